import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// `convene plan import` end to end: SampleData's action plan, a CSV with edits and unreadable cells, a
/// tracker a colleague edited (with openpyxl, as another program would) while the workspace changed too, and
/// files that are no action plan.
final class PlanCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-plan")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try SampleData.buildWorkspace(convene)  // imports SampleData/action-plan.csv: A0001…A0005
    }

    /// The tracker's Action Plan rows, by item ID: [column header: text].
    private func trackerItems() throws -> [String: [String: String]] {
        try convene.ok(["export", "tracker", "-o", "current.xlsx", "--as-of", "2026-11-20"])
        let sheet = try XLSXReader(contentsOf: folder.file("current.xlsx")).sheet(named: "Action Plan")
        let header = sheet.rows[0].texts
        var items: [String: [String: String]] = [:]
        for row in sheet.rows.dropFirst() {
            let fields = Dictionary(zip(header, row.texts), uniquingKeysWith: { a, _ in a })
            if let id = fields["Item ID"], !id.isEmpty { items[id] = fields }
        }
        return items
    }

    func testSampleActionPlanIsInTheTracker() throws {
        let items = try trackerItems()
        XCTAssertEqual(items.keys.sorted(), ["A0001", "A0002", "A0003", "A0004", "A0005"])
        XCTAssertEqual(items["A0001"]?["Action item"], "Host 3 plant tours for high-school CTE students")
        XCTAssertEqual(items["A0003"]?["Status"], "At risk")
        XCTAssertEqual(items["A0001"]?["Business champion"], "Angela Chen")
        // Importing the same plan again changes nothing and adds nothing.
        let again = try convene.ok(["plan", "import", SampleData.path("action-plan.csv"), "--as-of", "2026-11-20"])
        XCTAssertTrue(again.hasPrefix("action-plan.csv: 0 change(s), 0 new, 0 deleted row(s), 0 conflict(s), 0 unreadable cell(s)."), again)
    }

    func testCSVEditsDryRunThenSavedAndUnreadableCellsChangeNothing() throws {
        // SampleData's plan has CRLF line ends, as Excel writes them; the edited copy keeps them.
        var lines = try Written.text(URL(fileURLWithPath: SampleData.path("action-plan.csv")))
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: ",On track,", with: ",Done,")                 // A0001 done
        lines[2] = lines[2].replacingOccurrences(of: ",2027-06-30,", with: ",next spring,")        // A0002: not a date
        lines[4] = lines[4].replacingOccurrences(of: ",Not started,", with: ",Finished-ish,")      // A0004: not a status
        lines.insert("Talent pipeline,\"Summer camp, grades 7–8\",Pipeline,Robert Smith,Nobody Known,2027-06-01,2027-08-01,"
                     + "Not started,,2026-11-20,,", at: 6)
        try Inputs.write(lines.joined(separator: "\r\n"), to: folder.file("edited.csv"))

        let dry = try convene.ok(["plan", "import", "edited.csv", "--dry-run", "--as-of", "2026-11-21"])
        XCTAssertTrue(dry.hasPrefix("edited.csv: 1 change(s), 1 new, 0 deleted row(s), 0 conflict(s), 2 unreadable cell(s) — dry run, nothing saved."), dry)
        XCTAssertTrue(dry.contains("changed A0001 Status: \"On track\" → \"Done\""), dry)
        XCTAssertTrue(dry.contains("new A0006: Summer camp, grades 7–8"), dry)
        XCTAssertTrue(dry.contains("A0006 Public-partner support \"Nobody Known\": no person by that name in the workspace"), dry)
        XCTAssertTrue(dry.contains("unreadable: row 3, column \"Due\""), dry)
        XCTAssertTrue(dry.contains("unreadable: row 5, column \"Status\""), dry)
        XCTAssertTrue(dry.contains("found \"Finished-ish\""), dry)
        XCTAssertEqual(try trackerItems()["A0001"]?["Status"], "On track", "a dry run saves nothing")
        XCTAssertNil(try trackerItems()["A0006"])

        let json = try XCTUnwrap(convene.json(["plan", "import", "edited.csv", "--as-of", "2026-11-21"]) as? [String: Any])
        for key in ["added", "changes", "conflicts", "deleted", "hadBaseline", "items", "names", "problems"] {
            XCTAssertNotNil(json[key], "--json has \(key): \(json.keys.sorted())")
        }
        XCTAssertEqual(json["hadBaseline"] as? Bool, false)
        XCTAssertEqual((json["items"] as? [Any])?.count, 6)
        let items = try trackerItems()
        XCTAssertEqual(items["A0001"]?["Status"], "Done")
        XCTAssertEqual(items["A0006"]?["Business champion"], "Robert Smith")
        XCTAssertEqual(items["A0002"]?["Due"].map { $0.isEmpty }, false, "the unreadable date left the old one")
        XCTAssertEqual(items["A0004"]?["Status"], "Not started", "the unreadable status left the old one")
    }

    /// A colleague edits the exported tracker while someone changes the workspace: their edit is applied,
    /// a field both changed is a conflict (the workspace keeps its value), a deleted row is kept unless asked.
    func testEditedTrackerWithAConflictAndADeletedRow() throws {
        try convene.ok(["export", "tracker", "-o", "tracker.xlsx", "--as-of", "2026-11-20"])
        try OpenpyxlScript.run("""
        import sys, datetime, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["Action Plan"]
        header = [c.value for c in ws[1]]
        col = {name: header.index(name) + 1 for name in header if name}
        rows = {ws.cell(row=r, column=col["Item ID"]).value: r for r in range(2, ws.max_row + 1)}
        ws.cell(row=rows["A0001"], column=col["Status"]).value = "Done"
        ws.cell(row=rows["A0003"], column=col["Due"]).value = datetime.datetime(2027, 1, 31)
        ws.delete_rows(rows["A0004"])
        wb.save(sys.argv[2])
        """, arguments: [folder.file("tracker.xlsx").path, folder.file("tracker-from-dana.xlsx").path])

        // Meanwhile the workspace moves A0003's due date.
        try Inputs.write("Item ID,Action item,Due\nA0003,Pool demand for a CNC programming cohort,2026-12-15\n",
                         to: folder.file("moved.csv"))
        try convene.ok(["plan", "import", "moved.csv", "--as-of", "2026-11-20"])
        XCTAssertEqual(try trackerItems()["A0003"]?["Due"], "2026-12-15")

        let report = try convene.ok(["plan", "import", "tracker-from-dana.xlsx", "--as-of", "2026-11-22"])
        XCTAssertTrue(report.contains("1 deleted row(s), 1 conflict(s), 0 unreadable cell(s)."), report)
        XCTAssertFalse(report.contains("no export baseline"), "an exported tracker carries its baseline: \(report)")
        XCTAssertTrue(report.contains("changed A0001 Status: \"On track\" → \"Done\""), report)
        XCTAssertTrue(report.contains("CONFLICT A0003 Due: exported \"2026-11-01\", workspace now \"2026-12-15\", file says \"2027-01-31\""), report)
        XCTAssertTrue(report.contains("deleted row A0004 (Manufacturing Day open-house campaign): kept in the workspace"), report)
        var items = try trackerItems()
        XCTAssertEqual(items["A0001"]?["Status"], "Done")
        XCTAssertNotNil(items["A0004"], "a deleted row is reported, not dropped")
        XCTAssertEqual(items["A0004"]?["Status"], "Not started")

        let dropped = try convene.ok(["plan", "import", "tracker-from-dana.xlsx", "--drop-deleted", "--as-of", "2026-11-22"])
        XCTAssertTrue(dropped.contains("deleted row A0004 (Manufacturing Day open-house campaign): marked Dropped"), dropped)
        items = try trackerItems()
        XCTAssertEqual(items["A0004"]?["Status"], "Dropped")
    }

    func testFilesThatAreNoActionPlan() throws {
        let contacts = try convene.run(["plan", "import", SampleData.path("contacts-chamber.csv")])
        XCTAssertEqual(contacts.code, 1)
        XCTAssertTrue(contacts.stderr.contains("contacts-chamber.csv: no action plan found"), contacts.stderr)
        let missing = try convene.run(["plan", "import", "no-such-plan.csv"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.stderr.contains("no-such-plan.csv"), missing.stderr)
        try Inputs.write("PK\u{3}\u{4}this is no zip", to: folder.file("broken.xlsx"))
        let broken = try convene.run(["plan", "import", "broken.xlsx"])
        XCTAssertEqual(broken.code, 1, broken.stderr)
        XCTAssertTrue(broken.stderr.hasPrefix("convene: ") && broken.stderr.contains("broken.xlsx"), broken.stderr)
        XCTAssertEqual(try convene.run(["plan", "import", SampleData.path("action-plan.csv"), "--as-of", "soon"]).code, 2)
        XCTAssertEqual(try trackerItems().count, 5, "nothing refused changed the plan")
    }
}

/// Runs a Python script with openpyxl — the program a colleague's edits are made with here. Skips, saying
/// so, without openpyxl; fails in CI (`CI=true`), where `make test` installs it.
enum OpenpyxlScript {
    @discardableResult
    static func run(_ script: String, arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = PythonProcess.run(script, arguments: arguments)
        if let reason = run.cannotRun { throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason) }
        XCTAssertEqual(run.status, 0, "python failed:\n\(run.errors)", file: file, line: line)
        return run.output
    }
}
