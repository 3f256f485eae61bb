import ConveneModel
@testable import ConveneWorkspace
import Foundation
import GRDB
import XCTest

/// A fresh workspace in a temporary folder per test, and builders for real-shaped records.
class WorkspaceTestCase: XCTestCase {
    var folder: URL!
    var workspace: Workspace!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-ws-\(UUID().uuidString)")
        workspace = try Workspace(create: folder, settings: PartnershipSettings(
            name: "Advanced Manufacturing Partnership", sector: "Manufacturing", region: "North Valley",
            launchDate: CalendarDate(year: 2024, month: 3, day: 5), coChairs: ["Dana Ortiz"]))
    }

    override func tearDownWithError() throws {
        workspace = nil
        try? FileManager.default.removeItem(at: folder)
    }

    /// A contact as the importer would produce it from a row of `file`.
    func contact(_ file: String, _ record: Int, given: String, family: String, email: String? = nil, phone: String? = nil,
                 org: String? = nil, source: SourceKind = .generic) -> ContactRecord {
        var raw = ["First Name": given, "Last Name": family]
        raw["Email"] = email
        raw["Phone"] = phone
        raw["Company"] = org
        return ContactRecord(source: SourceRecord(file: file, record: record, line: record + 1, source: source, raw: raw),
                             name: PersonName(raw: "\(given) \(family)", given: given, family: family),
                             emails: email.map { [$0] } ?? [], phones: phone.map { [$0] } ?? [], organization: org)
    }

    /// A file of contacts; its hash comes from its content, as a real import's would.
    func file(_ path: String, _ contacts: [ContactRecord], source: SourceKind = .generic,
              status: ParticipationStatus? = nil, meeting: String? = nil, date: CalendarDate? = nil) -> IncomingFile {
        let text = contacts.map { "\($0.name.raw),\($0.emails.joined()),\($0.organization ?? "")" }.joined(separator: "\n")
        let participations: [(contact: Int?, participation: Participation)] = status.map { status in
            contacts.indices.map { (Optional($0), Participation(meeting: MeetingID("M?"), status: status, source: contacts[$0].source)) }
        } ?? []
        return IncomingFile(path: path, sha256: SHA256.hexDigest(of: Array((path + "\n" + text).utf8)), source: source,
                            contacts: contacts, participations: participations, meetingName: meeting, meetingDate: date)
    }

    /// Runs `body` in a transaction on the workspace's SQLite file, opened on its own as any SQLite tool would:
    /// for tests of what the file holds, its tables and its schema.
    func sqlite<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: folder.appendingPathComponent(Workspace.databaseFileName).path).write(body)
    }

    func count(_ table: String) throws -> Int {
        try sqlite { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
