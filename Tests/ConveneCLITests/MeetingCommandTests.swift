import ConveneTestSupport
import Foundation
import XCTest

/// `convene meeting add` end to end: a meeting created ahead (printed, listed, virtual), the same name and date
/// not duplicated, an import naming it adding to it, and the refusals that create nothing.
final class MeetingCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-meeting")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Meeting test", "-q"])
    }

    func testAddListAndImportIntoIt() throws {
        XCTAssertEqual(try convene.ok(["meeting", "add", "Talent action team", "--date", "2024-04-16", "--kind", "Action-Team",
                                       "--virtual"]),
                       "M0001  2024-04-16  Talent action team (action-team)\n")
        XCTAssertEqual(try convene.ok(["meeting", "add", "Talent action team", "--date", "2024-04-16", "--kind", "action-team"]),
                       "M0001  2024-04-16  Talent action team (action-team)\n", "the same name and date is the same meeting")
        try convene.ok(["meeting", "add", "Talent action team", "--date", "2024-05-21", "-q"])
        let meetings = try convene.meetings()
        XCTAssertEqual(meetings.map { $0["id"] as? String }, ["M0001", "M0002"])
        XCTAssertEqual(meetings.first?["virtual"] as? Bool, true)
        XCTAssertEqual(meetings.last?["kind"] as? String, "other", "the default kind")

        try Inputs.write(Inputs.zoomCall, to: folder.file("zoom.csv"))
        try convene.ok(["import", "zoom.csv", "--meeting", "Talent action team", "--date", "2024-04-16", "-q"])
        let after = try convene.meetings()
        XCTAssertEqual(after.count, 2, "the import added to the meeting made ahead")
        XCTAssertEqual(after.first?["attended"] as? Int, 3)
    }

    func testRefusalsCreateNothing() throws {
        let kind = try convene.run(["meeting", "add", "X", "--date", "2024-06-12", "--kind", "webinar"])
        XCTAssertEqual(kind.code, 2)
        XCTAssertTrue(kind.stderr.contains("--kind: expected one of launch, action-team, partnership"), kind.stderr)
        let date = try convene.run(["meeting", "add", "X", "--date", "12/06/2024"])
        XCTAssertEqual(date.code, 2)
        XCTAssertTrue(date.stderr.contains("--date: expected a date as YYYY-MM-DD, found \"12/06/2024\""), date.stderr)
        XCTAssertEqual(try convene.run(["meeting", "add", "X"]).code, 2, "--date is required")
        XCTAssertEqual(try convene.run(["meeting", "add"]).code, 2, "the name is required")
        XCTAssertEqual(try convene.meetings().count, 0)
        let elsewhere = try TemporaryDirectory(prefix: "convene-no-workspace")
        let outside = try ConveneRunner(binary: convene.binary, workspace: elsewhere.url)
            .run(["meeting", "add", "X", "--date", "2024-06-12"])
        XCTAssertEqual(outside.code, 3)
    }
}
