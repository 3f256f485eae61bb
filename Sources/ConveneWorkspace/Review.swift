import ConveneMatch
import ConveneModel
import Foundation

/// A pair the matcher was unsure about: a record (now its own person) against a record of another person.
///
/// ```swift
/// for pair in try workspace.openReviewPairs().prefix(10) {
///     print(pair.pairID, pair.left.source.reference, pair.right.source.reference, pair.score)
/// }
/// ```
public struct ReviewPair: Codable, Sendable, Hashable {
    /// The pair's ID, the first column of the review sheet.
    public var pairID: Int64
    /// The probability that the two records are one person, as the engine scored them.
    public var score: Double
    /// Which comparisons fired, with their weights.
    public var explanation: String
    /// The new record (now its own person).
    public var left: Side
    /// The record of the person it might be.
    public var right: Side
    /// The records whose person an answer would change: both people's when they are two (Same joins them),
    /// the person's when a rebuild joined them on weak evidence (Not the same splits it).
    public var recordsAffected = 0
    /// The engine's explanation as stored with the question (nil for questions stored before it was kept).
    public var evidence: Evidence?

    /// A question's structured explanation: every comparison's level and weight, and why it was asked.
    ///
    /// ```swift
    /// for q in try workspace.openReviewPairs() {
    ///     print(q.pairID, q.evidence?.explanation.terms.map(\.level) ?? [], q.evidence?.reason ?? "unsure")
    /// }
    /// ```
    public struct Evidence: Codable, Sendable, Hashable {
        /// Every comparison's level and weight in bits, the prior and the total, as the engine scored the pair.
        public var explanation: PairExplanation
        /// Why the engine asked rather than decided (a guard, a weak link), when it says.
        public var reason: String?
    }

    /// How much an answer would change: uncertainty (1 at probability 0.5, 0 at 0 or 1) × ``recordsAffected``.
    /// The queue is ranked by it.
    public var priority = 0.0

    /// One side of a review pair: a record and the person it now belongs to.
    ///
    /// ```swift
    /// let pair = try workspace.openReviewPairs()[0]
    /// print(pair.left.person?.rawValue ?? "-", pair.left.contact?.name.displayName ?? "")
    /// ```
    public struct Side: Codable, Sendable, Hashable {
        /// The person the record belongs to now.
        public var person: PersonID?
        /// Where the record came from.
        public var source: SourceRecord
        /// The record's values, when stored.
        public var contact: ContactRecord?
    }
}

/// What applying a review sheet did.
///
/// ```swift
/// let summary = try workspace.applyReview([(pairID: 7, answer: .same), (pairID: 8, answer: .notSame)])
/// print(summary.merged, summary.keptApart, summary.skipped, summary.undecided, summary.stale)   // 1 1 0 0 0
/// ```
public struct ReviewApplySummary: Codable, Sendable, Hashable {
    /// Pairs answered "Same": their people were merged.
    public var merged = 0
    /// Pairs answered "Not the same".
    public var keptApart = 0
    /// Pairs answered "Skip" (left open).
    public var skipped = 0
    /// Rows with no decision (left open).
    public var undecided = 0
    /// Rows naming a pair that is no longer open (already decided, or unknown).
    public var stale = 0
    /// An empty summary (all counts 0).
    ///
    /// ```swift
    /// var total = ReviewApplySummary()
    /// total.merged += 1
    /// ```
    public init() {}
}

extension Workspace {
    /// The open questions, ranked by how much an answer would change (``ReviewPair/priority``), one per pair of
    /// people (the one the engine was least sure about), and none whose answer changes no person: when a
    /// decision already keeps the two people apart, or both records are one person by decision, it is not asked.
    ///
    /// ```swift
    /// let queue = try workspace.openReviewPairs()
    /// for q in queue.prefix(200) { print(q.pairID, q.score, q.recordsAffected) }
    /// ```
    public func openReviewPairs() throws -> [ReviewPair] {
        try storage.read { tx in
            let size = try tx.recordCountsByPerson()
            let decided = try DecidedPeople(tx)
            var best: [[PersonID]: ReviewPair] = [:]
            for question in try tx.openReviewPairs() {
                var pair = ReviewPair(pairID: question.id, score: question.score, explanation: question.explanation,
                                      left: try tx.record(question.record)!, right: try tx.record(question.candidate)!)
                pair.evidence = question.evidence
                guard let pa = pair.left.person, let pb = pair.right.person, let people = decided.asks(pa, pb) else { continue }
                pair.recordsAffected = pa == pb ? size[pa] ?? 1 : (size[pa] ?? 1) + (size[pb] ?? 1)
                pair.priority = (1 - abs(2 * pair.score - 1)) * Double(pair.recordsAffected)
                if let kept = best[people], (kept.priority, -kept.pairID) >= (pair.priority, -pair.pairID) { continue }
                best[people] = pair
            }
            return best.values.sorted { ($0.priority, $0.score, -$0.pairID) > ($1.priority, $1.score, -$1.pairID) }
        }
    }

    /// How many questions ``openReviewPairs()`` asks — one per pair of people, none a decision answers — without
    /// loading their records: what an import's last line says is open in all.
    ///
    /// ```swift
    /// print("\(try workspace.openQuestionCount()) questions open: run `convene review`")
    /// ```
    public func openQuestionCount() throws -> Int {
        try storage.read { tx in
            let decided = try DecidedPeople(tx)
            var asked: Set<[PersonID]> = []
            for (a, b) in try tx.openReviewPairPeople() {
                guard let a, let b, let people = decided.asks(a, b) else { continue }
                asked.insert(people)
            }
            return asked.count
        }
    }

    /// Applies review answers by pair ID in one transaction. "Same" merges the two people (the older ID stays),
    /// "Not the same" keeps them apart for good, "Skip" leaves the pair open. Every answer is remembered.
    ///
    /// ```swift
    /// let summary = try workspace.applyReview([(pairID: 12, answer: .same), (pairID: 13, answer: nil)])   // 13 stays open
    /// ```
    @discardableResult
    public func applyReview(_ answers: [(pairID: Int64, answer: ReviewAnswer?)]) throws -> ReviewApplySummary {
        try storage.write { tx in
            var summary = ReviewApplySummary()
            for (pairID, answer) in answers {
                guard let question = try tx.openReviewPair(pairID) else {
                    summary.stale += 1
                    continue
                }
                guard let answer else { summary.undecided += 1; continue }
                let a = question.record, b = question.candidate
                switch answer {
                case .skip:
                    summary.skipped += 1
                    continue
                case .notSame:
                    if let pa = try tx.person(ofRecord: a), pa == (try tx.person(ofRecord: b)) {
                        // A rebuild joined them on weak evidence and asked: the newer record leaves that person now.
                        _ = try Self.split(tx, pa, moving: [max(a, b)], staying: [min(a, b)], origin: "review")
                    } else {
                        try tx.insertDecision(kind: "not-same", recordA: a, recordB: b, origin: "review")
                    }
                    summary.keptApart += 1
                case .same:
                    // Remembered between the question's own records — a must-link for every later batch run (a
                    // rebuild, an import that doubles the workspace) — also when a run had joined them already
                    // on weak evidence and asked: the answer confirms the link.
                    if let pa = try tx.person(ofRecord: a), let pb = try tx.person(ofRecord: b), pa != pb {
                        let (keep, retire) = pa < pb ? (pa, pb) : (pb, pa)
                        try Self.merge(tx, into: keep, from: retire, origin: "review", pair: (a, b))
                    } else {
                        try tx.insertDecision(kind: "same", recordA: a, recordB: b, origin: "review")
                    }
                    summary.merged += 1
                }
                try tx.markReviewPairDecided(pairID)
            }
            return summary
        }
    }

    /// Every remembered decision and manual correction, oldest first: (kind, record A, record B, origin).
    ///
    /// ```swift
    /// for d in try workspace.decisions() {
    ///     print(d.kind, d.recordA, d.recordB.map(String.init) ?? "-", d.origin)
    /// }
    /// ```
    public func decisions() throws -> [(kind: String, recordA: Int64, recordB: Int64?, origin: String)] {
        try storage.read { tx in try tx.decisions() }
    }
}

/// The people the stored decisions concern now (by the people their records belong to): which questions
/// ``Workspace/openReviewPairs()`` still asks.
struct DecidedPeople {
    private var apart: Set<[PersonID]> = [], together: Set<[PersonID]> = []

    init(_ tx: any StorageTransaction) throws {
        for decision in try tx.decisionsBetweenPeople() {
            guard let pa = decision.a, let pb = decision.b else { continue }
            if decision.kind == "same" { together.insert([pa, pb].sorted()) } else { apart.insert([pa, pb].sorted()) }
        }
    }

    /// The pair of people (sorted) a question about records of `a` and `b` asks about; nil when a decision
    /// already answers it: "Not the same" between them (Same would undo it), or one person by decision.
    func asks(_ a: PersonID, _ b: PersonID) -> [PersonID]? {
        let people = [a, b].sorted()
        if a != b && apart.contains(people) { return nil }
        if a == b && together.contains(people) { return nil }
        return people
    }
}
