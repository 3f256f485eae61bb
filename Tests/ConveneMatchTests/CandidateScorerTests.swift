import ConveneModel
@testable import ConveneMatch
import XCTest

final class CandidateScorerTests: XCTestCase {
    private let scorer = CandidateScorer(settings: .people())

    private func one(_ record: ContactRecord, _ candidate: [ContactRecord], decisions: [ReviewDecision] = [],
                     scorer: CandidateScorer? = nil) -> CandidateScore {
        (scorer ?? self.scorer).score(record, against: [MatchCandidate(id: "P1", records: candidate)], decisions: decisions)[0]
    }

    func testNicknameAndSameEmailLinksWithExplanation() {
        let bob = contact(1, "Bob", "Smith", file: "rsvp.csv", email: "rsmith@acme-mfg.example.com", org: "Acme Manufacturing")
        let robert = contact(1, "Robert", "Smith", email: "rsmith@acme-mfg.example.com", org: "Acme Manufacturing, Inc.")
        let s = one(bob, [robert])
        XCTAssertEqual(s.decision, .link)
        XCTAssertNil(s.reason)
        XCTAssertGreaterThan(s.probability, 0.99)
        XCTAssertEqual(s.explanation.terms.first { $0.comparison == "first name" }?.level, "nickname")
        XCTAssertEqual(s.explanation.terms.first { $0.comparison == "email" }?.level, "exact")
        XCTAssertEqual(s.explanation.totalWeight, s.weight, accuracy: 1e-9)
        XCTAssertEqual(s.explanation.b, RecordRef(file: "list.csv", record: 1))
    }

    /// No rule overrules the model: another organization is weak evidence (people move), shown in the
    /// explanation; with another phone and city too, the evidence itself keeps two Jane Smiths apart.
    func testTwoJaneSmithsAtTwoCompaniesAreDecidedByEvidenceNotAVeto() {
        let acme = contact(1, "Jane", "Smith", file: "rsvp.csv", email: "jsmith@acme.example.com", org: "Acme Manufacturing")
        let blueLake = contact(3, "Jane", "Smith", email: "jane.smith@bluelake.example.com", org: "Blue Lake Plastics")
        let s = one(acme, [blueLake])
        XCTAssertNil(s.reason, "the probability decides")
        let org = s.explanation.terms.first { $0.comparison == "organization" }
        XCTAssertEqual(org?.level, "different")
        XCTAssertEqual(org?.weight ?? 0, -2, accuracy: 0.01, "weak negative: people change jobs")
        XCTAssertLessThan(s.probability, 0.99)
        var acmeFull = acme, lakeFull = blueLake
        acmeFull.phones = ["+16085550121"]; acmeFull.city = "Madison"
        lakeFull.phones = ["+17155550187"]; lakeFull.city = "Wausau"
        XCTAssertNotEqual(one(acmeFull, [lakeFull]).decision, .link, one(acmeFull, [lakeFull]).explanation.text)
    }

    /// "Jane Smith, jsmith@acme-mfg" is not "Robert Smith, rsmith@acme-mfg": the addresses differ in the initial,
    /// which is not a typo, and first names that disagree leave the pair for a person at most.
    func testJaneIsNotRobertAtTheSameCompany() {
        let jane = contact(1, "Jane", "Smith", file: "signin.csv", email: "jsmith@acme-mfg.example.com", org: "Acme Manufacturing")
        let robert = contact(1, "Robert", "Smith", email: "rsmith@acme-mfg.example.com", org: "Acme Manufacturing")
        XCTAssertEqual(levelLabel("email", jane, robert), "different")
        XCTAssertEqual(levelLabel("email", jane, contact(2, "Jane", "Smith", email: "jsmiht@acme-mfg.example.com")), "close")
        var settings = MatchSettings.people()
        settings.matchThreshold = 0.92
        settings.reviewThreshold = 0.5
        let s = one(jane, [robert], scorer: CandidateScorer(settings: settings))
        XCTAssertNotEqual(s.decision, .link, s.explanation.text)
        XCTAssertLessThan(s.probability, 0.92, s.explanation.text)
    }

    func testSharedRoleAddressIsNotEvidence() {
        let grace = contact(1, "Grace", "Park", file: "signin.csv", email: "info@summitcnc.example.com", org: "Summit CNC",
                            phone: "6085550129")
        let bill = contact(2, "Bill", "Park", email: "info@summitcnc.example.com", org: "Summit CNC LLC", phone: "6085550109")
        let s = one(grace, [bill])
        let email = s.explanation.terms.first { $0.comparison == "email" }
        XCTAssertEqual(email?.level.hasPrefix("shared address"), true, email?.level ?? "")
        XCTAssertLessThanOrEqual(email?.weight ?? 99, 1, "a role address is weak evidence at most")
        var strict = MatchSettings.people()
        strict.matchThreshold = 0.92
        XCTAssertNotEqual(one(grace, [bill], scorer: CandidateScorer(settings: strict)).decision, .link)
    }

    func testStoredDecisionsAreRespected() {
        let a = contact(1, "Jane", "Smith", file: "rsvp.csv", email: "jsmith@acme.example.com", org: "Acme")
        let b = contact(3, "Jane", "Smith", email: "jsmith@acme.example.com", org: "Acme")
        XCTAssertEqual(one(a, [b]).decision, .link)
        let apart = ReviewDecision(RecordRef(a.source), RecordRef(b.source), .notSame)
        let kept = one(a, [b], decisions: [apart])
        XCTAssertEqual(kept.decision, .different)
        XCTAssertEqual(kept.reason, "decision: not the same")
        let far = contact(9, "Pat", "Lee", email: "pat@lee.example.com", org: "Beta")
        XCTAssertEqual(one(a, [far]).decision, .different)
        XCTAssertEqual(one(a, [far], decisions: [ReviewDecision(RecordRef(a.source), RecordRef(far.source), .same)]).decision, .link)
    }

    func testAPersonsOtherRecordsCountAndTheBestOneIsChosen() {
        let bob = contact(1, "Bob", "Smith", file: "zoom.csv", phone: "608-555-0101")
        let person = [contact(1, "Robert", "Smith", email: "rsmith@acme.example.com", org: "Acme"),
                      contact(2, "Robert", "Smith", email: "rsmith@acme.example.com", phone: "(608) 555-0101")]
        let other = [contact(3, "Robert", "Smithers", email: "r@beta.example.com", org: "Beta")]
        let scores = scorer.score(bob, against: [MatchCandidate(id: "P7", records: other), MatchCandidate(id: "P2", records: person)])
        XCTAssertEqual(scores.map(\.candidateID), ["P7", "P2"])
        XCTAssertEqual(scores[1].bestRecord, 1)
        XCTAssertEqual(CandidateScorer.best(scores)?.candidateID, "P2")
        XCTAssertEqual(CandidateScorer.best(scores)?.decision, .link)
    }

    /// One engine: for each pair, linking through the scorer decides exactly as a batch run with the same settings.
    func testDecisionEqualsBatchRunOnTheSamePair() {
        let pairs: [(ContactRecord, ContactRecord)] = [
            (contact(1, "Bob", "Smith", file: "n.csv", email: "rsmith@acme.example.com"),
             contact(1, "Robert", "Smith", email: "rsmith@acme.example.com", org: "Acme")),
            (contact(1, "Jane", "Smith", file: "n.csv", email: "jsmith@acme.example.com", org: "Acme"),
             contact(1, "Jane", "Smith", email: "jane@bluelake.example.com", org: "Blue Lake")),
            (contact(1, "Maria", "Garcia", file: "n.csv", email: "mg@ivy.example.edu"),
             contact(1, "Ann", "Lee", email: "ann@acme.example.com")),
            (contact(1, "Bill", "Park", file: "n.csv", email: "info@summit.example.com", org: "Summit CNC"),
             contact(1, "William", "Park", email: "bpark@summit.example.com", org: "Summit CNC", phone: "6085550109")),
            (contact(1, "Grace", "Park", file: "n.csv", email: "info@summit.example.com", phone: "6085550129"),
             contact(1, "Bill", "Park", email: "info@summit.example.com", phone: "6085550109")),
        ]
        for (new, old) in pairs {
            let s = one(new, [old])
            let batch = Matcher.run(records: [old, new], settings: .people())
            let together = batch.entityIDs[0] == batch.entityIDs[1]
            XCTAssertEqual(s.decision == .link, together, s.explanation.text)
            let inReview = batch.reviewList.contains { Set([$0.a, $0.b]) == Set([RecordRef(old.source), RecordRef(new.source)]) }
            XCTAssertEqual(s.decision == .review, inReview, s.explanation.text)
        }
    }

    func testSmallDataKeepsDefaultsAndEstimationTrains() {
        let few = (1...20).map { contact($0, "Ann\($0)", "Lee", email: "a\($0)@x.example.com") }
        XCTAssertEqual(CandidateScorer.estimate(.people(), records: few), .people())
        // Many records but no repeats: nothing to learn a match from, so the defaults stay (and say so).
        let distinct = (1...300).map { contact($0, "Ann\($0 % 17)", "Lee\($0)", email: "a\($0)@x.example.com") }
        let run = Matcher.run(records: distinct)
        XCTAssertFalse(run.statistics.parametersEstimated)
        XCTAssertTrue(run.statistics.parameterSource.hasPrefix("defaults: input too small or too distinct"),
                      run.statistics.parameterSource)
        var settings = MatchSettings.people()
        settings.minimumRecordsForEstimation = 60
        settings.uSampleSize = 5_000
        let given = ["Ann", "Bob", "Carla", "Dev", "Eve", "Femi", "Gus", "Hana", "Ivan", "Jo"]
        let family = ["Lee", "Park", "Smith", "Okafor", "Nguyen", "Garcia", "Chen", "Novak"]
        var records: [ContactRecord] = []
        for i in 0..<80 {
            // Each person twice (same name and address): matches to learn from.
            let p = i / 2
            let g = given[p % given.count], f = family[(p / 3) % family.count]
            records.append(contact(i + 1, g, f, email: "\(g.lowercased()).\(f.lowercased())\(p)@example.com"))
        }
        let trained = CandidateScorer.estimate(settings, records: records)
        XCTAssertNotEqual(trained.comparisons, settings.comparisons, "m/u estimated from the data")
        XCTAssertFalse(trained.estimateParameters, "a stored, trained setting is used as is")
    }
}
