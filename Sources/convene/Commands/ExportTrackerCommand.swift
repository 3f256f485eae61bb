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
            try OutputFormat.workbook.check(out.output, flag: "-o")
            let (_, snapshot) = try ExportSupport.snapshot(global)
            let tracker = TrackerWorkbook(snapshot: snapshot, today: try out.today())
            try ExportSupport.writing(out.output) { try tracker.write(to: out.url) }
            if global.json {
                try printJSON(["file": out.output, "items": String(snapshot.actionItems.count),
                               "people": String(snapshot.people.count), "overdue": String(tracker.figures.overdueItems.count)])
            } else if !global.quiet {
                print("Wrote \(out.output): \(counted(snapshot.actionItems.count, "action item")), \(counted(snapshot.people.count, "person", "people")), "
                      + "\(counted(snapshot.meetings.count, "meeting")), \(tracker.figures.overdueItems.count) overdue.")
            }
        }
    }
}
