import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Each person counts once (issue 11, item 4), end to end: `convene meetings`, the attendance workbook's Summary
/// and the tracker's Meetings sheet give the same invited / registered / attended / walk-in counts — on SampleData,
/// and on a meeting where one person registered under a work address and signed in under a personal one (two
/// people until `merge-people`, one after, two again after `split`), and another signed two sheets.
final class MeetingCountsCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-counts")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// Counts per meeting ID, as [invited, registered, attended, walk-ins].
    typealias Counts = [String: [Int]]

    func fromMeetingsCommand() throws -> Counts {
        var counts: Counts = [:]
        for m in try convene.meetings() {
            let id = try XCTUnwrap(m["id"] as? String)
            counts[id] = try ["invited", "registered", "attended", "walk_ins"].map { try XCTUnwrap(m[$0] as? Int, $0) }
        }
        return counts
    }

    /// The rows of a table sheet as header → text, the header in row `headerRow`.
    func table(_ file: String, _ sheet: String, headerRow: Int = 1) throws -> [[String: String]] {
        let rows = try XLSXReader(contentsOf: folder.file(file)).sheet(named: sheet).rows
        let header = try XCTUnwrap(rows.first { $0.number == headerRow }).texts
        return rows.filter { $0.number > headerRow }.map { row in
            let texts = row.texts
            return Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < texts.count ? texts[$0] : "") })
        }
    }

    /// The attendance workbook's Summary (matched to meetings by name and date) and the tracker's Meetings sheet.
    func fromWorkbooks() throws -> (attendance: Counts, tracker: Counts) {
        try convene.ok(["export", "attendance", "-o", "attendance.xlsx", "-q"])
        try convene.ok(["export", "tracker", "-o", "tracker.xlsx", "-q"])
        let ids = Dictionary(uniqueKeysWithValues: try convene.meetings().map {
            ("\($0["name"] as? String ?? "") \($0["date"] as? String ?? "")", $0["id"] as? String ?? "")
        })
        func numbers(_ row: [String: String], _ headers: [String]) throws -> [Int] {
            try headers.map { try XCTUnwrap(Int(row[$0] ?? ""), "\($0) in \(row)") }
        }
        var attendance: Counts = [:], tracker: Counts = [:]
        for row in try table("attendance.xlsx", "Summary") {
            let id = try XCTUnwrap(ids["\(row["Meeting"]!) \(row["Date"]!)"], "\(row)")
            attendance[id] = try numbers(row, ["Invited", "Registered", "Attended", "Walk-ins"])
        }
        for row in try table("tracker.xlsx", "Meetings") {
            tracker[row["Meeting ID"]!] = try numbers(row, ["Invited", "Registered", "Attended", "Walk-ins"])
        }
        return (attendance, tracker)
    }

    func assertCountsAgree(_ expected: Counts, file: StaticString = #filePath, line: UInt = #line) throws {
        let printed = try fromMeetingsCommand()
        XCTAssertEqual(printed, expected, "convene meetings", file: file, line: line)
        let (attendance, tracker) = try fromWorkbooks()
        XCTAssertEqual(attendance, printed, "attendance workbook's Summary vs convene meetings", file: file, line: line)
        XCTAssertEqual(tracker, printed, "tracker's Meetings sheet vs convene meetings", file: file, line: line)
    }

    func testSampleDataCountsAgreeEverywhere() throws {
        try SampleData.buildWorkspace(convene)
        // The launch: 13 invited, 9 registered, 10 came, 4 of them neither invited nor registered. The Zoom and
        // Teams calls and the fall sign-in had no invitation or RSVP list, so nobody walked in to them.
        try assertCountsAgree(["M0001": [13, 9, 10, 4], "M0002": [0, 0, 6, 0], "M0003": [0, 0, 4, 0],
                               "M0004": [0, 0, 8, 0], "M0005": [14, 0, 0, 0]])
        // The tracker's Attendance sheet marks as many people "Attended" per meeting.
        let grid = try table("tracker.xlsx", "Attendance")
        let attended = try fromMeetingsCommand().mapValues { $0[2] }
        for m in try convene.meetings() {
            let column = "\(m["date"] as! String) \(m["id"] as! String)"
            XCTAssertEqual(grid.filter { $0[column] == "Attended" }.count, attended[m["id"] as! String], column)
        }
    }

    /// An Eventbrite RSVP export, a door sign-in sheet and a second sheet at the registration table, CRLF as
    /// Excel saves them.
    func writeSpringConvening() throws {
        let rsvp = [
            "Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Event Name,Job Title,Company,Work Phone",
            "2001001,2026-05-01 09:14:03-05:00,Ann,Lee,ann.lee@acme.com,1,,General Admission,3001,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,Spring Convening,Plant Manager,Acme Manufacturing,",
            "2001002,2026-05-02 10:02:44-05:00,Raj,Patel,raj.patel@ivytech.edu,1,,General Admission,3002,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,Spring Convening,Dean,Ivy Tech Community College,",
            "2001003,2026-05-03 11:40:10-05:00,Priya,Natarajan,priya@metrowb.org,1,,General Admission,3003,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,Spring Convening,Director,Metro Workforce Board,",
        ]
        // Ann did not find her name on the door sheet, so she signed the blank rows as a walk-in, with her
        // personal address and her employer in the name cell.
        let door = ["Name,Organization,Email,Walk-in?,Signature",
                    "\"Ann Lee, Acme\",,ann@gmail.com,Yes,AL",
                    "Tom Baker,Baker Fabrication,tom@bakerfab.com,Yes,TB"]
        // Tom signed the registration table's sheet as well.
        let table = ["Name,Organization,Email,Signature",
                     "Priya Natarajan,Metro Workforce Board,priya@metrowb.org,PN",
                     "Tom Baker,Baker Fabrication,tom@bakerfab.com,T. Baker"]
        for (name, lines) in [("spring-rsvp.csv", rsvp), ("spring-door-signin.csv", door), ("spring-table-signin.csv", table)] {
            try Data(lines.map { $0 + "\r\n" }.joined().utf8).write(to: folder.file(name))
        }
        try convene.ok(["init", "--name", "Counts test"])
        let meeting = ["--meeting", "Spring Convening", "--date", "2026-05-14", "--kind", "partnership", "-q"]
        try convene.ok(["import", "spring-rsvp.csv"] + meeting)
        try convene.ok(["import", "spring-door-signin.csv", "spring-table-signin.csv"] + meeting)
    }

    func person(withEmail email: String) throws -> String {
        let people = try convene.people()
        return try XCTUnwrap(people.first { ($0["email"] as? String) == email }?["id"] as? String, "nobody with \(email): \(people)")
    }

    func attendees() throws -> [String] {
        try table("attendance.xlsx", "Attendees").map { "\($0["Organization"]!): \($0["Status"]!)" }.sorted()
    }

    func testOnePersonUnderTwoRecordsCountsOnceOnceMerged() throws {
        try writeSpringConvening()
        let work = try person(withEmail: "ann.lee@acme.com"), personal = try person(withEmail: "ann@gmail.com")
        XCTAssertNotEqual(work, personal, "the matcher keeps the two Anns apart: nothing links the two addresses")
        XCTAssertEqual(try convene.people().count, 5, "Tom, who signed two sheets, is one person")

        // Apart: Ann registered (work) and Ann walked in (personal) are two people.
        try assertCountsAgree(["M0001": [0, 3, 3, 2]])
        XCTAssertEqual(try attendees(), ["Acme Manufacturing: Registered, absent", "Baker Fabrication: Attended (walk-in)",
                                         "Ivy Tech Community College: Registered, absent",
                                         "Metro Workforce Board: Attended", ": Attended (walk-in)"].sorted())

        // Merged: one Ann, attended, not a walk-in — she registered under her other record — and both rows kept.
        XCTAssertTrue(try convene.ok(["merge-people", work, personal]).contains("(2 records)"))
        try assertCountsAgree(["M0001": [0, 3, 3, 1]])
        XCTAssertEqual(try attendees(), ["Acme Manufacturing: Attended", "Baker Fabrication: Attended (walk-in)",
                                         "Ivy Tech Community College: Registered, absent", "Metro Workforce Board: Attended"])
        let ann = try XCTUnwrap(convene.json(["person", work]) as? [String: Any])
        let meetings = try XCTUnwrap(ann["meetings"] as? [[String: Any]])
        XCTAssertEqual(meetings.count, 1, "one line for the meeting: \(meetings)")
        XCTAssertEqual(meetings.first?["status"] as? String, "attended")
        let rows = try XCTUnwrap(meetings.first?["rows"] as? [[String: String]])
        XCTAssertEqual(rows, [["source": "spring-rsvp.csv#1", "status": "registered"],
                              ["source": "spring-door-signin.csv#1", "status": "walk-in"]])
        let printed = try convene.ok(["person", work])
        XCTAssertTrue(printed.contains("Meetings (1):\n  2026-05-14  Spring Convening (partnership) — attended "
                                       + "(from spring-rsvp.csv#1 registered; spring-door-signin.csv#1 walk-in)"), printed)

        // The tracker's Attendance sheet: Ann on one line.
        let grid = try table("tracker.xlsx", "Attendance")
        XCTAssertEqual(grid.filter { $0["Organization"] == "Acme Manufacturing" }.count, 1, "\(grid)")
        XCTAssertEqual(grid.filter { $0["2026-05-14 M0001"] == "Attended" }.count, 3)

        // Tom signed two sheets: one person, one walk-in, two rows.
        let tom = try XCTUnwrap(convene.json(["person", try person(withEmail: "tom@bakerfab.com")]) as? [String: Any])
        let tomMeetings = try XCTUnwrap(tom["meetings"] as? [[String: Any]])
        XCTAssertEqual(tomMeetings.map { $0["status"] as? String }, ["walk-in"])
        XCTAssertEqual((tomMeetings.first?["rows"] as? [Any])?.count, 2)

        // Folding is a view: splitting the sign-in record off again brings back the walk-in.
        let records = try XCTUnwrap(ann["records"] as? [[String: Any]])
        let signIn = try XCTUnwrap(records.first { ($0["file"] as? String) == "spring-door-signin.csv" }?["record_id"] as? Int)
        try convene.ok(["split", work, "--records", String(signIn), "-q"])
        try assertCountsAgree(["M0001": [0, 3, 3, 2]])
    }

    // MARK: Employer engagement (issue 11, item 5)

    /// The attendance workbook's Employer engagement rows (header in row 2, under the note) by year.
    func engagementByYear() throws -> [String: [String: String]] {
        Dictionary(uniqueKeysWithValues: try table("attendance.xlsx", "Employer engagement", headerRow: 2).map { ($0["Year"]!, $0) })
    }

    func testSampleDataEngagementAgreesWithTheTrackerDashboard() throws {
        try SampleData.buildWorkspace(convene)
        _ = try fromWorkbooks()
        let note = try XLSXReader(contentsOf: folder.file("attendance.xlsx")).sheet(named: "Employer engagement")["A1"].text
        XCTAssertTrue(note.hasPrefix("How it is counted: a business is engaged in a year"), note)
        let years = try engagementByYear()
        XCTAssertEqual(Set(years.keys), ["2026"], "the winter meeting (2027) has invitations only: nobody engaged yet")
        let dashboard = try XLSXReader(contentsOf: folder.file("tracker.xlsx")).sheet(named: "Dashboard").rows
        let engaged = try XCTUnwrap(dashboard.first { $0.texts.first == "Businesses engaged" }?.texts[1])
        XCTAssertEqual(years["2026"]?["Businesses engaged"], engaged, "every meeting with attendance was in 2026")
        XCTAssertEqual(years["2026"]?["New businesses"], engaged, "the partnership's first year: every business is new")
        XCTAssertEqual(years["2026"]?["Repeat businesses"], "0")
        // Per meeting: business and public-partner attendees add up to the Summary's business and public counts.
        let summary = try table("attendance.xlsx", "Summary")
        let ratio = try table("attendance.xlsx", "Business ratio", headerRow: 2)
        XCTAssertEqual(ratio.map { [$0["Meeting"]!, $0["Business attendees"]!, $0["Public-partner attendees"]!] },
                       summary.map { [$0["Meeting"]!, $0["Business"]!, $0["Public partners"]!] })
        let launch = try XCTUnwrap(ratio.first { $0["Meeting"] == "Partnership Launch" })
        XCTAssertEqual(Double(launch["Business attendees per public partner"] ?? ""),
                       Double(launch["Business attendees"]!)! / Double(launch["Public-partner attendees"]!)!)
    }

    func testEngagementFollowsMergesAndEarlierYears() throws {
        try writeSpringConvening()
        // Ann came to the 2023 summit too, under her work address: Acme is a repeat business in 2026.
        try Data("Name,Organization,Email,Signature\r\nAnn Lee,Acme Manufacturing,ann.lee@acme.com,AL\r\n".utf8)
            .write(to: folder.file("summit-2023-signin.csv"))
        try convene.ok(["import", "summit-2023-signin.csv", "--meeting", "Regional Summit", "--date", "2023-10-05",
                        "--kind", "partnership", "-q"])
        _ = try fromWorkbooks()
        func figures(_ year: String) throws -> [String] {
            let row = try XCTUnwrap(try engagementByYear()[year], year)
            return ["Meetings attended", "Businesses engaged", "Repeat businesses", "New businesses", "Back after a gap",
                    "Public partners engaged"].map { row[$0] ?? "" }
        }
        XCTAssertEqual(try figures("2023"), ["1", "1", "0", "1", "0", "0"])
        XCTAssertEqual(try figures("2024"), ["0", "0", "0", "0", "0", "0"])
        // Before the merge the Ann who came in 2026 belongs to no organization, and the Acme Ann only registered.
        XCTAssertEqual(try figures("2026"), ["1", "1", "0", "1", "0", "1"], "Baker Fabrication new; Acme not engaged")
        func spring() throws -> [String] {
            let row = try XCTUnwrap(try table("attendance.xlsx", "Business ratio", headerRow: 2).first { $0["Meeting"] == "Spring Convening" })
            return ["Business attendees", "Public-partner attendees", "Unclassified attendees",
                    "Business attendees per public partner"].map { row[$0] ?? "" }
        }
        // Ann's sign-in under her personal address names no organization until she is merged with her RSVP.
        XCTAssertEqual(try spring(), ["1", "1", "1", "1"])
        try convene.ok(["merge-people", try person(withEmail: "ann.lee@acme.com"), try person(withEmail: "ann@gmail.com"), "-q"])
        _ = try fromWorkbooks()
        XCTAssertEqual(try spring(), ["2", "1", "0", "2"], "Ann and Tom for business, Priya for the workforce board")
        XCTAssertEqual(try figures("2026"), ["1", "2", "1", "1", "0", "1"], "Acme engaged, a repeat from 2023; Baker new")
    }

    /// Kathy registered as "Kathy O'Neil" with her email and signed the sheet as "Kathy ONeil, Riverton Precision
    /// Machining" in the name cell: one person, attended, no walk-in (the apostrophe and the workplace after the
    /// comma used to make her two people and a walk-in).
    func testASpellingVariantOnTheSheetIsTheRegisteredPerson() throws {
        try convene.ok(["init", "--name", "Counts", "-q"])
        try Inputs.write("Name,Organization,Email\r\nKathy O'Neil,Riverton Precision Machining,koneil@rpm.example.com\r\nTom Reyes,Acme,tom@acme.example.com\r\n",
                         to: folder.file("rsvp.csv"))
        try Inputs.write("Name,Organization\r\n\"Kathy ONeil, Riverton Precision Machining\",\r\nTom Reyes,Acme\r\n", to: folder.file("door.csv"))
        try convene.ok(["import", "rsvp.csv", "--meeting", "Quarterly", "--date", "2026-06-10", "--as", "registered"])
        try convene.ok(["import", "door.csv", "--meeting", "Quarterly", "--date", "2026-06-10", "--as", "attended"])
        XCTAssertEqual(try fromMeetingsCommand()["M0001"], [0, 2, 2, 0])
        XCTAssertEqual(try convene.people().count, 2)
    }
}
