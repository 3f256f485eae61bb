import ConveneModel
import ConveneSpreadsheet
import Foundation

/// The action-plan tracker the convener hands to business champions and public partners.
///
/// ```swift
/// try TrackerWorkbook(snapshot: try workspace.snapshot(), today: today).write(to: URL(fileURLWithPath: "tracker.xlsx"))
/// ```
///
/// The Action Plan sheet is built to survive editing: statuses come from a dropdown, champions from the
/// People sheet, highlighting and Dashboard counts are formulas over the sheet (so they follow edits), and a
/// hidden sheet keeps the exported values so `convene plan import` can tell a colleague's edits from
/// changes made in the workspace since.
public struct TrackerWorkbook {
    /// The visible sheets, in workbook order.
    public static let sheetNames = ["Dashboard", "Action Plan", "Action Teams", "People", "Organizations",
                                    "Meetings", "Attendance", "Follow-ups", "Convener checklist"]
    /// The hidden sheet holding the export's baseline (one row per item, same columns as the Action Plan).
    public static let baselineSheet = "Convene export"
    /// Rows below the last item still covered by validation and highlighting, for items colleagues add.
    public static let spareRows = 200

    /// The partnership exported.
    public let snapshot: PartnershipSnapshot
    /// The day the export is made: what is overdue, and the export date in the document properties.
    public let today: CalendarDate
    /// The attendance figures the sheets show.
    public let analytics: AttendanceAnalytics
    /// The Dashboard's figures.
    public let figures: DashboardFigures

    /// The tracker for `snapshot` as of `today`.
    ///
    /// ```swift
    /// let tracker = TrackerWorkbook(snapshot: snapshot, today: CalendarDate(year: 2026, month: 11, day: 2))
    /// tracker.figures.overdueItems.count
    /// ```
    public init(snapshot: PartnershipSnapshot, today: CalendarDate) {
        self.snapshot = snapshot
        self.today = today
        analytics = AttendanceAnalytics(snapshot)
        figures = DashboardFigures(analytics, today: today)
    }

    /// Items in the order the Action Plan sheet lists them: by priority area, team, then ID.
    public var orderedItems: [ActionItem] {
        snapshot.actionItems.sorted { ($0.priorityArea, $0.team, $0.id) < ($1.priorityArea, $1.team, $1.id) }
    }

    /// People in the order the People sheet lists them (by last name); the Action Plan's champion and
    /// support dropdowns read their names from column A.
    public var orderedPeople: [Person] { snapshot.people.sorted(by: SnapshotIndex.lastNameOrder) }

    /// Writes the workbook to `url` (replacing the file only once it is complete).
    ///
    /// ```swift
    /// try TrackerWorkbook(snapshot: snapshot, today: today).write(to: URL(fileURLWithPath: "tracker.xlsx"))
    /// ```
    public func write(to url: URL) throws {
        let workbook = try Workbook(destination: url)
        workbook.properties = {
            var p = DocumentProperties(title: "\(snapshot.settings.name) — action plan tracker", author: "Convene")
            p.subject = "Exported \(today.iso)"
            p.keywords = "convene tracker"
            return p
        }()
        let dashboard = try workbook.addWorksheet(named: "Dashboard")
        let plan = try writeActionPlan(workbook)
        try writeTeams(workbook)
        try writePeople(workbook)
        try addPeopleValidation(plan)   // the list source sheet must exist first
        try writeOrganizations(workbook)
        try writeMeetings(workbook)
        try writeAttendance(workbook)
        try writeFollowUps(workbook)
        try writeChecklist(workbook)
        try writeBaseline(workbook)
        try writeDashboard(dashboard)
        try dashboard.activate()
        try workbook.close()
    }

    // MARK: Action Plan

    func writeActionPlan(_ workbook: Workbook) throws -> Worksheet {
        let items = orderedItems
        let columns: [TableColumn] = PlanColumn.allCases.map { c in
            TableColumn(c.rawValue, format: c.isDate ? SheetStyle.dateTop : (c == .item || c == .nextStep || c == .notes ? SheetStyle.wrap : SheetStyle.top))
        }
        let rows: [[CellValue]] = items.map { item in
            [.string(item.priorityArea), .string(item.item), .string(item.team), SheetStyle.text(item.champion),
             SheetStyle.text(item.support), SheetStyle.cell(item.start), SheetStyle.cell(item.due),
             .string(item.status.rawValue), SheetStyle.text(item.nextStep), SheetStyle.cell(item.lastUpdated),
             SheetStyle.text(item.notes), .string(item.id)]
        }
        let widths: [Int: Double] = [0: 16, 1: 40, 2: 16, 3: 18, 4: 18, 5: 12, 6: 12, 7: 11, 8: 30, 9: 12, 10: 28, 11: 9]
        let sheet = try SheetStyle.tableSheet(workbook, name: "Action Plan", tableName: "ActionPlan",
                                              title: "\(snapshot.settings.name) — Action plan", columns: columns,
                                              rows: rows, widths: widths)
        let last = lastPlanRow
        var status = DataValidation(.list(ActionStatus.allCases.map(\.rawValue)))
        status.errorTitle = "Pick a status"
        status.errorMessage = "Status is one of: " + ActionStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."
        try sheet.addDataValidation(status, to: planColumn(.status))
        for c in [PlanColumn.start, .due, .lastUpdated] {
            var rule = DataValidation(.date(.greaterThan(ExcelDateTime(year: 2000, month: 1, day: 1))))
            rule.errorTitle = "A date, please"
            rule.errorMessage = "Type a date such as 2024-05-01."
            try sheet.addDataValidation(rule, to: planColumn(c))
        }
        // Row-relative formulas: they keep working when colleagues change dates or statuses, sort or add rows.
        let whole = CellRange(firstRow: 1, firstColumn: 0, lastRow: last, lastColumn: PlanColumn.allCases.count - 1)
        try sheet.addConditionalFormat(ConditionalFormat(.formula(Self.overdueFormula, format: SheetStyle.overdue)), to: whole)
        try sheet.addConditionalFormat(ConditionalFormat(.formula(Self.atRiskFormula, format: SheetStyle.atRisk)), to: whole)
        try sheet.addConditionalFormat(ConditionalFormat(.formula(Self.doneFormula, format: SheetStyle.done)), to: whole)
        return sheet
    }

    /// The last sheet row (0-based) covered by validation and highlighting.
    var lastPlanRow: Int { max(snapshot.actionItems.count, 1) + Self.spareRows }

    func planColumn(_ c: PlanColumn) -> CellRange {
        let i = PlanColumn.allCases.firstIndex(of: c)!
        return CellRange(firstRow: 1, firstColumn: i, lastRow: lastPlanRow, lastColumn: i)
    }

    /// Champion and support cells offer the People sheet's names (column A).
    func addPeopleValidation(_ sheet: Worksheet) throws {
        let peopleCount = max(snapshot.people.count, 1)
        let names = SheetRange(sheet: "People", range: CellRange(firstRow: 1, firstColumn: 0, lastRow: peopleCount, lastColumn: 0))
        for c in [PlanColumn.champion, .support] {
            var rule = DataValidation(.listRange(names))
            // A warning, not a stop: a colleague may name someone not yet in the workspace; import reports it.
            rule.errorStyle = .warning
            rule.errorTitle = "Not on the People sheet"
            rule.errorMessage = "This name is not on the People sheet. Keep it anyway? It will be reported on import."
            try sheet.addDataValidation(rule, to: planColumn(c))
        }
    }

    /// Due date (G) past, status (H) neither Done nor Dropped.
    public static let overdueFormula = "=AND($G2<>\"\",$G2<TODAY(),$H2<>\"Done\",$H2<>\"Dropped\")"
    /// Status (H) At risk: the row's highlight.
    public static let atRiskFormula = "=$H2=\"At risk\""
    /// Status (H) Done or Dropped: the row's highlight.
    public static let doneFormula = "=OR($H2=\"Done\",$H2=\"Dropped\")"

    /// The hidden baseline: what each item looked like at export, as text.
    func writeBaseline(_ workbook: Workbook) throws {
        let sheet = try workbook.addWorksheet(named: Self.baselineSheet)
        try sheet.writeRow(PlanColumn.headers.map { .string($0) }, row: 0)
        for (r, item) in orderedItems.enumerated() {
            let row = PlanRow(item)
            try sheet.writeRow(PlanColumn.allCases.map { .string(row[$0]) }, row: r + 1)
        }
        try sheet.writeString("Exported \(today.iso) by Convene. Do not edit: plan import compares against these values.",
                              row: orderedItems.count + 2, column: 0)
        try sheet.hide()
    }
}
