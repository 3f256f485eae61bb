import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Cells as people type them: text in an email column, several numbers in one phone cell.
final class ContactCellTests: XCTestCase {
    func testTextThatIsNotAnEmailStaysRawAndIsWarnedByColumnAndLine() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["Name", "Email", "Company"]),
            (2, ["Ann Lee", "ann lee", "Acme Tool"]),
            (3, ["Bob Stone", "bob@", "Beta Mfg"]),
            (4, ["Cara Diaz", "Cara.Diaz@Example.NET", "Gamma"]),
            (5, ["Dev Patel", "n/a", "Delta"]),
            (6, ["Eve Moss", "eve@example.com; see notes", "Echo"]),
        ]
        let r = try Importer.read(rows: rows, name: "signin.csv")
        XCTAssertEqual(r.contacts.map(\.emails), [[], [], ["cara.diaz@example.net"], [], ["eve@example.com"]])
        XCTAssertEqual(r.contacts[0].source.raw["Email"], "ann lee", "the typed value is kept in the raw record")
        XCTAssertEqual(r.contacts[1].source.raw["Email"], "bob@")
        let invalid = r.warnings.filter { $0.kind == "invalidEmail" }
        // "n/a" is a placeholder, not a mistake; "see notes" beside a good address is not worth a warning either.
        XCTAssertEqual(invalid.map(\.line), [2, 3])
        for w in invalid {
            XCTAssertEqual(w.file, "signin.csv")
            XCTAssertTrue(w.message.hasPrefix("not an email address: column \"Email\""), w.message)
            XCTAssertFalse(w.description.contains("ann lee") || w.description.contains("bob@"),
                           "warnings are shown to users: no contact details in them")
        }
    }

    func testAnOrganizationListKeepsOnlyAValidEmail() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["Organization", "City", "Email"]),
            (2, ["Acme Tool", "Riverton", "front desk"]),
            (3, ["Beta Mfg", "Riverton", "info@beta.example"]),
        ]
        let r = try Importer.read(rows: rows, name: "partners.csv")
        XCTAssertEqual(r.organizations.map(\.email), [nil, "info@beta.example"])
        XCTAssertEqual(r.warnings.filter { $0.kind == "invalidEmail" }.map(\.line), [2])
    }

    func testEveryNumberOfAMultiNumberCellIsKept() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["Name", "Phone", "Mobile"]),
            (2, ["Ann Lee", "608-555-0101 / 608-555-0199", "(608) 555-0150"]),
            (3, ["Bob Stone", "608-555-0102; 608-555-0102", ""]),
            (4, ["Cara Diaz", "608-555-0103 x204", ""]),
        ]
        let r = try Importer.read(rows: rows, name: "contacts.csv")
        XCTAssertEqual(r.contacts[0].phones, ["+16085550101", "+16085550199", "+16085550150"])
        XCTAssertEqual(r.contacts[1].phones, ["+16085550102"], "a repeated number is kept once")
        XCTAssertEqual(r.contacts[2].phones, ["+16085550103;ext=204"], "an extension is not a second number")
    }

    func testInvalidEmailWarningsAreCappedWithASummary() throws {
        var rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email"])]
        for i in 0..<250 { rows.append((i + 2, ["Person \(i)", "no address"])) }
        let r = try Importer.read(rows: rows, name: "big.csv")
        XCTAssertEqual(r.warnings.filter { $0.kind == "invalidEmail" }.count, 100)
        let summary = try XCTUnwrap(r.warnings.first { $0.kind == "suppressed" })
        XCTAssertTrue(summary.message.contains("150 more invalidEmail"), summary.message)
    }
}
