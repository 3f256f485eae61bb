import CXlsxWriter

// Tables, validation, conditional formats, print set-up and protection: option structs are filled
// with strdup'ed strings that live until the call returns (libxlsxwriter copies what it keeps).
extension SheetHandle {
    func addTable(_ table: Table) throws {
        let sheet = try open()
        let bag = CStringBag()
        defer { bag.free() }
        var options = lxw_table_options()
        options.name = bag.copy(table.name)
        options.no_header_row = table.hasHeaderRow ? 0 : 1
        options.no_autofilter = table.hasAutofilter ? 0 : 1
        options.no_banded_rows = table.bandedRows ? 0 : 1
        options.banded_columns = table.bandedColumns ? 1 : 0
        options.first_column = table.emphasizesFirstColumn ? 1 : 0
        options.last_column = table.emphasizesLastColumn ? 1 : 0
        options.total_row = table.hasTotalRow ? 1 : 0
        switch table.style {
        case .none: (options.style_type, options.style_type_number) = (u8(LXW_TABLE_STYLE_TYPE_LIGHT), 0)
        case let .light(n): (options.style_type, options.style_type_number) = (u8(LXW_TABLE_STYLE_TYPE_LIGHT), UInt8(n))
        case let .medium(n): (options.style_type, options.style_type_number) = (u8(LXW_TABLE_STYLE_TYPE_MEDIUM), UInt8(n))
        case let .dark(n): (options.style_type, options.style_type_number) = (u8(LXW_TABLE_STYLE_TYPE_DARK), UInt8(n))
        }
        // columns: a NULL-terminated array of pointers to lxw_table_column.
        let count = table.columns.count
        let columnStructs = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: max(count, 1))
        let columnPointers = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: count + 1)
        defer {
            columnStructs.deinitialize(count: count)
            columnStructs.deallocate()
            columnPointers.deallocate()
        }
        for (index, column) in table.columns.enumerated() {
            var c = lxw_table_column()
            c.header = bag.copy(column.header)
            c.formula = bag.copy(column.formula)
            c.total_string = bag.copy(column.totalLabel)
            c.total_function = column.total?.lxw ?? 0
            c.format = try workbook.cFormat(column.format)
            c.header_format = try workbook.cFormat(column.headerFormat)
            (columnStructs + index).initialize(to: c)
            columnPointers[index] = columnStructs + index
        }
        columnPointers[count] = nil
        if count > 0 { options.columns = columnPointers }
        let r = table.range
        let result = worksheet_add_table(sheet, UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                         UInt16(r.lastColumn), &options)
        try check(result, "worksheet_add_table", sheet: name, cell: r.a1)
    }

    func addDataValidation(_ v: DataValidation, _ r: CellRange) throws {
        let sheet = try open()
        let bag = CStringBag()
        defer { bag.free() }
        var options = lxw_data_validation()
        options.ignore_blank = v.allowsBlank ? u8(LXW_VALIDATION_ON) : u8(LXW_VALIDATION_OFF)
        options.dropdown = v.showsDropdown ? u8(LXW_VALIDATION_ON) : u8(LXW_VALIDATION_OFF)
        options.input_title = bag.copy(v.inputTitle)
        options.input_message = bag.copy(v.inputMessage)
        options.error_title = bag.copy(v.errorTitle)
        options.error_message = bag.copy(v.errorMessage)
        options.show_input = (v.inputTitle != nil || v.inputMessage != nil) ? u8(LXW_VALIDATION_ON) : u8(LXW_VALIDATION_DEFAULT)
        switch v.errorStyle {
        case .stop: options.error_type = u8(LXW_VALIDATION_ERROR_TYPE_STOP)
        case .warning: options.error_type = u8(LXW_VALIDATION_ERROR_TYPE_WARNING)
        case .information: options.error_type = u8(LXW_VALIDATION_ERROR_TYPE_INFORMATION)
        }
        func numeric(_ type: lxw_validation_types, _ criterion: NumberCriterion) {
            let (criteria, first, second) = criterion.validation
            options.validate = u8(type)
            options.criteria = criteria
            options.value_number = first
            options.minimum_number = first
            options.maximum_number = second
        }
        switch v.rule {
        case let .list(items):
            options.validate = u8(LXW_VALIDATION_TYPE_LIST)
            // The list becomes a quoted formula string; libxlsxwriter does not double inner quotes itself.
            options.value_list = bag.copyList(items.map(DataValidation.quotedListItem))
        case let .listRange(source):
            options.validate = u8(LXW_VALIDATION_TYPE_LIST_FORMULA)
            options.value_formula = bag.copy("=" + source.reference)
        case let .listFormula(formula):
            options.validate = u8(LXW_VALIDATION_TYPE_LIST_FORMULA)
            options.value_formula = bag.copy(formula.hasPrefix("=") ? formula : "=" + formula)
        case let .wholeNumber(criterion): numeric(LXW_VALIDATION_TYPE_INTEGER, criterion)
        case let .decimal(criterion): numeric(LXW_VALIDATION_TYPE_DECIMAL, criterion)
        case let .textLength(criterion): numeric(LXW_VALIDATION_TYPE_LENGTH, criterion)
        case let .date(criterion):
            let (criteria, first, second) = criterion.validation
            options.validate = u8(LXW_VALIDATION_TYPE_DATE)
            options.criteria = criteria
            options.value_datetime = first.lxw
            options.minimum_datetime = first.lxw
            if let second { options.maximum_datetime = second.lxw }
        case let .custom(formula):
            options.validate = u8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA)
            options.value_formula = bag.copy(formula.hasPrefix("=") ? formula : "=" + formula)
        }
        let result = worksheet_data_validation_range(sheet, UInt32(r.firstRow), UInt16(r.firstColumn),
                                                     UInt32(r.lastRow), UInt16(r.lastColumn), &options)
        try check(result, "worksheet_data_validation_range", sheet: name, cell: r.a1)
    }

    func addConditionalFormat(_ cf: ConditionalFormat, _ r: CellRange) throws {
        let sheet = try open()
        let bag = CStringBag()
        defer { bag.free() }
        var options = lxw_conditional_format()
        options.stop_if_true = cf.stopIfTrue ? 1 : 0
        switch cf.rule {
        case let .cellValue(criterion, format):
            let (criteria, first, second) = criterion.conditional
            options.type = u8(LXW_CONDITIONAL_TYPE_CELL)
            options.criteria = criteria
            options.value = first
            options.min_value = first
            options.max_value = second
            options.format = try workbook.cFormat(format)
        case let .formula(formula, format):
            options.type = u8(LXW_CONDITIONAL_TYPE_FORMULA)
            options.value_string = bag.copy(formula.hasPrefix("=") ? formula : "=" + formula)
            options.format = try workbook.cFormat(format)
        case let .timePeriod(period, format):
            options.type = u8(LXW_CONDITIONAL_TYPE_TIME_PERIOD)
            options.criteria = period.lxw
            options.format = try workbook.cFormat(format)
        case let .textContains(text, format):
            options.type = u8(LXW_CONDITIONAL_TYPE_TEXT)
            options.criteria = u8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING)
            options.value_string = bag.copy(text)
            options.format = try workbook.cFormat(format)
        case let .blanks(format):
            options.type = u8(LXW_CONDITIONAL_TYPE_BLANKS)
            options.format = try workbook.cFormat(format)
        case let .noBlanks(format):
            options.type = u8(LXW_CONDITIONAL_TYPE_NO_BLANKS)
            options.format = try workbook.cFormat(format)
        case let .duplicates(format):
            options.type = u8(LXW_CONDITIONAL_TYPE_DUPLICATE)
            options.format = try workbook.cFormat(format)
        case let .unique(format):
            options.type = u8(LXW_CONDITIONAL_TYPE_UNIQUE)
            options.format = try workbook.cFormat(format)
        case let .dataBar(color):
            options.type = u8(LXW_CONDITIONAL_DATA_BAR)
            options.data_bar_2010 = 1
            if let color { options.bar_color = color.rgb }
        case let .colorScale(low, high):
            options.type = u8(LXW_CONDITIONAL_2_COLOR_SCALE)
            options.min_color = low.rgb
            options.max_color = high.rgb
        }
        let result = worksheet_conditional_format_range(sheet, UInt32(r.firstRow), UInt16(r.firstColumn),
                                                        UInt32(r.lastRow), UInt16(r.lastColumn), &options)
        try check(result, "worksheet_conditional_format_range", sheet: name, cell: r.a1)
    }

    func applyPageSetup(_ page: PageSetup) throws {
        let sheet = try open()
        switch page.orientation {
        case .portrait: worksheet_set_portrait(sheet)
        case .landscape: worksheet_set_landscape(sheet)
        }
        switch page.paper {
        case .printerDefault: break
        case .letter: worksheet_set_paper(sheet, 1)
        case .legal: worksheet_set_paper(sheet, 5)
        case .a3: worksheet_set_paper(sheet, 8)
        case .a4: worksheet_set_paper(sheet, 9)
        }
        // Width 1, height 0: one page wide, as many pages tall as needed.
        if page.fitToWidth { worksheet_fit_to_pages(sheet, 1, 0) }
        if let rows = page.repeatedRows {
            try check(worksheet_repeat_rows(sheet, UInt32(rows.lowerBound), UInt32(rows.upperBound)),
                      "worksheet_repeat_rows", sheet: name, cell: "rows \(rows.lowerBound + 1)-\(rows.upperBound + 1)")
        }
        if let r = page.printArea {
            try check(worksheet_print_area(sheet, UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                           UInt16(r.lastColumn)), "worksheet_print_area", sheet: name, cell: r.a1)
        }
        if let header = page.header {
            try check(header.withCString { worksheet_set_header(sheet, $0) }, "worksheet_set_header", sheet: name)
        }
        if let footer = page.footer {
            try check(footer.withCString { worksheet_set_footer(sheet, $0) }, "worksheet_set_footer", sheet: name)
        }
        if page.printsGridlines { worksheet_gridlines(sheet, u8(LXW_SHOW_PRINT_GRIDLINES)) }
        if page.centersHorizontally { worksheet_center_horizontally(sheet) }
    }

    func protect(password: String?, _ p: SheetProtection) throws {
        let sheet = try open()
        var options = lxw_protection()
        options.no_select_locked_cells = p.selectLockedCells ? 0 : 1
        options.no_select_unlocked_cells = p.selectUnlockedCells ? 0 : 1
        options.format_cells = p.formatCells ? 1 : 0
        options.format_columns = p.formatColumns ? 1 : 0
        options.format_rows = p.formatRows ? 1 : 0
        options.insert_columns = p.insertColumns ? 1 : 0
        options.insert_rows = p.insertRows ? 1 : 0
        options.insert_hyperlinks = p.insertHyperlinks ? 1 : 0
        options.delete_columns = p.deleteColumns ? 1 : 0
        options.delete_rows = p.deleteRows ? 1 : 0
        options.sort = p.sort ? 1 : 0
        options.autofilter = p.autofilter ? 1 : 0
        options.pivot_tables = p.pivotTables ? 1 : 0
        options.objects = p.editObjects ? 1 : 0
        options.scenarios = p.editScenarios ? 1 : 0
        if let password {
            password.withCString { worksheet_protect(sheet, $0, &options) }
        } else {
            worksheet_protect(sheet, nil, &options)
        }
    }

    func insertChart(_ chart: UnsafeMutablePointer<lxw_chart>, row: Int, column: Int, xScale: Double,
                     yScale: Double) throws {
        let sheet = try open()
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        let result = worksheet_insert_chart_opt(sheet, UInt32(row), UInt16(column), chart, &options)
        try check(result, "worksheet_insert_chart", sheet: name, cell: CellAddress(row: row, column: column).a1)
    }
}
