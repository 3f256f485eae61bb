import ConveneTestSupport
import Foundation
import XCTest

/// `convene person` end to end: the chosen values, every other value with its source, each record numbered as
/// `split --records` takes it, the meetings with the rows that fold into one, an ID in any case, unknown IDs.
final class PersonCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-person")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
    }

    func testOnePersonWithSourcesAndMeetings() throws {
        let robert = try ContactListsWorkspace.id(convene, email: "rsmith@acme-mfg.example.com")
        try Inputs.write(Inputs.launchRSVP, to: folder.file("launch-rsvp.csv"))
        try Inputs.write(Inputs.launchSignIn, to: folder.file("launch-signin.csv"))
        try convene.ok(["import", "launch-rsvp.csv", "launch-signin.csv", "--meeting", "Launch", "--date", "2024-03-05",
                        "--kind", "launch", "-q"])
        let text = try convene.ok(["person", robert.lowercased()])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(robert)  Robert Smith")
        XCTAssertTrue(lines.contains("  Email: rsmith@acme-mfg.example.com"), text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  Organization: ") && $0.hasSuffix(")") }, "with its organization ID: \(text)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("  also organization: ") && $0.contains(".csv#") }, "other values name their source: \(text)")
        XCTAssertTrue(lines.contains("Source records (4):"), text)
        for reference in ["acme-contacts.csv#1", "chamber-members.csv#3", "launch-rsvp.csv#1", "launch-signin.csv#1"] {
            XCTAssertTrue(lines.contains { $0.range(of: #"^  \[\d+\] "#, options: .regularExpression) != nil && $0.contains(reference) },
                          "\(reference) numbered for split: \(text)")
        }
        // The RSVP and the sign-in are one attendance, both rows named.
        XCTAssertTrue(lines.contains("Meetings (1):"), text)
        let launch = try XCTUnwrap(lines.first { $0.contains("Launch (launch)") }, text)
        XCTAssertTrue(launch.hasPrefix("  2024-03-05  Launch (launch) — attended (from "), launch)
        XCTAssertTrue(launch.contains("launch-rsvp.csv#1") && launch.contains("launch-signin.csv#1"), launch)
        XCTAssertEqual(try convene.ok(["person", robert]), text, "the same in any case")
    }

    /// An ID retired twice — merged by one run into a person a later run merged into another — leads to the
    /// person it is now, each step said. (The two redirects are written into the workspace's file directly:
    /// two runs that retire one ID after another need a workspace far larger than this one.)
    func testAnIDRetiredTwiceLeadsToThePersonItIsNow() throws {
        let run = PythonProcess.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("INSERT INTO person_redirect(old_id, new_id, reason, rebuilt_at, retired_by) VALUES ('P000900', 'P000800', 'merged-into', '2026-10-01T09:00:00Z', 'convene rebuild')")
            db.execute("INSERT INTO person_redirect(old_id, new_id, reason, rebuilt_at, retired_by) VALUES ('P000800', 'P000001', 'merged-into', '2026-11-02T09:00:00Z', 'convene import of rsvp.csv')")
            db.commit()
            """, arguments: [folder.file("convene.sqlite").path])
        if let reason = run.cannotRun { throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason) }
        XCTAssertEqual(run.status, 0, run.errors)
        let moved = try convene.run(["person", "P000900"])
        XCTAssertEqual(moved.code, 0, moved.stderr)
        XCTAssertEqual(moved.stderr, """
            P000900 was merged into P000800 by convene rebuild on 2026-10-01
            P000800 was merged into P000001 by convene import of rsvp.csv on 2026-11-02

            """)
        XCTAssertTrue(moved.stdout.hasPrefix("P000001  "), moved.stdout)
    }

    func testUnknownIDsAndUsage() throws {
        let unknown = try convene.run(["person", "P999999"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertEqual(unknown.stdout, "")
        XCTAssertTrue(unknown.stderr.contains("no person with ID P999999"), unknown.stderr)
        // Not an ID at all: a name is refused the same way (`convene people NAME` searches).
        XCTAssertEqual(try convene.run(["person", "Robert Smith"]).code, 1)
        XCTAssertEqual(try convene.run(["person"]).code, 2, "the ID is required")
    }
}
