import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation
import GRDB

extension Workspace {
    /// Recomputes one person's golden record (and blocking keys) from their records; deletes a person left
    /// with no records. Called inside a write transaction.
    static func rebuildPerson(_ db: Database, _ id: PersonID) throws {
        let contacts = try String.fetchAll(db, sql: """
            SELECT contact_json FROM source_record WHERE person_id = ? AND contact_json IS NOT NULL ORDER BY file_id, record_no
            """, arguments: [id.rawValue]).map { try Store.decode(ContactRecord.self, $0) }
        guard !contacts.isEmpty else {
            try db.execute(sql: "DELETE FROM person_key WHERE person_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [id.rawValue])
            return
        }
        var person = GoldenRecords.person(id: id, records: contacts)
        if let org = person.organization {
            person.organizationID = try String.fetchOne(db, sql: "SELECT id FROM organization WHERE key = ?",
                                                        arguments: [Linking.organizationKey(org)]).map(OrganizationID.init)
        }
        try db.execute(sql: """
            INSERT INTO person(id, sort_name, display_name, email, phone, organization, organization_id, golden_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET sort_name = excluded.sort_name, display_name = excluded.display_name,
              email = excluded.email, phone = excluded.phone, organization = excluded.organization,
              organization_id = excluded.organization_id, golden_json = excluded.golden_json
            """, arguments: [id.rawValue, person.name.sortName, person.name.displayName, person.email, person.phone,
                             person.organization, person.organizationID?.rawValue, try Store.json(person)])
        try db.execute(sql: "DELETE FROM person_key WHERE person_id = ?", arguments: [id.rawValue])
        for key in Set(contacts.flatMap(Linking.blockingKeys)) {
            try db.execute(sql: "INSERT OR IGNORE INTO person_key(key, person_id) VALUES (?, ?)", arguments: [key, id.rawValue])
        }
    }

    /// People by sort name; `search` (case-insensitive) matches name, email, phone (as stored, or typed as people
    /// write numbers) or organization.
    ///
    /// ```swift
    /// let smiths = try workspace.people(matching: "smith")   // convene people smith
    /// let everyone = try workspace.people()
    /// ```
    public func people(matching search: String? = nil) throws -> [Person] {
        try read { db in
            var sql = "SELECT golden_json FROM person"
            var arguments: StatementArguments = []
            if let search, !search.isEmpty {
                let like = "%" + search.replacingOccurrences(of: "%", with: "") + "%"
                // Phones are stored in E.164 ("+16085550113"): a number typed as people write it ("608-555-0113",
                // "(608) 555-0113") is searched in that form too.
                var phoneLike = like
                if search.filter(\.isNumber).count >= 7,
                   let phone = PhoneNormalizer.normalize(search, defaultRegion: settings.defaultPhoneRegion),
                   phone.isUsable, let e164 = phone.e164 {
                    phoneLike = "%" + e164 + "%"
                }
                sql += " WHERE display_name LIKE ? OR sort_name LIKE ? OR email LIKE ? OR phone LIKE ? OR phone LIKE ? OR organization LIKE ? OR id = ? COLLATE NOCASE"
                arguments = [like, like, like, like, phoneLike, like, search]
            }
            sql += " ORDER BY sort_name COLLATE NOCASE, id"
            return try String.fetchAll(db, sql: sql, arguments: arguments).map { try Store.decode(Person.self, $0) }
        }
    }

    /// How many people the workspace holds.
    ///
    /// ```swift
    /// print(try workspace.personCount(), "people")
    /// ```
    public func personCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0 }
    }
}
