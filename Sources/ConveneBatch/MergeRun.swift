import ConveneImport
import ConveneMatch
import ConveneModel
import Foundation

/// The file-only workflow behind `convene merge` and `convene explain FILES`: import every file, match, build
/// golden records — no workspace.
///
/// ```swift
/// let run = try MergeRun.perform(files: ["rsvps.csv", "signin.csv"], organizations: false)
/// print(run.result.statistics.clusters, "people")
/// ```
public enum MergeRun {
    /// `CONVENE_MATCH_TRACE=1`: the time since the previous lap and the peak resident set, for the scale benchmark.
    nonisolated(unsafe) static var lastLap = Date()
    nonisolated(unsafe) private static var kept: [Output] = []
    /// Keeps `output` alive to the end of the process, so it is never freed piece by piece (see `convene merge`).
    public static func keepUntilExit(_ output: Output) { kept.append(output) }

    public static func trace(_ phase: String) {
        defer { lastLap = Date() }
        guard ProcessInfo.processInfo.environment["CONVENE_MATCH_TRACE"] != nil,
              let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return }
        FileHandle.standardError.write(Data("merge trace: \(phase) \(String(format: "%.2f", Date().timeIntervalSince(lastLap))) s, \(line)\n".utf8))
    }

    /// What a run found, with the records it read (for explanations of single pairs).
    public struct Output: Sendable {
        public var result: MatchResult
        public var contacts: [ContactRecord]
        public var organizations: [OrganizationRecord]
    }

    /// Why a run could not start or finish: the input refused, or the decisions file unreadable.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// A file the importer refused (its message names file, line and what was expected).
        case input(String)
        /// The `--decisions` file is not a JSON array of review decisions.
        case decisions(String)

        public var description: String {
            switch self {
            case let .input(message), let .decisions(message): message
            }
        }
    }

    public static func perform(files: [String], organizations: Bool, policy: GoldenRecordPolicy = .mostFrequent,
                        decisionsFile: String? = nil, mapping: MappingFile? = nil) throws(Failure) -> Output {
        lastLap = Date()
        var contacts: [ContactRecord] = []
        var orgs: [OrganizationRecord] = []
        for file in files {
            do {
                // The file as given on the command line is the provenance every output refers to. Outputs name
                // sources as file#record and matching reads only normalized values, so raw cells are not kept.
                var options = ImportOptions(mapping: mapping, displayName: file)
                options.keepsRawValues = false
                var imported = try Importer.read(url: URL(fileURLWithPath: file), options: options)
                // Renamed in place and moved, not mapped: a million contacts must not be held twice.
                for i in imported.contacts.indices where imported.contacts[i].source.file != file {
                    imported.contacts[i].source.file = file
                }
                for i in imported.organizations.indices where imported.organizations[i].source.file != file {
                    imported.organizations[i].source.file = file
                }
                if contacts.isEmpty { swap(&contacts, &imported.contacts) } else { contacts += imported.contacts }
                if orgs.isEmpty { swap(&orgs, &imported.organizations) } else { orgs += imported.organizations }
            } catch {
                throw .input("\(error)")
            }
        }
        trace("import")
        var decisions: [ReviewDecision] = []
        if let decisionsFile {
            do {
                decisions = try JSONDecoder().decode([ReviewDecision].self, from: Data(contentsOf: URL(fileURLWithPath: decisionsFile)))
            } catch {
                throw .decisions("\(decisionsFile): not a JSON array of review decisions (\(error.localizedDescription))")
            }
        }
        if organizations {
            var settings = MatchSettings.organizations()
            settings.goldenRecordPolicy = policy
            return Output(result: Matcher.run(organizations: orgs, settings: settings, decisions: decisions),
                          contacts: contacts, organizations: orgs)
        }
        var settings = MatchSettings.people()
        settings.goldenRecordPolicy = policy
        return Output(result: Matcher.run(records: contacts, settings: settings, decisions: decisions),
                      contacts: contacts, organizations: orgs)
    }
}
