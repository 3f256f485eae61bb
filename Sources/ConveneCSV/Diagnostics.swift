// Where things are, and what went wrong there.
//
// Every record, warning and error carries its position so a message can say "line 12, column 7".
// Columns are given two ways because users think in both: `field` is the 1-based index of the cell in
// its record (what a spreadsheet shows as column A, B, …), `column` is the 1-based character column on
// the physical line (what a text editor shows). Characters are Unicode scalars of the decoded text.

/// A place in a CSV file.
///
/// ```swift
/// let position = CSVPosition(line: 7, column: 12, field: 3, byteOffset: 240)
/// print(position)   // line 7, column 12 (field 3)
/// ```
public struct CSVPosition: Sendable, Hashable, CustomStringConvertible {
    /// 1-based physical line of the original file (a quoted newline starts a new physical line; CR, LF
    /// and CRLF each end one; a consumed `sep=` line counts as line 1).
    public var line: Int
    /// 1-based character column on that line (Unicode scalars of the decoded text). One exception: when
    /// streaming from a file and the line began in an earlier chunk (64 KB back), it is the byte column.
    public var column: Int
    /// 1-based index of the field within its record, or 0 when the position is not inside a record.
    public var field: Int
    /// 0-based byte offset in the decoded UTF-8 text that the parser reads (after any BOM).
    public var byteOffset: Int

    /// A position with the properties of the same names.
    ///
    /// ```swift
    /// CSVPosition(line: 3, column: 14, field: 2, byteOffset: 81).description   // "line 3, column 14 (field 2)"
    /// ```
    public init(line: Int, column: Int, field: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.field = field
        self.byteOffset = byteOffset
    }

    /// "line 3, column 14 (field 2)".
    public var description: String {
        field > 0 ? "line \(line), column \(column) (field \(field))" : "line \(line), column \(column)"
    }
}

/// Something odd that the reader repaired or kept, without refusing the file.
///
/// ```swift
/// let document = try CSVReader(contentsOf: url).readAll()
/// for warning in document.warnings where warning.kind == .raggedRow {
///     print(warning.position.line, warning.message)   // 12 "expected 5 fields, found 7; kept as is"
/// }
/// ```
public struct CSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// What kind of oddity was repaired or kept.
    ///
    /// ```swift
    /// let ragged = document.warnings.filter { $0.kind == .raggedRow }.count
    /// ```
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A record has a different number of fields than the file's usual count. The record is kept as is.
        case raggedRow
        /// A `"` inside an unquoted field. Kept literally.
        case strayQuote
        /// Characters after the closing quote of a quoted field (`"ab"cd`). Kept literally: `abcd`.
        case textAfterClosingQuote
        /// A NUL byte, replaced with U+FFFD (NUL cannot be stored in .xlsx XML or shown to a user).
        case nulByte
        /// Bytes not valid in the detected encoding, replaced with U+FFFD.
        case invalidEncoding
        /// More warnings of one kind than are worth listing; `message` says how many were left out.
        case suppressed
    }

    /// What kind of oddity it is.
    public var kind: Kind
    /// File name (as given to the reader), if any.
    public var file: String?
    /// Where it is.
    public var position: CSVPosition
    /// Human-readable text, e.g. "expected 5 fields, found 7".
    public var message: String

    /// A warning with the properties of the same names (the reader makes them; useful in tests).
    ///
    /// ```swift
    /// let warning = CSVWarning(kind: .strayQuote, file: "a.csv",
    ///                          position: CSVPosition(line: 2, column: 5, field: 2, byteOffset: 20),
    ///                          message: "stray quote in unquoted field, kept literally")
    /// ```
    public init(kind: Kind, file: String?, position: CSVPosition, message: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.message = message
    }

    /// "contacts.csv: line 12, column 7 (field 3): stray quote in unquoted field, kept literally".
    public var description: String {
        "\(file.map { "\($0): " } ?? "")\(position): \(message)"
    }
}

/// A file the reader refuses: nothing should be imported from it.
///
/// ```swift
/// do {
///     _ = try CSVReader(contentsOf: url).readAll()
/// } catch let error as CSVError where error.kind == .unterminatedQuote {
///     print(error)   // names the line and column where the quote opened
/// }
/// ```
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the file is refused.
    ///
    /// ```swift
    /// do {
    ///     _ = try CSVReader.read(contentsOf: url)
    /// } catch let error where error.kind == .zipArchive {
    ///     print("\(url.lastPathComponent) is a zip archive — an .xlsx workbook? Open it with XLSXReader.")
    /// }
    /// ```
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Zero bytes.
        case emptyFile
        /// Only a byte-order mark (and perhaps blank lines or a `sep=` line): no records.
        case noRecords
        /// A zip archive (an .xlsx, .docx, … renamed to .csv).
        case zipArchive
        /// Other binary content (NUL bytes not explained by UTF-16, control bytes, known binary magic).
        case binaryContent
        /// A quote opened and never closed: it swallowed the rest of the file.
        case unterminatedQuote
        /// The file could not be read.
        case unreadable
    }

    /// Why the file is refused.
    public var kind: Kind
    /// File name (as given to the reader), if any.
    public var file: String?
    /// Where the problem is (for an unterminated quote: where the quote opened).
    public var position: CSVPosition
    /// What the reader expected there, e.g. "closing quote".
    public var expected: String
    /// What it found, e.g. "end of file".
    public var found: String

    /// An error with the properties of the same names (the reader makes them; useful in tests).
    ///
    /// ```swift
    /// let error = CSVError(kind: .emptyFile, file: "empty.csv",
    ///                      position: CSVPosition(line: 1, column: 1, field: 0, byteOffset: 0),
    ///                      expected: "a header line", found: "an empty file")
    /// ```
    public init(kind: Kind, file: String?, position: CSVPosition, expected: String, found: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.expected = expected
        self.found = found
    }

    /// One line for the user, e.g. "a.csv: line 4, column 9 (field 3): expected closing quote, found end of
    /// file (the quote opened here swallows the rest of the file)".
    public var description: String {
        let place = "\(file.map { "\($0): " } ?? "")\(position)"
        switch kind {
        case .unterminatedQuote:
            return "\(place): expected closing quote, found \(found) (the quote opened here swallows the rest of the file)"
        default:
            return "\(place): expected \(expected), found \(found)"
        }
    }
}
