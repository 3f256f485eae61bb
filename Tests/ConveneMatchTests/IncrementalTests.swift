import XCTest
import ConveneModel
@testable import ConveneMatch

final class IncrementalTests: XCTestCase {
    /// A small partnership: a contact list, then tonight's sign-in sheet with returning and new people.
    let existing = [
        contact(1, "Bob", "Smith", file: "contacts.csv", email: "bob.smith@acme.com", org: "Acme Mfg"),
        contact(2, "Alice", "Nguyen", file: "contacts.csv", email: "alice@riverside.edu", org: "Riverside College"),
        contact(3, "Jane", "Smith", file: "contacts.csv", email: "jane@acme.com", org: "Acme"),
        contact(4, "Jane", "Smith", file: "contacts.csv", email: "jsmith@beta.org", org: "Beta Corp"),
        contact(5, "Omar", "Haddad", file: "contacts.csv", phone: "+15551230000"),
    ]
    let tonight = [
        contact(1, "Robert", "Smith", file: "signin.csv", email: "bob.smith@acme.com"),
        contact(2, "Omar", "Haddad", file: "signin.csv", org: "Haddad Logistics", phone: "(555) 123-0000"),
        contact(3, "Wei", "Chen", file: "signin.csv", email: "wei@chenco.com"),
        contact(4, "Jane", "Smith", file: "signin.csv", email: "jsmith@beta.org"),
        contact(5, "Wei", "Chen", file: "signin.csv", email: "wei@chenco.com", org: "Chen Co"),
    ]

    func partition(_ r: MatchResult) -> Set<Set<RecordRef>> {
        Set(r.clusters.map { Set($0.members.map { r.records[$0] }) })
    }

    func testIncrementalEqualsBatchAndKeepsIDs() {
        let first = Matcher.run(records: existing)
        let linker = IncrementalLinker(records: existing, result: first)
        let incremental = linker.link(tonight)

        var frozen = first.settings
        frozen.estimateParameters = false
        let batch = Matcher.run(records: existing + tonight, settings: frozen, knownIDs: first.idsByRecord)

        XCTAssertEqual(partition(incremental), partition(batch))
        XCTAssertEqual(incremental.idsByRecord, batch.idsByRecord)
        // Existing people keep their IDs; returning people get them.
        for (ref, id) in first.idsByRecord { XCTAssertEqual(incremental.idsByRecord[ref], id) }
        let ids = incremental.idsByRecord
        XCTAssertEqual(ids[RecordRef(file: "signin.csv", record: 1)], ids[RecordRef(file: "contacts.csv", record: 1)])
        XCTAssertEqual(ids[RecordRef(file: "signin.csv", record: 2)], ids[RecordRef(file: "contacts.csv", record: 5)])
        XCTAssertEqual(ids[RecordRef(file: "signin.csv", record: 4)], ids[RecordRef(file: "contacts.csv", record: 4)])
        XCTAssertEqual(ids[RecordRef(file: "signin.csv", record: 3)], ids[RecordRef(file: "signin.csv", record: 5)])
        XCTAssertEqual(incremental.people.count, Set(Array(ids.values)).count)
    }

    func testIncrementalRespectsDecisions() {
        let first = Matcher.run(records: existing)
        let linker = IncrementalLinker(records: existing, result: first)
        let keepApart = ReviewDecision(RecordRef(file: "signin.csv", record: 1), RecordRef(file: "contacts.csv", record: 1), .notSame)
        let r = linker.link(tonight, decisions: [keepApart])
        XCTAssertNotEqual(r.idsByRecord[keepApart.a], r.idsByRecord[keepApart.b])
    }
}
