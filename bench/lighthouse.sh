#!/usr/bin/env bash
# Lighthouse 12 (npm lighthouse@12.2.3, its default mobile run: simulated slow 4G and 4x slower CPU) with Debian's
# Chromium against a running portal: the news page, an article, the verification page and the login page. Prints
# one line per page (performance, accessibility, best practices, SEO, first contentful paint, largest contentful
# paint, bytes transferred) and keeps the whole reports as bench/target/lighthouse/<page>.json.
#   bench/lighthouse.sh [BASE_URL]      default: the benchmark portal, http://localhost:32080/ (bench/portal.sh start)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base=${1:-${VANBAN_BENCH_URL:-http://localhost:32080/}}
tools="$root/bench/target/lighthouse"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
    npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12.2.3
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

printf '%-22s %5s %5s %5s %5s %8s %8s %10s\n' page perf a11y bp seo FCP LCP bytes
for page in "" "article.xhtml?id=1" "verify.xhtml" "login.xhtml"; do
    name=${page%%.*}
    name=${name:-index}
    "$tools/node_modules/.bin/lighthouse" "$base$page" --quiet --output=json --output-path="$tools/$name.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        --only-categories=performance,accessibility,best-practices,seo
    node -e '
        const r = require(process.argv[1]);
        const score = c => Math.round(r.categories[c].score * 100);
        const audit = a => r.audits[a].numericValue;
        console.log([process.argv[2].padEnd(22), ...["performance", "accessibility", "best-practices", "seo"]
            .map(c => String(score(c)).padStart(5)),
            ((audit("first-contentful-paint") / 1000).toFixed(1) + " s").padStart(8),
            ((audit("largest-contentful-paint") / 1000).toFixed(1) + " s").padStart(8),
            (Math.round(audit("total-byte-weight") / 1024) + " KB").padStart(10)].join(" "));
    ' "$tools/$name.json" "/$page"
done
