import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Bad input is refused in Swift with an error that says where and what; saving is all-or-nothing.
final class WriterErrorTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws { folder = try TemporaryDirectory() }
    override func tearDown() { folder = nil }

    private func expect(_ expected: (SpreadsheetError) -> Bool, file: StaticString = #filePath, line: UInt = #line,
                        _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let error = error as? SpreadsheetError else { return XCTFail("not a SpreadsheetError: \(error)", file: file, line: line) }
            XCTAssertTrue(expected(error), "unexpected \(error)", file: file, line: line)
            XCTAssertFalse(error.description.isEmpty)
        }
    }

    func testSheetNamesFollowExcelRules() throws {
        let workbook = try Workbook(destination: folder.file("names.xlsx"))
        _ = try workbook.addWorksheet(named: "People")
        expect({ $0 == .duplicateSheetName(name: "people") }) { _ = try workbook.addWorksheet(named: "people") }
        for bad in ["", String(repeating: "x", count: 32), "Q1/Q2", "a[1]", "what?", "'quoted'", "History", "a:b", "back\\slash", "star*"] {
            expect({ if case .invalidSheetName(bad, _) = $0 { return true } else { return false } }) {
                _ = try workbook.addWorksheet(named: bad)
            }
        }
        _ = try workbook.addWorksheet(named: String(repeating: "é", count: 31))   // 31 characters is fine
        _ = try workbook.addWorksheet(named: "Partners' list")                    // inner apostrophe is fine
        XCTAssertEqual(workbook.worksheets.map(\.name).count, 3)
        XCTAssertEqual(workbook.worksheet(named: "PEOPLE")?.name, "People")
    }

    func testInlineValidationListIsLimitedTo255Characters() throws {
        let workbook = try Workbook(destination: folder.file("list.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        let range = try CellRange(a1: "B2:B10")
        // 51 items of 4 characters, one of 5, + 50 commas = 255: allowed. One more character: refused.
        var fits = (0..<51).map { String(format: "o%03d", $0) }
        fits[0] += "z"
        try sheet.addDataValidation(DataValidation(.list(fits)), to: range)
        var tooLong = fits
        tooLong[1] += "x"
        expect({ $0 == .validationListTooLong(sheet: "Data", range: "B2:B10", length: 256, limit: 255) }) {
            try sheet.addDataValidation(DataValidation(.list(tooLong)), to: range)
        }
        expect({ if case .invalidArgument(_, _, let reason) = $0 { return reason.contains("comma") } else { return false } }) {
            try sheet.addDataValidation(DataValidation(.list(["North, Inc.", "South"])), to: range)
        }
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) {
            try sheet.addDataValidation(DataValidation(.list([])), to: range)
        }
        expect({ if case .invalidArgument(_, _, let reason) = $0 { return reason.contains("Lists") } else { return false } }) {
            try sheet.addDataValidation(DataValidation(.listRange(SheetRange(sheet: "Lists", range: range))), to: range)
        }
        var titled = DataValidation(.list(["a"]))
        titled.inputTitle = String(repeating: "t", count: 33)
        expect({ if case .textTooLong(_, _, _, 33, 32) = $0 { return true } else { return false } }) {
            try sheet.addDataValidation(titled, to: range)
        }
        XCTAssertTrue(SpreadsheetError.validationListTooLong(sheet: "Data", range: "B2:B10", length: 257, limit: 255)
            .description.contains("255"))
    }

    func testCellBoundsAndTextLimits() throws {
        let workbook = try Workbook(destination: folder.file("bounds.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        expect({ $0 == .cellOutOfBounds(sheet: "Data", row: 1_048_576, column: 0) }) { try sheet.writeNumber(1, row: 1_048_576, column: 0) }
        expect({ $0 == .cellOutOfBounds(sheet: "Data", row: 0, column: 16_384) }) { try sheet.writeString("x", row: 0, column: 16_384) }
        expect({ $0 == .cellOutOfBounds(sheet: "Data", row: -1, column: 0) }) { try sheet.writeBoolean(true, row: -1, column: 0) }
        try sheet.writeString(String(repeating: "a", count: 32_767), row: 0, column: 0)
        expect({ $0 == .textTooLong(sheet: "Data", cell: "A2", what: "cell text", length: 32_768, limit: 32_767) }) {
            try sheet.writeString(String(repeating: "a", count: 32_768), row: 1, column: 0)
        }
        expect({ if case .invalidArgument(_, "C3", _) = $0 { return true } else { return false } }) { try sheet.writeNumber(.nan, row: 2, column: 2) }
        expect({ if case .invalidArgument(_, "A1", _) = $0 { return true } else { return false } }) {
            try sheet.writeDate(ExcelDateTime(year: 2026, month: 2, day: 30), row: 0, column: 0)
        }
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) {
            try sheet.writeDate(ExcelDateTime(year: 2100, month: 2, day: 29), row: 0, column: 0)   // 2100 is not leap
        }
        try sheet.writeDate(ExcelDateTime(year: 2000, month: 2, day: 29), row: 3, column: 0)       // 2000 is
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) {
            try sheet.writeDate(ExcelDateTime(year: 1899, month: 12, day: 31), row: 0, column: 0)
        }
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) { try sheet.writeURL("javascript:alert(1)", row: 0, column: 1) }
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) { try sheet.writeFormula("=", row: 0, column: 1) }
        expect({ if case .invalidArgument = $0 { return true } else { return false } }) { _ = try CellRange(a1: "A1:ZZZZ9") }
        XCTAssertEqual(try CellRange(a1: "$C$10:a1"), CellRange(firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 2))
        XCTAssertEqual(CellAddress.columnName(16_383), "XFD")
    }

    func testTablesMergesAndChartsAreCheckedBeforeTheLibrarySeesThem() throws {
        let workbook = try Workbook(destination: folder.file("tables.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.addTable(Table(range: try CellRange(a1: "A1:B5"), name: "People", columns: [TableColumn("Name"), TableColumn("Org")]))
        func isInvalid(_ error: SpreadsheetError) -> Bool { if case .invalidArgument = error { return true } else { return false } }
        expect(isInvalid) { try sheet.addTable(Table(range: try CellRange(a1: "B3:C9"))) }                        // overlap
        expect(isInvalid) { try sheet.addTable(Table(range: try CellRange(a1: "E1:F5"), name: "people")) }        // name taken
        expect(isInvalid) { try sheet.addTable(Table(range: try CellRange(a1: "E1:F5"), name: "A1")) }            // cell-like name
        expect(isInvalid) { try sheet.addTable(Table(range: try CellRange(a1: "E1:F5"), columns: [TableColumn("x")])) }
        expect(isInvalid) { try sheet.addTable(Table(range: try CellRange(a1: "E1:F5"), columns: [TableColumn("Same"), TableColumn("same")])) }
        expect(isInvalid) { try sheet.merge(try CellRange(a1: "A4:C4"), text: "x") }
        expect(isInvalid) { try sheet.setAutofilter(try CellRange(a1: "A1:B9")) }
        expect(isInvalid) { try workbook.defineName("my name", refersTo: "=Data!$A$1") }
        expect(isInvalid) { try workbook.defineName("R1C1", refersTo: "=Data!$A$1") }
        var chart = Chart(.column, title: "=HYPERLINK(\"x\")")
        chart.series = [ChartSeries(values: SheetRange(sheet: "Data", range: try CellRange(a1: "B2:B5")))]
        expect(isInvalid) { try sheet.insertChart(chart, row: 0, column: 5) }
        chart.title = "Fine"
        chart.series = [ChartSeries(values: SheetRange(sheet: "Nowhere", range: try CellRange(a1: "B2:B5")))]
        expect(isInvalid) { try sheet.insertChart(chart, row: 0, column: 5) }
        expect(isInvalid) { try sheet.insertChart(Chart(.pie), row: 0, column: 5) }
        expect(isInvalid) {
            try sheet.addConditionalFormat(ConditionalFormat(.textContains("say \"hi\"", format: .bold)), to: try CellRange(a1: "A2:A9"))
        }
        try workbook.close()
    }

    func testEverythingThrowsAfterClose() throws {
        let workbook = try Workbook(destination: folder.file("closed.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try workbook.close()
        expect({ $0 == .workbookClosed }) { try sheet.writeString("late", row: 0, column: 0) }
        expect({ $0 == .workbookClosed }) { _ = try workbook.addWorksheet(named: "More") }
        expect({ $0 == .workbookClosed }) { try workbook.close() }
    }
}
