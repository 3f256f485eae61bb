import ConveneModel
import Foundation
import GRDB

extension Workspace {
    /// Everything reports need, as plain values, read in one consistent view of the database.
    ///
    /// Teams are the attendees of each action-team meeting (keyed by meeting name) plus each action item's
    /// champion and support (keyed by the item's team); volunteers are the action items' champions.
    ///
    /// ```swift
    /// let snapshot = try workspace.snapshot()
    /// print(snapshot.people.count, snapshot.meetings.count, snapshot.actionItems.count)
    /// ```
    public func snapshot() throws -> PartnershipSnapshot {
        try read { db in
            let people = try String.fetchAll(db, sql: "SELECT golden_json FROM person ORDER BY id").map { try Store.decode(Person.self, $0) }
            let organizations = try String.fetchAll(db, sql: "SELECT json FROM organization ORDER BY id").map { try Store.decode(Organization.self, $0) }
            let meetings = try Row.fetchAll(db, sql: "SELECT * FROM meeting ORDER BY date, id").map(Store.meeting)
            let participations = try Self.participations(db, meeting: nil)
            let actionItems = try String.fetchAll(db, sql: "SELECT json FROM action_item ORDER BY id").map { try Store.decode(ActionItem.self, $0) }

            var teams: [String: Set<PersonID>] = [:]
            let kinds = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
            for p in participations {
                guard let person = p.person, let meeting = kinds[p.meeting], meeting.kind == .actionTeam,
                      p.status == .attended || p.status == .walkIn else { continue }
                teams[meeting.name, default: []].insert(person)
            }
            var volunteers = Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT r.person_id FROM volunteer v JOIN source_record r ON r.id = v.source_record_id WHERE r.person_id IS NOT NULL
                """).map(PersonID.init))
            for item in actionItems {
                if let c = item.championID { teams[item.team, default: []].insert(c); volunteers.insert(c) }
                if let s = item.supportID { teams[item.team, default: []].insert(s) }
            }
            return PartnershipSnapshot(settings: settings, people: people, organizations: organizations, meetings: meetings,
                                       participations: participations, actionItems: actionItems,
                                       teams: teams.mapValues { $0.sorted() }, volunteers: volunteers.sorted())
        }
    }

    static func participations(_ db: Database, meeting: MeetingID?) throws -> [Participation] {
        var sql = """
        SELECT p.meeting_id, p.status, p.join_time, p.leave_time, p.minutes, p.role, r.person_id, \(Store.sourceRecordColumns)
        FROM participation p JOIN source_record r ON r.id = p.source_record_id JOIN source_file f ON f.id = r.file_id
        """
        var arguments: StatementArguments = []
        if let meeting { sql += " WHERE p.meeting_id = ?"; arguments = [meeting.rawValue] }
        sql += " ORDER BY p.meeting_id, p.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Participation(meeting: MeetingID(row["meeting_id"]), person: (row["person_id"] as String?).map(PersonID.init),
                          status: ParticipationStatus(rawValue: row["status"]) ?? .attended, joinTime: row["join_time"],
                          leaveTime: row["leave_time"], minutes: row["minutes"], role: row["role"],
                          source: try Store.sourceRecord(row))
        }
    }

    /// Replaces the action plan (used by `convene plan import`); items keep their IDs.
    ///
    /// ```swift
    /// var items = try workspace.snapshot().actionItems
    /// items[0].status = .done
    /// try workspace.saveActionItems(items)
    /// ```
    public func saveActionItems(_ items: [ActionItem], replacingAll: Bool = true) throws {
        try write { db in
            if replacingAll { try db.execute(sql: "DELETE FROM action_item") }
            for item in items {
                try db.execute(sql: "INSERT INTO action_item(id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json",
                               arguments: [item.id, try Store.json(item)])
            }
        }
    }
}
