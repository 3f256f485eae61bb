#!/usr/bin/env bash
# Independent checks of the workbooks Convene writes (openpyxl), run by `make test`. Filled in per feature.
set -euo pipefail
echo "independent workbook checks: none yet"
