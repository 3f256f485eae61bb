import ConveneTestSupport
import Foundation
import XCTest

/// Meetings as conveners run them, through the real binary: what a meeting's file means (`--as`, or inferred from
/// its name and form timestamps, and said why), form hygiene (test and double submissions, a late sign-in, a
/// reworded question), and each person counted once in a Zoom call joined from a laptop and a phone.
final class MeetingReadingCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-reading")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Tri-County Advanced Manufacturing Partnership"])
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: folder.file(name)) }
    private func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    private func meeting(_ name: String) throws -> [String: Any] {
        try XCTUnwrap(try convene.meetings().first { $0["name"] as? String == name }, "no meeting \(name)")
    }

    private func counts(_ name: String) throws -> [String: Int] {
        let m = try meeting(name)
        var out: [String: Int] = [:]
        for key in ["invited", "registered", "attended", "walk_ins"] { out[key] = m[key] as? Int }
        return out
    }

    /// Google Forms' "Download responses (.csv)": every field quoted, LF, the form's title in the file name.
    /// A test submission two days before, Robert's double submission, Kwame's sign-in the next morning, and the
    /// organization question reworded mid-meeting (Forms appended "Where do you work?" as the last column; the
    /// rows after answer it and leave "Organization" empty).
    static let signInName = "June Partnership Meeting signin (Responses) - Form Responses 1.csv"
    static let signInForm = """
        "Timestamp","Email Address","Full name","Organization","Interested in being a champion?","Where do you work?"
        "2026/06/08 4:02:11 PM CDT","test@tricountywdb.example.org","test","Test","",""
        "2026/06/10 8:41:05 AM CDT","achen@helixcontrols.example.com","Angela Chen","Helix Controls Corp","Yes",""
        "2026/06/10 8:43:30 AM CDT","rsmith@acme-mfg.example.com","Robert Smith","Acme Manufacturing","",""
        "2026/06/10 8:43:52 AM CDT","rsmith@acme-mfg.example.com","Robert Smith","Acme Manufacturing","",""
        "2026/06/10 8:50:19 AM CDT","dwalker@rivertonsd.k12.example.org","Denise Walker","","","Riverton School District"
        "2026/06/11 7:15:00 AM CDT","kwame@mensahrobotics.example.com","Kwame Mensah","","","Mensah Robotics"

        """

    func testAGoogleFormSignInIsAttendanceWithoutItsTestAndDoubleSubmissions() throws {
        try write(Self.signInName, Self.signInForm)
        let out = try convene.ok(["import", Self.signInName, "--meeting", "June Partnership Meeting",
                                  "--date", "2026-06-10", "--kind", "partnership"])
        let id = try XCTUnwrap(try meeting("June Partnership Meeting")["id"] as? String)
        XCTAssertTrue(out.contains("read as attendance at \(id) (file name says sign-in; 5 of 6 timestamps within a day of 2026-06-10)"), out)
        XCTAssertTrue(out.contains(":2: test submission (name \"test\", submitted before the meeting) left out"), out)
        XCTAssertTrue(out.contains(":5: same person as line 4 (submitted twice): counted once"), out)
        // Angela, Robert once, Denise, and Kwame who signed in the next morning; not the test.
        XCTAssertEqual(try counts("June Partnership Meeting"), ["invited": 0, "registered": 0, "attended": 4, "walk_ins": 0])
        let people = try convene.people()
        XCTAssertEqual(people.count, 4, "no person for the test submission: \(people)")
        let organizations = Dictionary(uniqueKeysWithValues: people.map { ($0["email"] as? String ?? "", $0["organization"] as? String) })
        XCTAssertEqual(organizations["dwalker@rivertonsd.k12.example.org"], "Riverton School District", "the reworded question")
        XCTAssertEqual(organizations["kwame@mensahrobotics.example.com"], "Mensah Robotics")
        XCTAssertEqual(organizations["achen@helixcontrols.example.com"], "Helix Controls Corp")

        // inspect says the same, and maps the reworded column to the organization.
        let inspected = try XCTUnwrap(try convene.json(["inspect", Self.signInName, "--date", "2026-06-10"]) as? [[String: Any]]).first
        let reading = try XCTUnwrap(inspected?["reading"] as? [String: Any])
        XCTAssertEqual(reading["role"] as? String, "attended")
        XCTAssertEqual(reading["because"] as? String, "file name says sign-in; 5 of 6 timestamps within a day of 2026-06-10")
        let columns = try XCTUnwrap(inspected?["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.last?["field"] as? String, "organization")
        XCTAssertEqual(columns.last?["reason"] as? String, "reworded")
        XCTAssertEqual(inspected?["participations"] as? Int, 4)
        let text = try convene.ok(["inspect", Self.signInName, "--date", "2026-06-10"])
        XCTAssertTrue(text.contains("  read as:    attendance (file name says sign-in; 5 of 6 timestamps within a day of 2026-06-10)"), text)
    }

    /// An RSVP form answered the week before and a second form filled in at the door, neither named for what it
    /// is: the timestamps say which is which. Grace came without an RSVP. A third form asks "Will you attend?":
    /// its rows say it themselves (Heidi's "No" is no registration).
    static let rsvpForm = """
        "Timestamp","Email Address","Your name","Organization","Job title"
        "2026/06/01 9:14:05 AM CDT","achen@helixcontrols.example.com","Angela Chen","Helix Controls Corp","VP Operations"
        "2026/06/02 1:02:44 PM CDT","rsmith@acme-mfg.example.com","Robert Smith","Acme Manufacturing","Plant Manager"
        "2026/06/03 4:30:00 PM CDT","chidi@okafortool.example.com","Chidi Okafor","Okafor Tool & Die","Owner"

        """
    static let doorForm = """
        "Timestamp","Email Address","Your name","Organization"
        "2026/06/10 8:40:00 AM CDT","achen@helixcontrols.example.com","Angela Chen","Helix Controls Corp"
        "2026/06/10 8:52:10 AM CDT","info@summitcnc.example.com","Grace Park","Summit CNC"

        """

    func testFormTimestampsSayRegistrationsOrAttendance() throws {
        try write("June form (Responses).csv", Self.rsvpForm)
        try write("June form 2 (Responses).csv", Self.doorForm)
        try write("June form 3 (Responses).csv", """
            "Timestamp","Email Address","Your name","Will you attend?"
            "2026/06/04 9:00:00 AM CDT","tnguyen@acme-mfg.example.com","Tom Nguyen","Yes"
            "2026/06/04 9:30:00 AM CDT","hbauer@rivertonchamber.example.org","Heidi Bauer","No"

            """)
        let out = try convene.ok(["import", "June form (Responses).csv", "June form 2 (Responses).csv",
                                  "June form 3 (Responses).csv",
                                  "--meeting", "June partnership", "--date", "2026-06-10", "--kind", "partnership"])
        XCTAssertTrue(out.contains("read as registrations at M0001 (3 of 3 timestamps before 2026-06-10)"), out)
        XCTAssertTrue(out.contains("read as attendance at M0001 (2 of 2 timestamps on 2026-06-10)"), out)
        XCTAssertTrue(out.contains("read as registrations at M0001 (each row's \"Will you attend?\" answer)"), out)
        XCTAssertEqual(try counts("June partnership"), ["invited": 0, "registered": 4, "attended": 2, "walk_ins": 1])
    }

    func testAsSaysWhatTheFilesAreForEveryFileOfTheCommand() throws {
        // The door form again, but the user says these were RSVPs; and a typed roster said to be attendance.
        try write("June form 2 (Responses).csv", Self.doorForm)
        try write("roster.csv", "Name,Organization,Email\nChidi Okafor,Okafor Tool & Die,chidi@okafortool.example.com\n")
        var out = try convene.ok(["import", "June form 2 (Responses).csv", "--as", "registered",
                                  "--meeting", "June partnership", "--date", "2026-06-10"])
        XCTAssertTrue(out.contains("read as registrations at M0001 (--as registered)"), out)
        out = try convene.ok(["import", "roster.csv", "--as", "attended", "--meeting", "June partnership", "--date", "2026-06-10"])
        XCTAssertTrue(out.contains("read as attendance at M0001 (--as attended)"), out)
        XCTAssertEqual(try counts("June partnership"), ["invited": 0, "registered": 2, "attended": 1, "walk_ins": 1])

        // Without --as, a list of people imported with a meeting is its invitation list, and says so.
        try write("invite.csv", "Name,Email\nHeidi Bauer,hbauer@rivertonchamber.example.org\n")
        out = try convene.ok(["import", "invite.csv", "--meeting", "June partnership", "--date", "2026-06-10"])
        XCTAssertTrue(out.contains("read as invitations at M0001 (a list of people imported with a meeting)"), out)
        XCTAssertEqual(try counts("June partnership")["invited"], 1)

        let bad = try convene.run(["import", "roster.csv", "--as", "present", "--meeting", "X", "--date", "2026-06-10"])
        XCTAssertEqual(bad.code, 2, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("--as: expected one of invited, registered, attended, found \"present\""), bad.stderr)
        try write("other.csv", "Name,Email\nTom Nguyen,tnguyen@acme-mfg.example.com\n")
        let noMeeting = try convene.run(["import", "other.csv", "--as", "attended"])
        XCTAssertEqual(noMeeting.code, 1, noMeeting.stderr)
        XCTAssertTrue(noMeeting.stderr.contains("names no meeting"), noMeeting.stderr)
    }

    /// A Zoom participants report (BOM, CRLF) where the host also dialed in by phone (the row is named by the
    /// number) and Angela rejoined from her phone ("Angela's iPhone", no email).
    static let zoom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n"
        + "814 2207 5531,Talent Action Team,06/16/2026 09:00:00 AM,06/16/2026 10:00:00 AM,lhernandez@tricountywdb.example.org,60,6\r\n"
        + "\r\n"
        + "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n"
        + "Luis Hernandez,lhernandez@tricountywdb.example.org,06/16/2026 08:58:40 AM,06/16/2026 10:00:00 AM,62,No\r\n"
        + "16085550142,,06/16/2026 08:59:10 AM,06/16/2026 10:00:00 AM,61,Yes\r\n"
        + "Angela Chen,achen@helixcontrols.example.com,06/16/2026 09:01:10 AM,06/16/2026 09:40:05 AM,39,No\r\n"
        + "Angela's iPhone,,06/16/2026 09:41:00 AM,06/16/2026 10:00:00 AM,19,Yes\r\n"
        + "Denise Walker,dwalker@rivertonsd.k12.example.org,06/16/2026 09:02:00 AM,06/16/2026 10:00:00 AM,58,No\r\n"
        + "Marcus Johnson,mjohnson@valleytech.example.edu,06/16/2026 09:00:30 AM,06/16/2026 10:00:00 AM,60,No\r\n").utf8)
    static let contacts = "First Name,Last Name,Email,Phone,Organization\n"
        + "Luis,Hernandez,lhernandez@tricountywdb.example.org,608-555-0142,Tri-County Workforce Board\n"
        + "Angela,Chen,achen@helixcontrols.example.com,608-555-0108,Helix Controls Corp\n"
        + "Denise,Walker,dwalker@rivertonsd.k12.example.org,608-555-0110,Riverton School District\n"
        + "Marcus,Johnson,mjohnson@valleytech.example.edu,,Valley Technical College\n"

    func testAZoomHostOnLaptopAndPhoneCountsOnce() throws {
        try write("contacts.csv", Self.contacts)
        try write("participants_81422075531.csv", Self.zoom)
        try convene.ok(["import", "contacts.csv"])
        let out = try convene.ok(["import", "participants_81422075531.csv", "--kind", "action-team"])
        XCTAssertTrue(out.contains("read as attendance at M0001 (Zoom participants report)"), out)
        XCTAssertTrue(out.contains(":6: a phone dial-in: the number is read as the caller's phone, not a name"), out)
        XCTAssertTrue(out.contains(":8: a second device of the participant on line 7: read as the same person"), out)
        XCTAssertEqual(try counts("Talent Action Team")["attended"], 4, "six rows, four people")
        XCTAssertEqual(try convene.people().count, 4, "no person named 16085550142 or \"iPhone, Angela's\"")
        // inspect foresees both, without keeping the records.
        let inspected = try convene.ok(["inspect", "participants_81422075531.csv"])
        XCTAssertTrue(inspected.contains(":6: a phone dial-in: the number is read as the caller's phone, not a name"), inspected)
        XCTAssertTrue(inspected.contains(":8: a second device of the participant on line 7: read as the same person"), inspected)
    }

    /// Two Angelas in the call: a phone named for "Angela" could be either, so it stays a participant of its own.
    func testASecondDeviceIsOnlyFoldedIntoTheOnePersonOfThatName() throws {
        var text = String(decoding: Self.zoom, as: UTF8.self)
        text = text.replacingOccurrences(of: "Marcus Johnson,mjohnson@valleytech.example.edu",
                                         with: "Angela Ruiz,aruiz@bluelakeplastics.example.com")
        try write("participants_81422075531.csv", text)
        try write("contacts.csv", Self.contacts)
        try convene.ok(["import", "contacts.csv"])
        let out = try convene.ok(["import", "participants_81422075531.csv", "--kind", "action-team"])
        XCTAssertFalse(out.contains("a second device"), out)
        XCTAssertFalse(try convene.ok(["inspect", "participants_81422075531.csv"]).contains("a second device"))
        XCTAssertEqual(try counts("Talent Action Team")["attended"], 5)
    }
    /// The launch: Priya registered with her personal address and signed in with her work one; Chidi signed the
    /// first sheet and, without his email, the second; Grace gave only her phone at the door. Heidi alone walked in.
    func testAWalkInUnderAnotherAddressAndTwoSheetsCountOnce() throws {
        try write("rsvp.csv", "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Attendee Status,Company\r\n"
            + "1001,2026-06-01 10:00,Priya,Raman,priya.raman@gmail.com,1,General,1,Attending,Acme Manufacturing\r\n"
            + "1002,2026-06-02 10:00,Chidi,Okafor,chidi@okafortool.example.com,1,General,2,Attending,Okafor Tool & Die\r\n"
            + "1003,2026-06-03 10:00,Grace,Park,info@summitcnc.example.com,1,General,3,Attending,Summit CNC\r\n")
        try write("signin-page1.csv", "Name,Organization,Email,Phone\n"
            + "Priya Raman,Acme Manufacturing,priya.raman@acme-mfg.example.com,\n"
            + "Chidi Okafor,Okafor Tool & Die,chidi@okafortool.example.com,\n"
            + "Heidi Bauer,Riverton Area Chamber,hbauer@rivertonchamber.example.org,\n"
            + "Chidi Okafor,Okafor Tool and Die,,\n")
        try write("signin-page2.csv", "Name,Organization,Email,Phone\nGrace Park,Summit CNC,,608-555-0129\nChidi Okafor,Okafor Tool and Die,,\n")
        let out = try convene.ok(["import", "rsvp.csv", "signin-page1.csv", "signin-page2.csv",
                                  "--meeting", "Launch", "--date", "2026-06-10", "--kind", "launch"])
        XCTAssertTrue(out.contains("signin-page1.csv:5: same person as line 3 (submitted twice): counted once"), out)
        XCTAssertEqual(try counts("Launch"), ["invited": 0, "registered": 3, "attended": 4, "walk_ins": 1])
    }
}
