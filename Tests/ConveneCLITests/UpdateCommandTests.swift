import ConveneTestSupport
import Foundation
import XCTest

/// `convene update` end to end: the SampleData partnership's update in the co-chairs' names, what moves with
/// --since and --as-of, a workspace with nothing in it, and the usage errors.
final class UpdateCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-update")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    func testSampleDataUpdate() throws {
        try SampleData.buildWorkspace(convene)
        let text = try convene.ok(["update", "--since", "2026-11-01", "--as-of", "2026-11-20"])
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "On behalf of Angela Chen and Robert Smith, Tri-County Advanced Manufacturing Partnership Co-Chairs")
        XCTAssertTrue(text.contains("Partnership update since 2026-11-01"), text)
        XCTAssertTrue(text.contains("Action plan: 5 items — 2 not started, 2 on track, 1 at risk"), text)
        // At risk and overdue on 2026-11-20: the CNC cohort (due 2026-11-01) needs help.
        let help = try XCTUnwrap(text.components(separatedBy: "Needs help (at risk or overdue):").last)
        XCTAssertTrue(help.contains("Pool demand for a CNC programming cohort (Upskilling) — champion: William Park"), text)
        XCTAssertTrue(text.contains("Next meeting: Winter Partnership Meeting on 2027-02-16."), text)
        XCTAssertTrue(text.hasSuffix("Thank you for your time and leadership.\n"), text)
        XCTAssertFalse(text.contains("@"), "no contact details in an update that is forwarded")

        // Later --since: the items last updated before it are no longer "moving forward".
        let later = try convene.ok(["update", "--since", "2026-11-15", "--as-of", "2026-11-20"])
        let forward = { (t: String) in t.components(separatedBy: "Moving forward:").last?.components(separatedBy: "\n\n").first ?? "" }
        XCTAssertTrue(forward(text).contains("Manufacturing Day open-house campaign"), text)
        XCTAssertFalse(forward(later).contains("Manufacturing Day open-house campaign"), later)
        XCTAssertTrue(forward(later).contains("Ask transit authority for a 2nd-shift bus route"), later)
        // After the winter meeting's date there is no next meeting.
        XCTAssertTrue(try convene.ok(["update", "--since", "2027-01-01", "--as-of", "2027-03-01"]).contains("Next meeting: to be scheduled."))
    }

    func testAnEmptyWorkspaceStillGivesAReadableUpdate() throws {
        try convene.ok(["init", "--name", "Quiet Partnership"])
        let text = try convene.ok(["update", "--since", "2026-01-01", "--as-of", "2026-02-01"])
        XCTAssertTrue(text.contains("Partnership update since 2026-01-01"), text)
        XCTAssertTrue(text.contains("Next meeting: to be scheduled."), text)
        XCTAssertFalse(text.contains("Needs help"), "no empty sections: \(text)")
    }

    func testUsageErrors() throws {
        try convene.ok(["init", "--name", "Test"])
        let since = try convene.run(["update", "--since", "15/11"])
        XCTAssertEqual(since.code, 2)
        XCTAssertTrue(since.stderr.contains("--since: expected a date as YYYY-MM-DD, found \"15/11\""), since.stderr)
        XCTAssertEqual(try convene.run(["update", "--since", "2026-11-01", "--as-of", "yesterday"]).code, 2)
        let missing = try convene.run(["update"])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.stderr.contains("--since"), missing.stderr)
        let elsewhere = try TemporaryDirectory(prefix: "convene-no-workspace")
        let outside = try ConveneRunner(binary: convene.binary, workspace: elsewhere.url).run(["update", "--since", "2026-11-01"])
        XCTAssertEqual(outside.code, 3)
        XCTAssertTrue(outside.stderr.contains("not a Convene workspace"), outside.stderr)
    }
}
