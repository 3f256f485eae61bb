#!/usr/bin/env bash
# Writing benchmark: ConveneSpreadsheet (Swift over libxlsxwriter, release build) beside Python XlsxWriter,
# same data (ROWS x 10 mixed columns), both modes, each measurement in its own process (honest peak RSS).
#
#   Scripts/bench-xlsx.sh [ROWS]          # default 100000; needs `pip install XlsxWriter` (make pydeps)
#   SCRATCH=.build-x Scripts/bench-xlsx.sh  # use another build folder
#
# Targets (issue 2): Swift at least 5x faster than XlsxWriter; constant-memory peak RSS under 50 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
SCRATCH="${SCRATCH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product bench-xlsx >/dev/null
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/bench-xlsx"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

have_python=0
python3 -c "import xlsxwriter" 2>/dev/null && have_python=1

echo "bench-xlsx: $ROWS rows x 10 columns (5 text, 5 numbers); each figure from its own process"
printf "%-10s | %-26s | %-26s | %s\n" "mode" "Swift (libxlsxwriter)" "Python XlsxWriter" "speed-up"
printf "%-10s | %10s %14s | %10s %14s |\n" "" "seconds" "peak RSS MB" "seconds" "peak RSS MB"
status=0
for mode in normal constant; do
  read -r _ s_sec s_mb _ < <("$BIN" --mode "$mode" --rows "$ROWS" --out "$OUT/swift-$mode.xlsx")
  if [ "$have_python" = 1 ]; then
    read -r _ p_sec p_mb _ < <(python3 Scripts/bench_xlsxwriter.py --mode "$mode" --rows "$ROWS" --out "$OUT/python-$mode.xlsx")
    ratio=$(python3 -c "print(f'{$p_sec / $s_sec:.1f}x')")
  else
    p_sec="n/a"; p_mb="n/a"; ratio="(pip install XlsxWriter)"
  fi
  printf "%-10s | %10s %14s | %10s %14s | %s\n" "$mode" "$s_sec" "$s_mb" "$p_sec" "$p_mb" "$ratio"
  if [ "$mode" = constant ] && python3 -c "import sys; sys.exit(0 if $s_mb < 50 else 1)"; then :; elif [ "$mode" = constant ]; then
    echo "  !! constant-memory peak RSS $s_mb MB is above the 50 MB target"; status=1
  fi
  if [ "$have_python" = 1 ] && ! python3 -c "import sys; sys.exit(0 if $p_sec / $s_sec >= 5 else 1)"; then
    echo "  !! $mode: less than 5x faster than XlsxWriter"; status=1
  fi
done
# The files must be real workbooks, not just fast ones.
if python3 -c "import openpyxl" 2>/dev/null; then
  python3 - "$OUT/swift-normal.xlsx" "$OUT/swift-constant.xlsx" "$ROWS" <<'PY'
import sys, openpyxl
for path in sys.argv[1:3]:
    ws = openpyxl.load_workbook(path, read_only=True)["Data"]
    rows = sum(1 for _ in ws.iter_rows(values_only=True))
    assert rows == int(sys.argv[3]) + 1, (path, rows)
print(f"checked: both Swift workbooks open in openpyxl with {int(sys.argv[3]) + 1} rows")
PY
fi
exit $status
