#!/usr/bin/env bash
# Runs the main job on SampleData/ and says where the workbooks went. Filled in as the workflows land.
set -euo pipefail
bin="$1"; out="$2"
mkdir -p "$out"
"$bin" --version
echo "Workbooks: $(cd "$out" && pwd)"
