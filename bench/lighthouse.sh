#!/usr/bin/env bash
# Lighthouse 12 (npm lighthouse@12.2.3, its default mobile run: simulated slow 4G and 4x slower CPU) with Debian's
# Chromium against a running portal: the news page, an article, the verification page and the login page, then, logged
# in as the member lan.nt (the session cookie sent with every request), the member's documents, a draft awaiting their
# opinion and a document published to them. Prints one line per page (performance, accessibility, best practices, SEO, first contentful paint,
# largest contentful paint, bytes transferred) and keeps the whole reports as bench/target/lighthouse/<page>.json.
#   bench/lighthouse.sh [BASE_URL [public|member|all]]   default: the benchmark portal, http://localhost:32080/
#                                                         (bench/portal.sh start), all pages
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base=${1:-${VANBAN_BENCH_URL:-http://localhost:32080/}}
base=${base%/}/
which=${2:-all}
tools="$root/bench/target/lighthouse"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
    npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12.2.3
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

# lighthouse PAGE NAME [HEADERS_JSON]: one run, one line.
lighthouse() {
    local page=$1 name=$2 extra=()
    [ -n "${3:-}" ] && extra=(--extra-headers="$3")
    "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$tools/$name.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" "${extra[@]}" \
        --only-categories=performance,accessibility,best-practices,seo
    node -e '
        const r = require(process.argv[1]);
        const score = c => Math.round(r.categories[c].score * 100);
        const audit = a => r.audits[a].numericValue;
        if (r.finalDisplayedUrl && r.finalDisplayedUrl.includes("login.xhtml") && !process.argv[2].includes("login"))
            throw new Error(process.argv[2] + " ended on the login page: the session cookie was not taken");
        console.log([process.argv[2].padEnd(22), ...["performance", "accessibility", "best-practices", "seo"]
            .map(c => String(score(c)).padStart(5)),
            ((audit("first-contentful-paint") / 1000).toFixed(1) + " s").padStart(8),
            ((audit("largest-contentful-paint") / 1000).toFixed(1) + " s").padStart(8),
            (Math.round(audit("total-byte-weight") / 1024) + " KB").padStart(10)].join(" "));
    ' "$tools/$name.json" "/$page"
}

printf '%-22s %5s %5s %5s %5s %8s %8s %10s\n' page perf a11y bp seo FCP LCP bytes
if [ "$which" != member ]; then
    for page in "" "article.xhtml?id=1" "verify.xhtml" "login.xhtml"; do
        name=${page%%.*}
        lighthouse "$page" "${name:-index}"
    done
fi
if [ "$which" != public ]; then
    # A member's session, made through the login page as a person would (module bench: SessionCookie).
    compile_clients
    cookie=$(client SessionCookie "$base" lan.nt)
    headers=$(printf '{"Cookie":"%s"}' "$cookie")
    # A draft awaiting the member's opinion (with the box to give it) and a document published to them: the first of
    # each list on their documents page, or the pages VANBAN_LIGHTHOUSE_DOCUMENTS names (to measure the same pages
    # before and after a change).
    page=$(curl -fsS -H "Cookie: $cookie" "${base}member/documents.xhtml")
    documents=${VANBAN_LIGHTHOUSE_DOCUMENTS:-$( (sed -n '1,/id="documents"/p' <<<"$page" \
        | grep -o 'member/document.xhtml?id=[0-9]*' | head -n 1; sed -n '/id="documents"/,$p' <<<"$page" \
        | grep -o 'member/document.xhtml?id=[0-9]*' | head -n 1) | tr '\n' ' ')}
    [ -n "${documents// /}" ] || { echo "no document listed for lan.nt on ${base}member/documents.xhtml" >&2; exit 1; }
    lighthouse "member/documents.xhtml" member-documents "$headers"
    for document in $documents; do
        lighthouse "$document" "member-document-${document##*=}" "$headers"
    done
fi
