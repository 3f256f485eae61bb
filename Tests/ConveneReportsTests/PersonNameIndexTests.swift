import ConveneModel
import XCTest
@testable import ConveneReports

/// Champions are typed as colleagues know them; the index must find the person under any name a source used.
final class PersonNameIndexTests: XCTestCase {
    private func person(_ id: String, given: String, family: String, alsoSeenAs: [String]) -> Person {
        let source = SourceRecord(file: "list.csv", record: 1)
        return Person(id: PersonID(id), name: PersonName(raw: "\(given) \(family)", given: given, family: family),
                      alternates: ["name": alsoSeenAs.map { Sourced($0, raw: $0, source: source) }])
    }

    func testFindsPersonByAnAlternateNameAndByLastCommaFirst() {
        let kathy = person("P1", given: "Kathy", family: "O'Neil", alsoSeenAs: ["Katherine O'Neil"])
        let bill = person("P2", given: "Bill", family: "Park", alsoSeenAs: ["Park, William"])
        let index = PersonNameIndex([kathy, bill])
        XCTAssertEqual(index.lookup("Katherine O'Neil"), .one(PersonID("P1")))
        XCTAssertEqual(index.lookup("O'Neil, Katherine"), .one(PersonID("P1")))
        XCTAssertEqual(index.lookup("William Park"), .one(PersonID("P2")))
        XCTAssertEqual(index.lookup("Park, Bill"), .one(PersonID("P2")))
        XCTAssertEqual(index.lookup("Grace Park"), .none)
    }

    func testTwoPeopleSeenUnderTheSameNameAreAmbiguous() {
        let a = person("P1", given: "Jane", family: "Smith", alsoSeenAs: [])
        let b = person("P2", given: "Jane", family: "Smith", alsoSeenAs: ["Smith, Jane"])
        XCTAssertEqual(PersonNameIndex([a, b]).lookup("jane smith"), .many([PersonID("P1"), PersonID("P2")]))
    }
}
