import ConveneModel

/// Which source records belong to which person: the link an import, a review answer, a merge, a split or a
/// rebuild changes, and the records read back per person.
protocol PersonRecordStorage {
    /// Makes record `id` one of `person`'s records.
    func attach(record id: Int64, to person: PersonID) throws
    /// Makes every record of `from` one of `to`'s.
    func moveRecords(of from: PersonID, to: PersonID) throws
    /// The person record `id` belongs to; nil when it belongs to nobody (or does not exist).
    func person(ofRecord id: Int64) throws -> PersonID?
    /// One record as a review question shows it: its person, where it came from and its contact.
    func record(_ id: Int64) throws -> ReviewPair.Side?
    /// The numbers of a person's records, in order.
    func recordIDs(ofPerson person: PersonID) throws -> [Int64]
    /// The numbers of a person's records that came from the last file that gave them any.
    func recordIDsOfLastFile(ofPerson person: PersonID) throws -> [Int64]
    /// A person's contact records with their numbers, in the order of the numbers.
    func contacts(ofPerson person: PersonID) throws -> [(recordID: Int64, contact: ContactRecord)]
    /// A person's contact records in file and row order: the order their golden record is built in.
    func contactsInFileOrder(ofPerson person: PersonID) throws -> [ContactRecord]
    /// Every record of a person (contacts, organization and attendance rows) in file and row order.
    func sourceRecords(ofPerson person: PersonID) throws -> [PersonDetail.Record]
    /// Every contact record in the workspace with its number, file number and person, in the order of the numbers.
    func contactRecords() throws -> [(recordID: Int64, file: Int64, person: PersonID?, contact: ContactRecord)]
    /// How many contact records the workspace holds.
    func contactRecordCount() throws -> Int
    /// How many records each person has.
    func recordCountsByPerson() throws -> [PersonID: Int]
}
