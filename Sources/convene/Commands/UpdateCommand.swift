import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

/// `convene update --since DATE`: the plain-text partnership update, in the co-chair's name.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Print a plain-text partnership update: action-plan progress and the next meeting.",
        discussion: """
        Opens "On behalf of <co-chair>, <partnership> Co-Chair" (co-chairs from the workspace settings) so the \
        update reads as business-led. Lists items completed or moved forward since --since, items at risk or \
        overdue, and the next meeting.

        --json prints {"since", "today", "text"}: the dates (YYYY-MM-DD) and the update's text as printed.

        Examples:
          convene update --since 2024-05-01 > update.txt
          convene update --since 2024-05-01 --json
        """
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "Report changes since this date (YYYY-MM-DD).") var since: String
    @Option(name: .customLong("as-of"), help: "Treat this date as today. Default: today.") var asOf: String?

    func run() throws {
        try Self.reportingFailures {
            let sinceDate = try parseDate(since, flag: "--since")
            let today = try asOf.map { try parseDate($0, flag: "--as-of") } ?? ExportSupport.today()
            let (_, snapshot) = try ExportSupport.snapshot(global)
            let text = PartnershipUpdate.text(snapshot, since: sinceDate, today: today)
            if global.json { return try printJSON(UpdateJSON(since: sinceDate.iso, today: today.iso, text: text)) }
            print(text, terminator: "")
        }
    }
}

/// `update --json`: the update's text as printed, with the dates it was written for.
struct UpdateJSON: Encodable {
    var since: String
    var today: String
    var text: String
}
