import ConveneModel
import XCTest
@testable import ConveneImport

/// What a workspace keeps of a file (raw cells and how its columns were read) is enough to read it again:
/// every fixture re-read gives exactly the contacts the import gave.
final class RereadingTests: XCTestCase {
    func testEveryFixtureRereadsToTheSameContacts() throws {
        let folder = Fixture.url("README.md").deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
        XCTAssertGreaterThan(names.count, 15)
        var checked = 0
        for name in names {
            var options = ImportOptions()
            options.forMeeting = true          // Zoom's second devices and dial-ins are read as their people
            let result = try Fixture.read(name, options: options)
            guard !result.contacts.isEmpty else { continue }
            let again = Importer.reread(result.contacts.map(\.source), as: ColumnReading(result, phoneRegion: "US"))
            XCTAssertEqual(again, result.contacts.map { Optional($0) }, name)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 12)
    }

    func testNewRulesApplyToStoredCells() throws {
        // A stored record as an older release kept it: its contact is gone, its raw cells are all there is.
        let reading = ColumnReading(source: .generic, phoneRegion: "US", columns: [
            ColumnMapping(index: 0, header: "Name", field: .fullName, reason: .synonym),
            ColumnMapping(index: 1, header: "Email", field: .email, reason: .synonym),
            ColumnMapping(index: 2, header: "Email", field: .email, reason: .synonym),
            ColumnMapping(index: 3, header: "Phone", field: .phone, reason: .synonym),
        ])
        let record = SourceRecord(file: "old.csv", record: 7, line: 9, raw: [
            "Name": "Dr. Smith, Robert J. Jr., PhD", "Email": "not an address", "Email (2)": "Bob.Smith@ACME.example.com",
            "Phone": "(608) 555-0101",
        ])
        let none = SourceRecord(file: "old.csv", record: 8, line: 10, raw: ["Name": "", "Email": "", "Phone": ""])
        let contacts = Importer.reread([record, none], as: reading)
        let contact = try XCTUnwrap(contacts.first ?? nil)
        XCTAssertNil(contacts[1], "a row naming no one")
        XCTAssertEqual(contact.source, record)
        XCTAssertEqual(contact.name.given, "Robert")
        XCTAssertEqual(contact.name.family, "Smith")
        XCTAssertEqual(contact.name.suffix, "Jr.")
        XCTAssertEqual(contact.emails, ["bob.smith@acme.example.com"])
        XCTAssertEqual(contact.phones.count, 1)
    }
}
