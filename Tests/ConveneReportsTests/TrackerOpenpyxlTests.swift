import ConveneModel
import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest
@testable import ConveneReports

/// The tracker read and edited by openpyxl, as an independent implementation and as a colleague would.
final class TrackerOpenpyxlTests: XCTestCase {
    let snapshot = SampleSnapshot.make()
    let today = CalendarDate(year: 2024, month: 6, day: 10)

    static let inspect = """
    import json, sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": wb.sheetnames, "states": [ws.sheet_state for ws in wb.worksheets]}
    ws = wb["Action Plan"]
    out["headers"] = [c.value for c in ws[1]]
    out["tables"] = {name: ref for name, ref in ws.tables.items()}
    out["freeze"] = ws.freeze_panes
    out["validations"] = sorted([[str(dv.sqref), dv.type, dv.formula1] for dv in ws.data_validations.dataValidation])
    out["cf"] = sorted([f for rng in ws.conditional_formatting for r in rng.rules for f in (r.formula or [])])
    out["orientation"] = ws.page_setup.orientation
    out["fit"] = bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    out["fitHeight"] = ws.page_setup.fitToHeight
    out["printTitles"] = ws.print_title_rows
    out["dueIsDate"] = ws["G3"].is_date  # row 3 is A0003 (rows are ordered by priority area)
    d = wb["Dashboard"]
    out["charts"] = len(d._charts)
    out["counts"] = {str(r[0].value): r[1].value for r in d.iter_rows(min_row=5, max_row=10) if r[0].value}
    out["countFormulas"] = [d.cell(row=r, column=2).value for r in (9, 10)]
    print(json.dumps(out, default=str))
    """

    func testOpenpyxlSeesTheSameWorkbook() throws {
        let folder = try TemporaryDirectory()
        let url = folder.file("tracker.xlsx")
        try TrackerWorkbook(snapshot: snapshot, today: today).write(to: url)
        let json = try Python.run(Self.inspect, arguments: [url.path])
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(o["sheets"] as? [String], TrackerWorkbook.sheetNames + [TrackerWorkbook.baselineSheet])
        XCTAssertEqual((o["states"] as? [String])?.last, "hidden")
        XCTAssertEqual(o["headers"] as? [String], PlanColumn.headers)
        XCTAssertEqual(o["tables"] as? [String: String], ["ActionPlan": "A1:L5"])
        XCTAssertEqual(o["freeze"] as? String, "A2")
        let validations = try XCTUnwrap(o["validations"] as? [[String?]])
        XCTAssertTrue(validations.contains(["H2:H205", "list", "\"Not started,On track,At risk,Done,Dropped\""]), "\(validations)")
        XCTAssertTrue(validations.contains { $0[0] == "D2:D205" && $0[1] == "list" && ($0[2] ?? "").contains("People") && ($0[2] ?? "").contains("$A$2:$A$8") })
        XCTAssertTrue(validations.contains { $0[0] == "E2:E205" && ($0[2] ?? "").contains("People") })
        let cf = try XCTUnwrap(o["cf"] as? [String])
        XCTAssertTrue(cf.contains("AND($G2<>\"\",$G2<TODAY(),$H2<>\"Done\",$H2<>\"Dropped\")"), "\(cf)")
        XCTAssertTrue(cf.contains("$H2=\"At risk\""))
        XCTAssertEqual(o["orientation"] as? String, "landscape")
        XCTAssertEqual(o["fit"] as? Bool, true)
        XCTAssertEqual(o["fitHeight"] as? Int, 0, "one page wide, as many pages tall as needed")
        XCTAssertEqual(o["printTitles"] as? String, "$1:$1")
        XCTAssertEqual(o["dueIsDate"] as? Bool, true)
        XCTAssertEqual(o["charts"] as? Int, 2)
        let counts = try XCTUnwrap(o["counts"] as? [String: Any])
        XCTAssertEqual(counts["Businesses engaged"] as? Int, 3)
        XCTAssertEqual(counts["Public partners engaged"] as? Int, 2)
        XCTAssertEqual(counts["People"] as? Int, 7)
        XCTAssertEqual(counts["Meetings"] as? Int, 3)
        let formulas = try XCTUnwrap(o["countFormulas"] as? [String])
        XCTAssertTrue(formulas[0].hasPrefix("=COUNTA('Action Plan'!$L$2"), formulas[0])
        XCTAssertTrue(formulas[1].hasPrefix("=SUMPRODUCT("), formulas[1])
    }

    /// A colleague's edits, made with openpyxl: a status changed, a champion renamed, a row deleted, a row
    /// added at the bottom.
    static let edit = """
    import sys, datetime, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    ws = wb["Action Plan"]
    rows = {ws.cell(row=r, column=12).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row=rows["A0002"], column=8).value = "Done"
    ws.cell(row=rows["A0002"], column=10).value = datetime.datetime(2024, 6, 12)
    ws.cell(row=rows["A0003"], column=4).value = "Dana Reyes"
    ws.cell(row=rows["A0003"], column=7).value = datetime.datetime(2024, 10, 31)
    ws.delete_rows(rows["A0004"])
    ws.append(["Talent pipeline", "Invite welding instructors", "Talent pipeline", "Smith, Robert", "",
               None, datetime.datetime(2024, 7, 15), "Not started", "Email the college", None, "", None])
    wb.save(sys.argv[2])
    """

    func testRoundTripThroughAColleaguesEdits() throws {
        let folder = try TemporaryDirectory()
        let exported = folder.file("tracker.xlsx"), edited = folder.file("tracker-edited.xlsx")
        try TrackerWorkbook(snapshot: snapshot, today: today).write(to: exported)
        _ = try Python.run(Self.edit, arguments: [exported.path, edited.path])

        let file = try ActionPlanFile.read(edited)
        XCTAssertNotNil(file.baseline, "the hidden baseline survives an openpyxl save")
        XCTAssertEqual(file.rows.count, 4)
        // Meanwhile, in the workspace, someone changed A0003's due date too.
        var current = snapshot.actionItems
        current[2].due = CalendarDate(year: 2024, month: 12, day: 15)
        let result = ActionPlanReconciler.reconcile(edited: file.rows, baseline: file.baseline, current: current,
                                                    people: snapshot.people, today: today)
        let byID = Dictionary(uniqueKeysWithValues: result.items.map { ($0.id, $0) })
        XCTAssertEqual(byID["A0002"]?.status, .done)
        XCTAssertEqual(byID["A0002"]?.lastUpdated, CalendarDate(year: 2024, month: 6, day: 12))
        XCTAssertEqual(byID["A0003"]?.champion, "Dana Reyes")
        XCTAssertEqual(byID["A0003"]?.championID, PersonID("P1"))
        XCTAssertEqual(result.conflicts.map { "\($0.itemID) \($0.column.rawValue) \($0.workspace) \($0.file)" },
                       ["A0003 Due 2024-12-15 2024-10-31"])
        XCTAssertEqual(byID["A0003"]?.due, CalendarDate(year: 2024, month: 12, day: 15), "workspace change kept")
        XCTAssertEqual(result.deleted.map(\.id), ["A0004"])
        XCTAssertNotNil(byID["A0004"], "a deleted row is reported, not silently dropped")
        XCTAssertEqual(result.added.map(\.item), ["Invite welding instructors"])
        XCTAssertEqual(result.added.first?.championID, PersonID("P2"), "\"Smith, Robert\" matched")
        XCTAssertEqual(result.added.first?.due, CalendarDate(year: 2024, month: 7, day: 15))
        XCTAssertEqual(result.added.first?.id, "A0005")
        XCTAssertTrue(result.problems.isEmpty, "\(result.problems)")
    }

    func testPlainCSVActionPlan() throws {
        let folder = try TemporaryDirectory()
        let url = folder.file("plan.csv")
        let csv = "\u{FEFF}Item ID,Action item,Action team,Business champion,Status,Due date\r\n"
            + "A0001,Host a plant tour for high-school teachers,Talent pipeline,Dana Reyes,Done,5/1/2024\r\n"
            + ",\"New item, with a comma\",Supply chain,Zoe Adams,on track,2024-08-01\r\n"
        try Data(csv.utf8).write(to: url)
        let file = try ActionPlanFile.read(url)
        XCTAssertNil(file.baseline)
        XCTAssertEqual(file.columns, [.itemID, .item, .team, .champion, .status, .due])
        XCTAssertEqual(file.rows.map(\.line), [2, 3])
        let result = ActionPlanReconciler.reconcile(edited: file.rows, baseline: nil, current: snapshot.actionItems,
                                                    people: snapshot.people, today: today)
        XCTAssertEqual(result.added.first?.item, "New item, with a comma")
        XCTAssertEqual(result.added.first?.status, .onTrack)
        XCTAssertEqual(result.deleted.map(\.id), ["A0002", "A0003", "A0004"], "rows missing from the CSV are reported")
    }
}
