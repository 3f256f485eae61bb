import XCTest
import ConveneModel
@testable import ConveneMatch

final class GoldenRecordTests: XCTestCase {
    let records = [
        contact(1, "Bob", "Smith", email: "bob@acme.com", org: "Acme", title: "Engineer"),
        contact(2, "Robert J.", "Smith", email: "bob@acme.com", org: "Acme Mfg", title: "Senior Engineer"),
        contact(3, "Bob", "Smith", email: "bob@acme.com", org: "Acme", phone: "+15551234567", city: "Denver"),
    ]

    func person(_ policy: GoldenRecordPolicy) -> Person {
        var settings = MatchSettings.people()
        settings.goldenRecordPolicy = policy
        let r = Matcher.run(records: records, settings: settings)
        XCTAssertEqual(r.people.count, 1)
        return r.people[0]
    }

    func testMostFrequentKeepsAlternatesWithSources() {
        let p = person(.mostFrequent)
        XCTAssertEqual(p.name.given, "Bob")
        XCTAssertEqual(p.organization, "Acme")
        XCTAssertEqual(p.phone, "+15551234567")
        XCTAssertEqual(p.city, "Denver")
        XCTAssertEqual(p.alternates["name"]?.map(\.value), ["Robert J. Smith"])
        XCTAssertEqual(p.alternates["name"]?.first?.source?.record, 2)
        XCTAssertEqual(p.alternates["organization"]?.map(\.value), ["Acme Mfg"])
        XCTAssertEqual(p.sources.map(\.record), [1, 2, 3])
    }

    func testMostRecentAndMostComplete() {
        XCTAssertEqual(person(.mostRecent).title, "Senior Engineer")        // record 3 has none; 2 is the latest
        XCTAssertEqual(person(.mostComplete).name.given, "Robert J.")
        XCTAssertEqual(person(.mostComplete).title, "Senior Engineer")
    }
}
