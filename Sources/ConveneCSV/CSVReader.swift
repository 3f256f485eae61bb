import Foundation

/// Reads CSV records with positions from bytes in any of the supported encodings.
///
/// The reader decides the encoding (`TextEncodingGuess`), honours an Excel `sep=` line or sniffs the
/// delimiter, then hands out records one at a time; from a file it reads in chunks, so memory stays
/// bounded by the largest record. Oddities become `warnings`; a broken file throws `CSVError`.
///
/// ```swift
/// let reader = try CSVReader(contentsOf: URL(fileURLWithPath: "attendance.csv"))
/// print(reader.encoding.displayName, reader.delimiter)     // "UTF-16 LE with BOM tab"
/// while let record = try reader.nextRecord() {
///     if record.isBlank { continue }                       // blank lines get no record number
///     print(record.line, record.fields)
/// }
/// for warning in reader.warnings { print(warning) }        // "a.csv: line 7, column 1 (field 1): …"
/// ```
public final class CSVReader {
    /// The name used in warnings and errors.
    public let file: String?
    /// The encoding the bytes were decoded from (detected, or as forced by ``CSVReadOptions/encoding``).
    public let encoding: TextEncodingGuess
    /// The delimiter in use: forced, from a `sep=` line, or sniffed.
    public let delimiter: CSVDelimiter
    /// The file began with Excel's `sep=` line, which was honoured and consumed.
    public let hasSepLine: Bool
    /// Records with another field count get a `.raggedRow` warning. Starts as the most common count
    /// in the first 50 lines; set it to the header's count once you have found the header.
    public var expectedFieldCount: Int

    private let options: CSVReadOptions
    private var parser: ByteParser
    private var transcoder: Transcoder?
    private let nextRawChunk: () throws -> [UInt8]?
    private var rawDone = false
    /// Decoded text being parsed, its read position, and the stream offset of `buffer[0]`.
    private var buffer: [UInt8]
    private var index: Int
    private var bufferBase = 0
    private var listed: [CSVWarning] = []
    private var warningCounts: [CSVWarning.Kind: Int] = [:]
    private var byteRecord = ByteRecord()
    private var sawRecord = false

    /// Reads from bytes in memory (the whole file).
    ///
    /// ```swift
    /// let reader = try CSVReader(data: Data("Name,Email\r\nAda,ada@example.org\r\n".utf8), file: "pasted.csv")
    /// try reader.nextRecord()?.fields   // ["Name", "Email"]
    /// ```
    public convenience init(data: Data, file: String? = nil, options: CSVReadOptions = .init()) throws(CSVError) {
        var pending: [UInt8]? = [UInt8](data)
        try self.init(file: file, options: options, wholeInput: true) { defer { pending = nil }; return pending }
    }

    /// Streams from a file in chunks of `options.chunkSize` bytes.
    ///
    /// ```swift
    /// let reader = try CSVReader(contentsOf: URL(fileURLWithPath: "zoom.csv"), options: CSVReadOptions(encoding: .utf8))
    /// ```
    public convenience init(contentsOf url: URL, file: String? = nil, options: CSVReadOptions = .init()) throws(CSVError) {
        let name = file ?? url.lastPathComponent
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw CSVError(kind: .unreadable, file: name, position: CSVPosition(line: 0, column: 0, field: 0, byteOffset: 0),
                           expected: "a readable file", found: "\(error.localizedDescription)")
        }
        let size = options.chunkSize
        try self.init(file: name, options: options) {
            guard let data = try handle.read(upToCount: size), !data.isEmpty else {
                try? handle.close()
                return nil
            }
            return [UInt8](data)
        }
    }

    /// Reads from any sequence of raw chunks (used to test that chunk boundaries change nothing).
    ///
    /// ```swift
    /// let reader = try CSVReader(chunks: [Array("Na".utf8), Array("me\r\nAda\r\n".utf8)], file: "chunks.csv")
    /// try reader.nextRecord()?.fields   // ["Name"]
    /// ```
    public convenience init<Chunks: Sequence<[UInt8]>>(chunks: Chunks, file: String? = nil,
                                                       options: CSVReadOptions = .init()) throws(CSVError) {
        var iterator = chunks.makeIterator()
        try self.init(file: file, options: options) { iterator.next() }
    }

    /// - Parameter wholeInput: the first chunk is the whole input (in memory), so it can be parsed in place.
    private init(file: String?, options: CSVReadOptions, wholeInput: Bool = false,
                 next: @escaping () throws -> [UInt8]?) throws(CSVError) {
        self.file = file
        self.options = options
        self.nextRawChunk = next

        func unreadable(_ error: any Error) -> CSVError {
            CSVError(kind: .unreadable, file: file, position: CSVPosition(line: 0, column: 0, field: 0, byteOffset: 0),
                     expected: "a readable file", found: "\(error)")
        }
        // Enough of the file to decide encoding and delimiter.
        var sample: [UInt8] = []
        var eof = false
        let sampleSize = 1 << 16
        do {
            while sample.count < sampleSize {
                guard let chunk = try next() else { eof = true; break }
                if sample.isEmpty { sample = chunk } else { sample.append(contentsOf: chunk) }
                if wholeInput { eof = true; break }
            }
        } catch { throw unreadable(error) }
        let start = CSVPosition(line: 1, column: 1, field: 0, byteOffset: 0)
        if sample.isEmpty {
            throw CSVError(kind: .emptyFile, file: file, position: start,
                           expected: "a header line or records", found: "an empty file (0 bytes)")
        }
        let detected: TextEncodingGuess
        if let forced = options.encoding {
            detected = forced
        } else {
            detected = try sample.withUnsafeBufferPointer { (s) throws(CSVError) -> TextEncodingGuess in
                try TextEncodingGuess.detect(s, isWholeFile: eof, file: file)
            }
        }
        encoding = detected
        let bom = CSVReader.bomLength(of: sample, encoding: detected)

        // Decode the sample. Valid UTF-8 read whole is parsed in place, without a copy.
        var decoded: [UInt8]
        var replacements: [Transcoder.Replacement] = []
        let validWholeUTF8 = eof && detected.isUTF8 && sample.withUnsafeBufferPointer {
            UTF8Scan.count(UnsafeBufferPointer(rebasing: $0[bom...]), isComplete: true).invalid == 0
        }
        if validWholeUTF8 {
            if bom > 0 { sample.removeFirst(bom) }
            decoded = sample
        } else {
            var coder = Transcoder(encoding: detected)
            decoded = []
            sample.withUnsafeBufferPointer {
                coder.feed(UnsafeBufferPointer(rebasing: $0[bom...]), isLast: eof, into: &decoded,
                           replacements: &replacements)
            }
            transcoder = coder
        }

        // Excel's `sep=;` line.
        var skip = 0
        var sepDelimiter: CSVDelimiter?
        if let (d, length) = decoded.withUnsafeBufferPointer({ SepLine.parse($0) }) {
            sepDelimiter = d
            skip = length
        }
        hasSepLine = sepDelimiter != nil
        // Only line breaks count as nothing: spaces or tabs make a record, as the parser will read them.
        if eof && decoded[skip...].allSatisfy({ $0 == 0x0A || $0 == 0x0D }) {
            let what = bom > 0 && decoded.isEmpty ? "only a byte-order mark"
                : hasSepLine && decoded.count == skip ? "only a sep= line" : "only blank lines"
            throw CSVError(kind: .noRecords, file: file, position: start,
                           expected: "a header line or records", found: what)
        }

        let sniff = decoded.withUnsafeBufferPointer { text in
            let rest = UnsafeBufferPointer(rebasing: text[skip...])
            if let chosen = options.delimiter ?? sepDelimiter {
                let counts = DelimiterSniffer.fieldCounts(rest, delimiter: chosen, isComplete: eof, maxRecords: 50)
                return SniffResult(delimiter: chosen, typicalFieldCount: max(1, DelimiterSniffer.modeOf(counts).0))
            }
            return DelimiterSniffer.sniff(rest, isComplete: eof)
        }
        delimiter = sniff.delimiter
        expectedFieldCount = sniff.typicalFieldCount
        parser = ByteParser(delimiter: sniff.delimiter.rawValue, firstLine: hasSepLine ? 2 : 1, firstOffset: skip)
        buffer = decoded
        index = skip
        rawDone = eof
        for r in replacements { noteReplacement(r) }
    }

    private static func bomLength(of sample: [UInt8], encoding: TextEncodingGuess) -> Int {
        switch encoding {
        case .utf8, .utf8BOM:
            return sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LE, .utf16LEBOM:
            return sample.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BE, .utf16BEBOM:
            return sample.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .windows1252:
            return 0
        }
    }

    // MARK: Records

    /// The next record or blank line as Strings, or nil at the end of the file.
    ///
    /// ```swift
    /// while let record = try reader.nextRecord() {
    ///     if record.isBlank { continue }
    ///     print(record.line, record.fields)   // 1 ["Name", "Email"], then 2 ["Ada", "ada@example.org"], …
    /// }
    /// ```
    public func nextRecord() throws(CSVError) -> CSVRecord? {
        // Borrow the reusable buffers (swap keeps them uniquely referenced, so no copy, no allocation).
        var record = ByteRecord()
        swap(&record, &byteRecord)
        defer { swap(&record, &byteRecord) }
        guard let event = try nextByteRecord(&record) else { return nil }
        let recordWarnings = collectWarnings(for: record)
        return CSVRecord(fields: event == .blankLine ? [] : record.strings, line: record.line, endLine: record.endLine,
                         byteOffset: record.byteOffset, isBlank: event == .blankLine, warnings: recordWarnings)
    }

    /// The next record as bytes, reusing `record`'s buffers (the fast path: no String per field).
    /// ```swift
    /// var record = ByteRecord()
    /// while let event = try reader.nextByteRecord(&record) {
    ///     if event == .record { rows += 1 }
    /// }
    /// ```
    ///
    /// - Returns: `.record`, `.blankLine`, or nil at the end of the file.
    public func nextByteRecord(_ record: inout ByteRecord) throws(CSVError) -> ByteParser.Event? {
        while true {
            if index < buffer.count {
                let start = index
                let (event, used) = buffer.withUnsafeBufferPointer {
                    parser.parse(UnsafeBufferPointer(rebasing: $0[start...]), into: &record)
                }
                index += used
                if event != .needMoreInput {
                    finishRecord(record, event: event)
                    return event
                }
                continue
            }
            if !rawDone {
                try fill()
                continue
            }
            do {
                guard let event = try parser.finish(into: &record) else { return nil }
                finishRecord(record, event: event)
                return event
            } catch {
                let q = error.openQuote
                throw CSVError(kind: .unterminatedQuote, file: file,
                               position: position(line: q.line, field: q.field, offset: q.byteOffset,
                                                  lineStart: q.lineStartOffset),
                               expected: "closing quote",
                               found: "end of file at line \(error.endLine)")
        }
        }
    }

    /// Reads every remaining record.
    /// - Throws: `CSVError` (`.noRecords` when the file holds nothing but blank lines).
    ///
    /// ```swift
    /// let document = try CSVReader(contentsOf: url).readAll()
    /// document.records.filter { !$0.isBlank }.count
    /// ```
    public func readAll() throws(CSVError) -> CSVDocument {
        var records: [CSVRecord] = []
        while let record = try nextRecord() { records.append(record) }
        if !sawRecord {
            throw CSVError(kind: .noRecords, file: file, position: CSVPosition(line: 1, column: 1, field: 0, byteOffset: 0),
                           expected: "a header line or records", found: "only blank lines")
        }
        return CSVDocument(file: file, encoding: encoding, delimiter: delimiter, hasSepLine: hasSepLine,
                           records: records, warnings: warnings)
    }

    /// Reads a whole file in memory.
    ///
    /// ```swift
    /// let document = try CSVReader.read(data: Data("a;b\n1;2\n".utf8))   // document.delimiter == .semicolon
    /// ```
    public static func read(data: Data, file: String? = nil, options: CSVReadOptions = .init()) throws(CSVError) -> CSVDocument {
        try CSVReader(data: data, file: file, options: options).readAll()
    }

    /// Reads a whole file, streaming it from disk.
    ///
    /// ```swift
    /// let document = try CSVReader.read(contentsOf: URL(fileURLWithPath: "contacts.csv"))
    /// ```
    public static func read(contentsOf url: URL, options: CSVReadOptions = .init()) throws(CSVError) -> CSVDocument {
        try CSVReader(contentsOf: url, options: options).readAll()
    }

    // MARK: Warnings

    /// Warnings so far, in order, at most `maxWarningsPerKind` of each kind, then one `.suppressed`
    /// warning per kind that says how many more there were.
    public var warnings: [CSVWarning] {
        var all = listed
        for (kind, count) in warningCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where count > options.maxWarningsPerKind {
            all.append(CSVWarning(kind: .suppressed, file: file,
                                  position: CSVPosition(line: 0, column: 0, field: 0, byteOffset: 0),
                                  message: "\(count - options.maxWarningsPerKind) more \(kind.rawValue) warnings not listed"))
        }
        return all
    }

    private func add(_ warning: CSVWarning) {
        let count = warningCounts[warning.kind, default: 0] + 1
        warningCounts[warning.kind] = count
        if count <= options.maxWarningsPerKind { listed.append(warning) }
    }

    private func noteReplacement(_ r: Transcoder.Replacement) {
        add(CSVWarning(kind: .invalidEncoding, file: file,
                       position: CSVPosition(line: r.line, column: r.column, field: 0, byteOffset: -1),
                       message: r.message))
    }

    /// Turns the state machine's issues and a wrong field count into warnings.
    private func finishRecord(_ record: ByteRecord, event: ByteParser.Event) {
        guard event == .record else { return }
        sawRecord = true
        if record.issues.isEmpty && record.count == expectedFieldCount { return }
        for warning in recordWarnings(record) { add(warning) }
    }

    /// The record's own warnings (the same ones `warnings` lists, before any cap).
    private func collectWarnings(for record: ByteRecord) -> [CSVWarning] {
        if record.isBlank || (record.issues.isEmpty && record.count == expectedFieldCount) { return [] }
        return recordWarnings(record)
    }

    private func recordWarnings(_ record: ByteRecord) -> [CSVWarning] {
        var result: [CSVWarning] = []
        for issue in record.issues {
            let message: String
            switch issue.kind {
            case .strayQuote: message = "stray quote in an unquoted field, kept literally"
            case .textAfterClosingQuote: message = "text after a closing quote, kept literally"
            case .nulByte: message = "NUL byte replaced with U+FFFD"
            default: message = issue.kind.rawValue
            }
            result.append(CSVWarning(kind: issue.kind, file: file,
                                     position: position(line: issue.line, field: issue.field, offset: issue.byteOffset,
                                                        lineStart: issue.lineStartOffset),
                                     message: message))
        }
        if record.count != expectedFieldCount {
            result.append(CSVWarning(kind: .raggedRow, file: file,
                                     position: position(line: record.line, field: 0, offset: record.byteOffset,
                                                        lineStart: record.lineStartOffset),
                                     message: "expected \(expectedFieldCount) fields, found \(record.count); kept as is"))
        }
        return result
    }

    /// A position with a character column when the line's bytes are still in the buffer, else a byte column.
    private func position(line: Int, field: Int, offset: Int, lineStart: Int) -> CSVPosition {
        var column = offset - lineStart + 1
        let from = lineStart - bufferBase, to = offset - bufferBase
        if from >= 0 && to <= buffer.count && from <= to {
            column = 1 + buffer[from..<to].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        return CSVPosition(line: line, column: column, field: field, byteOffset: offset)
    }

    /// Replaces the buffer with the next decoded chunk.
    private func fill() throws(CSVError) {
        let chunk: [UInt8]?
        do { chunk = try nextRawChunk() } catch {
            throw CSVError(kind: .unreadable, file: file,
                           position: CSVPosition(line: parser.line, column: 1, field: 0, byteOffset: parser.offset),
                           expected: "more bytes", found: "\(error)")
        }
        bufferBase += buffer.count
        index = 0
        if chunk == nil { rawDone = true }
        guard var coder = transcoder else {
            buffer = chunk ?? []
            return
        }
        var out: [UInt8] = []
        var replacements: [Transcoder.Replacement] = []
        (chunk ?? []).withUnsafeBufferPointer {
            coder.feed($0, isLast: chunk == nil, into: &out, replacements: &replacements)
        }
        transcoder = coder
        buffer = out
        for r in replacements { noteReplacement(r) }
    }
}
