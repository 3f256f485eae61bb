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

    /// A named pipe (as `--clusters /dev/stdout` or `>(gzip)` gives) is written into, not renamed over: the
    /// pipe is still a pipe afterwards and its reader gets the bytes. (Renaming over `/dev/null` as root used to
    /// replace the device with a plain file.)
    func testAtomicWriteIntoAPipeWritesInPlace() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convene-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("out.csv")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        XCTAssertTrue(CSVWriter.isSpecialFile(fifo.path))
        XCTAssertTrue(CSVWriter.isSpecialFile("/dev/null"))
        XCTAssertFalse(CSVWriter.isSpecialFile(dir.path + "/missing.csv"))
        let received = LockedData()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let reader = FileHandle(forReadingAtPath: fifo.path) { received.set(reader.readDataToEndOfFile()) }
            done.signal()
        }
        try CSVWriter.writeAtomically(Data("a,b\r\n".utf8), to: fifo)
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        XCTAssertEqual(received.get(), Data("a,b\r\n".utf8))
        XCTAssertTrue(CSVWriter.isSpecialFile(fifo.path), "the pipe was replaced by a file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.csv"])
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

/// Bytes handed from the reading thread to the test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
