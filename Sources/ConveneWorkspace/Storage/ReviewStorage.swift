import ConveneModel

/// A stored review question: a record (`record`) against a record of a person it might be (`candidate`).
struct ReviewQuestion: Sendable {
    /// The pair's ID.
    var id: Int64
    /// The newer record.
    var record: Int64
    /// The record of the person it might be.
    var candidate: Int64
    /// The probability the engine gave the pair.
    var score: Double
    /// The text the review sheet shows.
    var explanation: String
    /// The engine's structured explanation (nil for questions stored before it was kept).
    var evidence: ReviewPair.Evidence?
}

/// One remembered decision or manual correction: `kind` same, not-same or split, made by `origin` review,
/// merge-people or split, about record A (and record B).
typealias StoredDecision = (kind: String, recordA: Int64, recordB: Int64?, origin: String)

/// The review queue and the decisions: questions the engine was unsure about, and every answer, merge and split,
/// kept at record level (record numbers never change) and never deleted.
protocol ReviewStorage {
    /// Adds an open question about a pair of records, unless the pair is asked already or was answered; a
    /// question set aside (``setAsideReviewPairsWithinOnePerson()``) is asked again under its ID. Returns whether
    /// the pair is now asked that was not.
    @discardableResult
    func insertReviewPair(record: Int64, candidate: Int64, score: Double, explanation: String,
                          evidence: ReviewPair.Evidence) throws -> Bool
    /// The open question with this ID; nil when it was answered or never existed.
    func openReviewPair(_ id: Int64) throws -> ReviewQuestion?
    /// Every open question, oldest first.
    func openReviewPairs() throws -> [ReviewQuestion]
    /// How many questions are open.
    func openReviewPairCount() throws -> Int
    /// Every open question's two records' people now (nil for nobody's), oldest question first.
    func openReviewPairPeople() throws -> [(a: PersonID?, b: PersonID?)]
    /// Marks a question answered.
    func markReviewPairDecided(_ id: Int64) throws
    /// Marks answered every open question whose two records now belong to one person (a merge answered them).
    func closeReviewPairsWithinOnePerson() throws
    /// Sets aside every open question whose two records now belong to one person (a batch run over the stored
    /// records asks its own): no longer asked, its ID never given to another question.
    func setAsideReviewPairsWithinOnePerson() throws

    /// Remembers a decision about record A (and B), stamped with the time.
    func insertDecision(kind: String, recordA: Int64, recordB: Int64?, origin: String) throws
    /// Every decision, oldest first.
    func decisions() throws -> [StoredDecision]
    /// The decisions naming record `id`, as record A or B, oldest first.
    func decisions(naming id: Int64) throws -> [StoredDecision]
    /// Every decision between two records, with the people those records belong to now (nil for nobody's).
    func decisionsBetweenPeople() throws -> [(kind: String, a: PersonID?, b: PersonID?)]
}
