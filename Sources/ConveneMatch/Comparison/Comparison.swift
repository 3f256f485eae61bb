import Foundation

/// What a comparison looks at and how its levels are computed.
///
/// Each kind yields a fixed, ordered list of levels (strongest agreement first, "different" last — for an email,
/// "numbered apart", a stronger disagreement, comes after it); level 0 is
/// always "missing" (one side has no value), which carries no weight, so every field is compared only where both
/// records have it.
///
/// ```swift
/// let city = Comparison(name: "city", column: .city, kind: .text)
/// city.levels.map(\.label)   // ["missing", …, "different"]
/// ```
public enum ComparisonKind: String, Codable, Sendable, CaseIterable {
    /// Given names: exact / nickname / close Jaro-Winkler / typo or scrambled letters / initial only / different.
    case givenName
    /// Family names: exact / close Jaro-Winkler / somewhat close / initial only / different.
    case familyName
    /// Whole email: exact / same local part / close (typo) / shared address / different / numbered apart (two
    /// accounts an employer numbered for namesakes, mjones@ and mjones2@).
    case email
    /// Phone: exact / same last seven digits / shared line / same line, other extension / different.
    case phone
    /// Free text such as titles, cities, organization keys: exact / close / somewhat close / different.
    case text
    /// Street address: exact / close / same house number and similar street / shared address / different.
    case street
    /// Postal code: exact / same first three characters / different.
    case postalCode
    /// Date of birth (ISO): exact / one typo or swapped day-month / same year / different.
    case date
    /// Exact equality only: exact / different (websites, domains).
    case exact
    /// Generational suffix (Sr., Jr., II, III): same / conflict. Only compared when both records carry one.
    case generation
}

/// One level of a comparison, with its Fellegi-Sunter probabilities and the bounds its weight is kept within.
///
/// `m` = P(level | same entity), `u` = P(level | different entities); the match weight is `log2(m/u)`.
///
/// Training estimates m and u from the data; the bounds are what the data may not overrule. They are evidence
/// about people in general, not about one input: a different given name is strong evidence against a match
/// (`maximumWeight` −4 bits), a different organization only weak evidence (people change jobs: −2…0), an email
/// shared by clearly different people only weak evidence for one (0…+2). A level without bounds is free.
///
/// ```swift
/// let different = ComparisonLevel(label: "different", m: 0.01, u: 0.93, maximumWeight: -4)
/// different.weight   // log2(0.01 / 0.93) ≈ −6.5
/// ```
public struct ComparisonLevel: Hashable, Codable, Sendable {
    /// The level's name as explanations show it ("exact", "nickname", "different").
    public var label: String
    /// P(this level | the records are one person).
    public var m: Double
    /// P(this level | the records are different people).
    public var u: Double
    /// The missing level carries no evidence: its weight is 0 whatever m and u say.
    public var isNull: Bool
    /// Term-frequency adjusted (exact levels of name fields): common values weigh less than rare ones.
    public var tfAdjusted: Bool
    /// The weight training may not go below (bits), if any.
    public var minimumWeight: Double?
    /// The weight training may not go above (bits), if any.
    public var maximumWeight: Double?
    /// This disagreement can mean "another person" — a different given name, conflicting suffixes, another date
    /// of birth — so, when it weighs at or below ``MatchSettings/cannotLinkWeight`` in this input, it holds
    /// clusters apart. A surname, email, phone or employer can change for one person and never does.
    public var canHoldApart: Bool?
    /// This agreement says "the same address" (an exact, close or shared street; an exact postal code) or "the same
    /// employer" (an exact or close organization), so the comparisons it covers (``Comparison/coveredBy``) weigh
    /// only what they add beside it (``ComparisonLevel/weightIfCoverAgrees(_:limit:)``).
    public var coversOthers: Bool?
    /// Comparisons that, when all agree at a covering level, already say what this agreement would: an email
    /// local part "linda.ortiz" at two domains says no more than "Linda" = "Linda" and "Ortiz" = "Ortiz" do —
    /// every Linda Ortiz has that local part somewhere.
    public var coveredByAll: [FeatureColumn]?
    /// The weight this agreement may reach past ``MatchSettings/weightLimit`` (bits), if any. The limit keeps an
    /// identifier that people share — a household phone, a site's address, an inbox — from deciding a score on
    /// its own; a date of birth is a person's own, and so is an email address or phone number that reaches
    /// "exact" (a shared one is scored at "shared address" or "shared line"): their exact agreement may say more.
    public var ceiling: Double?
    /// P(this level | one person, a comparison covering this one — ``Comparison/coveredBy`` — is "different"):
    /// nested fields change together (a move changes street, city and postal code at once; a new job the
    /// organization and title), so their disagreements — and, where ``agreementIsConditional`` says so, their
    /// agreements — are not independent evidence. Estimated from the data like m; nil where the level is never
    /// scored that way (its plain weight then applies).
    public var mIfCoverDiffers: Double?
    /// P(this level | different people, a covering comparison is "different"), from random pairs like u.
    public var uIfCoverDiffers: Double?
    /// What this agreement says once a covering comparison (``Comparison/coveredBy``) agrees, per covering
    /// field: m and u among the pairs whose first values of that field are the same, estimated from the data (see
    /// ``weightIfCoverAgrees(_:limit:)``). Nil until training estimates it: the agreement then weighs 0.
    public var ifCoverAgrees: [CoverAgreement]?
    /// This agreement, too, weighs its conditional weight (``weightIfCoverDiffers(limit:)``) wherever a comparison
    /// covering it (or that it changes with) is present on both records without agreeing at a covering level: the
    /// same title at another employer is a job changer who kept it or a namesake who has it, and says what the
    /// data shows of those, not what a title says on its own. Nil (the default, and every model saved before):
    /// an agreement keeps its plain weight whatever the covering field says.
    public var agreementIsConditional: Bool?

    /// A level from its label, m and u, and optionally its bounds; it holds nothing apart and covers nothing.
    ///
    /// ```swift
    /// let exact = ComparisonLevel(label: "exact", m: 0.80, u: 0.15, minimumWeight: 0)
    /// exact.weight   // log2(0.80 / 0.15) ≈ +2.42
    /// ```
    public init(label: String, m: Double, u: Double, isNull: Bool = false, tfAdjusted: Bool = false,
                minimumWeight: Double? = nil, maximumWeight: Double? = nil) {
        self.label = label
        self.m = m
        self.u = u
        self.isNull = isNull
        self.tfAdjusted = tfAdjusted
        self.minimumWeight = minimumWeight
        self.maximumWeight = maximumWeight
    }

    /// The match weight log2(m/u) (0 for the missing level).
    public var weight: Double { isNull ? 0 : MatchWeight.log2Ratio(m, u) }

    /// The weight a score uses: within the level's bounds, and within ±`limit` bits except where those bounds
    /// reach past it (a suffix conflict may weigh −12 bits or less). Training keeps m within the bounds already;
    /// the bounds hold here too where m's floor (10⁻⁹) cannot reach them — accounts numbered apart are seen in
    /// perhaps 3 of a million random pairs, and −20 bits needs an m of 10⁻¹².
    ///
    /// ```swift
    /// let level = ComparisonLevel(label: "exact", m: 0.95, u: 0.0001)
    /// level.weight                           // ≈ 13.2 bits
    /// level.effectiveWeight(limit: 10)       // 10: capped
    /// ```
    public func effectiveWeight(limit: Double) -> Double {
        let floor = (maximumWeight ?? 0) < -limit ? maximumWeight! - limit : -limit
        var top = (minimumWeight ?? 0) > limit ? minimumWeight! + limit : limit
        if let ceiling, ceiling > top { top = ceiling }
        var w = weight
        if !isNull, let hi = maximumWeight, w > hi { w = hi }
        if !isNull, let lo = minimumWeight, w < lo { w = lo }
        return min(top, max(floor, w))
    }

    /// The weight of this level when a comparison covering it (or that it changes with) is "different": log2 of
    /// the conditional m and u, kept between the plain weight (never stronger than counting it as independent)
    /// and 0 (a disagreement is never evidence for a match, an agreement never against). The plain weight when no
    /// conditional m and u are set, and for an agreement unless ``agreementIsConditional``.
    ///
    /// ```swift
    /// var city = ComparisonLevel(label: "different", m: 0.08, u: 0.76)
    /// city.mIfCoverDiffers = 0.5; city.uIfCoverDiffers = 0.85
    /// city.weightIfCoverDiffers(limit: 10)   // ≈ −0.77, where the plain weight is ≈ −3.25
    ///
    /// // The same title at another employer: a job changer seldom keeps it, a namesake seldom has it.
    /// var title = ComparisonLevel(label: "exact", m: 0.71, u: 0.0155)
    /// title.mIfCoverDiffers = 0.024; title.uIfCoverDiffers = 0.0147; title.agreementIsConditional = true
    /// title.weightIfCoverDiffers(limit: 10)  // ≈ +0.71, where the plain weight is ≈ +5.52
    /// ```
    public func weightIfCoverDiffers(limit: Double) -> Double {
        let plain = effectiveWeight(limit: limit)
        guard let cm = mIfCoverDiffers, let cu = uIfCoverDiffers, !isNull else { return plain }
        let conditional = MatchWeight.log2Ratio(cm, cu)
        if plain < 0 { return min(0, max(plain, conditional)) }
        return agreementIsConditional == true ? max(0, min(plain, conditional)) : plain
    }

    /// The weight of this agreement when `column`, a comparison covering it, agrees: log2 of m and u among the
    /// pairs that share `column`'s value (``ifCoverAgrees``), kept between 0 (it says nothing new) and the plain
    /// weight (never more than counted as independent). 0 when the data has not said.
    ///
    /// Whether a shared address makes a shared city or postal code redundant depends on who shares addresses.
    /// In a roster of households and office sites, strangers with one street have one city (a household, a
    /// site), and the city adds nothing. In a list typed with independent errors, strangers with one street are
    /// coincidences in different towns, and the city still tells one person from two.
    ///
    /// ```swift
    /// var city = ComparisonLevel(label: "exact", m: 0.63, u: 0.0012)
    /// city.weightIfCoverAgrees(.street, limit: 10)          // 0: not estimated
    /// city.ifCoverAgrees = [CoverAgreement(column: .street, m: 0.63, u: 0.01)]
    /// city.weightIfCoverAgrees(.street, limit: 10)          // ≈ +5.98
    /// ```
    public func weightIfCoverAgrees(_ column: FeatureColumn, limit: Double) -> Double {
        let plain = effectiveWeight(limit: limit)
        guard !isNull, plain > 0, let c = ifCoverAgrees?.first(where: { $0.column == column }) else { return 0 }
        return max(0, min(plain, MatchWeight.log2Ratio(c.m, c.u)))
    }

    /// The weight this level is scored with: its conditional weight when a comparison covering it (or that it
    /// changes with) is "different" (`coverDiffers`), its plain weight otherwise. Scoring and training both ask
    /// this.
    func weight(limit: Double, coverDiffers: Bool) -> Double {
        coverDiffers ? weightIfCoverDiffers(limit: limit) : effectiveWeight(limit: limit)
    }

    /// Moves m so that the weight lies within the bounds (u is what random pairs show; m is the estimate).
    mutating func clampToBounds() {
        guard !isNull else { return }
        let w = weight
        if let lo = minimumWeight, w < lo { m = min(1, max(u, 1e-9) * pow(2, lo)) }
        if let hi = maximumWeight, w > hi { m = max(1e-9, max(u, 1e-9) * pow(2, hi)) }
    }
}

/// What an agreement says among the pairs that share a covering field's value (``ComparisonLevel/ifCoverAgrees``):
/// P(the level | one person, `column` agrees) and P(the level | different people, `column` agrees).
///
/// ```swift
/// let givenStreet = CoverAgreement(column: .street, m: 0.77, u: 0.006)   // a postal code beside the same street
/// ```
public struct CoverAgreement: Hashable, Codable, Sendable {
    /// The covering field whose agreement the pairs share.
    public var column: FeatureColumn
    /// P(this level | one person, `column` agrees).
    public var m: Double
    /// P(this level | different people, `column` agrees).
    public var u: Double

    /// The m and u of a level among the pairs that share `column`'s value.
    ///
    /// ```swift
    /// var postal = ComparisonLevel(label: "exact", m: 0.77, u: 0.0013)
    /// postal.ifCoverAgrees = [CoverAgreement(column: .street, m: 0.77, u: 0.77)]   // a household's: adds nothing
    /// ```
    public init(column: FeatureColumn, m: Double, u: Double) {
        self.column = column
        self.m = m
        self.u = u
    }
}

/// A named comparison of one field: e.g. "first name" with levels exact / nickname / close / initial / different.
///
/// ```swift
/// let firstName = Comparison(name: "first name", column: .givenName, kind: .givenName)
/// firstName.levels.map(\.label)
/// // ["missing", "exact", "nickname", "close", "typo or scrambled", "initial only", "different"]
/// ```
public struct Comparison: Hashable, Codable, Sendable {
    /// Display name, e.g. "first name".
    public var name: String
    /// The feature column it reads (see ``FeatureColumn``).
    public var column: FeatureColumn
    /// How its levels are computed.
    public var kind: ComparisonKind
    /// Its levels, "missing" first, then the strongest agreement down to "different" (and for an email the
    /// stronger disagreement "numbered apart").
    public var levels: [ComparisonLevel]
    /// Fields whose agreement already says part of what this one's would: a city adds little once the postal code
    /// or street agrees (they are parts of one address, and a household shares all three), a title little once
    /// the organization agrees where colleagues share titles. When one of them agrees at a covering level
    /// (``ComparisonLevel/coversOthers``), this comparison's agreement weighs what it adds beside it, as the data
    /// says (``ComparisonLevel/weightIfCoverAgrees(_:limit:)``; 0 where nothing was estimated); its disagreement
    /// still counts.
    public var coveredBy: [FeatureColumn]
    /// Fields whose change this one's often comes with, without their agreement saying what this one's would: a
    /// new job brings another organization, title, work email and desk phone at once. When one of them (or of
    /// ``coveredBy``) is "different", this comparison's disagreement weighs its conditional weight
    /// (``ComparisonLevel/mIfCoverDiffers``), and so does an agreement that asks for it
    /// (``ComparisonLevel/agreementIsConditional``) wherever one of them is present without agreeing.
    public var changesWith: [FeatureColumn]

    /// A comparison of one column; without `levels`, the kind's default levels
    /// (``defaultLevels(for:tf:)``, with term frequency on the exact level of the name columns).
    ///
    /// ```swift
    /// let title = Comparison(name: "title", column: .title, kind: .text)
    ///     .bounding("different", minimum: -1, maximum: 0)
    /// ```
    public init(name: String, column: FeatureColumn, kind: ComparisonKind, levels: [ComparisonLevel]? = nil,
                coveredBy: [FeatureColumn] = [], changesWith: [FeatureColumn] = []) {
        self.name = name
        self.column = column
        self.kind = kind
        self.levels = levels.map { Comparison.currentLevels(kind, $0) }
            ?? Comparison.defaultLevels(for: kind, tf: column == .familyName || column == .givenName)
        self.coveredBy = coveredBy
        self.changesWith = changesWith
    }

    enum CodingKeys: String, CodingKey { case name, column, kind, levels, coveredBy, changesWith }

    /// Decodes a saved comparison; settings saved before ``coveredBy`` existed decode with none.
    ///
    /// ```swift
    /// let settings = try JSONDecoder().decode(MatchSettings.self, from: savedJSON)   // decodes each Comparison
    /// ```
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        column = try c.decode(FeatureColumn.self, forKey: .column)
        kind = try c.decode(ComparisonKind.self, forKey: .kind)
        levels = Comparison.currentLevels(kind, try c.decode([ComparisonLevel].self, forKey: .levels))
        coveredBy = try c.decodeIfPresent([FeatureColumn].self, forKey: .coveredBy) ?? []
        changesWith = try c.decodeIfPresent([FeatureColumn].self, forKey: .changesWith) ?? []
    }

    /// `levels` with any level this release computes that they lack: an email comparison saved before
    /// "numbered apart" existed (six levels) gets it with its default m and u, so the comparer's levels all exist
    /// in a model an earlier release saved.
    static func currentLevels(_ kind: ComparisonKind, _ levels: [ComparisonLevel]) -> [ComparisonLevel] {
        guard kind == .email, levels.count == Int(Comparer.numberedApartLevel),
              let numbered = defaultLevels(for: .email).last else { return levels }
        return levels + [numbered]
    }

    /// The index of the level labelled `label`, if any.
    ///
    /// ```swift
    /// let organization = Comparison(name: "organization", column: .organization, kind: .text)
    /// organization.level("different")   // the index of the "different" level
    /// ```
    public func level(_ label: String) -> Int? { levels.firstIndex { $0.label == label } }

    /// The fields whose disagreement weighs this one's conditionally: ``coveredBy`` and ``changesWith``.
    var conditionedOn: [FeatureColumn] { coveredBy + changesWith }

    /// The index of its "different" level (the last one, but for an email's "numbered apart" after it), or −1.
    var differentLevel: Int { levels.count > 1 ? levels.lastIndex { $0.label == "different" } ?? -1 : -1 }

    /// A copy with the weight bounds of one level changed (e.g. "different organization" is weak evidence).
    ///
    /// ```swift
    /// let organization = Comparison(name: "organization", column: .organization, kind: .text)
    ///     .bounding("different", minimum: -2, maximum: 0)   // another employer is weak evidence
    /// ```
    public func bounding(_ label: String, minimum: Double? = nil, maximum: Double? = nil, holdsApart: Bool? = nil) -> Comparison {
        var c = self
        if let i = c.level(label) {
            c.levels[i].minimumWeight = minimum
            c.levels[i].maximumWeight = maximum
            if let holdsApart { c.levels[i].canHoldApart = holdsApart }
            c.levels[i].clampToBounds()
        }
        return c
    }

    /// A copy whose level `label` covers the comparisons that list this one's column in their
    /// ``Comparison/coveredBy`` (``ComparisonLevel/coversOthers``): agreeing at it, they weigh what they add beside
    /// it.
    ///
    /// ```swift
    /// let organization = Comparison(name: "organization", column: .organization, kind: .text)
    ///     .covering("exact")   // a title beside the same employer weighs what colleagues' titles leave it
    /// ```
    public func covering(_ label: String) -> Comparison {
        var c = self
        if let i = c.level(label) { c.levels[i].coversOthers = true }
        return c
    }

    /// A copy whose exact level is term-frequency adjusted: agreeing on a rare value weighs more than on a
    /// common one (an organization counts its people, see ``MatchSettings/people()``).
    ///
    /// ```swift
    /// let organization = Comparison(name: "organization", column: .organization, kind: .text)
    ///     .termFrequencyAdjusted()   // a firm of three says more than a hospital system of 400
    /// ```
    public func termFrequencyAdjusted() -> Comparison {
        var c = self
        if c.levels.count > 1 { c.levels[1].tfAdjusted = true }
        return c
    }

    /// The same comparison with its level `label` weighed conditionally when a comparison covering it (or that it
    /// changes with) is "different" (``ComparisonLevel/mIfCoverDiffers``). Until training estimates them from the
    /// data, the conditional m and u are the level's own: without data to say how much a move or a new job
    /// explains, each disagreement counts in full — the cautious choice on a small input, where a wrong merge
    /// costs more than a missed one. (An agreement weighed this way, ``agreementIfCoverDiffers(_:)``, also counts
    /// as it would alone until training; if training cannot estimate its conditional m, it then says nothing.)
    ///
    /// ```swift
    /// Comparison(name: "city", column: .city, kind: .text, coveredBy: [.postalCode, .street])
    ///     .ifCoverDiffers("different")   // after a move the city often changes too
    /// ```
    public func ifCoverDiffers(_ label: String) -> Comparison {
        var c = self
        if let i = c.level(label) {
            c.levels[i].mIfCoverDiffers = c.levels[i].m
            c.levels[i].uIfCoverDiffers = c.levels[i].u
        }
        return c
    }

    /// The same comparison with its agreement level `label` weighed conditionally wherever a comparison covering
    /// it (or that it changes with) is present on both records without agreeing (``ifCoverDiffers(_:)``, and
    /// ``ComparisonLevel/agreementIsConditional``).
    ///
    /// ```swift
    /// Comparison(name: "title", column: .title, kind: .text, coveredBy: [.organization])
    ///     .agreementIfCoverDiffers("exact")   // the same title at another employer says what the data shows
    /// ```
    public func agreementIfCoverDiffers(_ label: String) -> Comparison {
        var c = ifCoverDiffers(label)
        if let i = c.level(label) { c.levels[i].agreementIsConditional = true }
        return c
    }

    /// The same comparison with level `label`'s m and u before training set to these (the kind's defaults
    /// otherwise). Training replaces them.
    ///
    /// ```swift
    /// Comparison(name: "title", column: .title, kind: .text)
    ///     .untrained("exact", m: 0.75, u: 0.1875)   // +2 bits until the data says more
    /// ```
    public func untrained(_ label: String, m: Double, u: Double) -> Comparison {
        var c = self
        if let i = c.level(label) {
            c.levels[i].m = m
            c.levels[i].u = u
        }
        return c
    }

    /// The same comparison with what its agreement level `label` weighs beside `column`'s agreement before training
    /// says (``ComparisonLevel/ifCoverAgrees``): m and u as untrained defaults. Training replaces them.
    ///
    /// ```swift
    /// Comparison(name: "title", column: .title, kind: .text, coveredBy: [.organization])
    ///     .untrained("exact", beside: .organization, m: 0.75, u: 0.1875)   // +2 bits beside the same employer
    /// ```
    public func untrained(_ label: String, beside column: FeatureColumn, m: Double, u: Double) -> Comparison {
        var c = self
        if let i = c.level(label) {
            c.levels[i].ifCoverAgrees = (c.levels[i].ifCoverAgrees ?? []).filter { $0.column != column }
                + [CoverAgreement(column: column, m: m, u: u)]
        }
        return c
    }

    /// Default levels with prior m/u used when the data is too small or too distinct to estimate them, and the
    /// bounds that hold whatever the data says. A shared identifier agrees by at most +1 bit: it says the records
    /// are near each other (one household, one firm), not that they are one person.
    ///
    /// Every agreement level weighs at least 0 (agreeing is never evidence against a match) and every "different"
    /// level at most 0 (m ≤ u: disagreeing is never evidence for one). The identity fields carry stronger bounds:
    /// a different given name or surname weighs −4 bits or less, a different date of birth −3 bits or less, and
    /// conflicting generational suffixes −12 bits or less. A different surname does not hold clusters apart
    /// (people marry), but without its bound EM on a roster of colleagues sharing a site address and a main line
    /// learned that a quarter of matches have another surname (−1.9 bits).
    ///
    /// ```swift
    /// let levels = Comparison.defaultLevels(for: .givenName, tf: true)
    /// levels[0].isNull   // true: level 0 is "missing"
    /// ```
    public static func defaultLevels(for kind: ComparisonKind, tf: Bool = false) -> [ComparisonLevel] {
        let null = ComparisonLevel(label: "missing", m: 1, u: 1, isNull: true)
        func agree(_ label: String, _ m: Double, _ u: Double, tf: Bool = false, max: Double? = nil,
                   ceiling: Double? = nil) -> ComparisonLevel {
            var l = ComparisonLevel(label: label, m: m, u: u, tfAdjusted: tf, minimumWeight: 0, maximumWeight: max)
            l.ceiling = ceiling
            return l
        }
        func differ(_ label: String, _ m: Double, _ u: Double, min: Double? = nil, max: Double = 0,
                    holdsApart: Bool = false) -> ComparisonLevel {
            var l = ComparisonLevel(label: label, m: m, u: u, minimumWeight: min, maximumWeight: max)
            if holdsApart { l.canHoldApart = true }
            return l
        }
        func free(_ label: String, _ m: Double, _ u: Double) -> ComparisonLevel { ComparisonLevel(label: label, m: m, u: u) }
        func covering(_ l: ComparisonLevel) -> ComparisonLevel { var l = l; l.coversOthers = true; return l }
        switch kind {
        // A name that agrees as a nickname or a typo still covers what an email's local part adds: "Bill Martin" and
        // "William Martin" (or "Jesscia Smyth") all have "william.martin" somewhere, at their own employers. An
        // initial does not: "jessica.smith@" says more of "J. Smith" than the initial does.
        case .givenName:
            return [null, covering(agree("exact", 0.80, 0.01, tf: tf)), covering(agree("nickname", 0.06, 0.002)),
                    covering(agree("close", 0.05, 0.01)), covering(agree("typo or scrambled", 0.02, 0.004)),
                    free("initial only", 0.04, 0.05),
                    differ("different", 0.005, 0.924, max: -4, holdsApart: true)]
        case .familyName:
            return [null, covering(agree("exact", 0.85, 0.005, tf: tf)), covering(agree("close", 0.06, 0.005)),
                    covering(free("somewhat close", 0.03, 0.02)),
                    free("initial only", 0.02, 0.05), differ("different", 0.04, 0.92, max: -4)]
        case .email:
            var sameLocal = agree("same local part", 0.05, 0.0005), closeAddress = agree("close", 0.03, 0.003)
            sameLocal.coveredByAll = [.givenName, .familyName]
            closeAddress.coveredByAll = [.givenName, .familyName]
            // Two accounts at one employer's domain, numbered apart (mjones@ / mjones2@): the employer gave a
            // namesake the second — two people, as decisive as Sr. against Jr. It comes with the same name and
            // employer (+14 to +24 bits between them), and with those it says two people: in the synthetic
            // million, 24 of 4,618 such candidate pairs were one person (a father registering his son on his
            // own address), odds that need about −20 bits beside the name and employer. Random pairs almost
            // never share a domain and a stem, so training would read the level as agreement; the bound keeps
            // what it means.
            // An address this input shows in use by clearly different people is scored at "shared address"; one
            // that reaches "exact" is a person's own, as a date of birth is, and its agreement may weigh up to 14
            // bits, past the limit: at a million records the prior is −17 bits and an own address measures about
            // 16, so at 10 the records of a woman who married, under her new surname with the address she had
            // under the old one (the same given name and employer too), stayed apart from those under the old.
            return [null, agree("exact", 0.75, 0.0005, ceiling: 14), sameLocal, closeAddress,
                    agree("shared address", 0.01, 0.007, max: 1), differ("different", 0.16, 0.9895),
                    differ("numbered apart", 0.000000001, 0.001, max: -20, holdsApart: true)]
        case .phone:
            // As an email address: a number this input shows in use by clearly different people (a home's, a
            // main line's) is scored at "shared line"; one that reaches "exact" is a person's own and may say
            // as much (up to 14 bits).
            return [null, agree("exact", 0.78, 0.0005, ceiling: 14), agree("same last 7 digits", 0.04, 0.001),
                    agree("shared line", 0.01, 0.007, max: 1), differ("same line, other extension", 0.005, 0.005),
                    differ("different", 0.155, 0.9835)]
        case .text:
            return [null, agree("exact", 0.75, 0.05), agree("close", 0.10, 0.03), free("somewhat close", 0.05, 0.06),
                    differ("different", 0.10, 0.86)]
        case .street:
            return [null, covering(agree("exact", 0.65, 0.002)), covering(agree("close", 0.15, 0.005)),
                    agree("similar street, same or no number", 0.05, 0.01), covering(agree("shared address", 0.01, 0.007, max: 1)),
                    differ("different", 0.14, 0.976)]
        case .postalCode:
            // A partnership's lists come from one region: many people share a postal code.
            return [null, covering(agree("exact", 0.85, 0.05)), free("same prefix", 0.05, 0.15), differ("different", 0.10, 0.80)]
        case .date:
            // A date of birth is a person's own (twins aside): its exact agreement may weigh up to 14 bits, past
            // the limit a street, a name or an organization keeps.
            return [null, agree("exact", 0.75, 0.001, ceiling: 14), agree("one typo", 0.10, 0.01), free("same year", 0.05, 0.05),
                    differ("different", 0.10, 0.939, max: -3, holdsApart: true)]
        case .exact:
            return [null, agree("exact", 0.85, 0.01), differ("different", 0.15, 0.99)]
        case .generation:
            // Sr. on one list and Jr. on another is almost never one person (a father and son at one firm share
            // name, main line and address: everything else agrees), and suffixes are too rare to re-estimate. The
            // bound keeps the conflict decisive: it may exceed ``MatchSettings/weightLimit``.
            return [null, agree("same", 0.97, 0.5), differ("conflict", 0.00001, 0.5, max: -12, holdsApart: true)]
        }
    }
}

extension Array where Element == Comparison {
    /// Per comparison: the indices of the comparisons covering it (``Comparison/coveredBy``).
    var coveringIndices: [[Int]] { indices(of: \.coveredBy) }

    /// Per comparison: the indices of the comparisons whose disagreement weighs its own conditionally
    /// (``Comparison/conditionedOn``).
    var conditioningIndices: [[Int]] { indices(of: \.conditionedOn) }

    /// Per comparison: the indices of the comparisons reading the columns `columns` names.
    private func indices(of columns: (Comparison) -> [FeatureColumn]) -> [[Int]] {
        map { c in columns(c).compactMap { column in firstIndex { $0.column == column } } }
    }
}
