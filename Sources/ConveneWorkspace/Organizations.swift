import ConveneModel
import Foundation

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
        try storage.read { tx in
            let counts = try tx.personCountsByOrganization()
            return try tx.organizationsByName().map { OrganizationSummary(organization: $0, people: counts[$0.id] ?? 0) }
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
        try storage.write { tx in
            guard var org = try tx.organization(idNameOrKey: nameOrID.trimmingCharacters(in: .whitespaces)) else {
                // Said as the user gave it: a name is as likely as an ID.
                throw WorkspaceError.invalidRequest("no organization with the name or ID \"\(nameOrID)\" in this workspace (see `convene orgs`)")
            }
            org.kind = kind
            org.kindOverridden = true
            try tx.saveOrganization(org)
            return org
        }
    }
}
