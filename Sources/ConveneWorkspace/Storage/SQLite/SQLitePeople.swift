import ConveneModel
import GRDB

extension SQLiteTransaction: PeopleStorage {
    /// A `person` row with empty columns and `{}` for a golden record.
    func insertPlaceholderPerson(_ id: PersonID) throws {
        try db.executeCached(sql: "INSERT INTO person(id, sort_name, display_name, golden_json) VALUES (?, '', '', '{}')", arguments: [id.rawValue])
    }

    /// Upserts the `person` row: the columns searched and sorted on, and the golden record as JSON.
    func savePerson(_ person: Person) throws {
        try db.executeCached(sql: """
            INSERT INTO person(id, sort_name, display_name, email, phone, organization, organization_id, golden_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET sort_name = excluded.sort_name, display_name = excluded.display_name,
              email = excluded.email, phone = excluded.phone, organization = excluded.organization,
              organization_id = excluded.organization_id, golden_json = excluded.golden_json
            """, arguments: [person.id.rawValue, person.name.sortName, person.name.displayName, person.email, person.phone,
                             person.organization, person.organizationID?.rawValue, try Self.json(person)])
    }

    /// Deletes the `person_key` rows, then the `person` row.
    func deletePerson(_ id: PersonID) throws {
        try db.executeCached(sql: "DELETE FROM person_key WHERE person_id = ?", arguments: [id.rawValue])
        try db.executeCached(sql: "DELETE FROM person WHERE id = ?", arguments: [id.rawValue])
    }

    /// Decodes the row's `golden_json`.
    func person(_ id: PersonID) throws -> Person? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT golden_json FROM person WHERE id = ?"), arguments: [id.rawValue])
            .map { try Self.decode(Person.self, $0) }
    }

    /// Looks for the row without decoding it.
    func personExists(_ id: PersonID) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM person WHERE id = ?"), arguments: [id.rawValue]) ?? false
    }

    /// Counts `person` rows.
    func personCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0
    }

    /// Every golden record, by ID.
    func peopleByID() throws -> [Person] {
        try String.fetchAll(db, sql: "SELECT golden_json FROM person ORDER BY length(id), id").map { try Self.decode(Person.self, $0) }
    }

    /// `LIKE` on the searchable columns (a `%` typed in the search is dropped, so it matches itself only).
    func people(matching search: String?, phone: String?) throws -> [Person] {
        var sql = "SELECT golden_json FROM person"
        var arguments: StatementArguments = []
        if let search, !search.isEmpty {
            let like = "%" + search.replacingOccurrences(of: "%", with: "") + "%"
            let phoneLike = phone.map { "%" + $0 + "%" } ?? like
            sql += " WHERE display_name LIKE ? OR sort_name LIKE ? OR email LIKE ? OR phone LIKE ? OR phone LIKE ? OR organization LIKE ? OR id = ? COLLATE NOCASE"
            arguments = [like, like, like, like, phoneLike, like, search]
        }
        sql += " ORDER BY sort_name COLLATE NOCASE, length(id), id"       // IDs in the order given (PersonID's)
        return try String.fetchAll(db, sql: sql, arguments: arguments).map { try Self.decode(Person.self, $0) }
    }

    /// One `INSERT OR IGNORE` into `person_key` per key.
    func addKeys(_ keys: [String], to person: PersonID) throws {
        for key in keys {
            try db.executeCached(sql: "INSERT OR IGNORE INTO person_key(key, person_id) VALUES (?, ?)", arguments: [key, person.rawValue])
        }
    }

    /// Deletes the person's `person_key` rows, then adds `keys`.
    func replaceKeys(of person: PersonID, with keys: Set<String>) throws {
        try db.executeCached(sql: "DELETE FROM person_key WHERE person_id = ?", arguments: [person.rawValue])
        try addKeys(Array(keys), to: person)
    }

    /// "?,?,?" for an `IN` list of `n` values.
    static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

    /// Per key, a count on the `person_key` primary key that stops after `people + 1` holders: an office's
    /// street held by thousands costs as little to rule out as a house's. In key order.
    func keys(_ keys: [String], heldByAtMost people: Int) throws -> [String] {
        let count = try db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM person_key WHERE key = ? LIMIT ?)")
        return try Set(keys).sorted().filter { key in
            let holders = try Int.fetchOne(count, arguments: [key, people + 1]) ?? 0
            return holders >= 1 && holders <= people
        }
    }

    /// One query on the `person_key` primary key for all of `keys`.
    func people(withAnyKey keys: [String], limit: Int) throws -> [PersonID] {
        return try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT person_id FROM person_key WHERE key IN (\(Self.placeholders(keys.count))) LIMIT \(limit)"),
                                   arguments: StatementArguments(keys)).map(PersonID.init)
    }
}
