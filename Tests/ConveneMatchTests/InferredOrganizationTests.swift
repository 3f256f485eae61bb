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
            contact(13, "Tom", "Reilly", email: "treilly@meridianpack.example.com"),             // his own address
            contact(14, "Al", "Ng", email: "ang@partners.example.com", org: "Fox Valley Tech"),
            contact(15, "Bo", "Ek", email: "bek@partners.example.com", org: "Fox Valley Tech"),
            contact(16, "Cy", "Wu", email: "cwu@partners.example.com", org: "Lakeshore Castings"),
            contact(17, "Di", "Oh", email: "doh@partners.example.com", org: "Lakeshore Castings"),
            contact(18, "Ed", "Yu", email: "edyu@partners.example.com"),                       // two against two
            contact(19, "Flo", "Ray", email: "flo@new.rr.com", org: "Acme Tool"),
            contact(20, "Gus", "Ray", email: "gus@new.rr.com", org: "Acme Tool"),
            contact(21, "Hal", "Roe", email: "hal@new.rr.com"),                                // an ISP's subdomain
            contact(22, "Ivy", "Lo", email: "ivy@solo.example.com", org: "Solo Consulting"),
            contact(23, "Ivy", "Lo", email: "ivy@solo.example.com", org: "Solo Consulting"),
            contact(24, "Jo", "Lo", email: "jo@solo.example.com"),                              // one address only
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
        XCTAssertEqual(organization(4), organization(1),
                       "two of the three meridianpack addresses that name an employer name Meridian Food Packaging")
        XCTAssertEqual(t.inferredOrganization, [3, 12], "records 4 and 13 (indexes 3 and 12) are read from their email")
        XCTAssertNil(organization(8), "a free-mail domain stands for no employer, even when its records name one")
        XCTAssertNil(organization(11), "a domain its records split between employers stands for none")
        XCTAssertNil(organization(18), "two addresses against two are no majority")
        XCTAssertNil(organization(21), "a subdomain of a free-mail provider is free mail")
        XCTAssertNil(organization(24), "one person's address, however often written, is not a domain's")
        XCTAssertEqual(organization(12), "northstar aerospace", "a record's own organization wins")
        XCTAssertEqual(organization(13), "northstar aerospace",
                       "an address's own organization wins over its domain's: Tom's other record names Northstar")
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
