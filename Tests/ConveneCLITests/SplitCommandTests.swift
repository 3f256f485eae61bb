import ConveneTestSupport
import Foundation
import XCTest

/// `convene split` end to end: records moved by number or by FILE#RECORD, the last file's records by default,
/// the split remembered through a rebuild, and the refusals that change nothing.
final class SplitCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!
    var robert = ""

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-split")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
        robert = try ContactListsWorkspace.id(convene, email: "rsmith@acme-mfg.example.com")
    }

    private func files(_ id: String) throws -> [String] {
        let detail = try XCTUnwrap(convene.json(["person", id]) as? [String: Any])
        return (detail["records"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }.sorted()
    }

    func testSplitByReferenceAndByDefaultIsRemembered() throws {
        XCTAssertEqual(try files(robert), ["acme-contacts.csv", "chamber-members.csv"])
        let printed = try convene.ok(["split", robert.lowercased(), "--records", " chamber-members.csv#3 "])
        let newID = try XCTUnwrap(printed.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(printed, "Split \(robert): the records moved to new person \(newID)\n")
        XCTAssertEqual(try files(robert), ["acme-contacts.csv"])
        XCTAssertEqual(try files(newID), ["chamber-members.csv"])
        // Remembered like a "Not the same": a rebuild keeps the records apart.
        try convene.ok(["rebuild", "-q"])
        XCTAssertEqual(try convene.people().count, 9)
        XCTAssertEqual(try files(robert), ["acme-contacts.csv"])

        // Without --records the last file that joined the person moves out.
        try convene.ok(["merge-people", robert, newID, "-q"])
        let again = try XCTUnwrap(convene.json(["split", robert]) as? [String: String])
        XCTAssertEqual(again["person"], robert)
        XCTAssertEqual(try files(again["new_person"] ?? ""), ["chamber-members.csv"])
    }

    func testRefusalsChangeNothing() throws {
        let before = try convene.ok(["people", "--json"])
        let other = try convene.run(["split", robert, "--records", "college-contacts.csv#1"])
        XCTAssertEqual(other.code, 1)
        XCTAssertTrue(other.stderr.contains("--records: college-contacts.csv#1 is not a record of \(robert)"), other.stderr)
        let unknown = try convene.run(["split", "P999999"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.stderr.contains("P999999"), unknown.stderr)
        // A person of one record cannot be split in two.
        let jane = try ContactListsWorkspace.id(convene, email: "jane.smith@bluelake.example.com")
        XCTAssertEqual(try convene.run(["split", jane]).code, 1)
        XCTAssertEqual(try convene.ok(["people", "--json"]), before)
    }
}
