import ConveneCSV
import Foundation

/// A plain table of text: a header row and data rows of the same width. Lists for mail merges are built as
/// tables and written by `ConveneCSV`'s formula-safe writer (see ``ReportTable/csvData(byteOrderMark:)``).
///
/// ```swift
/// let table = ReportTable(header: ["Name", "Email"], rows: [["Ada Lovelace", "ada@example.org"]])
/// try table.csvData().write(to: URL(fileURLWithPath: "invite-businesses.csv"))
/// ```
public struct ReportTable: Sendable, Hashable {
    /// The column headers (trusted text, written as is).
    public var header: [String]
    /// The data rows (untrusted text: formula-like cells are neutralized when written).
    public var rows: [[String]]
    /// A table with `header` and `rows`.
    ///
    /// ```swift
    /// var table = ReportTable(header: ["Name", "Email"])
    /// table.rows.append(["Ada Lovelace", "ada@example.org"])
    /// try table.csvData().write(to: URL(fileURLWithPath: "list.csv"))
    /// ```
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }
}

extension ReportTable {
    /// RFC 4180 CSV for Excel and mail merges: UTF-8 with a byte-order mark by default (so Excel on Windows
    /// shows accents right), CRLF line ends, and text that looks like a formula neutralized with a `'`. A column
    /// headed "Phone" is written as ``MergeOutput/phoneCell(_:)`` writes phones: "+442071234567" is a number
    /// with its country code, not a formula to neutralize.
    ///
    /// ```swift
    /// let bytes = ReportTable(header: ["Name"], rows: [["=cmd"]]).csvData(byteOrderMark: false)
    /// // "Name\r\n'=cmd\r\n"
    /// ```
    public func csvData(byteOrderMark: Bool = true) -> Data {
        var writer = CSVWriter(options: .init(byteOrderMark: byteOrderMark))
        writer.writeRow(header.map { CSVCell.verbatim($0) })
        let phone = header.firstIndex(of: "Phone")
        for row in rows { writer.writeRow(Self.csvCells(row, phoneColumn: phone)) }
        return writer.data
    }

    /// A row's cells as every CSV Convene writes them (this table's and `merge --csv`'s): formula-safe text, the
    /// phone column as ``MergeOutput/phoneCell(_:)`` writes phones.
    static func csvCells(_ row: [String], phoneColumn: Int?) -> [CSVCell] {
        row.enumerated().map { i, value in
            i == phoneColumn && !value.isEmpty ? MergeOutput.phoneCell(value) : CSVCell.text(value)
        }
    }
}
