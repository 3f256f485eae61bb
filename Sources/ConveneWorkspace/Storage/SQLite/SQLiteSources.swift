import ConveneImport
import ConveneModel
import GRDB

extension SQLiteTransaction: SourceStorage {
    /// Looks the content hash up in `source_file` (a unique index).
    func isImported(sha256: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM source_file WHERE sha256 = ?"), arguments: [sha256]) == true
    }

    /// A `source_file` row stamped with the time of import; its row ID is the file's number.
    func insertSourceFile(path: String, sha256: String, source: SourceKind, role: String, meeting: MeetingID?,
                          recordCount: Int, reading: ColumnReading?) throws -> Int64 {
        try db.executeCached(sql: """
            INSERT INTO source_file(path, sha256, source_kind, role, meeting_id, record_count, imported_at, reading_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [path, sha256, source.rawValue, role, meeting?.rawValue, recordCount, Timestamp.now(),
                             try reading.map(Self.json)])
        return db.lastInsertedRowID
    }

    /// The `reading_json` of every file that has one.
    func columnReadings() throws -> [Int64: ColumnReading] {
        var out: [Int64: ColumnReading] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, reading_json FROM source_file WHERE reading_json IS NOT NULL") {
            out[row["id"]] = try Self.decode(ColumnReading.self, row["reading_json"])
        }
        return out
    }

    /// `source_file.sha256` by file ID.
    func sourceFileDigests() throws -> [Int64: String] {
        var out: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, sha256 FROM source_file") { out[row["id"]] = row["sha256"] }
        return out
    }

    /// A `source_record` row with the raw cells as JSON; its row ID is the record's number.
    func insertRecord(_ source: SourceRecord, file: Int64) throws -> Int64 {
        try db.executeCached(sql: "INSERT INTO source_record(file_id, record_no, line, raw_json) VALUES (?, ?, ?, ?)",
                       arguments: [file, source.record, source.line, try Self.json(source.raw)])
        return db.lastInsertedRowID
    }

    /// Sets the record's `contact_json`.
    func setContact(_ contact: ContactRecord, ofRecord id: Int64) throws {
        try db.executeCached(sql: "UPDATE source_record SET contact_json = ? WHERE id = ?", arguments: [try Self.json(contact), id])
    }

    /// Sets the record's `organization_json`.
    func setOrganization(_ organization: OrganizationRecord, ofRecord id: Int64) throws {
        try db.executeCached(sql: "UPDATE source_record SET organization_json = ? WHERE id = ?", arguments: [try Self.json(organization), id])
    }

    /// A `volunteer` row, keyed by the record.
    func markVolunteer(record id: Int64) throws {
        try db.executeCached(sql: "INSERT OR IGNORE INTO volunteer(source_record_id) VALUES (?)", arguments: [id])
    }

    /// The people of the `volunteer` rows' records, each once.
    func volunteers() throws -> [PersonID] {
        try String.fetchAll(db, sql: """
            SELECT DISTINCT r.person_id FROM volunteer v JOIN source_record r ON r.id = v.source_record_id WHERE r.person_id IS NOT NULL
            """).map(PersonID.init)
    }
}
