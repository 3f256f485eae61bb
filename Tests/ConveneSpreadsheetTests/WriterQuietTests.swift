import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Problems are reported as Swift errors, never as libxlsxwriter's own lines on standard error.
final class WriterQuietTests: XCTestCase {
    func testNeitherSuccessNorRefusedInputPrintsAnything() throws {
        let folder = try TemporaryDirectory()
        var refusals = 0
        let printed = try captureStandardError {
            try WriterIndependentCheckTests.writeFeatureCompleteWorkbook(to: folder.file("complete.xlsx"))

            let workbook = try Workbook(destination: folder.url.appendingPathComponent("missing/dir/out.xlsx"))
            let sheet = try workbook.addWorksheet(named: "Data")
            // Each of these would make libxlsxwriter print a warning if it reached the C library.
            let attempts: [() throws -> Void] = [
                { _ = try workbook.addWorksheet(named: String(repeating: "n", count: 40)) },
                { _ = try workbook.addWorksheet(named: "bad/name") },
                { _ = try workbook.addWorksheet(named: "data") },
                { try sheet.writeString(String(repeating: "s", count: 40_000), row: 0, column: 0) },
                { try sheet.writeNumber(1, row: 2_000_000, column: 0) },
                { try sheet.addDataValidation(DataValidation(.list((0..<100).map { "choice \($0)" })), to: try CellRange(a1: "A1:A9")) },
                { try sheet.writeURL("https://example.org/" + String(repeating: "p", count: 3000), row: 0, column: 1) },
                { try sheet.addNote("", row: 0, column: 0) },
                { try sheet.setPageSetup(PageSetup().withHeader(String(repeating: "h", count: 300))) },
                { try sheet.addTable(Table(range: try CellRange(a1: "A1:B1"))) },
                { try workbook.close() },   // missing folder
            ]
            for attempt in attempts {
                do { try attempt(); XCTFail("accepted input that should be refused") } catch is SpreadsheetError { refusals += 1 }
            }
        }
        XCTAssertEqual(refusals, 11)
        XCTAssertEqual(printed, "", "libxlsxwriter printed: \(printed)")
    }

    func testTheCaptureSeesWritesToFileDescriptorTwo() throws {
        let printed = try captureStandardError { FileHandle.standardError.write(Data("[WARNING] probe\n".utf8)) }
        XCTAssertEqual(printed, "[WARNING] probe\n")
    }
}

private extension PageSetup {
    func withHeader(_ header: String) -> PageSetup {
        var copy = self
        copy.header = header
        return copy
    }
}
