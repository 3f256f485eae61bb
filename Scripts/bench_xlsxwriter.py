#!/usr/bin/env python3
"""The peer for Benchmarks/bench-xlsx: Python XlsxWriter writing the same sheet.

Usage: python3 Scripts/bench_xlsxwriter.py --mode normal|constant --rows N --out FILE
Prints one line "mode seconds peak_mb bytes", like `bench-xlsx --mode`.
Same data as bench-xlsx: ROWS x 10 columns, text in columns 0,2,4,6,8 and numbers in 1,3,5,7,9.
"""
import argparse
import os
import resource
import time

import xlsxwriter


def write(path, rows, constant_memory):
    workbook = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    sheet = workbook.add_worksheet("Data")
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#D9D9D9",
                                  "bottom": 1})
    statuses = ["invited", "attended", "declined", "no reply"]
    for column in range(10):
        sheet.write_string(0, column, f"Column {column + 1}", header)
    for row in range(1, rows + 1):
        sheet.write_string(row, 0, f"Person {row}")
        sheet.write_number(row, 1, float(row))
        sheet.write_string(row, 2, f"Organization {row % 500}")
        sheet.write_number(row, 3, row * 1.5)
        sheet.write_string(row, 4, f"person{row}@example.org")
        sheet.write_number(row, 5, float(row % 97))
        sheet.write_string(row, 6, statuses[row % 4])
        sheet.write_number(row, 7, row / 7)
        sheet.write_string(row, 8, f"City {row % 50}")
        sheet.write_number(row, 9, float(row * 3 % 1000))
    sheet.freeze_panes(1, 0)
    workbook.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["normal", "constant"], required=True)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    start = time.perf_counter()
    write(args.out, args.rows, args.mode == "constant")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB
    print(f"{args.mode} {seconds:.3f} {peak_mb:.1f} {os.path.getsize(args.out)}")


if __name__ == "__main__":
    main()
