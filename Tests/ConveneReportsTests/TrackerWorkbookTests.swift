import ConveneModel
import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest
@testable import ConveneReports

final class TrackerWorkbookTests: XCTestCase {
    let snapshot = SampleSnapshot.make()
    let today = CalendarDate(year: 2024, month: 6, day: 10)

    func export(_ folder: TemporaryDirectory) throws -> URL {
        let url = folder.file("tracker.xlsx")
        try TrackerWorkbook(snapshot: snapshot, today: today).write(to: url)
        return url
    }

    func testSheetsHeadersAndTableReadBackByOurReader() throws {
        let folder = try TemporaryDirectory()
        let reader = try XLSXReader(contentsOf: try export(folder))
        XCTAssertEqual(reader.sheets.map(\.name), TrackerWorkbook.sheetNames + [TrackerWorkbook.baselineSheet])
        XCTAssertEqual(reader.visibleWorksheetNames, TrackerWorkbook.sheetNames, "the baseline sheet is hidden")

        let plan = try reader.sheet(named: "Action Plan")
        XCTAssertEqual(plan.rows.first?.texts, PlanColumn.headers)
        XCTAssertEqual(plan.rows.first?.texts, ["Priority area", "Action item", "Action team", "Business champion",
                                                "Public-partner support", "Start", "Due", "Status", "Next step",
                                                "Last updated", "Notes", "Item ID"])
        let table = try XCTUnwrap(plan.table(named: "ActionPlan"))
        XCTAssertEqual(table.columnNames, PlanColumn.headers)
        XCTAssertEqual(table.range.description, "A1:L5")
        XCTAssertEqual(plan.frozenPaneTopLeft?.a1, "A2")
        // Dates are real dates; the formula-like note stays text.
        let rowsByID = Dictionary(uniqueKeysWithValues: plan.rows.dropFirst().map { ($0.texts.last ?? "", $0) })
        XCTAssertEqual(rowsByID["A0002"]?.texts[6], "2024-04-15")
        if case .date = rowsByID["A0002"]?[column: 6] {} else { XCTFail("Due is not a date cell") }
        XCTAssertEqual(rowsByID["A0003"]?.texts[10], "=HYPERLINK(\"http://evil.example\")")
        XCTAssertNil(rowsByID["A0003"]?.cell(column: 10)?.formula, "untrusted text is never a formula")

        // Validations: status dropdown, champion and support from the People sheet's names.
        let status = try XCTUnwrap(plan.dataValidations.first { $0.ranges.first?.start.a1 == "H2" })
        XCTAssertEqual(status.listItems, ActionStatus.allCases.map(\.rawValue))
        for column in ["D2", "E2"] {
            let rule = try XCTUnwrap(plan.dataValidations.first { $0.ranges.first?.start.a1 == column }, column)
            XCTAssertEqual(rule.type, "list")
            XCTAssertEqual(rule.formula1?.replacingOccurrences(of: "'", with: ""), "People!$A$2:$A$8")
        }
        let people = try reader.sheet(named: "People")
        XCTAssertEqual(people.rows.dropFirst().map { $0.texts[1] }, ["Adams", "Bianchi", "Éclair, Jr", "Natarajan", "Okafor", "Reyes", "Smith"])
    }

    func testDashboardCountsMatchTheSnapshot() throws {
        let folder = try TemporaryDirectory()
        let reader = try XLSXReader(contentsOf: try export(folder))
        let dashboard = try reader.sheet(named: "Dashboard")
        var counts: [String: String] = [:]
        for row in dashboard.rows where row.texts.count >= 2 { counts[row.texts[0]] = row.texts[1] }
        // Worked out by hand: businesses Acme, Birch, Cobalt attended; public partners Metro WB, Lakeside.
        XCTAssertEqual(counts["Businesses engaged"], "3")
        XCTAssertEqual(counts["Public partners engaged"], "2")
        XCTAssertEqual(counts["People"], String(snapshot.people.count))
        XCTAssertEqual(counts["Meetings"], String(snapshot.meetings.count))
        XCTAssertEqual(counts["Action items"], String(snapshot.actionItems.count))
        XCTAssertEqual(counts["Overdue items"], "1", "A0002 was due 2024-04-15 and is on track")
        XCTAssertEqual(counts["Done"], "1")
        XCTAssertEqual(counts["At risk"], "1")
        let figures = DashboardFigures(AttendanceAnalytics(snapshot), today: today)
        XCTAssertEqual(figures.headcounts.map { [$0.business, $0.publicPartners] }, [[3, 1], [2, 1], [2, 1]])
        XCTAssertEqual(counts["Launch meeting"], "2024-03-05")
    }

    func testConditionalFormatsAndChartsInTheFile() throws {
        let folder = try TemporaryDirectory()
        let xml = try WorkbookXML(try export(folder))
        let plan = try xml.worksheet(named: "Action Plan")
        let formulas = WorkbookXML.elements("formula", in: plan).map(WorkbookXML.decodeEntities)
        XCTAssertTrue(formulas.contains { $0.contains("AND($G2<>\"\",$G2<TODAY(),$H2<>\"Done\",$H2<>\"Dropped\")") }, "\(formulas)")
        XCTAssertTrue(formulas.contains { $0.contains("$H2=\"At risk\"") })
        XCTAssertTrue(plan.contains("<pageSetup") && plan.contains("orientation=\"landscape\""))
        XCTAssertTrue(plan.contains("fitToPage=\"1\""))
        let charts = xml.partNames.filter { $0.hasPrefix("xl/charts/chart") }
        XCTAssertEqual(charts.count, 2, "headcount chart and status chart")
        let workbook = try xml.part("xl/workbook.xml")
        XCTAssertTrue(workbook.contains("_xlnm.Print_Titles"), "header row repeats on every printed page")
    }
}
