import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Issue 11, item 6, end to end through the binary: `convene init DIR` without `--name` (the folder's name, then
/// `convene settings --name`), an Eventbrite "Not Checked In" that is not attendance, and "Ann Lee, Acme" in one
/// Name cell read as Ann Lee of Acme.
final class InitAndStatusCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-init")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// The workspace named before the subcommand, as `git -C DIR` takes it: `convene -w WS people` is
    /// `convene people -w WS` (it was "Unknown option '-w'"), also with `--workspace=WS`, a two-word subcommand and a
    /// `--` that ends the options; a bare `-w` is still a usage error.
    func testTheWorkspaceMayBeNamedBeforeTheSubcommand() throws {
        try convene.ok(["init", "tcamp", "--name", "Tri-County"])
        try Inputs.write("Name,Organization,Email\nAnn Lee,Acme,ann@acme.example.com\n", to: folder.file("list.csv"))
        try convene.ok(["import", "list.csv", "-w", "tcamp", "-q"])
        let after = try convene.ok(["people", "-w", "tcamp"])
        XCTAssertTrue(after.contains("Lee, Ann"), after)
        XCTAssertEqual(try convene.ok(["-w", "tcamp", "people"]), after)
        XCTAssertEqual(try convene.ok(["--workspace=tcamp", "people"]), after)
        try convene.ok(["--workspace", "tcamp", "meeting", "add", "Spring", "--date", "2027-05-18"])
        XCTAssertTrue(try convene.ok(["meetings", "-w", "tcamp"]).contains("Spring"))
        XCTAssertEqual(try convene.ok(["-w", "tcamp", "people", "--", "Lee"]), after, "the option goes before \"--\"")
        let bare = try convene.run(["-w"])
        XCTAssertEqual(bare.code, 2, bare.stderr)
    }

    /// The settings file as JSON.
    private func settingsFile(_ workspace: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.file(workspace).appendingPathComponent("convene.json"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testInitWithoutNameNamesThePartnershipAfterItsFolderAndSettingsRenamesIt() throws {
        let created = try convene.ok(["init", "tcamp"])
        XCTAssertTrue(created.contains("Created workspace for tcamp in "), created)
        XCTAssertTrue(created.contains("convene settings --name"), "says how to change the name: \(created)")
        XCTAssertEqual(try settingsFile("tcamp")["name"] as? String, "tcamp")
        XCTAssertEqual(try settingsFile("tcamp")["defaultPhoneRegion"] as? String, "US")

        let shown = try convene.ok(["settings", "-w", "tcamp"])
        XCTAssertTrue(shown.contains("Name:          tcamp\n"), shown)
        XCTAssertTrue(shown.contains("Co-chairs:     —\n"), shown)

        let changed = try convene.ok(["settings", "-w", "tcamp", "--name", "Tri-County Advanced Manufacturing Partnership",
                                      "--co-chair", "Angela Chen", "--co-chair", "Robert Smith"])
        XCTAssertEqual(changed, """
            Name:          Tri-County Advanced Manufacturing Partnership   (was: tcamp)
            Co-chairs:     Angela Chen, Robert Smith   (was: —)

            """)
        let file = try settingsFile("tcamp")
        XCTAssertEqual(file["name"] as? String, "Tri-County Advanced Manufacturing Partnership")
        XCTAssertEqual(file["coChairs"] as? [String], ["Angela Chen", "Robert Smith"])
        let json = try XCTUnwrap(try convene.json(["settings", "-w", "tcamp"]) as? [String: Any])
        XCTAssertEqual(json["name"] as? String, "Tri-County Advanced Manufacturing Partnership")

        // What is written afterwards carries the new name: a sign-in sheet's title.
        let tcamp = ConveneRunner(binary: convene.binary, workspace: folder.file("tcamp"))
        try Inputs.write("Name,Email\nAnn Lee,ann.lee@acme.example.com\n", to: folder.file("tcamp/invited.csv"))
        try tcamp.ok(["import", "invited.csv", "--meeting", "Launch", "--date", "2026-08-25", "-q"])
        try tcamp.ok(["export", "signin", "--meeting", "Launch", "-o", "signin.xlsx", "-q"])
        let sheet = try XLSXReader(contentsOf: folder.file("tcamp/signin.xlsx")).sheet(named: "Sign-in")
        XCTAssertEqual(sheet.rows.first?.texts.first, "Tri-County Advanced Manufacturing Partnership")

        // An empty name is refused and changes nothing.
        let empty = try convene.run(["settings", "-w", "tcamp", "--name", "  "])
        XCTAssertEqual(empty.code, 2, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("--name: expected the partnership's name"), empty.stderr)
        XCTAssertEqual(try settingsFile("tcamp")["name"] as? String, "Tri-County Advanced Manufacturing Partnership")
    }

    func testInitInTheCurrentFolderWithoutNameAndTheRefusals() throws {
        let here = folder.file("Health Partnership")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        let inside = ConveneRunner(binary: convene.binary, workspace: here)
        try inside.ok(["init", "-q"])
        XCTAssertEqual(try settingsFile("Health Partnership")["name"] as? String, "Health Partnership")
        // A second init refuses the folder and keeps its settings.
        XCTAssertEqual(try inside.run(["init", "--name", "Other"]).code, 3)
        XCTAssertEqual(try settingsFile("Health Partnership")["name"] as? String, "Health Partnership")
        // An empty --name is a usage error, and no workspace is made.
        let empty = try convene.run(["init", "blank", "--name", ""])
        XCTAssertEqual(empty.code, 2, empty.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("blank/convene.sqlite").path))
        // settings needs a workspace.
        let none = try convene.run(["settings", "-w", "nowhere"])
        XCTAssertEqual(none.code, 3, none.stderr)
    }

    /// An Eventbrite attendee report as it is downloaded after the event (CRLF): one checked in, one who
    /// registered and did not come ("Not Checked In" contains "checked in"), one still "Attending".
    static let eventbrite = "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Attendee Status,Job Title,Company\r\n"
        + "3001,2026-08-01 09:00:00-05:00,Ann,Lee,ann.lee@acme.example.com,1,General Admission,4001,Checked In,Plant Manager,Acme Tool LLC\r\n"
        + "3002,2026-08-02 09:00:00-05:00,Bo,Park,bo.park@helix.example.com,1,General Admission,4002,Not Checked In,Engineer,Helix Controls\r\n"
        + "3003,2026-08-03 09:00:00-05:00,Cy,Diaz,cy.diaz@valley.example.edu,1,General Admission,4003,Attending,Dean,Valley College\r\n"

    func testNotCheckedInIsARegistrationNotAttendance() throws {
        try convene.ok(["init", "--name", "Launch test", "-q"])
        try Inputs.write(Self.eventbrite, to: folder.file("Launch attendees.csv"))
        try convene.ok(["import", "Launch attendees.csv", "--meeting", "Launch", "--date", "2026-08-25"])
        let launch = try XCTUnwrap(try convene.meetings().first)
        XCTAssertEqual(launch["attended"] as? Int, 1, "only Ann checked in: \(launch)")
        // Everyone on an attendee report registered: Ann (checked in), Bo (not checked in) and Cy.
        XCTAssertEqual(launch["registered"] as? Int, 3, "Ann, Bo and Cy registered: \(launch)")
        XCTAssertEqual(launch["walk_ins"] as? Int, 0, "an Eventbrite check-in is no walk-in: \(launch)")
        let bo = try XCTUnwrap(try convene.people().first { $0["email"] as? String == "bo.park@helix.example.com" })
        let detail = try convene.ok(["person", try XCTUnwrap(bo["id"] as? String)])
        XCTAssertTrue(detail.contains("Launch (other) — registered"), detail)
        XCTAssertFalse(detail.contains("attended"), detail)
    }

    /// `convene person` shows a phone as people write it, extension included; `--json` keeps the stored form.
    func testPersonShowsPhonesAsPeopleWriteThem() throws {
        try convene.ok(["init", "--name", "Phones", "-q"])
        try Inputs.write("""
            First Name,Last Name,Email,Phone
            Lee,Okafor,lee@okafortool.example.com,608-555-0108 x204
            Lee,Okafor,lee@okafortool.example.com,+44 20 7946 0958

            """, to: folder.file("contacts.csv"))
        try convene.ok(["import", "contacts.csv", "-q"])
        let lee = try XCTUnwrap(try convene.people().first)
        let id = try XCTUnwrap(lee["id"] as? String)
        let detail = try convene.ok(["person", id])
        XCTAssertTrue(detail.contains("Phone: (608) 555-0108 x204") || detail.contains("Phone: +442079460958"), detail)
        XCTAssertTrue(detail.contains("also phone: (608) 555-0108 x204") || detail.contains("also phone: +442079460958"), detail)
        XCTAssertFalse(detail.contains(";ext="), detail)
        let json = try XCTUnwrap(try convene.json(["person", id]) as? [String: Any])
        let person = try XCTUnwrap(json["person"] as? [String: Any], "\(json)")
        XCTAssertTrue(["+16085550108;ext=204", "+442079460958"].contains(person["phone"] as? String ?? ""), "\(person)")
    }

    func testANameAndOrganizationInOneCellIsThePersonOfThatOrganization() throws {
        try convene.ok(["init", "--name", "Names", "-q"])
        // A sign-in sheet typed into Excel, saved as CSV: names as people wrote them.
        try Inputs.write("""
            Name,Email,Company
            "Ann Lee, Acme",ann.lee@acme.example.com,Acme
            "Raj Patel, Okafor Tool LLC",raj@okafortool.example.com,
            "Smith, Robert",rsmith@acme.example.com,Acme
            "García López, María",mgarcia@valley.example.edu,Valley College

            """, to: folder.file("contacts.csv"))
        try convene.ok(["import", "contacts.csv", "-q"])
        var byEmail: [String: [String: Any]] = [:]
        for p in try convene.people() { byEmail[p["email"] as? String ?? "?"] = p }
        func name(_ email: String) -> [String?] {
            [byEmail[email]?["given"] as? String, byEmail[email]?["family"] as? String]
        }
        XCTAssertEqual(name("ann.lee@acme.example.com"), ["Ann", "Lee"], "the part after the comma is the row's organization")
        XCTAssertEqual(name("raj@okafortool.example.com"), ["Raj", "Patel"], "the part after the comma is a business (LLC)")
        XCTAssertEqual(name("rsmith@acme.example.com"), ["Robert", "Smith"], "Last, First stays Last, First")
        XCTAssertEqual(name("mgarcia@valley.example.edu"), ["María", "García López"], "a two-word family name stays one")
        XCTAssertEqual(byEmail["ann.lee@acme.example.com"]?["name"] as? String, "Ann Lee")
    }
}
