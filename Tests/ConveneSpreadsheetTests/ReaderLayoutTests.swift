import XCTest
@testable import ConveneSpreadsheet

/// Sheet XML as various writers lay it out: omitted `r` attributes (LibreOffice, streaming writers), namespace
/// prefixes, shared formulas, inline and ISO-date cells, escapes, Excel 2010 validations, unsorted cells.
final class ReaderLayoutTests: XCTestCase {
    private func sheet(_ rows: String, after: String = "", strings: [String] = [], date1904: Bool = false) throws
        -> XLSXSheet {
        try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(
            sheet: ReaderTestPackage.worksheet(rows, after: after), sharedStrings: strings, date1904: date1904))
    }

    func testMissingReferencesFollowThePreviousRowAndCell() throws {
        let sheet = try sheet("""
            <row><c t="s"><v>0</v></c><c><v>1</v></c></row>\
            <row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>\
            <row><c><v>5</v></c></row>
            """, strings: ["first"])
        XCTAssertEqual(sheet.rows.map(\.number), [1, 4, 5])
        XCTAssertEqual(sheet.rows[0].texts, ["first", "1"])
        XCTAssertEqual(sheet.rows[1].texts, ["", "", "3", "4"])
        XCTAssertEqual(sheet["D4"], .number(4))
        XCTAssertEqual(sheet["A5"], .number(5))
    }

    func testPrefixedNamespaceAndUnsortedCells() throws {
        let xml = """
            <?xml version="1.0"?><x:worksheet xmlns:x="\(ReaderTestPackage.main)"><x:sheetData>\
            <x:row r="2"><x:c r="C2"><x:v>3</x:v></x:c><x:c r="A2"><x:v>1</x:v></x:c></x:row>\
            <x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>top</x:t></x:is></x:c></x:row>\
            </x:sheetData></x:worksheet>
            """
        let sheet = try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(sheet: xml))
        XCTAssertEqual(sheet.rows.map(\.number), [1, 2])
        XCTAssertEqual(sheet.rows[1].cells.map(\.reference.a1), ["A2", "C2"])
        XCTAssertEqual(sheet["B1"], .string("top"))
    }

    func testSharedFormulasAreTranslatedPerCell() throws {
        let sheet = try sheet("""
            <row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>\
            <row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>\
            <row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>
            """)
        XCTAssertEqual(sheet.rows.compactMap { $0.cell(column: 2)?.formula }, ["A1*2", "A2*2", "A3*2"])
        XCTAssertEqual(sheet.rows.map { $0[column: 2] }, [.number(2), .number(4), .number(6)])
    }

    func testStringKindsEscapesAndPhonetics() throws {
        let sheet = try sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>A1&amp;"!"</f><v>tab_x0009_here!</v></c>\
            <c r="C1" t="inlineStr"><is><r><t>a</t></r><r><rPr><i/></rPr><t xml:space="preserve"> b </t></r></is></c>\
            <c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="b"><v>true</v></c><c r="F1" t="s"><v>1</v></c></row>
            """, strings: ["tab_x0009_here", "東京<rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"])
        XCTAssertEqual(sheet.rows[0].values, [.string("tab\there"), .string("tab\there!"), .string("a b "),
                                             .error("#N/A"), .bool(true), .string("東京")])
        XCTAssertEqual(sheet.cell(XLSXCellReference("B1")!)?.formula, "A1&\"!\"")
    }

    func testDatesFromStylesISOCellsAnd1904() throws {
        let rows = """
            <row r="1"><c r="A1" s="1"><v>45723</v></c><c r="B1" s="2"><v>45723.75</v></c>\
            <c r="C1" s="3"><v>0.5</v></c><c r="D1"><v>45723</v></c><c r="E1" t="d"><v>2025-03-07T09:15:00Z</v></c>\
            <c r="F1" s="1"><f>TODAY()</f><v>45723</v></c><c r="G1" s="1"/><c r="H1" s="1"><v>45723.75</v></c></row>
            """
        let sheet = try sheet(rows)
        XCTAssertEqual(sheet.rows[0].texts, ["2025-03-07", "2025-03-07T18:00:00", "12:00:00", "45723",
                                             "2025-03-07T09:15:00", "2025-03-07", "", "2025-03-07"])
        guard case .date(let hidden) = sheet["H1"] else { return XCTFail("H1 is a date") }
        XCTAssertEqual(hidden.hour, 18, "a date format hides the time in the text, not in the value")
        XCTAssertEqual(sheet.cell(XLSXCellReference("B1")!)?.numberFormat, "yyyy-mm-dd hh:mm")
        XCTAssertNil(sheet.cell(XLSXCellReference("G1")!), "a styled blank cell is not listed")
        let mac = try self.sheet(rows, date1904: true)
        XCTAssertEqual(mac["A1"].text, "2029-03-08")
    }

    func testExcel2010ValidationsAndMultiRangeSqref() throws {
        let after = """
            <dataValidations count="1"><dataValidation type="whole" operator="between" sqref="A2:A9 C2:C9">\
            <formula1>1</formula1><formula2>10</formula2></dataValidation></dataValidations>\
            <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" \
            xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
            <x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">\
            <x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$2:$A$6</xm:f></x14:formula1>\
            <xm:sqref>B2:B50</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>
            """
        let sheet = try sheet("", after: after)
        XCTAssertEqual(sheet.dataValidations.count, 2)
        XCTAssertEqual(sheet.dataValidations[0].ranges.map(\.description), ["A2:A9", "C2:C9"])
        XCTAssertEqual(sheet.dataValidations[0].formula2, "10")
        XCTAssertEqual(sheet.dataValidations[0].comparison, "between")
        XCTAssertEqual(sheet.dataValidations[1].formula1, "Lists!$A$2:$A$6")
        XCTAssertEqual(sheet.dataValidations[1].ranges.map(\.description), ["B2:B50"])
        XCTAssertTrue(sheet.dataValidations[1].allowsBlank)
        XCTAssertNil(sheet.dataValidations[1].listItems, "a range list has no inline items")
        XCTAssertTrue(sheet.rows.isEmpty)
        XCTAssertNil(sheet.usedRange)
    }

    /// A sheet part over 10 MB: handed to libxml2 in one buffer, Linux's XMLParser reported a spurious internal
    /// error at the very end; the reader streams it in chunks instead.
    func testSheetPartsLargerThanTenMegabytesParse() throws {
        let text = String(repeating: "x", count: 30_000)
        let row = "<row><c t=\"inlineStr\"><is><t>\(text)</t></is></c></row>"
        var limits = XLSXReadLimits.default
        limits.maxCompressionRatio = 10_000 // one repeated row compresses 800:1, which the default would refuse
        let sheet = try ReaderTestPackage.readSheet(ReaderTestPackage.workbookData(
            sheet: ReaderTestPackage.worksheet(String(repeating: row, count: 400))), limits: limits)
        XCTAssertEqual(sheet.rows.count, 400)
        XCTAssertEqual(sheet.rows.last?.number, 400)
        XCTAssertEqual(sheet["A400"], .string(text))
    }
}
