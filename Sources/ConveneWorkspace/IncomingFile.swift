import ConveneImport
import ConveneModel
import Foundation

/// One file's content as the importer read it, ready to be recorded in the workspace.
///
/// ``Workspace/importFiles(_:options:progress:)`` builds these from `ConveneImport`; tests and benchmarks can
/// build them directly.
public struct IncomingFile: Sendable {
    /// The path as the user gave it (kept in every source record).
    public var path: String
    /// SHA-256 of the file's bytes (see ``SHA256``): the same content is never imported twice.
    public var sha256: String
    public var source: SourceKind
    public var contacts: [ContactRecord]
    public var organizations: [OrganizationRecord]
    /// Participations with the index of their contact in ``contacts`` (nil when the row named nobody usable).
    public var participations: [(contact: Int?, participation: Participation)]
    /// What the file says about its meeting (name/date/times), if anything.
    public var meetingName: String?
    public var meetingDate: CalendarDate?
    public var meetingStart: String?
    public var meetingEnd: String?
    public var isVirtual: Bool
    public var actionItems: [ActionItem]
    /// Organization kinds inferred by the importer, keyed by the organization as written.
    public var organizationKinds: [String: OrganizationKind]
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
public struct MeetingRequest: Sendable, Hashable {
    public var name: String
    public var date: CalendarDate?
    public var kind: MeetingKind?

    public init(name: String, date: CalendarDate? = nil, kind: MeetingKind? = nil) {
        self.name = name
        self.date = date
        self.kind = kind
    }
}

/// What one import did with one file.
public struct FileImportSummary: Codable, Sendable, Hashable {
    public var file: String
    public var source: SourceKind
    /// True when the same content was imported before: nothing was changed.
    public var alreadyImported: Bool
    public var recordsRead: Int
    /// Records that became new people.
    public var newPeople: Int
    /// Records linked to people already known (before this file).
    public var matchedPeople: Int
    /// Pairs the matcher was unsure about, added to the review list.
    public var reviewItems: Int
    public var participations: Int
    /// The meeting the file's participation went to.
    public var meeting: MeetingID?
    public var meetingName: String?
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
public struct ImportPause: Sendable {
    public var afterRecords: Int
    public var seconds: Double
    /// Called just before sleeping (the CLI says so on stderr, so a test knows when to strike).
    public var onPause: (@Sendable () -> Void)?
    public init(afterRecords: Int, seconds: Double = 30, onPause: (@Sendable () -> Void)? = nil) {
        self.afterRecords = afterRecords
        self.seconds = seconds
        self.onPause = onPause
    }
}
