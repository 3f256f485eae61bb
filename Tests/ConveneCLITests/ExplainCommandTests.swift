import ConveneTestSupport
import Foundation
import XCTest

/// `convene explain` end to end, beyond the pair and person explanations MergeCommandTests and
/// RebuildCommandTests read: a workspace person of two lists, and every usage error and unknown record.
final class ExplainCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-explain")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
    }

    func testAWorkspacePersonOfTwoLists() throws {
        let robert = try ContactListsWorkspace.id(convene, email: "rsmith@acme-mfg.example.com")
        let text = try convene.ok(["explain", "--person", robert.lowercased()])
        XCTAssertTrue(text.hasPrefix("\(robert)  Robert Smith: 2 record(s); parameters: "), text)
        XCTAssertTrue(text.contains("(the person's first record)"), text)
        XCTAssertTrue(text.contains("chamber-members.csv#3 ↔ acme-contacts.csv#1: total "), text)
    }

    func testUsageErrorsAndUnknownRecords() throws {
        let usage: [([String], String)] = [
            (["explain"], "give either --person ID or --pair"),
            (["explain", "--person", "P000001", "--pair", "a.csv#1", "b.csv#2"], "give either --person ID or --pair"),
            (["explain", "--pair", "a.csv#1", "b.csv#2"], "in a workspace, explain takes --person ID"),
            (["explain", "--organizations", "--person", "O000001"], "in a workspace, explain takes --person ID"),
            (["explain", "acme-contacts.csv", "--pair", "acme-contacts.csv#1"], "--pair takes exactly two records"),
            (["explain", "acme-contacts.csv", "--pair", "acme-contacts.csv", "acme-contacts.csv#2"], "--pair: expected FILE#RECORD"),
        ]
        for (arguments, says) in usage {
            let run = try convene.run(arguments)
            XCTAssertEqual(run.code, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(says), "\(arguments): \(run.stderr)")
        }
        let unknown = try convene.run(["explain", "--person", "P999999"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.stderr.contains("P999999"), unknown.stderr)
        let noCluster = try convene.run(["explain", "acme-contacts.csv", "--person", "P999999"])
        XCTAssertEqual(noCluster.code, 1)
        XCTAssertTrue(noCluster.stderr.contains("P999999: no such person in these files"), noCluster.stderr)
    }
}
