import Foundation
import ConveneModel

/// What a comparison looks at and how its levels are computed.
///
/// Each kind yields a fixed, ordered list of levels (best first); level 0 is always "missing" (one side has no
/// value), which carries no weight, so every field is compared only where both records have it.
public enum ComparisonKind: String, Codable, Sendable, CaseIterable {
    /// Given names: exact / nickname / close Jaro-Winkler / initial only / different.
    case givenName
    /// Family names: exact / close Jaro-Winkler / somewhat close / initial only / different.
    case familyName
    /// Whole email: exact / same local part / close (typo) / different. Role and shared addresses count as missing.
    case email
    /// Phone: exact / same last seven digits / different.
    case phone
    /// Free text such as titles, cities, organization keys: exact / close / somewhat close / different.
    case text
    /// Street address: exact / close / same house number and similar street / different.
    case street
    /// Postal code: exact / same first three characters / different.
    case postalCode
    /// Date of birth (ISO): exact / one typo or swapped day-month / same year / different.
    case date
    /// Exact equality only: exact / different (websites, domains).
    case exact
}

/// One level of a comparison, with its Fellegi-Sunter probabilities.
///
/// `m` = P(level | same entity), `u` = P(level | different entities); the match weight is `log2(m/u)`.
public struct ComparisonLevel: Hashable, Codable, Sendable {
    public var label: String
    public var m: Double
    public var u: Double
    /// The missing level carries no evidence: its weight is 0 whatever m and u say.
    public var isNull: Bool
    /// Term-frequency adjusted (exact levels of name fields): common values weigh less than rare ones.
    public var tfAdjusted: Bool

    public init(label: String, m: Double, u: Double, isNull: Bool = false, tfAdjusted: Bool = false) {
        self.label = label
        self.m = m
        self.u = u
        self.isNull = isNull
        self.tfAdjusted = tfAdjusted
    }

    /// The match weight log2(m/u) (0 for the missing level).
    public var weight: Double { isNull ? 0 : MatchWeight.log2Ratio(m, u) }
}

/// A named comparison of one field: e.g. "first name" with levels exact / nickname / close / initial / different.
public struct Comparison: Hashable, Codable, Sendable {
    /// Display name, e.g. "first name".
    public var name: String
    /// The feature column it reads (see ``FeatureColumn``).
    public var column: FeatureColumn
    public var kind: ComparisonKind
    public var levels: [ComparisonLevel]

    public init(name: String, column: FeatureColumn, kind: ComparisonKind, levels: [ComparisonLevel]? = nil) {
        self.name = name
        self.column = column
        self.kind = kind
        self.levels = levels ?? Comparison.defaultLevels(for: kind, tf: column == .familyName || column == .givenName)
    }

    /// Default levels with prior m/u guesses used when the data is too small to estimate them.
    public static func defaultLevels(for kind: ComparisonKind, tf: Bool = false) -> [ComparisonLevel] {
        let null = ComparisonLevel(label: "missing", m: 1, u: 1, isNull: true)
        func l(_ label: String, _ m: Double, _ u: Double, tf: Bool = false) -> ComparisonLevel {
            ComparisonLevel(label: label, m: m, u: u, tfAdjusted: tf)
        }
        switch kind {
        case .givenName:
            return [null, l("exact", 0.80, 0.01, tf: tf), l("nickname", 0.06, 0.002), l("close", 0.06, 0.01),
                    l("initial only", 0.04, 0.05), l("different", 0.01, 0.928)]
        case .familyName:
            return [null, l("exact", 0.85, 0.005, tf: tf), l("close", 0.06, 0.005), l("somewhat close", 0.03, 0.02),
                    l("initial only", 0.02, 0.05), l("different", 0.04, 0.92)]
        case .email:
            return [null, l("exact", 0.75, 0.0005), l("same local part", 0.05, 0.0005), l("close", 0.08, 0.002),
                    l("different", 0.12, 0.997)]
        case .phone:
            return [null, l("exact", 0.80, 0.0005), l("same last 7 digits", 0.05, 0.001), l("different", 0.15, 0.9985)]
        case .text:
            return [null, l("exact", 0.75, 0.02), l("close", 0.10, 0.02), l("somewhat close", 0.05, 0.06),
                    l("different", 0.10, 0.90)]
        case .street:
            return [null, l("exact", 0.70, 0.002), l("close", 0.15, 0.005), l("same number, similar street", 0.05, 0.01),
                    l("different", 0.10, 0.983)]
        case .postalCode:
            return [null, l("exact", 0.85, 0.02), l("same prefix", 0.05, 0.1), l("different", 0.10, 0.88)]
        case .date:
            return [null, l("exact", 0.75, 0.001), l("one typo", 0.10, 0.01), l("same year", 0.05, 0.05),
                    l("different", 0.10, 0.939)]
        case .exact:
            return [null, l("exact", 0.85, 0.01), l("different", 0.15, 0.99)]
        }
    }
}

/// How a golden record picks the best value of a field among its sources.
public enum GoldenRecordPolicy: String, Codable, Sendable, CaseIterable {
    /// The value seen most often (ties: the most recent).
    case mostFrequent = "most-frequent"
    /// The value from the latest record (input order: later files and later records are more recent).
    case mostRecent = "most-recent"
    /// The longest, most informative value ("Robert J. Smith" over "Bob Smith").
    case mostComplete = "most-complete"
}

/// A blocking key: records sharing a key value become candidate pairs.
public enum BlockingKey: String, Codable, Sendable, CaseIterable {
    case email                       // any personal email, exact
    case phone                       // any phone, exact
    case phoneticSurnameFirstInitial // Soundex(family) + first initial
    case organizationSurname         // organization key + Soundex(family)
    case dateOfBirthInitial          // date of birth + first initial of given or family name
    case emailLocalPart              // email local part (work vs personal address of one person)
    case nameKey                     // organization name key (organizations)
    case nameToken                   // the rarest token of the organization name (organizations)
    case streetNumberPostal          // house number + postal code / first street token
    case website                     // website host
}

/// Conflicting strong evidence that keeps two clusters apart even if a chain of matches links them.
public enum ConflictRule: String, Codable, Sendable, CaseIterable {
    /// Both have personal (non-role, unshared) emails and none is shared, and both have organizations and none
    /// is the same.
    case differentEmailsAndOrganizations = "different-emails-and-organizations"
    /// Both have dates of birth and none is the same.
    case differentDatesOfBirth = "different-dates-of-birth"
    /// Both have street addresses with house numbers and none is the same: for organizations, another site.
    case differentStreetNumbers = "different-street-numbers"
    /// Both have organizations and none is the same or close, and they share no email or phone: two people of the
    /// same name at two organizations ("Jane Smith, Acme" and "Jane Smith, Beta").
    case differentOrganizationsWithoutSharedContact = "different-organizations-without-shared-contact"
}

/// Everything that defines a match run — comparisons, blocking, thresholds, estimated parameters.
///
/// One `Codable` value: saved with the results so any run can be reproduced and explained.
///
/// ```swift
/// var settings = MatchSettings.people()
/// settings.matchThreshold = 0.95
/// let result = Matcher.run(records: contacts, settings: settings, decisions: [])
/// let saved = try JSONEncoder().encode(result.settings)   // settings + trained m/u
/// ```
public struct MatchSettings: Hashable, Codable, Sendable {
    public var entity: MatchEntity
    public var comparisons: [Comparison]
    public var blockingKeys: [BlockingKey]
    /// Window of the sorted-neighbourhood pass (0 = off).
    public var sortedNeighbourhoodWindow: Int
    /// Blocks larger than this are not compared all-pairs; a windowed pass runs inside them instead.
    public var maxBlockSize: Int
    /// Posterior probability at or above which a pair is linked.
    public var matchThreshold: Double
    /// Pairs with probability in [reviewThreshold, matchThreshold) go to the review list.
    public var reviewThreshold: Double
    /// Prior probability that two records compared are one person (estimated from the data when
    /// `estimateParameters` and the input is large enough; the default 0.02 is deliberately cautious for small
    /// inputs, where a wrong merge costs more than a missed one).
    public var prior: Double
    /// Estimate u from random pairs and m by EM; false keeps the levels' m/u as given (e.g. loaded from a run).
    public var estimateParameters: Bool
    /// Number of random pairs sampled to estimate u.
    public var uSampleSize: Int
    public var emIterations: Int
    /// Records needed before estimation is trusted; below this the default m/u are used.
    public var minimumRecordsForEstimation: Int
    /// An email used by at least this many differently named records is a shared address (not evidence).
    public var sharedEmailNameCount: Int
    public var conflictRules: [ConflictRule]
    /// A cluster whose weakest link is below this probability is reported as weak.
    public var weakLinkProbability: Double
    /// Chaining guard: two multi-record clusters join only if the mean evidence (bits, prior excluded) of the
    /// record pairs between them is at least this; nil turns the check off.
    public var minimumAverageLinkWeight: Double?
    /// Every level weight is kept within ±this many bits, so a level almost never seen cannot dominate a score.
    public var weightLimit: Double
    public var goldenRecordPolicy: GoldenRecordPolicy
    /// Seed of every random choice (u sampling), so runs are reproducible.
    public var seed: UInt64

    public init(entity: MatchEntity, comparisons: [Comparison], blockingKeys: [BlockingKey],
                sortedNeighbourhoodWindow: Int = 4, maxBlockSize: Int = 40, matchThreshold: Double = 0.5,
                reviewThreshold: Double = 0.05, prior: Double = 0.02, estimateParameters: Bool = true,
                uSampleSize: Int = 300_000, emIterations: Int = 25, minimumRecordsForEstimation: Int = 200,
                sharedEmailNameCount: Int = 3,
                conflictRules: [ConflictRule] = [.differentEmailsAndOrganizations, .differentOrganizationsWithoutSharedContact],
                weakLinkProbability: Double = 0.97, minimumAverageLinkWeight: Double? = 3, weightLimit: Double = 10,
                goldenRecordPolicy: GoldenRecordPolicy = .mostFrequent,
                seed: UInt64 = 0x5EED) {
        self.entity = entity
        self.comparisons = comparisons
        self.blockingKeys = blockingKeys
        self.sortedNeighbourhoodWindow = sortedNeighbourhoodWindow
        self.maxBlockSize = maxBlockSize
        self.matchThreshold = matchThreshold
        self.reviewThreshold = reviewThreshold
        self.prior = prior
        self.estimateParameters = estimateParameters
        self.uSampleSize = uSampleSize
        self.emIterations = emIterations
        self.minimumRecordsForEstimation = minimumRecordsForEstimation
        self.sharedEmailNameCount = sharedEmailNameCount
        self.conflictRules = conflictRules
        self.weakLinkProbability = weakLinkProbability
        self.minimumAverageLinkWeight = minimumAverageLinkWeight
        self.weightLimit = weightLimit
        self.goldenRecordPolicy = goldenRecordPolicy
        self.seed = seed
    }

    /// The default settings for people (``ContactRecord``).
    public static func people() -> MatchSettings {
        MatchSettings(entity: .person, comparisons: [
            Comparison(name: "first name", column: .givenName, kind: .givenName),
            Comparison(name: "last name", column: .familyName, kind: .familyName),
            Comparison(name: "email", column: .email, kind: .email),
            Comparison(name: "phone", column: .phone, kind: .phone),
            Comparison(name: "organization", column: .organization, kind: .text),
            Comparison(name: "title", column: .title, kind: .text),
            Comparison(name: "street", column: .street, kind: .street),
            Comparison(name: "city", column: .city, kind: .text),
            Comparison(name: "postal code", column: .postalCode, kind: .postalCode),
            Comparison(name: "website", column: .website, kind: .exact),
            Comparison(name: "date of birth", column: .dateOfBirth, kind: .date),
        ], blockingKeys: [.email, .phone, .phoneticSurnameFirstInitial, .organizationSurname, .dateOfBirthInitial,
                          .emailLocalPart])
    }

    /// The default settings for organizations (``OrganizationRecord``).
    public static func organizations() -> MatchSettings {
        MatchSettings(entity: .organization, comparisons: [
            Comparison(name: "name", column: .organization, kind: .text),
            Comparison(name: "street", column: .street, kind: .street),
            Comparison(name: "city", column: .city, kind: .text),
            Comparison(name: "postal code", column: .postalCode, kind: .postalCode),
            Comparison(name: "phone", column: .phone, kind: .phone),
            Comparison(name: "website", column: .website, kind: .exact),
            Comparison(name: "email", column: .email, kind: .email),
        ], blockingKeys: [.nameKey, .nameToken, .phone, .streetNumberPostal, .website, .email],
        conflictRules: [.differentStreetNumbers])
    }
}

/// Whether a run links people or organizations.
public enum MatchEntity: String, Codable, Sendable {
    case person
    case organization
}

/// Helpers for match weights (log-odds in bits).
public enum MatchWeight {
    /// log2(m/u), guarded against zeros.
    public static func log2Ratio(_ m: Double, _ u: Double) -> Double {
        log2(max(m, 1e-9) / max(u, 1e-9))
    }
    /// The posterior probability of a total weight (prior already included).
    public static func probability(_ weight: Double) -> Double {
        let odds = pow(2, weight)
        return odds.isFinite ? odds / (1 + odds) : 1
    }
}
