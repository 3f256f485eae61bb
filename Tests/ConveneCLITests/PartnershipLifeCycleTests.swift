import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Drives the real `convene` binary through a partnership's life on a temporary workspace.
final class PartnershipLifeCycleTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-cli")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    private func input(_ name: String, _ text: String) throws -> String {
        try Inputs.write(text, to: folder.file(name))
        return name
    }

    private func meeting(_ name: String) throws -> [String: Any] {
        try XCTUnwrap(convene.meetings().first { $0["name"] as? String == name }, "no meeting \(name)")
    }

    func testPartnershipLifeCycle() throws {
        try convene.ok(["init", "--name", "North Valley Advanced Manufacturing", "--sector", "Manufacturing",
                        "--region", "North Valley", "--launch-date", "2024-03-05", "--co-chair", "Robert Smith"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("convene.sqlite").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("convene.json").path))

        // Three organizations' contact lists: Robert appears in two of them (one as "Smith, Robert" at "ACME Mfg.").
        let lists = try [input("acme-contacts.csv", Inputs.acmeContacts), input("college-contacts.csv", Inputs.collegeContacts),
                         input("chamber-members.csv", Inputs.chamberContacts)]
        let imported = try convene.ok(["import"] + lists)
        XCTAssertTrue(imported.contains("Total: 9 records read, 8 new people, 1 matched person, 0 review items"), imported)
        XCTAssertEqual(try convene.people().count, 8)
        let robertID = try XCTUnwrap(convene.people().first { $0["email"] as? String == "rsmith@acme-mfg.example.com" }?["id"] as? String)

        // The launch: RSVPs and the sign-in sheet. The second Jane Smith goes to review, not into Blue Lake's Jane.
        let launch = try convene.ok(["import", input("launch-rsvp.csv", Inputs.launchRSVP), input("launch-signin.csv", Inputs.launchSignIn),
                                     "--meeting", "Launch", "--date", "2024-03-05", "--kind", "launch"])
        XCTAssertTrue(launch.contains("launch-rsvp.csv: Eventbrite attendee report → Launch — 4 records read, 0 new people, 4 matched people"), launch)
        XCTAssertTrue(launch.contains("launch-signin.csv"), launch)
        XCTAssertTrue(launch.contains("1 review item"), launch)
        XCTAssertEqual(try convene.people().count, 10)
        let launchMeeting = try meeting("Launch")
        XCTAssertEqual(launchMeeting["kind"] as? String, "launch")
        XCTAssertEqual(launchMeeting["date"] as? String, "2024-03-05")
        XCTAssertEqual(launchMeeting["registered"] as? Int, 4)
        XCTAssertEqual(launchMeeting["attended"] as? Int, 4)
        XCTAssertEqual(launchMeeting["walk_ins"] as? Int, 2)
        XCTAssertEqual(launchMeeting["invited"] as? Int, 0)

        // Two virtual action-team calls: Zoom (meeting from the flags; Tom rejoined) and Teams (meeting from its summary).
        try convene.ok(["import", input("zoom-call-1.csv", Inputs.zoomCall), "--meeting", "Talent Pipeline call 1",
                        "--date", "2024-04-02", "--kind", "action-team"])
        try Inputs.writeTeams(Inputs.teamsCall, to: folder.file("teams-call-2.csv"))
        try convene.ok(["import", "teams-call-2.csv", "--kind", "action-team"])
        let zoom = try meeting("Talent Pipeline call 1")
        XCTAssertEqual(zoom["attended"] as? Int, 3, "Tom's rejoin counts once")
        XCTAssertEqual(zoom["kind"] as? String, "action-team")
        let teams = try meeting("Talent Pipeline Action Team")
        XCTAssertEqual(teams["attended"] as? Int, 3)
        XCTAssertEqual(teams["kind"] as? String, "action-team")
        XCTAssertEqual(try convene.people().count, 10, "everyone on the calls was already known")

        // The quarterly meeting: created ahead, an invitation list, then its sign-in sheet with one walk-in.
        try convene.ok(["meeting", "add", "Q2 Partnership Meeting", "--date", "2024-06-12", "--kind", "partnership"])
        let invitations = "First Name,Last Name,Email\nRobert,Smith,rsmith@acme-mfg.example.com\nHeidi,Bauer,hbauer@rivertonchamber.example.org\n" +
            "Angela,Chen,achen@helixcontrols.example.com\nTom,Nguyen,tom.nguyen@acme-mfg.example.com\nChidi,Okafor,chidi@okafortool.example.com\n"
        try convene.ok(["import", input("q2-invitations.csv", invitations), "--meeting", "Q2 Partnership Meeting", "--date", "2024-06-12"])
        try convene.ok(["import", input("q2-signin.csv", Inputs.quarterlySignIn), "--meeting", "Q2 Partnership Meeting", "--date", "2024-06-12"])
        let q2 = try meeting("Q2 Partnership Meeting")
        XCTAssertEqual(q2["kind"] as? String, "partnership")
        XCTAssertEqual(q2["invited"] as? Int, 5)
        XCTAssertEqual(q2["attended"] as? Int, 4)
        XCTAssertEqual(q2["walk_ins"] as? Int, 1)
        XCTAssertEqual(try convene.meetings().count, 4)
        XCTAssertEqual(try convene.people().count, 11)

        // Robert's record: every list he was on, every meeting he attended.
        let robert = try XCTUnwrap(convene.json(["person", robertID]) as? [String: Any])
        let sources = (robert["records"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        XCTAssertEqual(Set(sources), ["acme-contacts.csv", "chamber-members.csv", "launch-rsvp.csv", "launch-signin.csv",
                                      "teams-call-2.csv", "q2-invitations.csv", "q2-signin.csv"])
        let attendedMeetings = Set((robert["meetings"] as? [[String: Any]] ?? []).filter { $0["status"] as? String != "invited" }
            .compactMap { $0["name"] as? String })
        XCTAssertEqual(attendedMeetings, ["Launch", "Talent Pipeline Action Team", "Q2 Partnership Meeting"])
        let text = try convene.ok(["person", robertID])
        XCTAssertTrue(text.contains("[") && text.contains("chamber-members.csv#3"), text)

        try reviewRoundTrip()
        try splitAndMergeBack(robertID)

        // Re-importing the same files changes nothing.
        let before = try convene.ok(["people", "--json"])
        let again = try convene.ok(["import"] + lists)
        XCTAssertEqual(again.components(separatedBy: "already imported").count - 1, 3, again)
        XCTAssertEqual(try convene.ok(["people", "--json"]), before)

        // Classify: an override is shown and remembered.
        try convene.ok(["classify", "Okafor Tool & Die", "--kind", "business"])
        let orgs = try XCTUnwrap(convene.json(["orgs"]) as? [[String: Any]])
        let okafor = try XCTUnwrap(orgs.first { $0["name"] as? String == "Okafor Tool & Die" })
        XCTAssertEqual(okafor["kind"] as? String, "business")
        XCTAssertEqual(okafor["kind_overridden"] as? Bool, true)
    }

    /// Exports the open pair, answers it in the workbook the way a user would, and applies it.
    private func reviewRoundTrip() throws {
        let exported = try convene.ok(["review", "-o", "review.xlsx"])
        XCTAssertTrue(exported.contains("Wrote 1 pair"), exported)
        let reader = try XLSXReader(contentsOf: folder.file("review.xlsx"))
        let sheet = try reader.sheet(named: "Review")
        XCTAssertEqual(Array(sheet.rows[0].texts.prefix(2)), ["Pair", "Decision"])
        XCTAssertEqual(sheet.rows.count, 2)
        let validation = try XCTUnwrap(sheet.dataValidations.first)
        XCTAssertTrue("\(validation)".contains("Not the same"), "\(validation)")
        let names = sheet.rows[1].texts
        XCTAssertTrue(names.contains("Jane Smith"), "\(names)")

        // The user picks "Not the same" in the dropdown and saves.
        try ReviewSheetAnswers.answer(folder.file("review.xlsx"), "Not the same", to: folder.file("review-answered.xlsx"))
        let applied = try convene.ok(["review", "--apply", "review-answered.xlsx"])
        XCTAssertTrue(applied.contains("0 merged, 1 kept apart"), applied)
        XCTAssertEqual(try convene.people().filter { $0["name"] as? String == "Jane Smith" }.count, 2)
        XCTAssertTrue(try convene.ok(["review", "-o", "review-2.xlsx"]).contains("No pairs to review"))
        // Applying the same sheet twice decides nothing new.
        XCTAssertTrue(try convene.ok(["review", "--apply", "review-answered.xlsx"]).contains("1 already decided"))
    }

    /// Splits the chamber's row off Robert, then merges it back by hand.
    private func splitAndMergeBack(_ robertID: String) throws {
        let count = try convene.people().count
        let split = try convene.ok(["split", robertID, "--records", "chamber-members.csv#3"])
        let newID = try XCTUnwrap(split.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        XCTAssertEqual(try convene.people().count, count + 1)
        let moved = try XCTUnwrap(convene.json(["person", newID]) as? [String: Any])
        XCTAssertEqual((moved["records"] as? [Any])?.count, 1)
        let robert = try XCTUnwrap(convene.json(["person", robertID]) as? [String: Any])
        XCTAssertFalse("\(robert)".contains("chamber-members.csv"))
        try convene.ok(["merge-people", robertID, newID])
        XCTAssertEqual(try convene.people().count, count)
        XCTAssertEqual(try convene.run(["person", newID]).code, 1, "the merged ID is retired")
    }

    func testErrorsMapToDocumentedExitCodes() throws {
        let outside = try convene.run(["people"])
        XCTAssertEqual(outside.code, 3)
        XCTAssertTrue(outside.stderr.contains("not a Convene workspace"), outside.stderr)
        try convene.ok(["init", "--name", "Test"])
        XCTAssertEqual(try convene.run(["init", "--name", "Again"]).code, 3)
        let missing = try convene.run(["import", "no-such-file.csv"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.stderr.contains("no-such-file.csv"), missing.stderr)
        XCTAssertEqual(try convene.run(["import", "x.csv", "--meeting", "M", "--date", "June 12"]).code, 2)
        XCTAssertEqual(try convene.run(["person", "P999999"]).code, 1)
        let unknownOption = try convene.run(["people", "--no-such-flag"])
        XCTAssertEqual(unknownOption.code, 2, "usage errors exit 2, not ArgumentParser's 64")
        XCTAssertTrue(unknownOption.stderr.contains("--no-such-flag"), unknownOption.stderr)
        XCTAssertEqual(try convene.run(["no-such-command"]).code, 2)
        XCTAssertEqual(try convene.run(["--help"]).code, 0)
        let zoom = try convene.run(["import", input("zoom.csv", Inputs.zoomCall)])
        XCTAssertEqual(zoom.code, 1, "attendance with no meeting named anywhere")
        XCTAssertTrue(zoom.stderr.contains("--meeting"), zoom.stderr)
        XCTAssertEqual(try convene.people().count, 0, "the refused import changed nothing")
    }
}
