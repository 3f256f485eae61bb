import ConveneMatch
import ConveneModel
@testable import ConveneWorkspace
import Foundation
import XCTest

/// The workspace decides nothing itself: every link is ConveneMatch's decision for the same pair.
final class EngineLinkingTests: WorkspaceTestCase {
    private lazy var existing = [
        contact("board.csv", 1, given: "Robert", family: "Smith", email: "rsmith@acme-mfg.example.com", phone: "6085550101",
                org: "Acme Manufacturing, Inc."),
        contact("board.csv", 2, given: "Jane", family: "Smith", email: "jane.smith@bluelake.example.com", phone: "6085550103",
                org: "Blue Lake Plastics"),
        contact("board.csv", 3, given: "William", family: "Park", email: "bpark@summitcnc.example.com", phone: "6085550109",
                org: "Summit CNC"),
        contact("board.csv", 4, given: "Bill", family: "Park", email: "info@summitcnc.example.com", phone: "6085550109",
                org: "Summit CNC LLC"),
    ]

    /// Each new record, imported alone, lands where CandidateScorer (same settings, same candidate) says.
    func testEachLinkDecisionIsTheEnginesDecision() throws {
        _ = try workspace.record([file("board.csv", existing)])
        let people = try workspace.people()
        XCTAssertEqual(people.count, 3, "Bill (role address, same phone) is William: \(people.map(\.name.displayName))")
        let settings = try workspace.matchSettings()
        XCTAssertEqual(settings, Workspace.defaultMatchSettings, "a small workspace links with the engine's defaults")

        // What the engine may say (its defaults are tuned in ConveneMatch; the point is that the workspace agrees).
        let arrivals: [(ContactRecord, Set<CandidateDecision>)] = [
            (contact("s1.csv", 1, given: "Bob", family: "Smith", email: "rsmith@acme-mfg.example.com", org: "Acme"), [.link]),
            (contact("s2.csv", 1, given: "ROBERT", family: "SMITH", phone: "608-555-0101"), [.link]),
            (contact("s3.csv", 1, given: "Jane", family: "Smith", email: "jsmith@acme-mfg.example.com", org: "Acme Manufacturing"), [.review]),
            (contact("s4.csv", 1, given: "Grace", family: "Park", email: "info@summitcnc.example.com", phone: "6085550129",
                     org: "Summit CNC"), [.review, .different]),
            (contact("s5.csv", 1, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.example.edu"), [.different]),
        ]
        let scorer = CandidateScorer(settings: settings)
        for (record, expected) in arrivals {
            // The engine's view: every existing person as a candidate, with their records.
            let candidates = try workspace.people().map { p in
                MatchCandidate(id: p.id.rawValue, records: try workspace.person(p.id).records.compactMap { r in
                    (existing + [record]).first { $0.source == r.source }
                })
            }
            let engine = CandidateScorer.best(scorer.score(record, against: candidates))
            XCTAssertTrue(expected.contains(engine?.decision ?? .different), "\(record.source.reference): \(String(describing: engine))")

            let reviewsBefore = try workspace.openReviewPairs().count
            let summary = try workspace.record([file(record.source.file, [record])])[0]
            let reviewsAfter = try workspace.openReviewPairs().count
            let owner = try XCTUnwrap(workspace.people().first { p in
                try workspace.person(p.id).records.contains { $0.source.reference == record.source.reference }
            })
            switch engine?.decision ?? .different {
            case .link:
                XCTAssertEqual(owner.id.rawValue, engine?.candidateID, record.source.reference)
                XCTAssertEqual(summary.matchedPeople, 1)
            case .review:
                XCTAssertEqual(summary.newPeople, 1)
                XCTAssertEqual(reviewsAfter, reviewsBefore + 1, record.source.reference)
                let pair = try XCTUnwrap(workspace.openReviewPairs().first { $0.left.source.reference == record.source.reference })
                XCTAssertEqual(pair.score, engine?.probability ?? -1, accuracy: 1e-9)
                // The engine's structured explanation is stored with the question, as it scored it.
                let evidence = try XCTUnwrap(pair.evidence, record.source.reference)
                XCTAssertEqual(evidence.explanation.terms.map(\.level), engine?.explanation.terms.map(\.level))
                XCTAssertEqual(evidence.explanation.probability, engine?.probability ?? -1, accuracy: 1e-9)
            case .different:
                XCTAssertEqual(summary.newPeople, 1)
                XCTAssertEqual(reviewsAfter, reviewsBefore)
            }
        }
        // The two Jane Smiths and Grace stay their own people; Robert/Bob and William/Bill are one each.
        let names = try workspace.people().map(\.name.displayName).sorted()
        XCTAssertEqual(names.filter { $0 == "Jane Smith" }.count, 2, "\(names)")
        XCTAssertTrue(names.contains("Grace Park"), "\(names)")
        XCTAssertEqual(try workspace.people(matching: "rsmith@acme-mfg.example.com").first?.sources.count, 3)
    }

    /// Parameters are estimated by ConveneMatch once the workspace has enough records, stored, and not
    /// re-estimated for a small addition.
    func testSettingsAreEstimatedAndStoredAsTheWorkspaceGrows() throws {
        let given = ["Ann", "Bob", "Carla", "Dev", "Eve", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena"]
        let family = ["Lee", "Park", "Smith", "Okafor", "Nguyen", "Garcia", "Chen", "Novak", "Reyes", "Walker"]
        let contacts = (0..<220).map { i in
            // Each person twice (same name, email and phone): matches to learn from.
            contact("big.csv", i + 1, given: given[(i / 2) % given.count], family: family[(i / 14) % family.count],
                    email: "p\(i / 2)@example.com", phone: "608555\(String(format: "%04d", i / 2))", org: "Company \(i % 13)")
        }
        XCTAssertNil(try workspace.storage.read { try $0.storedMatchSettings() })
        _ = try workspace.record([file("big.csv", contacts)])
        let stored = try XCTUnwrap(workspace.storage.read { try $0.storedMatchSettings() })
        XCTAssertEqual(stored.estimatedFrom, 220)
        XCTAssertNotEqual(stored.settings.comparisons, Workspace.defaultMatchSettings.comparisons, "m/u estimated")
        XCTAssertEqual(stored.settings.matchThreshold, Workspace.defaultMatchSettings.matchThreshold)
        XCTAssertEqual(try workspace.personCount(), 110, "each pair of rows shares email and phone")

        _ = try workspace.record([file("more.csv", [contact("more.csv", 1, given: "Zoe", family: "Quinn", email: "zq@example.com")])])
        XCTAssertEqual(try workspace.storage.read { try $0.storedMatchSettings() }?.estimatedFrom, 220,
                       "one more record does not retrain")
    }

    /// A list typed from paper has no email or phone to repeat, but repeats its people by full name with the same
    /// date of birth or street; distinct namesakes at other streets and a household's members do not repeat.
    func testRepeatShareCountsANameWithItsBirthDateOrStreet() throws {
        func person(_ i: Int, _ given: String, _ family: String, born: String? = nil, street: String? = nil) -> ContactRecord {
            var c = contact("typed.csv", i, given: given, family: family)
            c.dateOfBirth = born
            c.street = street
            return c
        }
        let copies = [person(1, "Dorota", "Kowalski", born: "1956-04-09"), person(2, "Mitchell", "Green", street: "44 Banksia St"),
                      person(3, "DOROTA", "KOWALSKI", born: "1956-04-09"), person(4, "Mitchell", "Green", street: "44 banksia st")]
        XCTAssertEqual(Workspace.repeatShare(copies), 0.5)
        let distinct = [person(1, "James", "Smith", born: "1956-04-09", street: "7 Wallaby Pl"),
                        person(2, "James", "Smith", born: "1980-01-02", street: "12 Oak St"),
                        person(3, "Mary", "Smith", street: "7 Wallaby Pl"), person(4, "Ann", "Smith", street: "7 Wallaby Pl")]
        XCTAssertEqual(Workspace.repeatShare(distinct), 0)
    }

    /// One big list of distinct people holds no matches to learn from: the defaults stay, and the check is noted.
    func testDistinctPeopleKeepTheDefaults() throws {
        let contacts = (0..<250).map { i in
            contact("list.csv", i + 1, given: ["Ann", "Bob", "Carla"][i % 3], family: ["Lee", "Park"][i % 2],
                    email: String(UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15, radix: 36) + "@example.com",
                    phone: "608555\(String(format: "%04d", i))")
        }
        _ = try workspace.record([file("list.csv", contacts)])
        let stored = try XCTUnwrap(workspace.storage.read { try $0.storedMatchSettings() })
        XCTAssertEqual(stored.settings, Workspace.defaultMatchSettings)
        XCTAssertEqual(stored.estimatedFrom, 250)
        XCTAssertEqual(try workspace.personCount(), 250, "same names, different emails and phones: different people")
        // The check is noted at 250 records, but the model is the defaults, and an explanation says so.
        let explained = try workspace.explain(person: PersonID("P000001"))
        XCTAssertEqual(explained.parameterSource, "parameters: the engine's defaults (checked at 250 records: nothing to learn from)")
    }
}
