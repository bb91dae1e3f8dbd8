#!/usr/bin/env bash
# Search over 100,000 incoming documents through the API (issue #17), on H2 and then on PostgreSQL. For each database:
# a bench portal with the demo data (bench/portal.sh), stopped (H2 is an embedded file; PostgreSQL is treated alike);
# the generated documents and their words in the search index loaded by JDBC (IncomingSearchData, module bench); the
# portal started again on that data; then IncomingSearchBenchmark times GET api/search as the secretariat and as a
# member. The portal is stopped at the end.
# Usage: bench/incoming-search.sh [h2] [postgresql]   (both by default; VANBAN_BENCH_INCOMING=N for another size;
# VANBAN_BENCH_PORTBASE and VANBAN_BENCH_PG_DB as for bench/portal.sh)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count=${VANBAN_BENCH_INCOMING:-100000}
pg_db=${VANBAN_BENCH_PG_DB:-vanban_bench}
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(h2 postgresql)

load_incoming() {
    java -Dbench.url="$1" -Dbench.user="$2" -Dbench.password="$3" -Dbench.incoming="$count" -cp "$(class_path)" \
        vn.vanban.bench.search.IncomingSearchData
}

compile_clients
for db in "${databases[@]}"; do
    export VANBAN_BENCH_DB=$db
    VANBAN_BENCH_KEEP_DATA=false bash "$root/bench/portal.sh" start
    bash "$root/bench/portal.sh" stop >/dev/null
    case $db in
        h2) load_incoming "jdbc:h2:$root/bench/target/data/vanban" vanban vanban ;;
        postgresql) load_incoming "jdbc:postgresql://127.0.0.1:5432/$pg_db?reWriteBatchedInserts=true" postgres postgres ;;
        *) echo "unknown database $db (h2 or postgresql)" >&2; exit 2 ;;
    esac
    VANBAN_BENCH_KEEP_DATA=true bash "$root/bench/portal.sh" start
    echo "== $db, $count incoming documents"
    machine
    client IncomingSearchBenchmark "$base"
    machine
    bash "$root/bench/portal.sh" stop >/dev/null
done
