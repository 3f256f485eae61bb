import Foundation
import XCTest
@testable import ConveneSpreadsheet

/// Reads workbooks written by openpyxl and re-saved by LibreOffice (see Fixtures/README.md) and checks every
/// feature they hold. The same expectations run on each writer's file, so a difference is a reader bug.
final class ReaderFixtureTests: XCTestCase {
    static func fixture(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures"),
                      "missing fixture \(name).xlsx")
    }

    private func date(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(format: "%04d-%02d-%02d", y, m, d)
    }

    func testSheetListKeepsOrderAndHiddenState() throws {
        for name in ["openpyxl-features", "libreoffice-features"] {
            let reader = try XLSXReader(contentsOf: Self.fixture(name))
            XCTAssertEqual(reader.sheets.map(\.name), ["People", "Lists", "Hidden"], name)
            XCTAssertEqual(reader.sheets.map(\.visibility), [.visible, .visible, .hidden], name)
            XCTAssertEqual(reader.visibleWorksheetNames, ["People", "Lists"], name)
            XCTAssertEqual(reader.dateSystem, .windows1900, name)
            XCTAssertEqual(try reader.sheet(named: "hidden")["A1"], .string("secret"), name)
            let statuses = try XCTUnwrap(reader.definedNames.first { $0.name == "Statuses" }, name)
            XCTAssertEqual(statuses.formula, "Lists!$A$1:$A$3", name)
        }
    }

    func testCellValuesMatchWhatWasWritten() throws {
        for name in ["openpyxl-features", "libreoffice-features"] {
            let sheet = try XLSXReader(contentsOf: Self.fixture(name)).sheet(named: "People")
            XCTAssertEqual(sheet.rows.first?.texts, ["Name", "Organization", "Joined", "Attendees", "Active", "Score",
                                                   "", "Times", "", "Formulas"], name)
            XCTAssertEqual(sheet["A2"], .string("Ada Lovelace"), name)
            XCTAssertEqual(sheet["B3"], .string("=not a formula"), name)
            XCTAssertNil(sheet.cell(XLSXCellReference("B3")!)?.formula, name)
            XCTAssertEqual(sheet["A4"], .string("Zoë Ñúñez"), name)
            XCTAssertEqual(sheet["B4"], .string("Café & Co <b>"), name)
            XCTAssertEqual(sheet["D2"], .number(12), name)
            XCTAssertEqual(sheet["D4"].text, "1234567890123", name)
            XCTAssertEqual(sheet["F2"], .number(0.1), name)
            XCTAssertEqual(sheet["F3"].text, "-2.5", name)
            XCTAssertEqual(sheet["F4"], .number(1e-7), name)
            XCTAssertEqual(sheet["E2"], .bool(true), name)
            XCTAssertEqual(sheet["E3"], .bool(false), name)
            XCTAssertEqual(sheet["A10"], .string("plain bold tail"), name + " rich text runs concatenated")
            XCTAssertEqual(sheet["A11"], .string("line one\nline two"), name)
        }
    }

    func testDatesTimesAndNonDateFormats1900() throws {
        for name in ["openpyxl-features", "libreoffice-features"] {
            let sheet = try XLSXReader(contentsOf: Self.fixture(name)).sheet(named: "People")
            XCTAssertEqual(sheet["C2"].text, "2025-03-07", name)
            XCTAssertEqual(sheet["C3"].text, "2024-02-29T14:30:05", name)
            XCTAssertEqual(sheet["C4"].text, "1900-01-01", name + " serial 1 in the 1900 system")
            XCTAssertEqual(sheet["H2"].text, "09:45:00", name + " time-only format")
            XCTAssertEqual(sheet["H3"].text, "2026-11-23T20:45:00", name + " custom dd/mm/yyyy hh:mm")
            XCTAssertEqual(sheet["H4"].text, "2023-03-15", name + " [$-409]d-mmm-yyyy")
            XCTAssertEqual(sheet["H5"], .number(45000), name + " quoted \"days\" is not a date format")
            XCTAssertEqual(sheet["H6"].text, "1900-01-01T12:00:00", name + " [h]:mm:ss over a day keeps its days")
            guard case .date(let date) = sheet["C3"] else { return XCTFail("C3 is not a date in \(name)") }
            XCTAssertEqual([date.year, date.month, date.day, date.hour, date.minute, date.second],
                           [2024, 2, 29, 14, 30, 5], name)
        }
    }

    func testDates1904System() throws {
        for name in ["openpyxl-1904", "libreoffice-1904"] {
            let reader = try XLSXReader(contentsOf: Self.fixture(name))
            XCTAssertEqual(reader.dateSystem, .mac1904, name)
            let sheet = try reader.sheet(named: "People")
            XCTAssertEqual(sheet["C2"].text, "2025-03-07", name)
            XCTAssertEqual(sheet["C3"].text, "2024-02-29T14:30:05", name)
            // 1900-01-01 lies before the 1904 epoch: the file stores -1460, which Excel shows as ####.
            XCTAssertEqual(sheet["C4"], .number(-1460), name)
        }
    }

    func testFormulasWithAndWithoutCachedValues() throws {
        let written = try XLSXReader(contentsOf: Self.fixture("openpyxl-features")).sheet(named: "People")
        XCTAssertEqual(written.cell(XLSXCellReference("J2")!)?.formula, "SUM(D2:D4)")
        XCTAssertEqual(written["J2"], .empty, "openpyxl stores no cached value")

        let saved = try XLSXReader(contentsOf: Self.fixture("libreoffice-features")).sheet(named: "People")
        XCTAssertEqual(saved.cell(XLSXCellReference("J2")!)?.formula, "SUM(D2:D4)")
        XCTAssertEqual(saved["J2"], .number(1_234_567_890_138))
        XCTAssertEqual(saved.cell(XLSXCellReference("J3")!)?.formula, "IF(E2,\"yes\",\"no\")")
        XCTAssertEqual(saved["J3"], .string("yes"))
        XCTAssertEqual(saved["J4"], .error("#DIV/0!"))
        XCTAssertEqual(saved["J5"], .bool(true))
    }

    func testMergedTableValidationHyperlinkAndSparseCells() throws {
        for name in ["openpyxl-features", "libreoffice-features"] {
            let sheet = try XLSXReader(contentsOf: Self.fixture(name)).sheet(named: "People")
            XCTAssertEqual(sheet.mergedRanges, [XLSXCellRange("A7:C8")!], name)
            XCTAssertEqual(sheet["A7"], .string("Merged heading"), name)

            let table = try XCTUnwrap(sheet.table(named: "peopletable"), name)
            XCTAssertEqual(table.range.description, "A1:F4", name)
            XCTAssertEqual(table.columnNames, ["Name", "Organization", "Joined", "Attendees", "Active", "Score"], name)
            XCTAssertEqual(table.dataRange?.description, "A2:F4", name)

            let validation = try XCTUnwrap(sheet.dataValidations.first, name)
            XCTAssertEqual(validation.type, "list", name)
            XCTAssertEqual(validation.ranges, [XLSXCellRange("K2:K20")!], name)
            XCTAssertEqual(validation.listItems, ["Open", "In progress", "Done"], name)

            XCTAssertEqual(sheet.hyperlinks.first?.url, "https://example.org/partners", name)
            XCTAssertEqual(sheet.hyperlinks.first?.range.description, "L2", name)

            XCTAssertEqual(sheet["AA10"], .string("far away"), name)
            XCTAssertEqual(sheet.row(10)?.values.count, 27, name)
            XCTAssertNil(sheet.row(12), name)
            XCTAssertEqual(sheet.rows.last?.number, 15, name)
            XCTAssertEqual(sheet.rows.last?.texts, ["", "after a gap"], name)
            XCTAssertEqual(sheet.usedRange?.description, "A1:AA15", name)
        }
        let frozen = try XLSXReader(contentsOf: Self.fixture("openpyxl-features")).sheet(named: "People")
        XCTAssertEqual(frozen.frozenPaneTopLeft?.a1, "B2")
    }

    func testReadingFromMemoryMatchesReadingFromFile() throws {
        let url = try Self.fixture("libreoffice-features")
        let fromFile = try XLSXReader(contentsOf: url).allWorksheets()
        let fromData = try XLSXReader(data: Data(contentsOf: url), name: "upload.xlsx").allWorksheets()
        XCTAssertEqual(fromFile, fromData)
        XCTAssertEqual(fromFile.map(\.name), ["People", "Lists", "Hidden"])
    }

    /// A workbook LibreOffice wrote from its own document (not a re-save of another writer's file).
    func testLibreOfficeNativeWorkbook() throws {
        let reader = try XLSXReader(contentsOf: Self.fixture("libreoffice-native"))
        XCTAssertEqual(reader.sheets.map(\.name), ["Sign-in", "Hidden"])
        XCTAssertEqual(reader.sheets.map(\.visibility), [.visible, .hidden])
        let sheet = try reader.sheet(named: "Sign-in")
        XCTAssertEqual(sheet.rows.map(\.number), [1, 2, 3, 7], "row 8 holds only the merged area's styled blanks")
        XCTAssertEqual(sheet.row(1)?.texts, ["Name", "Date", "Arrived", "Member", "Guests", "Seats", "Share", "Logged"])
        XCTAssertEqual(sheet.row(2)?.texts, ["Ada Lovelace", "2025-03-07", "09:45:00", "1", "2", "3", "0.125",
                                             "2025-03-07T18:30:00"])
        XCTAssertEqual(sheet.row(3)?.texts, ["=1+1", "1900-03-01", "23:59:00", "0", "0", "1", "#DIV/0!", "guest"])
        XCTAssertEqual(sheet["A3"], .string("=1+1"))
        XCTAssertNil(sheet.cell(XLSXCellReference("A3")!)?.formula)
        XCTAssertEqual(sheet.cell(XLSXCellReference("F2")!)?.formula, "E2+1")
        XCTAssertEqual(sheet.cell(XLSXCellReference("H3")!)?.formula, "IF(D3,\"member\",\"guest\")")
        XCTAssertEqual(sheet["G3"], .error("#DIV/0!"))
        XCTAssertEqual(sheet.cell(XLSXCellReference("G2")!)?.numberFormat, "0.0%")
        XCTAssertEqual(sheet.mergedRanges.map(\.description), ["A7:C8"])
        XCTAssertEqual(sheet.row(7)?.texts, ["Merged note", "", "", "", "", "", "", "", "", "", "", "column L"])
    }
}
