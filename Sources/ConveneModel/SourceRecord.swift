/// Where a fact came from: a file, the data-record number inside it, and the raw values as read.
///
/// Record numbers are 1-based and consecutive over the *data* records of a file: the first record after the
/// header is 1; blank lines, repeated headers and section titles get no number.
///
/// ```swift
/// let source = SourceRecord(file: "launch-signin.csv", record: 3, line: 5,
///                           source: .signInSheet, raw: ["Name": "Smith, Robert J.", "Email": "bob@example.com"])
/// ```
public struct SourceRecord: Hashable, Codable, Sendable {
    /// The file as the user named it (path as given on the command line).
    public var file: String
    /// 1-based data-record number within the file.
    public var record: Int
    /// 1-based physical line where the record starts (for error messages), if known.
    public var line: Int?
    /// The recognized export kind the record was read from.
    public var source: SourceKind
    /// Column header → raw cell text, exactly as read (after decoding).
    public var raw: [String: String]

    /// A source record from its file, record number and, where known, line, export kind and raw cells.
    ///
    /// ```swift
    /// let source = SourceRecord(file: "launch-signin.csv", record: 3, line: 4, source: .signInSheet,
    ///                           raw: ["Name": "Bob Smith", "Email": "bob@acme.example.com"])
    /// source.reference   // "launch-signin.csv#3"
    /// ```
    public init(file: String, record: Int, line: Int? = nil, source: SourceKind = .generic, raw: [String: String] = [:]) {
        self.file = file
        self.record = record
        self.line = line
        self.source = source
        self.raw = raw
    }

    /// A compact reference such as `launch-signin.csv#3`.
    public var reference: String { "\(file)#\(record)" }
}

/// The known exports Convene recognizes from their headers, plus `generic` (mapped by header synonyms).
///
/// ```swift
/// let kind = SourceKind(rawValue: "zoom")   // .zoomParticipants
/// kind?.displayName                         // "Zoom participants report"
/// ```
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    /// A Microsoft Teams attendance report.
    case teamsAttendance = "teams"
    /// A Zoom participants report.
    case zoomParticipants = "zoom"
    /// An Eventbrite attendee report.
    case eventbrite
    /// Google Forms responses.
    case googleForms = "google-forms"
    /// A Mailchimp audience export.
    case mailchimp
    /// A Constant Contact export.
    case constantContact = "constant-contact"
    /// Outlook contacts.
    case outlookContacts = "outlook"
    /// Google Contacts.
    case googleContacts = "google-contacts"
    /// LinkedIn connections.
    case linkedInConnections = "linkedin"
    /// Salesforce contacts.
    case salesforce
    /// HubSpot contacts.
    case hubspot
    /// A sign-in sheet (typed into a spreadsheet or printed by `convene export signin`).
    case signInSheet = "sign-in"
    /// An action plan (CSV or the tracker workbook).
    case actionPlan = "action-plan"
    /// Any other contact list, mapped column by column from its headers.
    case generic

    /// An export of registrations (Eventbrite's attendee report): everyone on it registered, whatever their
    /// check-in status says.
    ///
    /// ```swift
    /// SourceKind.eventbrite.isRegistrationList      // true
    /// SourceKind.signInSheet.isRegistrationList     // false
    /// ```
    public var isRegistrationList: Bool { self == .eventbrite }

    /// A human-readable name for messages and reports.
    public var displayName: String {
        switch self {
        case .teamsAttendance: "Microsoft Teams attendance report"
        case .zoomParticipants: "Zoom participants report"
        case .eventbrite: "Eventbrite attendee report"
        case .googleForms: "Google Forms responses"
        case .mailchimp: "Mailchimp audience export"
        case .constantContact: "Constant Contact export"
        case .outlookContacts: "Outlook contacts"
        case .googleContacts: "Google Contacts"
        case .linkedInConnections: "LinkedIn connections"
        case .salesforce: "Salesforce contacts"
        case .hubspot: "HubSpot contacts"
        case .signInSheet: "Sign-in sheet"
        case .actionPlan: "Action plan"
        case .generic: "Generic contact list"
        }
    }
}

/// A value as normalized, with the raw text it came from and where that was.
///
/// ```swift
/// let email = Sourced("bob.smith@gmail.example.com", raw: "Bob.Smith@Gmail.example.com",
///                     source: SourceRecord(file: "chamber-members.csv", record: 17))
/// print(email.value, email.source?.reference ?? "")   // bob.smith@gmail.example.com chamber-members.csv#17
/// ```
public struct Sourced<Value: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
    /// The normalized value.
    public var value: Value
    /// The text the value was normalized from, as read.
    public var raw: String
    /// The record the text came from, if known.
    public var source: SourceRecord?

    /// A normalized value with its raw text and, where known, its record.
    ///
    /// ```swift
    /// let email = Sourced("bob@example.com", raw: " Bob@Example.com ",
    ///                     source: SourceRecord(file: "chamber.csv", record: 4))
    /// ```
    public init(_ value: Value, raw: String, source: SourceRecord? = nil) {
        self.value = value
        self.raw = raw
        self.source = source
    }
}
