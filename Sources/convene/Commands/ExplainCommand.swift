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
        With files and --person: runs the same match as `convene merge` over them and explains the person (every \
        link that holds the cluster together). With files and --pair FILE#RECORD FILE#RECORD: scores only that \
        pair, under the model `merge --save-model` saved (--model, exactly as that run scored it) or else under the \
        parameters a merge of these files would estimate — no clustering, no golden records — and says whether \
        the score alone links them. Without files, in a workspace: explains a person from what the workspace \
        stored — each record's strongest comparison with the person's earlier records under the workspace's \
        match settings, and every decision about it.

        Examples:
          convene explain --person P000012            # in a workspace
          convene explain acme.csv signin.csv --person P000012
          convene explain acme.csv signin.csv --pair acme.csv#3 signin.csv#17
          convene explain acme.csv signin.csv --model model.json --pair acme.csv#3 signin.csv#17
          convene explain --organizations partners.csv --person O000004
        """
    )

    @Argument(help: "The files, as given to `convene merge` (none: explain from the workspace).")
    var files: [String] = []

    @Option(name: [.customLong("person"), .customLong("organization")], help: "The person (or organization) ID to explain.")
    var id: String?

    @Option(parsing: .upToNextOption, help: "Two records to compare, as FILE#RECORD FILE#RECORD.")
    var pair: [String] = []

    @Option(help: "With --pair: the model a merge saved (`merge --save-model`); the pair is scored as that run scored it.")
    var model: String?

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
            if let id {
                let result = try MergeRun.perform(files: files, organizations: organizations).result
                guard let cluster = result.clusters.first(where: { $0.id == id }) else {
                    throw CommandFailure("\(id): no such \(organizations ? "organization" : "person") in these files")
                }
                let explained = result.explanation(of: cluster)
                if global.json { return try printJSON(explained) }
                print(explained.text)
                return
            }
            let refs = try pair.map { text -> RecordRef in
                guard var ref = RecordRef(reference: text) else {
                    throw CommandFailure("--pair: expected FILE#RECORD, found \"\(text)\"", code: ExitCodes.usage)
                }
                ref.file = Self.givenFile(ref.file, among: files)
                return ref
            }
            guard refs.count == 2 else { throw CommandFailure("--pair takes exactly two records", code: ExitCodes.usage) }
            let saved = try model.map { path -> MatchSettings in
                do {
                    return try JSONDecoder().decode(MatchSettings.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                } catch {
                    throw CommandFailure("--model \(path): not a model saved by `convene merge --save-model` (\(error.localizedDescription))")
                }
            }
            if let saved, (saved.entity == .organization) != organizations {
                throw CommandFailure("--model: the model matches \(saved.entity == .organization ? "organizations" : "people"); "
                                     + (organizations ? "drop --organizations" : "add --organizations"), code: ExitCodes.usage)
            }
            guard let report = try MergeRun.explainPair(files: files, refs[0], refs[1], organizations: organizations, model: saved) else {
                throw CommandFailure("\(refs[0]) or \(refs[1]): no such record in these files")
            }
            if global.json { return try printJSON(report) }
            print(report.explanation.text)
            print("The pair \(report.verdict). Parameters: \(model.map { "the model saved in \($0)" } ?? report.parameterSource).")
            print("Whether they ended in one \(organizations ? "organization" : "person") also depends on their other links: "
                  + "see `convene merge … --clusters` and `convene explain … --person ID`.")
        }
    }

    /// The file of `files` that a --pair reference names: as given, or the same path written another way
    /// (`./a.csv`, an absolute path), or — when only one given file has it — the same file name.
    static func givenFile(_ name: String, among files: [String]) -> String {
        if files.contains(name) { return name }
        let path = URL(fileURLWithPath: name).standardizedFileURL.path
        if let same = files.first(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == path }) { return same }
        let base = (name as NSString).lastPathComponent
        let named = files.filter { ($0 as NSString).lastPathComponent == base }
        return named.count == 1 ? named[0] : name
    }
}
