import ConveneModel
import XCTest
@testable import ConveneMatch

/// A record with no organization is compared as being at the organization its work email's domain stands for in
/// the input (a Zoom or Teams report, an RSVP list without a company column), never by a free-mail domain or a
/// domain its records split among employers; the record's own organization always wins.
final class InferredOrganizationTests: XCTestCase {
    private func records() -> [ContactRecord] {
        [
            contact(1, "Maria", "Garcia", email: "mgarcia@meridianpack.example.com", org: "Meridian Food Packaging Co."),
            contact(2, "Dale", "Nowak", email: "dnowak@meridianpack.example.com", org: "Meridian Food Packaging"),
            contact(3, "Ruth", "Olsen", email: "rolsen@harborlogistics.example.com", org: "Harbor Logistics"),
            contact(4, "Maria", "Garcia", email: "mgarcia@meridianpack.example.com"),          // a Zoom row
            contact(5, "Maria", "Garcia", org: "Harbor County Job Center", phone: "920-555-0150"),
            contact(6, "Ann", "Lee", email: "ann.lee@gmail.com", org: "Acme Tool"),
            contact(7, "Bob", "Hart", email: "bobhart@gmail.com", org: "Acme Tool"),
            contact(8, "Cy", "Moe", email: "cy@gmail.com"),                                    // free mail
            contact(9, "Eve", "Park", email: "epark@consult.example.com", org: "Fox Valley Tech"),
            contact(10, "Raj", "Iyer", email: "riyer@consult.example.com", org: "Lakeshore Castings"),
            contact(11, "Ida", "Nam", email: "inam@consult.example.com"),                       // split domain
            contact(12, "Tom", "Reilly", email: "treilly@meridianpack.example.com", org: "Northstar Aerospace"),
        ]
    }

    private func table(_ records: [ContactRecord]) -> FeatureTable {
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        return table
    }

    func testAWorkDomainGivesItsOrganizationToARecordWithoutOne() {
        let t = table(records())
        let org = t[.organization]
        func organization(_ record: Int) -> String? { org.first(of: record - 1).map(org.text) }
        XCTAssertEqual(organization(4), organization(1), "two of the three meridianpack records that name an employer name Meridian Food Packaging")
        XCTAssertEqual(t.inferredOrganization, [3], "only record 4 (index 3) is read from its email")
        XCTAssertNil(organization(8), "a free-mail domain stands for no employer, even when its records name one")
        XCTAssertNil(organization(11), "a domain its records split between employers stands for none")
        XCTAssertEqual(organization(12), "northstar aerospace", "a record's own organization wins")
        XCTAssertEqual(organization(3), "harbor logistics")
    }

    func testTheReadOrganizationIsEvidenceAndTheExplanationSaysWhereItCameFrom() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        let all = records()
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        XCTAssertEqual(levelLabel("organization", all[3], all[4], others: Array(all[0..<3])), "different",
                       "the Zoom row's Maria is at Meridian, not at the job center")
        XCTAssertEqual(levelLabel("organization", all[3], all[0], others: [all[1], all[2]]), "exact")
        let report = try XCTUnwrap(Matcher.explainPair(records: all, ref(4), ref(5), settings: settings))
        let term = try XCTUnwrap(report.explanation.terms.first { $0.comparison == "organization" })
        XCTAssertEqual(term.valueA, "meridian food packaging (from the email's domain)", report.explanation.text)
        XCTAssertEqual(term.valueB, "harbor county job center")
        XCTAssertLessThan(term.weight, 0)
    }

    func testWithoutEnoughRecordsADomainStandsForNothing() {
        // One record naming the organization is not enough to read it into another.
        let t = table([
            contact(1, "Maria", "Garcia", email: "mgarcia@meridianpack.example.com", org: "Meridian Food Packaging"),
            contact(2, "Dale", "Nowak", email: "dnowak@meridianpack.example.com"),
        ])
        XCTAssertNil(t[.organization].first(of: 1))
        XCTAssertTrue(t.inferredOrganization.isEmpty)
    }
}
