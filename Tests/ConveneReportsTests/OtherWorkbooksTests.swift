import ConveneModel
import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest
@testable import ConveneReports

final class OtherWorkbooksTests: XCTestCase {
    let snapshot = SampleSnapshot.make()

    func testAttendanceWorkbookReadBack() throws {
        let folder = try TemporaryDirectory()
        let url = folder.file("attendance.xlsx")
        try AttendanceWorkbook(snapshot: snapshot).write(to: url)
        let reader = try XLSXReader(contentsOf: url)
        XCTAssertEqual(reader.sheets.map(\.name), AttendanceWorkbook.sheetNames)
        let summary = try reader.sheet(named: "Summary")
        XCTAssertEqual(summary.rows[0].texts, AttendanceWorkbook.summaryHeaders)
        XCTAssertEqual(summary.rows[1].texts.prefix(10), ["Launch meeting", "2024-03-05", "In person", "5", "4", "1", "1", "1", "4", "0"])
        XCTAssertEqual(summary.rows[2].texts.last, "38", "average of 60, 40 and 15 minutes, rejoins merged")
        let retention = try reader.sheet(named: "Retention")
        XCTAssertEqual(retention.rows.dropFirst().map { Array($0.texts[2...4]) }, [["0", "4", "0"], ["2", "1", "2"], ["2", "1", "2"]])
        XCTAssertEqual(try WorkbookXML(url).partNames.filter { $0.hasPrefix("xl/charts/") }.count, 1, "retention chart")

        let one = folder.file("one.xlsx")
        try AttendanceWorkbook(snapshot: snapshot, meeting: MeetingID("M2")).write(to: one)
        let attendees = try XLSXReader(contentsOf: one).sheet(named: "Attendees")
        XCTAssertEqual(attendees.rows.dropFirst().map { $0.texts[1] + " " + $0.texts[4] + " " + $0.texts[6] },
                       ["Éclair, Jr, Ana Attended (walk-in) 15", "Natarajan, Priya Attended 40", "Reyes, Dana Attended 60"])
        XCTAssertThrowsError(try AttendanceWorkbook(snapshot: snapshot, meeting: MeetingID("M9")))
    }

    func testSignInSheetIsSortedWithBlankRowsAndPrintable() throws {
        let folder = try TemporaryDirectory()
        let url = folder.file("signin.xlsx")
        try SignInWorkbook(snapshot: snapshot, meeting: MeetingID("M3"), walkInRows: 10).write(to: url)
        let sheet = try XLSXReader(contentsOf: url).sheet(named: "Sign-in")
        XCTAssertEqual(sheet["A1"].text, "Metro Manufacturing Partnership")
        XCTAssertEqual(sheet.rows.first { $0.number == 5 }?.texts, SignInWorkbook.headers)
        let names = sheet.rows.filter { (6...9).contains($0.number) }.map { $0.texts[1] }
        XCTAssertEqual(names, ["Natarajan, Priya", "Okafor, Lee", "Reyes, Dana", "Smith, Robert"])
        XCTAssertFalse(sheet.rows.flatMap(\.texts).contains { $0.contains("@") }, "no emails on a sheet passed round the room")
        let last = try XCTUnwrap(sheet.rows.last)
        XCTAssertEqual(last.texts.first, "14", "4 invited + 10 walk-in rows")
        let xml = try WorkbookXML(url)
        XCTAssertTrue(try xml.part("xl/workbook.xml").contains("_xlnm.Print_Titles"))
        XCTAssertTrue(try xml.worksheet(named: "Sign-in").contains("fitToPage=\"1\""))
    }

    func testContactsCSVHasBOMAndNeutralizesFormulas() throws {
        var s = snapshot
        s.people[0].title = "=cmd|' /C calc'!A0"
        let csv = MailingLists.contacts(s, kind: .business).table.csvData()
        XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("First name,Last name,Full name,Email,Phone,Organization,Partner kind,"))
        XCTAssertTrue(text.contains(",'=cmd|' /C calc'!A0,"), text)
        XCTAssertTrue(text.contains("Éclair"))
        XCTAssertTrue(text.contains("\r\n"))
    }
}
