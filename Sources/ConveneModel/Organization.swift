/// A stable identifier for an organization, e.g. `O000042`.
public struct OrganizationID: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// What kind of partner an organization is. Sector partnerships are business-led; everyone else is a
/// public partner of some kind.
public enum OrganizationKind: String, Codable, Sendable, CaseIterable {
    case business
    case workforceBoard = "workforce-board"
    case chamber
    case economicDevelopment = "economic-development"
    case industryAssociation = "industry-association"
    case college
    case k12
    case government
    case communityOrganization = "community-organization"
    case unknown

    /// True for every kind that is not a business (and not unknown).
    public var isPublicPartner: Bool { self != .business && self != .unknown }

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
public struct Organization: Hashable, Codable, Sendable, Identifiable {
    public var id: OrganizationID
    public var name: String
    /// Match key: no legal suffixes, punctuation, "The", &/and, abbreviations expanded ("acme manufacturing").
    public var key: String
    public var kind: OrganizationKind
    /// True when a person set the kind by hand (`convene classify`); inference never overrides it.
    public var kindOverridden: Bool
    public var domains: [String]
    public var website: String?
    public var phone: String?
    public var address: String?
    public var alternates: [String: [Sourced<String>]]
    public var sources: [SourceRecord]

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
public struct OrganizationRecord: Hashable, Codable, Sendable {
    public var source: SourceRecord
    public var name: String
    public var street: String?
    public var city: String?
    public var postalCode: String?
    public var phone: String?
    public var website: String?
    public var email: String?

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
