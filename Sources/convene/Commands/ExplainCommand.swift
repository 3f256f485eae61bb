import ArgumentParser
import ConveneBatch
import ConveneMatch
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene explain`: why records were (or were not) merged, comparison by comparison.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a merge: which comparisons fired, at which level, with which weight.",
        discussion: """
        With files: runs the same match as `convene merge` over them, then explains either one person (every link \
        that holds the cluster together) or one pair of records given as FILE#RECORD. Without files, in a \
        workspace: explains a person from what the workspace stored — each record's strongest comparison with \
        the person's earlier records under the workspace's match settings, and every decision about it.

        Examples:
          convene explain --person P000012            # in a workspace
          convene explain acme.csv signin.csv --person P000012
          convene explain acme.csv signin.csv --pair acme.csv#3 signin.csv#17
          convene explain --organizations partners.csv --person O000004
        """
    )

    @Argument(help: "The files, as given to `convene merge` (none: explain from the workspace).")
    var files: [String] = []

    @Option(name: [.customLong("person"), .customLong("organization")], help: "The person (or organization) ID to explain.")
    var id: String?

    @Option(parsing: .upToNextOption, help: "Two records to compare, as FILE#RECORD FILE#RECORD.")
    var pair: [String] = []

    @Flag(help: "Match organizations instead of people.")
    var organizations = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            guard (id != nil) != !pair.isEmpty else {
                throw CommandFailure("give either --person ID or --pair FILE#RECORD FILE#RECORD", code: ExitCodes.usage)
            }
            if files.isEmpty {
                guard let id, !organizations else {
                    throw CommandFailure("in a workspace, explain takes --person ID (give files to explain a pair)", code: ExitCodes.usage)
                }
                let explanation = try workspaceCall { try global.openWorkspace().explain(person: PersonID(id.uppercased())) }
                print(explanation.text)
                return
            }
            let result = try MergeRun.perform(files: files, organizations: organizations).result
            if let id {
                guard let cluster = result.clusters.first(where: { $0.id == id }) else {
                    throw CommandFailure("\(id): no such \(organizations ? "organization" : "person") in these files")
                }
                let explained = result.explanation(of: cluster)
                if global.json { return try printJSON(explained) }
                print(explained.text)
                return
            }
            let refs = try pair.map { text -> RecordRef in
                guard let ref = RecordRef(reference: text) else {
                    throw CommandFailure("--pair: expected FILE#RECORD, found \"\(text)\"", code: ExitCodes.usage)
                }
                return ref
            }
            guard refs.count == 2 else { throw CommandFailure("--pair takes exactly two records", code: ExitCodes.usage) }
            guard let explanation = result.explain(refs[0], refs[1]) else {
                throw CommandFailure("\(refs[0]) or \(refs[1]): no such record in these files")
            }
            let ids = result.idsByRecord
            if global.json {
                struct Pair: Encodable { var explanation: PairExplanation; var merged: Bool; var ids: [String] }
                return try printJSON(Pair(explanation: explanation, merged: ids[refs[0]] == ids[refs[1]],
                                          ids: [ids[refs[0]]!, ids[refs[1]]!]))
            }
            print(explanation.text)
            print(ids[refs[0]] == ids[refs[1]] ? "Merged as \(ids[refs[0]]!)." : "Not merged (\(ids[refs[0]]!), \(ids[refs[1]]!)).")
        }
    }
}
