import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// The workbook appears at its destination only complete; failures leave no file and keep an old one.
final class WriterAtomicSaveTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws { folder = try TemporaryDirectory() }
    override func tearDown() { folder = nil }

    private func write(_ url: URL, text: String) throws {
        let workbook = try Workbook(destination: url)
        try workbook.addWorksheet(named: "Data").writeString(text, row: 0, column: 0)
        try workbook.close()
    }

    func testNothingAppearsUntilCloseAndNoTemporaryFileRemains() throws {
        let url = folder.file("tracker.xlsx")
        let workbook = try Workbook(destination: url)
        try workbook.addWorksheet(named: "Data").writeString("hello", row: 0, column: 0)
        XCTAssertEqual(try folder.contents(), [], "nothing is written before close()")
        try workbook.close()
        XCTAssertEqual(try folder.contents(), ["tracker.xlsx"])
        XCTAssertEqual(try WorkbookXML(url).sharedStrings(), ["hello"])
    }

    func testSuccessfulCloseReplacesAnExistingFile() throws {
        let url = folder.file("tracker.xlsx")
        try write(url, text: "first")
        try write(url, text: "second")
        XCTAssertEqual(try WorkbookXML(url).sharedStrings(), ["second"])
        XCTAssertEqual(try folder.contents(), ["tracker.xlsx"])
    }

    func testMissingFolderFailsAtCloseWithThePath() throws {
        let url = folder.url.appendingPathComponent("no-such-folder/tracker.xlsx")
        let workbook = try Workbook(destination: url)
        try workbook.addWorksheet(named: "Data").writeString("x", row: 0, column: 0)
        XCTAssertThrowsError(try workbook.close()) { error in
            guard case let .fileSystem(path, message)? = error as? SpreadsheetError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, url.standardizedFileURL.path)
            XCTAssertTrue(message.contains("does not exist"), message)
        }
        XCTAssertEqual(try folder.contents(), [])
    }

    func testFailedSaveLeavesTheExistingDestinationUntouched() throws {
        let url = folder.file("tracker.xlsx")
        try write(url, text: "precious")
        let before = try Data(contentsOf: url)
        // The destination turns into a folder before close(): saving must fail and leave nothing behind;
        // then the old file is put back to check no temporary sibling survived.
        let workbook = try Workbook(destination: url)
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.writeString("replacement", row: 0, column: 0)
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        XCTAssertThrowsError(try workbook.close()) { error in
            guard case .fileSystem? = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
        try FileManager.default.removeItem(at: url)
        try before.write(to: url)
        XCTAssertEqual(try folder.contents(), ["tracker.xlsx"], "no temporary file is left behind")
        XCTAssertEqual(try Data(contentsOf: url), before)
    }

    func testReadOnlyFolderFailsAndKeepsTheOldFile() throws {
        try XCTSkipIf(getuid() == 0, "root can write to read-only folders")
        let url = folder.file("tracker.xlsx")
        try write(url, text: "precious")
        let before = try Data(contentsOf: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }
        let workbook = try Workbook(destination: url)
        try workbook.addWorksheet(named: "Data").writeString("replacement", row: 0, column: 0)
        XCTAssertThrowsError(try workbook.close())
        XCTAssertEqual(try Data(contentsOf: url), before)
        XCTAssertEqual(try folder.contents(), ["tracker.xlsx"])
    }

    func testLibraryFailureRemovesTheTemporaryFileAndKeepsTheOldOne() throws {
        let url = folder.file("tracker.xlsx")
        try write(url, text: "precious")
        let before = try Data(contentsOf: url)
        // libxlsxwriter reports a failure while assembling when its temporary directory is unusable.
        let workbook = try Workbook(destination: url, options: .init(temporaryDirectory: folder.url.appendingPathComponent("missing")))
        try workbook.addWorksheet(named: "Data").writeString("replacement", row: 0, column: 0)
        do {
            try workbook.close()
            // Some builds keep temporary data in memory; then saving legitimately succeeds.
            XCTAssertEqual(try WorkbookXML(url).sharedStrings(), ["replacement"])
        } catch let error as SpreadsheetError {
            guard case let .library(operation, code, message, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(operation.hasPrefix("workbook_close"))
            XCTAssertNotEqual(code, 0)
            XCTAssertFalse(message.isEmpty)
            XCTAssertEqual(try Data(contentsOf: url), before)
        }
        XCTAssertEqual(try folder.contents(), ["tracker.xlsx"])
    }

    func testDroppingAnUnclosedWorkbookWritesNothing() throws {
        do {
            let workbook = try Workbook(destination: folder.file("abandoned.xlsx"))
            try workbook.addWorksheet(named: "Data").writeString("x", row: 0, column: 0)
        }
        XCTAssertEqual(try folder.contents(), [])
    }
}
