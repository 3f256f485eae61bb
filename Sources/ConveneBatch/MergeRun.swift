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
        /// What the importer said about the files, file by file: rows left out (a row that names no person, a
        /// repeated header, a report footer), text that is not an email address, ragged rows. Empty when every
        /// row was read as it stood.
        public var warnings: [ImportWarning] = []
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

    /// Reads every file as `merge` does: contacts and organizations in file order, each named by the file as
    /// given on the command line (the provenance every output refers to).
    ///
    /// ```swift
    /// let (contacts, _) = try MergeRun.read(files: ["workforce-board.csv", "chamber.csv"])
    /// ```
    /// - Throws: ``Failure/input(_:)`` for a file the importer refused.
    public static func read(files: [String], mapping: MappingFile? = nil) throws(Failure)
        -> (contacts: [ContactRecord], organizations: [OrganizationRecord]) {
        let read = try readWithWarnings(files: files, mapping: mapping)
        return (read.contacts, read.organizations)
    }

    /// ``read(files:mapping:)`` with what the importer said about each file.
    static func readWithWarnings(files: [String], mapping: MappingFile?) throws(Failure)
        -> (contacts: [ContactRecord], organizations: [OrganizationRecord], warnings: [ImportWarning]) {
        var warnings: [ImportWarning] = []
        var contacts: [ContactRecord] = []
        var orgs: [OrganizationRecord] = []
        for file in files {
            do {
                // Outputs name sources as file#record and matching reads only normalized values, so raw cells
                // are not kept.
                var options = ImportOptions(mapping: mapping, displayName: file)
                options.keepsRawValues = false
                var imported = try Importer.read(url: URL(fileURLWithPath: file), options: options)
                warnings += imported.warnings              // named by `file` already (the display name)
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
        return (contacts, orgs, warnings)
    }

    /// Explains one pair of records of `files` without running the whole match (ConveneMatch's `Matcher.explainPair(records:_:_:settings:)`):
    /// under `model` (settings saved by `merge --save-model`) exactly as that run scored it; without one, under
    /// the parameters a merge of these files would estimate.
    ///
    /// ```swift
    /// let report = try MergeRun.explainPair(files: ["a.csv", "b.csv"], RecordRef(reference: "a.csv#3")!,
    ///                                       RecordRef(reference: "b.csv#17")!, organizations: false)
    /// ```
    /// - Returns: nil when either record is not in the files.
    /// - Throws: ``Failure/input(_:)`` for a file the importer refused.
    public static func explainPair(files: [String], _ a: RecordRef, _ b: RecordRef, organizations: Bool,
                                   model: MatchSettings? = nil, mapping: MappingFile? = nil) throws(Failure) -> PairReport? {
        let (contacts, orgs) = try read(files: files, mapping: mapping)
        var settings = model ?? (organizations ? .organizations() : .people())
        if model != nil { settings.estimateParameters = false }
        return organizations ? Matcher.explainPair(organizations: orgs, a, b, settings: settings)
                             : Matcher.explainPair(records: contacts, a, b, settings: settings)
    }

    /// Imports every file in `files` (a `mapping` applies to each), then matches their people — or, with
    /// `organizations: true`, their organizations — with the review decisions in `decisionsFile` (a JSON array)
    /// applied, and builds golden records by `policy`.
    ///
    /// ```swift
    /// let run = try MergeRun.perform(files: ["workforce-board.csv", "chamber.csv"], organizations: false,
    ///                                decisionsFile: "decisions.json")
    /// ```
    /// `matching` is called as each phase of the match starts (see `ConveneMatch`'s `MatchPhase`).
    /// - Throws: ``Failure/input(_:)`` for a file the importer refused, ``Failure/decisions(_:)`` for an unreadable
    ///   decisions file.
    public static func perform(files: [String], organizations: Bool, policy: GoldenRecordPolicy = .mostFrequent,
                        decisionsFile: String? = nil, mapping: MappingFile? = nil,
                        matching: (@Sendable (MatchPhase) -> Void)? = nil) throws(Failure) -> Output {
        lastLap = Date()
        let (contacts, orgs, warnings) = try readWithWarnings(files: files, mapping: mapping)
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
            return Output(result: Matcher.run(organizations: orgs, settings: settings, decisions: decisions, progress: matching),
                          contacts: contacts, organizations: orgs, warnings: warnings)
        }
        var settings = MatchSettings.people()
        settings.goldenRecordPolicy = policy
        return Output(result: Matcher.run(records: contacts, settings: settings, decisions: decisions, progress: matching),
                      contacts: contacts, organizations: orgs, warnings: warnings)
    }
}
