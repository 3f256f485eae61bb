#!/usr/bin/env bash
# Fuzz the CSV reader with libFuzzer.
#   Fuzz/run.sh [seconds] [extra libFuzzer flags…]     (default 180 s, one job)
# Builds Fuzz/csv/FuzzCSV.swift together with Sources/ConveneCSV/*.swift, seeds the corpus with small
# hostile CSVs, runs, and prints executions and crashes. Crash inputs land in Fuzz/csv/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-180}"; shift || true
OUT=.build-csv/fuzz
mkdir -p "$OUT" Fuzz/csv/crashes "$OUT/corpus"
swiftc -sanitize=fuzzer,address -parse-as-library -O \
  Sources/ConveneCSV/*.swift Fuzz/csv/FuzzCSV.swift -o "$OUT/fuzz-csv"
# Seeds: the shapes the reader must handle (quotes, CR/LF, UTF-16, Windows-1252, sep=, NUL, BOM).
printf 'Name,Email\r\n"Lee, Ann","a@x.org"\r\n\r\n"multi\nline ""q""",x\n' > "$OUT/corpus/seed1"
printf 'sep=;\r\na;b\r\n1;"2\r\n3"\r\n' > "$OUT/corpus/seed2"
printf '\xff\xfeA\x00\t\x00B\x00\r\x00\n\x00' > "$OUT/corpus/seed3"
printf 'Jos\xe9,\x93hi\x94\r\n\x80,"unterminated\n' > "$OUT/corpus/seed4"
printf '\xef\xbb\xbfa|b|c\n1|2\x00|3"\n' > "$OUT/corpus/seed5"
printf 'A\x00,\x00B\x00\n\x00' > "$OUT/corpus/seed6"
export SWIFT_BACKTRACE=enable=no
LOG="$OUT/fuzz.log"
ROOT="$PWD"
set +e
# Run inside $OUT: with -jobs, libFuzzer writes its log to ./fuzz-0.log.
(cd "$OUT" && ./fuzz-csv corpus -max_total_time="$SECONDS_TO_RUN" -jobs=1 -workers=1 -rss_limit_mb=2048 \
  -artifact_prefix="$ROOT/Fuzz/csv/crashes/" -print_final_stats=1 "$@") > "$LOG" 2>&1
status=$?
set -e
[ -f "$OUT/fuzz-0.log" ] && cat "$OUT/fuzz-0.log" >> "$LOG" && rm -f "$OUT/fuzz-0.log"
grep -E "^#[0-9]+.*(pulse|DONE)|ERROR|Fatal error" "$LOG" || true
crashes=$(ls Fuzz/csv/crashes | wc -l)
echo "executions: $(grep -ho 'stat::number_of_executed_units: [0-9]*' "$LOG" | tail -1 | awk '{print $2}')  crashes: $crashes  (exit $status)"
exit $status
