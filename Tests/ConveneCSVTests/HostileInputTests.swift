import ConveneTestSupport
import XCTest
@testable import ConveneCSV

/// A corpus of hostile inputs, each with the verdict it must get: refused (with which error) or read
/// (with which records and warnings).
final class HostileInputTests: XCTestCase {
    // MARK: refused

    func testEmptyFileIsRefused() {
        assertRefused(Data(), .emptyFile, found: "an empty file (0 bytes)")
    }

    func testBOMOnlyFileIsRefused() {
        assertRefused(Data([0xEF, 0xBB, 0xBF]), .noRecords, found: "only a byte-order mark")
        assertRefused(Data([0xFF, 0xFE]), .noRecords, found: "only a byte-order mark")
    }

    func testBlankLinesOnlyAndSepLineOnlyAreRefused() {
        assertRefused(Data("\r\n\n\r\n".utf8), .noRecords, found: "only blank lines")
        assertRefused(Data("sep=;\r\n".utf8), .noRecords, found: "only a sep= line")
    }

    func testZipRenamedToCSVIsRefused() {
        var zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        zip += Array("[Content_Types].xml".utf8) + [UInt8](repeating: 0, count: 40)
        let error = assertRefused(Data(zip), .zipArchive)
        XCTAssertTrue(error?.description.contains("zip archive (an .xlsx workbook renamed to .csv?), not CSV") ?? false)
        XCTAssertTrue(error?.description.hasPrefix("book.csv: line 1, column 1") ?? false)
    }

    func testBinaryContentIsRefused() {
        var rng = SplitMix64(seed: 7)
        let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        assertRefused(Data(noise), .binaryContent)
        // Many NULs that are not UTF-16's every-other-byte pattern.
        let nuls = Array("id,x\n".utf8) + [UInt8](repeating: 0, count: 300) + Array("1,2\n".utf8)
        assertRefused(Data(nuls), .binaryContent)
        assertRefused(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), .binaryContent)
    }

    func testUnterminatedQuoteSwallowingTheRestIsRefused() {
        let text = "Name,Email,Note\nAnn,ann@example.com,ok\nBob,bob@example.com,\"he said\nCy,cy@example.com,ok\n"
        let error = assertRefused(Data(text.utf8), .unterminatedQuote)
        XCTAssertEqual(error?.position, CSVPosition(line: 3, column: 21, field: 3, byteOffset: 59))
        XCTAssertEqual(error?.found, "end of file at line 5")
    }

    // MARK: read, with warnings

    func testSingleNULIsReplacedAndWarned() throws {
        let doc = try read(Data("a,b\n1,x\u{0}\n".utf8))
        XCTAssertEqual(doc.records[1].fields, ["1", "x\u{FFFD}"])
        XCTAssertEqual(doc.warnings.map(\.kind), [.nulByte])
        XCTAssertEqual(doc.warnings[0].description, "t.csv: line 2, column 4 (field 2): NUL byte replaced with U+FFFD")
    }

    func testCROnlyLineEndings() throws {
        let doc = try read(Data("First,Last\rAnn,Lee\r\"Bob\rJr\",Ray\r".utf8))
        XCTAssertEqual(doc.records.map(\.fields), [["First", "Last"], ["Ann", "Lee"], ["Bob\rJr", "Ray"]])
        XCTAssertEqual(doc.records.map(\.line), [1, 2, 3])
    }

    func testRaggedRowsKeptWithWarningNamingLine() throws {
        let doc = try read(Data("a,b,c\n1,2,3\n1,2\n1,2,3,4\n".utf8))
        XCTAssertEqual(doc.records.count, 4)
        XCTAssertEqual(doc.warnings.map(\.description), [
            "t.csv: line 3, column 1: expected 3 fields, found 2; kept as is",
            "t.csv: line 4, column 1: expected 3 fields, found 4; kept as is",
        ])
    }

    func testDuplicateHeadersAreJustRecords() throws {
        let doc = try read(Data("Email,Name,Email\na@x.org,Ann,b@x.org\n".utf8))
        XCTAssertEqual(doc.records[0].fields, ["Email", "Name", "Email"])
        XCTAssertTrue(doc.warnings.isEmpty)
    }

    func testWindows1252IsDetectedAndMapped() throws {
        var bytes = Array("Name,Note\r\nJos".utf8) + [0xE9] + Array(",".utf8)
        bytes += [0x93] + Array("hi".utf8) + [0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x85] + [0x0D, 0x0A]
        let doc = try read(Data(bytes))
        XCTAssertEqual(doc.encoding, .windows1252)
        XCTAssertEqual(doc.records[1].fields, ["José", "\u{201C}hi\u{201D} €5 \u{2013} \u{2026}"])
    }

    func testUndefinedWindows1252ByteIsReplacedWithWarning() throws {
        let bytes = Array("a,b\r\nx".utf8) + [0xE9, 0x81] + Array(",y\r\n".utf8)
        let doc = try read(Data(bytes))
        XCTAssertEqual(doc.encoding, .windows1252)
        XCTAssertEqual(doc.records[1].fields, ["xé\u{FFFD}", "y"])
        XCTAssertEqual(doc.warnings.map(\.kind), [.invalidEncoding])
        XCTAssertEqual(doc.warnings[0].position.line, 2)
        XCTAssertEqual(doc.warnings[0].position.column, 3)
    }

    func testMostlyUTF8WithOneBadByteStaysUTF8WithWarning() throws {
        let bytes = Array("Name,City\nZoë,Köln\nRenée,Genève\nBad,".utf8) + [0xFF] + Array("x\n".utf8)
        let doc = try read(Data(bytes))
        XCTAssertEqual(doc.encoding, .utf8)
        XCTAssertEqual(doc.records[3].fields, ["Bad", "\u{FFFD}x"])
        XCTAssertEqual(doc.warnings.map(\.position.line), [4])
        XCTAssertTrue(doc.warnings[0].message.contains("0xFF is not valid UTF-8"))
    }

    /// Microsoft Teams writes tab-separated UTF-16; with and without a BOM, either byte order.
    func testUTF16AllFourVariants() throws {
        let text = "1. Summary\r\nMeeting title\tPartners\r\n\r\nFull Name\tJoin Time\tEmail\r\nZoë Ng\t3/1/24, 9:02:11 AM\tz@x.org\r\n"
        for (encoding, little, bom) in [(TextEncodingGuess.utf16LEBOM, true, true), (.utf16LE, true, false),
                                        (.utf16BEBOM, false, true), (.utf16BE, false, false)] {
            var bytes: [UInt8] = bom ? (little ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
            for unit in text.utf16 {
                bytes += little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
            let reader = try CSVReader(data: Data(bytes), file: "teams.csv")
            XCTAssertEqual(reader.encoding, encoding)
            XCTAssertEqual(reader.delimiter, .tab, "\(encoding)")
            let doc = try reader.readAll()
            XCTAssertEqual(doc.records.last?.fields, ["Zoë Ng", "3/1/24, 9:02:11 AM", "z@x.org"])
            XCTAssertEqual(doc.records.last?.line, 5)
        }
    }

    func testUTF8WithBOM() throws {
        let doc = try read(Data([0xEF, 0xBB, 0xBF] + Array("Name,Email\nAnn,a@x.org\n".utf8)))
        XCTAssertEqual(doc.encoding, .utf8BOM)
        XCTAssertEqual(doc.records[0].fields, ["Name", "Email"])
        XCTAssertEqual(doc.records[0].byteOffset, 0)
    }

    func testExcelSepLineIsHonouredAndConsumed() throws {
        let doc = try read(Data("sep=;\r\nName;Amount\r\nAnn;1,5\r\n".utf8))
        XCTAssertTrue(doc.hasSepLine)
        XCTAssertEqual(doc.delimiter, .semicolon)
        XCTAssertEqual(doc.records.map(\.fields), [["Name", "Amount"], ["Ann", "1,5"]])
        XCTAssertEqual(doc.records.map(\.line), [2, 3])
        // Even when it names a delimiter the rest of the file would not suggest.
        let piped = try read(Data("sep=|\na,b|c\n".utf8))
        XCTAssertEqual(piped.records.map(\.fields), [["a,b", "c"]])
    }

    func testEightMegabyteField() throws {
        let big = String(repeating: "abcdefg, \"\"\n", count: 8 << 20 / 12)
        let text = "id,blob\n1,\"\(big)\"\n2,small\n"
        let doc = try read(Data(text.utf8))
        XCTAssertEqual(doc.records.count, 3)
        XCTAssertEqual(doc.records[1].fields[1].utf8.count, big.utf8.count - big.utf8.count / 12)
        XCTAssertEqual(doc.records[2].line, 2 + 8 << 20 / 12 + 1)
    }

    func testTwoHundredThousandColumnRow() throws {
        let row = (0..<200_000).map { String($0 % 10) }.joined(separator: ",")
        let doc = try read(Data((row + "\n" + row + "\n").utf8))
        XCTAssertEqual(doc.records.map(\.fields.count), [200_000, 200_000])
        XCTAssertEqual(doc.records[1].fields[199_999], "9")
    }

    func testFormulaLookingCellsAreReadRaw() throws {
        let doc = try read(Data("Name,Note\n=HYPERLINK(\"http://x\"),+1 555\n@SUM(A1),-5\n".utf8))
        XCTAssertEqual(doc.records[1].fields, ["=HYPERLINK(\"http://x\")", "+1 555"])
        XCTAssertEqual(doc.records[2].fields, ["@SUM(A1)", "-5"])
    }

    // MARK: sniffing

    func testSniffingSeesPastAPreamble() throws {
        let zoom = """
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
            812 3456 7890,Partners meeting,03/01/2024 09:00:00 AM,03/01/2024 10:00:00 AM,host@x.org,60,3

            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Ann Lee,ann@x.org,03/01/2024 09:01:00 AM,03/01/2024 09:59:00 AM,58,No
            Bob Ray,bob@x.org,03/01/2024 09:02:00 AM,03/01/2024 09:30:00 AM,28,Yes

            """
        let reader = try CSVReader(data: Data(zoom.utf8))
        XCTAssertEqual(reader.delimiter, .comma)
        XCTAssertEqual(reader.expectedFieldCount, 6)
    }

    func testSniffingSemicolonWithDecimalCommasAndPipe() throws {
        XCTAssertEqual(try CSVReader(data: Data("Name;Amount\nAnn;1,5\nBob;2,25\nCy;3\n".utf8)).delimiter, .semicolon)
        XCTAssertEqual(try CSVReader(data: Data("a|b|c\n1|2|3\n".utf8)).delimiter, .pipe)
        XCTAssertEqual(try CSVReader(data: Data("Notes:\nName\tTitle, Org\tEmail\nAnn\tCEO, X\ta@x.org\n".utf8)).delimiter, .tab)
        XCTAssertEqual(try CSVReader(data: Data("just one column\nAnn\n".utf8)).delimiter, .comma)
    }

    // MARK: streaming from a file

    func testFileStreamingMatchesInMemory() throws {
        let text = "Name,Note\r\n\"Ann\",\"multi\r\nline, with \"\"quotes\"\"\"\r\n\r\nZoë,€\r\nlast,row"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("convene-csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        for size in [1, 2, 3, 5, 64, 1 << 16] {
            let streamed = try CSVReader.read(contentsOf: url, options: CSVReadOptions(delimiter: .comma, chunkSize: size))
            let whole = try CSVReader.read(data: Data(text.utf8), file: url.lastPathComponent)
            XCTAssertEqual(streamed.records, whole.records, "chunk size \(size)")
            XCTAssertEqual(streamed.file, url.lastPathComponent)
        }
    }

    func testMissingFileIsUnreadable() {
        XCTAssertThrowsError(try CSVReader(contentsOf: URL(fileURLWithPath: "/no/such/dir/contacts.csv"))) { error in
            XCTAssertEqual((error as? CSVError)?.kind, .unreadable)
            XCTAssertEqual((error as? CSVError)?.file, "contacts.csv")
        }
    }

    /// After finding the header below a preamble, the caller sets the width ragged rows are judged by.
    func testExpectedFieldCountCanBeSetToTheHeaderWidth() throws {
        let reader = try CSVReader(data: Data("Notes:\nName,Email,Org\nAnn,a@x.org,X\nBob,b@x.org\n".utf8), file: "l.csv")
        XCTAssertEqual(reader.expectedFieldCount, 3)
        let notes = try reader.nextRecord()
        XCTAssertEqual(notes?.warnings.map(\.kind), [.raggedRow])   // the preamble line: the caller drops it
        let header = try reader.nextRecord()!
        reader.expectedFieldCount = header.fields.count
        XCTAssertEqual(try reader.nextRecord()?.warnings, [])
        XCTAssertEqual(try reader.nextRecord()?.warnings.map(\.message), ["expected 3 fields, found 2; kept as is"])
        XCTAssertNil(try reader.nextRecord())
    }

    // MARK: helpers

    func read(_ data: Data) throws -> CSVDocument {
        try CSVReader.read(data: data, file: "t.csv")
    }

    @discardableResult
    func assertRefused(_ data: Data, _ kind: CSVError.Kind, found: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> CSVError? {
        do {
            let doc = try CSVReader.read(data: data, file: "book.csv")
            XCTFail("expected \(kind), read \(doc.records.count) records", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
            XCTAssertEqual(error.file, "book.csv", file: file, line: line)
            if let found { XCTAssertEqual(error.found, found, file: file, line: line) }
            return error
        }
    }
}
