#!/usr/bin/env bash
# The signed minutes downloaded through the portal (a member's browser session: authorised, logged in the download
# log) against the same bytes served as a static file by the same Payara, with wrk at 16 and 64 connections; and,
# to show what the container's security costs by itself, against the same bytes as a static file of the portal's own
# web module behind its login (/member/*: Jakarta Security and the container's constraint, no permission check of
# ours, no log). That copy is put into the deployed module and removed at the end; it is only made on the local
# benchmark domain.
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

behind_login="$root/ear/target/payara/payara6/glassfish/domains/vanban-bench/applications/vanban/web_war/member/bench-static"
secured_url=""
if [ -z "${VANBAN_BENCH_URL:-}" ] && [ -d "$(dirname "$behind_login")" ]; then
    mkdir -p "$behind_login"
    trap 'rm -rf "$behind_login"' EXIT
    cp "$static/minutes.pdf" "$behind_login/"
    secured_url="${base}member/bench-static/minutes.pdf"
    [ "$(curl -fsS -H "Cookie: $cookie" "$secured_url" | sha256sum)" = "$(sha256sum <"$static/minutes.pdf")" ] || {
        echo "The copy behind the portal's login differs" >&2; exit 1; }
    [ "$(curl -sS -o /dev/null -w '%{http_code}' "$secured_url")" = 302 ] || {
        echo "The copy behind the portal's login is open to visitors" >&2; exit 1; }
    echo "behind the portal's login: $secured_url (same bytes, same session)"
fi

for connections in 16 64; do
    read -r p_rps p_p50 p_p99 p_err < <(load "$portal_url" "$connections" "Cookie: $cookie")
    read -r s_rps s_p50 s_p99 s_err < <(load "$static_url" "$connections")
    echo "$connections connections: portal $p_rps req/s (p50 $p_p50 ms, p99 $p_p99 ms, $p_err errors)," \
        "static $s_rps req/s (p50 $s_p50 ms, p99 $s_p99 ms, $s_err errors); throughput ratio $(ratio "$p_rps" "$s_rps") (goal >= 0.8)"
    if [ -n "$secured_url" ]; then
        read -r l_rps l_p50 l_p99 l_err < <(load "$secured_url" "$connections" "Cookie: $cookie")
        echo "$connections connections: static behind the portal's login $l_rps req/s (p50 $l_p50 ms, p99 $l_p99 ms," \
            "$l_err errors), $(ratio "$l_rps" "$s_rps") of the open static file; the portal's download $(ratio "$p_rps" "$l_rps") of it"
    fi
done
