/// Where a workspace's history is kept, and the one way to reach it: a transaction.
///
/// The workflows (import, rebuild, review, …) see only this and ``StorageTransaction``: model values go in and
/// come out, and no SQL leaves this folder. ``SQLiteStorage`` keeps a workspace in one SQLite file; a database
/// that two organizations share (PostgreSQL) would be another type conforming to both protocols.
protocol Storage: Sendable {
    /// Runs `body` in one write transaction that holds the write lock from its start: it commits when `body`
    /// returns and changes nothing when `body` throws.
    func write<T>(_ body: (any StorageTransaction) throws -> T) throws -> T

    /// Runs `body` with one consistent, read-only view of the history.
    func read<T>(_ body: (any StorageTransaction) throws -> T) throws -> T
}

/// The operations available inside one transaction, one protocol per table or concern; every read sees the
/// transaction's own writes. Methods are named for what the workflows need, not for the SQL behind them.
protocol StorageTransaction: IDCounterStorage, PeopleStorage, SourceStorage, PersonRecordStorage, OrganizationStorage,
    MeetingStorage, ReviewStorage, RedirectStorage, SettingsStorage, ActionItemStorage {}
