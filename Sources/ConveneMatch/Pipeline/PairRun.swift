import ConveneModel

/// One pair of records judged on its own: the explanation under the model a full run over the same records would
/// use, and what that score alone implies. Whether the two ended in one cluster also depends on every other
/// link (chains, splits at strong negative evidence), which only a full run decides.
///
/// ```swift
/// let report = Matcher.explainPair(records: contacts, RecordRef(reference: "a.csv#3")!,
///                                  RecordRef(reference: "b.csv#17")!)
/// print(report?.explanation.text ?? "no such record", report?.verdict ?? "")
/// ```
public struct PairReport: Hashable, Codable, Sendable {
    /// The pair's comparisons, levels, weights and probability.
    public var explanation: PairExplanation
    /// Where the model's parameters came from ("estimated from …", "defaults: …", "given").
    public var parameterSource: String
    /// The probability at or above which a run links a pair.
    public var matchThreshold: Double
    /// The probability at or above which a pair below the threshold may be asked about.
    public var reviewThreshold: Double
    /// True when the pair, below the threshold, carries evidence against it so strong (a level of −12 bits or
    /// less, such as conflicting generational suffixes) that a run never lets their clusters join on other links.
    public var keptApart: Bool

    /// What the score alone implies, in words: "links on its own (probability 0.998 ≥ 0.5)".
    ///
    /// ```swift
    /// print(report.verdict)   // "does not link on its own (probability 0.031 < 0.5) …"
    /// ```
    public var verdict: String {
        let p = PairExplanation.fixed(explanation.probability, 3)
        let t = PairExplanation.fixed(matchThreshold, 2)
        if explanation.probability >= matchThreshold { return "links on its own (probability \(p) ≥ \(t))" }
        var text = "does not link on its own (probability \(p) < \(t))"
        if keptApart { text += "; strong evidence against it keeps their clusters apart" }
        else if explanation.probability >= reviewThreshold { text += "; close enough to be asked about" }
        return text
    }
}

extension Matcher {
    /// Explains two records without running the whole match: the features of every record (term frequencies and
    /// shared identifiers depend on all of them), then, when `settings` asks for estimation, the candidate pairs
    /// and training a full run does — but no scoring of every pair, no clustering, no golden records. With
    /// settings saved from a run (``MatchResult/settings``, `estimateParameters` false) only the features are
    /// built, and the pair scores exactly as it did in that run.
    ///
    /// ```swift
    /// let report = Matcher.explainPair(records: contacts, RecordRef(reference: "a.csv#3")!,
    ///                                  RecordRef(reference: "b.csv#17")!, settings: savedRun.settings)
    /// ```
    /// - Returns: nil when either record is not among `records`.
    public static func explainPair(records: [ContactRecord], _ a: RecordRef, _ b: RecordRef,
                                   settings: MatchSettings = .people()) -> PairReport? {
        explainPair(count: records.count, fields: { RecordFields(records[$0]) },
                    refs: records.map { RecordRef($0.source) }, a, b, settings: settings)
    }

    /// ``explainPair(records:_:_:settings:)`` for two organization records.
    ///
    /// ```swift
    /// let report = Matcher.explainPair(organizations: partners, RecordRef(reference: "partners.csv#2")!,
    ///                                  RecordRef(reference: "chamber.csv#9")!)
    /// ```
    public static func explainPair(organizations: [OrganizationRecord], _ a: RecordRef, _ b: RecordRef,
                                   settings: MatchSettings = .organizations()) -> PairReport? {
        explainPair(count: organizations.count, fields: { RecordFields(organizations[$0]) },
                    refs: organizations.map { RecordRef($0.source) }, a, b, settings: settings)
    }

    static func explainPair(count: Int, fields: @Sendable (Int) -> RecordFields, refs: [RecordRef],
                            _ a: RecordRef, _ b: RecordRef, settings: MatchSettings) -> PairReport? {
        guard let i = refs.firstIndex(of: a), let j = refs.firstIndex(of: b) else { return nil }
        // The records are read as a run reads them (`ReadingOrder`), and the pair as the run scores it.
        let order = ReadingOrder(refs)
        let trained = train(count: count, fields: { fields(order.input($0)) }, settings: settings, blocking: false)
        let model = trained.model
        let (a, b) = (min(order.row(i), order.row(j)), max(order.row(i), order.row(j)))
        let explanation = model.explain(a, b, names: (refs[order.input(a)], refs[order.input(b)]))
        return PairReport(explanation: explanation, parameterSource: trained.stats.parameterSource,
                          matchThreshold: trained.settings.matchThreshold,
                          reviewThreshold: trained.settings.reviewThreshold,
                          keptApart: model.holdApart(a, b) == .refuses)
    }
}
