#!/usr/bin/env bash
# Runs every benchmark (release build) and prints their figures. Each Scripts/bench-*.sh is one benchmark.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for b in Scripts/bench-*.sh; do
  echo "== $b"
  bash "$b" || status=1
done
exit $status
