import Foundation
import XCTest
@testable import ConveneSpreadsheet

/// Files that are not workbooks, or are built to hurt: each must be refused with a typed error that names the
/// file and says what is wrong — never a crash, a hang, or gigabytes of memory.
final class ReaderHostileInputTests: XCTestCase {
    private func read(_ data: Data, name: String = "input.xlsx", limits: XLSXReadLimits = .default) throws {
        _ = try XLSXReader(data: data, name: name, limits: limits).allWorksheets()
    }

    func testTextFileRenamedXLSXIsRefusedAsNotAZip() throws {
        let csv = Data("Name,Email\nAda,ada@example.org\n".utf8)
        let error = assertReadError { try self.read(csv, name: "contacts.xlsx") }
        XCTAssertEqual(error?.kind, .notAZipPackage(looksLike: "a text or CSV file"))
        XCTAssertEqual(error?.file, "contacts.xlsx")
        XCTAssertTrue(error?.description.hasPrefix("contacts.xlsx: not an .xlsx workbook") ?? false)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID()).xlsx")
        try csv.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = assertReadError { _ = try XLSXReader(contentsOf: url) }
        XCTAssertEqual(fromFile?.kind, .notAZipPackage(looksLike: "a text or CSV file"))
        XCTAssertEqual(fromFile?.file, url.lastPathComponent)
    }

    func testEmptyHTMLAndMissingFilesAreNamed() {
        XCTAssertEqual(assertReadError { try self.read(Data()) }?.kind, .notAZipPackage(looksLike: "an empty file"))
        let html = Data("<html><body><table><tr><td>1</td></tr></table></body></html>".utf8)
        XCTAssertEqual(assertReadError { try self.read(html) }?.kind,
                       .notAZipPackage(looksLike: "an HTML page (some systems save HTML tables with an .xls/.xlsx name)"))
        let missing = URL(fileURLWithPath: "/nonexistent/\(UUID()).xlsx")
        guard case .unreadableFile = assertReadError({ _ = try XLSXReader(contentsOf: missing) })?.kind else {
            return XCTFail("a missing file must be .unreadableFile")
        }
    }

    func testLegacyXLSAndEncryptedWorkbooksAreRecognized() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        let xls = Data(ole + [UInt8](repeating: 0, count: 504) + utf16("Workbook"))
        let encrypted = Data(ole + [UInt8](repeating: 0, count: 504) + utf16("EncryptionInfo") + utf16("EncryptedPackage"))
        XCTAssertEqual(assertReadError { try self.read(xls, name: "old.xls") }?.kind, .legacyXLS)
        let error = assertReadError { try self.read(encrypted, name: "locked.xlsx") }
        XCTAssertEqual(error?.kind, .encryptedWorkbook)
        XCTAssertTrue(error?.description.contains("password-protected") ?? false)
    }

    func testZipWithoutWorkbookIsRefused() throws {
        let noContentTypes = try ReaderTestPackage.zip(["hello.txt": "hi"])
        XCTAssertEqual(assertReadError { try self.read(noContentTypes) }?.kind, .missingPart("[Content_Types].xml"))

        let noWorkbook = try ReaderTestPackage.zip([
            "[Content_Types].xml": ReaderTestPackage.contentTypes, "_rels/.rels": ReaderTestPackage.rootRelationships,
        ])
        XCTAssertEqual(assertReadError { try self.read(noWorkbook) }?.kind, .missingPart("xl/workbook.xml"))

        let ods = try ReaderTestPackage.zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                             "content.xml": "<office:document-content/>"])
        guard case .otherDocumentKind(let kind) = assertReadError({ try self.read(ods) })?.kind else {
            return XCTFail("an .ods must be named")
        }
        XCTAssertTrue(kind.contains("OpenDocument"))
    }

    func testZipBombIsStoppedAtThePartLimitWhileInflating() throws {
        // 8 MB of one repeated row inflates from ~10 KB; the limits are scaled down so the test stays fast.
        let row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
        let sheet = ReaderTestPackage.worksheet(String(repeating: row, count: 8_000_000 / row.utf8.count))
        let bomb = try ReaderTestPackage.workbookData(sheet: sheet)
        XCTAssertLessThan(bomb.count, 200_000)

        var limits = XLSXReadLimits.default
        limits.maxPartBytes = 1 << 20
        let error = assertReadError { try self.read(bomb, limits: limits) }
        XCTAssertEqual(error?.kind, .partTooLarge(limit: 1 << 20))
        XCTAssertEqual(error?.part, "xl/worksheets/sheet1.xml")

        limits = .default
        limits.maxTotalBytes = 4 << 20
        XCTAssertEqual(assertReadError { try self.read(bomb, limits: limits) }?.kind,
                       .workbookTooLarge(limit: 4 << 20))

        limits = .default
        limits.ratioCheckThreshold = 1 << 20
        limits.maxCompressionRatio = 50
        guard case .suspiciousCompressionRatio(let ratio, 50) = assertReadError({ try self.read(bomb, limits: limits) })?.kind
        else { return XCTFail("expected the compression ratio to be refused") }
        XCTAssertGreaterThan(ratio, 50)

        // The same file is fine under the default limits: the guard does not refuse honest large sheets.
        XCTAssertEqual(try ReaderTestPackage.readSheet(bomb).rows.count, 8_000_000 / row.utf8.count)
    }

    func testAbsurdDimensionsAreRefused() throws {
        let cases: [(String, String)] = [
            (ReaderTestPackage.worksheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"), "cell reference XFE1"),
            (ReaderTestPackage.worksheet("<row r=\"1048577\"><c><v>1</v></c></row>"), "row 1048577"),
            (ReaderTestPackage.worksheet("<row r=\"1\"><c r=\"A99999999999999999999\"><v>1</v></c></row>"),
             "cell reference A99999999999999999999"),
            ("<worksheet xmlns=\"\(ReaderTestPackage.main)\"><dimension ref=\"A1:ZZZZ1\"/><sheetData/></worksheet>",
             "range A1:ZZZZ1"),
            (ReaderTestPackage.worksheet("", after: "<mergeCells><mergeCell ref=\"A1:A2000000\"/></mergeCells>"),
             "range A1:A2000000"),
        ]
        for (sheet, what) in cases {
            let error = assertReadError { _ = try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(sheet: sheet)) }
            XCTAssertEqual(error?.kind, .dimensionsTooLarge(what))
            XCTAssertEqual(error?.part, "xl/worksheets/sheet1.xml")
        }
        var limits = XLSXReadLimits.default
        limits.maxCellsPerSheet = 2
        let three = try ReaderTestPackage.workbookData(sheet: ReaderTestPackage.worksheet(
            "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>"))
        XCTAssertEqual(assertReadError { _ = try ReaderTestPackage.readSheet(three, limits: limits) }?.kind,
                       .dimensionsTooLarge("more than 2 cells"))
    }

    func testEntityExpansionAndMalformedXMLAreRefusedWithPosition() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <worksheet xmlns="\(ReaderTestPackage.main)"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c>\
            </row></sheetData></worksheet>
            """
        XCTAssertEqual(assertReadError { _ = try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(sheet: laughs)) }?.kind,
                       .documentTypeDeclaration)

        let broken = "<?xml version=\"1.0\"?>\n<worksheet xmlns=\"\(ReaderTestPackage.main)\">\n<sheetData><row>\n"
            + "<c><v>1</v></row></sheetData></worksheet>"
        let error = assertReadError { _ = try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(sheet: broken)) }
        guard case .malformedXML(let line, _, _) = error?.kind else { return XCTFail("expected malformed XML") }
        XCTAssertEqual(line, 4)
        XCTAssertTrue(error?.description.hasPrefix("test.xlsx [xl/worksheets/sheet1.xml]: malformed XML at line 4") ?? false)
    }

    func testCorruptValuesAreReportedWithTheCell() throws {
        let badIndex = try ReaderTestPackage.workbookData(
            sheet: ReaderTestPackage.worksheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>7</v></c></row>"), sharedStrings: ["a"])
        XCTAssertEqual(assertReadError { _ = try ReaderTestPackage.readSheet(badIndex) }?.kind,
                       .invalidContent("cell B3: shared string 7 does not exist (1 strings)"))
        let badNumber = try ReaderTestPackage.workbookData(
            sheet: ReaderTestPackage.worksheet("<row r=\"2\"><c r=\"C2\"><v>12abc</v></c></row>"))
        XCTAssertEqual(assertReadError { _ = try ReaderTestPackage.readSheet(badNumber) }?.kind,
                       .invalidContent("cell C2: expected a number, found \"12abc\""))
        let badReference = try ReaderTestPackage.workbookData(
            sheet: ReaderTestPackage.worksheet("<row r=\"2\"><c r=\"2C\"><v>1</v></c></row>"))
        XCTAssertEqual(assertReadError { _ = try ReaderTestPackage.readSheet(badReference) }?.kind,
                       .invalidCellReference("2C"))
    }

    func testUnknownSheetNamesTheSheetsThatExist() throws {
        let data = try ReaderTestPackage.workbookData(sheet: ReaderTestPackage.worksheet(""))
        let reader = try XLSXReader(data: data, name: "w.xlsx")
        XCTAssertEqual(assertReadError { _ = try reader.sheet(named: "Missing") }?.description,
                       "w.xlsx: no sheet named \"Missing\" (sheets: \"Data\")")
        XCTAssertEqual(assertReadError { _ = try reader.sheet(at: 3) }?.kind,
                       .sheetNotFound("at position 3 (the workbook has 1)"))
    }

    /// A bomb whose zip headers claim a tiny size: the reader counts bytes as they inflate, so the lie does not
    /// get it past the limit.
    func testZipBombWithLyingSizeHeadersIsStillStopped() throws {
        let row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
        let sheet = ReaderTestPackage.worksheet(String(repeating: row, count: 4_000_000 / row.utf8.count))
        var bomb = try ReaderTestPackage.workbookData(sheet: sheet)
        try ReaderTestPackage.declareUncompressedSize(100, of: "xl/worksheets/sheet1.xml", in: &bomb)

        var limits = XLSXReadLimits.default
        limits.maxPartBytes = 1 << 20
        let error = assertReadError { try self.read(bomb, limits: limits) }
        XCTAssertEqual(error?.kind, .partTooLarge(limit: 1 << 20))
    }

    func testTooManyPartsAreRefused() throws {
        var parts = ["[Content_Types].xml": ReaderTestPackage.contentTypes]
        for index in 0..<50 { parts["junk/\(index).txt"] = "x" }
        var limits = XLSXReadLimits.default
        limits.maxParts = 40
        XCTAssertEqual(assertReadError { try self.read(ReaderTestPackage.zip(parts), limits: limits) }?.kind,
                       .tooManyParts(limit: 40))
    }
}
