#!/usr/bin/env bash
# Every benchmark against the alternatives, in one run on one portal (about 28 minutes): starts the bench domain on a
# fresh PostgreSQL database, runs them in turn, stops it. Needs wrk, hyperfine and libreoffice-writer-nogui.
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
bash "$here/portal.sh" stop
bash "$here/portal.sh" start
trap 'bash "$here/portal.sh" stop' EXIT
echo "== signed minutes vs LibreOffice";          bash "$here/minutes-vs-libreoffice.sh" 30
echo "== signed-PDF download vs static file";     bash "$here/download-vs-static.sh"
echo "== public page vs static page";             bash "$here/page-vs-static.sh" "${VANBAN_BENCH_PAGE:-}"
echo "== numbering: 200 concurrent issues";       bash "$here/numbering.sh" 200
echo "== server memory after 64-connection load"; bash "$here/memory.sh" 120
