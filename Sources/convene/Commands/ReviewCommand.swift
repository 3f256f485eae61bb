import ArgumentParser
import ConveneWorkspace
import Foundation

/// `convene review`: the pairs the matcher was unsure about, out to Excel and back.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Export the unsure pairs to a review sheet, or apply a filled-in one.",
        discussion: """
        The sheet has one row per pair: both records side by side, the score and why, and a Decision column with \
        a dropdown — Same, Not the same, Skip. Decisions are remembered: "Same" merges the two people for good \
        (the older ID stays), "Not the same" keeps them apart for good, "Skip" leaves the pair for next time.

        Examples:
          convene review                      # writes review.xlsx
          convene review -o ~/Desktop/review-april.xlsx
          convene review --apply review.xlsx
        """
    )

    @Option(name: [.short, .customLong("output")], help: "Where to write the review sheet.")
    var output = "review.xlsx"

    @Option(name: .customLong("apply"), help: "Read a filled-in review sheet and apply its decisions.")
    var apply: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let workspace = try global.openWorkspace()
            if let apply {
                let summary = try workspaceCall { try workspace.applyReview(from: URL(fileURLWithPath: apply)) }
                if global.json { return try printJSON(summary) }
                if !global.quiet {
                    print("\(apply): \(summary.merged) merged, \(summary.keptApart) kept apart, \(summary.skipped) skipped, " +
                          "\(summary.undecided) without a decision, \(summary.stale) already decided")
                }
                return
            }
            let count: Int
            do {
                count = try workspaceCall { try workspace.exportReview(to: URL(fileURLWithPath: output)) }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("\(output): cannot write the review sheet: \(error)", code: ExitCodes.output)
            }
            if global.json { return try printJSON(["file": output, "pairs": String(count)]) }
            if !global.quiet {
                print(count == 0 ? "No pairs to review; wrote an empty sheet to \(output)"
                                 : "Wrote \(count) pair(s) to review to \(output); fill in Decision, then run `convene review --apply \(output)`")
            }
        }
    }
}
