import ConveneTestSupport
import Foundation
import XCTest

/// `convene classify` end to end on the SampleData workspace: the list, an override by name, ID or match key
/// that later imports keep, its --json row, and the usage errors.
final class ClassifyCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-classify")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try SampleData.buildWorkspace(convene)
    }

    private func organizations() throws -> [[String: Any]] { try XCTUnwrap(convene.json(["orgs"]) as? [[String: Any]]) }

    private func organization(_ name: String) throws -> [String: Any] {
        try XCTUnwrap(organizations().first { $0["name"] as? String == name }, "no organization \(name)")
    }

    func testListShowsEveryOrganizationWithItsKind() throws {
        let orgs = try organizations()
        let lines = try convene.ok(["classify"]).split(separator: "\n")
        XCTAssertEqual(lines.count, orgs.count)
        for org in orgs {
            let line = "\(org["id"] as! String)  \(org["kind"] as! String)  \(org["name"] as! String)"
            XCTAssertTrue(lines.contains { $0 == line }, "\(line) in \(lines)")
        }
        XCTAssertEqual(try organization("Riverton Area Chamber of Commerce")["kind"] as? String, "chamber")
        XCTAssertEqual(try organization("Valley Technical College")["kind"] as? String, "college")
        let json = try XCTUnwrap(convene.json(["classify"]) as? [[String: Any]])
        XCTAssertEqual(json.count, orgs.count)
        XCTAssertEqual(Set(json[0].keys).intersection(["id", "name", "kind", "kind_overridden", "public_partner", "people"]).count, 6)
    }

    func testAnOverrideIsShownAndSurvivesLaterImports() throws {
        let chamber = try organization("Riverton Area Chamber of Commerce")
        let id = try XCTUnwrap(chamber["id"] as? String)
        // By name, in any case; the kind in any case too.
        let printed = try convene.ok(["classify", "riverton area chamber of commerce", "--kind", "Economic-Development"])
        XCTAssertEqual(printed, "\(id)  Riverton Area Chamber of Commerce is now Economic development (set by hand)\n")
        XCTAssertTrue(try convene.ok(["classify"]).contains("\(id)  economic-development (set by hand)  Riverton Area Chamber of Commerce"))

        // By ID, with --json: the row `orgs --json` prints, people counted.
        let helix = try organization("Helix Controls Corp.")
        let row = try XCTUnwrap(convene.json(["classify", helix["id"] as! String, "--kind", "industry-association"]) as? [String: Any])
        XCTAssertEqual(row["kind"] as? String, "industry-association")
        XCTAssertEqual(row["kind_overridden"] as? Bool, true)
        XCTAssertEqual(row["public_partner"] as? Bool, true)
        XCTAssertEqual(row["people"] as? Int, helix["people"] as? Int)
        XCTAssertGreaterThan(row["people"] as? Int ?? 0, 0)

        // A later import that names the chamber again does not change the kind set by hand.
        try Inputs.write("Name,Organization,Email\nNew Person,Riverton Area Chamber of Commerce,new.person@rivertonchamber.example.org\n",
                         to: folder.file("more.csv"))
        try convene.ok(["import", "more.csv"])
        let after = try organization("Riverton Area Chamber of Commerce")
        XCTAssertEqual(after["kind"] as? String, "economic-development")
        XCTAssertEqual(after["kind_overridden"] as? Bool, true)
        XCTAssertEqual(after["people"] as? Int, (chamber["people"] as? Int ?? 0) + 1)

        // The contact lists follow the kind: the chamber's people are public partners, now as before.
        try convene.ok(["classify", id, "--kind", "business"])
        try convene.ok(["export", "contacts", "--kind", "business", "-o", "business.csv"])
        let rows = try Written.csv(folder.file("business.csv"))
        let org = try XCTUnwrap(rows.first?.firstIndex(of: "Organization"))
        XCTAssertTrue(rows.contains { $0[org] == "Riverton Area Chamber of Commerce" }, "now on the business list")
    }

    /// A list's "Organization Type" column states the kind: it replaces the kind the name suggested, a later list
    /// without the column keeps it, a later list stating another kind replaces it, and a kind set by hand stays.
    func testAnOrganizationTypeColumnStatesTheKindAndClassifyStillWins() throws {
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind"] as? String, "business", "from its name")
        try Inputs.write("""
            Name,Organization,Email,Organization Type
            Pat Doyle,Helix Controls Corp.,pat.doyle@helixcontrols.example.com,Nonprofit
            Sam Ortiz,Lakeside Technical College,sortiz@lakesidetech.example.edu,Healthcare

            """, to: folder.file("typed.csv"))
        let out = try convene.ok(["import", "typed.csv"])
        XCTAssertTrue(out.contains("column \"Organization Type\": 1 cell names no kind of partner (first: \"Healthcare\""), out)
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind"] as? String, "community-organization")
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind_overridden"] as? Bool, false)
        XCTAssertEqual(try organization("Lakeside Technical College")["kind"] as? String, "college", "no kind stated: the name's")

        try Inputs.write("Name,Organization,Email\nLee Park,Helix Controls Corp.,lee.park@helixcontrols.example.com\n",
                         to: folder.file("plain.csv"))
        try convene.ok(["import", "plain.csv"])
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind"] as? String, "community-organization",
                       "a list without the column leaves a stated kind")

        try Inputs.write("Organization,Website,Partner Type\nHelix Controls Corp.,helixcontrols.example.com,Trade association\n",
                         to: folder.file("partners.csv"))
        try convene.ok(["import", "partners.csv"])
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind"] as? String, "industry-association", "the latest statement")

        try convene.ok(["classify", "Helix Controls Corp.", "--kind", "business"])
        try Inputs.write("Name,Organization,Email,Organization Type\nRay Fox,Helix Controls Corp.,ray@helixcontrols.example.com,Nonprofit\n",
                         to: folder.file("again.csv"))
        try convene.ok(["import", "again.csv"])
        XCTAssertEqual(try organization("Helix Controls Corp.")["kind"] as? String, "business", "set by hand")
    }

    func testUsageErrorsAndUnknownOrganizations() throws {
        let before = try convene.ok(["classify"])
        let bad = try convene.run(["classify", "Summit CNC", "--kind", "vendor"])
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--kind: expected one of business, workforce-board"), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("found \"vendor\""), bad.stderr)
        let noOrg = try convene.run(["classify", "--kind", "business"])
        XCTAssertEqual(noOrg.code, 2)
        XCTAssertTrue(noOrg.stderr.contains("--kind needs an organization"), noOrg.stderr)
        let noKind = try convene.run(["classify", "Summit CNC"])
        XCTAssertEqual(noKind.code, 2)
        XCTAssertTrue(noKind.stderr.contains("missing --kind"), noKind.stderr)
        let unknown = try convene.run(["classify", "No Such Organization", "--kind", "business"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.stderr.contains("No Such Organization"), unknown.stderr)
        XCTAssertEqual(try convene.ok(["classify"]), before, "nothing refused changed a kind")
    }
}
