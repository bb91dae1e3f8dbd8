#!/usr/bin/env bash
# A public page of the portal against a static HTML page of the same size on the same Payara (a copy of what the
# page served), with wrk at 16 and 64 connections.
# Usage: bench/page-vs-static.sh [URL]   default: the public home page; e.g. the news page once it exists
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_portal
machine
page_url=${1:-$base}
static="$root/bench/target/static"
mkdir -p "$static"
curl -fsS -o "$static/page.html" "$page_url"
deploy_static "$static"
static_url="${base}bench-static/page.html"
echo "page: $(stat -c %s "$static/page.html") bytes, $page_url vs its copy $static_url; wrk -t2, ${seconds} s each after 5 s"

for connections in 16 64; do
    read -r p_rps p_p50 p_p99 p_err < <(load "$page_url" "$connections")
    read -r s_rps s_p50 s_p99 s_err < <(load "$static_url" "$connections")
    echo "$connections connections: page $p_rps req/s (p50 $p_p50 ms, p99 $p_p99 ms, $p_err errors)," \
        "static $s_rps req/s (p50 $s_p50 ms, p99 $s_p99 ms, $s_err errors); throughput ratio $(ratio "$p_rps" "$s_rps")" \
        "(goal >= 0.3, p99 < 100 ms at 64)"
done
