#!/usr/bin/env bash
# The signed minutes downloaded through the portal (a member's browser session: authorised, logged in the download
# log) against the same bytes served as a static file by the same Payara, with wrk at 16 and 64 connections.
# Usage: bench/download-vs-static.sh     (BENCH_SECONDS per measurement, default 20)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_portal
machine
static="$root/bench/target/static"
mkdir -p "$static"

id=$(curl -fsS -u vanthu:Demo@2026 "${base}api/documents?type=BB&status=PUBLISHED&first=0&max=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
cookie=$(client SessionCookie "$base" lan.nt)
portal_url="${base}api/documents/$id/pdf"
curl -fsS -H "Cookie: $cookie" -o "$static/minutes.pdf" "$portal_url"
deploy_static "$static"
static_url="${base}bench-static/minutes.pdf"
[ "$(curl -fsS "$static_url" | sha256sum)" = "$(curl -fsS -H "Cookie: $cookie" "$portal_url" | sha256sum)" ] || {
    echo "The static copy differs from the portal's PDF" >&2; exit 1; }
echo "signed minutes: $(stat -c %s "$static/minutes.pdf") bytes, $portal_url (as lan.nt) vs $static_url; wrk -t2, ${seconds} s each after 5 s"

for connections in 16 64; do
    read -r p_rps p_p50 p_p99 p_err < <(load "$portal_url" "$connections" "Cookie: $cookie")
    read -r s_rps s_p50 s_p99 s_err < <(load "$static_url" "$connections")
    echo "$connections connections: portal $p_rps req/s (p50 $p_p50 ms, p99 $p_p99 ms, $p_err errors)," \
        "static $s_rps req/s (p50 $s_p50 ms, p99 $s_p99 ms, $s_err errors); throughput ratio $(ratio "$p_rps" "$s_rps") (goal >= 0.8)"
done
