@testable import ConveneImport
import ConveneModel
import XCTest

/// "Organization Type" columns: the kind of partner a convener wrote beside the organization, read as stated.
final class OrganizationKindCellTests: XCTestCase {
    private func read(_ cell: String, _ name: String = "Acme") -> OrganizationKind? {
        OrganizationKindCell.read(cell, name: name, emailDomain: nil)
    }

    func testAnswersNameKindsHoweverTheyAreWritten() {
        let cases: [(String, OrganizationKind)] = [
            ("Business", .business), ("private sector", .business), ("Industry", .business), ("For-profit", .business),
            ("Business / Industry", .business), ("Workforce Board", .workforceBoard), ("WDB", .workforceBoard),
            ("American Job Center", .workforceBoard), ("Chamber of Commerce", .chamber), ("EDO", .economicDevelopment),
            ("Economic Development", .economicDevelopment), ("Trade association", .industryAssociation),
            ("Higher Ed", .college), ("Community College", .college), ("K-12", .k12), ("K12", .k12),
            ("School District", .k12), ("Government", .government), ("State agency", .government),
            ("Non-profit", .communityOrganization), ("Nonprofit (501c3)", .communityOrganization),
            ("CBO", .communityOrganization), ("Labor union", .communityOrganization),
            ("Education - K-12", .k12), ("  NONPROFIT ", .communityOrganization),
            ("Nonprofit Organization", .communityOrganization), ("K-12 School", .k12), ("Public School District", .k12),
            ("College or University", .college), ("State/City/County Government", .government),
            ("For-profit business", .business), ("Economic Development Agency", .economicDevelopment),
            ("Post-Secondary Education", .college),
            // LinkedIn's "Company Type" answers.
            ("Public Company", .business), ("Privately Held", .business), ("Self-Employed", .business),
            ("Government Agency", .government), ("Educational", .college),
        ]
        for (cell, kind) in cases { XCTAssertEqual(read(cell), kind, cell) }
    }

    /// A cell naming several kinds states the one they agree on, an association or chamber paired with business,
    /// and nothing when they disagree.
    func testACellNamingSeveralKinds() {
        XCTAssertEqual(read("Industry/Trade Association"), .industryAssociation)
        XCTAssertEqual(read("Business / Trade Association"), .industryAssociation)
        XCTAssertEqual(read("Business & Chamber"), .chamber)
        XCTAssertNil(read("Public/Private"), "two kinds, neither stated")
        XCTAssertNil(read("Government / Nonprofit"))
        XCTAssertEqual(read("Education/Workforce", "Riverton Technical College"), .college, "both broad: the name places it")
        XCTAssertNil(read("Education/Workforce", "Acme Tool"), "both broad, and the name is neither")
    }

    /// "Education" and "Public" are broad: the name says which school or which public partner.
    func testBroadAnswersLeanOnTheName() {
        XCTAssertEqual(read("Education", "Lincoln High School"), .k12)
        XCTAssertEqual(read("Education", "Valley Technical College"), .college)
        XCTAssertEqual(read("Education", "Westside Learning Partners"), .college, "a school the name does not place")
        XCTAssertEqual(read("Public", "Lake County Job Center"), .workforceBoard)
        XCTAssertEqual(read("Public partner", "Riverton Chamber of Commerce"), .chamber)
        XCTAssertEqual(read("Public", "Acme Tool & Die"), .government, "public, and the name says no more")
        XCTAssertEqual(OrganizationKindCell.read("Education", name: "Westside Academy", emailDomain: "westside.k12.oh.us"), .k12)
        XCTAssertEqual(read("School", "Roosevelt Academy"), .k12, "a school the name does not place")
        XCTAssertEqual(read("School", "Valley Technical College"), .college)
        XCTAssertEqual(read("Private", "Acme Tool & Die"), .business)
        XCTAssertEqual(read("Private", "Valley Technical College"), .college, "a private college is a college")
        XCTAssertEqual(read("Private sector", "United Way of Dane County"), .communityOrganization)
        XCTAssertEqual(read("Workforce", "Acme Staffing"), .workforceBoard)
        XCTAssertEqual(read("Workforce development", "United Way of Dane County"), .communityOrganization,
                       "a nonprofit doing workforce work stays a nonprofit")
    }

    func testCellsThatNameNoKindSayNothing() {
        for cell in ["Manufacturing", "Healthcare", "50-99", "LLC", "", "Other", "N/A", "Unknown", "-"] {
            XCTAssertNil(read(cell), cell)
        }
        for cell in ["", "Other", "N/A", "unknown", "-", "TBD"] { XCTAssertTrue(OrganizationKindCell.saysNothing(cell), cell) }
        for cell in ["Manufacturing", "LLC"] { XCTAssertFalse(OrganizationKindCell.saysNothing(cell), cell) }
    }

    /// The column outranks the name; a cell naming no kind leaves the name's kind and is counted in one warning;
    /// the first row that states a kind for an organization wins.
    func testAListsOrganizationTypeColumnStatesTheKind() throws {
        let rows: [[String]] = [
            ["First Name", "Last Name", "Email", "Organization", "Organization Type"],
            ["Ann", "Lee", "ann@acmeconsult.com", "Acme Consulting", "Non-profit"],
            ["Ed", "Gray", "ed@steelco.com", "SteelCo", "Manufacturing"],
            ["Fay", "Hill", "fay@steelco.com", "SteelCo", "Business"],
            ["Gil", "Ray", "gil@acmeconsult.com", "Acme Consulting", "Business"],
            ["Hal", "Jun", "hal@valleytech.edu", "Valley Technical College", "Healthcare"],
            ["Ivy", "Kim", "ivy@kimdesign.com", "Kim Design", "N/A"],
        ]
        let r = try Importer.read(rows: rows.enumerated().map { ($0.offset + 1, $0.element) }, name: "invites.csv")
        XCTAssertEqual(r.columns.first { $0.header == "Organization Type" }?.field, .organizationKind)
        XCTAssertEqual(r.organizationKinds, ["Acme Consulting": .communityOrganization, "SteelCo": .business,
                                             "Valley Technical College": .college, "Kim Design": .business])
        XCTAssertEqual(r.statedOrganizationKinds, ["Acme Consulting", "SteelCo"])
        let warnings = r.warnings.filter { $0.message.contains("Organization Type") }
        XCTAssertEqual(warnings.count, 1, "\(r.warnings)")
        XCTAssertEqual(warnings.first?.line, 3)
        XCTAssertTrue(warnings.first?.message.contains("2 cells name no kind of partner (first: \"Manufacturing\"") ?? false,
                      "N/A is no answer to count: \(warnings)")
        // Without the column, every kind is the name's, and none is stated.
        let plain = try Importer.read(rows: rows.enumerated().map { ($0.offset + 1, Array($0.element.prefix(4))) }, name: "plain.csv")
        XCTAssertEqual(plain.organizationKinds["Acme Consulting"], .business)
        XCTAssertTrue(plain.statedOrganizationKinds.isEmpty)
    }

    /// With two kind columns, the first cell that names a kind states it; the warning names both columns.
    func testTheFirstCellThatNamesAKindStatesIt() throws {
        let r = try Importer.read(rows: [(1, ["Name", "Organization", "Organization Category", "Partner Type"]),
                                         (2, ["Ann Lee", "Acme Consulting", "Manufacturing", "Nonprofit"]),
                                         (3, ["Bo Park", "SteelCo", "Manufacturing", ""])], name: "two.csv")
        XCTAssertEqual(r.organizationKinds, ["Acme Consulting": .communityOrganization, "SteelCo": .business])
        XCTAssertEqual(r.statedOrganizationKinds, ["Acme Consulting"])
        XCTAssertEqual(r.warnings.filter { $0.message.contains("no kind of partner") }.map(\.line), [3])
        XCTAssertTrue(r.warnings.contains { $0.message.hasPrefix("columns \"Organization Category\", \"Partner Type\": 1 cell") },
                      "\(r.warnings)")
    }

    /// A partner list (organizations, no people) reads the column too.
    func testAPartnerListStatesItsKinds() throws {
        let r = try Importer.read(rows: [(1, ["Organization", "Website", "Partner Type"]),
                                         (2, ["Riverton Works", "rivertonworks.org", "Workforce Board"]),
                                         (3, ["Helix Controls", "helix.example.com", "Business"])], name: "partners.csv")
        XCTAssertEqual(r.organizations.map(\.name), ["Riverton Works", "Helix Controls"])
        XCTAssertEqual(r.organizationKinds["Riverton Works"], .workforceBoard)
        XCTAssertEqual(r.statedOrganizationKinds, ["Riverton Works", "Helix Controls"])
    }
}
