import ConveneModel

/// A record named by its file and 1-based data-record number (`SourceRecord.reference` as a value).
public struct RecordRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var record: Int

    public init(file: String, record: Int) {
        self.file = file
        self.record = record
    }

    public init(_ source: SourceRecord) { self.init(file: source.file, record: source.record) }

    /// Parses `file#record` (the form `convene explain` takes); nil when there is no `#number` at the end.
    public init?(reference: String) {
        guard let hash = reference.lastIndex(of: "#"), let n = Int(reference[reference.index(after: hash)...]) else {
            return nil
        }
        self.init(file: String(reference[..<hash]), record: n)
    }

    public var description: String { "\(file)#\(record)" }
    public static func < (a: Self, b: Self) -> Bool { (a.file, a.record) < (b.file, b.record) }
}

/// A person's answer to "are these two records the same person?".
public enum ReviewVerdict: String, Codable, Sendable, CaseIterable {
    case same
    case notSame = "not-same"
}

/// A stored review decision. Decisions are inputs to every run and always respected: a `notSame` pair is never
/// put in one cluster (not even through a chain), a `same` pair always is.
///
/// ```swift
/// let keepApart = ReviewDecision(RecordRef(file: "a.csv", record: 3), RecordRef(file: "b.csv", record: 9), .notSame)
/// let result = Matcher.run(records: contacts, settings: .people(), decisions: [keepApart])
/// ```
public struct ReviewDecision: Hashable, Codable, Sendable {
    public var a: RecordRef
    public var b: RecordRef
    public var verdict: ReviewVerdict
    /// Who decided and why (free text, optional).
    public var decidedBy: String?
    public var note: String?

    public init(_ a: RecordRef, _ b: RecordRef, _ verdict: ReviewVerdict, decidedBy: String? = nil, note: String? = nil) {
        self.a = min(a, b)
        self.b = max(a, b)
        self.verdict = verdict
        self.decidedBy = decidedBy
        self.note = note
    }
}

/// A question for a person: are these two records the same? One per pair of clusters in the review queue.
///
/// The queue is ranked by ``priority`` (uncertainty × the records the answer would join or keep apart), so the
/// first rows are the ones whose answers change the most.
public struct ReviewItem: Hashable, Codable, Sendable {
    public var a: RecordRef
    public var b: RecordRef
    public var probability: Double
    public var explanation: PairExplanation
    /// Why the engine did not decide by the probability alone ("kept apart: a.csv#3 and b.csv#9, first name
    /// different −6.20"); nil when the pair is simply unsure.
    public var reason: String?
    /// Records in the two clusters the answer would join or keep apart.
    public var recordsAffected: Int
    /// Uncertainty × records affected: the queue's order.
    public var priority: Double

    public init(a: RecordRef, b: RecordRef, probability: Double, explanation: PairExplanation, reason: String? = nil,
                recordsAffected: Int = 2, priority: Double = 0) {
        self.a = a
        self.b = b
        self.probability = probability
        self.explanation = explanation
        self.reason = reason
        self.recordsAffected = recordsAffected
        self.priority = priority
    }
}
