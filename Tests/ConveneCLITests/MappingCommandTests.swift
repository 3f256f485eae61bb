import ConveneTestSupport
import Foundation
import XCTest

/// Mappings everywhere, through the real binary: `--mapping` on import and merge, `inspect --write-mapping`,
/// the workspace remembering a mapping per header shape, header precedence, bad mapping files.
final class MappingCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-mapping")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// Writes exactly these bytes.
    private func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: folder.file(name)) }
    private func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
    private func bytes(_ name: String) throws -> Data { try Data(contentsOf: folder.file(name)) }

    /// A member list as a chamber exports it: Company City and Company State before the company's name, CRLF.
    static let members = "First Name,Last Name,Email,Company City,Company State,Company Name,Company Phone,Member Since\r\n"
        + "Heidi,Bauer,hbauer@rivertonchamber.example.org,Riverton,WI,Riverton Area Chamber of Commerce,608-555-0140,2019\r\n"
        + "Chidi,Okafor,chidi@okafortool.example.com,Lodi,WI,Okafor Tool & Die,608-555-0113,2021\r\n"

    /// A site list of employers (the work-based-learning coordinator's): no one's name, "Site name" first.
    static let sites = "Site name,Address,City,State,Zip,Main Phone\n"
        + "Okafor Tool & Die,14 Mill Rd,Lodi,WI,53555,608-555-0113\n"
        + "Helix Controls Corp,200 Innovation Way,Madison,WI,53703,608-555-0108\n"
        + "Blue Lake Plastics,9 Lakeshore Dr,Riverton,WI,53001,608-555-0131\n"

    /// An advisory-board roster whose "Worksite" column is the employer; June's and July's exports.
    static let juneRoster = "Name,Email,Worksite,Role\n"
        + "Angela Chen,achen@helixcontrols.example.com,Helix Controls Corp,Co-chair\n"
        + "Tom Nguyen,tom.nguyen@acme-mfg.example.com,Acme Manufacturing,Member\n"
    /// July: the same header row as June's (other spacing and case), with a byte-order mark and CRLF.
    static let julyRoster: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(("name, EMAIL ,Worksite,Role\r\n"
        + "Marcus Johnson,mjohnson@valleytech.example.edu,Valley Technical College,Member\r\n").utf8)
    /// August: the roster gained a column, so it is another shape.
    static let augustRoster = "Name,Email,Worksite,Role,Phone\n"
        + "Priya Raman,priya.raman@acme-mfg.example.com,Acme Manufacturing,Member,608-555-0120\n"

    static let worksiteMapping = "# the advisory board's roster\ncolumns:\n  Worksite: organization\n  Role: title\n"

    private func people() throws -> [String: [String: Any]] {
        var byEmail: [String: [String: Any]] = [:]
        for p in try convene.people() { byEmail[p["email"] as? String ?? "?"] = p }
        return byEmail
    }

    private func inspectColumns(_ arguments: [String]) throws -> [(header: String, field: String, reason: String)] {
        let array = try XCTUnwrap(try convene.json(["inspect"] + arguments) as? [[String: Any]])
        let columns = try XCTUnwrap(array.first?["columns"] as? [[String: Any]])
        return columns.map { ($0["header"] as? String ?? "", $0["field"] as? String ?? "", $0["reason"] as? String ?? "") }
    }

    func testCompanyCityAndStateAreTheCompanysAddressNotItsName() throws {
        try write("members.csv", Self.members)
        let columns = try inspectColumns(["members.csv"])
        XCTAssertEqual(columns.map(\.field), ["first-name", "last-name", "email", "city", "region", "organization", "phone", "ignore"])
        try convene.ok(["init", "--name", "Chamber"])
        try convene.ok(["import", "members.csv"])
        let heidi = try XCTUnwrap(people()["hbauer@rivertonchamber.example.org"])
        XCTAssertEqual(heidi["organization"] as? String, "Riverton Area Chamber of Commerce")
        XCTAssertEqual(heidi["city"] as? String, "Riverton")
        let orgs = try XCTUnwrap(try convene.json(["orgs"]) as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertEqual(Set(orgs), ["Riverton Area Chamber of Commerce", "Okafor Tool & Die"], "no organization named Riverton or WI")
    }

    func testASiteListIsMatchedAsOrganizations() throws {
        try write("sites.csv", Self.sites)
        let array = try XCTUnwrap(try convene.json(["inspect", "sites.csv"]) as? [[String: Any]])
        XCTAssertEqual(array.first?["organizations"] as? Int, 3)
        XCTAssertEqual(array.first?["contacts"] as? Int, 0)
        try convene.ok(["merge", "--organizations", "sites.csv", "--csv", "orgs.csv", "--clusters", "clusters.csv"])
        let clusters = try String(contentsOf: folder.file("clusters.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(clusters.count, 4, "a header and one row per site: \(clusters)")
        let golden = try String(contentsOf: folder.file("orgs.csv"), encoding: .utf8)
        for name in ["Okafor Tool & Die", "Helix Controls Corp", "Blue Lake Plastics"] {
            XCTAssertTrue(golden.contains(name), golden)
        }
    }

    func testMappingOnImportAndMergeChangesTheResult() throws {
        try write("june.csv", Self.juneRoster)
        try write("roster.yaml", Self.worksiteMapping)

        // merge: without the mapping the Worksite column is not read; with it, it is the organization.
        try convene.ok(["merge", "june.csv", "--csv", "plain.csv"])
        try convene.ok(["merge", "june.csv", "--csv", "mapped.csv", "--mapping", "roster.yaml"])
        let plain = try String(contentsOf: folder.file("plain.csv"), encoding: .utf8)
        let mapped = try String(contentsOf: folder.file("mapped.csv"), encoding: .utf8)
        XCTAssertFalse(plain.contains("Helix Controls Corp,"), plain)
        XCTAssertTrue(mapped.contains("Helix Controls Corp,Co-chair"), mapped)

        // import: the same.
        try convene.ok(["init", "--name", "Advisory board"])
        let output = try convene.ok(["import", "june.csv", "--mapping", "roster.yaml"])
        XCTAssertTrue(output.contains("june.csv: Generic contact list — 2 records read"), output)
        XCTAssertTrue(output.contains("  mapping: from roster.yaml, remembered for this header shape"), output)
        let angela = try XCTUnwrap(people()["achen@helixcontrols.example.com"])
        XCTAssertEqual(angela["organization"] as? String, "Helix Controls Corp")
        XCTAssertEqual(angela["title"] as? String, "Co-chair")
    }

    func testTheWorkspaceRemembersAMappingPerHeaderShape() throws {
        try write("june.csv", Self.juneRoster)
        try write("july.csv", Self.julyRoster)
        try write("august.csv", Self.augustRoster)
        try write("roster.yaml", Self.worksiteMapping)
        try convene.ok(["init", "--name", "Advisory board"])
        try convene.ok(["import", "june.csv", "--mapping", "roster.yaml"])

        // Next month's export, same header row: read the same way without the flag, and the summary says so.
        let july = try convene.ok(["import", "july.csv"])
        XCTAssertTrue(july.contains("july.csv: Generic contact list — 1 record read"), july)
        XCTAssertTrue(july.contains("  mapping: remembered for this header shape (from roster.yaml)"), july)
        XCTAssertEqual(try people()["mjohnson@valleytech.example.edu"]?["organization"] as? String, "Valley Technical College")

        // Another shape: not mapped by it.
        let august = try convene.ok(["import", "august.csv"])
        XCTAssertFalse(august.contains("mapping:"), august)
        XCTAssertNil(try people()["priya.raman@acme-mfg.example.com"]?["organization"] as? String)

        let summary = try XCTUnwrap(try convene.json(["import", "july.csv"]) as? [[String: Any]]).first
        XCTAssertEqual(summary?["alreadyImported"] as? Bool, true, "the same bytes again change nothing")
        XCTAssertNil(summary?["mapping"])
    }

    func testAMappingIsRememberedOnlyWhenTheImportCommits() throws {
        try write("june.csv", Self.juneRoster)
        try write("july.csv", Self.julyRoster)
        // A mapping that makes the roster a sign-in sheet: attendance needs a meeting, so the import fails.
        try write("signin.yaml", "source: sign-in\ncolumns:\n  Worksite: organization\n")
        try convene.ok(["init", "--name", "Advisory board"])
        let failed = try convene.run(["import", "june.csv", "--mapping", "signin.yaml"])
        XCTAssertEqual(failed.code, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("names no meeting"), failed.stderr)
        let july = try convene.ok(["import", "july.csv"])
        XCTAssertFalse(july.contains("mapping:"), "nothing was remembered by the import that rolled back: \(july)")
        XCTAssertNil(try people()["mjohnson@valleytech.example.edu"]?["organization"] as? String)
    }

    func testWriteMappingRoundTrip() throws {
        try write("members.csv", Self.members)
        let inferred = try inspectColumns(["members.csv"])
        let printed = try convene.ok(["inspect", "members.csv", "--write-mapping", "members.yaml"])
        XCTAssertTrue(printed.contains("mapping written to members.yaml"), printed)
        XCTAssertEqual(try folder.contents(), ["members.csv", "members.yaml"], "no temporary file left behind")
        let text = try String(contentsOf: folder.file("members.yaml"), encoding: .utf8)
        XCTAssertTrue(text.contains("source: generic\ncolumns:\n  \"First Name\": first-name\n"), text)
        XCTAssertTrue(text.contains("  \"Company City\": city\n  \"Company State\": region\n"), text)
        XCTAssertTrue(text.contains("  \"Member Since\": ignore    # not recognized"), text)

        // Read back: the same field for every column, now from the mapping file.
        let again = try inspectColumns(["members.csv", "--mapping", "members.yaml"])
        XCTAssertEqual(again.map(\.field), inferred.map(\.field))
        XCTAssertEqual(Set(again.map(\.reason)), ["mapping-file"])

        // A person edits it: the company's phone is not the member's.
        try write("members.yaml", text.replacingOccurrences(of: "\"Company Phone\": phone", with: "\"Company Phone\": ignore"))
        try convene.ok(["merge", "members.csv", "--csv", "people.csv", "--mapping", "members.yaml"])
        let people = try String(contentsOf: folder.file("people.csv"), encoding: .utf8)
        XCTAssertFalse(people.contains("555-0140"), people)
        XCTAssertTrue(people.contains("Riverton Area Chamber of Commerce"), people)
    }

    func testWriteMappingRefusesToOverwriteItsInputs() throws {
        try write("members.csv", Self.members)
        try write("roster.yaml", Self.worksiteMapping)
        let before = try bytes("members.csv")
        for (target, args) in [("members.csv", [] as [String]), ("./members.csv", []), ("roster.yaml", ["--mapping", "roster.yaml"])] {
            let run = try convene.run(["inspect", "members.csv", "--write-mapping", target] + args)
            XCTAssertEqual(run.code, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains("refusing to overwrite the input"), run.stderr)
        }
        // "-" is no file either: it had become one named "-".
        let dash = try convene.run(["inspect", "members.csv", "--write-mapping", "-"])
        XCTAssertEqual(dash.code, 2, dash.stderr)
        XCTAssertTrue(dash.stderr.contains("--write-mapping -: this writes a mapping file (YAML) to a file, not to standard output"), dash.stderr)
        XCTAssertEqual(try bytes("members.csv"), before)
        XCTAssertEqual(try String(contentsOf: folder.file("roster.yaml"), encoding: .utf8), Self.worksiteMapping)
        XCTAssertEqual(try folder.contents(), ["members.csv", "roster.yaml"])
        let two = try convene.run(["inspect", "members.csv", "members.csv", "--write-mapping", "m.yaml"])
        XCTAssertEqual(two.code, 2)
        XCTAssertTrue(two.stderr.contains("expected one file"), two.stderr)
    }

    func testABadMappingFileNamesFileLineAndWhatWasExpected() throws {
        try write("june.csv", Self.juneRoster)
        try write("bad.yaml", "columns:\n  Worksite: organization\n  Role: titel\n")
        try convene.ok(["init", "--name", "Advisory board"])
        for command in [["import", "june.csv"], ["merge", "june.csv", "--csv", "out.csv"], ["inspect", "june.csv"]] {
            let run = try convene.run(command + ["--mapping", "bad.yaml"])
            XCTAssertEqual(run.code, 2, "\(command): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix(#"convene: bad.yaml:3: bad mapping file: column "Role": expected a field, found "titel" (did you mean "title"?)"#),
                          "\(command): \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        }
        XCTAssertTrue(try convene.people().isEmpty, "nothing imported")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("out.csv").path))

        let missing = try convene.run(["import", "june.csv", "--mapping", "nowhere.yaml"])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.stderr.contains("nowhere.yaml"), missing.stderr)
    }
}
