import GRDB

extension SQLiteTransaction: RedirectStorage {
    /// One `person_redirect` row per new ID.
    func insertRedirect(_ redirect: PersonRedirect) throws {
        for target in redirect.newIDs {
            try db.executeCached(sql: "INSERT INTO person_redirect(old_id, new_id, reason, rebuilt_at, retired_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [redirect.oldID, target, redirect.reason.rawValue, redirect.rebuiltAt, redirect.retiredBy])
        }
    }

    /// The old ID's rows, those of one rebuild and reason folded into one redirect.
    func redirects(of oldID: String) throws -> [PersonRedirect] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT old_id, new_id, reason, rebuilt_at, retired_by FROM person_redirect WHERE old_id = ? ORDER BY rebuilt_at DESC, length(new_id), new_id
            """, arguments: [oldID])
        var out: [PersonRedirect] = []
        for row in rows {
            let at: String = row["rebuilt_at"], reason = PersonRedirect.Reason(rawValue: row["reason"]) ?? .mergedInto
            if let i = out.firstIndex(where: { $0.rebuiltAt == at && $0.reason == reason }) {
                out[i].newIDs.append(row["new_id"])
            } else {
                // Before v7 only a rebuild retired IDs.
                let by: String = row["retired_by"] ?? "convene rebuild"
                out.append(PersonRedirect(oldID: oldID, newIDs: [row["new_id"]], reason: reason, rebuiltAt: at, retiredBy: by))
            }
        }
        return out
    }
}
