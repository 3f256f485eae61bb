import ConveneModel
import Foundation

/// Lookups over a `PartnershipSnapshot` that every report needs: people and organizations by ID,
/// meetings in calendar order, and a person's partner kind.
///
/// ```swift
/// let index = SnapshotIndex(snapshot)
/// let person = index.peopleByID[PersonID("P000001")]!
/// print(index.organizationName(of: person), index.partnerKind(of: person))
/// ```
public struct SnapshotIndex: Sendable {
    /// The snapshot indexed.
    public let snapshot: PartnershipSnapshot
    /// Every person by ID.
    public let peopleByID: [PersonID: Person]
    /// Every organization by ID.
    public let organizationsByID: [OrganizationID: Organization]
    /// Meetings by date (undated meetings last), then by ID, so "earlier" and "previous" mean the calendar.
    public let meetingsInOrder: [Meeting]

    /// Indexes `snapshot`.
    ///
    /// ```swift
    /// let first = SnapshotIndex(snapshot).meetingsInOrder.first?.name
    /// ```
    public init(_ snapshot: PartnershipSnapshot) {
        self.snapshot = snapshot
        peopleByID = Dictionary(snapshot.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        organizationsByID = Dictionary(snapshot.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        meetingsInOrder = snapshot.meetings.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.id < b.id
            }
        }
    }

    /// The organization a person belongs to, by ID (the golden record's link).
    ///
    /// ```swift
    /// index.organization(of: person)?.kind   // .business
    /// ```
    public func organization(of person: Person) -> Organization? {
        person.organizationID.flatMap { organizationsByID[$0] }
    }

    /// Business, public partner or unknown, from the person's organization.
    ///
    /// ```swift
    /// index.partnerKind(of: person)   // .publicPartner for someone at the community college
    /// ```
    public func partnerKind(of person: Person) -> PartnerKind {
        guard let kind = organization(of: person)?.kind else { return .unknown }
        if kind == .business { return .business }
        return kind.isPublicPartner ? .publicPartner : .unknown
    }

    /// The organization name to show for a person: the linked organization, else the text on the record.
    ///
    /// ```swift
    /// index.organizationName(of: person)   // "Okafor Tool & Die"
    /// ```
    public func organizationName(of person: Person) -> String {
        organization(of: person)?.name ?? person.organization ?? ""
    }

    /// People sorted for lists and sign-in sheets: by last name, then first name, then ID.
    ///
    /// ```swift
    /// let roster = index.sortedByLastName(attendance.attended).map(\.name.displayName)
    /// ```
    public func sortedByLastName(_ ids: some Sequence<PersonID>) -> [Person] {
        ids.compactMap { peopleByID[$0] }.sorted(by: Self.lastNameOrder)
    }

    /// "Smith, Robert" order, ignoring case and accents (Éclair files under E), with the ID breaking ties so
    /// output is stable.
    ///
    /// ```swift
    /// let sorted = snapshot.people.sorted(by: SnapshotIndex.lastNameOrder)
    /// ```
    public static func lastNameOrder(_ a: Person, _ b: Person) -> Bool {
        let ka = sortKey(a.name.sortName), kb = sortKey(b.name.sortName)
        return ka != kb ? ka < kb : a.id < b.id
    }

    /// Case- and accent-folded text for alphabetical order.
    ///
    /// ```swift
    /// SnapshotIndex.sortKey("Éclair, Zoë")   // "eclair, zoe"
    /// ```
    public static func sortKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// Which side of the partnership a person sits on. Next Gen partnerships are business-led, so reports count
/// business leaders and public partners separately.
///
/// ```swift
/// let businessLeaders = FollowUps.list(for: snapshot).filter { $0.kind == .business }
/// ```
public enum PartnerKind: String, Sendable, CaseIterable, Codable {
    case business = "Business"
    case publicPartner = "Public partner"
    case unknown = "Unknown"
}
