import ConveneModel
import Foundation
import GRDB

/// Small helpers shared by the per-model stores: JSON columns, ID counters, source-record rows.
enum Store {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The next ID of a kind (`P000123`, `O000042`, `M0003`). IDs are never reused, so a retired person's ID
    /// never comes back as somebody else.
    static func nextID(_ db: Database, name: String, prefix: String, width: Int) throws -> String {
        let next = try Int.fetchOne(db, sql: "SELECT next FROM id_counter WHERE name = ?", arguments: [name]) ?? 1
        try db.execute(sql: "INSERT INTO id_counter(name, next) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET next = excluded.next",
                       arguments: [name, next + 1])
        let digits = String(next)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A new person: the next person ID, with an empty row that records can point at until
    /// ``Workspace/rebuildPerson(_:_:)`` fills in their golden record.
    static func newPerson(_ db: Database) throws -> PersonID {
        let id = try nextID(db, name: "person", prefix: "P", width: 6)
        try db.execute(sql: "INSERT INTO person(id, sort_name, display_name, golden_json) VALUES (?, '', '', '{}')", arguments: [id])
        return PersonID(id)
    }

    static let sourceRecordColumns = "r.id, r.record_no, r.line, r.raw_json, f.path, f.source_kind"

    /// Rebuilds a ``SourceRecord`` from a row selected with ``sourceRecordColumns``.
    static func sourceRecord(_ row: Row) throws -> SourceRecord {
        let raw = try decode([String: String].self, row["raw_json"])
        return SourceRecord(file: row["path"], record: row["record_no"], line: row["line"],
                            source: SourceKind(rawValue: row["source_kind"]) ?? .generic, raw: raw)
    }

    static func meeting(_ row: Row) -> Meeting {
        Meeting(id: MeetingID(row["id"]), name: row["name"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                kind: MeetingKind(rawValue: row["kind"]) ?? .other, isVirtual: row["is_virtual"],
                location: row["location"], startTime: row["start_time"], endTime: row["end_time"])
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
