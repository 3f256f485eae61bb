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
    ///
    /// ```swift
    /// let output = try MergeRun.perform(files: files, organizations: false)
    /// // … write the workbooks …
    /// MergeRun.keepUntilExit(output)   // the process exits without freeing a million records
    /// ```
    public static func keepUntilExit(_ output: Output) { kept.append(output) }

    /// With `CONVENE_MATCH_TRACE` set, prints to standard error the seconds since the previous lap and the peak
    /// resident set (Linux); otherwise does nothing but start the next lap.
    ///
    /// ```swift
    /// MergeRun.trace("import")   // merge trace: import 0.42 s, VmHWM:   81234 kB
    /// ```
    public static func trace(_ phase: String) {
        MatchTrace.report("merge", phase, seconds: Date().timeIntervalSince(lastLap))
        lastLap = Date()
    }

    /// What a run found, with the records it read (for explanations of single pairs).
    ///
    /// ```swift
    /// let run = try MergeRun.perform(files: ["a.csv", "b.csv"], organizations: false)
    /// for cluster in run.result.clusters { print(cluster) }
    /// ```
    public struct Output: Sendable {
        /// The clusters, golden records, review queue and the settings the run used.
        public var result: MatchResult
        /// The contact records read, in file order.
        public var contacts: [ContactRecord]
        /// The organization records read, in file order.
        public var organizations: [OrganizationRecord]
    }

    /// Why a run could not start or finish: the input refused, or the decisions file unreadable.
    ///
    /// ```swift
    /// do { _ = try MergeRun.perform(files: ["broken.csv"], organizations: false) }
    /// catch { print(error) }   // the importer's message, naming file and line
    /// ```
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// A file the importer refused (its message names file, line and what was expected).
        case input(String)
        /// The `--decisions` file is not a JSON array of review decisions.
        case decisions(String)

        /// The message, as the command prints it.
        public var description: String {
            switch self {
            case let .input(message), let .decisions(message): message
            }
        }
    }

    /// Imports every file in `files` (a `mapping` applies to each), then matches their people — or, with
    /// `organizations: true`, their organizations — with the review decisions in `decisionsFile` (a JSON array)
    /// applied, and builds golden records by `policy`.
    ///
    /// ```swift
    /// let run = try MergeRun.perform(files: ["workforce-board.csv", "chamber.csv"], organizations: false,
    ///                                decisionsFile: "decisions.json")
    /// ```
    /// - Throws: ``Failure/input(_:)`` for a file the importer refused, ``Failure/decisions(_:)`` for an unreadable
    ///   decisions file.
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
