import ConveneTestSupport
import Foundation
import XCTest

/// `convene people` end to end: the list by sort name with its count on stderr, searches by name, organization,
/// email and ID in any case, a search that finds nobody, and no workspace.
final class PeopleCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-people")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try ContactListsWorkspace.build(convene, in: folder)
    }

    func testListAndSearches() throws {
        let all = try convene.run(["people"])
        XCTAssertEqual(all.code, 0, all.stderr)
        let lines = all.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 8, all.stdout)
        XCTAssertEqual(all.stderr, "8 people\n", "the count goes to stderr, so stdout stays one line per person")
        XCTAssertTrue(lines.contains { $0.hasSuffix("  Smith, Robert  rsmith@acme-mfg.example.com  Acme Manufacturing  (2 records)") }, all.stdout)
        let sortNames = lines.map { $0.components(separatedBy: "  ")[1] }
        XCTAssertEqual(sortNames, sortNames.sorted { $0.lowercased() < $1.lowercased() }, "by sort name")

        let robert = try ContactListsWorkspace.id(convene, email: "rsmith@acme-mfg.example.com")
        func ids(_ search: String) throws -> [String] {
            try convene.ok(["people", search, "-q"]).split(separator: "\n").map { String($0.prefix(7)) }
        }
        XCTAssertEqual(try ids("SMITH").count, 2, "Robert and Jane, in any case")
        XCTAssertEqual(try ids("acme").count, 3, "by organization or email domain")
        XCTAssertEqual(try ids("bluelake.example.com").count, 1)
        XCTAssertEqual(try ids(robert), [robert])
        XCTAssertEqual(try ids(robert.lowercased()), [robert], "an ID in any case, as `convene person` takes it")
        // A phone as people type it finds the number stored in E.164.
        let people = try convene.people()
        let withPhone = try XCTUnwrap(people.first { ($0["phone"] as? String)?.hasPrefix("+1") == true })
        let digits = Array(try XCTUnwrap(withPhone["phone"] as? String).dropFirst(2))
        let typed = "(\(String(digits[0..<3]))) \(String(digits[3..<6]))-\(String(digits[6...]))"
        XCTAssertEqual(try ids(typed), [try XCTUnwrap(withPhone["id"] as? String)], typed)
        // '%' is no wildcard: it is dropped, not a match for everything.
        XCTAssertEqual(try ids("%zz%"), [])
        let none = try convene.run(["people", "nobody-by-this-name"])
        XCTAssertEqual(none.code, 0)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "0 people\n")
    }

    func testNoWorkspaceAndUsage() throws {
        let elsewhere = try TemporaryDirectory(prefix: "convene-no-workspace")
        let outside = try ConveneRunner(binary: convene.binary, workspace: elsewhere.url).run(["people"])
        XCTAssertEqual(outside.code, 3)
        XCTAssertTrue(outside.stderr.contains("not a Convene workspace"), outside.stderr)
        XCTAssertEqual(try elsewhere.contents(), [], "nothing created where there is no workspace")
        XCTAssertEqual(try convene.run(["people", "a", "b"]).code, 2, "one search text")
    }
}
