/// A plain table of text: a header row and data rows of the same width. Lists for mail merges are built as
/// tables and written by `ConveneCSV`'s formula-safe writer (see ``ReportTable/csvData(byteOrderMark:)``).
public struct ReportTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }
}
