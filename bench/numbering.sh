#!/usr/bin/env bash
# 200 approved notices of one issuer issued at once: time, and whether the numbers are exactly 01..200.
# Usage: bench/numbering.sh [COUNT]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_portal
machine
client NumberingBenchmark "$base" "${1:-200}"
