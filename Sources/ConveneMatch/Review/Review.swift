import ConveneModel

/// A record named by its file and 1-based data-record number (`SourceRecord.reference` as a value).
///
/// ```swift
/// let ref = RecordRef(file: "b.csv", record: 17)
/// print(ref)   // b.csv#17
/// ```
public struct RecordRef: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based data-record number within the file.
    public var record: Int

    /// A reference from its file and record number.
    ///
    /// ```swift
    /// let ref = RecordRef(file: "a.csv", record: 3)
    /// print(ref)                                        // a.csv#3
    /// RecordRef(reference: "a.csv#3") == ref            // true
    /// ```
    public init(file: String, record: Int) {
        self.file = file
        self.record = record
    }

    /// The reference of a source record (its file and record number).
    ///
    /// ```swift
    /// let ref = RecordRef(contact.source)
    /// ```
    public init(_ source: SourceRecord) { self.init(file: source.file, record: source.record) }

    /// Parses `file#record` (the form `convene explain` takes); nil when there is no `#number` at the end.
    ///
    /// ```swift
    /// RecordRef(reference: "launch signin.csv#12")?.record   // 12
    /// RecordRef(reference: "b.csv")                         // nil
    /// ```
    public init?(reference: String) {
        guard let hash = reference.lastIndex(of: "#"), let n = Int(reference[reference.index(after: hash)...]) else {
            return nil
        }
        self.init(file: String(reference[..<hash]), record: n)
    }

    /// `file#record`, the form `convene explain --pair` takes.
    public var description: String { "\(file)#\(record)" }
    /// Orders references by file name, then record number.
    ///
    /// ```swift
    /// [RecordRef(file: "b.csv", record: 2), RecordRef(file: "a.csv", record: 9)].sorted()   // a.csv#9, b.csv#2
    /// ```
    public static func < (a: Self, b: Self) -> Bool { (a.file, a.record) < (b.file, b.record) }
}

/// A person's answer to "are these two records the same person?".
///
/// ```swift
/// let verdict = ReviewVerdict(rawValue: "not-same")   // .notSame
/// ```
public enum ReviewVerdict: String, Codable, Sendable, CaseIterable {
    /// The two records are one person: they always join.
    case same
    /// They are different people: they never join, not even through a chain.
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
    /// The lower of the two records (``RecordRef`` order).
    public var a: RecordRef
    /// The higher of the two records.
    public var b: RecordRef
    /// Same or not the same.
    public var verdict: ReviewVerdict
    /// Who decided and why (free text, optional).
    public var decidedBy: String?
    /// A note on why (free text, optional).
    public var note: String?

    /// A decision about two records, in either order (they are stored lower first).
    ///
    /// ```swift
    /// let same = ReviewDecision(RecordRef(file: "b.csv", record: 9), RecordRef(file: "a.csv", record: 3), .same,
    ///                           decidedBy: "Dana", note: "same badge number")
    /// same.a   // a.csv#3: stored lower first
    /// ```
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
///
/// ```swift
/// for item in result.reviewList.prefix(200) {
///     print(item.a, item.b, String(format: "%.2f", item.probability), item.recordsAffected, item.reason ?? "")
/// }
/// ```
public struct ReviewItem: Hashable, Codable, Sendable {
    /// The first record of the pair.
    public var a: RecordRef
    /// The second record of the pair.
    public var b: RecordRef
    /// The pair's probability.
    public var probability: Double
    /// The pair's waterfall.
    public var explanation: PairExplanation
    /// Why the engine did not decide by the probability alone ("kept apart: a.csv#3 and b.csv#9, first name
    /// different −6.20"); nil when the pair is simply unsure.
    public var reason: String?
    /// Records in the two clusters the answer would join or keep apart.
    public var recordsAffected: Int
    /// Uncertainty × records affected: the queue's order.
    public var priority: Double

    /// A question from its pair, probability and explanation; the review queue computes ``recordsAffected`` and
    /// ``priority``.
    ///
    /// ```swift
    /// let item = ReviewItem(a: why.a, b: why.b, probability: why.probability, explanation: why,
    ///                       reason: "same name, different email")
    /// ```
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
