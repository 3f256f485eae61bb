import Foundation

/// A stable identifier for a person (a golden record), e.g. `P000123`.
public struct PersonID: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One person as one source record describes them: normalized fields with the raw text kept.
///
/// This is the unit the importer produces and the matcher compares; a ``Person`` (golden record) gathers many.
public struct ContactRecord: Hashable, Codable, Sendable {
    public var source: SourceRecord
    public var name: PersonName
    public var emails: [String]          // normalized (trimmed, case-folded); raw kept in `source.raw`
    public var phones: [String]          // E.164 where parseable, else digits
    public var organization: String?     // as written (trimmed)
    public var title: String?
    public var street: String?
    public var city: String?
    public var region: String?           // state / province
    public var postalCode: String?
    public var country: String?
    public var website: String?
    public var dateOfBirth: String?      // ISO yyyy-mm-dd where parseable
    public var notes: String?

    public init(source: SourceRecord, name: PersonName = PersonName(), emails: [String] = [], phones: [String] = [],
                organization: String? = nil, title: String? = nil, street: String? = nil, city: String? = nil,
                region: String? = nil, postalCode: String? = nil, country: String? = nil, website: String? = nil,
                dateOfBirth: String? = nil, notes: String? = nil) {
        self.source = source
        self.name = name
        self.emails = emails
        self.phones = phones
        self.organization = organization
        self.title = title
        self.street = street
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.website = website
        self.dateOfBirth = dateOfBirth
        self.notes = notes
    }
}

/// A person's name in parts. `raw` is the text as the source wrote it ("Smith, Robert J., PhD").
public struct PersonName: Hashable, Codable, Sendable {
    public var raw: String
    public var honorific: String?
    public var given: String?
    public var middle: String?
    public var family: String?
    public var suffix: String?
    public var credentials: [String]

    public init(raw: String = "", honorific: String? = nil, given: String? = nil, middle: String? = nil,
                family: String? = nil, suffix: String? = nil, credentials: [String] = []) {
        self.raw = raw
        self.honorific = honorific
        self.given = given
        self.middle = middle
        self.family = family
        self.suffix = suffix
        self.credentials = credentials
    }

    /// "Robert J. Smith Jr." — for display.
    public var displayName: String {
        let parts = [given, middle, family, suffix].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? raw : parts.joined(separator: " ")
    }

    /// "Smith, Robert" — for sorted lists and sign-in sheets.
    public var sortName: String {
        switch (family?.isEmpty == false ? family : nil, given?.isEmpty == false ? given : nil) {
        case let (f?, g?): "\(f), \(g)"
        case let (f?, nil): f
        case let (nil, g?): g
        default: raw
        }
    }

    public var isEmpty: Bool { (given ?? "").isEmpty && (family ?? "").isEmpty && raw.isEmpty }
}

/// A golden record: the best value per field, every other value kept with its source.
public struct Person: Hashable, Codable, Sendable, Identifiable {
    public var id: PersonID
    public var name: PersonName
    public var email: String?
    public var phone: String?
    public var organization: String?
    public var organizationID: OrganizationID?
    public var title: String?
    public var city: String?
    /// Every value seen for a field other than the chosen one, with where it came from. Keyed by field name
    /// ("email", "phone", "organization", "title", "name", …).
    public var alternates: [String: [Sourced<String>]]
    /// Every source record merged into this person.
    public var sources: [SourceRecord]

    public init(id: PersonID, name: PersonName, email: String? = nil, phone: String? = nil, organization: String? = nil,
                organizationID: OrganizationID? = nil, title: String? = nil, city: String? = nil,
                alternates: [String: [Sourced<String>]] = [:], sources: [SourceRecord] = []) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.organization = organization
        self.organizationID = organizationID
        self.title = title
        self.city = city
        self.alternates = alternates
        self.sources = sources
    }
}
