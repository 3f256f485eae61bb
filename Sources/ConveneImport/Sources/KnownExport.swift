import ConveneModel

/// One export Convene knows — a Zoom report, an Eventbrite attendee list, a sign-in sheet — in one file of this
/// folder: how it is recognized and mapped (its ``SourceProfile``), what the lines above its header say about
/// the meeting, and how its rows differ from an ordinary list's.
///
/// The generic part — rows into contacts, participations and warnings, in parallel batches — is
/// ``RecordBuilder``'s; it asks the export only where the export differs, and asks once per file, never per row
/// (``nameCleanup`` is looked up once and applied to each row's name).
///
/// Every requirement but ``profile`` has a default: an export that is only a header layout
/// (``SalesforceContacts``) is a profile and nothing else.
protocol KnownExport: Sendable {
    /// How the export is recognized (header signatures) and mapped (its own headers).
    var profile: SourceProfile { get }

    /// True when a matching signature recognizes the export in the first pass, in catalogue order (the default).
    /// False for exports whose signature is too plain to win over another's ("Timestamp"; "Name" and
    /// "Signature"): they are looked at only after no export's signature matched (``recognizesOtherwise(_:)``).
    var signatureDecides: Bool { get }

    /// The second look, after no export's signature matched: Google Forms' first "Timestamp" column, a Teams
    /// report's summary section above a session table, a sign-in sheet's title. False by default.
    func recognizesOtherwise(_ header: HeaderShape) -> Bool

    /// What the lines above the header say about the meeting (a Teams summary, Zoom's meeting details, a
    /// sign-in sheet's title and date); nil by default.
    func meetingHint(preamble: [TextRow]) -> MeetingHint?

    /// The name to read from the export's full-name cell, when it writes more than a name there (Zoom's
    /// "Display Name (Original Name)", "iPhone (Ann Lee)"); nil — read as written — by default.
    var nameCleanup: (@Sendable (String) -> String)? { get }

    /// True for a one-cell line after the records that ends them: later rows are another section, not people
    /// (Teams' "3. In-Meeting Activities"). False by default: a one-cell line is a title.
    func endsRecords(oneCellLine text: String) -> Bool

    /// True when later rows refer back to earlier records (Teams' "Left" rows close a session), so `inspect`
    /// cannot let records go as it reads. False by default.
    var rowsReferBack: Bool { get }

    /// True when the rows mean what the export is whatever the file is called (a Zoom report is attendance, an
    /// Eventbrite export registrations). False by default: the file name, title and timestamps are asked.
    var speaksForItself: Bool { get }

    /// True when each row is one submission or signature (a form response, a line signed on a sheet), so test
    /// and double submissions are looked for. False by default (a Zoom row is a session: rejoins are normal).
    var rowsAreSubmissions: Bool { get }
}

extension KnownExport {
    var kind: SourceKind { profile.kind }
    var signatureDecides: Bool { true }
    func recognizesOtherwise(_ header: HeaderShape) -> Bool { false }
    func meetingHint(preamble: [TextRow]) -> MeetingHint? { nil }
    var nameCleanup: (@Sendable (String) -> String)? { nil }
    func endsRecords(oneCellLine text: String) -> Bool { false }
    var rowsReferBack: Bool { false }
    var speaksForItself: Bool { false }
    var rowsAreSubmissions: Bool { false }
}

/// What recognition looks at: the header row, the lines above it, the file's name.
struct HeaderShape: Sendable {
    var headers: [String]
    /// The headers as ``HeaderText/key(_:)`` compares them.
    var keys: Set<String>
    /// The rows above the header, as cells.
    var preamble: [[String]]
    /// The file's name without its folder.
    var fileName: String

    init(headers: [String], preamble: [[String]], fileName: String) {
        self.headers = headers
        self.keys = Set(headers.map(HeaderText.key))
        self.preamble = preamble
        self.fileName = fileName
    }
}

/// How one known export is recognized and mapped.
///
/// A signature is a list of alternatives; each alternative is a set of headers that must all be present
/// (compared with ``HeaderText/key(_:)``). `fields` maps that export's own headers where they differ from the
/// generic synonyms (Outlook's "Title" is an honorific, LinkedIn's "URL" is a profile, not a website …).
struct SourceProfile: Sendable {
    var kind: SourceKind
    var signatures: [[String]]
    var fields: [String: ColumnField]
    /// Records are participation in a meeting (attendance, RSVPs, sign-ins).
    var participation: ParticipationStatus?
    var isVirtual: Bool = false

    init(kind: SourceKind, signatures: [[String]], fields: [(String, ColumnField)],
         participation: ParticipationStatus? = nil, isVirtual: Bool = false) {
        self.kind = kind
        self.signatures = signatures
        var table: [String: ColumnField] = [:]
        for (h, f) in fields { table[HeaderText.key(h)] = f }
        self.fields = table
        self.participation = participation
        self.isVirtual = isVirtual
    }

    func matches(_ keys: Set<String>) -> Bool {
        signatures.contains { alternative in alternative.allSatisfy { keys.contains(HeaderText.key($0)) } }
    }

    func field(for header: String) -> ColumnField? {
        fields[HeaderText.key(header)]
    }
}
