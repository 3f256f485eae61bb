import GRDB

extension SQLiteTransaction: IDCounterStorage {
    /// Reads and advances the `id_counter` row named for the kind.
    func takeNumber(_ kind: IDKind) throws -> Int {
        let next = try Int.fetchOne(db.cachedStatement(sql: "SELECT next FROM id_counter WHERE name = ?"), arguments: [kind.rawValue]) ?? 1
        try db.executeCached(sql: "INSERT INTO id_counter(name, next) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET next = excluded.next",
                       arguments: [kind.rawValue, next + 1])
        return next
    }
}
