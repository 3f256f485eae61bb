import CXlsxWriter

/// The C side of one worksheet: every `worksheet_*` call goes through here.
///
/// Callers (``Worksheet``) have already checked bounds and lengths, so an `lxw_error` here means
/// something libxlsxwriter itself objected to; it is thrown with the sheet and cell for context.
final class SheetHandle {
    let workbook: WorkbookHandle
    let name: String
    private let cPointer: UnsafeMutablePointer<lxw_worksheet>

    init(workbook: WorkbookHandle, name: String, pointer: UnsafeMutablePointer<lxw_worksheet>) {
        self.workbook = workbook
        self.name = name
        self.cPointer = pointer
    }

    /// The worksheet pointer, only while the workbook is open.
    @inline(__always)
    func open() throws -> UnsafeMutablePointer<lxw_worksheet> {
        guard workbook.isOpen else { throw SpreadsheetError.workbookClosed }
        return cPointer
    }

    @inline(__always)
    private func cell(_ row: UInt32, _ column: UInt16) -> String {
        CellAddress(row: Int(row), column: Int(column)).a1
    }

    // MARK: Cells

    func writeString(_ row: UInt32, _ column: UInt16, _ text: String, _ format: Format?) throws {
        let sheet = try open()
        let cFormat = try workbook.cFormat(format)
        // worksheet_write_string never parses its text: a leading "=" stays text.
        let result = text.withCString { worksheet_write_string(sheet, row, column, $0, cFormat) }
        try check(result, "worksheet_write_string", sheet: name, cell: self.cell(row, column))
    }

    func writeNumber(_ row: UInt32, _ column: UInt16, _ number: Double, _ format: Format?) throws {
        let sheet = try open()
        let result = worksheet_write_number(sheet, row, column, number, try workbook.cFormat(format))
        try check(result, "worksheet_write_number", sheet: name, cell: self.cell(row, column))
    }

    func writeDateTime(_ row: UInt32, _ column: UInt16, _ value: ExcelDateTime, _ format: Format?) throws {
        let sheet = try open()
        var datetime = value.lxw
        let result = worksheet_write_datetime(sheet, row, column, &datetime, try workbook.cFormat(format))
        try check(result, "worksheet_write_datetime", sheet: name, cell: self.cell(row, column))
    }

    func writeBoolean(_ row: UInt32, _ column: UInt16, _ value: Bool, _ format: Format?) throws {
        let sheet = try open()
        let result = worksheet_write_boolean(sheet, row, column, value ? 1 : 0, try workbook.cFormat(format))
        try check(result, "worksheet_write_boolean", sheet: name, cell: self.cell(row, column))
    }

    func writeFormula(_ row: UInt32, _ column: UInt16, _ formula: String, _ cached: FormulaResult?,
                      _ format: Format?) throws {
        let sheet = try open()
        let cFormat = try workbook.cFormat(format)
        let result: lxw_error = formula.withCString { f in
            switch cached {
            case nil: return worksheet_write_formula(sheet, row, column, f, cFormat)
            case let .number(value)?: return worksheet_write_formula_num(sheet, row, column, f, cFormat, value)
            case let .boolean(value)?:
                return worksheet_write_formula_num(sheet, row, column, f, cFormat, value ? 1 : 0)
            case let .string(value)?:
                return value.withCString { worksheet_write_formula_str(sheet, row, column, f, cFormat, $0) }
            }
        }
        try check(result, "worksheet_write_formula", sheet: name, cell: self.cell(row, column))
    }

    func writeURL(_ row: UInt32, _ column: UInt16, _ url: String, text: String?, tooltip: String?,
                  _ format: Format?) throws {
        let sheet = try open()
        let cFormat = try workbook.cFormat(format)
        let bag = CStringBag()
        defer { bag.free() }
        let result = url.withCString {
            worksheet_write_url_opt(sheet, row, column, $0, cFormat, bag.copy(text), bag.copy(tooltip))
        }
        try check(result, "worksheet_write_url", sheet: name, cell: self.cell(row, column))
    }

    func writeBlank(_ row: UInt32, _ column: UInt16, _ format: Format?) throws {
        let sheet = try open()
        let result = worksheet_write_blank(sheet, row, column, try workbook.cFormat(format))
        try check(result, "worksheet_write_blank", sheet: name, cell: self.cell(row, column))
    }

    func writeComment(_ row: UInt32, _ column: UInt16, _ text: String, author: String?, visible: Bool) throws {
        let sheet = try open()
        let bag = CStringBag()
        defer { bag.free() }
        var options = lxw_comment_options()
        options.author = bag.copy(author)
        options.visible = visible ? u8(LXW_COMMENT_DISPLAY_VISIBLE) : u8(LXW_COMMENT_DISPLAY_HIDDEN)
        let result = text.withCString { worksheet_write_comment_opt(sheet, row, column, $0, &options) }
        try check(result, "worksheet_write_comment", sheet: name, cell: self.cell(row, column))
    }

    func mergeRange(_ r: CellRange, _ text: String, _ format: Format?) throws {
        let sheet = try open()
        let cFormat = try workbook.cFormat(format)
        let result = text.withCString {
            worksheet_merge_range(sheet, UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                  UInt16(r.lastColumn), $0, cFormat)
        }
        try check(result, "worksheet_merge_range", sheet: name, cell: r.a1)
    }

    // MARK: Rows, columns, panes

    func setColumns(_ first: Int, _ last: Int, width: Double, format: Format?, hidden: Bool) throws {
        let sheet = try open()
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let result = worksheet_set_column_opt(sheet, UInt16(first), UInt16(last), width,
                                              try workbook.cFormat(format), &options)
        try check(result, "worksheet_set_column", sheet: name,
                  cell: CellAddress.columnName(first) + ":" + CellAddress.columnName(last))
    }

    func setRow(_ row: Int, height: Double, format: Format?, hidden: Bool) throws {
        let sheet = try open()
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let result = worksheet_set_row_opt(sheet, UInt32(row), height, try workbook.cFormat(format), &options)
        try check(result, "worksheet_set_row", sheet: name, cell: "row \(row + 1)")
    }

    func freezePanes(rows: Int, columns: Int) throws {
        worksheet_freeze_panes(try open(), UInt32(rows), UInt16(columns))
    }

    func autofilter(_ r: CellRange) throws {
        let result = worksheet_autofilter(try open(), UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                          UInt16(r.lastColumn))
        try check(result, "worksheet_autofilter", sheet: name, cell: r.a1)
    }

    func activate() throws { worksheet_activate(try open()) }
    func hide() throws { worksheet_hide(try open()) }
    func setTabColor(_ color: Color) throws { worksheet_set_tab_color(try open(), color.rgb) }
    func setZoom(_ percent: Int) throws { worksheet_set_zoom(try open(), UInt16(percent)) }
    func hideScreenGridlines() throws { worksheet_gridlines(try open(), u8(LXW_HIDE_ALL_GRIDLINES)) }
}
