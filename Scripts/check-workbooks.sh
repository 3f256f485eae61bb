#!/usr/bin/env bash
# Independent checks of workbooks Convene wrote, with openpyxl (Scripts/verify_workbook.py). Run by `make test`.
#
#   Scripts/check-workbooks.sh                 # checks *.xlsx under $OUT (default: out/, where `make demo` writes)
#   Scripts/check-workbooks.sh DIR|FILE ...    # checks the given files and every *.xlsx under the folders
#   REQUIRE=table,chart Scripts/check-workbooks.sh out/   # also demand features in each workbook
#
# `make test` first writes the demo's workbooks with the debug build into .build/checked-workbooks, then runs this.
# Exits 0 when every workbook passes; 1 when a workbook fails; 2 when the check cannot run — no workbook found,
# or no python3 with openpyxl (`make pydeps`) — because a check that checked nothing must not pass.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${OUT:-out}")

files=()
for target in "${targets[@]}"; do
    if [ -f "$target" ]; then
        files+=("$target")
    elif [ -d "$target" ]; then
        while IFS= read -r -d '' file; do files+=("$file"); done \
            < <(find "$target" -name '*.xlsx' ! -name '.*' ! -name '~$*' -print0 | sort -z)
    fi
done

if [ ${#files[@]} -eq 0 ]; then
    echo "independent workbook check: FAILED, no workbooks found in ${targets[*]} (run 'make demo' to produce some)" >&2
    exit 2
fi

if ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "independent workbook check: FAILED, python3 with openpyxl is not available (make pydeps)" >&2
    exit 2
fi

echo "independent workbook check (openpyxl) of ${#files[@]} workbook(s):"
args=()
[ -n "${REQUIRE:-}" ] && args+=(--require "$REQUIRE")
python3 Scripts/verify_workbook.py "${args[@]}" "${files[@]}"
