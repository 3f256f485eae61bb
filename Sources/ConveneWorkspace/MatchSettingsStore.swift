import ConveneMatch
import ConveneModel
import Foundation
import GRDB

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
        try read { db in try Self.storedMatchSettings(db)?.settings ?? Self.defaultMatchSettings }
    }

    static func storedMatchSettings(_ db: Database) throws -> (settings: MatchSettings, estimatedFrom: Int)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT json, estimated_from FROM match_settings WHERE id = 1") else { return nil }
        return (try Store.decode(MatchSettings.self, row["json"]), row["estimated_from"])
    }

    /// The settings to link `incoming` records with, inside the caller's transaction. Parameters are
    /// (re-)estimated by ConveneMatch's training over every contact record (stored + incoming) when there are
    /// at least `minimumRecordsForEstimation` of them, their number has doubled since the last check, and they
    /// overlap enough to hold matches to learn from (``minimumRepeatShare``) — so training runs a handful of
    /// times over a workspace's life, and a sign-in sheet never waits for it. Otherwise the engine's defaults
    /// are used, as in a batch run on small data.
    static func matchSettingsForLinking(_ db: Database, incoming: [ContactRecord]) throws -> MatchSettings {
        let stored = try storedMatchSettings(db)
        var base = defaultMatchSettings
        if let stored {                                  // thresholds and guards as stored; parameters re-estimated
            base.matchThreshold = stored.settings.matchThreshold
            base.reviewThreshold = stored.settings.reviewThreshold
        }
        let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source_record WHERE contact_json IS NOT NULL") ?? 0
        let total = existing + incoming.count
        let last = stored?.estimatedFrom ?? 0
        guard total >= base.minimumRecordsForEstimation, total >= 2 * last else {
            return stored?.settings ?? base
        }
        var records = try String.fetchAll(db, sql: "SELECT contact_json FROM source_record WHERE contact_json IS NOT NULL ORDER BY id")
            .map { try Store.decode(ContactRecord.self, $0) }
        records += incoming
        // EM learns what a match looks like from the matches in the data; a workspace whose records hardly ever
        // repeat (one big list of distinct people) teaches it that sharing a name is a match. Until the records
        // show real overlap, keep the engine's defaults — and note the check, so it is not repeated until the
        // workspace doubles again.
        let trained = repeatShare(records) >= minimumRepeatShare ? CandidateScorer.estimate(base, records: records) : base
        try storeMatchSettings(db, trained, estimatedFrom: total)
        return trained
    }

    /// Saves the settings the workspace links with, and how many contact records they were estimated from
    /// (0: the engine's defaults), inside the caller's transaction.
    static func storeMatchSettings(_ db: Database, _ settings: MatchSettings, estimatedFrom: Int) throws {
        try db.execute(sql: """
            INSERT INTO match_settings(id, json, estimated_from, updated_at) VALUES (1, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET json = excluded.json, estimated_from = excluded.estimated_from,
              updated_at = excluded.updated_at
            """, arguments: [try Store.json(settings), estimatedFrom, Store.now()])
    }

    /// Parameters are estimated only when at least this share of records repeats an earlier record's email or phone.
    static let minimumRepeatShare = 0.05

    /// The share of records carrying an email or phone (digits) already seen on an earlier record: a cheap sign of
    /// how much the lists overlap, i.e. of how many matches the training data holds.
    static func repeatShare(_ records: [ContactRecord]) -> Double {
        guard !records.isEmpty else { return 0 }
        var seen: Set<String> = []
        var repeats = 0
        for r in records {
            let keys = r.emails.map { "e:" + $0.lowercased() } + r.phones.map { "p:" + $0.filter(\.isNumber) }.filter { $0.count > 8 }
            if keys.contains(where: seen.contains) { repeats += 1 }
            seen.formUnion(keys)
        }
        return Double(repeats) / Double(records.count)
    }
}
