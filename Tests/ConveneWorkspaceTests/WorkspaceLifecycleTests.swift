import ConveneModel
import ConveneTestSupport
@testable import ConveneWorkspace
import Foundation
import XCTest

final class WorkspaceLifecycleTests: WorkspaceTestCase {
    func testSHA256MatchesFIPSVectors() {
        XCTAssertEqual(SHA256.hexDigest(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexDigest(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexDigest(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A workspace written by an earlier release (schema v3: no person_redirect, no review evidence, no column
    /// readings, no record of what retired an ID) is upgraded when opened, and rebuild and review work on it.
    func testAVersion3WorkspaceIsUpgradedOnOpen() throws {
        try sqlite { db in
            try db.execute(sql: """
                DROP TABLE person_redirect;
                ALTER TABLE review_pair DROP COLUMN evidence_json;
                ALTER TABLE source_file DROP COLUMN reading_json;
                DELETE FROM grdb_migrations WHERE identifier IN ('v4', 'v5', 'v6', 'v7');
                """)
        }
        try sqlite { db in try db.execute(sql: "PRAGMA user_version = 3") }
        workspace = nil
        let reopened = try Workspace.open(at: folder)
        XCTAssertEqual(try sqlite { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }, 7)
        let redirectColumns = try sqlite { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('person_redirect')") }
        XCTAssertTrue(redirectColumns.contains("retired_by"), "\(redirectColumns)")
        let columns = try sqlite { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('review_pair')") }
        XCTAssertTrue(columns.contains("evidence_json"), "\(columns)")
        let fileColumns = try sqlite { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('source_file')") }
        XCTAssertTrue(fileColumns.contains("reading_json"), "\(fileColumns)")
        XCTAssertEqual(try reopened.rebuild().records, 0)
        XCTAssertEqual(try reopened.openReviewPairs().count, 0)
    }

    /// A v6 workspace: its redirects were all a rebuild's, and a rebuild that kept the engine's defaults noted
    /// 0 records. Upgraded, a redirect says "convene rebuild", and the count is today's, so the next import — a
    /// sign-in sheet — does not match every record again.
    func testAVersion6WorkspaceIsUpgradedWithoutARematchOnTheNextImport() throws {
        let contacts = (0..<200).map { i -> ContactRecord in
            let (given, family) = DistinctNames.name(i)
            return contact("list.csv", i + 1, given: given, family: family, email: "\(given).\(family)@example.com".lowercased())
        }
        _ = try workspace.record([file("list.csv", contacts)])
        try sqlite { db in
            try db.execute(sql: """
                ALTER TABLE person_redirect DROP COLUMN retired_by;
                DELETE FROM grdb_migrations WHERE identifier = 'v7';
                INSERT INTO person_redirect(old_id, new_id, reason, rebuilt_at) VALUES ('P000999', 'P000001', 'merged-into', '2026-11-01T10:00:00Z');
                UPDATE match_settings SET estimated_from = 0;
                PRAGMA user_version = 6;
                """)
        }
        workspace = nil
        let reopened = try Workspace.open(at: folder)
        XCTAssertEqual(try reopened.redirects(of: "P000999").map(\.retiredBy), ["convene rebuild"])
        XCTAssertEqual(try sqlite { db in try Int.fetchOne(db, sql: "SELECT estimated_from FROM match_settings") }, 200)
        let signIn = try reopened.record([file("signin.csv", [contact("signin.csv", 1, given: "Aaron", family: "Abernathy",
                                                                       email: "aaron.abernathy@example.com")])])[0]
        XCTAssertNil(signIn.rematch)
        XCTAssertEqual(signIn.matchedPeople, 1)
    }

    /// Person IDs grow a seventh digit past P999999; lists keep them in the order they were given, as
    /// `PersonID`'s order does, not as text ("P1000000" before "P999999").
    func testPeopleListTheMillionthPersonAfterTheOnesBefore() throws {
        try sqlite { db in try db.execute(sql: "INSERT INTO id_counter(name, next) VALUES ('person', 999999)") }
        _ = try workspace.record([file("a.csv", [contact("a.csv", 1, given: "Beatriz", family: "Castellanos", email: "bc@example.com")])])
        _ = try workspace.record([file("b.csv", [contact("b.csv", 1, given: "Kwame", family: "Lindqvist", email: "kl@example.com")])])
        XCTAssertEqual(try workspace.snapshot().people.map(\.id.rawValue), ["P999999", "P1000000"])
    }

    func testOpenReadsSettingsAndMigratedSchema() throws {
        let reopened = try Workspace.open(at: folder)
        XCTAssertEqual(reopened.settings.name, "Advanced Manufacturing Partnership")
        XCTAssertEqual(reopened.settings.launchDate, CalendarDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(reopened.settings.coChairs, ["Dana Ortiz"])
        let version = try sqlite { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        XCTAssertEqual(version, Workspace.schemaVersion)
        // One self-contained file at rest: a rollback journal, not WAL's -wal/-shm companions.
        XCTAssertEqual(try sqlite { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }, "delete")
        let tables = try sqlite { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for table in ["source_file", "source_record", "person", "organization", "meeting", "participation", "review_pair", "decision", "action_item"] {
            XCTAssertTrue(tables.contains(table), table)
        }
    }

    func testCreateRefusesExistingWorkspaceAndOpenRefusesEmptyFolder() throws {
        XCTAssertThrowsError(try Workspace(create: folder, settings: PartnershipSettings(name: "Again"))) {
            XCTAssertEqual($0 as? WorkspaceError, .alreadyExists(path: folder.path))
        }
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try Workspace.open(at: empty)) {
            XCTAssertEqual($0 as? WorkspaceError, .notAWorkspace(path: empty.path))
        }
    }

    func testNewerSchemaIsRefusedWithBothVersions() throws {
        try sqlite { db in try db.execute(sql: "PRAGMA user_version = 99") }
        workspace = nil
        XCTAssertThrowsError(try Workspace.open(at: folder)) { error in
            guard case .newerSchema(_, let found, let known) = error as? WorkspaceError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 99)
            XCTAssertEqual(known, Workspace.schemaVersion)
            XCTAssertTrue("\(error)".contains("newer Convene (schema 99)"), "\(error)")
        }
    }

    func testFailedImportChangesNothing() throws {
        let list = file("partners.csv", [contact("partners.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com", org: "Acme")])
        // A Zoom report with no meeting name and no --meeting: refused, after the first file was written.
        let zoom = file("zoom.csv", [contact("zoom.csv", 1, given: "Raj", family: "Patel", email: "raj@ivytech.edu")],
                        source: .zoomParticipants, status: .attended)
        XCTAssertThrowsError(try workspace.record([list, zoom])) { XCTAssertTrue("\($0)".contains("names no meeting"), "\($0)") }
        for table in ["source_file", "source_record", "person", "person_key", "organization", "meeting", "participation", "id_counter"] {
            XCTAssertEqual(try count(table), 0, table)
        }
    }

    func testReimportOfSameContentDoesNothing() throws {
        let list = file("acme.csv", [contact("acme.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com", org: "Acme Mfg"),
                                     contact("acme.csv", 2, given: "Raj", family: "Patel", email: "raj@acme.com", org: "Acme Mfg")])
        let first = try workspace.record([list])
        XCTAssertEqual(first[0].newPeople, 2)
        XCTAssertFalse(first[0].alreadyImported)
        let before = try workspace.snapshot()
        let second = try workspace.record([list])
        XCTAssertTrue(second[0].alreadyImported)
        XCTAssertEqual(second[0].newPeople, 0)
        let after = try workspace.snapshot()
        XCTAssertEqual(after.people, before.people)
        XCTAssertEqual(try count("source_record"), 2)
        XCTAssertEqual(try count("source_file"), 1)
    }

    func testRawValuesAreKept() throws {
        _ = try workspace.record([file("acme.csv", [contact("acme.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com", phone: "+13175550100")])])
        let person = try XCTUnwrap(workspace.people().first)
        let detail = try workspace.person(person.id)
        XCTAssertEqual(detail.records.first?.source.raw["Phone"], "+13175550100")
        XCTAssertEqual(detail.records.first?.source.reference, "acme.csv#1")
    }
}
