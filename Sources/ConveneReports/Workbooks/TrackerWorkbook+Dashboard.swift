import ConveneModel
import ConveneSpreadsheet

extension TrackerWorkbook {
    /// Where the Dashboard's counts are, for tests and readers: label in column A, value in column B.
    public static let dashboardCountLabels = ["Businesses engaged", "Public partners engaged", "People", "Meetings",
                                              "Action items", "Overdue items"]

    func writeDashboard(_ sheet: Worksheet) throws {
        let s = snapshot.settings
        let f = figures
        try sheet.writeString(s.name, row: 0, column: 0, format: SheetStyle.title)
        try sheet.setRowHeight(24, row: 0)
        let facts = [s.sector, s.region, "Action-plan tracker exported \(today.iso)"].compactMap { $0 }.filter { !$0.isEmpty }
        try sheet.writeString(facts.joined(separator: " · "), row: 1, column: 0, format: SheetStyle.subtitle)
        try sheet.writeString("At a glance", row: 3, column: 0, format: SheetStyle.sectionHeader)

        let lastPlanRow = max(snapshot.actionItems.count, 1) + Self.spareRows + 1
        let ids = "'Action Plan'!$L$2:$L$\(lastPlanRow)"
        let due = "'Action Plan'!$G$2:$G$\(lastPlanRow)", status = "'Action Plan'!$H$2:$H$\(lastPlanRow)"
        let values: [CellValue] = [
            .number(Double(f.businessesEngaged)), .number(Double(f.publicPartnersEngaged)),
            .number(Double(f.people)), .number(Double(f.meetings)),
            // Formulas over the Action Plan, so the counts follow colleagues' edits.
            .formula("=COUNTA(\(ids))", result: .number(Double(f.actionItems))),
            .formula("=SUMPRODUCT((\(due)<>\"\")*(\(due)<TODAY())*(\(status)<>\"Done\")*(\(status)<>\"Dropped\"))",
                     result: .number(Double(f.overdueItems.count))),
        ]
        for (i, label) in Self.dashboardCountLabels.enumerated() {
            try sheet.writeString(label, row: 4 + i, column: 0, format: SheetStyle.label)
            try sheet.write(values[i], row: 4 + i, column: 1, format: SheetStyle.bigNumber)
            try sheet.setRowHeight(20, row: 4 + i)
        }

        // Business leaders vs public partners per meeting (Next Gen: business leaders should outnumber).
        var row = 11
        try sheet.writeString("Who came: business leaders vs public partners", row: row, column: 0, format: SheetStyle.sectionHeader)
        row += 1
        try sheet.writeRow(["Meeting", "Date", "Business", "Public partners"].map { .string($0) }, row: row, format: .header)
        let headFirst = row + 1
        for h in f.headcounts {
            row += 1
            try sheet.writeString(h.meeting.name, row: row, column: 0)
            try sheet.write(SheetStyle.cell(h.meeting.date), row: row, column: 1, format: SheetStyle.date)
            try sheet.writeNumber(Double(h.business), row: row, column: 2)
            try sheet.writeNumber(Double(h.publicPartners), row: row, column: 3)
        }
        if !f.headcounts.isEmpty {
            func range(_ c: Int) -> SheetRange {
                SheetRange(sheet: "Dashboard", range: CellRange(firstRow: headFirst, firstColumn: c, lastRow: row, lastColumn: c))
            }
            var chart = Chart(.column, title: "Headcount per meeting")
            chart.series = [ChartSeries(name: "Business", categories: range(0), values: range(2), color: .navy),
                            ChartSeries(name: "Public partners", categories: range(0), values: range(3), color: Color(rgb: 0xED7D31))]
            chart.valueAxisTitle = "People attending"
            chart.legend = .bottom
            try sheet.insertChart(chart, row: 3, column: 6, xScale: 1.1, yScale: 1)
        }

        row += 2
        try sheet.writeString("Action items by status", row: row, column: 0, format: SheetStyle.sectionHeader)
        row += 1
        try sheet.writeRow([.string("Status"), .string("Items")], row: row, format: .header)
        let statusFirst = row + 1
        for (st, count) in f.itemsByStatus {
            row += 1
            try sheet.writeString(st.rawValue, row: row, column: 0)
            try sheet.writeFormula("=COUNTIF(\(status),A\(row + 1))", result: .number(Double(count)), row: row, column: 1)
        }
        var statusChart = Chart(.bar, title: "Action items by status")
        statusChart.series = [ChartSeries(
            name: "Items",
            categories: SheetRange(sheet: "Dashboard", range: CellRange(firstRow: statusFirst, firstColumn: 0, lastRow: row, lastColumn: 0)),
            values: SheetRange(sheet: "Dashboard", range: CellRange(firstRow: statusFirst, firstColumn: 1, lastRow: row, lastColumn: 1)),
            color: .navy)]
        statusChart.legend = .none
        try sheet.insertChart(statusChart, row: 19, column: 6, xScale: 1.1, yScale: 1)

        row += 2
        try sheet.writeString("Overdue items (as of \(today.iso))", row: row, column: 0, format: SheetStyle.sectionHeader)
        row += 1
        try sheet.writeRow(["Action item", "Due", "Champion", "Status", "Item ID"].map { .string($0) }, row: row, format: .header)
        if f.overdueItems.isEmpty {
            row += 1
            try sheet.writeString("None — every open item is on schedule.", row: row, column: 0, format: SheetStyle.subtitle)
        }
        for item in f.overdueItems {
            row += 1
            try sheet.writeString(item.item, row: row, column: 0, format: SheetStyle.wrap)
            try sheet.write(SheetStyle.cell(item.due), row: row, column: 1, format: SheetStyle.dateTop)
            try sheet.write(SheetStyle.text(item.champion), row: row, column: 2, format: SheetStyle.top)
            try sheet.writeString(item.status.rawValue, row: row, column: 3, format: SheetStyle.top)
            try sheet.writeString(item.id, row: row, column: 4, format: SheetStyle.top)
        }
        try sheet.setColumnWidth(40, column: 0)
        try sheet.setColumnWidth(11, column: 1)
        try sheet.setColumnWidth(16, columns: 2...3)
        try sheet.setColumnWidth(9, column: 4)
        try sheet.hideGridlines()
        try SheetStyle.printable(sheet, repeatRows: nil, title: "\(s.name) — Dashboard", gridlines: false)
    }
}
