import ConveneModel
import GRDB

extension SQLiteTransaction: MeetingStorage {
    /// A `meeting` row.
    func insertMeeting(_ meeting: Meeting) throws {
        try db.executeCached(sql: """
            INSERT INTO meeting(id, name, date, kind, is_virtual, location, start_time, end_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [meeting.id.rawValue, meeting.name, meeting.date?.iso, meeting.kind.rawValue, meeting.isVirtual,
                             meeting.location, meeting.startTime, meeting.endTime])
    }

    /// Through the `meeting_name` index (name without case, then date).
    func meeting(named name: String, on date: CalendarDate?) throws -> Meeting? {
        try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE name = ? COLLATE NOCASE AND date IS ?",
                         arguments: [name, date?.iso]).map(Self.meeting(from:))
    }

    /// The row with this ID or name, the latest date first.
    func meeting(idOrName: String) throws -> Meeting? {
        try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ? OR name = ? COLLATE NOCASE ORDER BY date DESC LIMIT 1",
                         arguments: [idOrName, idOrName]).map(Self.meeting(from:))
    }

    /// Every row; SQLite sorts a NULL date first.
    func meetingsByDate() throws -> [Meeting] {
        try Row.fetchAll(db, sql: "SELECT * FROM meeting ORDER BY date, id").map(Self.meeting(from:))
    }

    /// The meetings of the `participation` rows of the person's records, each once.
    func meetings(withParticipationOf person: PersonID) throws -> [Meeting] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT m.* FROM participation p JOIN source_record r ON r.id = p.source_record_id
            JOIN meeting m ON m.id = p.meeting_id WHERE r.person_id = ? ORDER BY m.date, m.id
            """, arguments: [person.rawValue]).map(Self.meeting(from:))
    }

    /// A `participation` row.
    func insertParticipation(_ participation: Participation, meeting: MeetingID, record: Int64) throws {
        try db.executeCached(sql: """
            INSERT INTO participation(meeting_id, source_record_id, status, join_time, leave_time, minutes, role)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [meeting.rawValue, record, participation.status.rawValue, participation.joinTime,
                             participation.leaveTime, participation.minutes, participation.role])
    }

    /// `participation` rows joined with their records (for the person) and files (for the source).
    func participations(in meeting: MeetingID?) throws -> [Participation] {
        var sql = """
        SELECT p.meeting_id, p.status, p.join_time, p.leave_time, p.minutes, p.role, r.person_id, \(Self.sourceRecordColumns)
        FROM participation p JOIN source_record r ON r.id = p.source_record_id JOIN source_file f ON f.id = r.file_id
        """
        var arguments: StatementArguments = []
        if let meeting { sql += " WHERE p.meeting_id = ?"; arguments = [meeting.rawValue] }
        sql += " ORDER BY p.meeting_id, p.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Participation(meeting: MeetingID(row["meeting_id"]), person: (row["person_id"] as String?).map(PersonID.init),
                          status: ParticipationStatus(rawValue: row["status"]) ?? .attended, joinTime: row["join_time"],
                          leaveTime: row["leave_time"], minutes: row["minutes"], role: row["role"],
                          source: try Self.sourceRecord(row))
        }
    }

    /// A ``Meeting`` from a `meeting` row.
    private static func meeting(from row: Row) -> Meeting {
        Meeting(id: MeetingID(row["id"]), name: row["name"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                kind: MeetingKind(rawValue: row["kind"]) ?? .other, isVirtual: row["is_virtual"],
                location: row["location"], startTime: row["start_time"], endTime: row["end_time"])
    }
}
