import ConveneModel

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

    func matches(_ keys: Set<String>) -> Bool {
        signatures.contains { alternative in alternative.allSatisfy { keys.contains(HeaderText.key($0)) } }
    }

    func field(for header: String) -> ColumnField? {
        fields[HeaderText.key(header)]
    }
}

/// The exports Convene knows, most specific first. Header layouts and their origins: Tests/ConveneImportTests/
/// Fixtures/README.md.
enum SourceCatalogue {
    static func profile(_ kind: SourceKind) -> SourceProfile {
        all.first { $0.kind == kind } ?? SourceProfile(kind: kind, signatures: [], fields: [:])
    }

    static func keyed(_ pairs: [(String, ColumnField)]) -> [String: ColumnField] {
        var table: [String: ColumnField] = [:]
        for (h, f) in pairs { table[HeaderText.key(h)] = f }
        return table
    }

    static let all: [SourceProfile] = [
        SourceProfile(
            kind: .teamsAttendance,
            signatures: [["Name", "First Join", "Last Leave", "In-Meeting Duration"],
                         ["Full Name", "First Join", "Last Leave", "In-Meeting Duration"],
                         ["Name", "Participant ID (UPN)", "Role"],
                         // The 2020–21 report: one row per join or leave.
                         ["Full Name", "User Action", "Timestamp"],
                         // The 2021–22 report under a "Meeting Summary" block: one row per session.
                         ["Full Name", "Join Time", "Leave Time", "Duration"]],
            fields: keyed([("Name", .fullName), ("Full Name", .fullName), ("First Join", .joinTime),
                           ("Last Leave", .leaveTime), ("In-Meeting Duration", .duration), ("Email", .email),
                           ("Participant ID (UPN)", .ignore), ("Role", .role), ("User Action", .userAction),
                           ("Timestamp", .joinTime), ("Join Time", .joinTime), ("Leave Time", .leaveTime),
                           ("Duration", .duration)]),
            participation: .attended, isVirtual: true),
        SourceProfile(
            kind: .zoomParticipants,
            signatures: [["Name (Original Name)", "User Email"], ["Name (original name)", "Join Time", "Leave Time"]],
            fields: keyed([("Name (Original Name)", .fullName), ("User Email", .email), ("Join Time", .joinTime),
                           ("Leave Time", .leaveTime), ("Duration (Minutes)", .duration),
                           ("Total Duration (Minutes)", .duration), ("Guest", .guest),
                           ("Recording Consent", .ignore), ("In Waiting Room", .ignore)]),
            participation: .attended, isVirtual: true),
        SourceProfile(
            kind: .eventbrite,
            signatures: [["Order #", "Attendee Status"], ["Order #", "Ticket Type", "Email"]],
            fields: keyed([("Order #", .ignore), ("Order Date", .timestamp), ("Email", .email),
                           ("Attendee Status", .registrationStatus), ("Event Name", .meetingName),
                           ("Attendee #", .ignore), ("Group", .ignore), ("Quantity", .ignore),
                           ("Price Tier", .ignore), ("Ticket Type", .ignore), ("Order Type", .ignore),
                           ("Currency", .ignore), ("Total Paid", .ignore), ("Fees Paid", .ignore),
                           ("Eventbrite Fees", .ignore), ("Eventbrite Payment Processing", .ignore),
                           ("Home Address 1", .street), ("Home City", .city), ("Home State", .region),
                           ("Home Zip", .postalCode), ("Home Country", .country), ("Job Title", .title),
                           ("Company", .organization), ("Work Phone", .phone), ("Cell Phone", .phone),
                           ("Checked In", .attended), ("Check-In Status", .attended)]),
            participation: .registered),
        SourceProfile(
            kind: .mailchimp,
            signatures: [["MEMBER_RATING", "OPTIN_TIME"], ["LEID", "EUID"]],
            fields: keyed([("Email Address", .email), ("Address", .address), ("Phone Number", .phone),
                           ("Birthday", .ignore), ("MEMBER_RATING", .ignore), ("OPTIN_TIME", .ignore),
                           ("OPTIN_IP", .ignore), ("CONFIRM_TIME", .ignore), ("CONFIRM_IP", .ignore),
                           ("LATITUDE", .ignore), ("LONGITUDE", .ignore), ("GMTOFF", .ignore), ("DSTOFF", .ignore),
                           ("TIMEZONE", .ignore), ("CC", .ignore), ("REGION", .ignore), ("LAST_CHANGED", .ignore),
                           ("LEID", .ignore), ("EUID", .ignore), ("NOTES", .notes), ("TAGS", .ignore)])),
        SourceProfile(
            kind: .constantContact,
            signatures: [["Email address", "Email status"], ["Email address", "Email permission status"]],
            fields: keyed([("Email address", .email), ("Email status", .ignore), ("Email permission status", .ignore),
                           ("Email Lists", .ignore), ("Tags", .ignore), ("Source Name", .ignore),
                           ("Created At", .ignore), ("Updated At", .ignore), ("Phone - work", .phone),
                           ("Phone - mobile", .phone), ("Phone - home", .phone), ("Job title", .title),
                           ("Street address line 1 - Work", .street), ("City - Work", .city),
                           ("State/Province - Work", .region), ("Zip/Postal Code - Work", .postalCode),
                           ("Country - Work", .country), ("Birthday", .ignore), ("Anniversary", .ignore)])),
        SourceProfile(
            kind: .outlookContacts,
            signatures: [["E-mail Address", "E-mail Display Name"], ["First Name", "Middle Name", "Business Street"]],
            fields: keyed([("Title", .honorific), ("Suffix", .nameSuffix), ("Company", .organization),
                           ("Department", .ignore), ("Job Title", .title), ("Business Street", .street),
                           ("Business City", .city), ("Business State", .region), ("Business Postal Code", .postalCode),
                           ("Business Country/Region", .country), ("Business Country", .country),
                           ("Business Phone", .phone), ("Mobile Phone", .phone), ("Home Phone", .phone),
                           ("Company Main Phone", .phone), ("Primary Phone", .phone), ("Business Fax", .ignore),
                           ("Home Fax", .ignore), ("E-mail Address", .email), ("E-mail 2 Address", .email),
                           ("E-mail 3 Address", .email), ("E-mail Type", .ignore), ("E-mail Display Name", .ignore),
                           ("E-mail 2 Type", .ignore), ("E-mail 2 Display Name", .ignore), ("E-mail 3 Type", .ignore),
                           ("E-mail 3 Display Name", .ignore), ("Web Page", .website), ("Birthday", .dateOfBirth),
                           ("Anniversary", .ignore), ("Notes", .notes), ("Categories", .ignore),
                           ("Home Street", .ignore), ("Home City", .ignore), ("Home State", .ignore),
                           ("Home Postal Code", .ignore), ("Home Country/Region", .ignore),
                           ("Other Street", .ignore), ("Other City", .ignore), ("Other State", .ignore),
                           ("Other Postal Code", .ignore), ("Other Country/Region", .ignore), ("Priority", .ignore),
                           ("Private", .ignore), ("Sensitivity", .ignore), ("Gender", .ignore), ("Initials", .ignore),
                           ("Keywords", .ignore), ("Language", .ignore), ("Location", .ignore),
                           ("Office Location", .ignore), ("Account", .ignore), ("Manager's Name", .ignore),
                           ("Assistant's Name", .ignore), ("Assistant's Phone", .ignore), ("Callback", .ignore),
                           ("Car Phone", .ignore), ("Other Phone", .ignore), ("Pager", .ignore), ("Radio Phone", .ignore),
                           ("Telex", .ignore), ("TTY/TDD Phone", .ignore), ("ISDN", .ignore), ("Spouse", .ignore),
                           ("Children", .ignore), ("Hobby", .ignore), ("Profession", .ignore), ("Referred By", .ignore),
                           ("Business Phone 2", .phone), ("Home Phone 2", .ignore), ("Other Fax", .ignore),
                           ("User 1", .ignore), ("User 2", .ignore), ("User 3", .ignore), ("User 4", .ignore)])),
        SourceProfile(
            kind: .googleContacts,
            signatures: [["Given Name", "Family Name", "E-mail 1 - Value"], ["First Name", "Last Name", "E-mail 1 - Value"],
                         ["Given Name", "Family Name", "Group Membership"], ["First Name", "Last Name", "File As", "Labels"]],
            fields: keyed([("Name", .fullName), ("Given Name", .firstName), ("Additional Name", .middleName),
                           ("Family Name", .lastName), ("First Name", .firstName), ("Middle Name", .middleName),
                           ("Last Name", .lastName), ("Name Prefix", .honorific), ("Name Suffix", .nameSuffix),
                           ("Nickname", .ignore), ("File As", .ignore), ("Labels", .ignore), ("Group Membership", .ignore),
                           ("Birthday", .dateOfBirth), ("Notes", .notes),
                           ("E-mail 1 - Value", .email), ("E-mail 2 - Value", .email), ("E-mail 3 - Value", .email),
                           ("E-mail 1 - Type", .ignore), ("E-mail 2 - Type", .ignore), ("E-mail 1 - Label", .ignore),
                           ("E-mail 2 - Label", .ignore), ("Phone 1 - Value", .phone), ("Phone 2 - Value", .phone),
                           ("Phone 3 - Value", .phone), ("Phone 1 - Type", .ignore), ("Phone 2 - Type", .ignore),
                           ("Phone 1 - Label", .ignore), ("Phone 2 - Label", .ignore),
                           ("Organization 1 - Name", .organization), ("Organization 1 - Title", .title),
                           ("Organization Name", .organization), ("Organization Title", .title),
                           ("Organization 1 - Department", .ignore), ("Organization Department", .ignore),
                           ("Organization 1 - Type", .ignore),
                           ("Address 1 - Formatted", .ignore), ("Address 1 - Street", .street),
                           ("Address 1 - City", .city), ("Address 1 - Region", .region),
                           ("Address 1 - Postal Code", .postalCode), ("Address 1 - Country", .country),
                           ("Address 1 - PO Box", .ignore), ("Address 1 - Type", .ignore), ("Address 1 - Label", .ignore),
                           ("Address 1 - Extended Address", .ignore),
                           ("Website 1 - Value", .website), ("Website 1 - Type", .ignore), ("Website 1 - Label", .ignore)])),
        SourceProfile(
            kind: .linkedInConnections,
            signatures: [["First Name", "Last Name", "Connected On"]],
            fields: keyed([("URL", .ignore), ("Email Address", .email), ("Company", .organization),
                           ("Position", .title), ("Connected On", .ignore)])),
        SourceProfile(
            kind: .salesforce,
            signatures: [["Mailing State/Province", "Account Name"], ["Mailing Zip/Postal Code", "Email"],
                         ["Contact ID", "Account Name"]],
            fields: keyed([("Salutation", .honorific), ("Title", .title), ("Account Name", .organization),
                           ("Mailing Street", .street), ("Mailing City", .city), ("Mailing State/Province", .region),
                           ("Mailing Zip/Postal Code", .postalCode), ("Mailing Country", .country), ("Phone", .phone),
                           ("Mobile", .phone), ("Fax", .ignore), ("Email", .email), ("Account Owner", .ignore),
                           ("Contact Owner", .ignore), ("Contact ID", .ignore), ("Lead Source", .ignore),
                           ("Created Date", .ignore), ("Last Activity", .ignore)])),
        SourceProfile(
            kind: .hubspot,
            signatures: [["Record ID", "Contact owner"], ["Record ID", "Lifecycle Stage"], ["Record ID", "Create Date", "Email"]],
            fields: keyed([("Record ID", .ignore), ("Contact owner", .ignore), ("Lifecycle Stage", .ignore),
                           ("Lead Status", .ignore), ("Create Date", .ignore), ("Last Activity Date", .ignore),
                           ("Associated Company", .organization), ("Company Name", .organization),
                           ("Phone Number", .phone), ("Mobile Phone Number", .phone), ("Job Title", .title),
                           ("Marketing contact status", .ignore), ("Country/Region", .country),
                           ("State/Region", .region), ("Postal Code", .postalCode), ("Website URL", .website)])),
        SourceProfile(
            kind: .actionPlan,
            signatures: [["Action item", "Priority area"], ["Action item", "Business champion"], ["Action item", "Action team"]],
            fields: [:]),
        SourceProfile(
            kind: .googleForms,
            signatures: [["Timestamp"]],
            fields: keyed([("Timestamp", .timestamp), ("Email Address", .email), ("Username", .email)]),
            participation: .registered),
        SourceProfile(
            kind: .signInSheet,
            signatures: [["Name", "Signature"], ["Name", "Initials"], ["Print Name", "Signature"], ["Name", "Time In"]],
            fields: keyed([("Signature", .ignore), ("Initials", .ignore)]),
            participation: .attended),
    ]

    /// The profile whose signature the header row matches; Google Forms only when "Timestamp" is the first column.
    /// "1. Summary" / "Meeting Summary" followed by a "Meeting title" line, as only Teams writes them.
    static func isTeamsSummary(_ preamble: [[String]]) -> Bool {
        let firstCells = preamble.compactMap { $0.first.map(HeaderText.key) }
        let titles = Set(["1. Summary", "Meeting Summary"].map(HeaderText.key))
        return firstCells.contains { titles.contains($0) } && firstCells.contains(HeaderText.key("Meeting title"))
    }

    static func recognize(headers: [String], preamble: [[String]], fileName: String, format: String) -> SourceKind {
        let keys = Set(headers.map(HeaderText.key))
        for profile in all where profile.kind != .googleForms && profile.kind != .signInSheet {
            if profile.matches(keys) { return profile.kind }
        }
        if let first = headers.first, HeaderText.key(first) == "timestamp", headers.count >= 2 { return .googleForms }
        // A Teams report whose participants section is missing: its summary section above a per-session table
        // ("2. In-Meeting Activities": Name, Join Time, Leave Time, Duration, Email, Role).
        if keys.contains("join time") && keys.contains("leave time") && isTeamsSummary(preamble) { return .teamsAttendance }
        if profile(.signInSheet).matches(keys) { return .signInSheet }
        // A sheet typed into Excel: a title such as "Launch Meeting Sign-In" above the header, or the file named so.
        let preambleText = preamble.flatMap { $0 }.joined(separator: " ").lowercased()
        let name = fileName.lowercased()
        let signIn = ["sign-in", "sign in", "signin", "sign_in", "attendance sheet", "attendance"]
        let hasPersonColumns = headers.contains { HeaderSynonyms.field(for: $0)?.isPersonField == true }
        if hasPersonColumns && (signIn.contains { preambleText.contains($0) } ||
                                signIn.dropLast().contains { name.contains($0.replacingOccurrences(of: " ", with: "-")) || name.contains($0) }) {
            return .signInSheet
        }
        return .generic
    }
}
