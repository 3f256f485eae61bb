// libFuzzer harness for the CSV reader. Compiled together with Sources/ConveneCSV/*.swift into one
// module by Fuzz/run.sh (so no `import`). Besides "never crash", it checks two properties that would be
// bugs if they failed — and turns them into crashes so the fuzzer records the input:
//  1. reading in chunks of 1, 3 and 7 bytes gives exactly what reading the whole buffer gives;
//  2. records written back with CSVWriter and read again come back unchanged.
import Foundation

struct Outcome: Equatable {
    var encoding: TextEncodingGuess?
    var delimiter: CSVDelimiter?
    var records: [[String]] = []
    var lines: [Int] = []
    var warnings: [String] = []
    var error: String?
}

func readOutcome(_ chunks: [[UInt8]]) -> Outcome {
    var result = Outcome()
    do {
        let reader = try CSVReader(chunks: chunks)
        result.encoding = reader.encoding
        result.delimiter = reader.delimiter
        while let record = try reader.nextRecord() {
            result.records.append(record.fields)
            result.lines.append(record.line)
        }
        result.warnings = reader.warnings.map { "\($0.kind) \($0.position.line) \($0.position.field)" }
    } catch {
        result.error = "\(error.kind) \(error.position.line) \(error.position.field) \(error.found)"
    }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = readOutcome([bytes])
    for chunkSize in [1, 3, 7] {
        let chunks = stride(from: 0, to: bytes.count, by: chunkSize).map {
            Array(bytes[$0..<min($0 + chunkSize, bytes.count)])
        }
        let chunked = readOutcome(chunks)
        if chunked != whole {
            fatalError("chunk size \(chunkSize) differs:\n\(chunked)\nvs whole:\n\(whole)")
        }
    }
    guard whole.error == nil, let delimiter = whole.delimiter else { return 0 }
    // Round trip, read back as UTF-8 (without a BOM, control-heavy text would rightly be refused as binary;
    // with one it is accepted — the BOM is evidence of text). Two inputs cannot survive any CSV writer unchanged and are left out: a first field
    // that starts with U+FEFF (read back as a BOM) and a first line that is an Excel `sep=` line.
    let rows = whole.records.filter { !$0.isEmpty }
    guard let first = rows.first?.first, !first.hasPrefix("\u{FEFF}"),
          !(first.lowercased().hasPrefix("sep=") || first.lowercased().hasPrefix("\"sep=")) else { return 0 }
    var writer = CSVWriter(options: .init(delimiter: delimiter, neutralizeFormulas: false))
    for row in rows { writer.writeRow(row) }
    do {
        let again = try CSVReader.read(data: writer.data, options: CSVReadOptions(encoding: .utf8, delimiter: delimiter))
        let back = again.records.map(\.fields)
        if back != rows { fatalError("round trip differs:\n\(rows)\nvs\n\(back)") }
    } catch {
        fatalError("round trip refused: \(error)\nrows: \(rows)")
    }
    return 0
}
