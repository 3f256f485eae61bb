import ConveneMatch
import ConveneModel
import Foundation

/// The match engine's settings kept in the workspace: ConveneMatch's comparisons, guards and thresholds, with
/// m, u and the prior estimated from the workspace's own records once there are enough of them.
extension Workspace {
    /// ConveneMatch's person settings with the workspace's thresholds. Stricter than a batch run's: a record
    /// linked here is never re-clustered later, so a link must be surer (an unsure pair costs one review row, a
    /// wrong link a person's history); between the two thresholds a person decides.
    public static var defaultMatchSettings: MatchSettings {
        var settings = MatchSettings.people()
        settings.matchThreshold = 0.92
        settings.reviewThreshold = 0.5
        return settings
    }

    /// The stored settings, or the defaults when none were stored yet.
    ///
    /// ```swift
    /// let settings = try workspace.matchSettings()
    /// print(settings.matchThreshold, settings.comparisons.map(\.name))
    /// ```
    public func matchSettings() throws -> MatchSettings {
        try storage.read { tx in try tx.storedMatchSettings()?.settings ?? Self.defaultMatchSettings }
    }

    /// The settings to link `incoming` records with, inside the caller's transaction. Parameters are
    /// (re-)estimated by ConveneMatch's training over every contact record (stored + incoming) when there are
    /// at least `minimumRecordsForEstimation` of them, their number has doubled since the last check, and they
    /// overlap enough to hold matches to learn from (``minimumRepeatShare``) — so training runs a handful of
    /// times over a workspace's life, and a sign-in sheet never waits for it. Otherwise the engine's defaults
    /// are used, as in a batch run on small data.
    static func matchSettingsForLinking(_ tx: any StorageTransaction, incoming: [ContactRecord]) throws -> MatchSettings {
        let stored = try tx.storedMatchSettings()
        var base = defaultMatchSettings
        if let stored {                                  // thresholds and guards as stored; parameters re-estimated
            base.matchThreshold = stored.settings.matchThreshold
            base.reviewThreshold = stored.settings.reviewThreshold
        }
        let existing = try tx.contactRecordCount()
        let total = existing + incoming.count
        let last = stored?.estimatedFrom ?? 0
        guard total >= base.minimumRecordsForEstimation, total >= 2 * last else {
            return stored?.settings ?? base
        }
        var records = try tx.contactRecords().map(\.contact)
        records += incoming
        // EM learns what a match looks like from the matches in the data; a workspace whose records hardly ever
        // repeat (one big list of distinct people) teaches it that sharing a name is a match. Until the records
        // show real overlap, keep the engine's defaults — and note the check, so it is not repeated until the
        // workspace doubles again.
        let trained = repeatShare(records) >= minimumRepeatShare ? CandidateScorer.estimate(base, records: records) : base
        try tx.saveMatchSettings(trained, estimatedFrom: total)
        return trained
    }

    /// Parameters are estimated only when at least this share of records repeats an earlier record's identifier
    /// (``repeatShare(_:)``).
    static let minimumRepeatShare = 0.05

    /// The share of records that repeat an earlier record's identifier: a cheap sign of how much the lists
    /// overlap, i.e. of how many matches the training data holds. An identifier is an email, a phone (digits), or
    /// a full name written exactly as before together with the same date of birth or the same street — a list
    /// typed from paper (no email, no phone) repeats its people that way, while a list of distinct people does
    /// not: a common name recurs, but at another street, and a household's members differ in given name.
    ///
    /// ```swift
    /// Workspace.repeatShare(records)   // 0.0 for 100,000 distinct people; 0.41 for FEBRL 3's typed copies
    /// ```
    static func repeatShare(_ records: [ContactRecord]) -> Double {
        guard !records.isEmpty else { return 0 }
        func folded(_ s: String?) -> String { (s ?? "").lowercased().filter { $0.isLetter || $0.isNumber } }
        var seen: Set<String> = []
        var repeats = 0
        for r in records {
            var keys = r.emails.map { "e:" + $0.lowercased() } + r.phones.map { "p:" + $0.filter(\.isNumber) }.filter { $0.count > 8 }
            let given = folded(r.name.given), family = folded(r.name.family)
            if !given.isEmpty, !family.isEmpty {
                let name = given + " " + family
                let born = folded(r.dateOfBirth), street = folded(r.street)
                if !born.isEmpty { keys.append("b:" + name + "|" + born) }
                if !street.isEmpty { keys.append("a:" + name + "|" + street) }
            }
            if keys.contains(where: seen.contains) { repeats += 1 }
            seen.formUnion(keys)
        }
        return Double(repeats) / Double(records.count)
    }
}
