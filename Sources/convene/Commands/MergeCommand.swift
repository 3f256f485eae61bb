import ArgumentParser
import ConveneBatch
import ConveneImport
import ConveneMatch
import ConveneReports
import Foundation

/// `convene merge`: import + match + golden records in one go, without a workspace.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Find the same person (or organization) across lists and write one merged list.",
        discussion: """
        Reads every file, links the records that describe the same person (names, nicknames, emails, phones, \
        organization, title, address, date of birth; parameters estimated from the data itself), and writes the \
        golden records: the best value per field, every other value kept as an alternate with its source.

        The workbook has the people (or organizations) with their sources and alternates, the review list (pairs \
        the engine was unsure about) and the explanation of every merge. --clusters writes one row per input record \
        (file,record,person_id — or organization_id) so any tool can score the result.

        Examples:
          convene merge acme.csv chamber.xlsx launch-signin.csv -o people.xlsx --csv people.csv
          convene merge *.csv --clusters clusters.csv
          convene merge --organizations partners.csv --clusters orgs.csv
          convene merge contacts.csv --parameters        # what the model learned, level by level
          convene merge *.csv --clusters c.csv --save-model model.json   # then: convene explain *.csv --model model.json --pair …
        """
    )

    @Argument(help: "The files to merge (.csv or .xlsx).")
    var files: [String]

    @Option(name: [.short, .long], help: "The workbook to write (.xlsx).")
    var output: String?

    @Option(help: "Also write the golden records as CSV.")
    var csv: String?

    @Option(help: "Write file,record,person_id (or organization_id) for every input record.")
    var clusters: String?

    @Flag(help: "Match organizations (partner lists) instead of people.")
    var organizations = false

    @Option(help: "How the best value of a field is chosen: most-frequent, most-recent or most-complete.")
    var policy: String = GoldenRecordPolicy.mostFrequent.rawValue

    @Option(help: "Review decisions to respect (a JSON array of ReviewDecision values).")
    var decisions: String?

    @Flag(help: "Print the model's parameters: m, u and weight of every comparison level, and where they came from.")
    var parameters = false

    @Option(help: "Write the model this run used (its settings with the estimated m, u and prior) as JSON, for `convene explain --model`.")
    var saveModel: String?

    @Option(help: "A mapping file (YAML or JSON, as `convene inspect --write-mapping` writes it) saying which field each column is.")
    var mapping: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            guard output != nil || csv != nil || clusters != nil || saveModel != nil || parameters else {
                throw CommandFailure("nothing to write: give -o FILE.xlsx, --csv FILE, --clusters FILE or --save-model FILE", code: ExitCodes.usage)
            }
            guard let policy = GoldenRecordPolicy(rawValue: policy) else {
                throw CommandFailure("--policy: expected most-frequent, most-recent or most-complete, found \"\(policy)\"",
                                     code: ExitCodes.usage)
            }
            if let output { try OutputFormat.workbook.check(output, flag: "-o", alternative: [.csv: "--csv"]) }
            if let csv { try OutputFormat.csv.check(csv, flag: "--csv", alternative: [.workbook: "-o"]) }
            if let clusters { try OutputFormat.csv.check(clusters, flag: "--clusters") }
            if let saveModel { try OutputFormat.requireFileName(saveModel, flag: "--save-model", writes: "the model (JSON)", example: "model.json") }
            for path in [output, csv, clusters, saveModel].compactMap({ $0 }) { try MergeOutput.checkWritable(path) }
            // A terminal sees each step of a long run (a million contacts take a minute or more); pipes see nothing.
            let line = ProgressBar(label: "Merging", quiet: global.quiet)
            defer { line.finish() }
            line.status("Reading \(counted(files.count, "file"))")
            let run = try MergeRun.perform(files: files, organizations: organizations, policy: policy,
                                           decisionsFile: decisions, mapping: try mapping.map(loadMapping),
                                           matching: { line.status("Matching: \($0)") })
            let result = run.result
            // The whole match, whose phases the match trace lines above time one by one.
            MergeRun.trace("matching in all")
            line.status("Writing")
            if let clusters { try MergeOutput.writeClusters(result, organizations: organizations, to: clusters) }
            if let saveModel { try MergeOutput.writeModel(result.settings, to: saveModel) }
            if let csv { try MergeOutput.writeGoldenCSV(result, organizations: organizations, to: csv) }
            MergeRun.trace("csv outputs")
            if let output {
                line.status("Writing \(URL(fileURLWithPath: output).lastPathComponent)")   // a long path would wrap
                try MergeOutput.writeWorkbook(result, organizations: organizations, to: output)
            }
            MergeRun.trace("workbook")
            line.finish()                                   // before the summary
            if global.json {
                let s = result.statistics
                struct Summary: Encodable {
                    var records, clusters, candidate_pairs, links, review_pairs, weak_clusters, split_clusters: Int
                    var entity, parameters: String
                    var parameters_estimated: Bool
                    var warnings: [ImportWarning]
                }
                try printJSON(Summary(records: s.records, clusters: s.clusters, candidate_pairs: s.candidatePairs,
                                      links: s.linkedPairs, review_pairs: s.reviewPairs, weak_clusters: s.weakClusters,
                                      split_clusters: s.splitClusters, entity: organizations ? "organization" : "person",
                                      parameters: s.parameterSource, parameters_estimated: s.parametersEstimated,
                                      warnings: run.warnings))
            } else if !global.quiet {
                let s = result.statistics
                let noun = organizations ? "organizations" : "people"
                print("\(s.records) records → \(s.clusters) \(noun); \(s.candidatePairs) candidate pairs compared, "
                      + "\(s.linkedPairs) links, \(s.reviewPairs) pairs to review, \(s.weakClusters) weak clusters, "
                      + "\(s.splitClusters) clusters split")
                print("parameters: \(s.parameterSource)")
                for line in Self.warningLines(run.warnings) { print(line) }
            }
            if parameters && !global.json {
                print(result.settings.parameterText)
                if !organizations { print("untied records of a name: \(result.statistics.untiedRecords)") }
            }
            // A million golden records take seconds to free, and the process is about to end: its memory goes
            // back to the system at exit, so the run is kept rather than torn down record by record.
            MergeRun.keepUntilExit(run)
        }
    }

    /// The importer's warnings as `merge` prints them: a row left out or read oddly is said, never dropped
    /// silently. At most `perFile` per file; the rest are counted, and `convene inspect FILE` lists them (the
    /// importer itself keeps 100 of a kind and counts the rest, which is always said).
    ///
    /// ```swift
    /// MergeCommand.warningLines(run.warnings)
    /// // ["warning: febrl3.csv:180: record 178 names no person (no name, email or phone): left out", …]
    /// ```
    static func warningLines(_ warnings: [ImportWarning], perFile: Int = 10) -> [String] {
        var lines: [String] = [], counted: [String: Int] = [:], files: [String] = []
        for w in warnings {
            if !files.contains(w.file) { files.append(w.file) }
            if w.kind == .suppressed {
                lines.append("warning: \(w)")
                continue
            }
            counted[w.file, default: 0] += 1
            if counted[w.file]! <= perFile { lines.append("warning: \(w)") }
        }
        for file in files where counted[file, default: 0] > perFile {
            lines.append("warning: \(file): \(counted[file]! - perFile) more warnings (`convene inspect \(file)` lists them)")
        }
        return lines
    }
}
