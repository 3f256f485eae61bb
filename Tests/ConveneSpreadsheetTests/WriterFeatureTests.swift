import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Layout and sheet features, each written and then found again in the file's XML parts.
final class WriterFeatureTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws { folder = try TemporaryDirectory() }
    override func tearDown() { folder = nil }

    /// Builds a workbook with a "Data" sheet (and whatever `body` adds) and returns its parts.
    private func build(_ name: String = "features.xlsx", _ body: (Workbook, Worksheet) throws -> Void) throws -> WorkbookXML {
        let url = folder.file(name)
        let workbook = try Workbook(destination: url)
        let sheet = try workbook.addWorksheet(named: "Data")
        try body(workbook, sheet)
        try workbook.close()
        return try WorkbookXML(url)
    }

    func testColumnWidthsRowHeightsAndAutofit() throws {
        let xml = try build { _, sheet in
            try sheet.writeString("Name", row: 0, column: 0)
            try sheet.writeString("Alexandria Ocasio-Example", row: 1, column: 0)      // 25 characters
            try sheet.writeString("東京都", row: 1, column: 1)                            // 3 wide characters
            try sheet.writeNumber(1234567, row: 1, column: 2, format: .integer)           // 1,234,567
            try sheet.writeString(String(repeating: "x", count: 200), row: 1, column: 3)  // capped
            try sheet.setColumnWidth(30, column: 4)
            try sheet.writeString("short", row: 1, column: 4)                            // explicit width wins
            try sheet.setRowHeight(32, row: 0)
            XCTAssertEqual(sheet.contentWidth(ofColumn: 0), 25)
            XCTAssertEqual(sheet.contentWidth(ofColumn: 1), 6)
            XCTAssertNil(sheet.contentWidth(ofColumn: 9))
            try sheet.autofitColumns(minimum: 8, maximum: 50)
        }
        let sheet = try xml.worksheet(named: "Data")
        let cols = WorkbookXML.attributes(of: "col", in: sheet)
        func width(_ column: Int) -> Double? {
            cols.first { $0["min"] == String(column + 1) }.flatMap { $0["width"] }.flatMap(Double.init)
        }
        XCTAssertEqual(try XCTUnwrap(width(0)), 27.7, accuracy: 0.8)
        XCTAssertEqual(try XCTUnwrap(width(1)), 8.7, accuracy: 0.8)                      // minimum
        XCTAssertEqual(try XCTUnwrap(width(2)), 11.7, accuracy: 1.5)
        XCTAssertEqual(try XCTUnwrap(width(3)), 50.7, accuracy: 0.8)                     // maximum
        XCTAssertEqual(try XCTUnwrap(width(4)), 30.7, accuracy: 0.8)
        let row1 = try XCTUnwrap(WorkbookXML.attributes(of: "row", in: sheet).first { $0["r"] == "1" })
        XCTAssertEqual(row1["ht"], "32")
        XCTAssertEqual(row1["customHeight"], "1")
        XCTAssertEqual(Worksheet.estimatedWidth(of: "two\nlonger line"), 11)
    }

    func testFreezePanesAutofilterAndMergedRange() throws {
        let xml = try build { _, sheet in
            try sheet.merge(try CellRange(a1: "A1:D1"), text: "=Spring convening", format: .bold)
            try sheet.writeRow([.string("Name"), .string("Org"), .string("RSVP"), .string("Date")], row: 1)
            try sheet.freezePanes(rows: 2, columns: 1)
            try sheet.setAutofilter(try CellRange(a1: "A2:D20"))
        }
        let sheet = try xml.worksheet(named: "Data")
        let pane = try XCTUnwrap(WorkbookXML.attributes(of: "pane", in: sheet).first)
        XCTAssertEqual(pane["xSplit"], "1")
        XCTAssertEqual(pane["ySplit"], "2")
        XCTAssertEqual(pane["state"], "frozen")
        XCTAssertEqual(WorkbookXML.attributes(of: "autoFilter", in: sheet).first?["ref"], "A2:D20")
        XCTAssertEqual(WorkbookXML.attributes(of: "mergeCell", in: sheet).first?["ref"], "A1:D1")
        XCTAssertEqual(try xml.sharedStrings().first, "=Spring convening")
        XCTAssertTrue(try xml.part("xl/workbook.xml").contains("_xlnm._FilterDatabase"))
    }

    func testTableWithStyleNamedColumnsAndTotalRow() throws {
        let xml = try build { _, sheet in
            for row in 1...3 {
                try sheet.writeString("Person \(row)", row: row, column: 0)
                try sheet.writeNumber(Double(row * 2), row: row, column: 1)
            }
            var table = Table(range: try CellRange(a1: "A1:B5"), name: "Attendance",
                              columns: [TableColumn("Name", totalLabel: "Total"), TableColumn("Meetings", total: .sum, format: .integer)])
            table.style = .medium(2)
            table.hasTotalRow = true
            try sheet.addTable(table)
        }
        let tables = try xml.relatedParts(ofSheet: "Data").filter { $0.contains("tables/") }
        XCTAssertEqual(tables.count, 1)
        let table = try xml.part(tables[0])
        let attributes = try XCTUnwrap(WorkbookXML.attributes(of: "table", in: table).first)
        XCTAssertEqual(attributes["name"], "Attendance")
        XCTAssertEqual(attributes["ref"], "A1:B5")
        XCTAssertEqual(attributes["totalsRowCount"], "1")
        XCTAssertEqual(WorkbookXML.attributes(of: "tableStyleInfo", in: table).first?["name"], "TableStyleMedium2")
        let columns = WorkbookXML.attributes(of: "tableColumn", in: table)
        XCTAssertEqual(columns.map { $0["name"] }, ["Name", "Meetings"])
        XCTAssertEqual(columns[1]["totalsRowFunction"], "sum")
        XCTAssertEqual(columns[0]["totalsRowLabel"], "Total")
        // The header cells were written by the library; the total row holds a SUBTOTAL formula.
        let sheet = try xml.worksheet(named: "Data")
        XCTAssertTrue(try xml.sharedStrings().contains("Meetings"))
        XCTAssertEqual(WorkbookXML.elements("f", in: WorkbookXML.cellElement("B5", in: sheet)!), ["SUBTOTAL(109,[Meetings])"])
    }

    func testDataValidationInlineRangeAndNumber() throws {
        let xml = try build { workbook, sheet in
            let lists = try workbook.addWorksheet(named: "Lists")
            for (row, org) in ["North Works", "South Guild", "East Forum"].enumerated() {
                try lists.writeString(org, row: row + 1, column: 0)
            }
            var yesNo = DataValidation(.list(["Yes", "No", "Maybe"]))
            yesNo.inputTitle = "RSVP"
            yesNo.inputMessage = "Choose one"
            yesNo.errorMessage = "Yes, No or Maybe"
            try sheet.addDataValidation(yesNo, to: try CellRange(a1: "C2:C100"))
            let source = SheetRange(sheet: "Lists", range: try CellRange(a1: "A2:A4"))
            try sheet.addDataValidation(DataValidation(.listRange(source)), to: try CellRange(a1: "B2:B100"))
            try workbook.defineName("Orgs", refersTo: "=Lists!$A$2:$A$4")
            try sheet.addDataValidation(DataValidation(.listFormula("Orgs")), to: try CellRange(a1: "E2:E100"))
            var count = DataValidation(.wholeNumber(.between(0, 500)))
            count.errorStyle = .warning
            try sheet.addDataValidation(count, to: try CellRange(a1: "D2:D100"))
        }
        let sheet = try xml.worksheet(named: "Data")
        let validations = WorkbookXML.attributes(of: "dataValidation", in: sheet)
        XCTAssertEqual(validations.count, 4)
        let formulas = WorkbookXML.elements("formula1", in: sheet)
        XCTAssertTrue(formulas.contains("\"Yes,No,Maybe\""), "\(formulas)")
        XCTAssertTrue(formulas.contains("'Lists'!$A$2:$A$4"), "\(formulas)")
        XCTAssertTrue(formulas.contains("Orgs"), "\(formulas)")
        XCTAssertTrue(formulas.contains("0"))
        XCTAssertEqual(WorkbookXML.elements("formula2", in: sheet), ["500"])
        let inline = try XCTUnwrap(validations.first { $0["sqref"] == "C2:C100" })
        XCTAssertEqual(inline["type"], "list")
        XCTAssertEqual(inline["promptTitle"], "RSVP")
        XCTAssertEqual(inline["prompt"], "Choose one")
        XCTAssertEqual(inline["error"], "Yes, No or Maybe")
        XCTAssertEqual(validations.first { $0["sqref"] == "D2:D100" }?["errorStyle"], "warning")
        XCTAssertTrue(try xml.part("xl/workbook.xml").contains("<definedName name=\"Orgs\">Lists!$A$2:$A$4</definedName>"))
    }

    func testConditionalFormatsOfEveryKindRequested() throws {
        let bad = Format().with { $0.fillColor = .badFill; $0.fontColor = .badText }
        let good = Format().with { $0.fillColor = .goodFill }
        let xml = try build { _, sheet in
            let range = try CellRange(a1: "B2:B50")
            try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.lessThan(0), format: bad)), to: range)
            try sheet.addConditionalFormat(ConditionalFormat(.formula("=$E2=\"Done\"", format: good)), to: try CellRange(a1: "A2:E50"))
            try sheet.addConditionalFormat(ConditionalFormat(.timePeriod(.thisWeek, format: bad)), to: try CellRange(a1: "D2:D50"))
            try sheet.addConditionalFormat(ConditionalFormat(.dataBar(color: .navy)), to: try CellRange(a1: "C2:C50"))
            try sheet.addConditionalFormat(ConditionalFormat(.textContains("urgent", format: bad)), to: try CellRange(a1: "F2:F50"))
        }
        let sheet = try xml.worksheet(named: "Data")
        let rules = WorkbookXML.attributes(of: "cfRule", in: sheet)
        XCTAssertEqual(Set(rules.compactMap { $0["type"] }), ["cellIs", "expression", "timePeriod", "dataBar", "containsText"])
        XCTAssertEqual(rules.first { $0["type"] == "cellIs" }?["operator"], "lessThan")
        XCTAssertEqual(rules.first { $0["type"] == "timePeriod" }?["timePeriod"], "thisWeek")
        XCTAssertTrue(WorkbookXML.elements("formula", in: sheet).contains("$E2=\"Done\""))
        XCTAssertTrue(sheet.contains("rgb=\"FF1F4E79\""), "data bar colour")
        XCTAssertEqual(Set(WorkbookXML.attributes(of: "conditionalFormatting", in: sheet).compactMap { $0["sqref"] }),
                       ["B2:B50", "A2:E50", "D2:D50", "C2:C50", "F2:F50"])
        let styles = try xml.part("xl/styles.xml")
        XCTAssertNotNil(WorkbookXML.attributes(of: "dxfs", in: styles).first, "conditional formats need dxf styles")
    }

    func testNotesPrintSetupAndProtection() throws {
        let xml = try build { _, sheet in
            try sheet.writeString("Ada", row: 1, column: 0)
            try sheet.addNote("Merged from 3 sign-in sheets", row: 1, column: 0, author: "Convene")
            try sheet.writeBlank(row: 1, column: 2, format: Format().unlocked())
            var page = PageSetup()
            page.orientation = .landscape
            page.fitToWidth = true
            page.repeatedRows = 0...0
            page.printArea = try CellRange(a1: "A1:F40")
            page.header = "&C" + PageSetup.escaped("Partners & Friends")
            page.footer = "&RPage &P of &N"
            try sheet.setPageSetup(page)
            var allowed = SheetProtection()
            allowed.sort = true
            allowed.autofilter = true
            try sheet.protect(allowing: allowed)
        }
        let sheet = try xml.worksheet(named: "Data")
        let comments = try XCTUnwrap(try xml.relatedParts(ofSheet: "Data").first { $0.contains("comments") })
        let commentXML = try xml.part(comments)
        XCTAssertTrue(commentXML.contains("Merged from 3 sign-in sheets"))
        XCTAssertTrue(commentXML.contains("<author>Convene</author>"))
        let setup = try XCTUnwrap(WorkbookXML.attributes(of: "pageSetup", in: sheet).first)
        XCTAssertEqual(setup["orientation"], "landscape")
        XCTAssertEqual(setup["fitToWidth"] ?? "1", "1")        // 1 is the default and may be omitted
        XCTAssertEqual(setup["fitToHeight"], "0")
        XCTAssertTrue(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        XCTAssertEqual(WorkbookXML.elements("oddHeader", in: sheet), ["&amp;CPartners &amp;&amp; Friends"])
        XCTAssertEqual(WorkbookXML.elements("oddFooter", in: sheet), ["&amp;RPage &amp;P of &amp;N"])
        let names = try xml.part("xl/workbook.xml")
        XCTAssertTrue(names.contains("_xlnm.Print_Titles"))
        XCTAssertTrue(names.contains("_xlnm.Print_Area"))
        let protection = try XCTUnwrap(WorkbookXML.attributes(of: "sheetProtection", in: sheet).first)
        XCTAssertEqual(protection["sheet"], "1")
        XCTAssertEqual(protection["sort"], "0")          // "0" = allowed in the protection vocabulary
        XCTAssertEqual(protection["autoFilter"], "0")
        XCTAssertTrue(try xml.part("xl/styles.xml").contains("<protection locked=\"0\"/>"))
    }

    func testChartsOfEachKindWithSeriesTitlesAndAxes() throws {
        let xml = try build { workbook, sheet in
            for (row, (meeting, count)) in [("Jan", 12.0), ("Feb", 18.0), ("Mar", 9.0)].enumerated() {
                try sheet.writeString(meeting, row: row + 1, column: 0)
                try sheet.writeNumber(count, row: row + 1, column: 1)
            }
            let charts = try workbook.addWorksheet(named: "Charts")
            let categories = SheetRange(sheet: "Data", range: try CellRange(a1: "A2:A4"))
            let values = SheetRange(sheet: "Data", range: try CellRange(a1: "B2:B4"))
            for (index, kind) in [Chart.Kind.column, .bar, .line, .pie].enumerated() {
                var chart = Chart(kind, title: "Attendance \(index)")
                chart.series = [ChartSeries(name: "Attended", categories: categories, values: values, color: .navy)]
                chart.categoryAxisTitle = "Meeting"
                chart.valueAxisTitle = "People"
                chart.legend = .bottom
                try charts.insertChart(chart, row: index * 16, column: 0)
            }
        }
        let chartParts = xml.partNames.filter { $0.hasPrefix("xl/charts/chart") }
        XCTAssertEqual(chartParts.count, 4)
        let all = try chartParts.map { try xml.part($0) }
        XCTAssertEqual(all.filter { $0.contains("<c:barChart>") }.count, 2)
        XCTAssertEqual(all.filter { $0.contains("<c:lineChart>") }.count, 1)
        XCTAssertEqual(all.filter { $0.contains("<c:pieChart>") }.count, 1)
        let column = try XCTUnwrap(all.first { $0.contains("<c:barDir val=\"col\"/>") })
        XCTAssertTrue(column.contains("<c:f>'Data'!$B$2:$B$4</c:f>") || column.contains("<c:f>Data!$B$2:$B$4</c:f>"), column)
        XCTAssertTrue(column.contains("Attendance 0"))
        XCTAssertTrue(column.contains("Meeting") && column.contains("People"))
        XCTAssertTrue(column.contains("<c:v>Attended</c:v>"))
        XCTAssertTrue(column.contains("<c:legendPos val=\"b\"/>"))
        XCTAssertTrue(try xml.relatedParts(ofSheet: "Charts").contains { $0.contains("drawings/drawing") })
    }

    func testDocumentPropertiesAndDefinedNames() throws {
        let xml = try build { workbook, sheet in
            workbook.properties = DocumentProperties(title: "Tracker", author: "Convene", company: "Example Partnership")
            try sheet.writeNumber(1, row: 0, column: 0)
            try workbook.defineName("Threshold", refersTo: "=Data!$A$1")
        }
        let core = try xml.part("docProps/core.xml")
        XCTAssertTrue(core.contains("<dc:title>Tracker</dc:title>"))
        XCTAssertTrue(core.contains("<dc:creator>Convene</dc:creator>"))
        XCTAssertTrue(try xml.part("docProps/app.xml").contains("<Company>Example Partnership</Company>"))
        XCTAssertTrue(try xml.part("xl/workbook.xml").contains("<definedName name=\"Threshold\">Data!$A$1</definedName>"))
    }

    func testConstantMemoryModeStreamsRowsInOrder() throws {
        let url = folder.file("stream.xlsx")
        let workbook = try Workbook(destination: url, options: .init(constantMemory: true))
        XCTAssertTrue(workbook.isConstantMemory)
        let sheet = try workbook.addWorksheet(named: "Big")
        for row in 0..<2000 {
            try sheet.writeString("Person \(row)", row: row, column: 0)
            try sheet.writeNumber(Double(row), row: row, column: 1)
        }
        XCTAssertThrowsError(try sheet.writeString("late", row: 5, column: 0)) { error in
            guard case .invalidArgument(_, let cell, _)? = error as? SpreadsheetError else { return XCTFail("\(error)") }
            XCTAssertEqual(cell, "A6")
        }
        XCTAssertThrowsError(try sheet.addTable(Table(range: try CellRange(a1: "A1:B10"))))
        try sheet.autofitColumns()
        try workbook.close()
        let xml = try WorkbookXML(url)
        let data = try xml.worksheet(named: "Big")
        XCTAssertEqual(WorkbookXML.attributes(of: "row", in: data).count, 2000)
        XCTAssertTrue(data.contains("<is><t>Person 1999</t></is>"), "constant memory writes inline strings")
        XCTAssertNotNil(WorkbookXML.attributes(of: "col", in: data).first, "autofit works after streaming")
    }

    func testInlineListItemsWithQuotesStayIntact() throws {
        let xml = try build { _, sheet in
            try sheet.addDataValidation(DataValidation(.list(["Say \"yes\"", "No & never", "<maybe>"])), to: try CellRange(a1: "A2:A9"))
        }
        let formula = try XCTUnwrap(WorkbookXML.elements("formula1", in: try xml.worksheet(named: "Data")).first)
        XCTAssertEqual(WorkbookXML.decodeEntities(formula), "\"Say \"\"yes\"\",No & never,<maybe>\"")
    }

    func testConstantMemoryKeepsMergesNotesValidationAndFormats() throws {
        let url = folder.file("stream-features.xlsx")
        let workbook = try Workbook(destination: url, options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet(named: "Big")
        try sheet.merge(try CellRange(a1: "A1:C1"), text: "Title", format: .bold)
        try sheet.writeString("Ada", row: 1, column: 0, format: .header)
        try sheet.addNote("a note", row: 1, column: 0)
        try sheet.addDataValidation(DataValidation(.list(["Yes", "No"])), to: try CellRange(a1: "B2:B9"))
        try sheet.freezePanes(rows: 2)
        try workbook.close()
        let xml = try WorkbookXML(url)
        let data = try xml.worksheet(named: "Big")
        XCTAssertEqual(WorkbookXML.attributes(of: "mergeCell", in: data).first?["ref"], "A1:C1")
        XCTAssertTrue(data.contains("<is><t>Title</t></is>"))
        XCTAssertTrue(data.contains("<is><t>Ada</t></is>"))
        XCTAssertEqual(WorkbookXML.attributes(of: "dataValidation", in: data).count, 1)
        XCTAssertTrue(try xml.relatedParts(ofSheet: "Big").contains { $0.contains("comments") })
    }
}
