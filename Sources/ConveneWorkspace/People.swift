import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation

extension Workspace {
    /// Recomputes one person's golden record (and blocking keys) from their records; deletes a person left
    /// with no records. Called inside a write transaction. `contacts`, when the caller holds them all in file
    /// order, saves reading them back.
    static func rebuildPerson(_ tx: any StorageTransaction, _ id: PersonID, contacts known: [ContactRecord]? = nil) throws {
        let contacts = try known ?? tx.contactsInFileOrder(ofPerson: id)
        guard !contacts.isEmpty else { try tx.deletePerson(id); return }
        var person = GoldenRecords.person(id: id, records: contacts)
        if let org = person.organization { person.organizationID = try tx.organizationID(key: Linking.organizationKey(org)) }
        try tx.savePerson(person)
        try tx.replaceKeys(of: id, with: Set(contacts.flatMap(Linking.blockingKeys)))
    }

    /// People by sort name; `search` (case-insensitive) matches name, email, phone (as stored, or typed as people
    /// write numbers) or organization.
    ///
    /// ```swift
    /// let smiths = try workspace.people(matching: "smith")   // convene people smith
    /// let everyone = try workspace.people()
    /// ```
    public func people(matching search: String? = nil) throws -> [Person] {
        // Phones are stored in E.164 ("+16085550113"): a number typed as people write it ("608-555-0113",
        // "(608) 555-0113") is searched in that form too.
        var phone: String?
        if let search, search.filter(\.isNumber).count >= 7,
           let typed = PhoneNormalizer.normalize(search, defaultRegion: settings.defaultPhoneRegion), typed.isUsable {
            phone = typed.e164
        }
        return try storage.read { tx in try tx.people(matching: search, phone: phone) }
    }

    /// How many people the workspace holds.
    ///
    /// ```swift
    /// print(try workspace.personCount(), "people")
    /// ```
    public func personCount() throws -> Int {
        try storage.read { tx in try tx.personCount() }
    }
}
