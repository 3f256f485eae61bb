"""Regenerates the reader's .xlsx fixtures (see README.md). Test-time/dev-time only: needs openpyxl and soffice.

    pip install openpyxl && python3 make_fixtures.py && soffice --headless --convert-to xlsx ...  (see README.md)
"""
import datetime as dt
import sys

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo


def features(path, mac_epoch=False):
    wb = Workbook()
    if mac_epoch:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "People"
    ws.append(["Name", "Organization", "Joined", "Attendees", "Active", "Score"])
    ws.append(["Ada Lovelace", "Analytical Engines Ltd", dt.date(2025, 3, 7), 12, True, 0.1])
    ws.append(["Grace Hopper", "=not a formula", dt.datetime(2024, 2, 29, 14, 30, 5), 3, False, -2.5])
    ws.append(["Zoë Ñúñez", "Café & Co <b>", dt.date(1900, 1, 1), 1234567890123, True, 1e-7])
    ws["B3"].value = "=not a formula"
    ws["B3"].data_type = "s"   # openpyxl would otherwise treat a leading "=" as a formula
    tab = Table(displayName="PeopleTable", ref="A1:F4")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(tab)
    ws.freeze_panes = "B2"

    # Dates in number formats: a custom date, a time-only value, a date-time, a plain number that is not a date.
    ws["H1"] = "Times"
    ws["H2"] = dt.time(9, 45)
    ws["H3"] = dt.datetime(2026, 11, 23, 20, 45)
    ws["H3"].number_format = "dd/mm/yyyy hh:mm"
    ws["H4"] = 45000
    ws["H4"].number_format = '[$-409]d\\-mmm\\-yyyy;@'
    ws["H5"] = 45000
    ws["H5"].number_format = '#,##0.00 "days"'
    ws["H6"] = 1.5
    ws["H6"].number_format = "[h]:mm:ss"

    # Formulas (openpyxl stores no cached value; LibreOffice's re-save adds them).
    ws["J1"] = "Formulas"
    ws["J2"] = "=SUM(D2:D4)"
    ws["J3"] = '=IF(E2,"yes","no")'
    ws["J4"] = "=1/0"
    ws["J5"] = "=D2>5"

    # Merged range and rich text.
    ws["A7"] = "Merged heading"
    ws.merge_cells("A7:C8")
    ws["A10"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold"), " tail"])
    ws["A11"] = "line one\nline two"
    ws["AA10"] = "far away"          # sparse: a cell far right, rows 12+ empty
    ws["B15"] = "after a gap"

    dv = DataValidation(type="list", formula1='"Open,In progress,Done"', allow_blank=True)
    dv.add("K2:K20")
    ws.add_data_validation(dv)
    ws["L2"].hyperlink = "https://example.org/partners"
    ws["L2"].value = "Partners"

    lists = wb.create_sheet("Lists")
    for value in ["Open", "In progress", "Done"]:
        lists.append([value])
    wb.defined_names["Statuses"] = DefinedName("Statuses", attr_text="Lists!$A$1:$A$3")
    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "secret"
    wb.save(path)


if __name__ == "__main__":
    features("openpyxl-features.xlsx")
    features("openpyxl-1904.xlsx", mac_epoch=True)
    sys.exit(0)
