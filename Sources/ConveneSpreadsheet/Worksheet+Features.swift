import Foundation

/// Tables, data validation, conditional formats, notes and charts.
extension Worksheet {
    /// Adds an Excel table over ``Table/range`` (see ``Table`` for an example).
    ///
    /// ```swift
    /// try sheet.writeRow([.string("Name"), .string("Email")], row: 0)
    /// try sheet.addTable(Table(range: try CellRange(a1: "A1:B20"), columns: [TableColumn("Name"), TableColumn("Email")]))
    /// ```
    ///
    /// - Throws: ``SpreadsheetError/invalidArgument(sheet:cell:reason:)`` if the column count does not match
    ///   the range, headers repeat (Excel would "repair" the file), the name is invalid or taken, the range
    ///   overlaps another table or merged range, or the workbook is in constant-memory mode.
    public func addTable(_ table: Table) throws {
        let r = table.range
        try checkRange(r)
        func fail(_ reason: String) -> SpreadsheetError { .invalidArgument(sheet: name, cell: r.a1, reason: reason) }
        guard !handle.workbook.constantMemory else { throw fail("tables are not available in constant-memory mode") }
        let minimumRows = 1 + (table.hasHeaderRow ? 1 : 0) + (table.hasTotalRow ? 1 : 0)
        guard r.rowCount >= minimumRows else { throw fail("a table with these options needs at least \(minimumRows) rows") }
        if !table.columns.isEmpty, table.columns.count != r.columnCount {
            throw fail("\(table.columns.count) columns given for a range \(r.columnCount) columns wide")
        }
        var seen: Set<String> = []
        for column in table.columns {
            try checkText(column.header, limit: 255, what: "table header", cell: r.a1)
            guard !column.header.isEmpty else { throw fail("a table header cannot be empty") }
            guard seen.insert(column.header.lowercased()).inserted else { throw fail("the header \"\(column.header)\" appears twice") }
            try checkText(column.totalLabel, limit: 255, what: "table total label", cell: r.a1)
        }
        if let tableName = table.name {
            try ExcelName.validate(tableName, what: "table name")
            guard !handle.workbook.tableNames.contains(tableName.lowercased()) else { throw fail("the table name \"\(tableName)\" is already used") }
        }
        switch table.style {
        case .none: break
        case let .light(n) where (1...21).contains(n): break
        case let .medium(n) where (1...28).contains(n): break
        case let .dark(n) where (1...11).contains(n): break
        default: throw fail("\(table.style) is not a built-in table style (light 1-21, medium 1-28, dark 1-11)")
        }
        if let other = (tables + merges).first(where: { $0.overlaps(r) }) { throw fail("it overlaps \(other.a1)") }
        try handle.addTable(table)
        tables.append(r)
        if let tableName = table.name { handle.workbook.tableNames.insert(tableName.lowercased()) }
        for (offset, column) in table.columns.enumerated() where table.hasHeaderRow {
            contentWidths.noteText(column.header, column: r.firstColumn + offset, bold: true)
            contentWidths.note(Worksheet.estimatedWidth(of: column.header) + 2, column: r.firstColumn + offset)   // filter button
        }
    }

    /// Restricts what can be typed into `range` (see ``DataValidation`` for examples).
    ///
    /// ```swift
    /// try sheet.addDataValidation(DataValidation(.list(["Yes", "No"])), to: try CellRange(a1: "D2:D500"))
    /// ```
    ///
    /// - Throws: ``SpreadsheetError/validationListTooLong(sheet:range:length:limit:)`` for an inline list
    ///   over 255 characters (items plus commas); ``SpreadsheetError/invalidArgument(sheet:cell:reason:)``
    ///   for an empty list, an item containing a comma, or a list range on a sheet that does not exist.
    public func addDataValidation(_ validation: DataValidation, to range: CellRange) throws {
        try checkRange(range)
        func fail(_ reason: String) -> SpreadsheetError { .invalidArgument(sheet: name, cell: range.a1, reason: reason) }
        try checkText(validation.inputTitle, limit: 32, what: "validation input title", cell: range.a1)
        try checkText(validation.errorTitle, limit: 32, what: "validation error title", cell: range.a1)
        try checkText(validation.inputMessage, limit: 255, what: "validation input message", cell: range.a1)
        try checkText(validation.errorMessage, limit: 255, what: "validation error message", cell: range.a1)
        switch validation.rule {
        case let .list(items):
            guard !items.isEmpty else { throw fail("an inline validation list needs at least one item") }
            if let item = items.first(where: { $0.contains(",") }) {
                throw fail("the list item \"\(item)\" contains a comma, which Excel reads as a separator; use a list range")
            }
            if items.contains(where: { $0.isEmpty }) { throw fail("an inline validation list item cannot be empty") }
            // Counted as Excel stores it: items joined by commas, inner quotes doubled.
            let length = items.reduce(items.count - 1) { $0 + DataValidation.quotedListItem($1).unicodeScalars.count }
            guard length <= ExcelLimits.maxInlineListLength else {
                throw SpreadsheetError.validationListTooLong(sheet: name, range: range.a1, length: length,
                                                             limit: ExcelLimits.maxInlineListLength)
            }
        case let .listRange(source):
            guard handle.workbook.sheetNames[source.sheet.lowercased()] != nil else {
                throw fail("the list source sheet \"\(source.sheet)\" does not exist")
            }
            try checkRange(source.range)
        case let .listFormula(formula), let .custom(formula):
            guard !formula.trimmingCharacters(in: .whitespaces).isEmpty, formula != "=" else { throw fail("the validation formula is empty") }
            try checkText(formula, limit: 255, what: "validation formula", cell: range.a1)
        case let .date(criterion):
            let (_, first, second) = criterion.validation
            if let problem = first.problem ?? second?.problem { throw fail(problem) }
        case .wholeNumber, .decimal, .textLength:
            break
        }
        try handle.addDataValidation(validation, range)
    }

    /// Formats the cells of `range` that match a rule (see ``ConditionalFormat`` for examples).
    ///
    /// ```swift
    /// let done = Format().with { $0.fillColor = .goodFill }
    /// try sheet.addConditionalFormat(ConditionalFormat(.textContains("Done", format: done)), to: try CellRange(a1: "F2:F200"))
    /// ```
    public func addConditionalFormat(_ conditionalFormat: ConditionalFormat, to range: CellRange) throws {
        try checkRange(range)
        switch conditionalFormat.rule {
        case let .formula(formula, _):
            guard !formula.trimmingCharacters(in: .whitespaces).isEmpty, formula != "=" else {
                throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1, reason: "the conditional-format formula is empty")
            }
        case let .textContains(text, _):
            guard !text.isEmpty else {
                throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1, reason: "the text to look for is empty")
            }
            try checkText(text, limit: 255, what: "conditional-format text", cell: range.a1)
            // libxlsxwriter pastes the text into SEARCH("…") unescaped; a quote would break the formula.
            guard !text.contains("\"") else {
                throw SpreadsheetError.invalidArgument(sheet: name, cell: range.a1,
                                                       reason: "text to look for contains a double quote; use a .formula rule instead")
            }
        default:
            break
        }
        try handle.addConditionalFormat(conditionalFormat, range)
    }

    /// Attaches a note (Excel's classic comment) to a cell; it shows on hover unless `visible`.
    ///
    /// ```swift
    /// try sheet.addNote("Merged from 3 sign-in sheets", row: 4, column: 0, author: "Convene")
    /// ```
    public func addNote(_ text: String, row: Int, column: Int, author: String? = nil, visible: Bool = false) throws {
        let cell = CellAddress(row: row, column: column).a1
        guard row >= 0, row < ExcelLimits.maxRows, column >= 0, column < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: row, column: column)
        }
        guard !text.isEmpty else { throw SpreadsheetError.invalidArgument(sheet: name, cell: cell, reason: "a note cannot be empty") }
        try checkText(text, limit: ExcelLimits.maxCellText, what: "note", cell: cell)
        try checkText(author, limit: 255, what: "note author", cell: cell)
        try handle.writeComment(UInt32(row), UInt16(column), text, author: author, visible: visible)
    }

    /// Draws `chart` with its top-left corner at the cell, scaled from Excel's default 480×288 pixels.
    ///
    /// ```swift
    /// try dashboard.insertChart(Chart(.pie, title: "Partners by kind", series: [series]), row: 2, column: 4, xScale: 1.5)
    /// ```
    ///
    /// - Throws: ``SpreadsheetError/invalidArgument(sheet:cell:reason:)`` for a chart without series, a series
    ///   on a sheet that does not exist, or a title or name starting with `=` (titles are literal text).
    public func insertChart(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        let cell = CellAddress(row: row, column: column).a1
        func fail(_ reason: String) -> SpreadsheetError { .invalidArgument(sheet: name, cell: cell, reason: reason) }
        guard row >= 0, row < ExcelLimits.maxRows, column >= 0, column < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: row, column: column)
        }
        guard !chart.series.isEmpty else { throw fail("a chart needs at least one series") }
        guard xScale > 0, yScale > 0 else { throw fail("chart scale must be positive") }
        if let style = chart.style, !(1...48).contains(style) { throw fail("chart style \(style) is outside 1...48") }
        // libxlsxwriter reads a leading "=" in these texts as a formula; they are literal text here.
        let texts = [chart.title, chart.categoryAxisTitle, chart.valueAxisTitle] + chart.series.map(\.name)
        for text in texts.compactMap({ $0 }) {
            guard !text.hasPrefix("=") else { throw fail("chart text \"\(text)\" starts with \"=\"") }
            try checkText(text, limit: 255, what: "chart text", cell: cell)
        }
        for series in chart.series {
            for source in [series.values] + (series.categories.map { [$0] } ?? []) {
                guard handle.workbook.sheetNames[source.sheet.lowercased()] != nil else {
                    throw fail("the series data sheet \"\(source.sheet)\" does not exist")
                }
                try checkRange(source.range)
            }
        }
        let built = try handle.workbook.buildChart(chart)
        try handle.insertChart(built, row: row, column: column, xScale: xScale, yScale: yScale)
    }
}

extension DataValidation {
    /// An inline list item as it appears inside the list's quoted formula string (`"` doubled).
    static func quotedListItem(_ item: String) -> String {
        item.contains("\"") ? item.replacingOccurrences(of: "\"", with: "\"\"") : item
    }
}
