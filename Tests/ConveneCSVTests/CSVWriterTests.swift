import ConveneTestSupport
import XCTest
@testable import ConveneCSV

final class CSVWriterTests: XCTestCase {
    func testRFC4180QuotingAndCRLF() {
        var w = CSVWriter()
        w.writeRow(["Name", "Note"])
        w.writeRow(["Lee, Ann", "said \"hi\"\nbye"])
        w.writeRow([" padded", ""])
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self),
                       "Name,Note\r\n\"Lee, Ann\",\"said \"\"hi\"\"\nbye\"\r\n\" padded\",\r\n")
    }

    func testFormulaLikeTextIsNeutralizedButNumbersAreNot() {
        var w = CSVWriter(options: .init(lineEnding: .lf))
        w.writeRow([.text("=1+1"), .text("+1 555 0100"), .text("-x"), .text("@SUM(A1)"), .text("\tx"), .text("\rx")])
        w.writeRow([.number("-5"), .integer(-3), .decimal(2.0), .decimal(-0.25), .verbatim("=trusted"), .text("safe")])
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self),
                       "'=1+1,'+1 555 0100,'-x,'@SUM(A1),\"'\tx\",\"'\rx\"\n-5,-3,2,-0.25,=trusted,safe\n")
        XCTAssertEqual(CSVWriter.encode("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"")
    }

    func testByteOrderMarkSemicolonAndLoneEmptyField() throws {
        var w = CSVWriter(options: .init(byteOrderMark: true, delimiter: .semicolon))
        w.writeRow(["a;b", "c"])
        w.writeRow([""])
        XCTAssertEqual(Array(w.bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let doc = try CSVReader.read(data: w.data)
        XCTAssertEqual(doc.encoding, .utf8BOM)
        XCTAssertEqual(doc.records.map(\.fields), [["a;b", "c"], [""]])
    }

    func testAtomicWriteReplacesTheFileAndLeavesNoTemporary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convene-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.csv")
        try CSVWriter.writeAtomically(Data("old\r\n".utf8), to: url)
        try CSVWriter.writeAtomically(Data("new\r\n".utf8), to: url)
        XCTAssertEqual(try Data(contentsOf: url), Data("new\r\n".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.csv"])
        XCTAssertThrowsError(try CSVWriter.writeAtomically(Data(), to: dir.appendingPathComponent("no/such/dir.csv")))
    }

    /// Property: whatever text goes in comes back out, through any delimiter and line ending.
    func testRoundTripWriterToReader() throws {
        var rng = SplitMix64(seed: 2024)
        let pieces = ["a", "Zoë", "€", "😀", ",", ";", "\t", "|", "\"", "\n", "\r", "\r\n", " ", "=", "+", "-", "@", "'", "x y", ""]
        for round in 0..<200 {
            let delimiter = CSVDelimiter.sniffed[rng.int(0...3)]
            let neutralize = rng.int(0...1) == 1
            var w = CSVWriter(options: .init(byteOrderMark: rng.int(0...1) == 1, lineEnding: rng.int(0...1) == 1 ? .crlf : .lf,
                                             delimiter: delimiter, neutralizeFormulas: neutralize))
            let width = rng.int(1...6)
            var rows: [[String]] = []
            for _ in 0..<rng.int(1...8) {
                let row = (0..<width).map { _ in (0..<rng.int(0...5)).map { _ in pieces[rng.int(0...(pieces.count - 1))] }.joined() }
                rows.append(row)
                w.writeRow(row)
            }
            let doc = try CSVReader.read(data: w.data, options: CSVReadOptions(delimiter: delimiter))
            let expected = rows.map { $0.map { neutralize && CSVWriter.isFormulaLike($0) ? "'" + $0 : $0 } }
            XCTAssertEqual(doc.records.map(\.fields), expected, "round \(round)")
            XCTAssertTrue(doc.warnings.isEmpty, "round \(round): \(doc.warnings)")
        }
    }
}
