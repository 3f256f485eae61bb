import ConveneTestSupport
import Foundation
import XCTest

/// `convene meetings` end to end: one line per meeting in the documented shape, a meeting created ahead with
/// no one yet, an empty workspace, and no workspace.
final class MeetingsCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-meetings")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    func testOneLinePerMeeting() throws {
        try ContactListsWorkspace.build(convene, in: folder)
        XCTAssertEqual(try convene.run(["meetings"]).stdout, "", "contact lists make no meeting")
        try Inputs.write(Inputs.launchRSVP, to: folder.file("launch-rsvp.csv"))
        try Inputs.write(Inputs.launchSignIn, to: folder.file("launch-signin.csv"))
        try convene.ok(["import", "launch-rsvp.csv", "launch-signin.csv", "--meeting", "Launch", "--date", "2024-03-05",
                        "--kind", "launch", "-q"])
        try convene.ok(["meeting", "add", "Q2 Partnership Meeting", "--date", "2024-06-12", "--kind", "partnership", "-q"])
        XCTAssertEqual(try convene.ok(["meetings"]), """
            M0001  2024-03-05  Launch (launch)  invited 0, registered 4, attended 4, walk-ins 2
            M0002  2024-06-12  Q2 Partnership Meeting (partnership)  invited 0, registered 0, attended 0, walk-ins 0

            """)
        // The text and --json give the same counts.
        let json = try convene.meetings()
        XCTAssertEqual(json.map { $0["attended"] as? Int }, [4, 0])
        XCTAssertEqual(json.map { $0["walk_ins"] as? Int }, [2, 0])
    }

    func testEmptyAndMissingWorkspace() throws {
        let none = try convene.run(["meetings"])
        XCTAssertEqual(none.code, 3)
        XCTAssertTrue(none.stderr.contains("not a Convene workspace"), none.stderr)
        try convene.ok(["init", "--name", "Empty", "-q"])
        let empty = try convene.run(["meetings"])
        XCTAssertEqual(empty.code, 0, empty.stderr)
        XCTAssertEqual(empty.stdout, "")
        XCTAssertEqual(try convene.ok(["meetings", "--json"]).trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
        XCTAssertEqual(try convene.run(["meetings", "Launch"]).code, 2, "meetings takes no argument")
    }
}
