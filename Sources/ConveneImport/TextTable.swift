/// A file after the bytes: rows of strings with their physical line numbers, however they were read
/// (CSV through ConveneCSV, .xlsx through the spreadsheet reader). Everything after this point is the
/// same pipeline for both.
struct TextTable: Sendable {
    var format: String
    var encoding: String
    var delimiter: String?
    var sheet: String?
    var rows: [TextRow]
    var warnings: [ImportWarning]
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
        guard let first = s.first, let last = s.last else { return s }
        if !first.isWhitespace && !last.isWhitespace { return s }
        guard let start = s.firstIndex(where: { !$0.isWhitespace }),
              let end = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[start...end])
    }
}
