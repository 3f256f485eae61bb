import Foundation

/// One cell read from a sheet.
///
/// ```swift
/// if let cell = sheet.cell(XLSXCellReference("D2")!) {
///     print(cell.value.text, cell.formula ?? "", cell.numberFormat ?? "")   // 3 =COUNTA(E2:G2) 0
/// }
/// ```
public struct XLSXCell: Hashable, Sendable {
    /// Where the cell is (1-based row and column).
    public let reference: XLSXCellReference
    /// The typed value; for a formula, its cached result (what Excel showed when the file was saved).
    public let value: XLSXCellValue
    /// The formula text without the leading `=` (e.g. `SUM(B2:B9)`), or nil. Shared formulas are translated
    /// to this cell's position, as Excel shows them.
    public let formula: String?
    /// The number format code (`General`, `0.00`, `yyyy-mm-dd`, …), if the cell has a style that sets one.
    public let numberFormat: String?

    /// Creates a cell; the reader builds these.
    ///
    /// ```swift
    /// let cell = XLSXCell(reference: XLSXCellReference("A1")!, value: .string("Name"))
    /// ```
    public init(reference: XLSXCellReference, value: XLSXCellValue, formula: String? = nil,
                numberFormat: String? = nil) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
    }
}

/// One row that has at least one cell with a value or a formula. Empty rows (and styled blank cells) are not
/// listed, so use ``number`` (not the position in ``XLSXSheet/rows``) when reporting a line to the user.
///
/// ```swift
/// for row in sheet.rows.dropFirst() {
///     print("line \(row.number):", row[column: 1].text, row.cell(column: 2)?.value.text ?? "")
/// }
/// ```
public struct XLSXRow: Hashable, Sendable {
    /// The 1-based row number as Excel shows it.
    public let number: Int
    /// The cells with a value or formula, left to right. Gaps are columns with no such cell.
    public let cells: [XLSXCell]

    /// Creates a row; the reader builds these.
    ///
    /// ```swift
    /// let row = XLSXRow(number: 2, cells: [XLSXCell(reference: XLSXCellReference("A2")!, value: .string("Ada"))])
    /// ```
    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// Values from column A to the last cell, with ``XLSXCellValue/empty`` in the gaps (`values[0]` is column A).
    public var values: [XLSXCellValue] {
        guard let last = cells.last?.reference.column else { return [] }
        var values = [XLSXCellValue](repeating: .empty, count: last)
        for cell in cells { values[cell.reference.column - 1] = cell.value }
        return values
    }

    /// ``values`` rendered with ``XLSXCellValue/text`` — what a CSV-like importer wants.
    public var texts: [String] { values.map(\.text) }

    /// The value in a 1-based column, or ``XLSXCellValue/empty``.
    ///
    /// ```swift
    /// let email = row[column: 3].text   // column C
    /// ```
    public subscript(column column: Int) -> XLSXCellValue {
        cell(column: column)?.value ?? .empty
    }

    /// The cell in a 1-based column, if there is one.
    ///
    /// ```swift
    /// let formula = row.cell(column: 4)?.formula   // "=COUNTA(E2:G2)"
    /// ```
    public func cell(column: Int) -> XLSXCell? {
        // Cells are sorted by column: binary search keeps wide rows fast.
        var low = 0
        var high = cells.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let found = cells[middle].reference.column
            if found == column { return cells[middle] }
            if found < column { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// True when every cell is empty or whitespace.
    public var isBlank: Bool { cells.allSatisfy(\.value.isBlank) }
}

/// An Excel table (ListObject) on a sheet: `Insert > Table`.
///
/// ```swift
/// if let table = sheet.table(named: "ActionPlan") {
///     print(table.columnNames, table.dataRange?.description ?? "no data")   // ["Action", "Owner", …] A2:F31
/// }
/// ```
public struct XLSXTable: Hashable, Sendable {
    /// The table's name used in formulas (`displayName`), e.g. `People`.
    public let name: String
    /// The whole table including header and totals rows.
    public let range: XLSXCellRange
    /// Column names in order, as the header row shows them.
    public let columnNames: [String]
    /// Number of header rows (0 or 1).
    public let headerRowCount: Int
    /// Number of totals rows (0 or 1).
    public let totalsRowCount: Int
    /// The style name, e.g. `TableStyleMedium9`, if any.
    public let styleName: String?

    /// The data rows only (without header and totals rows); nil when the table has no data row.
    public var dataRange: XLSXCellRange? {
        let first = range.start.row + headerRowCount
        let last = range.end.row - totalsRowCount
        guard first <= last,
              let start = XLSXCellReference(row: first, column: range.start.column),
              let end = XLSXCellReference(row: last, column: range.end.column) else { return nil }
        return XLSXCellRange(start, end)
    }
}

/// A data-validation rule (e.g. a drop-down list) on some cells.
///
/// ```swift
/// for validation in sheet.dataValidations where validation.type == "list" {
///     print(validation.ranges, validation.listItems ?? [])   // [F2:F200] ["Not started", "In progress", "Done"]
/// }
/// ```
public struct XLSXDataValidation: Hashable, Sendable {
    /// `list`, `whole`, `decimal`, `date`, `time`, `textLength`, `custom`, or `any`.
    public let type: String
    /// The cells the rule applies to (`sqref` may list several ranges).
    public let ranges: [XLSXCellRange]
    /// The first formula: for an inline list `"Open,Done"` (with quotes), for a range `Lists!$A$2:$A$6`.
    public let formula1: String?
    /// The second formula (the upper bound of `between`), if any.
    public let formula2: String?
    /// `between`, `greaterThan`, … if the type takes one.
    public let comparison: String?
    /// Blank cells pass the rule.
    public let allowsBlank: Bool

    /// For an inline list (`"Open,In progress,Done"`), its items; nil for a range or non-list rule.
    public var listItems: [String]? {
        guard type == "list", let formula = formula1, formula.hasPrefix("\""), formula.hasSuffix("\""),
              formula.count >= 2 else { return nil }
        let inner = formula.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
        return inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A hyperlink attached to a cell.
///
/// ```swift
/// for link in sheet.hyperlinks {
///     print(link.range, link.url ?? link.location ?? "")
/// }
/// ```
public struct XLSXHyperlink: Hashable, Sendable {
    /// The cell or range the link covers.
    public let range: XLSXCellRange
    /// The external target (`https://…`, `mailto:…`), if any.
    public let url: String?
    /// A place inside the workbook (`Sheet2!A1`), if any.
    public let location: String?
    /// The tooltip, if any.
    public let tooltip: String?
}

/// A note (Excel "comment") attached to a cell.
///
/// ```swift
/// for note in sheet.notes {
///     print(note.reference, note.author ?? "", note.text)
/// }
/// ```
public struct XLSXNote: Hashable, Sendable {
    /// The cell the note belongs to.
    public let reference: XLSXCellReference
    /// The note's text, rich-text runs concatenated.
    public let text: String
    /// The author, if the file names one.
    public let author: String?
}

/// A worksheet's contents: its rows (only rows that have cells), merged ranges, tables, validations and links.
///
/// ```swift
/// let reader = try XLSXReader(contentsOf: url)
/// let sheet = try reader.sheet(named: "Contacts")
/// for row in sheet.rows.dropFirst() {           // skip the header row
///     print(row.number, row.texts)             // 2 ["Ada", "Lovelace", "2025-03-07"]
/// }
/// ```
public struct XLSXSheet: Hashable, Sendable {
    /// Name, position and visibility.
    public let info: XLSXSheetInfo
    /// Rows that have at least one cell with a value or formula, top to bottom.
    public let rows: [XLSXRow]
    /// Merged ranges (`A1:C1`); the value lives in the top-left cell.
    public let mergedRanges: [XLSXCellRange]
    /// Tables on the sheet.
    public let tables: [XLSXTable]
    /// Data-validation rules.
    public let dataValidations: [XLSXDataValidation]
    /// Hyperlinks.
    public let hyperlinks: [XLSXHyperlink]
    /// The used range the file declares (`<dimension ref>`), which writers do not always keep exact.
    public let declaredDimension: XLSXCellRange?
    /// The first frozen row/column pane's top-left cell (`B2` = one row and one column frozen), if frozen.
    public let frozenPaneTopLeft: XLSXCellReference?
    /// The sheet's autofilter range (not a table's own filter), if any.
    public var autoFilter: XLSXCellRange? = nil
    /// Whether the sheet is protected (`<sheetProtection sheet="1">`).
    public var isProtected = false
    /// Notes (comments) on cells, in file order.
    public var notes: [XLSXNote] = []

    /// The sheet's name.
    public var name: String { info.name }

    /// The smallest range holding every cell, or nil for an empty sheet.
    public var usedRange: XLSXCellRange? {
        guard let first = rows.first, let last = rows.last else { return nil }
        let minColumn = rows.compactMap { $0.cells.first?.reference.column }.min() ?? 1
        let maxColumn = rows.compactMap { $0.cells.last?.reference.column }.max() ?? 1
        return XLSXCellRange(XLSXCellReference(row: first.number, column: minColumn)!,
                             XLSXCellReference(row: last.number, column: maxColumn)!)
    }

    /// The row with a 1-based number, if it has cells.
    ///
    /// ```swift
    /// let header = sheet.row(1)?.texts ?? []
    /// ```
    public func row(_ number: Int) -> XLSXRow? {
        var low = 0
        var high = rows.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let found = rows[middle].number
            if found == number { return rows[middle] }
            if found < number { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The cell at a reference, if it exists.
    ///
    /// ```swift
    /// let owner = sheet.cell(XLSXCellReference("C2")!)?.value.text
    /// ```
    public func cell(_ reference: XLSXCellReference) -> XLSXCell? {
        row(reference.row)?.cell(column: reference.column)
    }

    /// The value at an A1 reference such as `"C7"`; ``XLSXCellValue/empty`` when there is no cell (or the
    /// reference is malformed).
    ///
    /// ```swift
    /// let title = sheet["A1"].text
    /// ```
    public subscript(_ a1: String) -> XLSXCellValue {
        guard let reference = XLSXCellReference(a1) else { return .empty }
        return cell(reference)?.value ?? .empty
    }

    /// The table with a name (case-insensitive, as in Excel), if any.
    ///
    /// ```swift
    /// let plan = sheet.table(named: "actionplan")   // finds "ActionPlan"
    /// ```
    public func table(named name: String) -> XLSXTable? {
        tables.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
