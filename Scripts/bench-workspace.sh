#!/usr/bin/env bash
# Benchmark: link a 300-record sign-in sheet to a workspace of 100,000 people (release build; target ≤ 1 s).
# Usage: Scripts/bench-workspace.sh [PEOPLE] [SHEET]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product bench-workspace >&2
"$(swift build -c release --show-bin-path)/bench-workspace" "${1:-100000}" "${2:-300}"
