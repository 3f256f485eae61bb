import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation

/// The workspace's side of linking: storing the lookup keys ConveneMatch computes per person (candidate
/// retrieval from SQLite) and the text kept with a review pair. Whether two records are the same person is
/// decided by ConveneMatch (``CandidateScorer``, ``Matcher``), and a person's golden record is built by its
/// ``GoldenRecords`` — never here.
enum Linking {
    /// The keys a person is found by: computed by ConveneMatch (``LookupKeys``), stored in `person_key`.
    static func blockingKeys(_ c: ContactRecord) -> [String] { LookupKeys.keys(c) }

    /// The text kept with a review pair: each comparison's level and weight, then the guard or decision
    /// that overruled the probability ("email different -3.05, …, conflict: different-emails-and-organizations").
    /// No field values: review pairs are shown in logs and sheets next to the records themselves.
    static func summary(_ score: CandidateScore) -> String {
        var parts = score.explanation.terms.map { t in
            "\(t.comparison) \(t.level) \(t.weight >= 0 ? "+" : "")\(String(format: "%.2f", t.weight))"
        }
        if let reason = score.reason { parts.append(reason) }
        return parts.joined(separator: ", ")
    }

    /// The same text for a question of a batch run (``Workspace/rebuild()``).
    static func summary(_ item: ReviewItem) -> String { summary(item.explanation, reason: item.reason) }

    /// The same text for any explained pair.
    static func summary(_ explanation: PairExplanation, reason: String? = nil) -> String {
        var parts = explanation.terms.map { t in
            "\(t.comparison) \(t.level) \(t.weight >= 0 ? "+" : "")\(String(format: "%.2f", t.weight))"
        }
        if let reason { parts.append(reason) }
        return parts.joined(separator: ", ")
    }

    /// The organization match key ("The ACME Mfg. Co., Inc." → "acme manufacturing"), from ConveneNormalize.
    static func organizationKey(_ name: String) -> String { OrganizationNormalizer.key(name) }
}
