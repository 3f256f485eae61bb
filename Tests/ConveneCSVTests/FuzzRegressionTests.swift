import XCTest
@testable import ConveneCSV

/// Inputs found by the libFuzzer harness (Fuzz/csv), kept so they stay fixed.
final class FuzzRegressionTests: XCTestCase {
    /// A BOM followed by control bytes: accepted (the BOM says text), and it survives writer → reader
    /// when read back as UTF-8; without the BOM the same bytes are refused as binary.
    func testBOMWithControlBytesRoundTrips() throws {
        let input = Data(base64Encoded: "77u/YRwcHBwcHBwcHBwcRG1jU2VxdWVuY2VvZGFibCIK")!
        let doc = try CSVReader.read(data: input)
        XCTAssertEqual(doc.encoding, .utf8BOM)
        XCTAssertEqual(doc.records.map(\.fields), [["a" + String(repeating: "\u{1C}", count: 11) + "DmcSequenceodabl\""]])
        XCTAssertEqual(doc.warnings.map(\.kind), [.strayQuote])
        var writer = CSVWriter(options: .init(neutralizeFormulas: false))
        for record in doc.records { writer.writeRow(record.fields) }
        XCTAssertThrowsError(try CSVReader.read(data: writer.data)) { XCTAssertEqual(($0 as? CSVError)?.kind, .binaryContent) }
        let back = try CSVReader.read(data: writer.data, options: CSVReadOptions(encoding: .utf8, delimiter: .comma))
        XCTAssertEqual(back.records.map(\.fields), doc.records.map(\.fields))
    }

    /// A row of empty fields is a record, not a blank line, both when read and when written and read back.
    func testRowOfEmptyFieldsIsARecordNotABlankLine() throws {
        let doc = try CSVReader.read(data: Data(base64Encoded: "CQkiIg==")!)   // "\t\t\"\""
        XCTAssertEqual(doc.delimiter, .tab)
        XCTAssertEqual(doc.records.map(\.fields), [["", "", ""]])
        var writer = CSVWriter(options: .init(delimiter: .tab))
        writer.writeRow(["", "", ""])
        let back = try CSVReader.read(data: writer.data, options: CSVReadOptions(encoding: .utf8, delimiter: .tab))
        XCTAssertEqual(back.records.map(\.fields), [["", "", ""]])
        XCTAssertEqual(try CSVReader.read(data: Data("  \n".utf8)).records.map(\.fields), [["  "]])
    }
}
