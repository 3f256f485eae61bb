import ConveneModel
import GRDB

extension SQLiteTransaction: PersonRecordStorage {
    /// Sets the record's `person_id`.
    func attach(record id: Int64, to person: PersonID) throws {
        try db.executeCached(sql: "UPDATE source_record SET person_id = ? WHERE id = ?", arguments: [person.rawValue, id])
    }

    /// Rewrites `person_id` on every record of `from`.
    func moveRecords(of from: PersonID, to: PersonID) throws {
        try db.executeCached(sql: "UPDATE source_record SET person_id = ? WHERE person_id = ?", arguments: [to.rawValue, from.rawValue])
    }

    /// The record's `person_id`.
    func person(ofRecord id: Int64) throws -> PersonID? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT person_id FROM source_record WHERE id = ?"), arguments: [id]).map(PersonID.init)
    }

    /// The record joined with its file.
    func record(_ id: Int64) throws -> ReviewPair.Side? {
        try Row.fetchOne(db, sql: """
            SELECT \(Self.sourceRecordColumns), r.person_id, r.contact_json FROM source_record r JOIN source_file f ON f.id = r.file_id WHERE r.id = ?
            """, arguments: [id]).map { row in
            ReviewPair.Side(person: (row["person_id"] as String?).map(PersonID.init), source: try Self.sourceRecord(row),
                            contact: try (row["contact_json"] as String?).map { try Self.decode(ContactRecord.self, $0) })
        }
    }

    /// Through the `source_record_person` index.
    func recordIDs(ofPerson person: PersonID) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM source_record WHERE person_id = ? ORDER BY id", arguments: [person.rawValue])
    }

    /// The largest `file_id` among the person's records, then their records from that file.
    func recordIDsOfLastFile(ofPerson person: PersonID) throws -> [Int64] {
        let lastFile = try Int64.fetchOne(db, sql: "SELECT MAX(file_id) FROM source_record WHERE person_id = ?", arguments: [person.rawValue])
        return try Int64.fetchAll(db, sql: "SELECT id FROM source_record WHERE person_id = ? AND file_id = ?",
                                  arguments: [person.rawValue, lastFile])
    }

    /// The person's records that have a `contact_json`, through the `source_record_person` index (whose order,
    /// person then row ID, is the order asked for, so SQLite sorts nothing).
    func contacts(ofPerson person: PersonID) throws -> [(recordID: Int64, contact: ContactRecord)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, contact_json FROM source_record WHERE person_id = ? AND contact_json IS NOT NULL ORDER BY id"),
                         arguments: [person.rawValue]).map { row in (row["id"], try Self.decode(ContactRecord.self, row["contact_json"])) }
    }

    /// The person's `contact_json` values by file and row number.
    func contactsInFileOrder(ofPerson person: PersonID) throws -> [ContactRecord] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT contact_json FROM source_record WHERE person_id = ? AND contact_json IS NOT NULL ORDER BY file_id, record_no
            """), arguments: [person.rawValue]).map { try Self.decode(ContactRecord.self, $0) }
    }

    /// The person's records joined with their files.
    func sourceRecords(ofPerson person: PersonID) throws -> [PersonDetail.Record] {
        try Row.fetchAll(db, sql: """
            SELECT \(Self.sourceRecordColumns) FROM source_record r JOIN source_file f ON f.id = r.file_id
            WHERE r.person_id = ? ORDER BY r.file_id, r.record_no
            """, arguments: [person.rawValue]).map { PersonDetail.Record(recordID: $0["id"], source: try Self.sourceRecord($0)) }
    }

    /// Every record with a `contact_json`, by row ID.
    func contactRecords() throws -> [(recordID: Int64, file: Int64, person: PersonID?, contact: ContactRecord)] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, file_id, person_id, contact_json FROM source_record WHERE contact_json IS NOT NULL ORDER BY id")
        return try rows.map { row in
            (row["id"], row["file_id"], (row["person_id"] as String?).map(PersonID.init),
             try Self.decode(ContactRecord.self, row["contact_json"]))
        }
    }

    /// Counts records with a `contact_json`.
    func contactRecordCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source_record WHERE contact_json IS NOT NULL") ?? 0
    }

    /// Groups the records that have a person by it.
    func recordCountsByPerson() throws -> [PersonID: Int] {
        var counts: [PersonID: Int] = [:]
        let sql = "SELECT person_id, COUNT(*) AS n FROM source_record WHERE person_id IS NOT NULL GROUP BY person_id"
        for row in try Row.fetchAll(db, sql: sql) {
            counts[PersonID(row["person_id"])] = row["n"]
        }
        return counts
    }
}
