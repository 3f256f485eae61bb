import ConveneModel
import ConveneTestSupport
import XCTest
@testable import ConveneMatch

/// The same files give the same people whatever order they are listed in (`convene merge a.csv b.csv` and
/// `convene merge b.csv a.csv`, or a workspace that imported them in another order): the engine reads records
/// in reference order and hands results back in input order.
final class ReadingOrderTests: XCTestCase {
    /// The records grouped by the person the run gave them, as sets of references.
    private func partition(_ result: MatchResult) -> Set<Set<RecordRef>> {
        Set(Dictionary(grouping: result.records.indices, by: { result.entityIDs[$0] }).values
            .map { Set($0.map { result.records[$0] }) })
    }

    func testTheSameFilesInAnyOrderGiveTheSamePeople() throws {
        let files = ConvenerYear.files()
        let listed = files.flatMap(\.records)
        let reversed = files.reversed().flatMap(\.records)
        var rng = SplitMix64(seed: 17)
        let shuffled = files.shuffled(using: &rng).flatMap(\.records)

        let first = Matcher.run(records: listed)
        XCTAssertTrue(first.statistics.parametersEstimated, first.statistics.parameterSource)
        XCTAssertGreaterThan(first.statistics.linkedPairs, 300, "a year of lists: most people are on several")
        XCTAssertGreaterThan(first.reviewList.count, 5)
        let people = partition(first)
        func questions(_ r: MatchResult) -> [Set<RecordRef>] { r.reviewList.map { Set([$0.a, $0.b]) } }
        for (label, records) in [("reversed", reversed), ("shuffled", shuffled)] {
            let other = Matcher.run(records: records)
            let moved = partition(other).symmetricDifference(people)
            XCTAssertEqual(moved.count, 0, "files \(label): people that differ, e.g. \(moved.prefix(4).map { $0.sorted() })")
            XCTAssertTrue(other.settings == first.settings, "files \(label): the same parameters were learned")
            XCTAssertEqual(questions(other), questions(first), "files \(label): the same questions, in the same rank")
        }
    }

    /// Review decisions and person IDs from an earlier run hold whatever order the files come in: "not the same"
    /// splits a linked pair, "same" joins an unlinked one, and a cluster keeps the oldest ID known among its
    /// records.
    func testDecisionsAndKnownIDsHoldInAnyOrder() throws {
        let files = ConvenerYear.files()
        let listed = files.flatMap(\.records), reversed = files.reversed().flatMap(\.records)
        let first = Matcher.run(records: listed)
        let link = try XCTUnwrap(first.links.first { !$0.decided && first.records[$0.a].file != first.records[$0.b].file })
        let question = try XCTUnwrap(first.reviewList.first)
        let decisions = [ReviewDecision(first.records[link.a], first.records[link.b], .notSame),
                         ReviewDecision(question.a, question.b, .same)]
        let known = first.idsByRecord
        let a = Matcher.run(records: listed, decisions: decisions, knownIDs: known)
        let b = Matcher.run(records: reversed, decisions: decisions, knownIDs: known)
        XCTAssertEqual(a.idsByRecord, b.idsByRecord, "the same people under the same IDs")
        XCTAssertNotEqual(a.idsByRecord[first.records[link.a]], a.idsByRecord[first.records[link.b]], "kept apart")
        XCTAssertEqual(b.idsByRecord[question.a], b.idsByRecord[question.b], "joined")
        XCTAssertEqual(b.idsByRecord[first.records[0]], known[first.records[0]], "a known ID is kept")
    }

    /// Results come back in input order: a record's index in the result is its index in the input, clusters are
    /// numbered in order of their first input record, and explanations read the pair as the run scored it.
    func testResultsAreInInputOrder() throws {
        let records = ConvenerYear.files().reversed().flatMap(\.records)
        let result = Matcher.run(records: records)
        XCTAssertEqual(result.records, records.map { RecordRef($0.source) })
        XCTAssertEqual(result.clusters.first?.members.first, 0)
        XCTAssertEqual(result.entityIDs[0], "P000001", "the first input record's person is numbered first")
        XCTAssertEqual(result.clusters.map { $0.members[0] }, result.clusters.map { $0.members[0] }.sorted())
        for cluster in result.clusters {
            XCTAssertEqual(cluster.members, cluster.members.sorted())
            for m in cluster.members { XCTAssertEqual(result.entityIDs[m], cluster.id) }
        }
        let link = try XCTUnwrap(result.links.first { !$0.decided })
        let why = try XCTUnwrap(result.explanation(of: link))
        XCTAssertEqual(Set([why.a, why.b]), Set([result.records[link.a], result.records[link.b]]))
        XCTAssertEqual(why.totalWeight, link.weight, accuracy: 1e-9, "the explanation is the score the run linked on")
        let alone = try XCTUnwrap(Matcher.explainPair(records: records, result.records[link.a], result.records[link.b]))
        XCTAssertEqual(alone.explanation.totalWeight, link.weight, accuracy: 1e-9, "explaining one pair reads as the run")
    }
}

/// A convener's year in miniature, made hard the way real lists are: 220 people at 40 firms (a quarter of the
/// firms family firms where a spouse or child works too, sharing the surname, the main line and sometimes an
/// address), common given names and surnames, nicknames and typos on sign-in sheets, Eventbrite tickets bought by
/// a colleague under the buyer's email, Zoom rows with a name and a work email only, people who changed jobs,
/// walk-ins who share a common name with someone on the roster.
enum ConvenerYear {
    struct File { var name: String; var records: [ContactRecord] }

    static func files() -> [File] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func pick(_ list: [String]) -> String { list[min(next(list.count), next(list.count))] }
        let given = ["Michael", "Jennifer", "Robert", "Maria", "David", "Linda", "James", "Patricia", "William",
                     "Susan", "Richard", "Karen", "Thomas", "Nancy", "Daniel", "Lisa", "Steven", "Sandra", "Joseph",
                     "Ama", "Victoria", "Tomasz", "Priya", "Luis"]
        let nick = ["Michael": "Mike", "Robert": "Bob", "William": "Bill", "Richard": "Rick", "Thomas": "Tom",
                    "Daniel": "Dan", "Steven": "Steve", "Joseph": "Joe", "Patricia": "Trish", "Jennifer": "Jen"]
        let surnames = ["Smith", "Johnson", "Garcia", "Miller", "Nguyen", "Brown", "Mensah", "Kowalski", "Olsen",
                        "Patel", "Schmidt", "Reilly", "Farah", "Lindqvist", "Okafor", "Brandt", "Duval", "Hartmann"]
        func typo(_ s: String) -> String {
            var c = Array(s)
            guard c.count > 4 else { return s }
            let k = 1 + next(c.count - 2)
            c.swapAt(k, k + 1)
            return String(c)
        }
        struct Someone { var given: String; var family: String; var firm: Int; var email: String; var phone: String
                         var street: String?; var movedTo: Int? }
        var people: [Someone] = []
        for k in 0..<220 {
            let firm = k % 40
            var family = pick(surnames)
            var street: String? = nil
            // Family firms: the next person shares the surname, the main line and often the street.
            if firm % 4 == 0, let prev = people.last, prev.firm == firm {
                family = prev.family
                street = next(2) == 0 ? prev.street : nil
            } else if firm % 4 == 0 {
                street = "\(100 + k) Mill Rd"
            }
            let g = pick(given)
            people.append(Someone(given: g, family: family, firm: firm,
                                  email: "\(g.lowercased().prefix(1))\(family.lowercased())\(k % 3 == 0 ? "" : String(k))@firm\(firm).example.com",
                                  phone: firm % 4 == 0 ? "920-555-\(1000 + firm)" : "920-555-\(2000 + k)",
                                  street: street, movedTo: k % 11 == 0 ? (firm + 7) % 40 : nil))
        }
        func org(_ f: Int) -> String { "Firm \(f) \(f % 4 == 0 ? "Family Machining" : "Industries")" }
        var crm: [ContactRecord] = [], eventbrite: [ContactRecord] = [], signin: [ContactRecord] = []
        var zoom: [ContactRecord] = [], walkins: [ContactRecord] = []
        for (k, p) in people.enumerated() {
            crm.append(contact(crm.count + 1, p.given, p.family, file: "crm.csv", email: p.email, org: org(p.firm),
                               phone: p.phone, street: p.street))
            if next(10) < 6 {
                // A colleague at the same firm bought some tickets under their own email.
                let buyer = next(6) == 0 ? people[(k + 1) % people.count] : p
                let email = buyer.firm == p.firm ? buyer.email : p.email
                eventbrite.append(contact(eventbrite.count + 1, p.given, p.family, file: "eventbrite.csv", email: email,
                                          org: org(p.firm)))
            }
            if next(10) < 6 {
                let g = next(3) == 0 ? (nick[p.given] ?? p.given) : (next(5) == 0 ? typo(p.given) : p.given)
                let f = next(6) == 0 ? typo(p.family) : p.family
                let firm = p.movedTo ?? p.firm
                signin.append(contact(signin.count + 1, g, f, file: "signin.csv",
                                      email: next(2) == 0 ? "\(g.lowercased())\(k)@gmail.com" : nil,
                                      org: next(4) == 0 ? nil : org(firm), phone: next(3) == 0 ? p.phone : nil))
            }
            if next(10) < 4 {
                zoom.append(contact(zoom.count + 1, next(4) == 0 ? (nick[p.given] ?? p.given) : p.given, p.family,
                                    file: "zoom.csv", email: next(3) == 0 ? nil : p.email))
            }
        }
        for w in 0..<60 {
            let g = pick(given), f = pick(surnames)
            walkins.append(contact(w + 1, g, f, file: "walk-ins.csv", email: next(2) == 0 ? "\(f.lowercased())\(w)@gmail.com" : nil,
                                   org: next(2) == 0 ? "Walk-in Co \(w % 9)" : nil))
        }
        return [File(name: "crm.csv", records: crm), File(name: "eventbrite.csv", records: eventbrite),
                File(name: "signin.csv", records: signin), File(name: "zoom.csv", records: zoom),
                File(name: "walk-ins.csv", records: walkins)]
    }
}
