/// An Excel table ("Format as Table"): a named range with a header row, filter buttons, banded style and
/// an optional total row.
///
/// The header cells are written from ``columns`` (libxlsxwriter writes them), so callers only write data
/// rows. Not available in constant-memory mode.
///
/// ```swift
/// var table = Table(range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 20, lastColumn: 2), name: "People")
/// table.style = .medium(2)
/// table.columns = [TableColumn("Name"), TableColumn("Organization"),
///                  TableColumn("Meetings", total: .sum, format: .integer)]
/// table.hasTotalRow = true        // the last row of `range` becomes the total row
/// try sheet.addTable(table)
/// ```
public struct Table: Hashable, Sendable {
    /// The whole table including the header row (and the total row, if any).
    public var range: CellRange
    /// A workbook-unique name (letters, digits, `_`, `.`; starts with a letter or `_`); `nil` lets Excel
    /// number it (`Table1`, …).
    public var name: String?
    /// The look; by default `TableStyleMedium9`, Excel's own default.
    public var style: TableStyle = .medium(9)
    /// One entry per column in `range`; an empty array means Excel's `Column1`, `Column2`, … headers.
    public var columns: [TableColumn] = []
    /// Whether the first row of ``range`` is the header row.
    public var hasHeaderRow = true
    /// Whether the header cells carry filter buttons.
    public var hasAutofilter = true
    /// Alternate row shading.
    public var bandedRows = true
    /// Alternate column shading.
    public var bandedColumns = false
    /// Highlights the first column.
    public var emphasizesFirstColumn = false
    /// Highlights the last column.
    public var emphasizesLastColumn = false
    /// Whether the last row of `range` is a total row (see ``TableColumn/total``).
    public var hasTotalRow = false

    /// A table over `range` (header row included) with Excel's default style.
    ///
    /// ```swift
    /// let table = Table(range: try CellRange(a1: "A1:C40"), name: "Contacts",
    ///                   columns: [TableColumn("Name"), TableColumn("Organization"), TableColumn("Email")])
    /// try sheet.addTable(table)
    /// ```
    public init(range: CellRange, name: String? = nil, columns: [TableColumn] = []) {
        self.range = range
        self.name = name
        self.columns = columns
    }
}

/// One of Excel's built-in table styles.
///
/// ```swift
/// var table = Table(range: try CellRange(a1: "A1:D30"))
/// table.style = .light(9)
/// ```
public enum TableStyle: Hashable, Sendable {
    /// No style (plain cells with filter buttons).
    case none
    /// `TableStyleLight1` … `TableStyleLight21`.
    case light(Int)
    /// `TableStyleMedium1` … `TableStyleMedium28`.
    case medium(Int)
    /// `TableStyleDark1` … `TableStyleDark11`.
    case dark(Int)
}

/// A table column: its header, optional total-row entry, and formats.
///
/// ```swift
/// let rate = TableColumn("Attendance rate", formula: "=[@Attended]/[@Invited]", format: .percent)
/// ```
public struct TableColumn: Hashable, Sendable {
    /// The header cell's text.
    public var header: String
    /// The total-row function for this column (ignored without a total row).
    public var total: TableTotal?
    /// A text shown in the total row instead of a function (e.g. "Total").
    public var totalLabel: String?
    /// A structured-reference formula filling the column, e.g. `"=[@Attended]/[@Invited]"`.
    public var formula: String?
    /// Format of the column's data cells.
    public var format: Format?
    /// Format of the column's header cell.
    public var headerFormat: Format?

    /// A column headed `header`; the other arguments set the properties of the same names.
    ///
    /// ```swift
    /// let count = TableColumn("Meetings", total: .sum, format: .integer)
    /// let label = TableColumn("Name", totalLabel: "Total")
    /// ```
    public init(_ header: String, total: TableTotal? = nil, totalLabel: String? = nil, formula: String? = nil,
                format: Format? = nil, headerFormat: Format? = nil) {
        self.header = header
        self.total = total
        self.totalLabel = totalLabel
        self.formula = formula
        self.format = format
        self.headerFormat = headerFormat
    }
}

/// Functions Excel offers in a table's total row (`SUBTOTAL` codes).
///
/// ```swift
/// table.columns = [TableColumn("Organization", totalLabel: "Total"), TableColumn("Attended", total: .sum)]
/// table.hasTotalRow = true
/// ```
public enum TableTotal: Hashable, Sendable {
    case average, countNumbers, count, max, min, standardDeviation, sum, variance
}
