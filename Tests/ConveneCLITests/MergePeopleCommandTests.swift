import ConveneTestSupport
import Foundation
import XCTest

/// `convene merge-people` end to end: B joins A (A keeps its ID, B's is retired), the merge holds through a
/// rebuild, and the refusals (the same person twice, an unknown ID) change nothing.
final class MergePeopleCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-merge-people")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
    }

    func testMergeIsKeptAndTheOtherIDRetired() throws {
        let tom = try ContactListsWorkspace.id(convene, email: "tom.nguyen@acme-mfg.example.com")
        let priya = try ContactListsWorkspace.id(convene, email: "priya.raman@acme-mfg.example.com")
        XCTAssertEqual(try convene.ok(["merge-people", tom.lowercased(), priya]), "Merged \(priya) into \(tom) (2 records)\n")
        XCTAssertEqual(try convene.people().count, 7)
        let gone = try convene.run(["person", priya])
        XCTAssertEqual(gone.code, 1, "the merged ID is retired")
        let kept = try XCTUnwrap(convene.json(["person", tom]) as? [String: Any])
        XCTAssertEqual(Set((kept["records"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }), ["acme-contacts.csv"])
        // Remembered like a review "Same": a rebuild keeps them one person.
        try convene.ok(["rebuild", "-q"])
        XCTAssertEqual(try convene.people().count, 7)
        XCTAssertNotNil(try convene.people().first { $0["id"] as? String == tom })
    }

    func testRefusalsChangeNothing() throws {
        let before = try convene.ok(["people", "--json"])
        let robert = try ContactListsWorkspace.id(convene, email: "rsmith@acme-mfg.example.com")
        let same = try convene.run(["merge-people", robert, robert.lowercased()])
        XCTAssertEqual(same.code, 1)
        XCTAssertTrue(same.stderr.contains("cannot merge \(robert) with itself"), same.stderr)
        let unknown = try convene.run(["merge-people", robert, "P999999"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.stderr.contains("P999999"), unknown.stderr)
        XCTAssertEqual(try convene.run(["merge-people", robert]).code, 2, "two IDs are needed")
        XCTAssertEqual(try convene.ok(["people", "--json"]), before)
    }
}
