import Foundation

/// How to read a file. The defaults detect everything.
///
/// ```swift
/// let options = CSVReadOptions(delimiter: .semicolon, maxWarningsPerKind: 10)
/// let document = try CSVReader.read(contentsOf: URL(fileURLWithPath: "export.csv"), options: options)
/// ```
public struct CSVReadOptions: Sendable, Hashable {
    /// Force an encoding instead of detecting it (`--encoding`).
    public var encoding: TextEncodingGuess?
    /// Force a delimiter instead of honouring `sep=` or sniffing.
    public var delimiter: CSVDelimiter?
    /// Bytes read from a file at a time when streaming.
    public var chunkSize: Int
    /// Warnings listed per kind before the rest are only counted (in one `.suppressed` warning at the end).
    public var maxWarningsPerKind: Int

    /// Options with the properties of the same names; the defaults detect the encoding and delimiter.
    ///
    /// ```swift
    /// let windows = CSVReadOptions(encoding: .windows1252, delimiter: .semicolon)
    /// let document = try CSVReader.read(contentsOf: url, options: windows)
    /// ```
    public init(encoding: TextEncodingGuess? = nil, delimiter: CSVDelimiter? = nil,
                chunkSize: Int = 1 << 16, maxWarningsPerKind: Int = 100) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.chunkSize = max(1, chunkSize)
        self.maxWarningsPerKind = maxWarningsPerKind
    }
}

/// One record (or blank line) with where it came from.
///
/// ```swift
/// let record = try CSVReader(data: Data("\"Smith, Robert\",bob@example.org\n".utf8)).nextRecord()!
/// record.fields   // ["Smith, Robert", "bob@example.org"]
/// record.line     // 1
/// ```
public struct CSVRecord: Sendable, Hashable {
    /// The fields, unquoted and unescaped. Empty for a blank line.
    public var fields: [String]
    /// 1-based physical line where the record starts.
    public var line: Int
    /// 1-based physical line where it ends (later than `line` when a quoted field holds line breaks).
    public var endLine: Int
    /// 0-based byte offset of the record in the decoded text.
    public var byteOffset: Int
    /// An empty physical line. Callers skip these and do not number them.
    public var isBlank: Bool
    /// What was odd about this record (ragged, stray quote, NUL, …); usually empty.
    public var warnings: [CSVWarning]

    /// A record with the properties of the same names (the reader makes them; useful in tests).
    ///
    /// ```swift
    /// let record = CSVRecord(fields: ["Ada", "ada@example.org"], line: 2, endLine: 2, byteOffset: 11)
    /// ```
    public init(fields: [String], line: Int, endLine: Int, byteOffset: Int, isBlank: Bool = false,
                warnings: [CSVWarning] = []) {
        self.fields = fields
        self.line = line
        self.endLine = endLine
        self.byteOffset = byteOffset
        self.isBlank = isBlank
        self.warnings = warnings
    }

    /// True for a blank line and for a line of only delimiters or empty quotes (`,,,`).
    public var allFieldsEmpty: Bool { fields.allSatisfy { $0.isEmpty } }
}

/// A whole file read at once: what was detected, every record, every warning.
///
/// ```swift
/// let document = try CSVReader.read(contentsOf: URL(fileURLWithPath: "rsvps.csv"))
/// print(document.encoding.displayName, document.delimiter, document.records.count)
/// ```
public struct CSVDocument: Sendable, Hashable {
    /// The name used in warnings and errors.
    public var file: String?
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncodingGuess
    /// The delimiter used.
    public var delimiter: CSVDelimiter
    /// The file began with Excel's `sep=` line (honoured and not returned as a record).
    public var hasSepLine: Bool
    /// Records in file order, blank lines included (`isBlank`).
    public var records: [CSVRecord]
    /// All warnings, transcoding ones included, in file order per kind (capped, see `CSVReadOptions`).
    public var warnings: [CSVWarning]
}
