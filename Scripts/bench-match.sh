#!/usr/bin/env bash
# Match quality and speed, release build.
#   Scripts/bench-match.sh                 evaluate on ../shared/benchmarks (fake_1000, csv_example) + 100k synthetic
#   Scripts/bench-match.sh --full          … and the 1M-record scale run (time, peak RSS, F1)
#   BENCH_DATA=/path Scripts/bench-match.sh   labelled sets elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product bench-match -j 2 >/dev/null
bin="$scratch/release/bench-match"
data=${BENCH_DATA:-../shared/benchmarks}
"$bin" --data "$data"
"$bin" --scale 100000
if [[ "${1:-}" == "--full" ]]; then
    "$bin" --scale 1000000
fi
