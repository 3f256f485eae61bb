import Foundation

/// A stable identifier for a person (a golden record), e.g. `P000123`.
///
/// ```swift
/// let id = PersonID("P000123")
/// print(id)   // P000123
/// ```
public struct PersonID: Hashable, TextIdentifier, Sendable, Comparable, CustomStringConvertible {
    /// The identifier as text, e.g. `P000123`.
    public var rawValue: String

    /// Wraps an identifier's text as it is; nothing is checked.
    ///
    /// ```swift
    /// let id = PersonID("P000123")
    /// print(id)   // P000123
    /// ```
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The identifier's text (``rawValue``).
    public var description: String { rawValue }
    /// Orders identifiers as they were given: by their text, a shorter one first — the numbers are zero-padded to
    /// six digits, so `P000009` comes before `P000010`, and the millionth person's `P1000000` after `P999999`
    /// (as text alone it would come first, and pass for the oldest).
    ///
    /// ```swift
    /// [PersonID("P000010"), PersonID("P000009"), PersonID("P1000000"), PersonID("P999999")].sorted()
    /// // P000009, P000010, P999999, P1000000
    /// ```
    public static func < (a: Self, b: Self) -> Bool {
        a.rawValue.utf8.count != b.rawValue.utf8.count ? a.rawValue.utf8.count < b.rawValue.utf8.count : a.rawValue < b.rawValue
    }
}

/// One person as one source record describes them: normalized fields with the raw text kept.
///
/// This is the unit the importer produces and the matcher compares; a ``Person`` (golden record) gathers many.
///
/// ```swift
/// let record = ContactRecord(source: SourceRecord(file: "chamber-members.csv", record: 17),
///                            name: PersonName(raw: "Bob Smith", given: "Bob", family: "Smith"),
///                            emails: ["bob.smith@acme-mfg.example.com"], organization: "Acme Manufacturing")
/// ```
public struct ContactRecord: Hashable, Codable, Sendable {
    /// The file and data record this record was read from, with its raw cells.
    public var source: SourceRecord
    /// The name in parts, with the text as written in ``PersonName/raw``.
    public var name: PersonName
    /// Email addresses, normalized (trimmed, case-folded); the raw text stays in `source.raw`.
    public var emails: [String]
    /// Phone numbers: E.164 where parseable, else the digits.
    public var phones: [String]
    /// The organization as written (trimmed).
    public var organization: String?
    /// The job title as written.
    public var title: String?
    /// The street line of the address.
    public var street: String?
    /// The city or town.
    public var city: String?
    /// The state or province.
    public var region: String?
    /// The postal (ZIP) code.
    public var postalCode: String?
    /// The country as written.
    public var country: String?
    /// The website as written.
    public var website: String?
    /// The date of birth: ISO `yyyy-mm-dd` where parseable, else as written.
    public var dateOfBirth: String?
    /// Free-text notes from the source.
    public var notes: String?

    /// A record from its source and whatever fields that source had; every field but the source is optional.
    ///
    /// ```swift
    /// let record = ContactRecord(source: SourceRecord(file: "chamber.csv", record: 1),
    ///                            name: PersonName(raw: "Bob Smith", given: "Bob", family: "Smith"),
    ///                            emails: ["bob.smith@example.com"], organization: "Acme Manufacturing")
    /// ```
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
///
/// ```swift
/// let name = PersonName(raw: "ROBERT SMITH", given: "Robert", family: "Smith")
/// name.displayName   // "Robert Smith"
/// name.sortName      // "Smith, Robert"
/// ```
public struct PersonName: Hashable, Codable, Sendable {
    /// The name exactly as the source wrote it.
    public var raw: String
    /// "Dr.", "Ms." …, if any.
    public var honorific: String?
    /// The given (first) name.
    public var given: String?
    /// Middle names or initials ("J.").
    public var middle: String?
    /// The family name (surname).
    public var family: String?
    /// A generational suffix: "Jr.", "Sr.", "III".
    public var suffix: String?
    /// Credentials after the name ("PhD", "PE"): they are not generations.
    public var credentials: [String]

    /// A name from its parts. ConveneNormalize's `NameParser` builds these from raw text; this initializer takes the
    /// parts as they are.
    ///
    /// ```swift
    /// let name = PersonName(raw: "Smith, Robert J., PhD", given: "Robert", middle: "J.", family: "Smith",
    ///                       credentials: ["PhD"])
    /// name.displayName   // "Robert J. Smith"
    /// name.sortName      // "Smith, Robert"
    /// ```
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

    /// "Smith, Robert" — for sorted lists and sign-in sheets; a generational suffix follows the given name
    /// ("Kowalski, Richard Jr."), so a father and son on one sheet are told apart.
    public var sortName: String {
        let s = suffix.map { $0.isEmpty ? "" : " " + $0 } ?? ""
        switch (family?.isEmpty == false ? family : nil, given?.isEmpty == false ? given : nil) {
        case let (f?, g?): return "\(f), \(g)\(s)"
        case let (f?, nil): return f + s
        case let (nil, g?): return g + s
        default: return raw
        }
    }

    /// True when there is no given name, no family name and no raw text.
    public var isEmpty: Bool { (given ?? "").isEmpty && (family ?? "").isEmpty && raw.isEmpty }
}

/// A golden record: the best value per field, every other value kept with its source.
///
/// ```swift
/// let person = Person(id: PersonID("P000001"), name: PersonName(raw: "Robert Smith", given: "Robert", family: "Smith"),
///                     email: "rsmith@acme-mfg.example.com", organization: "Acme Manufacturing")
/// let otherEmails = person.alternates["email", default: []].map(\.value)
/// ```
public struct Person: Hashable, Codable, Sendable, Identifiable {
    /// The person's stable ID (`P000001`).
    public var id: PersonID
    /// The chosen name.
    public var name: PersonName
    /// The chosen email address.
    public var email: String?
    /// The chosen phone number.
    public var phone: String?
    /// The chosen organization name.
    public var organization: String?
    /// The workspace organization whose match key is this person's ``organization``'s; nil outside a workspace.
    public var organizationID: OrganizationID?
    /// The chosen job title.
    public var title: String?
    /// The chosen city.
    public var city: String?
    /// The mailing address's street line. The street, ``city``, ``region``, ``postalCode`` and ``country`` are
    /// one place: where a street was chosen, the others come from the records that give that street.
    public var street: String?
    /// The mailing address's state or province.
    public var region: String?
    /// The mailing address's postal (ZIP) code.
    public var postalCode: String?
    /// The mailing address's country, as written.
    public var country: String?
    /// Every value seen for a field other than the chosen one, with where it came from. Keyed by field name
    /// ("email", "phone", "organization", "title", "name", …). Each names its record (file, number, line,
    /// kind); the record's raw cells are in ``sources``, once per record.
    public var alternates: [String: [Sourced<String>]]
    /// Every source record merged into this person.
    public var sources: [SourceRecord]

    /// A golden record from its chosen values; the match engine's survivorship step builds these from clusters.
    ///
    /// ```swift
    /// let person = Person(id: PersonID("P000001"), name: PersonName(raw: "Robert Smith", given: "Robert", family: "Smith"),
    ///                     email: "rsmith@acme-mfg.example.com",
    ///                     alternates: ["email": [Sourced("bob.smith@gmail.example.com", raw: "Bob.Smith@gmail.example.com")]])
    /// ```
    public init(id: PersonID, name: PersonName, email: String? = nil, phone: String? = nil, organization: String? = nil,
                organizationID: OrganizationID? = nil, title: String? = nil, city: String? = nil,
                street: String? = nil, region: String? = nil, postalCode: String? = nil, country: String? = nil,
                alternates: [String: [Sourced<String>]] = [:], sources: [SourceRecord] = []) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.organization = organization
        self.organizationID = organizationID
        self.title = title
        self.city = city
        self.street = street
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.alternates = alternates
        self.sources = sources
    }
}
