import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation

/// The workspace's side of linking: the lookup keys ConveneMatch computes per person (stored with them, for
/// candidate retrieval) and the text kept with a review pair. Whether two records are the same person is
/// decided by ConveneMatch (``CandidateScorer``, ``Matcher``), and a person's golden record is built by its
/// ``GoldenRecords`` — never here.
enum Linking {
    /// The keys a person is found by: computed by ConveneMatch (``LookupKeys``), stored with the person.
    static func blockingKeys(_ c: ContactRecord) -> [String] { LookupKeys.keys(c) }

    /// The text kept with a review pair: each comparison's level and weight, then why the engine asked
    /// ("email different -3.05, …, a rebuild joined them on weaker evidence than an import links on").
    /// No field values: review pairs are shown in logs and sheets next to the records themselves.
    static func summary(_ explanation: PairExplanation, reason: String? = nil) -> String {
        var parts = explanation.terms.map { t in
            "\(t.comparison) \(t.level) \(t.weight >= 0 ? "+" : "")\(String(format: "%.2f", t.weight))"
        }
        if let reason { parts.append(reason) }
        return parts.joined(separator: ", ")
    }

    /// Stores a question (once per record pair): the text the review sheet shows, and the engine's structured
    /// explanation (``ReviewPair/evidence``), so what was decided can be read back without re-running it.
    @discardableResult
    static func insertReviewPair(_ tx: any StorageTransaction, record: Int64, candidate: Int64, probability: Double,
                                 explanation: PairExplanation, reason: String?) throws -> Bool {
        try tx.insertReviewPair(record: record, candidate: candidate, score: probability,
                                explanation: summary(explanation, reason: reason),
                                evidence: ReviewPair.Evidence(explanation: explanation, reason: reason))
    }

    /// The organization match key ("The ACME Mfg. Co., Inc." → "acme manufacturing"), from ConveneNormalize.
    static func organizationKey(_ name: String) -> String { OrganizationNormalizer.key(name) }
}
