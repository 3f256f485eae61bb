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
    public func matchSettings() throws -> MatchSettings {
        try read { db in try Self.storedMatchSettings(db)?.settings ?? Self.defaultMatchSettings }
    }

    static func storedMatchSettings(_ db: Database) throws -> (settings: MatchSettings, estimatedFrom: Int)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT json, estimated_from FROM match_settings WHERE id = 1") else { return nil }
        return (try Store.decode(MatchSettings.self, row["json"]), row["estimated_from"])
    }

    /// The settings to link `incoming` records with, inside the caller's transaction. Parameters are
    /// (re-)estimated by ConveneMatch's training over every contact record (stored + incoming) when there are
    /// at least `minimumRecordsForEstimation` of them and their number has doubled since the last estimate —
    /// so training runs a handful of times over a workspace's life, and a sign-in sheet never waits for it.
    /// Below that size the engine's defaults are used, as in a batch run on small data.
    static func matchSettingsForLinking(_ db: Database, incoming: [ContactRecord]) throws -> MatchSettings {
        let stored = try storedMatchSettings(db)
        var base = defaultMatchSettings
        if let stored {                                  // thresholds and guards as stored; parameters re-estimated
            base.matchThreshold = stored.settings.matchThreshold
            base.reviewThreshold = stored.settings.reviewThreshold
            base.conflictRules = stored.settings.conflictRules
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
        let trained = CandidateScorer.estimate(base, records: records)
        try db.execute(sql: """
            INSERT INTO match_settings(id, json, estimated_from, updated_at) VALUES (1, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET json = excluded.json, estimated_from = excluded.estimated_from,
              updated_at = excluded.updated_at
            """, arguments: [try Store.json(trained), total, Store.now()])
        return trained
    }
}
