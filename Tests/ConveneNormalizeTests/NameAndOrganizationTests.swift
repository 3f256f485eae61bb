import ConveneModel
import ConveneNormalize
import XCTest

/// `NameParser.parse(_:organization:)`: a comma after a whole name may lead to the person's organization.
final class NameAndOrganizationTests: XCTestCase {
    private func parts(_ raw: String, _ organization: String?) -> [String?] {
        let n = NameParser.parse(raw, organization: organization)
        return [n.given, n.middle, n.family]
    }

    func testTheRowsOrganizationAfterTheCommaIsNotAGivenName() {
        XCTAssertEqual(parts("Ann Lee, Acme", "Acme"), ["Ann", nil, "Lee"])
        XCTAssertEqual(parts("Ann Lee, The Acme Co.", "Acme"), ["Ann", nil, "Lee"], "compared by organization key")
        XCTAssertEqual(NameParser.parse("Ann Lee, Acme", organization: "Acme").raw, "Ann Lee, Acme", "raw kept")
    }

    func testAnOrganizationWordAfterTheCommaIsNotAGivenName() {
        XCTAssertEqual(parts("Ann Lee, Acme Tool L.L.C.", nil), ["Ann", nil, "Lee"])
        XCTAssertEqual(parts("Marcus J. Johnson, Valley Technical College", nil), ["Marcus", "J.", "Johnson"])
        XCTAssertEqual(parts("Ann Lee, Lake County", nil), ["Ann", nil, "Lee"])
        XCTAssertEqual(parts("Ann Lee, Acme Inc, PhD", nil), ["Ann", nil, "Lee"])
        XCTAssertEqual(NameParser.parse("Ann Lee, Acme Inc, PhD", organization: nil).credentials, ["PhD"])
    }

    /// A whole name that starts with a given name, then words none of which is a given name: a workplace.
    func testANameThenAPlaceIsNotLastFirst() {
        XCTAssertEqual(parts("Kathy ONeil, Riverton Precision Machining", nil), ["Kathy", nil, "ONeil"])
        XCTAssertEqual(parts("Jordan Lee, Ann Marie", nil), ["Ann", "Marie", "Jordan Lee"], "given names after the comma")
        XCTAssertEqual(parts("Ann Lee, Riverton", nil), ["Riverton", nil, "Ann Lee"], "one word after the comma says too little")
    }

    func testLastFirstIsUnchanged() {
        XCTAssertEqual(parts("Ann Lee, Acme", nil), ["Acme", nil, "Ann Lee"], "nothing says Acme is an organization")
        XCTAssertEqual(parts("Lee, Ann", "Ann"), ["Ann", nil, "Lee"], "a one-word family name is always Last, First")
        XCTAssertEqual(parts("García López, María", "Acme"), ["María", nil, "García López"])
        XCTAssertEqual(parts("Smith Jr., Robert", "Acme"), ["Robert", nil, "Smith"])
        XCTAssertEqual(parts("Smith, Robert J.", nil), parts("Smith, Robert J.", "Acme"))
        XCTAssertEqual(NameParser.parse("Van Dyke, Dick"), NameParser.parse("Van Dyke, Dick", organization: "Helix"))
    }

    /// What the rule gets wrong, written down: a two-word family name whose given name is the row's organization.
    func testTheKnownMisreading() {
        XCTAssertEqual(parts("De La Cruz, Hope", "Hope"), ["De", nil, "La Cruz"])
        XCTAssertEqual(parts("De La Cruz, Hope", nil), ["Hope", nil, "De La Cruz"])
    }
}
