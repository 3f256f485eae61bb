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
        // Invited 5, registered 1, attended 4, registered absent 1, invited absent 1, walk-ins 1, new 4, returning 0.
        XCTAssertEqual(summary.rows[1].texts.prefix(11), ["Launch meeting", "2024-03-05", "In person", "5", "1", "4", "1", "1", "1", "4", "0"])
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

    /// A father and son invited to one meeting get two lines a person can tell apart: the sheet prints the
    /// generational suffix after the given name ("Smith, Robert Jr.").
    func testSignInSheetTellsAFatherFromHisSon() throws {
        var s = snapshot
        let son = try XCTUnwrap(s.people.firstIndex { $0.id == PersonID("P2") })
        s.people[son].name.suffix = "Jr."
        var father = s.people[son]
        father.id = PersonID("P9")
        father.name.suffix = "Sr."
        s.people.append(father)
        s.participations.append(Participation(meeting: MeetingID("M3"), person: father.id, status: .invited,
                                              source: SourceRecord(file: "M3.csv", record: 9)))
        let folder = try TemporaryDirectory()
        let url = folder.file("signin.xlsx")
        try SignInWorkbook(snapshot: s, meeting: MeetingID("M3")).write(to: url)
        let sheet = try XLSXReader(contentsOf: url).sheet(named: "Sign-in")
        let names = sheet.rows.filter { (6...10).contains($0.number) }.map { $0.texts[1] }
        XCTAssertEqual(names, ["Natarajan, Priya", "Okafor, Lee", "Reyes, Dana", "Smith, Robert Jr.", "Smith, Robert Sr."])
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

    /// Phones in the mail-merge list read as `merge --csv` writes them: a desk extension formatted like the rest,
    /// a number with its country code unquoted (it cannot be a formula), and a formula in the phone cell still
    /// neutralized.
    func testContactsCSVWritesPhonesAsMergeDoes() throws {
        let table = ReportTable(header: MailingLists.contactHeader, rows: [
            ["Lee", "Okafor", "Lee Okafor", "lee@okafor.com", MailingLists.displayPhone("+16085550108;ext=204")],
            ["Ann", "Hall", "Ann Hall", "ann@hall.co.uk", MailingLists.displayPhone("+442071234567")],
            ["Eve", "Mal", "Eve Mal", "eve@mal.com", "=HYPERLINK(\"http://x\")"],
        ].map { $0 + Array(repeating: "", count: MailingLists.contactHeader.count - 5) })
        let lines = String(decoding: table.csvData(byteOrderMark: false), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasPrefix("Lee,Okafor,Lee Okafor,lee@okafor.com,(608) 555-0108 x204,"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("Ann,Hall,Ann Hall,ann@hall.co.uk,+442071234567,"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("Eve,Mal,Eve Mal,eve@mal.com,\"'=HYPERLINK(\"\"http://x\"\")\","), lines[3])
    }
}

final class WorkbookEdgeCaseTests: XCTestCase {
    func testEmptyWorkspaceStillExportsEveryWorkbook() throws {
        let folder = try TemporaryDirectory()
        let empty = PartnershipSnapshot(settings: PartnershipSettings(name: "New Partnership"))
        let today = CalendarDate(year: 2024, month: 1, day: 1)
        try TrackerWorkbook(snapshot: empty, today: today).write(to: folder.file("t.xlsx"))
        try AttendanceWorkbook(snapshot: empty).write(to: folder.file("a.xlsx"))
        let reader = try XLSXReader(contentsOf: folder.file("t.xlsx"))
        XCTAssertEqual(reader.visibleWorksheetNames, TrackerWorkbook.sheetNames)
        let plan = try reader.sheet(named: "Action Plan")
        XCTAssertEqual(plan.rows.first?.texts, PlanColumn.headers)
        XCTAssertTrue(try ActionPlanFile.read(folder.file("t.xlsx")).rows.isEmpty, "an empty plan reads back empty")
        XCTAssertTrue(ConvenerChecklist.tasks(for: empty).allSatisfy { $0.due == nil && $0.status == .toDo })
    }

    func testFollowUpsChecklistAndAttendanceSheets() throws {
        let folder = try TemporaryDirectory()
        let snapshot = SampleSnapshot.make()
        try TrackerWorkbook(snapshot: snapshot, today: CalendarDate(year: 2024, month: 6, day: 10)).write(to: folder.file("t.xlsx"))
        let reader = try XLSXReader(contentsOf: folder.file("t.xlsx"))
        let followUps = try reader.sheet(named: "Follow-ups").rows.dropFirst().map { $0.texts }
        XCTAssertEqual(followUps.count, 6)
        XCTAssertTrue(followUps.contains { $0[0] == "Invited, did not attend" && $0[1] == "Priya Natarajan" && $0[4] == "priya@metrowb.example" })
        let checklist = try reader.sheet(named: "Convener checklist")
        let summary = try XCTUnwrap(checklist.rows.first { $0.texts[1].hasPrefix("Send the launch summary") })
        XCTAssertEqual(summary.texts[3], "2024-03-12")
        XCTAssertEqual(checklist.dataValidations.first?.listItems, ["To do", "Done"])
        let matrix = try reader.sheet(named: "Attendance")
        XCTAssertEqual(matrix.rows[0].texts, ["Name", "Organization", "Partner kind", "2024-03-05 M1", "2024-03-26 M2",
                                              "2024-06-04 M3", "Meetings attended"])
        let dana = try XCTUnwrap(matrix.rows.first { $0.texts[0] == "Reyes, Dana" })
        XCTAssertEqual(Array(dana.texts[3...6]), ["Attended", "Attended", "Attended", "3"])
        let lee = try XCTUnwrap(matrix.rows.first { $0.texts[0] == "Okafor, Lee" })
        XCTAssertEqual(Array(lee.texts[3...6]), ["Absent", "", "Attended", "1"])
    }

    func testOpenpyxlReadsAttendanceAndSignIn() throws {
        let folder = try TemporaryDirectory()
        let snapshot = SampleSnapshot.make()
        try AttendanceWorkbook(snapshot: snapshot).write(to: folder.file("a.xlsx"))
        try SignInWorkbook(snapshot: snapshot, meeting: MeetingID("M3")).write(to: folder.file("s.xlsx"))
        let out = try Python.run("""
        import sys, openpyxl
        a = openpyxl.load_workbook(sys.argv[1])
        r = a["Retention"]
        print(a.sheetnames, len(r._charts), [c.value for c in r[1]])
        s = openpyxl.load_workbook(sys.argv[2])["Sign-in"]
        print(s.print_title_rows, s.page_setup.orientation, s["B6"].value, s.max_row)
        """, arguments: [folder.file("a.xlsx").path, folder.file("s.xlsx").path])
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "['Summary', 'Employer engagement', 'Business ratio', 'Retention', 'Attendees', 'Organizations'] 1 "
                       + "['Meeting', 'Date', 'Returning', 'New', 'Lapsed since previous']")
        XCTAssertEqual(lines.dropFirst().first, "$5:$5 portrait Natarajan, Priya 25")
    }
}
