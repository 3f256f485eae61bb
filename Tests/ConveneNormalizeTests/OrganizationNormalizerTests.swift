import ConveneModel
import ConveneNormalize
import XCTest

final class OrganizationNormalizerTests: XCTestCase {
    func testKeyVariantsAgree() {
        let groups: [[String]] = [
            ["Acme Mfg.", "ACME Manufacturing, Inc.", "The Acme Manufacturing Company", "acme mfg co", "Acme Mfg. Co., Inc."],
            ["Johnson & Johnson", "Johnson and Johnson", "JOHNSON & JOHNSON, INC."],
            ["Ohio Manufacturers' Association", "Ohio Mfrs Assn", "Ohio Manufacturers Assoc."],
            ["Lake County Workforce Dev. Board", "Lake Cnty Workforce Development Bd"],
            ["Intl Widget Corp", "International Widget Corporation", "Int'l Widget Corp."],
            ["Midwest Tech Center LLC", "Midwest Technology Ctr, L.L.C.", "Midwest Technology Center"],
            ["Université de Montréal", "Universite de Montreal", "Univ. de Montreal"],
            ["St. Louis Svcs Group", "Saint Louis Services Grp"],
            ["Dept. of Labor", "Department of Labor"],
            ["Smith Bros. PLLC", "Smith Brothers"],
            ["Acme, L. L. C.", "Acme"],
            ["The Home Depot", "Home Depot, The", "HOME DEPOT"],
            ["Wake Tech Community College", "Wake Technical Community College"],
        ]
        for group in groups {
            let keys = Set(group.map(OrganizationNormalizer.key))
            XCTAssertEqual(keys.count, 1, "\(group) gave \(keys)")
        }
    }

    func testKeyValues() {
        let cases: [(String, String)] = [
            ("The ACME Mfg. Co., Inc.", "acme manufacturing"),
            ("", ""),
            ("   ", ""),
            ("Company", "company"),
            ("The", "the"),
            ("The Company Store", "company store"),
            ("Co-op Foods", "co op foods"),
            ("AT&T", "at t"),
            ("Acme 🙂 Tools LLC", "acme tools"),
        ]
        for (name, key) in cases { XCTAssertEqual(OrganizationNormalizer.key(name), key, name) }
    }

    func testKeyKeepsDifferentOrganizationsApart() {
        XCTAssertNotEqual(OrganizationNormalizer.key("Acme Manufacturing"), OrganizationNormalizer.key("Acme Medical"))
        XCTAssertNotEqual(OrganizationNormalizer.key("North Star Inc"), OrganizationNormalizer.key("South Star Inc"))
    }

    func testInferKind() {
        let cases: [(String, String?, OrganizationKind)] = [
            ("Acme Manufacturing, Inc.", "acme.com", .business),
            ("Acme Manufacturing", nil, .business),
            ("", nil, .unknown),
            ("", "gmail.com", .unknown),
            ("", "ohio.gov", .government),
            ("Lake County Workforce Development Board", nil, .workforceBoard),
            ("Northwest WDB", nil, .workforceBoard),
            ("CareerSource Tampa Bay", "careersourcetampabay.com", .workforceBoard),
            ("Workforce Solutions Capital Area", nil, .workforceBoard),
            ("American Job Center - Springfield", nil, .workforceBoard),
            ("Greater Springfield Chamber of Commerce", nil, .chamber),
            ("Springfield Regional Economic Development Corp.", nil, .economicDevelopment),
            ("Springfield EDC", nil, .economicDevelopment),
            ("Ohio Manufacturers' Association", nil, .industryAssociation),
            ("Healthcare Workforce Alliance", nil, .workforceBoard),
            ("Regional Manufacturing Alliance", nil, .industryAssociation),
            ("Lakeland Community College", nil, .college),
            ("Ohio State University", "osu.edu", .college),
            ("Georgia Institute of Technology", nil, .college),
            ("", "lakeland.edu", .college),
            ("Springfield Public Schools", nil, .k12),
            ("Round Rock ISD", nil, .k12),
            ("Lincoln High School", nil, .k12),
            ("Anything", "springfield.k12.oh.us", .k12),
            ("City of Springfield", nil, .government),
            ("Lake County", nil, .government),
            ("Ohio Department of Development", nil, .government),
            ("State of Ohio", nil, .government),
            ("Orange County Plumbing LLC", nil, .business),
            ("United Way of Lake County", nil, .communityOrganization),
            ("YMCA of Greater Springfield", nil, .communityOrganization),
            ("Goodwill Industries", nil, .communityOrganization),
            ("Springfield Community Foundation", nil, .communityOrganization),
            ("Acme Widgets", "springfield.gov", .government),
            ("Smith & Associates, LLC", nil, .business),
            ("NC Works Career Center", nil, .workforceBoard),
            ("Kaiser Permanente", "kp.org", .business),
            ("U.S. Department of Labor", "dol.gov", .government),
        ]
        for (name, domain, kind) in cases {
            XCTAssertEqual(OrganizationNormalizer.inferKind(name: name, emailDomain: domain), kind,
                           "\(name) / \(domain ?? "nil")")
        }
    }
}
