import ConveneModel
import XCTest
@testable import ConveneReports

final class ActionPlanReconcilerTests: XCTestCase {
    let snapshot = SampleSnapshot.make()
    let today = CalendarDate(year: 2024, month: 6, day: 10)

    /// What the tracker carried at export: the workspace's rows then.
    var baseline: [String: PlanRow] { Dictionary(uniqueKeysWithValues: snapshot.actionItems.map { ($0.id, PlanRow($0)) }) }

    /// The file as a colleague sends it back: status changed, champion renamed, a row added, a row deleted.
    func editedRows() -> [PlanRow] {
        var rows = snapshot.actionItems.map { PlanRow($0) }
        rows[1][.status] = " done "                  // A0002 → Done (typed loosely)
        rows[2][.champion] = "reyes, dana"            // A0003 champion handed over to Dana
        rows.remove(at: 3)                            // A0004 deleted
        var new = PlanRow(line: 6)
        new[.priorityArea] = "Talent pipeline"
        new[.item] = "Invite welding instructors to the next meeting"
        new[.team] = "Talent pipeline"
        new[.champion] = "Robert Smith"
        new[.due] = "7/15/2024"
        rows.append(new)
        rows.append(PlanRow(line: 7))                 // a cleared row is ignored
        return rows
    }

    func testColleagueEditsAreApplied() throws {
        let r = ActionPlanReconciler.reconcile(edited: editedRows(), baseline: baseline, current: snapshot.actionItems,
                                               people: snapshot.people, today: today)
        XCTAssertTrue(r.conflicts.isEmpty)
        XCTAssertTrue(r.problems.isEmpty, "\(r.problems)")
        let byID = Dictionary(uniqueKeysWithValues: r.items.map { ($0.id, $0) })
        XCTAssertEqual(byID["A0002"]?.status, .done)
        XCTAssertEqual(byID["A0002"]?.lastUpdated, today, "an edit without a new date stamps today")
        XCTAssertEqual(byID["A0003"]?.champion, "reyes, dana")
        XCTAssertEqual(byID["A0003"]?.championID, PersonID("P1"), "renamed champion matched to a person")
        XCTAssertEqual(byID["A0001"], snapshot.actionItems[0], "untouched rows stay as they were")
        XCTAssertEqual(r.deleted.map(\.id), ["A0004"])
        XCTAssertEqual(byID["A0004"], snapshot.actionItems[3], "deleted rows are reported, not dropped, by default")
        XCTAssertEqual(r.added.count, 1)
        let added = try XCTUnwrap(r.added.first)
        XCTAssertEqual(added.id, "A0005")
        XCTAssertEqual(added.championID, PersonID("P2"))
        XCTAssertEqual(added.due, CalendarDate(year: 2024, month: 7, day: 15))
        XCTAssertEqual(added.status, .notStarted)
        XCTAssertEqual(r.items.count, 5)
        XCTAssertEqual(Set(r.changes.map { "\($0.itemID).\($0.column.rawValue)" }),
                       ["A0002.Status", "A0003.Business champion"])
    }

    func testDeletedRowsCanBeMarkedDropped() {
        let r = ActionPlanReconciler.reconcile(edited: editedRows(), baseline: baseline, current: snapshot.actionItems,
                                               people: snapshot.people, today: today, deletedRows: .drop)
        XCTAssertEqual(r.items.first { $0.id == "A0004" }?.status, .dropped)
        XCTAssertEqual(r.deleted.map(\.id), ["A0004"])
        XCTAssertEqual(r.deleted.first?.status, .dropped, "the deleted row is reported as it is saved")
    }

    func testWorkspaceChangesSinceExportAreConflictsNotOverwritten() {
        var current = snapshot.actionItems
        current[1].status = .atRisk                 // someone updated A0002 in the workspace after the export
        current[2].nextStep = "Call Cobalt first"   // a different field: no conflict with the champion edit
        let r = ActionPlanReconciler.reconcile(edited: editedRows(), baseline: baseline, current: current,
                                               people: snapshot.people, today: today)
        XCTAssertEqual(r.conflicts, [PlanConflict(itemID: "A0002", column: .status, exported: "On track",
                                                  workspace: "At risk", file: "Done", line: nil)])
        let byID = Dictionary(uniqueKeysWithValues: r.items.map { ($0.id, $0) })
        XCTAssertEqual(byID["A0002"]?.status, .atRisk, "the workspace value is kept")
        XCTAssertEqual(byID["A0003"]?.nextStep, "Call Cobalt first")
        XCTAssertEqual(byID["A0003"]?.championID, PersonID("P1"))
    }

    func testUnreadableCellsAreReportedAndKeepTheOldValue() {
        var rows = snapshot.actionItems.map { PlanRow($0) }
        rows[1][.status] = "Dun"
        rows[1].line = 3
        rows[1][.due] = "next Tuesday"
        rows[0][.champion] = "Nobody Known"
        let r = ActionPlanReconciler.reconcile(edited: rows, baseline: baseline, current: snapshot.actionItems,
                                               people: snapshot.people, today: today)
        XCTAssertEqual(r.problems.map(\.description), [
            "row 3, column \"Status\": expected Not started / On track / At risk / Done / Dropped, found \"Dun\"",
            "row 3, column \"Due\": expected a date such as 2024-05-01, found \"next Tuesday\"",
        ])
        XCTAssertEqual(r.items[1], snapshot.actionItems[1], "nothing overwritten by a typo")
        XCTAssertEqual(r.names.first?.note, "no person by that name in the workspace")
        XCTAssertNil(r.items[0].championID)
    }

    func testPlainCSVWithoutBaselineComparesWithTheWorkspace() {
        var rows = snapshot.actionItems.map { PlanRow($0) }
        rows[0][.status] = "Dropped"
        rows.append(rows[0]) // a copied row with a duplicate ID becomes a new item
        let r = ActionPlanReconciler.reconcile(edited: rows, baseline: nil, current: snapshot.actionItems,
                                               people: snapshot.people, today: today)
        XCTAssertFalse(r.hadBaseline)
        XCTAssertEqual(r.items[0].status, .dropped)
        XCTAssertEqual(r.added.map(\.id), ["A0005"])
        XCTAssertTrue(r.deleted.isEmpty)
    }

    func testDatesAndHeaders() {
        XCTAssertEqual(PlanDates.parse("45413"), CalendarDate(year: 2024, month: 5, day: 1))
        XCTAssertEqual(PlanDates.parse("5/1/24"), CalendarDate(year: 2024, month: 5, day: 1))
        XCTAssertEqual(PlanDates.parse("2024-05-01T00:00:00"), CalendarDate(year: 2024, month: 5, day: 1))
        XCTAssertNil(PlanDates.parse("13/45/2024"))
        XCTAssertEqual(PlanColumn(header: " Due date "), .due)
        XCTAssertEqual(PlanColumn(header: "business champion"), .champion)
        XCTAssertEqual(PlanColumn(header: "ID"), .itemID)
        XCTAssertNil(PlanColumn(header: "Budget"))
    }
}

final class ActionPlanReimportTests: XCTestCase {
    func testImportingTheSameFileTwiceAddsNewRowsOnce() {
        let snapshot = SampleSnapshot.make()
        let today = CalendarDate(year: 2024, month: 6, day: 10)
        let baseline = Dictionary(uniqueKeysWithValues: snapshot.actionItems.map { ($0.id, PlanRow($0)) })
        var rows = snapshot.actionItems.map { PlanRow($0) }
        var new = PlanRow(line: 6)
        new[.item] = "Career fair booth"
        new[.team] = "Talent pipeline"
        rows.append(new)
        let first = ActionPlanReconciler.reconcile(edited: rows, baseline: baseline, current: snapshot.actionItems,
                                                   people: snapshot.people, today: today)
        XCTAssertEqual(first.added.count, 1)
        let second = ActionPlanReconciler.reconcile(edited: rows, baseline: baseline, current: first.items,
                                                    people: snapshot.people, today: today)
        XCTAssertEqual(second.added.count, 0)
        XCTAssertEqual(second.items.count, first.items.count)
        XCTAssertTrue(second.changes.isEmpty)
    }
}

extension ActionPlanReimportTests {
    func testItemRemovedFromWorkspaceSinceExportIsAConflictNotReAdded() {
        let snapshot = SampleSnapshot.make()
        let baseline = Dictionary(uniqueKeysWithValues: snapshot.actionItems.map { ($0.id, PlanRow($0)) })
        let rows = snapshot.actionItems.map { PlanRow($0) }
        let current = Array(snapshot.actionItems.dropLast()) // A0004 removed in the workspace
        let r = ActionPlanReconciler.reconcile(edited: rows, baseline: baseline, current: current,
                                               people: snapshot.people, today: CalendarDate(year: 2024, month: 6, day: 10))
        XCTAssertEqual(r.conflicts.map(\.itemID), ["A0004"])
        XCTAssertTrue(r.added.isEmpty)
        XCTAssertEqual(r.items.count, 3)
    }
}
