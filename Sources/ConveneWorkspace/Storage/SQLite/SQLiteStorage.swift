import Foundation
import GRDB

/// A workspace's history in one SQLite file, through GRDB: opening it (upgrading an older schema, refusing a
/// newer one) and running transactions. Why a rollback journal and `BEGIN IMMEDIATE`: see ``Workspace``.
final class SQLiteStorage: Storage {
    /// The newest schema this build knows.
    static var schemaVersion: Int { SQLiteSchema.version }

    /// The database file.
    private let path: String
    /// How long a writer waits for another's lock before ``WorkspaceError/busy(path:seconds:)``.
    private let busyTimeout: Double
    /// GRDB's serialized connection to the file: one command at a time in this process.
    private let dbQueue: DatabaseQueue

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    init(path: String, busyTimeout: Double) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 64 MB of page cache: a large import then stays in memory until commit instead of spilling
            // (a spill takes the exclusive lock early and writes twice).
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            dbQueue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeout)
        }
        try migrate()
    }

    /// Applies the migrations the file lacks, once, under the write lock; refuses a schema newer than this build's.
    private func migrate() throws {
        let found = try readDatabase { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if found > SQLiteSchema.version {
            throw WorkspaceError.newerSchema(path: path, found: found, known: SQLiteSchema.version)
        }
        if found == SQLiteSchema.version { return }
        try writeDatabase { db in
            // Re-check inside the write lock: another process may have migrated meanwhile.
            let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if current > SQLiteSchema.version {
                throw WorkspaceError.newerSchema(path: self.path, found: current, known: SQLiteSchema.version)
            }
        }
        do {
            // The journal mode is a property of the file; it can only change outside a transaction.
            try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeout)
        }
        do {
            // The migrator runs each pending migration in its own transaction.
            try SQLiteSchema.migrator.migrate(dbQueue)
            try dbQueue.write { db in try db.execute(sql: "PRAGMA user_version = \(SQLiteSchema.version)") }
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    // MARK: Transactions

    /// Runs `body` on a ``SQLiteTransaction`` in one IMMEDIATE transaction.
    func write<T>(_ body: (any StorageTransaction) throws -> T) throws -> T {
        try writeDatabase { db in try body(SQLiteTransaction(db: db)) }
    }

    /// Runs `body` on a ``SQLiteTransaction`` in one read-only transaction.
    func read<T>(_ body: (any StorageTransaction) throws -> T) throws -> T {
        try readDatabase { db in try body(SQLiteTransaction(db: db)) }
    }

    /// Runs `body` in one IMMEDIATE transaction; any thrown error rolls everything back.
    private func writeDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            // Explicitly IMMEDIATE: take the write lock before reading, so two writers never interleave.
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs `body` with a consistent read-only view.
    private func readDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw Self.translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// GRDB's errors as the workspace's: a lock held too long is ``WorkspaceError/busy(path:seconds:)``, any
    /// other database error ``WorkspaceError/database(path:reason:)``; errors thrown by a body pass unchanged.
    private static func translate(_ error: Error, path: String, busyTimeout: Double) -> Error {
        if let dbError = error as? DatabaseError {
            switch dbError.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return WorkspaceError.busy(path: path, seconds: busyTimeout)
            default: return WorkspaceError.database(path: path, reason: dbError.message ?? "\(dbError.resultCode)")
            }
        }
        return error
    }
}
