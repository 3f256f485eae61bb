import ConveneImport
import ConveneModel
import Foundation

/// One file's content as the importer read it, ready to be recorded in the workspace.
///
/// ``Workspace/importFiles(_:options:progress:matching:)`` builds these from `ConveneImport`; tests and benchmarks can
/// build them directly.
///
/// ```swift
/// let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "members.csv")))
/// let file = IncomingFile(path: "members.csv", sha256: SHA256.hexDigest(of: bytes), source: .generic,
///                         contacts: contacts)   // contacts: [ContactRecord] built by a test or benchmark
/// ```
public struct IncomingFile: Sendable {
    /// The path as the user gave it (kept in every source record).
    public var path: String
    /// SHA-256 of the file's bytes (see ``SHA256``): the same content is never imported twice.
    public var sha256: String
    /// The kind of export the file is.
    public var source: SourceKind
    /// The people read, one record per row.
    public var contacts: [ContactRecord]
    /// The organizations read, for an organization list.
    public var organizations: [OrganizationRecord]
    /// Participations with the index of their contact in ``contacts`` (nil when the row named nobody usable).
    public var participations: [(contact: Int?, participation: Participation)]
    /// What the file says about its meeting (name/date/times), if anything.
    public var meetingName: String?
    /// The meeting's date, when the file says.
    public var meetingDate: CalendarDate?
    /// The meeting's start time as written, when the file says.
    public var meetingStart: String?
    /// The meeting's end time as written, when the file says.
    public var meetingEnd: String?
    /// Whether the file is a virtual meeting's report (Zoom, Teams).
    public var isVirtual: Bool
    /// Action items read from an action-plan file.
    public var actionItems: [ActionItem]
    /// Organization kinds the importer read, keyed by the organization as written (see `ImportResult.organizationKinds`).
    public var organizationKinds: [String: OrganizationKind]
    /// The organizations (as written) whose kind a column stated: it replaces a stored kind inferred from a name,
    /// never one set with `convene classify`.
    public var statedOrganizationKinds: Set<String> = []
    /// Indexes into ``contacts`` of people who volunteered as champions.
    public var volunteers: [Int]
    /// Warnings already formatted as `file:line: message`.
    public var warnings: [String]
    /// Data records read from the file.
    public var recordCount: Int
    /// A mapping given for this file (`--mapping`), stored for its header shape when the file is recorded.
    public var mappingToRemember: RememberedMapping?
    /// How the file's columns were mapped when a mapping file was used (given or remembered), for the summary.
    public var mapping: MappingNote?
    /// How the rows were read for their meeting and why (see `ImportResult.reading`); a list of people without
    /// one becomes the meeting's invitations.
    public var reading: MeetingReading?
    /// How the file's columns were read, kept with it so ``Workspace/rebuild(matching:)`` can read its raw cells again.
    public var columnReading: ColumnReading?

    /// A file with the properties of the same names; `recordCount` defaults to the largest of the record counts.
    ///
    /// ```swift
    /// let file = IncomingFile(path: "members.csv", sha256: SHA256.hexDigest(of: Array("members".utf8)),
    ///                         source: .generic, contacts: contacts)
    /// let summary = try workspace.record([file])
    /// ```
    public init(path: String, sha256: String, source: SourceKind, contacts: [ContactRecord] = [],
                organizations: [OrganizationRecord] = [], participations: [(contact: Int?, participation: Participation)] = [],
                meetingName: String? = nil, meetingDate: CalendarDate? = nil, meetingStart: String? = nil,
                meetingEnd: String? = nil, isVirtual: Bool = false, actionItems: [ActionItem] = [],
                organizationKinds: [String: OrganizationKind] = [:], volunteers: [Int] = [], warnings: [String] = [],
                recordCount: Int? = nil) {
        self.path = path
        self.sha256 = sha256
        self.source = source
        self.contacts = contacts
        self.organizations = organizations
        self.participations = participations
        self.meetingName = meetingName
        self.meetingDate = meetingDate
        self.meetingStart = meetingStart
        self.meetingEnd = meetingEnd
        self.isVirtual = isVirtual
        self.actionItems = actionItems
        self.organizationKinds = organizationKinds
        self.volunteers = volunteers
        self.warnings = warnings
        self.recordCount = recordCount ?? max(contacts.count, organizations.count, participations.count)
    }
}

/// The meeting an import's attendance or invitations belong to, when the user names it (flags).
///
/// ```swift
/// let launch = MeetingRequest(name: "Launch", date: CalendarDate(year: 2026, month: 8, day: 25), kind: .launch)
/// ```
public struct MeetingRequest: Sendable, Hashable {
    /// The meeting's name.
    public var name: String
    /// The meeting's date.
    public var date: CalendarDate?
    /// The kind of meeting.
    public var kind: MeetingKind?

    /// A request with the properties of the same names.
    ///
    /// ```swift
    /// let winter = MeetingRequest(name: "Winter Partnership Meeting", date: CalendarDate(iso: "2026-12-08"), kind: .partnership)
    /// ```
    public init(name: String, date: CalendarDate? = nil, kind: MeetingKind? = nil) {
        self.name = name
        self.date = date
        self.kind = kind
    }
}

/// An import that matched every stored record again, with its own, at once — once there are 200 records, the
/// workspace reached that many or doubled since it was last matched as a whole, or the import brought at least
/// a quarter as many records as were stored: what that did to the people already there.
///
/// ```swift
/// if let rematch = try workspace.importFiles(["annual-rsvps.csv"]).compactMap(\.rematch).first {
///     print(rematch.storedRecords, rematch.parameterSource)
///     for r in rematch.redirects { print(r.oldID, r.reason.rawValue, r.newIDs) }   // P000100 merged-into ["P000003"]
/// }
/// ```
public struct WorkspaceRematch: Codable, Sendable, Hashable {
    /// Why the import matched the whole workspace.
    ///
    /// ```swift
    /// if rematch.trigger == .largeImport { print("a large list: one batch run was cheaper than linking it row by row") }
    /// ```
    public enum Trigger: String, Codable, Sendable {
        /// The workspace reached 200 records, enough to estimate the model from, for the first time since it was
        /// matched as a whole (its first import, or a rebuild, had fewer).
        case enoughRecords = "enough-records"
        /// The workspace had doubled since it was last matched as a whole.
        case doubled
        /// The import brought at least a quarter as many records as were stored: one batch run costs less than
        /// linking them one at a time.
        case largeImport = "large-import"
    }
    /// Why the import matched the whole workspace.
    public var trigger: Trigger
    /// Records that were stored before the command.
    public var storedRecords: Int
    /// The command's new contact records.
    public var newRecords: Int
    /// Every stored person's ID that no longer names the same person, and where its records went; `convene
    /// person OLD-ID` says it too.
    public var redirects: [PersonRedirect]
    /// Where the model's parameters came from ("estimated from …" / "the engine's defaults (…)").
    public var parameterSource: String
    /// Questions the run asked about two stored records (those naming a new record count in their file's
    /// ``FileImportSummary/reviewItems``).
    public var reviewItems: Int
}

/// What one import did with one file.
///
/// ```swift
/// for summary in try workspace.importFiles(["rsvps.csv"]) {
///     print(summary.file, summary.newPeople, summary.matchedPeople, summary.readingLine ?? "")
/// }
/// ```
public struct FileImportSummary: Codable, Sendable, Hashable {
    /// The file as given.
    public var file: String
    /// The kind of export it was read as.
    public var source: SourceKind
    /// True when the same content was imported before: nothing was changed.
    public var alreadyImported: Bool
    /// Data records read.
    public var recordsRead: Int
    /// Records that became new people.
    public var newPeople: Int
    /// Records linked to a person known before them: one already in the workspace, or — in an import matched
    /// all at once (``matchedAtOnce``) — one an earlier record of the command became.
    public var matchedPeople: Int
    /// The command's records were matched all at once, as `convene merge` matches them, rather than one at a
    /// time against the people already there: the workspace held no one yet, or the command matched it as a whole
    /// (``WorkspaceRematch/trigger`` says why) and every
    /// stored record was matched again with them (``rematch``).
    public var matchedAtOnce = false
    /// What matching the whole workspace again did, when the command did; on the command's first file
    /// that holds contacts only.
    public var rematch: WorkspaceRematch?
    /// Pairs the matcher was unsure about, added to the review list.
    public var reviewItems: Int
    /// Participation rows recorded (invitations, registrations, attendance).
    public var participations: Int
    /// The meeting the file's participation went to.
    public var meeting: MeetingID?
    /// The name of ``meeting``.
    public var meetingName: String?
    /// Warnings as `file:line: message`.
    public var warnings: [String]
    /// How the columns were mapped when a mapping file was used: "from m.yaml, remembered for this header shape".
    public var mapping: MappingNote?
    /// What the file was read as for its meeting, and why: "attendance (file name says sign-in; …)".
    public var reading: MeetingReading?

    /// "read as attendance at M0004 (file name says sign-in; 65 of 67 timestamps on 2026-06-10)".
    public var readingLine: String? {
        guard let reading, let meeting else { return nil }
        return "read as \(reading.role.noun) at \(meeting)" + (reading.evidence.isEmpty ? "" : " (\(reading.evidence.map(\.description).joined(separator: "; ")))")
    }
}

/// Test-only hook: sleep mid-transaction after this many records so a test can kill the process.
///
/// ```swift
/// let options = WorkspaceImportOptions(pause: ImportPause(afterRecords: 500, seconds: 10))
/// ```
public struct ImportPause: Sendable {
    /// Records to write before pausing.
    public var afterRecords: Int
    /// How long to sleep.
    public var seconds: Double
    /// Called just before sleeping (the CLI says so on stderr, so a test knows when to strike).
    public var onPause: (@Sendable () -> Void)?
    /// A pause after `afterRecords` records for `seconds`.
    ///
    /// ```swift
    /// let pause = ImportPause(afterRecords: 100, seconds: 5) { print("paused: kill me now") }
    /// ```
    public init(afterRecords: Int, seconds: Double = 30, onPause: (@Sendable () -> Void)? = nil) {
        self.afterRecords = afterRecords
        self.seconds = seconds
        self.onPause = onPause
    }
}
