import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

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
            try OutputFormat.workbook.check(out.output, flag: "-o")
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let id = try meeting.map { try ExportSupport.meeting($0, in: workspace) }
            try ExportSupport.writing(out.output) { try AttendanceWorkbook(snapshot: snapshot, meeting: id).write(to: out.url) }
            try ExportSupport.report(global, json: ["file": out.output, "meetings": String(id == nil ? snapshot.meetings.count : 1)],
                                     text: "Wrote \(out.output).")
        }
    }
}
