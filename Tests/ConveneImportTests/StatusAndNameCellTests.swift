import ConveneImport
import ConveneModel
import XCTest

/// Two readings that looked at words, not meaning: a status that denies attendance ("Not Checked In" contains
/// "checked in") and a Name cell holding a name and an organization ("Ann Lee, Acme" is not Last, First).
final class StatusAndNameCellTests: XCTestCase {
    /// One generic row with the word in a "Registration Status" column (nil: no participation).
    private func status(_ word: String) throws -> (ParticipationStatus?, [String]) {
        let rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email", "Registration Status"]),
                                                     (2, ["Ann Lee", "ann@example.com", word])]
        let r = try Importer.read(rows: rows, name: "rsvp.csv")
        return (r.participations.first?.participation.status, r.warnings.map(\.message))
    }

    func testDeniedAttendanceWordsAreNoShows() throws {
        for word in ["Not Checked In", "not checked-in", "Did not attend", "Didn't attend", "Never arrived",
                     "Not yet checked in", "Registered, not checked in", "Has not signed in"] {
            XCTAssertEqual(try status(word).0, .noShow, word)
        }
    }

    func testAttendanceWordsWithANegationElsewhereStayAttendance() throws {
        XCTAssertEqual(try status("Checked In").0, .attended)
        XCTAssertEqual(try status("Checked in (not registered)").0, .attended, "the negation is the registration's")
        XCTAssertEqual(try status("Attended").0, .attended)
        XCTAssertEqual(try status("Checked in at Nottingham Hall").0, .attended, "'not' inside a word is no negation")
    }

    func testDeniedRegistrationWordsAreNotRegistrations() throws {
        let (notGoing, _) = try status("Not going")
        XCTAssertNil(notGoing, "a decline, like \"Not attending\"")
        let (notRegistered, warnings) = try status("Not registered")
        XCTAssertEqual(notRegistered, .registered, "the file's default status")
        XCTAssertTrue(warnings.contains { $0.contains("registration status \"Not registered\" not understood") }, "\(warnings)")
        XCTAssertEqual(try status("Registered").0, .registered)
    }

    func testACheckInColumnSayingDidNotAttendIsANoShow() throws {
        let rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email", "Checked In"]),
                                                     (2, ["Ann Lee", "ann@example.com", "Yes"]),
                                                     (3, ["Bo Park", "bo@example.com", "Did not attend"]),
                                                     (4, ["Cy Diaz", "cy@example.com", "Not checked in"])]
        let r = try Importer.read(rows: rows, name: "checkins.csv")
        XCTAssertEqual(r.participations.map(\.participation.status), [.attended, .noShow, .noShow])
    }

    /// Name cells with the row's organization column.
    private func names(_ cells: [(name: String, organization: String)]) throws -> [[String?]] {
        let rows = [(line: 1, fields: ["Name", "Organization"])]
            + cells.enumerated().map { (line: $0.offset + 2, fields: [$0.element.name, $0.element.organization]) }
        return try Importer.read(rows: rows, name: "people.csv").contacts.map { [$0.name.given, $0.name.family] }
    }

    func testANameThenTheRowsOrganizationIsThatPerson() throws {
        XCTAssertEqual(try names([("Ann Lee, Acme", "Acme"), ("Ann Lee, ACME Inc.", "Acme, Inc"),
                                  ("Dr. Ann Lee, Acme", "Acme")]),
                       [["Ann", "Lee"], ["Ann", "Lee"], ["Ann", "Lee"]])
    }

    func testANameThenAnOrganizationWordIsThatPerson() throws {
        XCTAssertEqual(try names([("Raj Patel, Okafor Tool LLC", ""), ("Mary Ann Smith, Valley Technical College", ""),
                                  ("Jo Kim, Acme Corp., PhD", "")]),
                       [["Raj", "Patel"], ["Mary", "Smith"], ["Jo", "Kim"]])
    }

    func testLastFirstStaysLastFirst() throws {
        XCTAssertEqual(try names([("Smith, Robert", "Acme"), ("Lee, Ann", "Ann"), ("García López, María", "Valley College"),
                                  ("Van Dyke, Dick", ""), ("Ann Lee, Acme", "")]),
                       [["Robert", "Smith"], ["Ann", "Lee"], ["María", "García López"], ["Dick", "Van Dyke"],
                        // Nothing says Acme is an organization: read as written, Last, First.
                        ["Acme", "Ann Lee"]])
    }
}
