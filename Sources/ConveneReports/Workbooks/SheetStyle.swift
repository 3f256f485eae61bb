import ConveneModel
import ConveneSpreadsheet

/// The look shared by every Convene workbook: one header style, date format, colours for status.
enum SheetStyle {
    static let title = Format().with { $0.bold = true; $0.fontSize = 16; $0.fontColor = .navy }
    static let subtitle = Format().with { $0.italic = true; $0.fontColor = .gray }
    static let sectionHeader = Format().with { $0.bold = true; $0.fontSize = 12; $0.fontColor = .navy }
    static let label = Format().with { $0.bold = true }
    static let bigNumber = Format().with { $0.bold = true; $0.fontSize = 14; $0.horizontalAlignment = .left }
    static let date = Format(numberFormat: "yyyy-mm-dd").with { $0.horizontalAlignment = .center; $0.verticalAlignment = .top }
    static let wrap = Format().with { $0.wrapsText = true; $0.verticalAlignment = .top }
    static let top = Format().with { $0.verticalAlignment = .top }
    static let dateTop = Format(numberFormat: "yyyy-mm-dd").with { $0.verticalAlignment = .top; $0.horizontalAlignment = .center }
    /// Table headers drawn by the cells themselves: LibreOffice does not draw Excel's table styles.
    static let tableHeader = Format().with {
        $0.bold = true; $0.fillColor = .navy; $0.fontColor = .white; $0.verticalAlignment = .center; $0.wrapsText = true
    }
    static let overdue = Format().with { $0.fillColor = .badFill; $0.fontColor = .badText }
    static let atRisk = Format().with { $0.fillColor = .neutralFill; $0.fontColor = .neutralText }
    static let done = Format().with { $0.fontColor = .gray }
    static let signInCell = Format().with { $0.border = .thin; $0.verticalAlignment = .center }
    static let signInHeader = Format().with {
        $0.bold = true; $0.border = .thin; $0.fillColor = .lightGray; $0.verticalAlignment = .center
    }

    static func excelDate(_ d: CalendarDate) -> ExcelDateTime { ExcelDateTime(year: d.year, month: d.month, day: d.day) }

    static func cell(_ d: CalendarDate?) -> CellValue { d.map { .date(excelDate($0)) } ?? .blank }

    /// Text cell, or an empty cell for empty text.
    static func text(_ s: String?) -> CellValue { (s?.isEmpty ?? true) ? .blank : .string(s!) }

    /// Landscape, fit to one page wide, header row repeated, "Sheet – page x of y" footer.
    static func printable(_ sheet: Worksheet, landscape: Bool = true, repeatRows: ClosedRange<Int>? = 0...0,
                          title: String, gridlines: Bool = true) throws {
        var page = PageSetup()
        page.orientation = landscape ? .landscape : .portrait
        page.paper = .letter
        page.fitToWidth = true
        page.repeatedRows = repeatRows
        page.header = "&L" + PageSetup.escaped(title) + "&R&A"
        page.footer = "&LPrinted &D&RPage &P of &N"
        page.printsGridlines = gridlines
        try sheet.setPageSetup(page)
    }

    /// Writes `rows` under an Excel table with filter buttons, a frozen header and print setup.
    /// `widths` fixes column widths (characters); columns without one are autofitted. A `note` (how the figures
    /// are counted) goes in a wrapped row above the header; the note and the header stay in view.
    @discardableResult
    static func tableSheet(_ workbook: Workbook, name: String, tableName: String, title: String,
                           columns: [TableColumn], rows: [[CellValue]], widths: [Int: Double] = [:],
                           rowFormat: Format? = nil, landscape: Bool = true, note: String? = nil) throws -> Worksheet {
        let sheet = try workbook.addWorksheet(named: name)
        let top = note == nil ? 0 : 1 // the header's row
        for (r, row) in rows.enumerated() {
            for (c, value) in row.enumerated() {
                let columnFormat = columns[c].format
                if case .blank = value { continue }
                try sheet.write(value, row: top + r + 1, column: c, format: columnFormat ?? rowFormat ?? Self.top)
            }
        }
        let columns = columns.map { c in var c = c; c.headerFormat = c.headerFormat ?? tableHeader; return c }
        var table = Table(range: CellRange(firstRow: top, firstColumn: 0, lastRow: top + max(rows.count, 1),
                                           lastColumn: columns.count - 1), name: tableName, columns: columns)
        table.style = .medium(2)
        try sheet.addTable(table)
        try sheet.freezePanes(rows: top + 1)
        // Room for a two-line header ("Public-partner support") in narrow columns.
        try sheet.setRowHeight(30, row: top)
        try sheet.autofitColumns(minimum: 8, maximum: 40)
        for (c, w) in widths { try sheet.setColumnWidth(w, column: c) }
        // Rows with wrapped text get their height here: not every viewer recomputes heights on opening.
        let wrapped = columns.indices.filter { columns[$0].format?.wrapsText == true }
        for (r, row) in rows.enumerated() {
            var lines = 1
            for c in wrapped {
                guard case .string(let text) = row[c] else { continue }
                let width = widths[c] ?? sheet.contentWidth(ofColumn: c) ?? 40
                lines = max(lines, estimatedLines(text, width: width))
            }
            if lines > 1 { try sheet.setRowHeight(15 * Double(lines), row: top + r + 1) }
        }
        if let note {
            // Written after autofitting, so the long note does not widen the first column.
            let span = CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: max(columns.count - 1, 1))
            let width = (0...span.lastColumn).reduce(0.0) { sum, c in
                sum + (widths[c] ?? sheet.contentWidth(ofColumn: c).map { min(max(($0 + 1.5).rounded(.up), 8), 40) } ?? 8.43)
            }
            try sheet.merge(span, text: note, format: Self.note)
            try sheet.setRowHeight(15 * Double(estimatedLines(note, width: width)) + 4, row: 0)
        }
        try printable(sheet, landscape: landscape, repeatRows: 0...top, title: title)
        return sheet
    }

    /// About how many lines `text` takes in a wrapped cell `width` characters wide.
    static func estimatedLines(_ text: String, width: Double) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, Int((Worksheet.estimatedWidth(of: String($0)) / max(width * 1.15 - 1, 1)).rounded(.up))) }
            .reduce(0, +)
    }

    /// A note above a table saying how its figures are counted.
    static let note = Format().with { $0.italic = true; $0.wrapsText = true; $0.verticalAlignment = .top; $0.fontColor = .gray }
}
