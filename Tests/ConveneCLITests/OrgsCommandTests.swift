import ConveneTestSupport
import Foundation
import XCTest

/// `convene orgs` end to end: each organization once with its kind and head count, a kind set by hand marked
/// with *, an organization named two ways on two lists, and no workspace.
final class OrgsCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-orgs")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
    }

    func testListKindsCountsAndOverrides() throws {
        let lines = try convene.ok(["orgs"]).split(separator: "\n").map(String.init)
        func line(_ name: String) -> String? { lines.first { $0.contains("  \(name)  — ") } }
        // "Acme Manufacturing", "Acme Manufacturing, Inc." and "ACME Mfg." are one organization of three people.
        XCTAssertEqual(lines.filter { $0.lowercased().contains("acme") }.count, 1, "\(lines)")
        XCTAssertTrue(line("Acme Manufacturing")?.hasSuffix("— Business  (3 people)") ?? false, "\(lines)")
        XCTAssertTrue(line("Riverton Area Chamber of Commerce")?.hasSuffix("— Chamber of commerce  (1 person)") ?? false, "\(lines)")
        XCTAssertTrue(line("Valley Technical College")?.hasSuffix("— College / university  (1 person)") ?? false, "\(lines)")
        XCTAssertFalse(lines.contains { $0.contains("*") }, "no kind set by hand yet")
        let people = try convene.people().filter { $0["organization_id"] != nil }.count
        let counted = lines.compactMap { $0.split(separator: "(").last.flatMap { Int($0.split(separator: " ")[0]) } }.reduce(0, +)
        XCTAssertEqual(counted, people, "every person with an organization is counted once")

        try convene.ok(["classify", "Okafor Tool & Die", "--kind", "economic-development", "-q"])
        let after = try convene.ok(["orgs"])
        XCTAssertTrue(after.contains("  Okafor Tool & Die  — Economic development*  (1 person)\n"), after)
    }

    func testNoWorkspace() throws {
        let elsewhere = try TemporaryDirectory(prefix: "convene-no-workspace")
        let outside = try ConveneRunner(binary: convene.binary, workspace: elsewhere.url).run(["orgs"])
        XCTAssertEqual(outside.code, 3)
        XCTAssertTrue(outside.stderr.contains("not a Convene workspace"), outside.stderr)
    }
}
