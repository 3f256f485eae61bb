import ConveneCSV

/// A file after the bytes: rows of strings with their physical line numbers, however they were read
/// (CSV through ConveneCSV, .xlsx through the spreadsheet reader). Everything after this point is the
/// same pipeline for both.
struct TextTable {
    var format: String
    var encoding: String
    var delimiter: String?
    var sheet: String?
    /// The rows read so far: all of them, or for a streamed CSV the first ones (enough to find the header,
    /// recognize the source and infer columns), with the rest in `rest`.
    var rows: [TextRow]
    var warnings: [ImportWarning]
    /// The rows after `rows`, pulled one at a time; nil when `rows` is the whole table.
    var rest: RowStream? = nil
}

/// The remaining rows of a CSV, read one record at a time so a large file is never held as strings whole.
/// Its reader's warnings are complete only once ``next()`` has returned nil.
final class RowStream {
    private let reader: CSVReader
    private let file: String

    init(reader: CSVReader, file: String) {
        self.reader = reader
        self.file = file
    }

    /// The next row (blank lines included, with no fields), or nil at the end of the file.
    /// - Throws: the file's refusal (an unterminated quote found late still refuses the whole file).
    func next() throws(ImportError) -> TextRow? {
        do {
            guard let record = try reader.nextRecord() else { return nil }
            return TextRow(line: record.line, fields: record.isBlank ? [] : record.fields)
        } catch {
            throw TableReading.refusal(error, file: file)
        }
    }

    /// The reader's warnings (encoding, NUL, quotes …) naming file and line.
    var warnings: [ImportWarning] { TableReading.warnings(reader.warnings, file: file) }
}

/// One row as read; blank rows are kept so line numbers stay true, but they never get a record number.
struct TextRow: Sendable, Hashable {
    /// 1-based physical line (CSV) or sheet row (xlsx).
    var line: Int
    var fields: [String]

    /// No fields, or every field empty after trimming.
    var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// Fields with trailing empty cells removed (Excel pads rows to the used range).
    var trimmedCount: Int {
        var n = fields.count
        while n > 0 && fields[n - 1].allSatisfy(\.isWhitespace) { n -= 1 }
        return n
    }

    /// The cell at `index`, trimmed; "" when the row is short.
    func value(_ index: Int) -> String {
        index < fields.count ? Self.trim(fields[index]) : ""
    }

    /// Trims whitespace and newlines; most cells have none, and those come back without copying.
    static func trim(_ s: String) -> String {
        // Fast path on the bytes: a cell that starts and ends with a printable ASCII byte has no whitespace to
        // trim (a multi-scalar character never ends in one, and CR LF ends in LF), and most cells are such.
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20, f < 0x7F, l > 0x20, l < 0x7F { return s }
        guard let first = s.first, let last = s.last else { return s }
        if !first.isWhitespace && !last.isWhitespace { return s }
        guard let start = s.firstIndex(where: { !$0.isWhitespace }),
              let end = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[start...end])
    }
}
