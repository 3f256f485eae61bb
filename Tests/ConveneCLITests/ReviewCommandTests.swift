import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// `convene review` end to end: SampleData (nothing to review: an empty sheet), two Jane Smiths at different
/// employers (one unsure pair), the sheet answered as a user would, and sheets that are not review sheets.
final class ReviewCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-review")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// Two lists naming a Jane Smith each, at different employers with different emails: one pair to review.
    private func twoJaneSmiths() throws {
        try convene.ok(["init", "--name", "Review test"])
        try Inputs.write("Contact,Company,Email,Phone\nJane Smith,Blue Lake Plastics,jane.smith@bluelake.example.com,608-555-0131\n",
                         to: folder.file("chamber.csv"))
        try Inputs.write("First Name,Last Name,E-mail Address,Company\nJane,Smith,jsmith@acme-mfg.example.com,Acme Manufacturing\n",
                         to: folder.file("acme.csv"))
        try convene.ok(["import", "chamber.csv"])
        let imported = try convene.ok(["import", "acme.csv"])
        XCTAssertTrue(imported.contains("1 review item"), imported)
    }

    /// The review sheet with `decision` picked in every pair's Decision cell, saved as another workbook.
    private func answer(_ exported: String, _ decision: String, to answered: String) throws {
        try ReviewSheetAnswers.answer(folder.file(exported), decision, to: folder.file(answered))
    }

    func testSampleDataHasNothingToReview() throws {
        try SampleData.buildWorkspace(convene)
        XCTAssertEqual(try convene.ok(["review"]), "No pairs to review; wrote an empty sheet to review.xlsx\n")
        let sheet = try XLSXReader(contentsOf: folder.file("review.xlsx")).sheet(named: "Review")
        XCTAssertEqual(Array(sheet.rows[0].texts.prefix(2)), ["Pair", "Decision"])
        XCTAssertEqual(sheet.rows.count, 1, "the header only")
    }

    func testTheUnsurePairOutToExcelAndBackAsSame() throws {
        try twoJaneSmiths()
        let json = try XCTUnwrap(convene.json(["review", "-o", "pairs.xlsx"]) as? [String: String])
        XCTAssertEqual(json, ["file": "pairs.xlsx", "pairs": "1", "more": "0"])
        let printed = try convene.ok(["review", "-o", "pairs.xlsx"])
        XCTAssertEqual(printed, "Wrote 1 pair(s) to review to pairs.xlsx; fill in Decision, then run `convene review --apply pairs.xlsx`\n")
        let sheet = try XLSXReader(contentsOf: folder.file("pairs.xlsx")).sheet(named: "Review")
        guard sheet.rows.count == 2 else { return XCTFail("one pair under the header: \(sheet.rows.map(\.texts))") }
        let cells = sheet.rows[1].texts
        XCTAssertTrue(cells.contains("Blue Lake Plastics") && cells.contains("Acme Manufacturing"), "both records side by side: \(cells)")
        let dropdown = try XCTUnwrap(sheet.dataValidations.first?.listItems)
        XCTAssertEqual(Set(dropdown), ["Same", "Not the same", "Skip"])

        // Skip leaves it for next time; a cell nobody filled in is "without a decision".
        try answer("pairs.xlsx", "Skip", to: "skipped.xlsx")
        XCTAssertEqual(try convene.ok(["review", "--apply", "skipped.xlsx"]),
                       "skipped.xlsx: 0 merged, 0 kept apart, 1 skipped, 0 without a decision, 0 already decided\n")
        let blank = try XCTUnwrap(convene.json(["review", "--apply", "pairs.xlsx"]) as? [String: Int])
        XCTAssertEqual(blank, ["merged": 0, "keptApart": 0, "skipped": 0, "undecided": 1, "stale": 0])
        XCTAssertEqual(try convene.people().count, 2)

        // Same merges the two people for good: one Jane Smith with both emails' records, nothing left to review.
        try answer("pairs.xlsx", "Same", to: "same.xlsx")
        XCTAssertEqual(try convene.ok(["review", "--apply", "same.xlsx"]),
                       "same.xlsx: 1 merged, 0 kept apart, 0 skipped, 0 without a decision, 0 already decided\n")
        let people = try convene.people()
        XCTAssertEqual(people.count, 1)
        let jane = try XCTUnwrap(convene.json(["person", people[0]["id"] as! String]) as? [String: Any])
        let files = Set((jane["records"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String })
        XCTAssertEqual(files, ["chamber.csv", "acme.csv"])
        XCTAssertTrue(try convene.ok(["review"]).hasPrefix("No pairs to review"))
        XCTAssertTrue(try convene.ok(["review", "--apply", "same.xlsx"]).contains("1 already decided"))
    }

    func testSheetsThatAreNotReviewSheetsAndUnwritableOutput() throws {
        try twoJaneSmiths()
        let csv = try convene.run(["review", "--apply", "chamber.csv"])
        XCTAssertEqual(csv.code, 1)
        XCTAssertTrue(csv.stderr.contains("not an .xlsx workbook"), csv.stderr)
        let missing = try convene.run(["review", "--apply", "no-such-review.xlsx"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.stderr.contains("no-such-review.xlsx"), missing.stderr)
        // Someone's own workbook, with no Review sheet: refused, nothing decided.
        let workbook = try Workbook(destination: folder.file("budget.xlsx"))
        try workbook.addWorksheet(named: "Budget").writeString("Line item", row: 0, column: 0)
        try workbook.close()
        let other = try convene.run(["review", "--apply", "budget.xlsx"])
        XCTAssertNotEqual(other.code, 0, other.stdout)
        XCTAssertTrue(other.stderr.contains("budget.xlsx"), other.stderr)
        let unwritable = try convene.run(["review", "-o", folder.file("no-such-folder/review.xlsx").path])
        XCTAssertEqual(unwritable.code, 4)
        XCTAssertTrue(unwritable.stderr.contains("cannot write the review sheet"), unwritable.stderr)
        XCTAssertEqual(try convene.people().count, 2, "nothing refused decided the pair")
        XCTAssertTrue(try convene.ok(["review", "-o", "still.xlsx"]).hasPrefix("Wrote 1 pair(s)"))
    }

    /// Six namesakes at two employers: six questions. The sheet holds the top N by how much an answer changes,
    /// says how many more there are, and reads back with that line in it.
    func testTheQueueIsRankedLimitedAndCountsTheRest() throws {
        try convene.ok(["init", "--name", "Queue test"])
        let names = [("Jane", "Smith"), ("Maria", "Garcia"), ("John", "Nguyen"), ("Ana", "Lopez"), ("Wei", "Chen"), ("Sam", "Patel")]
        try Inputs.write("First Name,Last Name,Email,Company\n" + names.map { "\($0.0),\($0.1),\($0.0.lowercased())@bluelake.example.com,Blue Lake Plastics" }
            .joined(separator: "\n") + "\n", to: folder.file("chamber.csv"))
        try Inputs.write("First Name,Last Name,Email,Company\n" + names.map { "\($0.0),\($0.1),\($0.1.lowercased())@acme-mfg.example.com,Acme Manufacturing" }
            .joined(separator: "\n") + "\n", to: folder.file("acme.csv"))
        try convene.ok(["import", "chamber.csv"])
        try convene.ok(["import", "acme.csv"])
        let all = try XCTUnwrap(convene.json(["review", "--all", "-o", "all.xlsx"]) as? [String: String])
        XCTAssertEqual(all["more"], "0")
        let total = try XCTUnwrap(Int(all["pairs"] ?? ""))
        XCTAssertGreaterThanOrEqual(total, 3, "namesakes at two employers are questions")

        let printed = try convene.ok(["review", "--limit", "2", "-o", "top.xlsx"])
        XCTAssertTrue(printed.hasPrefix("Wrote 2 pair(s) to review to top.xlsx (\(total - 2) more, ranked lower: --all writes them)"), printed)
        let top = try XLSXReader(contentsOf: folder.file("top.xlsx")).sheet(named: "Review").rows.map(\.texts)
        XCTAssertEqual(top.count, 4, "header, two questions, the line counting the rest")
        XCTAssertTrue(top[3].joined().contains("… and \(total - 2) more question(s)"), "\(top[3])")
        // The top two are the ones nearest a coin flip (every question here joins two one-record people).
        let everything = try XLSXReader(contentsOf: folder.file("all.xlsx")).sheet(named: "Review").rows.dropFirst().map(\.texts)
        let doubt = everything.map { abs(2 * (Double($0[2]) ?? 0) - 1) }
        XCTAssertEqual(doubt, doubt.sorted(), "ranked by uncertainty × records: \(everything.map { $0[2] })")
        XCTAssertEqual(Array(top[1...2].map { $0[0] }), Array(everything.prefix(2).map { $0[0] }))

        // The limited sheet, answered, applies like any other: the counting line is not a question.
        try answer("top.xlsx", "Not the same", to: "answered.xlsx")
        XCTAssertTrue(try convene.ok(["review", "--apply", "answered.xlsx"]).contains("0 merged, 2 kept apart"))
        let after = try XCTUnwrap(convene.json(["review", "--all", "-o", "after.xlsx"]) as? [String: String])
        XCTAssertEqual(after["pairs"], String(total - 2), "answered questions are not asked again")
        XCTAssertEqual(try convene.run(["review", "--limit", "0"]).code, 2)
    }
}
