import Foundation
import ConveneModel

/// How a golden record picks the best value of a field among its sources.
///
/// ```swift
/// var settings = MatchSettings.people()
/// settings.goldenRecordPolicy = .mostRecent   // convene merge --policy most-recent
/// ```
public enum GoldenRecordPolicy: String, Codable, Sendable, CaseIterable {
    /// The value seen most often. Ties: the one that says more (a work email over a free-mail one, the longer
    /// organization or title, a whole given name over an initial and the formal name over a short form of it),
    /// then the most recent. Under every policy the name keeps a generational suffix its records agree on.
    case mostFrequent = "most-frequent"
    /// The value from the latest record (input order: later files and later records are more recent).
    case mostRecent = "most-recent"
    /// The longest, most informative value ("Robert J. Smith" over "Bob Smith").
    case mostComplete = "most-complete"
}

/// A blocking key: records sharing a key value become candidate pairs.
///
/// ```swift
/// var settings = MatchSettings.people()
/// settings.blockingKeys.removeAll { $0 == .emailLocalPart }
/// ```
public enum BlockingKey: String, Codable, Sendable, CaseIterable {
    case email                       // any personal email, exact
    case phone                       // any phone, exact
    case phoneticSurnameFirstInitial // Soundex(family) + first initial, and the same with the names swapped
    case organizationSurname         // organization key + Soundex(family)
    case dateOfBirthInitial          // date of birth + first initial of given or family name, or + postal code
    case emailLocalPart              // email local part (work vs personal address of one person)
    case nameKey                     // organization name key (organizations)
    case nameToken                   // the first two words of the organization name key (organizations)
    case streetNumberPostal          // house number + the first letters of the street name, or + postal code
    case website                     // website host
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
    /// Whether the run links people or organizations.
    public var entity: MatchEntity
    /// The comparisons a pair is scored on, each with its levels' m and u.
    public var comparisons: [Comparison]
    /// The keys that propose candidate pairs.
    public var blockingKeys: [BlockingKey]
    /// Window of the sorted-neighbourhood pass (0 = off).
    public var sortedNeighbourhoodWindow: Int
    /// Blocks larger than this are not compared all-pairs; a windowed pass runs inside them instead.
    public var maxBlockSize: Int
    /// Posterior probability at or above which a pair is linked.
    public var matchThreshold: Double
    /// Pairs with probability in [reviewThreshold, matchThreshold) may go to the review queue.
    public var reviewThreshold: Double
    /// The lowest probability the review queue asks about, when it should ask less than ``reviewThreshold``
    /// says — which also holds clearly different records apart in clustering, so cannot be raised for that. A
    /// workspace's first import and rebuild cluster as `merge` does but ask only its band (from 0.5), and the
    /// queue keeps at most 5,000 questions: filtered afterwards, questions of that band would be crowded out.
    /// nil: ``reviewThreshold``.
    ///
    /// ```swift
    /// var settings = MatchSettings.people()
    /// settings.questionFloor = 0.5     // cluster as merge does, ask only from 0.5
    /// ```
    public var questionFloor: Double?
    /// Prior probability that two records compared are one person (estimated from the data when
    /// `estimateParameters` and the input holds enough repeated identifiers; the default 0.02 is deliberately
    /// cautious for small inputs, where a wrong merge costs more than a missed one).
    public var prior: Double
    /// Estimate u from random pairs and m by EM; false keeps the levels' m/u as given (e.g. loaded from a run).
    public var estimateParameters: Bool
    /// Number of random pairs sampled to estimate u.
    public var uSampleSize: Int
    /// Expectation-maximization iterations per training session.
    public var emIterations: Int
    /// Records needed before estimation is tried; below this the default m/u are used.
    public var minimumRecordsForEstimation: Int
    /// Candidate pairs that the default parameters already call near-certain matches (p ≥ 0.99) needed before
    /// estimation is trusted: EM learns what a match looks like from the matches in the data, and an input of
    /// distinct people has none to show it.
    public var minimumConfidentPairsForEstimation: Int
    /// An email, phone or street used by records naming at least this many clearly different people is shared:
    /// agreeing on it is its own weak level.
    public var sharedIdentifierPeople: Int
    /// Cannot-link floor: two clusters do not join when a pair of records across them is below the match
    /// threshold *and* carries a level weighing at or below this (bits) — strong negative evidence such as
    /// conflicting generational suffixes, or a different given name where the input shows names are rarely
    /// mistyped. The records kept apart go to the review queue with the pair that held them apart.
    public var cannotLinkWeight: Double
    /// A cluster whose weakest link is below this probability is reported as weak.
    public var weakLinkProbability: Double
    /// Every level weight is kept within ±this many bits, so a level almost never seen cannot dominate a score.
    public var weightLimit: Double
    /// Term-frequency corrections (name, full name) are kept within ±this many bits.
    public var termFrequencyLimit: Double
    /// How a golden record picks each field's value among its records.
    public var goldenRecordPolicy: GoldenRecordPolicy
    /// Seed of every random choice (u sampling), so runs are reproducible.
    public var seed: UInt64

    /// Settings from their comparisons and blocking keys; every other setting has the documented default. Most
    /// callers start from ``people()`` or ``organizations()`` and change what they need.
    ///
    /// ```swift
    /// let settings = MatchSettings(entity: .person,
    ///                              comparisons: [Comparison(name: "email", column: .email, kind: .email)],
    ///                              blockingKeys: [.email], estimateParameters: false)
    /// ```
    public init(entity: MatchEntity, comparisons: [Comparison], blockingKeys: [BlockingKey],
                sortedNeighbourhoodWindow: Int = 2, maxBlockSize: Int = 20, matchThreshold: Double = 0.5,
                reviewThreshold: Double = 0.05, prior: Double = 0.02, estimateParameters: Bool = true,
                uSampleSize: Int = 300_000, emIterations: Int = 25, minimumRecordsForEstimation: Int = 200,
                minimumConfidentPairsForEstimation: Int = 20, sharedIdentifierPeople: Int = 2,
                cannotLinkWeight: Double = -4, weakLinkProbability: Double = 0.97, weightLimit: Double = 10,
                termFrequencyLimit: Double = 6, goldenRecordPolicy: GoldenRecordPolicy = .mostFrequent,
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
        self.minimumConfidentPairsForEstimation = minimumConfidentPairsForEstimation
        self.sharedIdentifierPeople = sharedIdentifierPeople
        self.cannotLinkWeight = cannotLinkWeight
        self.weakLinkProbability = weakLinkProbability
        self.weightLimit = weightLimit
        self.termFrequencyLimit = termFrequencyLimit
        self.goldenRecordPolicy = goldenRecordPolicy
        self.seed = seed
    }

    /// The default settings for people (`ContactRecord`): one configuration for every input.
    ///
    /// The organization is weak evidence either way (people change jobs and hold two); a title says what the data
    /// says it adds beside the organization, same or another.
    ///
    /// ```swift
    /// var settings = MatchSettings.people()
    /// settings.matchThreshold = 0.95
    /// let result = Matcher.run(records: contacts, settings: settings)
    /// ```
    public static func people() -> MatchSettings {
        MatchSettings(entity: .person, comparisons: [
            Comparison(name: "first name", column: .givenName, kind: .givenName),
            Comparison(name: "last name", column: .familyName, kind: .familyName),
            Comparison(name: "suffix", column: .suffix, kind: .generation),
            Comparison(name: "email", column: .email, kind: .email),
            Comparison(name: "phone", column: .phone, kind: .phone),
            Comparison(name: "organization", column: .organization, kind: .text)
                .bounding("exact", minimum: 0, maximum: 4).bounding("close", minimum: 0, maximum: 3)
                .bounding("different", minimum: -2, maximum: 0).termFrequencyAdjusted().covering("exact").covering("close"),
            // A title is the job's, not the person's: colleagues share one, and a new job brings another. So its
            // agreement weighs what the data says it adds at the same organization (colleagues with one title) and
            // at another (a job changer who kept the title, or a namesake who has it), its plain weight only where
            // an organization is missing; and given another organization, another title says little more.
            // Untrained, it weighs +2 bits alone, beside the same organization and beside another, as a bound once
            // held it.
            Comparison(name: "title", column: .title, kind: .text, coveredBy: [.organization])
                .untrained("exact", m: 0.75, u: 0.1875)
                .bounding("close", minimum: 0, maximum: 1.5)
                .bounding("different", minimum: -1, maximum: 0)
                .untrained("exact", beside: .organization, m: 0.75, u: 0.1875)
                .agreementIfCoverDiffers("exact").agreementIfCoverDiffers("close").agreementIfCoverDiffers("somewhat close")
                .ifCoverDiffers("different"),
            Comparison(name: "street", column: .street, kind: .street),
            Comparison(name: "city", column: .city, kind: .text, levels: [
                ComparisonLevel(label: "missing", m: 1, u: 1, isNull: true),
                // Regional lists: a city is shared by many (u well above a random name's).
                ComparisonLevel(label: "exact", m: 0.80, u: 0.15, minimumWeight: 0),
                ComparisonLevel(label: "close", m: 0.08, u: 0.03, minimumWeight: 0),
                ComparisonLevel(label: "somewhat close", m: 0.04, u: 0.06),
                ComparisonLevel(label: "different", m: 0.08, u: 0.76, maximumWeight: 0),
            ], coveredBy: [.postalCode, .street])
                // A move, or a home and a work address, changes street and city together: given another street
                // or postal code, another city says less (how much less, the data says).
                .agreementIfCoverDiffers("somewhat close").ifCoverDiffers("different"),
            Comparison(name: "postal code", column: .postalCode, kind: .postalCode, coveredBy: [.street])
                .agreementIfCoverDiffers("same prefix").ifCoverDiffers("different"),
            Comparison(name: "website", column: .website, kind: .exact),
            Comparison(name: "date of birth", column: .dateOfBirth, kind: .date),
        ], blockingKeys: [.email, .phone, .phoneticSurnameFirstInitial, .organizationSurname, .dateOfBirthInitial,
                          .emailLocalPart, .streetNumberPostal])
    }

    /// The default settings for organizations (`OrganizationRecord`). Another house number is strong
    /// evidence of another site of the same organization.
    ///
    /// ```swift
    /// let result = Matcher.run(organizations: partners, settings: .organizations())
    /// ```
    public static func organizations() -> MatchSettings {
        MatchSettings(entity: .organization, comparisons: [
            Comparison(name: "name", column: .organization, kind: .text),
            Comparison(name: "street", column: .street, kind: .street)
                .bounding("different", maximum: -6, holdsApart: true),
            Comparison(name: "city", column: .city, kind: .text),
            Comparison(name: "postal code", column: .postalCode, kind: .postalCode),
            Comparison(name: "phone", column: .phone, kind: .phone),
            Comparison(name: "website", column: .website, kind: .exact),
            Comparison(name: "email", column: .email, kind: .email),
        ], blockingKeys: [.nameKey, .nameToken, .phone, .streetNumberPostal, .website, .email], sharedIdentifierPeople: 0)
    }
}

/// Whether a run links people or organizations.
///
/// ```swift
/// MatchSettings.organizations().entity   // .organization
/// ```
public enum MatchEntity: String, Codable, Sendable {
    case person
    case organization
}

/// Helpers for match weights (log-odds in bits).
///
/// ```swift
/// let weight = MatchWeight.log2Ratio(0.9, 0.01)   // ≈ 6.49 bits
/// let probability = MatchWeight.probability(weight)
/// ```
public enum MatchWeight {
    /// log2(m/u), guarded against zeros.
    ///
    /// ```swift
    /// MatchWeight.log2Ratio(0.5, 0.125)   // 2.0
    /// ```
    public static func log2Ratio(_ m: Double, _ u: Double) -> Double {
        log2(max(m, 1e-9) / max(u, 1e-9))
    }
    /// The posterior probability of a total weight (prior already included).
    ///
    /// ```swift
    /// MatchWeight.probability(0)    // 0.5
    /// MatchWeight.probability(10)   // ≈ 0.999
    /// ```
    public static func probability(_ weight: Double) -> Double {
        let odds = pow(2, weight)
        return odds.isFinite ? odds / (1 + odds) : 1
    }
}
