import ConveneTestSupport
import Foundation
import XCTest

/// `convene import` end to end, beyond the files that test what imports mean (meeting reading, mappings,
/// counts): the summary lines, the same bytes twice, and the refusals — a bad flag, an empty file or a zip
/// named .csv among good files — that import nothing at all.
final class ImportCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-import")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Import test", "-q"])
        try Inputs.write(Inputs.acmeContacts, to: folder.file("acme.csv"))
        try Inputs.write(Inputs.chamberContacts, to: folder.file("chamber.csv"))
    }

    func testSummaryLinesAndTheSameBytesTwice() throws {
        XCTAssertEqual(try convene.ok(["import", "acme.csv", "chamber.csv"]), """
            acme.csv: Generic contact list — 3 records read, 3 new people, 0 matched people, 0 review items
            chamber.csv: Generic contact list — 3 records read, 2 new people, 1 matched person, 0 review items
            Total: 6 records read, 5 new people, 1 matched person, 0 review items
            First import: 6 records matched all at once, as `convene merge` matches them; later imports link each record to the people already here, until one doubles the workspace or brings a quarter of it.

            """)
        // A copy under another name is the same bytes: nothing changes.
        try FileManager.default.copyItem(at: folder.file("acme.csv"), to: folder.file("acme copy.csv"))
        XCTAssertEqual(try convene.ok(["import", "acme copy.csv"]), "acme copy.csv: already imported (same content) — nothing changed\n")
        XCTAssertEqual(try convene.people().count, 5)
        XCTAssertEqual(try convene.ok(["import", "acme.csv", "-q"]), "")
    }

    /// Robert's sign-in row (an initial and his cell phone) became a person of its own; an RSVP list that
    /// doubles the workspace has his row with his work email and that cell phone. The import matches every
    /// record at once, joins the two under the older ID, says so — in `--json` too — and `convene person` on the
    /// retired ID says what retired it.
    func testAnImportThatDoublesTheWorkspaceSaysWhichIDsItRetired() throws {
        try convene.ok(["import", "acme.csv", "-q"])
        try Inputs.write("Name,Phone\nR. Smith,608-555-0199\n", to: folder.file("signin.csv"))
        try convene.ok(["import", "signin.csv", "--meeting", "June partnership", "--date", "2026-06-10", "-q"])
        XCTAssertEqual(try convene.people().count, 4, "the sign-in row is a person of its own")
        let rsvps = Inputs.bigList(200, domain: "big.example.com")
            .replacingOccurrences(of: "Company\n", with: "Company\nRobert,Smith,rsmith@acme-mfg.example.com,Acme Manufacturing,608-555-0199\n")
            .replacingOccurrences(of: "First Name,Last Name,Email,Company", with: "First Name,Last Name,Email,Company,Phone")
        try Inputs.write(rsvps, to: folder.file("rsvp.csv"))

        let summary = try convene.jsonValue(["import", "rsvp.csv"])
        assertShape(summary, .array(JSONShapeTests.importSummary))
        let rematch = try XCTUnwrap(summary.elements.first?["rematch"])
        XCTAssertEqual(rematch["trigger"]?.string, "enough-records", "its first 200 records")
        XCTAssertEqual(rematch["storedRecords"]?.int, 4)
        XCTAssertEqual(rematch["newRecords"]?.int, 201)
        XCTAssertEqual(rematch["parameterSource"]?.string,
                       "the engine's defaults (the records hardly repeat one another: nothing new to learn from)")
        XCTAssertEqual(rematch["reviewItems"]?.int, 0)
        let redirect = try XCTUnwrap(rematch["redirects"]?.elements.first)
        XCTAssertEqual(rematch["redirects"]?.elements.count, 1)
        XCTAssertEqual(redirect["oldID"]?.string, "P000004")
        XCTAssertEqual(redirect["newIDs"]?.elements.compactMap(\.string), ["P000001"])
        XCTAssertEqual(redirect["retiredBy"]?.string, "convene import of rsvp.csv")

        let moved = try convene.run(["person", "P000004"])
        XCTAssertEqual(moved.code, 0, moved.stderr)
        XCTAssertTrue(moved.stderr.hasPrefix("P000004 was merged into P000001 by convene import of rsvp.csv on "), moved.stderr)
        XCTAssertTrue(moved.stdout.contains("signin.csv#1"), moved.stdout)
    }

    /// A list that brings a generated contact list's workspace to 200 records estimates the model for the first
    /// time, and with it the run asks about pairs of records that were stored before the command. Those questions
    /// belong to no file's line: the re-match line says how many, and the review total adds them to the file's.
    /// The last line also says how many questions are open in all when the review sheet holds another number.
    func testTheRematchLineCountsItsQuestionsAboutStoredRecords() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "synthetic-300-seed1", withExtension: "csv", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        let header = lines[0], rows = Array(lines.dropFirst())
        XCTAssertEqual(rows.count, 300)
        try Inputs.write(([header] + rows.prefix(120)).joined(separator: "\n") + "\n", to: folder.file("crm.csv"))
        try Inputs.write(([header] + rows.dropFirst(120)).joined(separator: "\n") + "\n", to: folder.file("rsvp.csv"))
        // The same two imports in a second workspace, for the counts as JSON.
        let other = try temporaryFolder(prefix: "convene-import-json")
        let twin = ConveneRunner(binary: convene.binary, workspace: other.url)
        try twin.ok(["init", "--name", "Rematch questions", "-q"])
        for runner in [convene!, twin] { try runner.ok(["import", folder.file("crm.csv").path, "-q"]) }
        let summary = try XCTUnwrap(twin.jsonValue(["import", folder.file("rsvp.csv").path]).elements.first)
        let fileQuestions = try XCTUnwrap(summary["reviewItems"]?.int)
        let storedQuestions = try XCTUnwrap(summary["rematch"]?["reviewItems"]?.int)
        XCTAssertEqual(summary["rematch"]?["trigger"]?.string, "enough-records")
        XCTAssertGreaterThan(storedQuestions, 0, "this list's re-estimated model asks about stored pairs; if an engine change stops it, pick a seed that does")

        func counted(_ n: Int, _ what: String) -> String { "\(n) \(what)\(n == 1 ? "" : "s")" }
        let text = try convene.ok(["import", "rsvp.csv"]).split(separator: "\n").map(String.init)
        XCTAssertTrue(text[0].contains(", \(counted(fileQuestions, "review item"))"), text[0])
        let rematch = try XCTUnwrap(text.first { $0.hasPrefix("The workspace now holds enough records") })
        XCTAssertTrue(rematch.hasSuffix("It asked \(counted(storedQuestions, "new question")) about records already stored."), rematch)
        // The last line counts this import's questions, and — when the sheet would hold another number, one
        // question per pair of people, earlier imports' included — that number too.
        let sheet = try convene.jsonValue(["review", "--all", "-o", folder.file("review.xlsx").path])
        let open = try XCTUnwrap(sheet["pairs"]?.string.flatMap { Int($0) })
        let asked = fileQuestions + storedQuestions
        XCTAssertEqual(text.last, "Run `convene review` to decide the \(counted(asked, "new unsure pair"))"
                       + (open == asked ? "." : " (\(counted(open, "question")) open in all, one per pair of people)."))

        // A walk-in with the name of a CRM contact at another employer: one new question, beside the open ones.
        let name = rows[1].split(separator: ",", omittingEmptySubsequences: false).prefix(2).joined(separator: ",")
        try Inputs.write("First Name,Last Name,Email,Organization\n\(name),walkin@riverbendfoods.com,Riverbend Foods\n",
                         to: folder.file("walkin.csv"))
        let walkin = try convene.ok(["import", "walkin.csv"]).split(separator: "\n").map(String.init)
        XCTAssertTrue(walkin[0].hasSuffix("1 new person, 0 matched people, 1 review item"), walkin[0])
        let after = try convene.jsonValue(["review", "--all", "-o", folder.file("review.xlsx").path])
        XCTAssertEqual(after["pairs"]?.string, String(open + 1))
        XCTAssertEqual(walkin.last, "Run `convene review` to decide the 1 new unsure pair (\(open + 1) questions open in all, one per pair of people).")
    }

    func testRefusalsImportNothing() throws {
        try Inputs.write("", to: folder.file("empty.csv"))
        try Inputs.write("PK\u{3}\u{4}not really a zip", to: folder.file("zipped.csv"))
        for (file, says) in [("empty.csv", "empty.csv:1:1: expected a header row or data, found an empty file"),
                             ("zipped.csv", "zipped.csv:1:1: expected CSV text, found a zip archive")] {
            let run = try convene.run(["import", "acme.csv", file])
            XCTAssertEqual(run.code, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains(says), run.stderr)
        }
        XCTAssertEqual(try convene.people().count, 0, "all or nothing: the good file was not imported either")
        let usage: [[String]] = [
            ["import", "acme.csv", "--source", "myspace"],
            ["import", "acme.csv", "--date", "2024-06-12"],
            ["import", "acme.csv", "--meeting", "Q2", "--kind", "gala"],
            ["import", "acme.csv", "--meeting", "Q2", "--as", "maybe"],
            ["import"],
        ]
        for arguments in usage {
            XCTAssertEqual(try convene.run(arguments).code, 2, "\(arguments)")
        }
        XCTAssertTrue(try convene.run(["import", "acme.csv", "--date", "2024-06-12"]).stderr.contains("--date needs --meeting NAME"))
        XCTAssertEqual(try convene.people().count, 0)
        XCTAssertEqual(try convene.meetings().count, 0)
        // The refused files are still importable once fixed: nothing about them was remembered.
        XCTAssertTrue(try convene.ok(["import", "acme.csv"]).contains("3 new people"))
    }
}
