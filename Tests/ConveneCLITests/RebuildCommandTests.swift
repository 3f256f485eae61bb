import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// `convene rebuild` end to end: two Jane Smiths an import was unsure about, re-clustered as `merge` clusters
/// them, the retired ID pointing at the person who kept theirs, the weak link asked about, and "Not the same"
/// holding through the next rebuild.
final class RebuildCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-rebuild")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Rebuild test"])
        try Inputs.write("Contact,Company,Email,Phone\nJane Smith,Blue Lake Plastics,jane.smith@bluelake.example.com,608-555-0131\n",
                         to: folder.file("chamber.csv"))
        try Inputs.write("First Name,Last Name,E-mail Address,Company\nJane,Smith,jsmith@acme-mfg.example.com,Acme Manufacturing\n",
                         to: folder.file("acme.csv"))
    }

    private func mergeClusters() throws -> Set<String> {
        let out = try convene.run(["merge", "chamber.csv", "acme.csv", "--clusters", "c.csv"])
        XCTAssertEqual(out.code, 0, out.stderr)
        let lines = try String(contentsOf: folder.file("c.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
        return Set(lines.map { String($0.split(separator: ",").last!) })
    }

    func testRebuildMatchesMergeKeepsTheOlderIDAndAsksAboutTheWeakLink() throws {
        try convene.ok(["import", "chamber.csv"])
        XCTAssertTrue(try convene.ok(["import", "acme.csv"]).contains("1 review item"))
        XCTAssertEqual(try convene.people().count, 2, "the import was unsure: two people and a question")

        let printed = try convene.ok(["rebuild"])
        XCTAssertTrue(printed.hasPrefix("2 records → 1 people (before: 2); 1 kept their ID, 0 new;"), printed)
        XCTAssertTrue(printed.contains("  P000002 → P000001 (merged into the older ID)\n"), printed)
        XCTAssertTrue(printed.contains("\nre-read from their raw cells: 2 records, 0 of them changed\n"), printed)
        XCTAssertEqual(try mergeClusters().count, 1, "merge joins them too")
        XCTAssertEqual(try convene.people().map { $0["id"] as? String }, ["P000001"])

        // The retired ID says where the person went, on stderr, and shows them.
        let moved = try convene.run(["person", "P000002"])
        XCTAssertEqual(moved.code, 0, moved.stderr)
        XCTAssertTrue(moved.stderr.contains("P000002 was merged into P000001 by convene rebuild on "), moved.stderr)
        XCTAssertTrue(moved.stdout.hasPrefix("P000001  Jane Smith"), moved.stdout)
        let unknown = try convene.run(["person", "P000099"])
        XCTAssertNotEqual(unknown.code, 0)

        // explain, in the workspace, reads the stored records, settings and decisions.
        let explained = try convene.ok(["explain", "--person", "P000001"])
        XCTAssertTrue(explained.hasPrefix("P000001  Jane Smith: 2 record(s); parameters: the engine's defaults\n"), explained)
        XCTAssertTrue(explained.contains("[2] acme.csv#1\n    acme.csv#1 ↔ chamber.csv#1: total "), explained)
        XCTAssertTrue(explained.contains("organization    different"), explained)

        // The weak link is still a question; "Not the same" splits it, and the next rebuild keeps them apart.
        XCTAssertTrue(try convene.ok(["review", "-o", "review.xlsx"]).hasPrefix("Wrote 1 pair(s)"))
        try ReviewSheetAnswers.answer(folder.file("review.xlsx"), "Not the same", to: folder.file("answered.xlsx"))
        try convene.ok(["review", "--apply", "answered.xlsx"])
        XCTAssertEqual(try convene.people().count, 2)
        let again = try XCTUnwrap(convene.json(["rebuild"]) as? [String: Any])
        XCTAssertEqual(again["peopleAfter"] as? Int, 2)
        XCTAssertEqual(again["decisionsApplied"] as? Int, 1)
        XCTAssertEqual((again["redirects"] as? [Any])?.count, 0)
        XCTAssertEqual(try convene.people().count, 2, "the decision holds through a rebuild")
        let split = try convene.ok(["explain", "--person", "P000003"])
        XCTAssertTrue(split.contains("decision: not-same with [1] (review)"), split)
    }

    func testARebuildOfAnEmptyWorkspaceChangesNothing() throws {
        XCTAssertEqual(try convene.ok(["rebuild"]),
                       "0 records → 0 people (before: 0); 0 kept their ID, 0 new; 0 decisions applied; 0 questions open\n"
                       + "re-read from their raw cells: 0 records, 0 of them changed\n"
                       + "parameters: defaults: input too small or too distinct (0 records; 200 needed)\nNo person ID changed.\n")
    }
}
