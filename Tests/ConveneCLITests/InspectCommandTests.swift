import ConveneTestSupport
import Foundation
import XCTest

/// `convene inspect` end to end, beyond mappings and meeting readings: the text block per file, no workspace
/// needed and nothing written, and a refused file among good ones — the others inspected, exit 1.
final class InspectCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-inspect")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    func testTextBlockWithoutAWorkspace() throws {
        try Inputs.write(Inputs.acmeContacts, to: folder.file("acme.csv"))
        XCTAssertEqual(try convene.ok(["inspect", "acme.csv"]), """
            acme.csv
              encoding:   UTF-8
              delimiter:  comma
              header:     line 1
              source:     Generic contact list (generic)
              records:    3
              yields:     3 contacts
              columns:
                First Name     → first-name
                Last Name      → last-name
                E-mail Address → email
                Company        → organization
                Job Title      → title
                Business Phone → phone
              warnings:   none

            """)
        try Inputs.writeTeams(Inputs.teamsCall, to: folder.file("teams.csv"))
        let teams = try convene.ok(["inspect", "teams.csv"])
        XCTAssertTrue(teams.contains("  encoding:   UTF-16LE") || teams.contains("  encoding:   UTF-16"), teams)
        XCTAssertTrue(teams.contains("  delimiter:  tab\n"), teams)
        XCTAssertTrue(teams.contains("  meeting:    Talent Pipeline Action Team"), teams)
        XCTAssertFalse(teams.contains("@"), "no contact details printed")
        XCTAssertEqual(Set(try folder.contents()), ["acme.csv", "teams.csv"], "inspect writes nothing, no workspace either")
        XCTAssertEqual(try convene.ok(["inspect", "acme.csv", "-q"]), "")
    }

    func testARefusedFileAmongGoodOnes() throws {
        try Inputs.write(Inputs.acmeContacts, to: folder.file("acme.csv"))
        try Inputs.write("Name,Email\n\"Ann Lee,ann@example.com\n", to: folder.file("unterminated.csv"))
        let run = try convene.run(["inspect", "unterminated.csv", "acme.csv", "missing.csv"])
        XCTAssertEqual(run.code, 1)
        XCTAssertTrue(run.stdout.hasPrefix("acme.csv\n"), "the good file is still inspected: \(run.stdout)")
        let errors = run.stderr.split(separator: "\n")
        XCTAssertEqual(errors.count, 2, run.stderr)
        XCTAssertTrue(errors.contains { $0.hasPrefix("convene: unterminated.csv:2:") }, "file and line: \(run.stderr)")
        XCTAssertTrue(errors.contains { $0.hasPrefix("convene: missing.csv") }, run.stderr)
        XCTAssertEqual(try convene.run(["inspect", "acme.csv", "--date", "June 10"]).code, 2)
        XCTAssertEqual(try convene.run(["inspect"]).code, 2, "at least one file")
    }
}
