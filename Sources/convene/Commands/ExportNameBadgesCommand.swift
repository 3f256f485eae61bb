import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

/// `convene export namebadges --meeting M -o badges.csv`.
struct ExportNameBadgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "namebadges",
        abstract: "Write a CSV for mail-merge name badges and table tents.",
        discussion: """
        Everyone invited, registered or attending, by last name.

        Example:
          convene export namebadges --meeting M0003 -o badges.csv
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions
    @Option(help: "The meeting (ID or name).") var meeting: String

    func run() throws {
        try Self.reportingFailures {
            try OutputFormat.csv.check(out.output, flag: "-o")
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let id = try ExportSupport.meeting(meeting, in: workspace)
            var table = ReportTable(header: [])
            try ExportSupport.writing(out.output) { table = try MailingLists.nameBadges(snapshot, meeting: id) }
            try ExportSupport.write(table.csvData(), to: out.output)
            try ExportSupport.report(global, json: ["file": out.output, "meeting": id.rawValue, "badges": String(table.rows.count)],
                                     text: "Wrote \(out.output): \(table.rows.count) badges.")
        }
    }
}
