import ConveneTestSupport
import XCTest
@testable import ConveneCSV

/// The state machine on small inputs, and the promise that chunk boundaries change nothing.
final class ByteParserTests: XCTestCase {
    func testQuotingDoubledQuotesAndQuotedNewlines() throws {
        let doc = try read("name,note\r\n\"Lee, Ann\",\"said \"\"hi\"\"\r\nthen left\"\r\nBob,\r\n")
        XCTAssertEqual(doc.records.map(\.fields), [["name", "note"], ["Lee, Ann", "said \"hi\"\r\nthen left"], ["Bob", ""]])
        XCTAssertEqual(doc.records.map(\.line), [1, 2, 4])
        XCTAssertEqual(doc.records[1].endLine, 3)
        XCTAssertTrue(doc.warnings.isEmpty, "\(doc.warnings)")
    }

    func testLineEndingsCRLFAndCRAndLFAndBlankLines() throws {
        let doc = try read("a,b\rc,d\n\ne,f\r\n\r\ng,h")
        XCTAssertEqual(doc.records.map(\.fields), [["a", "b"], ["c", "d"], [], ["e", "f"], [], ["g", "h"]])
        XCTAssertEqual(doc.records.map(\.isBlank), [false, false, true, false, true, false])
        XCTAssertEqual(doc.records.map(\.line), [1, 2, 3, 4, 5, 6])
    }

    func testByteOffsetsPointAtRecordStarts() throws {
        let text = "a,b\r\n\"x\ny\",z\nlast,1"
        let doc = try read(text)
        let bytes = Array(text.utf8)
        for record in doc.records where !record.isBlank {
            let first = record.fields[0].utf8.first!
            XCTAssertTrue(bytes[record.byteOffset] == first || bytes[record.byteOffset] == 0x22)
        }
        XCTAssertEqual(doc.records.map(\.byteOffset), [0, 5, 13])
    }

    func testStrayQuoteAndTextAfterClosingQuoteAreKeptWithWarnings() throws {
        let doc = try read("a,b\n5\" pipe,\"ab\"cd\n")
        XCTAssertEqual(doc.records[1].fields, ["5\" pipe", "abcd"])
        XCTAssertEqual(doc.warnings.map(\.kind), [.strayQuote, .textAfterClosingQuote])
        XCTAssertEqual(doc.warnings[0].position, CSVPosition(line: 2, column: 2, field: 1, byteOffset: 5))
        XCTAssertEqual(doc.warnings[1].position.field, 2)
        XCTAssertEqual(doc.warnings[1].position.column, 13)
    }

    func testRaggedRowsAreKeptWithWarnings() throws {
        let doc = try read("a,b,c\n1,2,3\n4,5\n6,7,8,9\n1,2,3\n")
        XCTAssertEqual(doc.records.map(\.fields.count), [3, 3, 2, 4, 3])
        XCTAssertEqual(doc.warnings.map(\.message), ["expected 3 fields, found 2; kept as is",
                                                     "expected 3 fields, found 4; kept as is"])
        XCTAssertEqual(doc.warnings.map(\.position.line), [3, 4])
        XCTAssertEqual(doc.records[2].warnings.map(\.kind), [.raggedRow])
    }

    func testNULBytesAreReplacedWithWarning() throws {
        let doc = try read(Data("a,b\nx\u{0}y,\"q\u{0}\"\n".utf8))
        XCTAssertEqual(doc.records[1].fields, ["x\u{FFFD}y", "q\u{FFFD}"])
        XCTAssertEqual(doc.warnings.map(\.kind), [.nulByte, .nulByte])
        XCTAssertEqual(doc.warnings.map(\.position.column), [2, 7])
    }

    func testFinalRecordWithoutLineBreakAndTrailingDelimiter() throws {
        XCTAssertEqual(try read("a,b\n1,").records.map(\.fields), [["a", "b"], ["1", ""]])
        XCTAssertEqual(try read("a,b\n\"1\"").records.map(\.fields), [["a", "b"], ["1"]])
    }

    func testUnterminatedQuoteNamesWhereItOpened() {
        XCTAssertThrowsError(try read("name,note\nAnn,\"never closed\nBob,ok\nCy,ok\n", file: "x.csv")) { error in
            let e = error as! CSVError
            XCTAssertEqual(e.kind, .unterminatedQuote)
            XCTAssertEqual(e.position.line, 2)
            XCTAssertEqual(e.position.column, 5)
            XCTAssertEqual(e.position.field, 2)
            XCTAssertEqual(e.expected, "closing quote")
            XCTAssertTrue(e.description.hasPrefix("x.csv: line 2, column 5 (field 2): expected closing quote, found end of file"),
                          e.description)
        }
    }

    /// Property: any chunking of the raw bytes gives the same records, warnings and errors as one buffer.
    func testChunkBoundariesAnywhereGiveIdenticalResults() throws {
        var rng = SplitMix64(seed: 42)
        let alphabet: [String] = ["a", "b", "é", "€", ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", " ", "x,y", "\"q,\nr\""]
        for round in 0..<300 {
            var text = ""
            for _ in 0..<rng.int(1...40) { text += alphabet[rng.int(0...(alphabet.count - 1))] }
            let bytes = Array(text.utf8)
            let whole = outcome(chunks: [bytes])
            for size in 1...7 {
                let chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
                XCTAssertEqual(outcome(chunks: chunks, chunkSize: size), whole, "round \(round), chunk size \(size): \(text.debugDescription)")
            }
        }
    }

    func testUTF16AndWindows1252ChunkBoundariesGiveIdenticalResults() throws {
        let text = "Name\tNote\r\nZoë\t\"a\tb\"\r\n😀\t€\r\n"
        var utf16 = [UInt8]()
        for unit in text.utf16 { utf16.append(UInt8(unit & 0xFF)); utf16.append(UInt8(unit >> 8)) }
        let cp1252: [UInt8] = Array("Name,Note\r\nCaf".utf8) + [0xE9, 0x2C, 0x93, 0x68, 0x69, 0x94, 0x0D, 0x0A]
        for bytes in [utf16, cp1252] {
            let whole = outcome(chunks: [bytes])
            for size in 1...7 {
                let chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
                XCTAssertEqual(outcome(chunks: chunks, chunkSize: size), whole)
            }
        }
    }

    /// Past the 64 KB sample the reader decodes chunk by chunk; replacements must still name the right place.
    func testStreamedInvalidUTF8IsReportedAtTheSameLineAndColumnForAnyChunking() throws {
        var bytes: [UInt8] = []
        var expected: [String] = []
        for row in 1...3000 {
            bytes += Array("Zoë \(row),\"multi\r\nline\",".utf8)
            if row % 700 == 0 {
                bytes += [0xC3, 0x28]   // a broken two-byte sequence, at column 7 of the record's second line
                expected.append("line \(2 * row), column 7")
            }
            bytes += Array("x".utf8) + (row % 2 == 0 ? [0x0D, 0x0A] : [0x0D])
        }
        XCTAssertGreaterThan(bytes.count, 70_000)
        for size in [1, 3, 7, 4096] {
            let chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
            let reader = try CSVReader(chunks: chunks, options: CSVReadOptions(encoding: .utf8, delimiter: .comma))
            var records = 0
            while let r = try reader.nextRecord() { records += r.isBlank ? 0 : 1 }
            XCTAssertEqual(records, 3000)
            XCTAssertEqual(reader.warnings.map { "line \($0.position.line), column \($0.position.column)" }, expected,
                           "chunk size \(size)")
        }
    }

    // MARK: helpers

    func read(_ text: String, file: String? = nil) throws -> CSVDocument {
        try read(Data(text.utf8), file: file)
    }

    func read(_ data: Data, file: String? = nil) throws -> CSVDocument {
        try CSVReader.read(data: data, file: file, options: CSVReadOptions(delimiter: .comma))
    }

    struct Outcome: Equatable {
        var records: [CSVRecord] = []
        var warnings: [String] = []
        var error: CSVError?
    }

    /// Reads with a fixed delimiter so sniffing (which looks at a sample) cannot differ between runs.
    func outcome(chunks: [[UInt8]], chunkSize: Int = 1 << 16) -> Outcome {
        var result = Outcome()
        do {
            let reader = try CSVReader(chunks: chunks, options: CSVReadOptions(delimiter: .comma))
            reader.expectedFieldCount = 2
            while let r = try reader.nextRecord() {
                var r = r
                // Character columns need the line still in memory; compare lines and fields only.
                r.warnings = r.warnings.map { var w = $0; w.position.column = 0; return w }
                result.records.append(r)
            }
            result.warnings = reader.warnings.map { "\($0.kind) \($0.position.line) \($0.position.field)" }
        } catch {
            result.error = error
            result.error?.position.column = 0
        }
        return result
    }
}
