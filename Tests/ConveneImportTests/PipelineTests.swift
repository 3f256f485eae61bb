import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Generic files, mapping overrides, headers after preambles, headerless files, workbooks.
final class PipelineTests: XCTestCase {
    func testGenericFileMappedBySynonyms() throws {
        let r = try Fixture.read("generic-synonyms.csv")
        XCTAssertEqual(r.source, .generic)
        XCTAssertEqual(r.encoding, "Windows-1252")
        XCTAssertEqual(r.delimiter, ";")
        XCTAssertEqual(r.columns.map(\.field), [.fullName, .organization, .email, .phone, .title, .postalCode])
        XCTAssertTrue(r.columns.allSatisfy { $0.reason == "synonym" })
        XCTAssertEqual(r.recordCount, 3)
        // A single Name column is split into first/last: "Smith, Robert J." → Robert J. Smith.
        let bob = r.contacts[0]
        XCTAssertEqual(bob.name.given, "Robert")
        XCTAssertEqual(bob.name.family, "Smith")
        XCTAssertEqual(bob.name.raw, "Smith, Robert J.")
        XCTAssertEqual(bob.phones, ["+16085550101"])
        XCTAssertEqual(bob.postalCode, "53001")
        XCTAssertEqual(r.contacts[2].name.given, "Renée", "Windows-1252 é decoded")
        XCTAssertEqual(r.organizationKinds["Valley Technical College"], .college)
        XCTAssertTrue(r.participations.isEmpty, "a contact list records no meeting")
    }

    func testSynonymsCoverTheUsualSpellings() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["E-mail Address", "Organisation", "First", "Surname", "Mobile", "Job Title", "Street", "City", "State",
                 "Zip Code", "Web Site", "DOB", "Checked In?", "RSVP"]),
            (2, ["ann@example.com", "Lee Supply", "Ann", "Lee", "608-555-0150", "Owner", "1 Elm St", "Riverton", "WI",
                 "53001", "https://lee.example.com", "4/9/1975", "Yes", "Registered"]),
        ]
        let r = try Importer.read(rows: rows, name: "list.csv")
        XCTAssertEqual(r.columns.map(\.field), [.email, .organization, .firstName, .lastName, .phone, .title, .street,
                                                .city, .region, .postalCode, .website, .dateOfBirth, .attended,
                                                .registrationStatus])
        let c = try XCTUnwrap(r.contacts.first)
        XCTAssertEqual(c.dateOfBirth, "1975-04-09")
        XCTAssertEqual(r.participations.first?.participation.status, .attended)
    }

    func testMappingFileOverridesColumnsAndForcesSource() throws {
        let yaml = """
        source: sign-in
        columns:
          Employer: ignore
          position: notes      # case-insensitive
        """
        let mapping = try MappingFile.parse(yaml, file: "map.yaml")
        let r = try Fixture.read("generic-synonyms.csv", options: ImportOptions(mapping: mapping))
        XCTAssertEqual(r.source, .signInSheet)
        XCTAssertEqual(r.field("Employer"), .ignore)
        XCTAssertEqual(r.columns.first { $0.header == "Position" }?.reason, "mapping-file")
        XCTAssertNil(r.contacts[0].organization)
        XCTAssertEqual(r.contacts[0].notes, "VP Ops")
        XCTAssertEqual(r.participations.count, 3, "forced sign-in: everyone attended")

        let json = #"{"columns": {"Column 3": "phone", "Column 1": "name"}}"#
        let headerless = try Fixture.read("headerless.csv", options: ImportOptions(mapping: try MappingFile.parse(json, file: "m.json")))
        XCTAssertEqual(headerless.columns[2].reason, "mapping-file")
        XCTAssertEqual(headerless.contacts[0].phones, ["+16085550150"])
    }

    func testBadMappingFileReportsEveryProblem() {
        XCTAssertThrowsError(try MappingFile.parse("source: fax\ncolumns:\n  Email: e-mail\n", file: "bad.yaml")) { error in
            guard case ImportError.badMappingFile(let file, _, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "bad.yaml")
            XCTAssertTrue(reason.contains("fax") && reason.contains("e-mail"), reason)
        }
    }

    func testHeaderlessFileInfersColumnsFromContent() throws {
        let r = try Fixture.read("headerless.csv")
        XCTAssertTrue(r.headerless)
        XCTAssertNil(r.headerLine)
        XCTAssertEqual(r.columns.map(\.field), [.fullName, .email, .phone])
        XCTAssertEqual(r.columns.map(\.header), ["Column 1", "Column 2", "Column 3"])
        XCTAssertEqual(r.recordCount, 3, "the first line is data, record 1")
        XCTAssertEqual(r.contacts[0].source.record, 1)
        XCTAssertEqual(r.contacts[0].source.line, 1)
        XCTAssertEqual(r.contacts[0].name.family, "Lee")
        XCTAssertEqual(r.contacts[0].emails, ["ann@example.com"])
        XCTAssertTrue(r.warnings.contains { $0.message.contains("no header row") })
    }

    func testHeaderlessFirstAndLastNameColumns() throws {
        let text = "Ann,Lee,ann@example.com,Lee Supply Inc.\nBob,Stone,bob@example.org,Stone Works LLC\n"
        let r = try Importer.read(data: Data(text.utf8), name: "names.csv")
        XCTAssertTrue(r.headerless)
        XCTAssertEqual(r.columns.map(\.field), [.firstName, .lastName, .email, .organization])
        XCTAssertEqual(r.contacts[1].name.displayName, "Bob Stone")
        XCTAssertEqual(r.contacts[1].organization, "Stone Works LLC")
    }

    func testDuplicateHeadersKeepEveryRawValue() throws {
        let text = "Name,Email,Email\nAnn Lee,ann@example.com,ann.lee@example.net\n"
        let r = try Importer.read(data: Data(text.utf8), name: "dupes.csv")
        let ann = try XCTUnwrap(r.contacts.first)
        XCTAssertEqual(ann.emails, ["ann@example.com", "ann.lee@example.net"])
        XCTAssertEqual(ann.source.raw, ["Name": "Ann Lee", "Email": "ann@example.com", "Email (2)": "ann.lee@example.net"])
    }

    func testHeaderFoundAfterPreambleAndNonDataLinesGetNoNumber() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["Riverton Partnership contact list"]),
            (2, ["Exported 3/1/2024"]),
            (3, []),
            (4, ["Name", "Email", "Company"]),
            (5, ["Ann Lee", "ann@example.com", "Lee Supply"]),
            (6, []),
            (7, ["Name", "Email", "Company"]),          // a pasted second header
            (8, ["Manufacturers"]),                     // a section title
            (9, ["Bob Stone", "bob@example.org", "Stone Works"]),
        ]
        let r = try Importer.read(rows: rows, name: "list.csv")
        XCTAssertEqual(r.headerLine, 4)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.contacts.map(\.source.record), [1, 2])
        XCTAssertEqual(r.contacts.map(\.source.line), [5, 9])
        XCTAssertEqual(r.contacts[1].source.raw, ["Name": "Bob Stone", "Email": "bob@example.org", "Company": "Stone Works"])
        XCTAssertTrue(r.warnings.contains { $0.line == 7 && $0.message.contains("repeated header") })
        XCTAssertTrue(r.warnings.contains { $0.line == 8 && $0.file == "list.csv" })
    }

    func testRaggedRowsAreKeptWithAWarning() throws {
        let text = "Name,Email,Phone\r\nAnn Lee,ann@example.com\r\nBob Stone,bob@example.org,608-555-0151,extra\r\n"
        let r = try Importer.read(data: Data(text.utf8), name: "ragged.csv")
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.contacts[1].source.raw["Column 4"], "extra", "nothing read is lost")
        XCTAssertEqual(r.warnings.filter { $0.kind == "raggedRow" }.map(\.line), [2, 3])
        XCTAssertTrue(r.warnings.allSatisfy { $0.file == "ragged.csv" })
    }

    func testTeamsReportWithoutBOMIsStillRecognized() throws {
        var data = try Data(contentsOf: Fixture.url("teams-attendance.csv"))
        data.removeFirst(2)
        let r = try Importer.read(data: data, name: "Attendance report.csv")
        XCTAssertEqual(r.source, .teamsAttendance)
        XCTAssertEqual(r.recordCount, 4)
        XCTAssertTrue(r.encoding.contains("UTF-16 LE"), r.encoding)
    }

    func testOrganizationListYieldsOrganizationRecords() throws {
        let r = try Fixture.read("partners-orgs.csv")
        XCTAssertTrue(r.contacts.isEmpty)
        XCTAssertEqual(r.organizations.map(\.name), ["Riverton Area Chamber of Commerce", "Tri-County Workforce Development Board"])
        XCTAssertEqual(r.organizations[0].postalCode, "53001")
        XCTAssertEqual(r.organizations[1].source.record, 2)
        XCTAssertEqual(r.organizationKinds["Riverton Area Chamber of Commerce"], .chamber)
        XCTAssertEqual(r.organizationKinds["Tri-County Workforce Development Board"], .workforceBoard)
    }

    func testWorkbookSignInSheet() throws {
        let r = try Fixture.read("signin-typed.xlsx")
        XCTAssertEqual(r.format, "xlsx")
        XCTAssertEqual(r.sheet, "Sign-in")
        XCTAssertNil(r.delimiter)
        XCTAssertEqual(r.source, .signInSheet)
        XCTAssertEqual(r.headerLine, 4)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.meeting?.name, "Pipeline Action Team Sign-In")
        XCTAssertEqual(r.meeting?.date, CalendarDate(year: 2024, month: 4, day: 2))
        XCTAssertEqual(r.contacts[0].phones, ["+16085550102"], "a phone typed as a number")
        XCTAssertEqual(r.contacts[1].source.line, 6)
        XCTAssertEqual(r.participations.map(\.participation.status), [.attended, .walkIn])
    }

    func testRegistrationWordsBecomeStatuses() {
        XCTAssertEqual(RecordBuilderProbe.status("Walk-in"), .walkIn)
        XCTAssertEqual(RecordBuilderProbe.status("No Show"), .noShow)
        XCTAssertEqual(RecordBuilderProbe.status("Checked In"), .attended)
        XCTAssertEqual(RecordBuilderProbe.status("Attending"), .registered)
        XCTAssertEqual(RecordBuilderProbe.status("Invited"), .invited)
        XCTAssertNil(RecordBuilderProbe.status("Refunded"))
    }
}

/// Registration words through the public pipeline: one generic row per word.
enum RecordBuilderProbe {
    static func status(_ word: String) -> ParticipationStatus? {
        let rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email", "Registration Status"]),
                                                     (2, ["Ann Lee", "ann@example.com", word])]
        return (try? Importer.read(rows: rows, name: "rsvp.csv"))?.participations.first?.participation.status
    }
}
