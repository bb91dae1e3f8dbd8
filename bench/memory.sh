#!/usr/bin/env bash
# The server's heap after 64 connections of mixed load for 2 minutes (public home page, a member's downloads and
# inbox), three times in a row: the heap in use after a full GC, before and after each run, must not keep growing.
# Usage: bench/memory.sh [SECONDS_PER_RUN]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_portal
machine
duration=${1:-120}
pid=$(bash "$root/bench/portal.sh" pid)

heap_after_gc() {
    jcmd "$pid" GC.run >/dev/null
    sleep 2
    jcmd "$pid" GC.heap_info | awk '/heap/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f MB", v / 1024; exit } }'
}

id=$(curl -fsS -u vanthu:Demo@2026 "${base}api/documents?type=BB&status=PUBLISHED&first=0&max=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
export BENCH_COOKIE=$(client SessionCookie "$base" lan.nt)
export BENCH_PDF_PATH="/api/documents/$id/pdf"
echo "server pid $pid, $(tr '\0' '\n' </proc/"$pid"/cmdline | grep -- '^-Xmx' | head -n 1); heap in use after a full GC"
echo "before: $(heap_after_gc)"
for run in 1 2 3; do
    result=$(wrk -t2 -c64 -d"${duration}s" -s "$root/bench/mixed.lua" "${base%/}" | awk '/Requests\/sec/ { print $2 } /Non-2xx/ { print "non-2xx " $NF }' | paste -sd' ')
    echo "run $run (${duration} s, 64 connections, $result req/s): $(heap_after_gc)"
done
