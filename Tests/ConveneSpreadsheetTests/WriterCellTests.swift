import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Every cell kind is written, then read back from the file's XML (independently of our reader).
final class WriterCellTests: XCTestCase {
    private func build(_ body: (Worksheet) throws -> Void) throws -> (WorkbookXML, String, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        let url = folder.file("cells.xlsx")
        let workbook = try Workbook(destination: url)
        let sheet = try workbook.addWorksheet(named: "Cells")
        try body(sheet)
        try workbook.close()
        let xml = try WorkbookXML(url)
        return (xml, try xml.worksheet(named: "Cells"), folder)
    }

    private func sharedString(_ cell: String, _ xml: WorkbookXML, _ sheet: String) throws -> String? {
        guard let element = WorkbookXML.cellElement(cell, in: sheet), element.contains("t=\"s\""),
              let index = Int(WorkbookXML.elements("v", in: element).first ?? "") else { return nil }
        return try xml.sharedStrings()[index]
    }

    func testStringsStayTextEvenWhenTheyLookLikeFormulas() throws {
        let hostile = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2", "@SUM(A1)", "0042", "1e5", "TRUE"]
        let (xml, sheet, _) = try build { sheet in
            for (row, text) in hostile.enumerated() { try sheet.writeString(text, row: row, column: 0) }
            try sheet.write(.string("Ünïcødé & <tags> \"quoted\" 東京"), row: hostile.count, column: 0)
        }
        for (row, text) in hostile.enumerated() {
            XCTAssertEqual(try sharedString("A\(row + 1)", xml, sheet), text)
            XCTAssertFalse(WorkbookXML.cellElement("A\(row + 1)", in: sheet)!.contains("<f>"), "row \(row) became a formula")
        }
        XCTAssertEqual(try sharedString("A\(hostile.count + 1)", xml, sheet), "Ünïcødé & <tags> \"quoted\" 東京")
        XCTAssertFalse(sheet.contains("<f>"))
    }

    func testNumbersBooleansBlanksAndEmptyStrings() throws {
        let (_, sheet, _) = try build { sheet in
            try sheet.writeNumber(3.25, row: 0, column: 0)
            try sheet.write(.number(-1_000_000), row: 0, column: 1, format: .integer)
            try sheet.writeBoolean(true, row: 1, column: 0)
            try sheet.write(.boolean(false), row: 1, column: 1)
            try sheet.writeBlank(row: 2, column: 0, format: Format().with { $0.fillColor = .lightGray })
            try sheet.writeString("", row: 2, column: 1)                      // nothing at all
        }
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("A1", in: sheet)!), ["3.25"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("B1", in: sheet)!), ["-1000000"])
        XCTAssertTrue(WorkbookXML.cellElement("A2", in: sheet)!.contains("t=\"b\""))
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("A2", in: sheet)!), ["1"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("B2", in: sheet)!), ["0"])
        let blank = try XCTUnwrap(WorkbookXML.cellElement("A3", in: sheet))
        XCTAssertTrue(blank.contains(" s=\""), "a formatted blank keeps its style")
        XCTAssertFalse(blank.contains("<v>"))
        XCTAssertNil(WorkbookXML.cellElement("B3", in: sheet))
    }

    func testDatesAreSerialNumbersWithADateFormat() throws {
        let (xml, sheet, _) = try build { sheet in
            try sheet.writeDate(year: 2026, month: 3, day: 14, row: 0, column: 0)
            try sheet.writeDate(ExcelDateTime(year: 2026, month: 3, day: 14, hour: 18), row: 0, column: 1)
            let instant = Date(timeIntervalSince1970: 0)   // 1970-01-01 00:00 UTC
            try sheet.writeDate(ExcelDateTime(instant, timeZone: TimeZone(identifier: "UTC")!), row: 0, column: 2,
                                format: Format(numberFormat: "d mmm yyyy"))
        }
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("A1", in: sheet)!), ["46095"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("B1", in: sheet)!), ["46095.75"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("C1", in: sheet)!), ["25569"])
        let styles = try xml.part("xl/styles.xml")
        XCTAssertTrue(styles.contains("formatCode=\"yyyy-mm-dd\""))
        XCTAssertTrue(styles.contains("formatCode=\"yyyy-mm-dd hh:mm\""))
        XCTAssertTrue(styles.contains("formatCode=\"d mmm yyyy\""))
    }

    func testFormulasKeepCachedResults() throws {
        let (_, sheet, _) = try build { sheet in
            try sheet.writeNumber(2, row: 0, column: 0)
            try sheet.writeFormula("=A1*21", result: .number(42), row: 0, column: 1)
            try sheet.write(.formula("UPPER(\"ok\")", result: .string("OK")), row: 0, column: 2)
            try sheet.write(.formula("=A1>1"), row: 0, column: 3)
        }
        let b1 = try XCTUnwrap(WorkbookXML.cellElement("B1", in: sheet))
        XCTAssertEqual(WorkbookXML.elements("f", in: b1), ["A1*21"])
        XCTAssertEqual(WorkbookXML.elements("v", in: b1), ["42"])
        let c1 = try XCTUnwrap(WorkbookXML.cellElement("C1", in: sheet))
        XCTAssertTrue(c1.contains("t=\"str\""))
        XCTAssertEqual(WorkbookXML.elements("v", in: c1), ["OK"])
        XCTAssertEqual(WorkbookXML.elements("f", in: WorkbookXML.cellElement("D1", in: sheet)!), ["A1&gt;1"])
    }

    func testURLsBecomeHyperlinksWithDisplayText() throws {
        let (xml, sheet, _) = try build { sheet in
            try sheet.writeURL("https://example.org/agenda?x=1&y=2", text: "Agenda", row: 0, column: 0)
            try sheet.write(.url("mailto:convener@example.org"), row: 1, column: 0)
            try sheet.writeURL("internal:'Cells'!A1", text: "Top", row: 2, column: 0)
        }
        XCTAssertEqual(try sharedString("A1", xml, sheet), "Agenda")
        // libxlsxwriter shows a mailto: link without its scheme when no text is given.
        XCTAssertEqual(try sharedString("A2", xml, sheet), "convener@example.org")
        let links = WorkbookXML.attributes(of: "hyperlink", in: sheet)
        XCTAssertEqual(links.count, 3)
        XCTAssertEqual(links.first(where: { $0["ref"] == "A3" })?["location"], "'Cells'!A1")
        let rels = try xml.part("xl/worksheets/_rels/sheet1.xml.rels")
        XCTAssertTrue(rels.contains("Target=\"https://example.org/agenda?x=1&amp;y=2\""))
        XCTAssertTrue(rels.contains("Target=\"mailto:convener@example.org\""))
    }

    func testWriteRowWritesEveryKindLeftToRight() throws {
        let (xml, sheet, _) = try build { sheet in
            try sheet.writeRow([.string("Ada"), .number(3), .date(ExcelDateTime(year: 2026, month: 1, day: 2)),
                                .boolean(true), .formula("=B2+1", result: .number(4)), .url("https://example.org", text: "site"),
                                .blank], row: 1, column: 1, format: Format().with { $0.bold = true })
        }
        XCTAssertEqual(try sharedString("B2", xml, sheet), "Ada")
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("C2", in: sheet)!), ["3"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("D2", in: sheet)!), ["46024"])
        XCTAssertTrue(WorkbookXML.cellElement("E2", in: sheet)!.contains("t=\"b\""))
        XCTAssertEqual(WorkbookXML.elements("f", in: WorkbookXML.cellElement("F2", in: sheet)!), ["B2+1"])
        XCTAssertEqual(try sharedString("G2", xml, sheet), "site")
        XCTAssertNotNil(WorkbookXML.cellElement("H2", in: sheet))
    }

    func testFormatsReachTheStylesPart() throws {
        var format = Format()
        format.fontName = "Arial"
        format.fontSize = 14
        format.bold = true
        format.italic = true
        format.fontColor = Color(hex: "#9C0006")
        format.fillColor = .goodFill
        format.border = .thin
        format.horizontalAlignment = .center
        format.verticalAlignment = .top
        format.wrapsText = true
        format.numberFormat = "0.0%"
        let (xml, _, _) = try build { sheet in
            try sheet.writeNumber(0.5, row: 0, column: 0, format: format)
            try sheet.writeNumber(0.25, row: 1, column: 0, format: format)   // same value → same style
            try sheet.writeBlank(row: 2, column: 0, format: Format().unlocked())
        }
        let styles = try xml.part("xl/styles.xml")
        for needle in ["<b/>", "<i/>", "val=\"Arial\"", "<sz val=\"14\"/>", "rgb=\"FF9C0006\"", "rgb=\"FFC6EFCE\"",
                       "<left style=\"thin\">", "horizontal=\"center\"", "vertical=\"top\"", "wrapText=\"1\"",
                       "formatCode=\"0.0%\"", "<protection locked=\"0\"/>"] {
            XCTAssertTrue(styles.contains(needle), "styles.xml lacks \(needle)")
        }
        // Default + the rich format + the unlocked one (the format cache deduplicates equal values).
        XCTAssertEqual(WorkbookXML.attributes(of: "cellXfs", in: styles).first?["count"], "3")
    }

    func testHugeNumbersAreWrittenAndNonFiniteCachedResultsRefused() throws {
        let (_, sheet, _) = try build { sheet in
            try sheet.writeNumber(1e300, row: 0, column: 0)
            try sheet.writeNumber(-9.3e18, row: 0, column: 1, format: .integer)
            try sheet.writeFormula("=A1*2", result: .number(2e300), row: 0, column: 2)
            XCTAssertThrowsError(try sheet.writeFormula("=1/0", result: .number(.infinity), row: 0, column: 3))
            try sheet.autofitColumns()
        }
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("A1", in: sheet)!), ["1E+300"])
        XCTAssertEqual(WorkbookXML.elements("v", in: WorkbookXML.cellElement("B1", in: sheet)!), ["-9.3E+18"])
        XCTAssertNil(WorkbookXML.cellElement("D1", in: sheet))
    }

    func testTextShapedLikeAnOOXMLEscapeIsProtected() throws {
        let (xml, sheet, _) = try build { sheet in
            try sheet.writeString("_x000D_ literal", row: 0, column: 0)
            try sheet.writeString("a_x0041__x0042_b", row: 1, column: 0)
            try sheet.writeString("_x12_ and _xZZZZ_ stay", row: 2, column: 0)
        }
        // The reader decodes _x005F_ back to "_", so the person's text survives exactly.
        XCTAssertEqual(try sharedString("A1", xml, sheet), "_x005F_x000D_ literal")
        XCTAssertEqual(try sharedString("A2", xml, sheet), "a_x005F_x0041__x005F_x0042_b")
        XCTAssertEqual(try sharedString("A3", xml, sheet), "_x12_ and _xZZZZ_ stay")
    }
}
