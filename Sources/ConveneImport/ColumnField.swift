/// What a column of an imported file means: the target a header (or a mapping file) is mapped to.
///
/// Raw values stay in `SourceRecord.raw` whatever the mapping says; the field only decides where the
/// normalized value goes.
///
/// ```swift
/// let mapping = MappingFile(columns: ["Company Name": .organization, "Cell": .phone, "Fax": .ignore])
/// ColumnField(rawValue: "postal-code")   // .postalCode, as a mapping file spells it
/// ```
public enum ColumnField: String, Codable, Sendable, CaseIterable {
    // People
    case fullName = "name"
    case honorific
    case firstName = "first-name"
    case middleName = "middle-name"
    case lastName = "last-name"
    case nameSuffix = "name-suffix"
    case email
    case phone
    case organization
    /// "Organization Type": business, or which kind of public partner ("Workforce Board", "K-12", "Nonprofit").
    case organizationKind = "organization-kind"
    case title
    case street
    case city
    case region
    case postalCode = "postal-code"
    case country
    case address              // a whole address in one cell
    case website
    case dateOfBirth = "date-of-birth"
    case notes
    /// "Interested in being a champion?" — a yes/no volunteer answer.
    case volunteer
    // Participation
    case attended
    case registrationStatus = "registration-status"
    /// "Walk-in?" answered yes: came without registering.
    case walkIn = "walk-in"
    case joinTime = "join-time"
    case leaveTime = "leave-time"
    case duration
    case role
    /// Teams' older report: "Joined" / "Left" / "Joined before", one row per event.
    case userAction = "user-action"
    case meetingName = "meeting-name"
    case meetingDate = "meeting-date"
    case guest
    case timestamp
    // Action plan
    case priorityArea = "priority-area"
    case actionItem = "action-item"
    case actionTeam = "action-team"
    case champion
    case support
    case start
    case due
    case status
    case nextStep = "next-step"
    case lastUpdated = "last-updated"
    case itemID = "item-id"
    /// Kept in the raw values only.
    case ignore

    /// True for the fields that describe a person (used to decide whether a row is a contact).
    var isPersonField: Bool {
        switch self {
        case .fullName, .firstName, .lastName, .middleName, .email, .phone: true
        default: false
        }
    }
}
