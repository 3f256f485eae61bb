/// A stable identifier for an organization, e.g. `O000042`.
///
/// ```swift
/// let id = OrganizationID("O000042")
/// print(id)   // O000042
/// ```
public struct OrganizationID: Hashable, TextIdentifier, Sendable, Comparable, CustomStringConvertible {
    /// The identifier as text, e.g. `O000042`.
    public var rawValue: String

    /// Wraps an identifier's text as it is.
    ///
    /// ```swift
    /// let acme = OrganizationID("O000042")
    /// ```
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The identifier's text (``rawValue``).
    public var description: String { rawValue }
    /// Orders identifiers by their text.
    ///
    /// ```swift
    /// [OrganizationID("O000042"), OrganizationID("O000007")].sorted()   // O000007, O000042
    /// ```
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// What kind of partner an organization is. Sector partnerships are business-led; everyone else is a
/// public partner of some kind.
///
/// ```swift
/// let kind = OrganizationKind.workforceBoard
/// kind.isPublicPartner   // true
/// kind.displayName       // "Workforce board"
/// ```
public enum OrganizationKind: String, Codable, Sendable, CaseIterable {
    /// A business: the partnership is led by these.
    case business
    /// A workforce development board.
    case workforceBoard = "workforce-board"
    /// A chamber of commerce.
    case chamber
    /// An economic development organization.
    case economicDevelopment = "economic-development"
    /// An industry or trade association.
    case industryAssociation = "industry-association"
    /// A college or university.
    case college
    /// A K-12 school or district.
    case k12
    /// A government agency.
    case government
    /// A community-based or nonprofit organization.
    case communityOrganization = "community-organization"
    /// Not known yet: neither a business nor a public partner until someone says (`convene classify`).
    case unknown

    /// True for every kind that is not a business (and not unknown).
    public var isPublicPartner: Bool { self != .business && self != .unknown }

    /// A human-readable name for reports: "Chamber of commerce", "K-12" …
    ///
    /// ```swift
    /// OrganizationKind.workforceBoard.displayName   // "Workforce board"
    /// ```
    public var displayName: String {
        switch self {
        case .business: "Business"
        case .workforceBoard: "Workforce board"
        case .chamber: "Chamber of commerce"
        case .economicDevelopment: "Economic development"
        case .industryAssociation: "Industry association"
        case .college: "College / university"
        case .k12: "K-12"
        case .government: "Government"
        case .communityOrganization: "Community organization"
        case .unknown: "Unknown"
        }
    }
}

/// An organization: business or public partner, with the key used to match name variants.
///
/// ```swift
/// let acme = Organization(id: OrganizationID("O000001"), name: "Acme Manufacturing", key: "acme manufacturing",
///                         kind: .business, domains: ["acme-mfg.example.com"])
/// acme.kind.isPublicPartner   // false
/// ```
public struct Organization: Hashable, Codable, Sendable, Identifiable {
    /// The organization's stable ID (`O000001`).
    public var id: OrganizationID
    /// The name as chosen for display.
    public var name: String
    /// Match key: no legal suffixes, punctuation, "The", &/and, abbreviations expanded ("acme manufacturing").
    public var key: String
    /// Business or which kind of public partner.
    public var kind: OrganizationKind
    /// True when a person set the kind by hand (`convene classify`); inference never overrides it.
    public var kindOverridden: Bool
    /// The website hosts and email domains of its source records, first seen first.
    public var domains: [String]
    /// Its website, if known.
    public var website: String?
    /// Its main phone number, if known.
    public var phone: String?
    /// Its address, if known.
    public var address: String?
    /// Every value seen for a field other than the chosen one, with where it came from (keyed by field name).
    public var alternates: [String: [Sourced<String>]]
    /// Every source record that named this organization.
    public var sources: [SourceRecord]

    /// An organization from its ID, display name and match key; the kind is unknown until inferred or set.
    ///
    /// ```swift
    /// let acme = Organization(id: OrganizationID("O000001"), name: "Acme Manufacturing, Inc.",
    ///                         key: "acme manufacturing", kind: .business)
    /// ```
    public init(id: OrganizationID, name: String, key: String, kind: OrganizationKind = .unknown,
                kindOverridden: Bool = false, domains: [String] = [], website: String? = nil, phone: String? = nil,
                address: String? = nil, alternates: [String: [Sourced<String>]] = [:], sources: [SourceRecord] = []) {
        self.id = id
        self.name = name
        self.key = key
        self.kind = kind
        self.kindOverridden = kindOverridden
        self.domains = domains
        self.website = website
        self.phone = phone
        self.address = address
        self.alternates = alternates
        self.sources = sources
    }
}

/// One organization as one source record describes it (a partner list row), for organization matching.
///
/// ```swift
/// let row = OrganizationRecord(source: SourceRecord(file: "partners.csv", record: 3), name: "Okafor Tool & Die",
///                              city: "Janesville", website: "okafor.example.com")
/// ```
public struct OrganizationRecord: Hashable, Codable, Sendable {
    /// The file and record it was read from.
    public var source: SourceRecord
    /// The organization's name as written.
    public var name: String
    /// The street line of its address.
    public var street: String?
    /// Its city.
    public var city: String?
    /// Its postal code.
    public var postalCode: String?
    /// Its phone number.
    public var phone: String?
    /// Its website.
    public var website: String?
    /// Its email address.
    public var email: String?

    /// A partner-list row from its source and name; the other fields are optional.
    ///
    /// ```swift
    /// let row = OrganizationRecord(source: SourceRecord(file: "partners.csv", record: 2), name: "Okafor Tool & Die",
    ///                              street: "120 Mill St", city: "Janesville")
    /// ```
    public init(source: SourceRecord, name: String, street: String? = nil, city: String? = nil,
                postalCode: String? = nil, phone: String? = nil, website: String? = nil, email: String? = nil) {
        self.source = source
        self.name = name
        self.street = street
        self.city = city
        self.postalCode = postalCode
        self.phone = phone
        self.website = website
        self.email = email
    }
}
