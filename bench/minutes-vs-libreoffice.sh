#!/usr/bin/env bash
# The signed minutes from the portal (render PDF/A-2b at issue + two visible signatures, warm, timed through the API)
# against LibreOffice converting the same two-page minutes from DOCX: a fresh soffice per conversion, and a warm
# LibreOffice listener driven through Python UNO. Needs libreoffice-writer-nogui and hyperfine.
# The portal is timed twice: through the API from the client (three requests with their transactions and storage),
# and in the server, as its Server-Timing headers report the rendering and the two signatures. Last, the bulk figure:
# signed notices per second with 4 clients at once (issue + one visible signature each).
# Both sides are measured warm: LibreOffice after 5 conversions (native code, warm once its files are loaded), the
# portal after its own warm-up at start (VANBAN_WARM_UP_DOCUMENTS) and WARMUPS signed minutes through the API, as a
# portal is once it has worked for a while. A JVM compiles the code of the requests it serves only after it has served
# them many times, and on 2 cores its compiler competes with the requests: measured in runs of 100 on freshly started
# portals, the median through the API fell from 142-167 ms (the first 100) to 67-72 ms, and stopped falling after
# about 600 (docs/benchmarks.md, step 8). 700 warm-up runs take about 2.5 minutes.
# Usage: bench/minutes-vs-libreoffice.sh [RUNS [WARMUPS]]   (30 and 700 by default)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs=${1:-30}
warmups=${2:-700}
ensure_portal
out="$root/bench/target/minutes"
mkdir -p "$out/pdf"
machine

portal=$(client MinutesBenchmark "$base" "$runs" "$warmups" "$out/minutes.docx")
echo "$portal" | grep -v -e '^PORTAL_' -e '^SERVER_'
portal_median=$(echo "$portal" | sed -n 's/^PORTAL_MEDIAN_MS=//p')
server_median=$(echo "$portal" | sed -n 's/^SERVER_MEDIAN_MS=//p')

profile="file://$out/lo-profile"
soffice="soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $out/pdf $out/minutes.docx"
hyperfine --style none --warmup 2 --runs "$runs" --export-csv "$out/fresh.csv" "$soffice" >/dev/null 2>&1
fresh_median=$(awk -F, 'NR == 2 { printf "%.1f", $4 * 1000 }' "$out/fresh.csv")
fresh_min=$(awk -F, 'NR == 2 { printf "%.1f", $7 * 1000 }' "$out/fresh.csv")
echo "LibreOffice $(soffice --version | cut -d' ' -f2), a fresh soffice --headless --convert-to pdf per run: median $fresh_median ms, min $fresh_min ms ($runs runs, hyperfine)," \
    "$(pdfinfo "$out/pdf/minutes.pdf" | awk '/^Pages/ {print $2}') pages"

soffice -env:UserInstallation="file://$out/lo-listener" --headless --invisible --nologo --norestore \
    --accept="socket,host=127.0.0.1,port=32002;urp;" >"$out/listener.log" 2>&1 &
listener=$!
warm=$(/usr/bin/python3 "$root/bench/lo-convert.py" 32002 "$out/minutes.docx" "$out/pdf/warm.pdf" $((runs + 5)) | tail -n "$runs")
kill $(ps -o pid= --ppid "$listener") "$listener" 2>/dev/null || true
warm_median=$(sort -n <<<"$warm" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
warm_min=$(sort -n <<<"$warm" | head -n 1)
echo "LibreOffice listener (warm, Python UNO load + storeToURL + close): median $warm_median ms, min $warm_min ms ($runs runs after 5)"

echo "ratio, fresh LibreOffice / portal through the API (medians):        $(ratio "$fresh_median" "$portal_median")x"
echo "ratio, fresh LibreOffice / render + signatures in the server (medians): $(ratio "$fresh_median" "$server_median")x  (goal >= 10x)"
echo "ratio, warm LibreOffice / portal through the API (medians):         $(ratio "$warm_median" "$portal_median")x"
echo "ratio, warm LibreOffice / render + signatures in the server (medians):  $(ratio "$warm_median" "$server_median")x"

notices=$(client SignedNoticesBenchmark "$base" 4 "$(( (runs + 1) / 2 ))")
echo "$notices" | grep -v '^NOTICES_PER_SECOND='
