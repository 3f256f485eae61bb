import XCTest
import ConveneModel
@testable import ConveneMatch

/// Two clusters joined through a link are weighed on what all their records say: for each field the link's two
/// records cannot compare (one of them lacks it), the records across the clusters that can.
final class JoinedEvidenceTests: XCTestCase {
    /// Andrew Johnson's three records at home in Hilliard (his phone, street and town on two of them, only his name
    /// on the third) and a namesake at an employer in Gahanna, with his own phone and street. Only the name-only
    /// record links to the namesake — its pair has nothing to disagree on. Andrew's other records contradict the
    /// namesake's phone and street: the join is refused, counted and asked about.
    func testANamesakeDoesNotJoinThroughThePersonsLeastCompleteRecord() throws {
        let andrew = [contact(1, "Andrew", "Johnson", phone: "614-944-7366", street: "274 E Broad St",
                              city: "Hilliard", postal: "43026"),
                      contact(2, "Andrew", "Johnson", phone: "(614) 944-7366", street: "274 East Broad Street",
                              city: "Hilliard", postal: "43026"),
                      contact(3, "Andrew", "Johnson")]
        let namesake = contact(4, "Andrew", "Johnson", email: "ajohnson@precisionassociates.com",
                               org: "Precision Associates", phone: "740-285-5898", street: "112 N Walnut Rd",
                               city: "Gahanna")
        let records = andrew + [namesake]
        let r = Matcher.run(records: records)
        XCTAssertEqual(Set(r.entityIDs[0..<3]).count, 1, "Andrew's own records are one person")
        XCTAssertNotEqual(r.entityIDs[2], r.entityIDs[3], "the namesake stays apart")
        // The pair that would have joined them links on its own: only the clusters' other records held it apart.
        let link = try XCTUnwrap(r.explain(RecordRef(records[2].source), RecordRef(records[3].source)))
        XCTAssertGreaterThanOrEqual(link.probability, 0.5, "the name-only pair links on its own")
        XCTAssertGreaterThan(r.statistics.splitClusters, 0, "the refused join is counted")
        let asked = try XCTUnwrap(r.reviewList.first { Set([$0.a.record, $0.b.record]) == [3, 4] }, "and asked about")
        let reason = try XCTUnwrap(asked.reason)
        XCTAssertTrue(reason.contains("list.csv#1") || reason.contains("list.csv#2"), reason)
    }

    /// Fields that change together count once across records too: Ann Lee's street is on one record, her town on
    /// another; the record the link reaches has another street (the link's own pair weighs that) and another town.
    /// The town is weighed as the link's pattern with it filled in would weigh it — given another street, a move —
    /// not at its plain weight, which would count the move twice.
    func testAnotherTownBesideAnotherStreetCountsAsOneMove() throws {
        var settings = MatchSettings.people()
        let city = try XCTUnwrap(settings.comparisons.firstIndex { $0.column == .city })
        let different = try XCTUnwrap(settings.comparisons[city].levels.firstIndex { $0.label == "different" })
        settings.comparisons[city].levels[different].mIfCoverDiffers = 0.5
        settings.comparisons[city].levels[different].uIfCoverDiffers = 0.85
        let records = [contact(1, "Ann", "Lee", street: "12 Oak St"), contact(2, "Ann", "Lee", city: "Madison"),
                       contact(3, "Ann", "Lee", street: "900 Elm Ave", city: "Wausau")]
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        let model = MatchModel(table: table, settings: settings)
        let level = settings.comparisons[city].levels[different]
        let plain = level.effectiveWeight(limit: settings.weightLimit)
        let given = level.weightIfCoverDiffers(limit: settings.weightLimit)
        XCTAssertLessThan(plain, given - 1, "the test needs the two weights apart")
        let joined = model.joinedWeight(link: 0, 2, weight: 5, across: [0, 1], [2])
        XCTAssertEqual(joined.weight, 5 + given, accuracy: 1e-9, "another town, given another street")
        XCTAssertEqual(joined.against.map { [$0.0, $0.1] }, [1, 2], "the records whose towns differ")
    }

    /// Read the other way round — the namesake first, so the name-only record's tie goes to him — Andrew's own
    /// records still do not join the namesake: the name-only record may go either way (it carries nothing else),
    /// the two people stay two.
    func testTheNamesakeStaysApartInEitherOrder() {
        let records = [contact(1, "Andrew", "Johnson", email: "ajohnson@precisionassociates.com",
                               org: "Precision Associates", phone: "740-285-5898", street: "112 N Walnut Rd",
                               city: "Gahanna"),
                       contact(2, "Andrew", "Johnson", phone: "614-944-7366", street: "274 E Broad St",
                               city: "Hilliard", postal: "43026"),
                       contact(3, "Andrew", "Johnson", phone: "(614) 944-7366", street: "274 East Broad Street",
                               city: "Hilliard", postal: "43026"),
                       contact(4, "Andrew", "Johnson")]
        let r = Matcher.run(records: records)
        XCTAssertEqual(r.entityIDs[1], r.entityIDs[2], "Andrew's records with his phone and street are one person")
        XCTAssertNotEqual(r.entityIDs[0], r.entityIDs[1], "the namesake is another")
    }
}

extension JoinedEvidenceTests {
    /// 40 employers of 8 people, each person on two or three lists with a work email or a mobile, and the employer;
    /// then `extra` appended.
    private func roster(seed: UInt64, extra: [(String, String, String?, String?, String?)]) -> [ContactRecord] {
        var draw = Draw(state: seed)
        var records: [ContactRecord] = []
        func phone() -> String { "614-\(200 + draw.next(700))-\(1000 + draw.next(9000))" }
        for employer in 0..<40 {
            for _ in 0..<8 {
                let g = commonGivenNames[draw.next(commonGivenNames.count)]
                let f = draw.surname()
                let mobile = phone()
                for copy in 0..<(2 + draw.next(2)) {
                    records.append(contact(records.count + 1, g, f,
                                           email: copy == 0 || draw.chance(0.5) ? "\(g).\(f)@employer\(employer).com" : nil,
                                           org: draw.chance(0.9) ? "Employer \(employer) Ltd" : nil,
                                           phone: draw.chance(0.6) ? mobile : nil))
                }
            }
        }
        for (g, f, email, org, phone) in extra {
            records.append(contact(records.count + 1, g, f, email: email, org: org, phone: phone))
        }
        return records
    }

    /// Katie O'Neil's three records at her employer (two with her work email) and a meeting's record with only
    /// her personal email. The employer record without an email links to it on the name; her other records'
    /// email disagrees. How much the name says, for joining these clusters, is a question about the records
    /// outside them: nobody else is called Katie O'Neil, so it is a rare name — not one that "strangers" (her own
    /// other records) carry four times in 800 — and she stays one person.
    func testANameOnlyTheTwoClustersCarryIsRareForJoiningThem() throws {
        let katie: [(String, String, String?, String?, String?)] = [
            ("Katie", "Oneil", "koneil@heartlandcoatings.com", "Heartland Coatings", "920-308-7034"),
            ("Katie", "Oneil", "koneil@heartlandcoatings.com", "Heartland Coatings", nil),
            ("Katie", "Oneil", nil, "Heartland Coatings", nil),
            ("Katie", "Oneil", "katieoneil@outlook.com", nil, nil)]
        let records = roster(seed: 7, extra: katie)
        let n = records.count
        let r = Matcher.run(records: records)
        XCTAssertEqual(Set(r.entityIDs[(n - 4)...]).count, 1, "Katie is one person")
        // Her work email against her personal one, with the name as this input weighs it pair by pair, is against.
        let emails = try XCTUnwrap(r.explain(RecordRef(records[n - 3].source), RecordRef(records[n - 1].source)))
        XCTAssertLessThan(emails.probability, 0.5, emails.text)
        // The name's frequency with her own records left out is the rare name's.
        var table = FeatureTable()
        for c in records { table.append(RecordFields(c)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let scorer = MatchModel(table: table, settings: r.settings).scorer
        let given = try XCTUnwrap(table[.givenName].first(of: n - 1)), family = try XCTUnwrap(table[.familyName].first(of: n - 1))
        XCTAssertGreaterThan(scorer.fullNameDelta(given: given, family: family, leaving: 4),
                             scorer.fullNameDelta(given: given, family: family) + 1)
    }
}
