#!/usr/bin/env bash
# CSV parse throughput on one generated ~100 MB file: ConveneCSV, yaslab/CSV.swift and Python's csv module.
# Throughput is computed from CPU time of the parsing thread (wall time shown beside it).
#   Scripts/bench-csv.sh [MB]        (release build; targets: ConveneCSV ≥ 200 MB/s and ≥ 5x CSV.swift)
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-100}"
SCRATCH="${SCRATCH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product bench-csv -j 2 >/dev/null 2>&1 || { echo "release build of bench-csv failed" >&2; exit 1; }
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path 2>/dev/null)/bench-csv"
ROWS="$(mktemp)"
"$BIN" --mb "$MB" --keep | tee "$ROWS.raw" >/dev/null
FILE="$(sed -n 's/^FILE=//p' "$ROWS.raw")"
grep -v '^FILE=' "$ROWS.raw" > "$ROWS"
python3 - "$FILE" >> "$ROWS" <<'PY'
import csv, os, sys, time
path = sys.argv[1]
size = os.path.getsize(path) / 1048576
start, wall = time.process_time(), time.perf_counter()
records = fields = 0
with open(path, newline="", encoding="utf-8") as f:
    for row in csv.reader(f):
        records += 1
        fields += len(row)
t, w = time.process_time() - start, time.perf_counter() - wall
print(f"Python {sys.version.split()[0]} csv module (str rows, from file)|{size:.1f}|{t:.3f}|{size / t:.1f}|{w:.3f}|{records}|{fields}")
PY
rm -rf "$(dirname "$FILE")"
{ echo "parser|MB|CPU s|MB/s (CPU, 1 core)|wall s|records|fields"; cat "$ROWS"; } | column -t -s '|'
conv=$(awk -F'|' 'NR==1{print $4}' "$ROWS")
peer=$(awk -F'|' '/CSV.swift/{print $4}' "$ROWS")
awk -v c="$conv" -v p="$peer" 'BEGIN{printf "ConveneCSV vs CSV.swift: %.1fx  (targets: >= 200 MB/s, >= 5x; CPU time, since the machine may be shared)\n", c/p}'
rm -f "$ROWS" "$ROWS.raw"
