import ConveneModel

/// Which invitation list to build. The Next Gen practice sends two: business leaders (invited by the
/// business champions) and public partners (asked to listen and support).
///
/// ```swift
/// let (businesses, left) = MailingLists.contacts(snapshot, kind: .business)
/// ```
public enum ContactListKind: String, Sendable, CaseIterable, Codable {
    case all
    case business
    case `public`
}

/// Mail-ready lists: contacts for invitations, name badges for a meeting.
///
/// ```swift
/// let (table, excluded) = MailingLists.contacts(snapshot, kind: .public)
/// try CSVWriter.writeAtomically(table.csvData(), to: URL(fileURLWithPath: "invite-public-partners.csv"))
/// print("\(excluded) people without a usable email are on the Follow-ups sheet")
/// ```
public enum MailingLists {
    /// The header of the contact list, in order.
    public static let contactHeader = ["First name", "Last name", "Full name", "Email", "Phone", "Organization",
                                       "Partner kind", "Title"] + addressHeader + ["Meetings attended", "Last attended"]

    /// The mailing address's columns, as every list of people writes them (``addressCells(_:)``).
    public static let addressHeader = ["Street", "City", "State", "Postal code", "Country"]

    /// A person's mailing address as the cells of ``addressHeader`` ("" where a part is unknown).
    ///
    /// ```swift
    /// MailingLists.addressCells(person)   // ["400 Main St", "Madison", "WI", "53703", ""]
    /// ```
    public static func addressCells(_ person: Person) -> [String] {
        [person.street, person.city, person.region, person.postalCode, person.country].map { $0 ?? "" }
    }

    /// People with a usable email, sorted by last name. People whose email is missing, invalid or bounced
    /// are left out here and listed on the Follow-ups sheet instead; `excluded` says how many.
    ///
    /// ```swift
    /// let (table, excluded) = MailingLists.contacts(snapshot, kind: .business)
    /// table.header == MailingLists.contactHeader   // true
    /// ```
    public static func contacts(_ snapshot: PartnershipSnapshot, kind: ContactListKind = .all,
                                analytics: AttendanceAnalytics? = nil) -> (table: ReportTable, excluded: Int) {
        let analytics = analytics ?? AttendanceAnalytics(snapshot)
        let index = analytics.index
        var table = ReportTable(header: contactHeader)
        var excluded = 0
        for person in snapshot.people.sorted(by: SnapshotIndex.lastNameOrder) {
            let partner = index.partnerKind(of: person)
            switch kind {
            case .all: break
            case .business: guard partner == .business else { continue }
            case .public: guard partner == .publicPartner else { continue }
            }
            guard EmailHealth.problem(for: person) == nil, let email = person.email else { excluded += 1; continue }
            let attended = analytics.meetingsAttended(by: person.id)
            table.rows.append([person.name.given ?? "", person.name.family ?? "", person.name.displayName, email,
                               displayPhone(person.phone), index.organizationName(of: person), partner.rawValue,
                               person.title ?? ""] + addressCells(person) + [String(attended.count),
                               attended.last?.date?.iso ?? ""])
        }
        return (table, excluded)
    }

    /// A phone as every CSV Convene writes it (``MergeOutput/phoneCell(_:)``): North American numbers as
    /// "(608) 555-0108", an extension as " x204", others in E.164 ("+442071234567").
    ///
    /// ```swift
    /// MailingLists.displayPhone("+16085550108")          // "(608) 555-0108"
    /// MailingLists.displayPhone("+16085550108;ext=204")  // "(608) 555-0108 x204"
    /// MailingLists.displayPhone("+442071234567")         // "+442071234567"
    /// ```
    public static func displayPhone(_ phone: String?) -> String {
        guard let phone, !phone.isEmpty else { return "" }
        switch MergeOutput.phoneCell(phone) {
        case .text(let s), .verbatim(let s), .number(let s): return s
        }
    }

    /// The header of the name-badge list, in order.
    public static let badgeHeader = ["First name", "Last name", "Full name", "Organization", "Title", "Partner kind",
                                     "Badge line 1", "Badge line 2"]

    /// Name badges / table tents for a meeting: everyone invited, registered or attending, by last name.
    ///
    /// ```swift
    /// let badges = try MailingLists.nameBadges(snapshot, meeting: MeetingID("M0004"))
    /// ```
    /// - Throws: ``ReportError/unknownMeeting(_:)`` when the snapshot has no such meeting.
    public static func nameBadges(_ snapshot: PartnershipSnapshot, meeting: MeetingID) throws -> ReportTable {
        guard snapshot.meetings.contains(where: { $0.id == meeting }) else { throw ReportError.unknownMeeting(meeting) }
        let index = SnapshotIndex(snapshot)
        let ids = Set(snapshot.participations.filter { $0.meeting == meeting }.compactMap(\.person))
        var table = ReportTable(header: badgeHeader)
        for person in index.sortedByLastName(ids) {
            let given = person.name.given ?? ""
            let organization = index.organizationName(of: person)
            // Badges print the name people go by large and the organization under it.
            table.rows.append([given, person.name.family ?? "", person.name.displayName, organization,
                               person.title ?? "", index.partnerKind(of: person).rawValue,
                               person.name.displayName, organization])
        }
        return table
    }
}

/// Problems a report can hit, saying what was asked for.
///
/// ```swift
/// do { _ = try MailingLists.nameBadges(snapshot, meeting: MeetingID("M0099")) }
/// catch ReportError.unknownMeeting(let id) { print("no meeting \(id)") }
/// ```
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case unknownMeeting(MeetingID)
    case noMeetings

    /// One line for the user, e.g. "no meeting M0099 in the workspace (see `convene meetings`)".
    public var description: String {
        switch self {
        case .unknownMeeting(let m): "no meeting \(m) in the workspace (see `convene meetings`)"
        case .noMeetings: "the workspace has no meetings yet"
        }
    }
}
