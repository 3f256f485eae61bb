import ConveneModel
import ConveneSpreadsheet
import Foundation

/// The attendance report: per meeting who came and who did not, and retention across meetings.
///
/// ```swift
/// try AttendanceWorkbook(snapshot: snapshot, meeting: MeetingID("M0003")).write(to: url)
/// ```
public struct AttendanceWorkbook {
    /// The sheets, in workbook order.
    public static let sheetNames = ["Summary", "Employer engagement", "Business ratio", "Retention", "Attendees",
                                    "Organizations"]
    /// The partnership reported on.
    public let snapshot: PartnershipSnapshot
    /// The figures the sheets show.
    public let analytics: AttendanceAnalytics
    /// The meetings reported in detail: one when `--meeting` was given, else all.
    public let selected: [MeetingAttendance]

    /// The report for every meeting, or for `meeting` alone.
    ///
    /// ```swift
    /// let all = try AttendanceWorkbook(snapshot: snapshot)
    /// let one = try AttendanceWorkbook(snapshot: snapshot, meeting: MeetingID("M0003"))   // one.selected.count == 1
    /// ```
    /// - Throws: ``ReportError/unknownMeeting(_:)`` when `meeting` is not in the snapshot.
    public init(snapshot: PartnershipSnapshot, meeting: MeetingID? = nil) throws {
        self.snapshot = snapshot
        analytics = AttendanceAnalytics(snapshot)
        if let meeting {
            guard let one = analytics.attendance(of: meeting) else { throw ReportError.unknownMeeting(meeting) }
            selected = [one]
        } else {
            selected = analytics.meetings
        }
    }

    /// The Summary sheet's columns. Invited, Registered, Attended and Walk-ins are the counts `convene meetings`
    /// prints (each person once: `MeetingHeadcount`).
    public static let summaryHeaders = ["Meeting", "Date", "Format", "Invited", "Registered", "Attended",
                                        "Registered, absent", "Invited, absent", "Walk-ins", "New", "Returning",
                                        "Business", "Public partners", "Unknown kind", "Organizations", "Avg minutes"]

    /// Writes the workbook to `url` (replacing the file only once it is complete).
    ///
    /// ```swift
    /// try AttendanceWorkbook(snapshot: snapshot).write(to: URL(fileURLWithPath: "attendance.xlsx"))
    /// ```
    public func write(to url: URL) throws {
        let workbook = try Workbook(destination: url)
        workbook.properties = DocumentProperties(title: "\(snapshot.settings.name) — attendance", author: "Convene")
        let index = analytics.index
        let summary: [[CellValue]] = selected.map { m in
            let mins = m.minutesAttended.values
            return [.string(m.meeting.name), SheetStyle.cell(m.meeting.date),
                    .string(m.meeting.isVirtual ? "Online" : "In person"), .number(Double(m.invited.count)),
                    .number(Double(m.registered.count)), .number(Double(m.attended.count)), .number(Double(m.registeredButAbsent.count)),
                    .number(Double(m.invitedNotAttended.count)), .number(Double(m.walkInsNotInvited.count)),
                    .number(Double(m.newAttendees.count)), .number(Double(m.returningAttendees.count)),
                    .number(Double(m.businessCount)), .number(Double(m.publicPartnerCount)),
                    .number(Double(m.unknownKindCount)), .number(Double(m.organizationsRepresented.count)),
                    mins.isEmpty ? .blank : .number((mins.reduce(0, +) / Double(mins.count)).rounded())]
        }
        try SheetStyle.tableSheet(workbook, name: "Summary", tableName: "Summary", title: "Attendance summary",
                                  columns: Self.summaryHeaders.enumerated().map { TableColumn($1, format: $0 == 1 ? SheetStyle.date : nil) },
                                  rows: summary, widths: [0: 30])

        try writeEngagement(workbook)

        let retentionRows: [[CellValue]] = analytics.retention.map { r in
            [.string(r.meeting.name), SheetStyle.cell(r.meeting.date), .number(Double(r.returning)),
             .number(Double(r.new)), .number(Double(r.lapsed))]
        }
        let retention = try SheetStyle.tableSheet(
            workbook, name: "Retention", tableName: "Retention", title: "Retention across meetings",
            columns: ["Meeting", "Date", "Returning", "New", "Lapsed since previous"].enumerated()
                .map { TableColumn($1, format: $0 == 1 ? SheetStyle.date : nil) },
            rows: retentionRows, widths: [0: 30, 4: 12])
        if !retentionRows.isEmpty {
            let n = retentionRows.count
            func range(_ c: Int) -> SheetRange {
                SheetRange(sheet: "Retention", range: CellRange(firstRow: 1, firstColumn: c, lastRow: n, lastColumn: c))
            }
            // Side by side, not stacked: lapsed people did not attend, so they are no part of a meeting's total.
            var chart = Chart(.column, title: "Returning, new and lapsed attendees")
            chart.series = [ChartSeries(name: "Returning", categories: range(0), values: range(2), color: .navy),
                            ChartSeries(name: "New", categories: range(0), values: range(3), color: Color(rgb: 0x70AD47)),
                            ChartSeries(name: "Lapsed", categories: range(0), values: range(4), color: Color(rgb: 0xA5A5A5))]
            chart.valueAxisTitle = "People"
            chart.legend = .bottom
            try retention.insertChart(chart, row: n + 3, column: 0, xScale: 1.2)
        }

        var attendees: [[CellValue]] = []
        var organizations: [[CellValue]] = []
        for m in selected {
            let everyone = m.attended.union(m.invited).union(m.registeredButAbsent)
            for p in index.sortedByLastName(everyone) {
                let status = m.attended.contains(p.id)
                    ? (m.walkInsNotInvited.contains(p.id) ? "Attended (walk-in)" : "Attended")
                    : m.registeredButAbsent.contains(p.id) ? "Registered, absent" : "Invited, absent"
                let history = m.attended.contains(p.id) ? (m.newAttendees.contains(p.id) ? "New" : "Returning") : ""
                attendees.append([.string(m.meeting.name), .string(p.name.sortName),
                                  SheetStyle.text(index.organizationName(of: p)), .string(index.partnerKind(of: p).rawValue),
                                  .string(status), SheetStyle.text(history),
                                  m.minutesAttended[p.id].map { .number($0.rounded()) } ?? .blank])
            }
            organizations += m.organizationsRepresented.map { [.string(m.meeting.name), .string($0)] }
        }
        try SheetStyle.tableSheet(workbook, name: "Attendees", tableName: "Attendees", title: "Attendees",
                                  columns: ["Meeting", "Name", "Organization", "Partner kind", "Status",
                                            "New or returning", "Minutes"].map { TableColumn($0) },
                                  rows: attendees, widths: [0: 30])
        try SheetStyle.tableSheet(workbook, name: "Organizations", tableName: "Orgs_Represented",
                                  title: "Organizations represented",
                                  columns: [TableColumn("Meeting"), TableColumn("Organization")], rows: organizations,
                                  widths: [0: 30, 1: 36], landscape: false)
        try workbook.close()
    }

    /// The "Employer engagement" sheet's columns, one row per calendar year.
    public static let engagementHeaders = ["Year", "Meetings attended", "Businesses engaged", "Repeat businesses",
                                           "New businesses", "Back after a gap", "Public partners engaged",
                                           "New businesses, by name"]
    /// How the engagement figures are counted, as the sheet's note row says it.
    public static let engagementNote = """
        How it is counted: a business is engaged in a year when at least one person from it attended (or walked in \
        to) a meeting dated that year. Each business counts once a year. Repeat = also engaged in any of the \
        \(EmployerEngagement.lookbackYears) calendar years before. New = engaged for the first time on record. Back \
        after a gap = engaged before, but not in the \(EmployerEngagement.lookbackYears) years before. Engaged = \
        repeat + new + back after a gap. Undated meetings count in no year.
        """
    /// The "Business ratio" sheet's columns, one row per meeting.
    public static let ratioHeaders = ["Meeting", "Date", "Business attendees", "Public-partner attendees",
                                      "Unclassified attendees", "Businesses represented", "Public partners represented",
                                      "Business attendees per public partner"]
    /// How the ratio is counted, as the sheet's note row says it.
    public static let ratioNote = """
        How it is counted: attendees are people, each counted once per meeting (walk-ins included). Ratio = business \
        attendees ÷ public-partner attendees: 2.0 means two business people for every public partner; blank when \
        no public partner attended. Unclassified: no organization, or one not yet classified (convene classify).
        """

    /// Employer engagement by year and the business to public-partner mix of each meeting (``EmployerEngagement``).
    func writeEngagement(_ workbook: Workbook) throws {
        let engagement = EmployerEngagement(analytics)
        let index = analytics.index
        func names(_ ids: Set<OrganizationID>) -> CellValue {
            SheetStyle.text(ids.compactMap { index.organizationsByID[$0]?.name }
                .sorted { SnapshotIndex.sortKey($0) < SnapshotIndex.sortKey($1) }.joined(separator: "; "))
        }
        let years: [[CellValue]] = engagement.years.map { y in
            [.number(Double(y.year)), .number(Double(y.meetings)), .number(Double(y.businesses.count)),
             .number(Double(y.repeatBusinesses.count)), .number(Double(y.newBusinesses.count)),
             .number(Double(y.backAfterGap.count)), .number(Double(y.publicPartners.count)), names(y.newBusinesses)]
        }
        try SheetStyle.tableSheet(workbook, name: "Employer engagement", tableName: "Employer_Engagement",
                                  title: "Employer engagement by year",
                                  columns: Self.engagementHeaders.enumerated().map { i, h in
                                      TableColumn(h, format: i == 7 ? SheetStyle.wrap : (i == 0 ? SheetStyle.top : Format.integer))
                                  },
                                  rows: years, widths: [0: 8, 1: 10, 2: 12, 3: 12, 4: 12, 5: 12, 6: 14, 7: 40],
                                  note: Self.engagementNote)
        let ratio = Format(numberFormat: "0.0").with { $0.verticalAlignment = .top }
        let meetings: [[CellValue]] = engagement.meetings.map { m in
            [.string(m.meeting.name), SheetStyle.cell(m.meeting.date), .number(Double(m.businessPeople)),
             .number(Double(m.publicPartnerPeople)), .number(Double(m.unknownPeople)), .number(Double(m.businesses)),
             .number(Double(m.publicPartners)), m.ratio.map { .number($0) } ?? .blank]
        }
        try SheetStyle.tableSheet(workbook, name: "Business ratio", tableName: "Business_Ratio",
                                  title: "Business to public-partner ratio by meeting",
                                  columns: Self.ratioHeaders.enumerated().map { i, h in
                                      TableColumn(h, format: i == 1 ? SheetStyle.date : i == 7 ? ratio : (i == 0 ? nil : Format.integer))
                                  },
                                  rows: meetings, widths: [0: 30, 1: 11, 2: 12, 3: 13, 4: 13, 5: 13, 6: 14, 7: 16],
                                  note: Self.ratioNote)
    }
}
