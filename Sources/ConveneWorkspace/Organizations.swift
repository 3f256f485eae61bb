import ConveneModel
import Foundation
import GRDB

/// An organization with how many people in the workspace belong to it.
///
/// ```swift
/// for summary in try workspace.organizations() where summary.organization.kind == .business {
///     print(summary.organization.name, summary.people)   // Acme Manufacturing 4
/// }
/// ```
public struct OrganizationSummary: Codable, Sendable, Hashable {
    /// The organization.
    public var organization: Organization
    /// How many people in the workspace belong to it.
    public var people: Int

    /// A summary from its organization and head count.
    ///
    /// ```swift
    /// let summary = OrganizationSummary(organization: acme, people: 4)
    /// ```
    public init(organization: Organization, people: Int) {
        self.organization = organization
        self.people = people
    }
}

extension Workspace {
    /// Every organization, by name, with its head count.
    ///
    /// ```swift
    /// let partners = try workspace.organizations().filter { $0.organization.kind.isPublicPartner }
    /// ```
    public func organizations() throws -> [OrganizationSummary] {
        try read { db in
            let counts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT organization_id, COUNT(*) AS n FROM person WHERE organization_id IS NOT NULL GROUP BY organization_id
                """).map { ($0["organization_id"] as String, $0["n"] as Int) })
            return try String.fetchAll(db, sql: "SELECT json FROM organization ORDER BY name COLLATE NOCASE").map {
                let org = try Store.decode(Organization.self, $0)
                return OrganizationSummary(organization: org, people: counts[org.id.rawValue] ?? 0)
            }
        }
    }

    /// Sets an organization's kind by hand (by ID, exact name or match key). The override is remembered:
    /// inference never changes an overridden kind again. Throws ``WorkspaceError/invalidRequest(_:)`` naming
    /// `nameOrID` as given when no organization has that ID, name or key.
    ///
    /// ```swift
    /// let okafor = try workspace.classify(organization: "Okafor Tool & Die", as: .business)   // convene classify …
    /// ```
    @discardableResult
    public func classify(organization nameOrID: String, as kind: OrganizationKind) throws -> Organization {
        try write { db in
            let needle = nameOrID.trimmingCharacters(in: .whitespaces)
            guard let json = try String.fetchOne(db, sql: """
                SELECT json FROM organization WHERE id = ? OR name = ? COLLATE NOCASE OR key = ? COLLATE NOCASE LIMIT 1
                """, arguments: [needle, needle, needle]) else {
                // Said as the user gave it: a name is as likely as an ID.
                throw WorkspaceError.invalidRequest("no organization with the name or ID \"\(nameOrID)\" in this workspace (see `convene orgs`)")
            }
            var org = try Store.decode(Organization.self, json)
            org.kind = kind
            org.kindOverridden = true
            try Self.saveOrganization(db, org)
            return org
        }
    }

    static func saveOrganization(_ db: Database, _ org: Organization) throws {
        try db.execute(sql: """
            INSERT INTO organization(id, name, key, kind, kind_overridden, json) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, key = excluded.key, kind = excluded.kind,
              kind_overridden = excluded.kind_overridden, json = excluded.json
            """, arguments: [org.id.rawValue, org.name, org.key, org.kind.rawValue, org.kindOverridden, try Store.json(org)])
    }
}
