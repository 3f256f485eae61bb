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
    var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }

    /// Fields with trailing empty cells removed (Excel pads rows to the used range).
    var trimmedCount: Int {
        var n = fields.count
        while n > 0 && fields[n - 1].trimmingCharacters(in: .whitespaces).isEmpty { n -= 1 }
        return n
    }

    /// The cell at `index`, trimmed; "" when the row is short.
    func value(_ index: Int) -> String {
        index < fields.count ? fields[index].trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }
}
