import ArgumentParser
import ConveneMatch
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene rebuild`: re-cluster the whole workspace with the current engine, keeping IDs stable.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Re-match every record in the workspace with the current engine, keeping person IDs stable.",
        discussion: """
        Imports link each new file to the people already there; rebuild first reads every record again from the \
        raw cells the workspace kept, under the column mapping its file was read with (so today's name, email, \
        phone and address rules apply to old imports too), then re-runs the whole match at once — the same run \
        `convene merge` does on the same files — with every review decision, merge-people and split applied. \
        All of it happens in one transaction: it finishes or changes nothing.

        IDs stay stable: a person keeps their ID when one new cluster holds most of their records; when a \
        cluster holds most of the records of several people, the oldest ID is kept; a person whose records no \
        cluster holds most of is split, and the parts get new IDs. Every ID that changed is printed and \
        remembered: `convene person OLD-ID` says where that person went.

        Examples:
          convene rebuild
          convene rebuild --json
        """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let line = ProgressBar(label: "Rebuilding", quiet: global.quiet)
            defer { line.finish() }
            line.status("Reading every record")
            let report = try workspaceCall {
                try global.openWorkspace().rebuild(matching: { phase in
                    // The run's last phase, and then the workspace is written: say both.
                    if case .goldenRecords(let people) = phase { line.status("Building and saving \(people) people") }
                    else { line.status("Matching: \(phase)") }
                })
            }
            line.finish()
            if global.json { return try printJSON(report) }
            guard !global.quiet else { return }
            print("\(report.records) records → \(report.peopleAfter) people (before: \(report.peopleBefore)); "
                  + "\(report.keptIDs) kept their ID, \(report.newIDs) new; \(report.decisionsApplied) decisions applied; "
                  + "\(report.openReviewPairs) questions open")
            print("re-read from their raw cells: \(report.rereadRecords) records, \(report.changedRecords) of them changed"
                  + (report.keptAsStoredRecords > 0
                     ? "; \(report.keptAsStoredRecords) kept as stored (no column mapping kept for their file, or no name, email or phone by today's rules)" : ""))
            print("parameters: \(report.parameterSource)")
            if report.redirects.isEmpty { print("No person ID changed.") }
            for r in report.redirects { print(Self.redirectLine(r)) }
        }
    }

    /// "  P000031 → P000004 (merged into the older ID)", "  P000040 → P000131, P000132 (split)": one retired ID,
    /// as `rebuild` and an import that matched the workspace at once print it.
    static func redirectLine(_ r: PersonRedirect) -> String {
        "  \(r.oldID) → \(r.newIDs.joined(separator: ", ")) " + (r.reason == .mergedInto ? "(merged into the older ID)" : "(split)")
    }
}
