import ArgumentParser
import ConveneImport
import ConveneModel
import ConveneWorkspace
import Foundation
import Logging

/// `convene import`: reads exports into the workspace and links their people to the people already known.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import contact lists, RSVP exports, sign-in sheets and Zoom/Teams reports.",
        discussion: """
        Contact and invitation lists add people; RSVP exports add registrations; sign-in sheets and Zoom/Teams \
        reports add attendance to a meeting — the one the file names (Teams' summary, Zoom's topic), or the one \
        given with --meeting/--date/--kind. A contact list imported with --meeting becomes its invitation list. \
        New records join the people already known; unsure pairs go to `convene review`. \
        The first import into an empty workspace has no one to join: it matches all of its records at once, as \
        `convene merge` would, so list every file you start with in that one command. \
        Once there are 200 records, stored and new, an import that doubles the workspace (twice as many as when it was \
        last matched as a whole), or brings at least a quarter as many records as are stored, matches every \
        record again at once, as `convene rebuild` does: IDs stay stable, an ID merged into an older one or split \
        is printed and remembered (`convene person OLD-ID`), decisions hold. \
        All files are imported in one transaction: all or nothing. Importing the same bytes again does nothing.

        What a meeting's file means: --as invited|registered|attended says it for every file of the command (import \
        RSVPs and sign-ins in two commands to say it for each). Without --as, each file is read as its words and \
        timestamps say: "sign-in", "check-in" or "attendance" in the file name, sheet name or title → attendance; \
        "RSVP" or "registration" → registrations; form timestamps (Google Forms' Timestamp column) within a day of \
        --date → attendance, earlier → registrations; a Zoom or Teams report is attendance; a list of people is \
        the invitation list. The summary says why: "read as attendance at M0004 (file name says sign-in; 65 of 67 \
        timestamps on 2026-06-10)". Rows that say more themselves (no-show, walk-in) keep it. Form responses named \
        "test" (name or organization) are left out with a warning; a person who submitted the same form twice, or \
        signed the same sheet twice, counts once; a sign-in the day after still counts. In a Zoom report a phone \
        dial-in is read by its number and "Angela's iPhone" as the one Angela in the call.

        --mapping FILE (YAML or JSON, as `convene inspect --write-mapping` writes it) says which field each column \
        is. It is remembered for each file's header row: next month's export with the same headers is read the \
        same way without the flag, and the summary says "mapping: remembered for this header shape".

        Examples:
          convene import acme-contacts.csv ivytech-contacts.xlsx chamber-members.csv
          convene import launch-rsvps.csv launch-signin.xlsx --meeting "Launch" --date 2024-03-05 --kind launch
          convene import "Attendance report 4-2-24.csv" --kind action-team
          convene import zoom.csv --source zoom --meeting "Talent team call" --date 2024-04-16 --kind action-team
          convene import members-june.csv --mapping members.yaml     # members-july.csv then needs no flag
          convene import "June meeting (Responses).csv" --as attended --meeting "June partnership" --date 2026-06-10 --kind partnership
          convene import june-rsvps.csv --as registered --meeting "June partnership" --date 2026-06-10

        Test only: CONVENE_TEST_PAUSE_AFTER_RECORDS=N makes the import sleep (CONVENE_TEST_PAUSE_SECONDS, default \
        30) inside its transaction after N records, so tests can kill it midway.
        """
    )

    @Argument(help: "The files to import (.csv or .xlsx).")
    var files: [String]

    @Option(help: "Read the files as this export instead of recognizing it (\(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var source: String?

    @Option(help: "The meeting the attendance/registrations/invitations belong to.")
    var meeting: String?

    @Option(help: "The meeting's date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "The meeting's kind: launch, action-team, partnership, planning or other.")
    var kind: String?

    @Option(help: "A mapping file (YAML or JSON) saying which field each column is; remembered for the files' header rows.")
    var mapping: String?

    @Option(name: .customLong("as"),
            help: "What the files' rows are for the meeting: invited, registered or attended (every file of this command; default: inferred per file).")
    var readAs: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let logger = global.makeLogger()
            let sourceKind = try source.map { text -> SourceKind in
                guard let kind = SourceKind(rawValue: text.lowercased()) else {
                    throw CommandFailure("--source: expected one of \(SourceKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"",
                                         code: ExitCodes.usage)
                }
                return kind
            }
            let meetingDate = try date.map { try parseDate($0, flag: "--date") }
            let meetingKind = try kind.map(parseMeetingKind)
            var request: MeetingRequest?
            if let meeting {
                request = MeetingRequest(name: meeting, date: meetingDate, kind: meetingKind)
            } else if meetingDate != nil {
                throw CommandFailure("--date needs --meeting NAME", code: ExitCodes.usage)
            }
            var options = WorkspaceImportOptions(source: sourceKind, meeting: request)
            if let mapping { options.mapping = NamedMappingFile(try loadMapping(mapping), name: mapping) }
            options.readAs = try readAs.map(parseMeetingRole)
            let env = ProcessInfo.processInfo.environment
            if let n = env["CONVENE_TEST_PAUSE_AFTER_RECORDS"].flatMap(Int.init) {
                let seconds = env["CONVENE_TEST_PAUSE_SECONDS"].flatMap(Double.init) ?? 30
                options.pause = ImportPause(afterRecords: n, seconds: seconds) {
                    FileHandle.standardError.write(Data("convene: test pause: sleeping \(seconds) s inside the import transaction\n".utf8))
                }
            }
            // --kind without --meeting: applies to meetings the files name themselves.
            if request == nil { options.meetingKind = meetingKind }

            let workspace = try global.openWorkspace()
            let bar = ProgressBar(label: "Linking", quiet: global.quiet)
            defer { bar.finish() }
            logger.info("importing \(files.count) file(s)")
            let summaries = try workspaceCall {
                try workspace.importFiles(files, options: options, progress: { bar.update($0, $1) },
                                          matching: { bar.status("Matching: \($0)") })
            }
            bar.finish()
            if global.json { return try printJSON(summaries) }
            guard !global.quiet else { return }
            for s in summaries {
                print(Self.line(s))
                if let r = s.readingLine { print("  \(r)") }
                if let m = s.mapping { print("  mapping: \(m)") }
                for w in s.warnings { print("  warning: \(w)") }
            }
            if summaries.count > 1 {
                let t = summaries.reduce(into: (0, 0, 0, 0)) { $0.0 += $1.alreadyImported ? 0 : $1.recordsRead; $0.1 += $1.newPeople; $0.2 += $1.matchedPeople; $0.3 += $1.reviewItems }
                print("Total: \(counted(t.0, "record")) read, \(counted(t.1, "new person", "new people")), "
                      + "\(counted(t.2, "matched person", "matched people")), \(counted(t.3, "review item"))")
            }
            if let rematch = summaries.lazy.compactMap(\.rematch).first {
                for line in Self.rematchLines(rematch) { print(line) }
            } else {
                let atOnce = summaries.filter(\.matchedAtOnce).reduce(0) { $0 + $1.recordsRead }
                if atOnce > 0 {
                    print("First import: \(counted(atOnce, "record")) matched all at once, as `convene merge` matches them; "
                          + "later imports link each record to the people already here, until one doubles the workspace or brings a quarter of it.")
                }
            }
            let review = summaries.reduce(0) { $0 + $1.reviewItems + ($1.rematch?.reviewItems ?? 0) }
            if review > 0 {
                // The sheet asks one question per pair of people, earlier imports' included: say both counts.
                let open = try workspaceCall { try workspace.openQuestionCount() }
                print("Run `convene review` to decide the \(counted(review, "new unsure pair"))"
                      + (open != review ? " (\(counted(open, "question")) open in all, one per pair of people)." : "."))
            }
        }
    }

    /// What matching the whole workspace again did: IDs only, no names.
    static func rematchLines(_ r: WorkspaceRematch) -> [String] {
        let merged = r.redirects.filter { $0.reason == .mergedInto }.count
        let split = r.redirects.count - merged
        let why = switch r.trigger {
        case .enoughRecords: "The workspace now holds enough records to estimate the model from"
        case .doubled: "The workspace has doubled since it was last matched as a whole"
        case .largeImport: "This import brings at least a quarter as many records as were stored (one run costs less than linking them one by one)"
        }
        var lines = [why + ", so all "
            + "\(counted(r.storedRecords + r.newRecords, "record")) (\(r.storedRecords) stored, \(r.newRecords) new) were matched "
            + "again at once, as `convene rebuild` matches them; parameters: \(r.parameterSource). "
            + "\(counted(merged, "person", "people")) merged into an older ID, \(split) split."
            // Its questions between two stored records belong to no file's line; the review total counts them.
            + (r.reviewItems > 0 ? " It asked \(counted(r.reviewItems, "new question")) about records already stored." : "")]
        // A large import can retire thousands: the first 20, and the count of the rest.
        lines += r.redirects.prefix(20).map(RebuildCommand.redirectLine)
        if r.redirects.count > 20 { lines.append("  … and \(r.redirects.count - 20) more (`--json` lists them all)") }
        if !r.redirects.isEmpty { lines.append("`convene person OLD-ID` says where a person went.") }
        return lines
    }

    static func line(_ s: FileImportSummary) -> String {
        if s.alreadyImported { return "\(s.file): already imported (same content) — nothing changed" }
        var text = "\(s.file): \(s.source.displayName)"
        if let name = s.meetingName { text += " → \(name)" }
        text += " — \(counted(s.recordsRead, "record")) read, \(counted(s.newPeople, "new person", "new people")), "
            + "\(counted(s.matchedPeople, "matched person", "matched people")), \(counted(s.reviewItems, "review item"))"
        if s.participations > 0 { text += ", " + counted(s.participations, "participation") }
        if !s.warnings.isEmpty { text += ", " + counted(s.warnings.count, "warning") }
        return text
    }
}

/// `--as invited|registered|attended`.
func parseMeetingRole(_ text: String) throws -> MeetingRole {
    guard let role = MeetingRole(rawValue: text.lowercased()) else {
        throw CommandFailure("--as: expected one of \(MeetingRole.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"",
                             code: ExitCodes.usage)
    }
    return role
}
