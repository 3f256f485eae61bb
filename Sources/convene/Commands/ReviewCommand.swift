import ArgumentParser
import ConveneModel
import ConveneReports
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

        The questions are ranked by how much an answer would change — how unsure the engine was, times the \
        records of the people it would join or keep apart — one per pair of people, and none that a decision \
        already answers. The sheet holds the top 200 and says how many more there are.

        Examples:
          convene review                      # writes review.xlsx
          convene review -o ~/Desktop/review-april.xlsx
          convene review --limit 50
          convene review --all
          convene review --apply review.xlsx
        """
    )

    @Option(name: [.short, .customLong("output")], help: "Where to write the review sheet.")
    var output = "review.xlsx"

    @Option(name: .customLong("apply"), help: "Read a filled-in review sheet and apply its decisions.")
    var apply: String?

    @Option(help: "How many questions the sheet holds, most consequential first.")
    var limit = 200

    @Flag(help: "Write every open question, however many.")
    var all = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            if apply == nil { try OutputFormat.workbook.check(output, flag: "-o") }
            let workspace = try global.openWorkspace()
            if let apply {
                let answers: [(pairID: Int64, answer: ReviewAnswer?)]
                do {
                    answers = try ReviewSheet.read(URL(fileURLWithPath: apply))
                } catch {
                    throw CommandFailure("\(error)", code: ExitCodes.badInput)
                }
                let summary = try workspaceCall { try workspace.applyReview(answers) }
                if global.json { return try printJSON(summary) }
                if !global.quiet {
                    print("\(apply): \(summary.merged) merged, \(summary.keptApart) kept apart, \(summary.skipped) skipped, " +
                          "\(summary.undecided) without a decision, \(summary.stale) already decided")
                }
                return
            }
            guard all || limit > 0 else {
                throw CommandFailure("--limit: expected a number of questions ≥ 1, found \(limit) (or give --all)", code: ExitCodes.usage)
            }
            let queue = try workspaceCall { try workspace.openReviewPairs() }
            let shown = all ? queue : Array(queue.prefix(limit))
            func side(_ s: ReviewPair.Side) -> ReviewSheet.Side {
                let c = s.contact
                return ReviewSheet.Side(person: s.person?.rawValue ?? "", name: c?.name.displayName ?? "",
                                        email: c?.emails.joined(separator: "; ") ?? "", phone: c?.phones.map { MailingLists.displayPhone($0) }.joined(separator: "; ") ?? "",
                                        organization: c?.organization ?? "", source: s.source.reference)
            }
            let rows = shown.map { ReviewSheet.Row(pairID: $0.pairID, score: $0.score, left: side($0.left), right: side($0.right), why: $0.explanation) }
            let count = rows.count, more = queue.count - rows.count
            do {
                try ReviewSheet.write(rows, more: more, to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure("\(output): cannot write the review sheet: \(error)", code: ExitCodes.output)
            }
            if global.json { return try printJSON(["file": output, "pairs": String(count), "more": String(more)]) }
            if !global.quiet {
                print(count == 0 ? "No pairs to review; wrote an empty sheet to \(output)"
                                 : "Wrote \(count) pair(s) to review to \(output)\(more > 0 ? " (\(more) more, ranked lower: --all writes them)" : ""); fill in Decision, then run `convene review --apply \(output)`")
            }
            return
        }
    }
}
