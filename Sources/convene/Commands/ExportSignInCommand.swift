import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

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
            try OutputFormat.workbook.check(out.output, flag: "-o")
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
