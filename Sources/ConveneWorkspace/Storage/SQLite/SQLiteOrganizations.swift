import ConveneModel
import GRDB

extension SQLiteTransaction: OrganizationStorage {
    /// Through the unique index on `key`.
    func organization(key: String) throws -> Organization? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT json FROM organization WHERE key = ?"), arguments: [key])
            .map { try Self.decode(Organization.self, $0) }
    }

    /// The `id` column alone: no JSON to decode, for every golden record rebuilt.
    func organizationID(key: String) throws -> OrganizationID? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM organization WHERE key = ?"), arguments: [key]).map(OrganizationID.init)
    }

    /// The first row whose ID, name or key it is.
    func organization(idNameOrKey needle: String) throws -> Organization? {
        try String.fetchOne(db, sql: """
            SELECT json FROM organization WHERE id = ? OR name = ? COLLATE NOCASE OR key = ? COLLATE NOCASE LIMIT 1
            """, arguments: [needle, needle, needle]).map { try Self.decode(Organization.self, $0) }
    }

    /// Upserts the row: the columns looked up on, and the organization as JSON.
    func saveOrganization(_ organization: Organization) throws {
        try db.executeCached(sql: """
            INSERT INTO organization(id, name, key, kind, kind_overridden, json) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, key = excluded.key, kind = excluded.kind,
              kind_overridden = excluded.kind_overridden, json = excluded.json
            """, arguments: [organization.id.rawValue, organization.name, organization.key, organization.kind.rawValue,
                             organization.kindOverridden, try Self.json(organization)])
    }

    /// Every row's JSON, by name.
    func organizationsByName() throws -> [Organization] {
        try String.fetchAll(db, sql: "SELECT json FROM organization ORDER BY name COLLATE NOCASE").map { try Self.decode(Organization.self, $0) }
    }

    /// Every row's JSON, by ID.
    func organizationsByID() throws -> [Organization] {
        try String.fetchAll(db, sql: "SELECT json FROM organization ORDER BY id").map { try Self.decode(Organization.self, $0) }
    }

    /// Groups `person` rows by their `organization_id`.
    func personCountsByOrganization() throws -> [OrganizationID: Int] {
        try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
            SELECT organization_id, COUNT(*) AS n FROM person WHERE organization_id IS NOT NULL GROUP BY organization_id
            """).map { (OrganizationID($0["organization_id"] as String), $0["n"] as Int) })
    }
}
