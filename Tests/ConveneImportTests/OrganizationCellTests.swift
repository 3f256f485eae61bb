@testable import ConveneImport
import ConveneModel
import XCTest

/// Organization cells that name no organization: placeholders, what a person is, ditto marks.
final class OrganizationCellTests: XCTestCase {
    func testPlaceholdersStatusesAndDittoMarksAreToldFromNames() {
        for cell in ["N/A", "n/a", "NA", "none", "None ", "-", "—", "?", "Not applicable", "unknown"] {
            XCTAssertEqual(OrganizationCell.read(cell), .nothing, cell)
        }
        for cell in ["Retired", "student", "Self-employed", "Job Seeker", "Community member"] {
            XCTAssertEqual(OrganizationCell.read(cell), .status(cell.trimmingCharacters(in: .whitespaces)), cell)
        }
        for cell in ["\"", "''", "\u{3003}", "same", "Same as above", "ditto", "^"] {
            XCTAssertEqual(OrganizationCell.read(cell), .sameAsAbove, cell)
        }
        // Names that merely contain such words are names.
        for cell in ["Same Day Delivery LLC", "None Such Brewing", "Retired Teachers Association", "NAACP", "X",
                     "Nothing", "Citizen", "Blank", "Resident"] {
            XCTAssertEqual(OrganizationCell.read(cell), .organization(cell), cell)
        }
    }

    func testAPlaceholderInOneOrganizationColumnDoesNotHideTheNext() throws {
        let r = try Importer.read(rows: [(1, ["Name", "Business Name", "Agency/Organization", "Email"]),
                                         (2, ["Ann Lee", "N/A", "Madison College", "ann@madisoncollege.edu"]),
                                         (3, ["Bob Ray", "Retired", "", "bob@example.org"])], name: "mixed.csv")
        XCTAssertEqual(r.contacts.map(\.organization), ["Madison College", nil])
        XCTAssertEqual(r.contacts.map(\.title), [nil, "Retired"])
        // A partner list's "N/A" row is no partner.
        let partners = try Importer.read(rows: [(1, ["Organization", "Website", "Main Phone"]),
                                                (2, ["Madison College", "madisoncollege.edu", "608-555-0100"]),
                                                (3, ["N/A", "", "608-555-0101"])], name: "partners.csv")
        XCTAssertEqual(partners.organizations.map(\.name), ["Madison College"])
    }

    func testATypedSignInSheetCountsNoBusinessForNAOrRetiredAndFollowsDittoMarks() throws {
        let rows: [[String]] = [
            ["Name", "Organization", "Title", "Email"],
            ["Ann Lee", "Acme Tool & Die", "Plant Manager", "ann@acmetool.com"],
            ["Bob Jones", "\"", "", "bob@acmetool.com"],
            ["Cara Diaz", "same as above", "Buyer", "cara@acmetool.com"],
            ["Dan Wu", "N/A", "", "dan.wu@gmail.com"],
            ["Gus Roy", "Retired", "", "gus@example.org"],
            ["Ivy Fox", "ditto", "", "ivy@example.org"],
        ]
        let r = try Importer.read(rows: rows.enumerated().map { ($0.offset + 1, $0.element) }, name: "signin.csv")
        XCTAssertEqual(r.contacts.map(\.organization), ["Acme Tool & Die", "Acme Tool & Die", "Acme Tool & Die", nil, nil, nil])
        XCTAssertEqual(r.contacts.map(\.title), ["Plant Manager", nil, "Buyer", nil, "Retired", nil])
        XCTAssertEqual(Set(r.organizationKinds.keys), ["Acme Tool & Die"], "no business named N/A, Retired or a ditto mark")
        XCTAssertTrue(r.warnings.contains { $0.line == 7 && $0.message.contains("line above") },
                      "a ditto under a line with no organization is said: \(r.warnings.map(\.message))")
    }
}
