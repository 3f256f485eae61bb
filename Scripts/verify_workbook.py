#!/usr/bin/env python3
"""Independent check of .xlsx files written by Convene, using openpyxl (a different implementation).

Usage:
    python3 Scripts/verify_workbook.py FILE.xlsx [FILE.xlsx ...] [--require FEATURES] [--json]

Every file must: be a valid zip whose XML parts all parse, load in openpyxl without warnings, and have
consistent tables (header cells equal column names, no overlaps). With --require, the listed features
must be present somewhere in each workbook (comma-separated, or "all"):
    table, validation, conditional, chart, freeze, merge, comment, hyperlink, protection, defined-name

Exit status: 0 all good, 1 a check failed, 2 openpyxl is missing (pip install openpyxl).
"""
import argparse
import json
import sys
import warnings
import zipfile
from xml.etree import ElementTree

FEATURES = ["table", "validation", "conditional", "chart", "freeze", "merge", "comment", "hyperlink",
            "protection", "defined-name"]


def xml_problems(path):
    """Every XML part must parse; returns a list of problems."""
    problems = []
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad:
                problems.append(f"corrupt zip member {bad}")
            for name in archive.namelist():
                if name.endswith(".xml") or name.endswith(".rels"):
                    try:
                        ElementTree.fromstring(archive.read(name))
                    except ElementTree.ParseError as error:
                        problems.append(f"{name}: XML does not parse: {error}")
            for required in ["[Content_Types].xml", "xl/workbook.xml"]:
                if required not in archive.namelist():
                    problems.append(f"missing part {required}")
    except zipfile.BadZipFile as error:
        problems.append(f"not a zip archive: {error}")
    return problems


def inspect(path, openpyxl):
    """Loads the workbook and returns (summary dict, problems list)."""
    problems = xml_problems(path)
    if problems:
        return {"file": path}, problems
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workbook = openpyxl.load_workbook(path)
    notes = []
    for warning in caught:
        text = str(warning.message)
        # openpyxl drops Excel 2010 extensions it does not model (x14 data bars); that is its limit, not ours.
        if "extension is not supported" in text:
            notes.append(f"openpyxl: {text}")
        else:
            problems.append(f"openpyxl warning: {text}")

    found = {feature: [] for feature in FEATURES}
    sheets = []
    for sheet in workbook.worksheets:
        where = sheet.title
        sheets.append({"name": sheet.title, "dimensions": sheet.dimensions, "max_row": sheet.max_row,
                       "max_column": sheet.max_column})
        table_ranges = []
        for table in sheet.tables.values():  # (TableList.items() yields name → ref strings)
            name = table.displayName or table.name
            found["table"].append(f"{where}!{table.ref} ({name}, {table.tableStyleInfo.name if table.tableStyleInfo else 'no style'})")
            first_row = sheet[table.ref.split(":")[0]].row
            first_col = sheet[table.ref.split(":")[0]].column
            if table.headerRowCount != 0:
                for offset, column in enumerate(table.tableColumns):
                    header = sheet.cell(row=first_row, column=first_col + offset).value
                    if str(header) != column.name:
                        problems.append(f"{where}: table {name} column {offset + 1} is named {column.name!r} "
                                        f"but its header cell holds {header!r}")
            names = [c.name.lower() for c in table.tableColumns]
            if len(set(names)) != len(names):
                problems.append(f"{where}: table {name} repeats a column name")
            table_ranges.append((name, table.ref))
        for i, (name_a, ref_a) in enumerate(table_ranges):
            for name_b, ref_b in table_ranges[i + 1:]:
                if ranges_overlap(ref_a, ref_b):
                    problems.append(f"{where}: tables {name_a} ({ref_a}) and {name_b} ({ref_b}) overlap")
        for validation in sheet.data_validations.dataValidation:
            found["validation"].append(f"{where}!{validation.sqref} ({validation.type} {validation.formula1})")
            if validation.type == "list" and validation.formula1 and validation.formula1.startswith('"'):
                if len(validation.formula1) - 2 > 255:
                    problems.append(f"{where}: inline list at {validation.sqref} exceeds 255 characters")
        for rng in sheet.conditional_formatting:
            for rule in rng.rules:
                found["conditional"].append(f"{where}!{rng.sqref} ({rule.type})")
        for chart in sheet._charts:
            found["chart"].append(f"{where} ({type(chart).__name__}, {len(chart.series)} series)")
            if not chart.series:
                problems.append(f"{where}: a {type(chart).__name__} has no series")
        if sheet.freeze_panes:
            found["freeze"].append(f"{where}!{sheet.freeze_panes}")
        for merged in sheet.merged_cells.ranges:
            found["merge"].append(f"{where}!{merged.coord}")
        for row in sheet.iter_rows():
            for cell in row:
                if cell.comment is not None:
                    found["comment"].append(f"{where}!{cell.coordinate}")
                if cell.hyperlink is not None:
                    found["hyperlink"].append(f"{where}!{cell.coordinate}")
        if sheet.protection.sheet:
            found["protection"].append(where)
    names = getattr(workbook, "defined_names", {})
    try:
        defined = list(names.keys())
    except AttributeError:  # openpyxl < 3.1
        defined = [n.name for n in names.definedName]
    found["defined-name"] = defined
    summary = {"file": path, "sheets": sheets, "features": {k: v for k, v in found.items() if v}, "notes": notes}
    return summary, problems


def ranges_overlap(a, b):
    from openpyxl.utils.cell import range_boundaries
    a_min_col, a_min_row, a_max_col, a_max_row = range_boundaries(a)
    b_min_col, b_min_row, b_max_col, b_max_row = range_boundaries(b)
    return a_min_col <= b_max_col and b_min_col <= a_max_col and a_min_row <= b_max_row and b_min_row <= a_max_row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--require", default="", help="comma-separated features, or 'all'")
    parser.add_argument("--json", action="store_true", help="print a JSON summary per file")
    args = parser.parse_args()
    try:
        import openpyxl
    except ImportError:
        print("verify_workbook: openpyxl is not installed (python3 -m pip install openpyxl)", file=sys.stderr)
        return 2
    required = FEATURES if args.require == "all" else [f for f in args.require.split(",") if f]
    unknown = [f for f in required if f not in FEATURES]
    if unknown:
        print(f"verify_workbook: unknown feature(s) {unknown}; known: {', '.join(FEATURES)}", file=sys.stderr)
        return 1
    failed = False
    for path in args.files:
        try:
            summary, problems = inspect(path, openpyxl)
        except Exception as error:  # openpyxl refusing the file is a finding, not a crash
            summary, problems = {"file": path}, [f"openpyxl could not load it: {type(error).__name__}: {error}"]
        features = summary.get("features", {})
        for feature in required:
            if feature not in features:
                problems.append(f"required feature '{feature}' not found")
        if args.json:
            print(json.dumps({**summary, "problems": problems}, indent=2))
        else:
            status = "FAIL" if problems else "ok"
            print(f"{status}  {path}: {len(summary.get('sheets', []))} sheet(s); "
                  + ", ".join(f"{k}×{len(v)}" for k, v in features.items()))
            for note in sorted(set(summary.get("notes", []))):
                print(f"      (note) {note}")
            for problem in problems:
                print(f"      - {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
