import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// `convene export …` end to end: each export on the SampleData workspace (what it prints, what it writes), a
/// hostile contact list (formula-shaped cells, quotes and commas, a bad email), and the documented failures.
final class ExportCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-export")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try SampleData.buildWorkspace(convene)
    }

    func testTrackerWorkbookMatchesTheWorkspace() throws {
        let people = try convene.people().count
        let printed = try convene.ok(["export", "tracker", "-o", "tracker.xlsx", "--as-of", "2026-11-20"])
        XCTAssertTrue(printed.hasPrefix("Wrote tracker.xlsx: 5 action items, \(people) people, 5 meetings, "), printed)
        let reader = try XLSXReader(contentsOf: folder.file("tracker.xlsx"))
        for sheet in ["Dashboard", "Action Plan", "Action Teams", "People", "Organizations", "Meetings", "Attendance",
                      "Follow-ups"] {
            XCTAssertTrue(reader.visibleWorksheetNames.contains(sheet), "no \(sheet) sheet: \(reader.visibleWorksheetNames)")
        }
        let plan = try reader.sheet(named: "Action Plan")
        let items = Set(plan.rows.dropFirst().compactMap { $0.texts.first { $0.hasPrefix("A000") } })
        XCTAssertEqual(items, ["A0001", "A0002", "A0003", "A0004", "A0005"])
        XCTAssertTrue(plan.rows.contains { $0.texts.contains("Host 3 plant tours for high-school CTE students") })
        XCTAssertFalse(plan.dataValidations.isEmpty, "the status column has its dropdown")

        // --json: the same figures, as strings under documented keys.
        let json = try XCTUnwrap(convene.json(["export", "tracker", "-o", "again.xlsx", "--as-of", "2026-11-20"]) as? [String: String])
        XCTAssertEqual(Set(json.keys), ["file", "items", "people", "overdue"])
        XCTAssertEqual(json["items"], "5")
        XCTAssertEqual(json["people"], String(people))
        XCTAssertEqual(json["file"], "again.xlsx")
        // A0003 ("Pool demand for a CNC programming cohort", due 2026-11-01) is overdue on 2026-11-20, not on 2026-10-20.
        XCTAssertEqual(json["overdue"], "1")
        let earlier = try XCTUnwrap(convene.json(["export", "tracker", "-o", "early.xlsx", "--as-of", "2026-10-20"]) as? [String: String])
        XCTAssertEqual(earlier["overdue"], "0")
    }

    func testAttendanceAndSignInSheets() throws {
        XCTAssertEqual(try convene.ok(["export", "attendance", "-o", "attendance.xlsx"]), "Wrote attendance.xlsx.\n")
        let attendance = try XLSXReader(contentsOf: folder.file("attendance.xlsx"))
        XCTAssertGreaterThanOrEqual(attendance.visibleWorksheetNames.count, 2, "\(attendance.visibleWorksheetNames)")
        let everything = try attendance.allWorksheets().flatMap { $0.rows.flatMap(\.texts) }
        for meeting in ["Partnership Launch", "Pipeline Action Team", "Fall Partnership Meeting"] {
            XCTAssertTrue(everything.contains { $0.contains(meeting) }, "attendance report names \(meeting)")
        }

        let printed = try convene.ok(["export", "signin", "--meeting", "Winter Partnership Meeting", "-o", "signin.xlsx",
                                      "--blank-rows", "5"])
        XCTAssertEqual(printed, "Wrote signin.xlsx: 14 names, 5 blank rows.\n")
        let sheet = try XLSXReader(contentsOf: folder.file("signin.xlsx")).firstVisibleWorksheet()
        let cells = sheet.rows.flatMap(\.texts)
        XCTAssertFalse(cells.contains { $0.contains("@") }, "no email goes round the room: \(cells)")
        XCTAssertTrue(cells.contains { $0.contains("Winter Partnership Meeting") }, "\(cells)")
        // By ID as well as by name.
        XCTAssertTrue(try convene.ok(["export", "signin", "--meeting", "M0005", "-o", "by-id.xlsx"]).contains("14 names"))
    }

    func testContactListsNameBadgesAndCalendar() throws {
        let business = try convene.ok(["export", "contacts", "--kind", "business", "-o", "business.csv"])
        let publicPartners = try convene.ok(["export", "contacts", "--kind", "public", "-o", "public.csv"])
        let all = try convene.ok(["export", "contacts", "-o", "all.csv"])
        func count(_ printed: String) -> Int? { printed.split(separator: " ").dropFirst(2).first.flatMap { Int($0) } }
        let (b, p, a) = (try XCTUnwrap(count(business)), try XCTUnwrap(count(publicPartners)), try XCTUnwrap(count(all)))
        XCTAssertGreaterThan(b, 0); XCTAssertGreaterThan(p, 0)
        XCTAssertEqual(b + p, a, "every contact is a business or a public partner: \(business)\(publicPartners)\(all)")
        let bytes = try Data(contentsOf: folder.file("business.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark, for Excel")
        let rows = try Written.csv(folder.file("business.csv"))
        XCTAssertEqual(rows.count, b + 1)
        let header = try XCTUnwrap(rows.first)
        let kind = try XCTUnwrap(header.firstIndex(of: "Partner kind"), "\(header)")
        XCTAssertTrue(header.contains("Email"))
        XCTAssertEqual(Set(rows.dropFirst().map { $0[kind] }), ["Business"])
        try convene.ok(["export", "contacts", "--kind", "business", "-o", "plain.csv", "--no-bom"])
        XCTAssertEqual(try Data(contentsOf: folder.file("plain.csv")).prefix(10), Data("First name".utf8))

        XCTAssertEqual(try convene.ok(["export", "namebadges", "--meeting", "Winter Partnership Meeting", "-o", "badges.csv"]),
                       "Wrote badges.csv: 14 badges.\n")
        let badges = try Written.csv(folder.file("badges.csv"))
        XCTAssertEqual(badges.count, 15)
        let last = try XCTUnwrap(badges.first?.firstIndex(of: "Last name"))
        let surnames = badges.dropFirst().map { $0[last] }
        XCTAssertEqual(surnames, surnames.sorted(), "badges come by last name")

        try convene.ok(["export", "ics", "--meeting", "Winter Partnership Meeting", "--start", "08:30", "--end", "10:00",
                        "--time-zone", "America/Chicago", "-o", "winter.ics"])
        let ics = try Written.text(folder.file("winter.ics"))
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\n"), "RFC 5545 lines end in CRLF: \(ics.debugDescription)")
        XCTAssertTrue(ics.contains("DTSTART:20270216T143000Z\r\n"), "08:30 in Chicago is 14:30 UTC: \(ics)")
        XCTAssertTrue(ics.contains("DTEND:20270216T160000Z\r\n"), ics)
        // Long lines are folded at 75 octets (a CRLF and a space), as RFC 5545 asks.
        XCTAssertTrue(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 }, ics)
        XCTAssertTrue(ics.replacingOccurrences(of: "\r\n ", with: "")
            .contains("SUMMARY:Tri-County Advanced Manufacturing Partnership: Winter Partnership Meeting\r\n"), ics)
        // The UID is stable: a second export updates the same calendar entry.
        try convene.ok(["export", "ics", "--meeting", "M0005", "-o", "again.ics"])
        func uid(_ text: String) -> String? { text.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } }
        XCTAssertEqual(uid(try Written.text(folder.file("again.ics"))), uid(ics))
    }

    /// A list with formula-shaped cells, quotes and commas inside values, and an email that is not one.
    func testHostileContactsComeOutFormulaSafe() throws {
        try Inputs.write("""
        First Name,Last Name,Email,Company,Job Title
        Eve,Mallory,eve@badco.example.com,"Bad ""Quotes"", Inc.",=HYPERLINK("http://evil.example")
        Zoë,Ångström,not-an-email,Ümlaut GmbH,+Chief
        Dash,Person,dash@badco.example.com,"Bad ""Quotes"", Inc.",-1+2

        """, to: folder.file("hostile.csv"))
        try convene.ok(["import", "hostile.csv"])
        let printed = try convene.ok(["export", "contacts", "-o", "all.csv"])
        XCTAssertTrue(printed.contains("(1 left out for a missing, invalid or bounced email)"), printed)
        let rows = try Written.csv(folder.file("all.csv"))
        let header = try XCTUnwrap(rows.first)
        let (title, org, email) = try (XCTUnwrap(header.firstIndex(of: "Title")), XCTUnwrap(header.firstIndex(of: "Organization")),
                                       XCTUnwrap(header.firstIndex(of: "Email")))
        let eve = try XCTUnwrap(rows.first { $0[email] == "eve@badco.example.com" }, "\(rows)")
        XCTAssertEqual(eve[title], "'=HYPERLINK(\"http://evil.example\")", "a formula-shaped cell is written as text")
        XCTAssertEqual(eve[org], "Bad \"Quotes\", Inc.")
        let dash = try XCTUnwrap(rows.first { $0[email] == "dash@badco.example.com" })
        XCTAssertEqual(dash[title], "'-1+2")
        XCTAssertFalse(rows.contains { $0.contains("not-an-email") }, "the bad email is left out")
        for row in rows.dropFirst() {
            for cell in row { XCTAssertFalse(["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "\(cell) in \(row)") }
        }
    }

    func testFailuresExitWithTheDocumentedCodesAndWriteNothing() throws {
        let kind = try convene.run(["export", "contacts", "--kind", "vendors", "-o", "x.csv"])
        XCTAssertEqual(kind.code, 2)
        XCTAssertTrue(kind.stderr.contains("--kind: expected business, public or all, found \"vendors\""), kind.stderr)
        let meeting = try convene.run(["export", "signin", "--meeting", "No Such Meeting", "-o", "x.xlsx"])
        XCTAssertEqual(meeting.code, 1)
        XCTAssertTrue(meeting.stderr.contains("no meeting \"No Such Meeting\""), meeting.stderr)
        let date = try convene.run(["export", "tracker", "-o", "x.xlsx", "--as-of", "20 Nov"])
        XCTAssertEqual(date.code, 2, date.stderr)
        let time = try convene.run(["export", "ics", "--meeting", "M0005", "--start", "25:99", "-o", "x.ics"])
        XCTAssertEqual(time.code, 2, time.stderr)
        let missingOutput = try convene.run(["export", "tracker"])
        XCTAssertEqual(missingOutput.code, 2)
        XCTAssertTrue(missingOutput.stderr.contains("--output"), missingOutput.stderr)
        let unwritable = try convene.run(["export", "attendance", "-o", folder.file("no-such-folder/a.xlsx").path])
        XCTAssertEqual(unwritable.code, 4)
        XCTAssertTrue(unwritable.stderr.contains("could not be written"), unwritable.stderr)
        let written = try folder.contents()
        XCTAssertFalse(written.contains { $0.hasPrefix("x.") }, "nothing written: \(written)")

        let elsewhere = try TemporaryDirectory(prefix: "convene-no-workspace")
        let outside = try ConveneRunner(binary: convene.binary, workspace: elsewhere.url).run(["export", "tracker", "-o", "t.xlsx"])
        XCTAssertEqual(outside.code, 3)
        XCTAssertTrue(outside.stderr.contains("not a Convene workspace"), outside.stderr)
        XCTAssertEqual(try elsewhere.contents(), [])
    }
}
