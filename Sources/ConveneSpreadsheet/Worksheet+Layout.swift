/// Column widths, row heights, panes, filters, merged cells, printing and protection.
extension Worksheet {
    /// Sets the width (in characters, Excel's unit; default 8.43) of `columns`, optionally with a default
    /// format for their empty cells or hidden. ``autofitColumns(minimum:maximum:)`` leaves these columns alone.
    ///
    /// ```swift
    /// try sheet.setColumnWidth(30, columns: 0...0)
    /// try sheet.setColumnWidth(12, columns: 3...6, format: .date)
    /// ```
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: Format? = nil,
                               hidden: Bool = false) throws {
        guard columns.lowerBound >= 0, columns.upperBound < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: 0, column: columns.lowerBound < 0 ? columns.lowerBound : columns.upperBound)
        }
        guard width >= 0, width <= 255 else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: nil, reason: "column width \(width) is outside 0...255")
        }
        try handle.setColumns(columns.lowerBound, columns.upperBound, width: width, format: format, hidden: hidden)
        explicitColumns.formUnion(columns)
    }

    /// Sets one column's width.
    ///
    /// ```swift
    /// try sheet.setColumnWidth(30, column: 0)
    /// ```
    public func setColumnWidth(_ width: Double, column: Int, format: Format? = nil) throws {
        try setColumnWidth(width, columns: column...column, format: format)
    }

    /// Sets a row's height in points (default 15), optionally with a default format or hidden.
    ///
    /// ```swift
    /// try sheet.setRowHeight(30, row: 0, format: .header)
    /// ```
    public func setRowHeight(_ height: Double, row: Int, format: Format? = nil, hidden: Bool = false) throws {
        guard row >= 0, row < ExcelLimits.maxRows else { throw SpreadsheetError.cellOutOfBounds(sheet: name, row: row, column: 0) }
        guard height >= 0, height <= 409 else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: "row \(row + 1)", reason: "row height \(height) is outside 0...409 points")
        }
        try handle.setRow(row, height: height, format: format, hidden: hidden)
    }

    /// Keeps the top `rows` rows and the left `columns` columns in view while scrolling.
    ///
    /// ```swift
    /// try sheet.freezePanes(rows: 1)               // header row
    /// try sheet.freezePanes(rows: 1, columns: 2)   // header row and two name columns
    /// ```
    public func freezePanes(rows: Int, columns: Int = 0) throws {
        guard rows >= 0, rows < ExcelLimits.maxRows, columns >= 0, columns < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: rows, column: columns)
        }
        try handle.freezePanes(rows: rows, columns: columns)
    }

    /// Adds filter buttons to the first row of `range` (one autofilter per sheet; tables have their own).
    ///
    /// ```swift
    /// try sheet.setAutofilter(try CellRange(a1: "A1:F200"))
    /// ```
    public func setAutofilter(_ range: CellRange) throws {
        try checkRange(range)
        if let table = tables.first(where: { $0.overlaps(range) }) {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1,
                                                   reason: "the autofilter overlaps table \(table.a1), which has its own filter")
        }
        try handle.autofilter(range)
    }

    /// Merges `range` into one cell showing `text` (always text, never a formula).
    ///
    /// ```swift
    /// try sheet.merge(try CellRange(a1: "A1:F1"), text: "Spring convening", format: .bold.with { $0.horizontalAlignment = .center })
    /// ```
    public func merge(_ range: CellRange, text: String, format: Format? = nil) throws {
        try checkRange(range)
        guard range.rowCount > 1 || range.columnCount > 1 else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1, reason: "a merged range needs at least two cells")
        }
        if let other = (merges + tables).first(where: { $0.overlaps(range) }) {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1, reason: "it overlaps \(other.a1), already merged or a table")
        }
        try checkText(text, limit: ExcelLimits.maxCellText, what: "merged cell text", cell: range.a1)
        _ = try position(range.firstRow, range.firstColumn)
        try handle.mergeRange(range, OOXMLEscape.protect(text), format)
        merges.append(range)
    }

    /// Sets orientation, scaling, repeated rows, print area, header and footer.
    ///
    /// ```swift
    /// var page = PageSetup()
    /// page.orientation = .landscape
    /// try sheet.setPageSetup(page)
    /// ```
    public func setPageSetup(_ page: PageSetup) throws {
        try checkText(page.header, limit: 255, what: "page header", cell: nil)
        try checkText(page.footer, limit: 255, what: "page footer", cell: nil)
        if let rows = page.repeatedRows, rows.lowerBound < 0 || rows.upperBound >= ExcelLimits.maxRows {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: rows.lowerBound < 0 ? rows.lowerBound : rows.upperBound, column: 0)
        }
        if let area = page.printArea { try checkRange(area) }
        try handle.applyPageSetup(page)
    }

    /// Protects the sheet: locked cells (the default) cannot be edited; cells written with a format whose
    /// ``Format/isLocked`` is `false` stay editable. `password` (optional) only deters casual changes.
    ///
    /// ```swift
    /// try sheet.writeBlank(row: 4, column: 2, format: Format().unlocked())   // an input cell
    /// try sheet.protect()
    /// ```
    public func protect(password: String? = nil, allowing permissions: SheetProtection = SheetProtection()) throws {
        try checkText(password, limit: 255, what: "password", cell: nil)
        try handle.protect(password: password?.isEmpty == true ? nil : password, permissions)
    }

    /// Makes this the sheet shown when the workbook opens.
    ///
    /// ```swift
    /// try dashboard.activate()
    /// ```
    public func activate() throws { try handle.activate() }

    /// Hides the sheet tab (a hidden sheet still feeds lists and formulas).
    ///
    /// ```swift
    /// let lists = try workbook.addWorksheet(named: "Lists")
    /// try lists.hide()
    /// ```
    public func hide() throws { try handle.hide() }

    /// Colours the sheet tab.
    ///
    /// ```swift
    /// try sheet.setTabColor(.navy)
    /// ```
    public func setTabColor(_ color: Color) throws { try handle.setTabColor(color) }

    /// Sets the zoom level, 10–400 percent.
    ///
    /// ```swift
    /// try sheet.setZoom(85)
    /// ```
    public func setZoom(_ percent: Int) throws {
        guard (10...400).contains(percent) else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: nil, reason: "zoom \(percent)% is outside 10...400")
        }
        try handle.setZoom(percent)
    }

    /// Hides the grid lines on screen and in print.
    ///
    /// ```swift
    /// try dashboard.hideGridlines()
    /// ```
    public func hideGridlines() throws { try handle.hideScreenGridlines() }
}
