import ConveneModel

/// How to read a file. The defaults recognize the source and map columns without questions.
///
/// ```swift
/// var options = ImportOptions(meeting: MeetingID("M0004"), defaultPhoneRegion: "US", sheet: "Sign-in")
/// options.readAs = .attended
/// options.forMeeting = true
/// let result = try Importer.read(url: URL(fileURLWithPath: "winter-signin.xlsx"), options: options)
/// ```
public struct ImportOptions: Sendable {
    /// The meeting ID given to every participation read (the workspace passes the meeting being imported).
    public var meeting: MeetingID
    /// Overrides: column → field, and optionally a forced source kind (see ``MappingFile``).
    public var mapping: MappingFile?
    /// Force a source kind even without a mapping file.
    public var forceSource: SourceKind?
    /// Mappings remembered per file shape (the workspace's): a file whose header row has one of these signatures
    /// is read with its mapping when ``mapping`` is nil (``ImportResult/mappingOrigin`` says so).
    public var rememberedMappings: [HeaderSignature: MappingFile] = [:]
    /// ISO 3166 region for phone numbers without a country code.
    public var defaultPhoneRegion: String
    /// The name used in provenance and messages (default: the path as given).
    public var displayName: String?
    /// For workbooks: the sheet to read (default: the first sheet with data).
    public var sheet: String?
    /// False to read, check and count every record without keeping the model values (`convene inspect`):
    /// a 100 MB list then needs memory for its bytes, not for a million contacts. Counts go to
    /// ``ImportResult/notKept``. Teams' join/leave lists are always kept (a leave row closes an earlier join).
    public var keepsRecords = true
    /// False to leave `SourceRecord.raw` empty on every record read (file, record, line and source kind are
    /// still set). Matching and `convene merge` only need the normalized values and the `file#record` reference;
    /// a dictionary of every cell per row is most of an import's memory at a million rows. The workspace keeps
    /// the default: it stores the raw values so the model can be rebuilt.
    public var keepsRawValues = true
    /// What the rows mean for the meeting (`--as`): every row without a status of its own (no-show, walk-in) gets
    /// this one. Nil to infer it from the file's name and timestamps (see ``ImportResult/reading``).
    public var readAs: MeetingRole?
    /// True when the file is read for a meeting (the workspace sets it when `--meeting` is given): a generic list
    /// is then watched as submissions (test rows, double submissions). A generic list read for no meeting is a
    /// contact list, whose repeated people are the match engine's to find.
    public var forMeeting = false
    /// The meeting's date, when the caller knows it (`--date`): form timestamps are judged against it, and a
    /// submission named "test" before it is left out. Without it, the date the file gives itself (Zoom, Teams).
    public var meetingDate: CalendarDate?

    /// The placeholder meeting ID used until the caller assigns a real one.
    public static let unassignedMeeting = MeetingID("M?")

    /// Options with the properties of the same names; the defaults recognize the source and assign no meeting.
    ///
    /// ```swift
    /// let options = ImportOptions(mapping: mapping, forceSource: .generic, defaultPhoneRegion: "CA")
    /// let result = try Importer.read(url: URL(fileURLWithPath: "list.csv"), options: options)
    /// ```
    public init(meeting: MeetingID = ImportOptions.unassignedMeeting, mapping: MappingFile? = nil,
                forceSource: SourceKind? = nil, defaultPhoneRegion: String = "US", displayName: String? = nil,
                sheet: String? = nil) {
        self.meeting = meeting
        self.mapping = mapping
        self.forceSource = forceSource
        self.defaultPhoneRegion = defaultPhoneRegion
        self.displayName = displayName
        self.sheet = sheet
    }
}

/// A file that was refused: nothing was imported from it. Every case names the file and where.
///
/// ```swift
/// do {
///     _ = try Importer.read(url: URL(fileURLWithPath: "broken.csv"))
/// } catch {
///     print(error)   // one line naming the file and where, e.g. "broken.csv: line 7, column 3: …"
/// }
/// ```
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// Zero bytes, or only a byte-order mark / whitespace.
    case empty(file: String)
    /// Not text: a binary file, a zip (or .xlsx) named .csv …; `found` says what it looked like.
    case notText(file: String, found: String)
    /// The CSV itself is broken (unterminated quote …).
    case malformed(file: String, line: Int, column: Int, expected: String, found: String)
    /// A workbook the spreadsheet reader refused.
    case badWorkbook(file: String, reason: String)
    /// A mapping file that cannot be used.
    case badMappingFile(file: String, line: Int?, reason: String)
    /// No header and nothing recognizable in the content.
    case noColumns(file: String, line: Int)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let f, _), .empty(let f), .notText(let f, _), .malformed(let f, _, _, _, _),
             .badWorkbook(let f, _), .badMappingFile(let f, _, _), .noColumns(let f, _): f
        }
    }

    /// 1-based line of the problem (1 for whole-file problems).
    public var line: Int {
        switch self {
        case .malformed(_, let line, _, _, _), .noColumns(_, let line): line
        case .badMappingFile(_, let line, _): line ?? 1
        default: 1
        }
    }

    /// One line for the user: `file:line:column: problem`.
    public var description: String {
        switch self {
        case .unreadable(let f, let reason): "\(f):1: cannot read the file: \(reason)"
        case .empty(let f): "\(f):1:1: expected a header row or data, found an empty file (no bytes, or only a byte-order mark or blank lines)"
        case .notText(let f, let found): "\(f):1:1: expected CSV text, found \(found)"
        case .malformed(let f, let line, let column, let expected, let found):
            "\(f):\(line):\(column): expected \(expected), found \(found)"
        case .badWorkbook(let f, let reason): "\(f):1: cannot read the workbook: \(reason)"
        case .badMappingFile(let f, let line, let reason): "\(f):\(line ?? 1): bad mapping file: \(reason)"
        case .noColumns(let f, let line): "\(f):\(line): expected a header row or recognizable data, found neither"
        }
    }
}
