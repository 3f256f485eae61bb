import ConveneModel
import Foundation
import GRDB

/// One transaction on a workspace's SQLite file: ``StorageTransaction``'s operations as SQL through GRDB, one
/// file per concern (`SQLitePeople.swift`, `SQLiteReview.swift`, …).
///
/// Model values are stored twice (see ``SQLiteSchema``): a few indexed columns to query, and the whole value as
/// JSON so nothing is lost when the model grows.
struct SQLiteTransaction {
    /// GRDB's connection, inside the transaction ``SQLiteStorage`` opened.
    let db: Database

    /// A value as a JSON column; keys sorted, so the same value is always the same text.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A value read back from a JSON column.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The columns ``sourceRecord(_:)`` reads: a source record `r` joined with its file `f`.
    static let sourceRecordColumns = "r.id, r.record_no, r.line, r.raw_json, f.path, f.source_kind"

    /// Rebuilds a ``SourceRecord`` from a row selected with ``sourceRecordColumns``.
    static func sourceRecord(_ row: Row) throws -> SourceRecord {
        let raw = try decode([String: String].self, row["raw_json"])
        return SourceRecord(file: row["path"], record: row["record_no"], line: row["line"],
                            source: SourceKind(rawValue: row["source_kind"]) ?? .generic, raw: raw)
    }
}

extension SQLiteTransaction: StorageTransaction {}

extension Database {
    /// `execute(sql:arguments:)` for one statement, through the connection's statement cache: compiled once per
    /// command, not once per call. An import runs the same few statements for every row and every person it
    /// touches (keys, attachments, golden records); compiling them each time was about a fifth of `convene
    /// import` for a 300-row sheet into 100,000 people.
    ///
    /// ```swift
    /// try db.executeCached(sql: "UPDATE source_record SET person_id = ? WHERE id = ?", arguments: ["P000001", 42])
    /// ```
    func executeCached(sql: String, arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
