import ConveneModel

/// Organizations, found by their match key ("acme manufacturing") when a record names one.
protocol OrganizationStorage {
    /// The organization with this match key.
    func organization(key: String) throws -> Organization?
    /// The ID of the organization with this match key, without reading the rest of it.
    func organizationID(key: String) throws -> OrganizationID?
    /// The organization with this ID, name (case-insensitive) or match key (case-insensitive).
    func organization(idNameOrKey needle: String) throws -> Organization?
    /// Stores an organization, replacing what was stored under its ID.
    func saveOrganization(_ organization: Organization) throws
    /// Every organization, by name (case-insensitive).
    func organizationsByName() throws -> [Organization]
    /// Every organization, by ID.
    func organizationsByID() throws -> [Organization]
    /// How many people belong to each organization that has any.
    func personCountsByOrganization() throws -> [OrganizationID: Int]
}
