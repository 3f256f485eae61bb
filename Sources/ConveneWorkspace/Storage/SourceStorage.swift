import ConveneImport
import ConveneModel

/// What an import keeps of its files: one entry per file (recognized by its content's SHA-256), one source
/// record per data row with its raw cells, the contact or organization read from the row, and who volunteered.
protocol SourceStorage {
    /// Whether a file with this content was imported before.
    func isImported(sha256: String) throws -> Bool
    /// Adds an imported file — what it held (`role`: contacts, organizations, invitations or participation) and
    /// the meeting its rows belong to, how its columns were read — and returns its number for its records.
    func insertSourceFile(path: String, sha256: String, source: SourceKind, role: String, meeting: MeetingID?,
                          recordCount: Int, reading: ColumnReading?) throws -> Int64
    /// How each file's columns were read, by file number; files imported before readings were kept have none.
    func columnReadings() throws -> [Int64: ColumnReading]
    /// Each imported file's content digest (SHA-256, hex), by file number.
    func sourceFileDigests() throws -> [Int64: String]
    /// Adds one data row of file `file` with its raw cells, and returns the workspace's number for the record.
    func insertRecord(_ source: SourceRecord, file: Int64) throws -> Int64
    /// Stores the contact read from record `id`.
    func setContact(_ contact: ContactRecord, ofRecord id: Int64) throws
    /// Stores the organization read from record `id` (a row of a partner list).
    func setOrganization(_ organization: OrganizationRecord, ofRecord id: Int64) throws
    /// Notes that the contact of record `id` volunteered as a champion; noting it twice keeps it once.
    func markVolunteer(record id: Int64) throws
    /// The people with at least one volunteering record.
    func volunteers() throws -> [PersonID]
}
