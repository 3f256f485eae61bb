import ConveneModel

/// One existing person a new record might be: their ID (any stable string) and their records.
///
/// ```swift
/// let candidate = MatchCandidate(id: "P000001", records: recordsOfRobertSmith)
/// let scores = CandidateScorer(settings: settings).score(newRecord, against: [candidate])
/// ```
public struct MatchCandidate: Sendable {
    /// The person's ID (any stable string, e.g. `P000012`).
    public var id: String
    /// The person's records, each compared with the new record.
    public var records: [ContactRecord]

    /// A candidate from its ID and records.
    ///
    /// ```swift
    /// let bob = MatchCandidate(id: "P000012", records: bobsRecords)
    /// ```
    public init(id: String, records: [ContactRecord]) {
        self.id = id
        self.records = records
    }
}

/// What the engine says about a new record and one candidate person.
///
/// ```swift
/// switch CandidateScorer.best(scores)?.decision {
/// case .link?: print("same person")
/// case .review?: print("ask someone")
/// case .different?, nil: print("a new person")
/// }
/// ```
public enum CandidateDecision: String, Codable, Sendable {
    /// At or above the match threshold and no record of the person is strong evidence against (or a stored
    /// "same" decision).
    case link
    /// In the review band, or confident but held apart by strong negative evidence: a person decides.
    case review
    /// Below the review threshold, or a stored "not the same" decision.
    case different
}

/// The score of a new record against one candidate person: their best-agreeing record decides.
///
/// ```swift
/// for score in CandidateScorer(settings: settings).score(newRecord, against: candidates) {
///     print(score.candidateID, score.decision.rawValue, String(format: "%.2f", score.probability))   // P000001 link 0.99
///     print(score.explanation.text)
/// }
/// ```
public struct CandidateScore: Sendable {
    /// The candidate's ``MatchCandidate/id``.
    public var candidateID: String
    /// Index (in the candidate's `records`) of the record that agrees best with the new record.
    public var bestRecord: Int
    /// Total match weight in bits (prior included) of the best pair.
    public var weight: Double
    /// The best pair's probability (from ``weight``).
    public var probability: Double
    /// What to do: link, ask for review, or treat as a different person.
    public var decision: CandidateDecision
    /// Why the decision is not what the probability alone says: a stored decision, or the pair of records that
    /// held the new record apart from the person ("kept apart: a.csv#3 and b.csv#9, suffix conflict −5.00");
    /// nil when the probability decided.
    public var reason: String?
    /// Index (in the candidate's `records`) of a record that says the new record is someone else — a suffix
    /// conflict, accounts numbered apart — when the new record links to another of the candidate's records on
    /// its own, more strongly than those two records agree with each other: the candidate then likely holds two
    /// people's records (a father and son joined before a list told them apart). When the two agree more (the
    /// son's records, and the father's row sharing their home phone), the candidate is likely one person and
    /// the new record another. nil otherwise. On synthetic 100k imported as two halves, 9 of the 14 candidates
    /// named so held two people (without the comparison, 11 of 19).
    public var heldApartBy: Int?
    /// The best pair's waterfall: prior, each comparison's level and weight, total.
    public var explanation: PairExplanation
}

/// Scores one new record against a few candidate people with the engine's comparisons, trained weights and
/// guards — the same decision a batch ``Matcher`` run with these settings takes for that pair — without loading
/// everyone. Callers that keep records elsewhere (the workspace's SQLite file) find the candidates themselves
/// (blocking keys) and ask this scorer to decide.
///
/// ```swift
/// let scorer = CandidateScorer(settings: storedSettings)          // trained by CandidateScorer.estimate
/// let scores = scorer.score(newRecord, against: [MatchCandidate(id: "P000012", records: bobsRecords)])
/// if let best = CandidateScorer.best(scores), best.decision == .link { … }
/// ```
///
/// Term frequencies are not applied: a neighbourhood found by surname is all "Smith", so the frequencies in it
/// say nothing about how common a name is in the population; the trained m/u already carry the weights. An
/// organization read from an email (the internal `FeatureTable.inferOrganizations()`) is read from the new record and its
/// candidates only — mostly its own address on a candidate's records, which is the reading that matters here;
/// a domain needs two of its addresses among them. A batch run reads it from every record.
public struct CandidateScorer: Sendable {
    /// The settings it scores with (their m, u and prior as given: trained or defaults).
    public let settings: MatchSettings

    /// A scorer over these settings; nothing is estimated (see ``estimate(_:records:)``).
    ///
    /// ```swift
    /// let scorer = CandidateScorer(settings: CandidateScorer.estimate(.people(), records: everyone))
    /// ```
    public init(settings: MatchSettings) {
        var s = settings
        s.estimateParameters = false
        for c in s.comparisons.indices {
            for l in s.comparisons[c].levels.indices { s.comparisons[c].levels[l].tfAdjusted = false }
        }
        self.settings = s
    }

    /// Settings with m, u and the prior estimated from `records` (u from random pairs, m by EM, exactly as a
    /// batch run trains); below `minimumRecordsForEstimation` records the given (default) levels are kept.
    ///
    /// ```swift
    /// let trained = CandidateScorer.estimate(.people(), records: existingRecords)
    /// let scorer = CandidateScorer(settings: trained)
    /// ```
    public static func estimate(_ settings: MatchSettings, records: [ContactRecord]) -> MatchSettings {
        var s = settings
        s.estimateParameters = true
        guard records.count >= s.minimumRecordsForEstimation else { return settings }
        var trained = Matcher.run(records: records, settings: s).settings
        trained.estimateParameters = false
        return trained
    }

    /// The candidate to act on: the strongest `link`, else the strongest `review`; nil when all are different.
    ///
    /// ```swift
    /// let scores = CandidateScorer(settings: settings).score(newRecord, against: candidates)
    /// if let best = CandidateScorer.best(scores), best.decision == .link { print("joins", best.candidateID) }
    /// ```
    public static func best(_ scores: [CandidateScore]) -> CandidateScore? {
        for wanted in [CandidateDecision.link, .review] {
            if let s = scores.filter({ $0.decision == wanted }).max(by: { $0.weight < $1.weight }) { return s }
        }
        return nil
    }

    /// One score per candidate (in their order). `decisions` between the new record and a candidate's records
    /// are respected: "not the same" never links, "same" always does.
    ///
    /// `context` holds records that are neither the new record nor a candidate's but say how its values are used:
    /// the rows still to come of the file being imported that share its email or phone. A batch run sees the
    /// whole file at once; without them, a firm's line that the owner's wife's row (further down) shows to be the
    /// family's would count in full between the owner and his son, numbered apart at the firm, and link them.
    ///
    /// ```swift
    /// let scorer = CandidateScorer(settings: CandidateScorer.estimate(.people(), records: existingRecords))
    /// let scores = scorer.score(newRecord, against: [MatchCandidate(id: "P000001", records: existingRecords)],
    ///                           decisions: storedDecisions, context: laterRowsOnItsPhone)
    /// ```
    public func score(_ record: ContactRecord, against candidates: [MatchCandidate],
                      decisions: [ReviewDecision] = [], context: [ContactRecord] = []) -> [CandidateScore] {
        var table = FeatureTable()
        table.append(RecordFields(record))
        var refs = [RecordRef(record.source)]
        var ranges: [Range<Int>] = []
        for c in candidates {
            let start = table.count
            for r in c.records { table.append(RecordFields(r)); refs.append(RecordRef(r.source)) }
            ranges.append(start..<table.count)
        }
        // After every candidate's records: only the shared and household marks see them.
        for r in context { table.append(RecordFields(r)); refs.append(RecordRef(r.source)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        // A few dozen pairs with record 0: computing their levels directly beats memoizing every value pair.
        let model = MatchModel(table: table, settings: settings,
                               comparer: Comparer(table: table, comparisons: settings.comparisons, memoize: false))

        // The clusters as they stand: each candidate is one person; the guards judge joining record 0 to them.
        var unions = GuardedUnionFind(count: table.count)
        model.guardClusters(&unions)
        for range in ranges where range.count > 1 {
            for r in range.dropFirst() { unions.union(range.lowerBound, r) }
        }
        var verdicts: [Int: ReviewVerdict] = [:]                        // candidate index → decision
        let own = refs[0]
        for d in decisions where d.a == own || d.b == own {
            let other = d.a == own ? d.b : d.a
            guard let r = refs.indices.dropFirst().first(where: { refs[$0] == other }),
                  let c = ranges.firstIndex(where: { $0.contains(r) }) else { continue }
            if verdicts[c] == .notSame { continue }                        // "not the same" wins over any "same"
            verdicts[c] = d.verdict
            if d.verdict == .notSame { unions.forbid(0, r) }
        }

        return candidates.indices.compactMap { c -> CandidateScore? in
            let range = ranges[c]
            guard !range.isEmpty else { return nil }
            var best = range.lowerBound, bestWeight = -Double.infinity
            for r in range {
                let w = model.score(0, r).weight
                if w > bestWeight { best = r; bestWeight = w }
            }
            let p = MatchWeight.probability(bestWeight)
            var decision: CandidateDecision, reason: String?, heldApartBy: Int?
            switch verdicts[c] {
            case .same?: (decision, reason) = (.link, "decision: same")
            case .notSame?: (decision, reason) = (.different, "decision: not the same")
            case nil:
                if p >= settings.matchThreshold {
                    if let refusal = unions.conflict(0, best, linkWeight: bestWeight) {
                        var why = "kept apart by a decision"
                        if let (x, y) = refusal.pair {
                            why = model.cannotLinkReason(x, y, refs: refs)
                            // A record of the candidate that says the new one is someone else (the refusal may
                            // name another pair first: a date of birth that disagrees), while the new record agrees
                            // with `best` more than `best` agrees with it.
                            heldApartBy = range.first { r in
                                r != best && model.isDecisive(0, r) && bestWeight > model.score(best, r).weight
                            }.map { $0 - range.lowerBound }
                        }
                        (decision, reason) = (.review, why)
                    } else {
                        decision = .link
                    }
                } else {
                    decision = p >= settings.reviewThreshold ? .review : .different
                }
            }
            return CandidateScore(candidateID: candidates[c].id, bestRecord: best - range.lowerBound, weight: bestWeight,
                                  probability: p, decision: decision, reason: reason, heldApartBy: heldApartBy,
                                  explanation: model.explain(0, best, refs: refs))
        }
    }
}
