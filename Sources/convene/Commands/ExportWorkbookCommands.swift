import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

/// `convene export tracker -o tracker.xlsx`.
struct ExportTrackerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "Write the action-plan tracker workbook colleagues edit and send back.",
        discussion: """
        Sheets: Dashboard, Action Plan (status dropdown, champions from the People sheet, overdue and at-risk \
        rows highlighted, printable), Action Teams, People, Organizations, Meetings, Attendance, Follow-ups and \
        Convener checklist. A hidden sheet keeps the exported values so `convene plan import` can report \
        conflicts with changes made in the workspace since.

        Example:
          convene export tracker -o tracker.xlsx
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions

    func run() throws {
        try Self.reportingFailures {
            let (_, snapshot) = try ExportSupport.snapshot(global)
            let tracker = TrackerWorkbook(snapshot: snapshot, today: try out.today())
            try ExportSupport.writing(out.output) { try tracker.write(to: out.url) }
            if global.json {
                try printJSON(["file": out.output, "items": String(snapshot.actionItems.count),
                               "people": String(snapshot.people.count), "overdue": String(tracker.figures.overdueItems.count)])
            } else if !global.quiet {
                print("Wrote \(out.output): \(snapshot.actionItems.count) action items, \(snapshot.people.count) people, "
                      + "\(snapshot.meetings.count) meetings, \(tracker.figures.overdueItems.count) overdue.")
            }
        }
    }
}

/// `convene export attendance -o attendance.xlsx [--meeting M]`.
struct ExportAttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Write the attendance report: who came, who did not, new vs returning, retention.",
        discussion: """
        Per meeting: invited, registered, attended and walk-ins (the counts `convene meetings` prints: each \
        person once), registered but absent, new vs returning, business vs public-partner counts, organizations \
        represented, minutes for virtual meetings (rejoins merged). Across meetings: returning, new and lapsed \
        attendees, with a chart.

        For the board: "Employer engagement" — per calendar year, businesses engaged (someone from the business \
        attended), repeat businesses (also engaged in any of the three years before), new businesses (first \
        year engaged) and businesses back after a gap; "Business ratio" — per meeting, business attendees per \
        public-partner attendee. Each sheet's first row says how it is counted.

        Examples:
          convene export attendance -o attendance.xlsx
          convene export attendance -o launch.xlsx --meeting M0001
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions
    @Option(help: "Report one meeting (ID or name) in detail.") var meeting: String?

    func run() throws {
        try Self.reportingFailures {
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let id = try meeting.map { try ExportSupport.meeting($0, in: workspace) }
            try ExportSupport.writing(out.output) { try AttendanceWorkbook(snapshot: snapshot, meeting: id).write(to: out.url) }
            try ExportSupport.report(global, json: ["file": out.output, "meetings": String(id == nil ? snapshot.meetings.count : 1)],
                                     text: "Wrote \(out.output).")
        }
    }
}

/// `convene export signin --meeting M -o signin.xlsx`.
struct ExportSignInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin",
        abstract: "Write a printable sign-in sheet: invited people by last name, blank rows for walk-ins.",
        discussion: """
        Emails and phone numbers are not printed (the sheet goes round the room).

        Example:
          convene export signin --meeting M0003 -o signin.xlsx
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions
    @Option(help: "The meeting (ID or name).") var meeting: String
    @Option(help: "Blank rows for walk-ins.") var blankRows = 15

    func run() throws {
        try Self.reportingFailures {
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let id = try ExportSupport.meeting(meeting, in: workspace)
            let sheet = try SignInWorkbook(snapshot: snapshot, meeting: id, walkInRows: max(0, blankRows))
            try ExportSupport.writing(out.output) { try sheet.write(to: out.url) }
            try ExportSupport.report(global, json: ["file": out.output, "meeting": id.rawValue, "names": String(sheet.expected.count),
                                                    "blankRows": String(max(0, blankRows))],
                                     text: "Wrote \(out.output): \(sheet.expected.count) names, \(blankRows) blank rows.")
        }
    }
}
