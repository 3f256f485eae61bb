import ConveneModel

/// People — their golden records — and the lookup keys a person is found by when a new record arrives.
protocol PeopleStorage {
    /// Adds a person with an empty golden record, for records to point at until ``savePerson(_:)`` fills it in.
    func insertPlaceholderPerson(_ id: PersonID) throws
    /// Stores a person's golden record, replacing what was stored under their ID.
    func savePerson(_ person: Person) throws
    /// Deletes a person and their lookup keys.
    func deletePerson(_ id: PersonID) throws
    /// The golden record of `id`; nil when there is no such person.
    func person(_ id: PersonID) throws -> Person?
    /// Whether a person with this ID exists.
    func personExists(_ id: PersonID) throws -> Bool
    /// How many people there are.
    func personCount() throws -> Int
    /// Every person, by ID.
    func peopleByID() throws -> [Person]
    /// People by sort name (case-insensitive), then ID. With a `search`, only those whose name, email, phone or
    /// organization contains it (case-insensitive), whose phone contains `phone` (the search as a phone number is
    /// stored, when it is one), or whose ID it is.
    func people(matching search: String?, phone: String?) throws -> [Person]

    /// Adds lookup keys to a person; a key the person has already is kept once.
    func addKeys(_ keys: [String], to person: PersonID) throws
    /// Replaces every lookup key of a person with `keys`.
    func replaceKeys(of person: PersonID, with keys: Set<String>) throws
    /// The people holding at least one of `keys`, at most `limit` of them.
    func people(withAnyKey keys: [String], limit: Int) throws -> [PersonID]
    /// The keys among `keys` that one to `people` people hold: a block small enough to search.
    func keys(_ keys: [String], heldByAtMost people: Int) throws -> [String]
}

extension StorageTransaction {
    /// A new person: the next person ID, with an empty row that records can point at until
    /// ``Workspace/rebuildPerson(_:_:)`` fills in their golden record.
    func newPerson() throws -> PersonID {
        let id = PersonID(try nextID(.person))
        try insertPlaceholderPerson(id)
        return id
    }
}
