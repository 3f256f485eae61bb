import Foundation

/// One sheet of a ``Workbook``: cells, layout, tables, validation, conditional formats, notes and charts.
///
/// Obtained from ``Workbook/addWorksheet(named:)``. Rows and columns are zero-based (`row: 0, column: 0`
/// is `A1`). Every method checks its arguments against Excel's limits before touching the file, and throws
/// ``SpreadsheetError`` with the sheet and cell when something is wrong.
///
/// ```swift
/// let sheet = try workbook.addWorksheet(named: "Meetings")
/// try sheet.write(.string("=not a formula"), row: 0, column: 0)          // stays text
/// try sheet.writeNumber(12, row: 0, column: 1)
/// try sheet.writeDate(ExcelDateTime(year: 2026, month: 3, day: 14), row: 0, column: 2)
/// try sheet.writeFormula("=B1*2", result: .number(24), row: 0, column: 3)
/// try sheet.writeURL("https://example.org/agenda", text: "Agenda", row: 0, column: 4)
/// try sheet.autofitColumns()
/// ```
///
/// A class that never exposes C pointers; not `Sendable` (use it on the thread that owns the workbook).
public final class Worksheet {
    let handle: SheetHandle
    /// Widest content seen per column, for ``autofitColumns(minimum:maximum:)``.
    var contentWidths = ColumnWidths()
    /// Columns given an explicit width, which autofit leaves alone.
    var explicitColumns: Set<Int> = []
    var tables: [CellRange] = []
    var merges: [CellRange] = []
    /// The row most recently written in constant-memory mode (earlier rows are already on disk).
    private var streamingRow = -1

    init(_ handle: SheetHandle) { self.handle = handle }

    /// The sheet's name as shown on its tab.
    public var name: String { handle.name }

    // MARK: Cells

    /// Writes any kind of cell. `format` defaults to ``Format/date`` / ``Format/dateTime`` for dates and
    /// ``Format/hyperlink`` for URLs.
    ///
    /// ```swift
    /// try sheet.write(.date(ExcelDateTime(year: 2026, month: 8, day: 25)), row: 1, column: 2)   // C2, 2026-08-25
    /// ```
    public func write(_ value: CellValue, row: Int, column: Int, format: Format? = nil) throws {
        switch value {
        case let .string(text): try writeString(text, row: row, column: column, format: format)
        case let .number(number): try writeNumber(number, row: row, column: column, format: format)
        case let .date(date): try writeDate(date, row: row, column: column, format: format)
        case let .boolean(flag): try writeBoolean(flag, row: row, column: column, format: format)
        case let .formula(formula, result): try writeFormula(formula, result: result, row: row, column: column, format: format)
        case let .url(address, text): try writeURL(address, text: text, row: row, column: column, format: format)
        case .blank: try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes `values` left to right starting at `column`.
    ///
    /// ```swift
    /// try sheet.writeRow([.string("Name"), .string("Organization"), .string("Email")], row: 0, format: .header)
    /// ```
    public func writeRow(_ values: [CellValue], row: Int, column: Int = 0, format: Format? = nil) throws {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, column: column + offset, format: format)
        }
    }

    /// Writes text exactly as given: it is never interpreted as a formula, number or date.
    /// An empty string leaves the cell empty (formatted if `format` is given).
    ///
    /// ```swift
    /// try sheet.writeString("=HYPERLINK(\"x\")", row: 1, column: 0)   // shown as typed, not run
    /// ```
    public func writeString(_ text: String, row: Int, column: Int, format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        if let length = lengthIfOver(ExcelLimits.maxCellText, text) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                               what: "cell text", length: length, limit: ExcelLimits.maxCellText)
        }
        if text.isEmpty {
            if format != nil { try handle.writeBlank(r, c, format) }
            return
        }
        try handle.writeString(r, c, OOXMLEscape.protect(text), format)
        contentWidths.noteText(text, column: column, bold: format?.bold ?? false)
    }

    /// Writes a number. NaN and infinities are refused (Excel cannot store them).
    ///
    /// ```swift
    /// try sheet.writeNumber(0.42, row: 1, column: 3, format: .percent)   // 42%
    /// ```
    public func writeNumber(_ number: Double, row: Int, column: Int, format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        guard number.isFinite else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                                   reason: "\(number) is not a finite number")
        }
        try handle.writeNumber(r, c, number, format)
        contentWidths.noteNumber(number, column: column, format: format)
    }

    /// Writes a date or date-time; without a format it shows as `2026-03-14` or `2026-03-14 09:30`.
    /// An impossible date (2026-02-30, year 1899) throws ``SpreadsheetError/invalidArgument(sheet:cell:reason:)``.
    ///
    /// ```swift
    /// try sheet.writeDate(ExcelDateTime(year: 2026, month: 3, day: 14, hour: 9, minute: 30), row: 1, column: 2)
    /// ```
    public func writeDate(_ date: ExcelDateTime, row: Int, column: Int, format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        if let problem = date.problem {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: CellAddress(row: row, column: column).a1, reason: problem)
        }
        let shown = format ?? (date.hasTime ? .dateTime : .date)
        try handle.writeDateTime(r, c, date, shown)
        contentWidths.note(Double(shown.numberFormat?.count ?? 10), column: column)
    }

    /// Writes a calendar date (`year`, `month` 1–12, `day`) shown as `2026-03-14` unless `format` says otherwise.
    ///
    /// ```swift
    /// try sheet.writeDate(year: 2026, month: 3, day: 14, row: 1, column: 2)
    /// ```
    public func writeDate(year: Int, month: Int, day: Int, row: Int, column: Int, format: Format? = nil) throws {
        try writeDate(ExcelDateTime(year: year, month: month, day: day), row: row, column: column, format: format)
    }

    /// Writes `TRUE` or `FALSE`.
    ///
    /// ```swift
    /// try sheet.writeBoolean(true, row: 1, column: 4)
    /// ```
    public func writeBoolean(_ value: Bool, row: Int, column: Int, format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        try handle.writeBoolean(r, c, value, format)
        contentWidths.note(5, column: column)
    }

    /// Writes a formula such as `"=SUM(B2:B20)"` (leading `=` optional) with the value viewers show until
    /// Excel recalculates. Never pass text from data here; use ``writeString(_:row:column:format:)``.
    ///
    /// ```swift
    /// try sheet.writeFormula("=COUNTA(A2:A200)", result: .number(37), row: 0, column: 6)
    /// ```
    public func writeFormula(_ formula: String, result: FormulaResult? = nil, row: Int, column: Int,
                             format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        let trimmed = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        guard !trimmed.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                                   reason: "the formula is empty")
        }
        if let length = lengthIfOver(8192, trimmed) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                               what: "formula", length: length, limit: 8192)
        }
        if case let .number(number)? = result, !number.isFinite {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                                   reason: "cached result \(number) is not a finite number")
        }
        if case let .string(text)? = result, let length = lengthIfOver(ExcelLimits.maxCellText, text) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                               what: "cached formula text", length: length, limit: ExcelLimits.maxCellText)
        }
        var cached = result
        if case let .string(text)? = result { cached = .string(OOXMLEscape.protect(text)) }
        try handle.writeFormula(r, c, trimmed, cached, format)
        switch result {
        case let .string(text)?: contentWidths.noteText(text, column: column, bold: format?.bold ?? false)
        case let .number(number)?: contentWidths.noteNumber(number, column: column, format: format)
        default: contentWidths.note(6, column: column)
        }
    }

    /// Writes a hyperlink: `https://…`, `http://…`, `mailto:…`, `ftp://…`, `file:///…`, or
    /// `internal:Sheet2!A1` for a place in this workbook. `text` is shown instead of the address.
    ///
    /// ```swift
    /// try sheet.writeURL("mailto:dana@example.org", text: "Dana Okafor", row: 1, column: 2)
    /// try sheet.writeURL("internal:'Action items'!A1", text: "Action items", row: 2, column: 0)
    /// ```
    public func writeURL(_ url: String, text: String? = nil, tooltip: String? = nil, row: Int, column: Int,
                         format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        let cell = CellAddress(row: row, column: column).a1
        let schemes = ["http://", "https://", "ftp://", "mailto:", "file://", "internal:", "external:"]
        guard schemes.contains(where: { url.lowercased().hasPrefix($0) }) else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: cell,
                                                   reason: "\"\(url)\" is not a link (expected http(s)://, mailto:, ftp://, file:// or internal:)")
        }
        // Excel's limit on a link target; longer links corrupt the file.
        if let length = lengthIfOver(2079, url) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: cell, what: "link", length: length, limit: 2079)
        }
        if let text, let length = lengthIfOver(ExcelLimits.maxCellText, text) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: cell, what: "link text", length: length, limit: ExcelLimits.maxCellText)
        }
        if let tooltip, let length = lengthIfOver(255, tooltip) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: cell, what: "link tooltip", length: length, limit: 255)
        }
        try handle.writeURL(r, c, url, text: text.map(OOXMLEscape.protect), tooltip: tooltip, format ?? .hyperlink)
        contentWidths.noteText(text ?? url, column: column, bold: false)
    }

    /// Writes an empty cell carrying `format` (useful for borders and fills, and for unlocked input cells).
    ///
    /// ```swift
    /// let input = Format().with { $0.isLocked = false; $0.fillColor = Color(rgb: 0xFFF2CC) }
    /// try sheet.writeBlank(row: 5, column: 1, format: input)   // an empty cell colleagues may type in
    /// ```
    public func writeBlank(row: Int, column: Int, format: Format? = nil) throws {
        let (r, c) = try position(row, column)
        try handle.writeBlank(r, c, format)
    }

    // MARK: Argument checks

    /// Checks the cell lies in Excel's grid (and, when streaming, is not in a row already written).
    @inline(__always)
    func position(_ row: Int, _ column: Int) throws -> (UInt32, UInt16) {
        guard row >= 0, row < ExcelLimits.maxRows, column >= 0, column < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: row, column: column)
        }
        if handle.workbook.constantMemory {
            guard row >= streamingRow else {
                throw SpreadsheetError.invalidArgument(sheet: name, cell: CellAddress(row: row, column: column).a1,
                                                       reason: "in constant-memory mode rows are written in order; row \(streamingRow + 1) was already started")
            }
            streamingRow = row
        }
        return (UInt32(row), UInt16(column))
    }

    func checkRange(_ range: CellRange) throws {
        guard range.firstRow >= 0, range.firstColumn >= 0, range.lastRow < ExcelLimits.maxRows,
              range.lastColumn < ExcelLimits.maxColumns else {
            throw SpreadsheetError.cellOutOfBounds(sheet: name, row: max(range.lastRow, range.firstRow),
                                                   column: max(range.lastColumn, range.firstColumn))
        }
        guard range.firstRow <= range.lastRow, range.firstColumn <= range.lastColumn else {
            throw SpreadsheetError.invalidArgument(sheet: name, cell: nil,
                                                   reason: "range rows \(range.firstRow)...\(range.lastRow), columns \(range.firstColumn)...\(range.lastColumn) is reversed")
        }
    }

    func checkText(_ text: String?, limit: Int, what: String, cell: String?) throws {
        if let text, let length = lengthIfOver(limit, text) {
            throw SpreadsheetError.textTooLong(sheet: name, cell: cell, what: what, length: length, limit: limit)
        }
    }
}
