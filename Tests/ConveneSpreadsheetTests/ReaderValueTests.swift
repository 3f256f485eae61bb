import XCTest
@testable import ConveneSpreadsheet

/// The small pure pieces of the reader: references, date serials, number-format classification, text
/// rendering and shared-formula translation.
final class ReaderValueTests: XCTestCase {
    func testCellReferencesParseAndPrint() {
        XCTAssertEqual(XLSXCellReference("A1").map { [$0.row, $0.column] }, [1, 1])
        XCTAssertEqual(XLSXCellReference("AA10").map { [$0.row, $0.column] }, [10, 27])
        XCTAssertEqual(XLSXCellReference("$ab$10")?.a1, "AB10")
        XCTAssertEqual(XLSXCellReference("XFD1048576").map { [$0.row, $0.column] }, [1_048_576, 16_384])
        for bad in ["", "A", "1", "A0", "1A", "XFE1", "A1048577", "AAAA1", "A1B", "A-1", "A 1"] {
            XCTAssertNil(XLSXCellReference(bad), bad)
        }
        XCTAssertEqual([1, 26, 27, 52, 702, 703, 16_384].map(XLSXCellReference.columnLetters),
                       ["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"])
        XCTAssertEqual(XLSXCellRange("C3:A1")?.description, "A1:C3")
        XCTAssertEqual(XLSXCellRange("$B$2")?.rowCount, 1)
        XCTAssertTrue(XLSXCellRange("B2:D9")!.contains(XLSXCellReference("C5")!))
        XCTAssertFalse(XLSXCellRange("B2:D9")!.contains(XLSXCellReference("E5")!))
    }

    func testSerials1900IncludeExcelsPhantomLeapDay() {
        let system = XLSXDateSystem.windows1900
        XCTAssertEqual(system.dateTime(fromSerial: 1)?.iso8601, "1900-01-01")
        XCTAssertEqual(system.dateTime(fromSerial: 59)?.iso8601, "1900-02-28")
        XCTAssertEqual(system.dateTime(fromSerial: 60)?.iso8601, "1900-02-29")
        XCTAssertEqual(system.dateTime(fromSerial: 61)?.iso8601, "1900-03-01")
        XCTAssertEqual(system.dateTime(fromSerial: 45_723)?.iso8601, "2025-03-07")
        XCTAssertEqual(system.dateTime(fromSerial: 2_958_465)?.iso8601, "9999-12-31")
        XCTAssertNil(system.dateTime(fromSerial: 2_958_466))
        XCTAssertNil(system.dateTime(fromSerial: -1))
        XCTAssertNil(system.dateTime(fromSerial: .nan))
        XCTAssertEqual(system.dateTime(fromSerial: 45_723.604166666664)?.iso8601, "2025-03-07T14:30:00")
        // 23:59:59.9999 rounds to the next midnight, never to a 24th hour.
        XCTAssertEqual(system.dateTime(fromSerial: 45_723.999_999_999)?.iso8601, "2025-03-08")
        XCTAssertEqual(system.dateTime(fromSerial: 0.75, hasDate: false)?.iso8601, "18:00:00")
        XCTAssertEqual(system.dateTime(fromSerial: 0.000_011_574_074)?.millisecond, 0)
        XCTAssertEqual(system.dateTime(fromSerial: 1.5 / 86_400, hasDate: false)?.iso8601, "00:00:01.500")
    }

    func testSerials1904CountFrom1904() {
        let system = XLSXDateSystem.mac1904
        XCTAssertEqual(system.dateTime(fromSerial: 0)?.iso8601, "1904-01-01")
        XCTAssertEqual(system.dateTime(fromSerial: 44_261)?.iso8601, "2025-03-07")
        XCTAssertEqual(system.dateTime(fromSerial: 1_827)?.iso8601, "1909-01-01") // 1904 and 1908 are leap years
    }

    func testNumberFormatsAreClassifiedAsDatesTimesOrNeither() {
        let expectations: [(String, DateFormatKind)] = [
            ("General", .none), ("0.00", .none), ("#,##0_);[Red](#,##0)", .none), ("0.00E+00", .none),
            ("@", .none), ("\"Day\" 0", .none), ("0 \"days\"", .none), ("[Red]0.0;[Blue]-0.0", .none),
            ("[>=100]0;0.00", .none), ("\\d0", .none), ("_m0", .none),
            ("yyyy-mm-dd", .date), ("d-mmm-yy", .date), ("mmm yyyy", .date), ("mmmm", .date),
            ("[$-F800]dddd, mmmm dd, yyyy", .date), ("[$-409]d\\-mmm\\-yyyy;@", .date), ("DD/MM/YYYY", .date),
            ("h:mm", .time), ("hh:mm:ss", .time), ("mm:ss", .time), ("[h]:mm:ss", .time), ("[mm]:ss", .time),
            ("h:mm AM/PM", .time), ("[$-409]h:mm:ss AM/PM", .time), ("mm:ss.0", .time),
            ("yyyy-mm-dd hh:mm", .dateTime), ("m/d/yy h:mm", .dateTime), ("dd/mm/yyyy\\ hh:mm", .dateTime),
        ]
        for (code, expected) in expectations {
            XCTAssertEqual(DateFormatKind.classify(code), expected, code)
        }
        XCTAssertEqual((0...60).filter { DateFormatKind.builtIn($0).isDateOrTime },
                       [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])
    }

    func testTextRenderingForImporters() {
        XCTAssertEqual(XLSXCellValue.number(42).text, "42")
        XCTAssertEqual(XLSXCellValue.number(-3).text, "-3")
        XCTAssertEqual(XLSXCellValue.number(0.1).text, "0.1")
        XCTAssertEqual(XLSXCellValue.number(5_550_123_456).text, "5550123456")
        XCTAssertEqual(XLSXCellValue.number(2.5e-8).text, "2.5e-08")
        XCTAssertEqual(XLSXCellValue.number(1e20).text, "1e+20")
        XCTAssertEqual(XLSXCellValue.number(1.1 + 2.2).text, "3.3", "Excel shows 15 significant digits")
        XCTAssertEqual(XLSXCellValue.number(-0.0).text, "0")
        XCTAssertEqual(XLSXCellValue.number(.pi).text, "3.14159265358979")
        XCTAssertEqual(XLSXCellValue.bool(true).text, "TRUE")
        XCTAssertEqual(XLSXCellValue.error("#N/A").text, "#N/A")
        XCTAssertEqual(XLSXCellValue.empty.text, "")
        XCTAssertTrue(XLSXCellValue.string(" \t").isBlank)
        XCTAssertFalse(XLSXCellValue.number(0).isBlank)
    }

    func testSharedFormulasMoveRelativeReferencesOnly() {
        XCTAssertEqual(FormulaShifter.shift("B2*2", rows: 1, columns: 0), "B3*2")
        XCTAssertEqual(FormulaShifter.shift("$B$2+B2+$B2+B$2", rows: 2, columns: 1), "$B$2+C4+$B4+C$2")
        XCTAssertEqual(FormulaShifter.shift("SUM(A1:A3)", rows: 0, columns: 2), "SUM(C1:C3)")
        XCTAssertEqual(FormulaShifter.shift("LOG10(A1)&\"A1\"", rows: 1, columns: 0), "LOG10(A2)&\"A1\"")
        XCTAssertEqual(FormulaShifter.shift("'Q1 A1'!A1+Q1!B1", rows: 1, columns: 0), "'Q1 A1'!A2+Q1!B2")
        XCTAssertEqual(FormulaShifter.shift("A1", rows: -1, columns: 0), "#REF!")
        XCTAssertEqual(FormulaShifter.shift("_xlfn.IFS(A1>1,1)", rows: 1, columns: 0), "_xlfn.IFS(A2>1,1)")
    }

    func testOOXMLEscapesAreDecoded() {
        XCTAssertEqual(decodeOOXMLEscapes("a_x000D_b"), "a\rb")
        XCTAssertEqual(decodeOOXMLEscapes("_x005F_x000D_"), "_x000D_")
        XCTAssertEqual(decodeOOXMLEscapes("snake_case_x"), "snake_case_x")
        XCTAssertEqual(decodeOOXMLEscapes("_x+123_"), "_x+123_")
    }
}

extension ReaderValueTests {
    func testDateTimesConvertToFoundationAndToTheWriter() throws {
        let value = try XCTUnwrap(XLSXDateSystem.windows1900.dateTime(fromSerial: 45_723.5))
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        XCTAssertEqual(value.date(in: utc), Date(timeIntervalSince1970: 1_741_348_800))
        XCTAssertEqual(value.dateComponents.year, 2025)
        XCTAssertEqual(value.excelDateTime, ExcelDateTime(year: 2025, month: 3, day: 7, hour: 12))
        XCTAssertNil(XLSXDateSystem.windows1900.dateTime(fromSerial: 60)?.date(in: utc), "1900-02-29 does not exist")
        XCTAssertNil(XLSXDateSystem.windows1900.dateTime(fromSerial: 0.5, hasDate: false)?.excelDateTime)
    }
}
