#!/usr/bin/env bash
# Benchmark: link a 300-record sign-in sheet to a workspace of 100,000 people, timed through the command a user
# runs (release build; target ≤ 1 s).
#
#   Scripts/bench-workspace.sh [PEOPLE] [SHEET]
#
# bench-workspace builds the workspace and writes the sheet (not timed, several minutes for 100,000 people); then
# `convene import signin.csv -w WORKSPACE --meeting … --date … --kind partnership` runs under /usr/bin/time -v:
# process start, opening the workspace, reading, linking every row, recording attendance, committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bench-workspace >&2
swift build -c release --product convene >&2
bin="$(swift build -c release --show-bin-path)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$bin/bench-workspace" "${1:-100000}" "${2:-300}" --keep "$scratch/ws"
timing="$scratch/time.txt"
/usr/bin/time -v -o "$timing" "$bin/convene" import "$scratch/ws/signin.csv" -w "$scratch/ws" \
    --meeting "Quarterly meeting" --date 2024-06-12 --kind partnership
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$timing")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$timing")
echo "convene import of the sheet: ${wall} wall clock (m:ss), ${rss} MiB peak — target ≤ 1 s"
