import ConveneCSV
import ConveneModel

/// Everything one file yielded: how it was read, how it was understood, and the normalized model values.
///
/// ```swift
/// let result = try Importer.read(url: URL(fileURLWithPath: "launch-signin.csv"))
/// print(result.source.displayName, result.recordCount)   // "Sign-in sheet 12"
/// for contact in result.contacts { print(contact.source.reference, contact.name.displayName) }
/// ```
public struct ImportResult: Codable, Sendable {
    /// The file as the caller named it (used in every `SourceRecord` and warning).
    public var file: String
    /// "csv" or "xlsx".
    public var format: String
    /// The detected text encoding ("UTF-8", "UTF-8 with BOM", "UTF-16 LE", "Windows-1252" …); "xlsx" for workbooks.
    public var encoding: String
    /// The field delimiter as a character ("," ";" "\t" "|"); nil for workbooks.
    public var delimiter: String?
    /// For workbooks: the sheet read.
    public var sheet: String?
    /// The recognized export kind (or `.generic`).
    public var source: SourceKind
    /// 1-based physical line (CSV) or row (xlsx) of the header; nil when the file has no header row.
    public var headerLine: Int?
    /// True when the first row was already data and columns were inferred from content.
    public var headerless: Bool
    /// Each column, its header text and the field it was mapped to, in file order.
    public var columns: [ColumnMapping]
    /// Data records read (header, preamble, blank lines and section titles excluded).
    public var recordCount: Int
    /// Everything worth telling the user that did not stop the import; each names file and line.
    public var warnings: [ImportWarning]
    /// What the file says about its meeting (Teams summary, Zoom preamble, Eventbrite event name).
    public var meeting: MeetingHint?
    /// People, one per data record that names a person.
    public var contacts: [ContactRecord]
    /// Organizations, for files that list organizations rather than people (no person columns).
    public var organizations: [OrganizationRecord]
    /// Participation rows (RSVPs, sign-ins, virtual attendance), each tied to its contact.
    public var participations: [ImportedParticipation]
    /// Action-plan rows.
    public var actionItems: [ImportedActionItem]
    /// Volunteers ("Interested in being a champion?" answered yes): indexes into ``contacts``.
    public var volunteers: [Int]
    /// Organization kinds, keyed by the organization as written: stated by an "Organization Type" column where
    /// the file has one and its cell names a kind (the first such row wins), otherwise inferred from the name and
    /// a work email domain.
    public var organizationKinds: [String: OrganizationKind]
    /// The organizations (as written) whose kind in ``organizationKinds`` a column stated rather than the name
    /// suggested: a stated kind replaces an inferred one already stored (never one set with `convene classify`).
    public var statedOrganizationKinds: Set<String> = []
    /// What was read but not kept because ``ImportOptions/keepsRecords`` was false.
    public var notKept = YieldCounts()
    /// The header row as a shape (nil without one): what the workspace remembers a mapping by.
    public var headerSignature: HeaderSignature?
    /// Where the mapping file used came from, when one was: given, or remembered for this shape.
    public var mappingOrigin: MappingOrigin?
    /// How the rows were read for their meeting (invitations, registrations, attendance) and why; nil for a list
    /// of people nothing says more about.
    public var reading: MeetingReading?

    /// A result with the properties of the same names (the importer makes them; useful in tests).
    ///
    /// ```swift
    /// let result = ImportResult(file: "list.csv", format: "csv", encoding: "UTF-8", delimiter: ",", source: .generic,
    ///                           headerLine: 1, headerless: false,
    ///                           columns: [ColumnMapping(index: 0, header: "Email", field: .email, reason: .synonym)],
    ///                           recordCount: 1)
    /// ```
    public init(file: String, format: String, encoding: String, delimiter: String?, sheet: String? = nil,
                source: SourceKind, headerLine: Int?, headerless: Bool, columns: [ColumnMapping], recordCount: Int,
                warnings: [ImportWarning] = [], meeting: MeetingHint? = nil, contacts: [ContactRecord] = [],
                organizations: [OrganizationRecord] = [], participations: [ImportedParticipation] = [],
                actionItems: [ImportedActionItem] = [], volunteers: [Int] = [],
                organizationKinds: [String: OrganizationKind] = [:]) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheet = sheet
        self.source = source
        self.headerLine = headerLine
        self.headerless = headerless
        self.columns = columns
        self.recordCount = recordCount
        self.warnings = warnings
        self.meeting = meeting
        self.contacts = contacts
        self.organizations = organizations
        self.participations = participations
        self.actionItems = actionItems
        self.volunteers = volunteers
        self.organizationKinds = organizationKinds
    }
}

/// How many model values a file yielded.
///
/// ```swift
/// var counts = YieldCounts()
/// counts.contacts = 42
/// ```
public struct YieldCounts: Codable, Sendable, Hashable {
    /// Contact records.
    public var contacts = 0
    /// Organization records.
    public var organizations = 0
    /// Participation rows (invitations, registrations, attendance).
    public var participations = 0
    /// Action items.
    public var actionItems = 0

    /// All counts zero.
    ///
    /// ```swift
    /// var notKept = YieldCounts()
    /// notKept.contacts += 1
    /// ```
    public init() {}
}

/// One column: its position, its header as written (or "Column N" when headerless) and its field.
///
/// ```swift
/// for column in result.columns {
///     print(column.index, column.header, column.field.rawValue, column.reason.rawValue)   // 2 E-mail Address email synonym
/// }
/// ```
public struct ColumnMapping: Codable, Sendable, Hashable {
    /// 0-based column index.
    public var index: Int
    /// The header as written ("Column 3" when the file has no header row).
    public var header: String
    /// The field the column's values go to.
    public var field: ColumnField
    /// Why this field (printed and written to JSON as its raw value: "source", "synonym", …).
    public var reason: Reason

    /// A mapping with the properties of the same names.
    ///
    /// ```swift
    /// let column = ColumnMapping(index: 3, header: "Cell", field: .phone, reason: .mappingFile)
    /// ```
    public init(index: Int, header: String, field: ColumnField, reason: Reason) {
        self.index = index
        self.header = header
        self.field = field
        self.reason = reason
    }

    /// Why a column has its field, strongest first.
    ///
    /// ```swift
    /// let guessed = result.columns.filter { $0.reason == .content || $0.reason == .unknown }
    /// ```
    public enum Reason: String, Codable, Sendable, Hashable, CaseIterable {
        /// A mapping file said so (`--mapping FILE`, or the one the workspace remembers for this header shape).
        case mappingFile = "mapping-file"
        /// The recognized export's own header ("Name (Original Name)" in a Zoom report).
        case source
        /// A header synonym ("E-mail Address", "Organisation", "Company City").
        case synonym
        /// No header row: inferred from the column's values.
        case content
        /// A Google Forms question reworded after responses came in: its new last column continues an earlier one.
        case reworded
        /// Nothing recognized the header: the values are kept in the raw record only.
        case unknown
        /// Another person's detail ("Buyer Email", "Assistant's Phone") beside the record's own column for that
        /// field, or anyone's but a buyer's or a parent's where it has none: ignored, kept in the raw record only.
        case otherPerson = "other-person"
        /// A preferred name or nickname beside the file's own name columns ("Preferred First Name" beside "Full
        /// Name"): ignored, kept in the raw record only. Alone, it is the name.
        case preferredName = "preferred-name"
        /// A join or leave column ("Joined") whose values are dates without a time of day: a member list's join
        /// date, not a meeting's join time; ignored, kept in the raw record only.
        case dateOnly = "date-only"
    }
}

/// A problem that did not stop the import (ragged row, replaced byte, unparseable date …).
///
/// ```swift
/// for warning in result.warnings {
///     print(warning)   // "signin.csv: line 9: …"
/// }
/// ```
public struct ImportWarning: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The file as given (or its display name).
    public var file: String
    /// 1-based physical line (or xlsx row); nil when the warning is about the whole file.
    public var line: Int?
    /// What happened, for people.
    public var message: String
    /// What kind of problem, when it is one a script may look for (JSON and `inspect` write the raw value:
    /// "raggedRow", "invalidEmail" …); nil for the rest, which only the message describes.
    public var kind: Kind?

    /// A warning with the properties of the same names.
    ///
    /// ```swift
    /// ImportWarning(file: "a.csv", line: 7, message: "no valid address in \"n/a\"", kind: .invalidEmail).description
    /// // "a.csv:7: no valid address in \"n/a\""
    /// ```
    public init(file: String, line: Int?, message: String, kind: Kind? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.kind = kind
    }

    /// `file:line: message`.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// The kinds of warning, by their raw values.
    ///
    /// ```swift
    /// let tests = result.warnings.filter { $0.kind == .testSubmission }.count
    /// ```
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        // The CSV reader's (ConveneCSV's `CSVWarning.Kind`, case for case).
        /// A record with more fields than the header (or, in a headerless file, the usual count): kept as is.
        case raggedRow
        /// A `"` inside an unquoted field: kept literally.
        case strayQuote
        /// Characters after a quoted field's closing quote: kept literally.
        case textAfterClosingQuote
        /// A NUL byte, replaced with U+FFFD.
        case nulByte
        /// Bytes not valid in the detected encoding, replaced with U+FFFD.
        case invalidEncoding
        /// More warnings of one kind than are worth listing: the message counts the rest.
        case suppressed

        // The record builder's.
        /// Text in an email column that holds no valid address: kept in the raw record only.
        case invalidEmail
        /// A row with no name, email or phone: it names no person, and is left out.
        case noPerson

        // A meeting's rows (form hygiene).
        /// A form response named "test" (name or organization): left out.
        case testSubmission
        /// The same person submitted the same form (or signed the same sheet) again: counted once.
        case duplicateSubmission
        /// A Zoom row for a second device of someone already in the report ("Angela's iPhone"): read as that person.
        case secondDevice
        /// A Zoom row for a phone dial-in: the number is the caller's phone, not a name.
        case dialIn

        /// The importer's kind for a warning of the CSV reader.
        init(_ kind: CSVWarning.Kind) {
            switch kind {
            case .raggedRow: self = .raggedRow
            case .strayQuote: self = .strayQuote
            case .textAfterClosingQuote: self = .textAfterClosingQuote
            case .nulByte: self = .nulByte
            case .invalidEncoding: self = .invalidEncoding
            case .suppressed: self = .suppressed
            }
        }
    }
}

/// What a file says about the meeting it records.
///
/// ```swift
/// if let hint = result.meeting {
///     print(hint.name ?? "?", hint.date?.iso ?? "no date", hint.isVirtual)   // Winter Partnership Meeting 2026-12-08 true
/// }
/// ```
public struct MeetingHint: Codable, Sendable, Hashable {
    /// The meeting's name, when the file gives one (a Teams title, a Zoom topic).
    public var name: String?
    /// The meeting's date, when the file gives one.
    public var date: CalendarDate?
    /// Start / end as written by the source (Teams summary, Zoom preamble).
    public var startTime: String?
    /// The end as written.
    public var endTime: String?
    /// Whether the file is a virtual meeting's report.
    public var isVirtual: Bool

    /// A hint with the properties of the same names.
    ///
    /// ```swift
    /// let hint = MeetingHint(name: "Launch", date: CalendarDate(iso: "2026-08-25"), startTime: "17:30")
    /// ```
    public init(name: String? = nil, date: CalendarDate? = nil, startTime: String? = nil, endTime: String? = nil,
                isVirtual: Bool = false) {
        self.name = name
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.isVirtual = isVirtual
    }
}

/// A participation row and the contact it belongs to.
///
/// `participation.meeting` is ``ImportOptions/meeting`` (the caller's meeting ID, or ``ImportOptions/unassignedMeeting``
/// until the workspace assigns one); `participation.person` is nil — matching decides who it is.
///
/// ```swift
/// for row in result.participations {
///     let who = row.contact.map { result.contacts[$0].name.displayName } ?? "nobody"
///     print(who, row.participation.status.rawValue)   // Ann Lee attended
/// }
/// ```
public struct ImportedParticipation: Codable, Sendable, Hashable {
    /// Index into ``ImportResult/contacts``; nil when the row named nobody usable.
    public var contact: Int?
    /// The row's meeting, status and times, with no person yet.
    public var participation: Participation

    /// A participation row for contact number `contact`.
    ///
    /// ```swift
    /// let row = ImportedParticipation(contact: 0, participation: Participation(
    ///     meeting: ImportOptions.unassignedMeeting, status: .registered, source: SourceRecord(file: "rsvps.csv", record: 1)))
    /// ```
    public init(contact: Int?, participation: Participation) {
        self.contact = contact
        self.participation = participation
    }
}

/// An action-plan row with the record it came from.
///
/// ```swift
/// for row in result.actionItems {
///     print(row.item.id, row.item.status.rawValue, row.source.file)   // A0003 On track tracker.xlsx
/// }
/// ```
public struct ImportedActionItem: Codable, Sendable, Hashable {
    /// The action item.
    public var item: ActionItem
    /// The file and row it came from.
    public var source: SourceRecord

    /// An item with the record it came from.
    ///
    /// ```swift
    /// let row = ImportedActionItem(item: ActionItem(id: "A0001", priorityArea: "Pipeline", item: "Plant tour", team: "Pipeline"),
    ///                              source: SourceRecord(file: "action-plan.csv", record: 1))
    /// ```
    public init(item: ActionItem, source: SourceRecord) {
        self.item = item
        self.source = source
    }
}
