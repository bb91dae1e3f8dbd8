#!/usr/bin/env bash
# Starts or stops the Payara domain the benchmarks measure: vanban-bench, ports from 32000 (HTTP 32080, admin 32048;
# VANBAN_BENCH_PORTBASE moves them, for a machine where another checkout uses those),
# on the Payara the build unpacked into ear/target/payara, with the demo data, beside a static copy of what it serves.
#   bench/portal.sh start    build the EAR and unpack Payara if needed, create the database and the domain, start, deploy
#   bench/portal.sh stop
#   bench/portal.sh pid      the server's process id
# Database: a fresh PostgreSQL database vanban_bench on 127.0.0.1:5432 (VANBAN_BENCH_DB=postgresql, the default;
# VANBAN_BENCH_PG_DB names another), or a fresh H2 file under bench/target (VANBAN_BENCH_DB=h2). With
# VANBAN_BENCH_KEEP_DATA=true the database is kept as the last start left it (and what was loaded into it since).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
payara_home="$root/ear/target/payara/payara6"
asadmin="$payara_home/bin/asadmin"
domain=vanban-bench
portbase=${VANBAN_BENCH_PORTBASE:-32000}
admin_port=$((portbase + 48))
url="http://localhost:$((portbase + 80))/"
domain_dir="$payara_home/glassfish/domains/$domain"

running() {
    "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"
}

start() {
    if [ ! -f "$root/ear/target/vanban.ear" ] || [ ! -x "$asadmin" ]; then
        (cd "$root" && mvn -q -pl ear -am pre-integration-test -DskipTests -DskipITs=false)
    fi
    bash "$root/ear/src/main/portal/create-domain.sh" "$payara_home" "$domain" "$portbase"
    if running; then
        echo "$domain is already running on $url"
        return
    fi
    export VANBAN_DEMO_DATA=true
    export VANBAN_PUBLIC_URL=$url
    local keep=${VANBAN_BENCH_KEEP_DATA:-false} pg_db=${VANBAN_BENCH_PG_DB:-vanban_bench}
    if [ "${VANBAN_BENCH_DB:-postgresql}" = h2 ]; then
        $keep || rm -rf "$root/bench/target/data"
        export VANBAN_DB_CLASS=org.h2.jdbcx.JdbcDataSource
        export VANBAN_DB_URL="jdbc:h2:$root/bench/target/data/vanban;WRITE_DELAY=0"
        export VANBAN_DB_USER=vanban VANBAN_DB_PASSWORD=vanban
    else
        $keep || psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
            -c "DROP DATABASE IF EXISTS $pg_db" -c "CREATE DATABASE $pg_db"
        export VANBAN_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
        export VANBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$pg_db
        export VANBAN_DB_USER=postgres VANBAN_DB_PASSWORD=postgres
    fi
    mkdir -p "$root/bench/target"
    local logged_before
    logged_before=$(wc -l <"$domain_dir/logs/server.log" 2>/dev/null || echo 0)
    "$asadmin" start-domain "$domain" >"$root/bench/target/start-domain.log" 2>&1 || {
        cat "$root/bench/target/start-domain.log" >&2; exit 1; }
    # A domain started again brings back the EAR it had; redeploying over it with --force fails in Weld
    # ("Non-unique bean deployment identifier"), so it goes first.
    "$asadmin" --port "$admin_port" undeploy vanban >/dev/null 2>&1 || true
    "$asadmin" --port "$admin_port" deploy --name vanban --contextroot / "$root/ear/target/vanban.ear" \
        >"$root/bench/target/deploy.log" 2>&1 || {
        cat "$root/bench/target/deploy.log" >&2; exit 1; }
    for _ in $(seq 1 120); do
        if curl -fsS -o /dev/null "$url" 2>/dev/null; then
            warmed_up "$logged_before"
            echo "$domain runs on $url (${VANBAN_BENCH_DB:-postgresql})"
            return
        fi
        sleep 1
    done
    echo "$url did not answer; see $domain_dir/logs/server.log" >&2
    exit 1
}

# Waits (up to two minutes) until the portal has finished warming up its rendering and signing after this start:
# the warm-up keeps a core busy for about 20 s, and a benchmark measured meanwhile measures the warm-up too.
warmed_up() {
    local log="$domain_dir/logs/server.log"
    for _ in $(seq 1 120); do
        tail -n +"$(($1 + 1))" "$log" 2>/dev/null | grep -q -e 'Rendering and signing warmed up' -e 'rendering warm-up stopped' \
            && return
        sleep 1
    done
    echo "the portal did not report its warm-up within two minutes; measuring anyway" >&2
}

case "${1:-}" in
    start) start ;;
    stop) running && "$asadmin" stop-domain "$domain" || true ;;
    pid) cat "$domain_dir/config/pid" ;;
    *) echo "usage: bench/portal.sh start | stop | pid" >&2; exit 2 ;;
esac
