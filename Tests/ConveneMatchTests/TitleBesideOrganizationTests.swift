import ConveneModel
import XCTest
@testable import ConveneMatch

/// A job title is the job's, not the person's: colleagues share one and a new job brings another. What an
/// agreeing title adds beside the same organization, and beside another, is the data's to say: much where titles
/// are many and colleagues seldom share one, little where every employer has a few trades' titles.
final class TitleBesideOrganizationTests: XCTestCase {
    /// Grace is kept for the one woman the tests follow.
    private static let given = commonGivenNames.filter { $0 != "grace" }
    /// 144 titles: in this trade, two colleagues seldom share one.
    private static let manyTitles: [String] = {
        let kinds = ["quality", "process", "safety", "tooling", "maintenance", "logistics", "training", "welding",
                     "controls", "materials", "facilities", "production"]
        let roles = ["engineer", "technician", "planner", "supervisor", "analyst", "manager", "inspector",
                     "coordinator", "specialist", "lead", "scheduler", "instructor"]
        return kinds.flatMap { k in roles.map { "\(k) \($0)" } }
    }()
    /// Four titles: every employer has several of each.
    private static let fewTitles = ["manager", "coordinator", "director", "assistant"]

    private struct Roster {
        var records: [ContactRecord] = []
        /// The work record of a woman under her maiden name, and one under her married name: the same given name,
        /// employer and title, nothing else in common.
        var maiden = 0, married = 0
    }

    /// 60 employers of 12 people; each person on two or three lists, with a work email or a mobile on each, and
    /// (mostly) the employer and title; one in ten is listed last under a new surname, with her work email. Grace Okafor of employer 3, who later married and is listed as Grace
    /// Petrov with a new phone and no email, is one person; nobody else is called Grace.
    private func roster(titles: [String], seed: UInt64) -> Roster {
        var draw = Draw(state: seed)
        var roster = Roster()
        func add(_ g: String, _ f: String, email: String?, org: String?, phone: String?, title: String?) -> Int {
            roster.records.append(contact(roster.records.count + 1, g, f, email: email, org: org, phone: phone, title: title))
            return roster.records.count
        }
        func phone() -> String { "614-\(200 + draw.next(700))-\(1000 + draw.next(9000))" }
        for employer in 0..<60 {
            let org = "Employer \(employer) Ltd", domain = "employer\(employer).com"
            for k in 0..<12 {
                let g = employer == 3 && k == 0 ? "grace" : Self.given[draw.next(Self.given.count)]
                let f = k == 0 && employer == 3 ? "okafor"
                    : draw.surname()
                let title = titles[draw.next(titles.count)], mobile = phone()
                let work = "\(g).\(f)@\(domain)"
                let copies = 2 + draw.next(2)
                // One in ten married since an earlier list: her last copy has the new surname and the old address.
                let renamed = employer != 3 && draw.chance(0.1)
                    ? draw.surname() : nil
                for copy in 0..<copies {
                    let last = copy == copies - 1
                    let n = add(g, last ? renamed ?? f : f, email: copy == 0 || (last && renamed != nil) || draw.chance(0.5) ? work : nil,
                                org: draw.chance(0.9) ? org : nil, phone: draw.chance(0.6) ? mobile : nil,
                                title: draw.chance(0.8) ? title : nil)
                    if employer == 3 && k == 0 && copy == 0 {
                        roster.records[n - 1].organization = org
                        roster.records[n - 1].title = title
                        roster.maiden = n
                    }
                }
                if employer == 3 && k == 0 {
                    roster.married = add("grace", "petrov", email: nil, org: org, phone: phone(), title: title)
                }
            }
        }
        return roster
    }

    private func titleTerm(_ roster: Roster, _ settings: MatchSettings) throws -> (term: ExplanationTerm, probability: Double, text: String) {
        var frozen = settings
        frozen.estimateParameters = false
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let pair = try XCTUnwrap(Matcher.explainPair(records: roster.records, ref(roster.maiden), ref(roster.married),
                                                     settings: frozen))
        let term = try XCTUnwrap(pair.explanation.terms.first { $0.comparison == "title" }, pair.explanation.text)
        return (term, pair.explanation.probability, pair.explanation.text)
    }

    private func exactTitle(_ settings: MatchSettings) throws -> ComparisonLevel {
        try XCTUnwrap(settings.comparisons.first { $0.name == "title" }?.levels.first { $0.label == "exact" })
    }

    /// Titles are many and colleagues seldom share one: beside the same employer the title keeps most of its
    /// weight, and the woman who married, still at her employer in her old role, is found under her new surname.
    func testWhereColleaguesSeldomShareATitleItSaysMuchBesideTheSameEmployer() throws {
        let roster = roster(titles: Self.manyTitles, seed: 21)
        let result = Matcher.run(records: roster.records)
        XCTAssertTrue(result.statistics.parametersEstimated, result.statistics.parameterSource)
        let settings = result.settings
        let exact = try exactTitle(settings)
        let beside = exact.weightIfCoverAgrees(.organization, limit: settings.weightLimit)
        XCTAssertGreaterThan(beside, 4, settings.parameterText)
        XCTAssertLessThanOrEqual(beside, exact.effectiveWeight(limit: settings.weightLimit))
        let (term, probability, text) = try titleTerm(roster, settings)
        XCTAssertEqual(term.level, "exact (given the same organization)", text)
        XCTAssertEqual(term.weight, beside, accuracy: 1e-9, text)
        XCTAssertGreaterThan(probability, 0.5, text)
        let ids = Dictionary(uniqueKeysWithValues: zip(result.records, result.entityIDs))
        XCTAssertEqual(ids[RecordRef(file: "list.csv", record: roster.maiden)],
                       ids[RecordRef(file: "list.csv", record: roster.married)], text)
        XCTAssertTrue(settings.parameterRows.contains { $0[0] == "title" && $0[1] == "exact, given the same organization" },
                      settings.parameterText)
        XCTAssertTrue(settings.parameterRows.contains { $0[0] == "title" && $0[1] == "exact, given another organization" },
                      settings.parameterText)
    }

    /// Four titles, so colleagues share them all the time: beside the same employer a title adds little — the
    /// same two records gain far less from it than where titles are many (whether they then link is for the
    /// names and the employer to say: here one in ten people changed surname).
    func testWhereColleaguesShareTitlesItSaysLittleBesideTheSameEmployer() throws {
        let few = roster(titles: Self.fewTitles, seed: 21)
        let result = Matcher.run(records: few.records)
        XCTAssertTrue(result.statistics.parametersEstimated, result.statistics.parameterSource)
        let settings = result.settings
        let beside = try exactTitle(settings).weightIfCoverAgrees(.organization, limit: settings.weightLimit)
        XCTAssertLessThan(beside, 2, settings.parameterText)
        let (term, _, text) = try titleTerm(few, settings)
        XCTAssertEqual(term.level, "exact (given the same organization)", text)
        XCTAssertEqual(term.weight, beside, accuracy: 1e-9, text)
        let many = roster(titles: Self.manyTitles, seed: 21)
        let (manyTerm, _, manyText) = try titleTerm(many, Matcher.run(records: many.records).settings)
        XCTAssertGreaterThan(manyTerm.weight - term.weight, 3, text + "\n" + manyText)
    }

    /// Before training (a small input) a title weighs what a bound once held it to: +2 bits alone, beside the
    /// same employer and beside another.
    func testUntrainedATitleWeighsTwoBitsWhereverTheEmployer() {
        let settings = MatchSettings.people()
        let title = settings.comparisons.first { $0.name == "title" }!
        let exact = title.levels.first { $0.label == "exact" }!
        XCTAssertEqual(exact.effectiveWeight(limit: settings.weightLimit), 2, accuracy: 1e-9)
        XCTAssertEqual(exact.weightIfCoverAgrees(.organization, limit: settings.weightLimit), 2, accuracy: 1e-9)
        XCTAssertEqual(exact.weightIfCoverDiffers(limit: settings.weightLimit), 2, accuracy: 1e-9)
        XCTAssertEqual(title.coveredBy, [.organization])
    }

    /// An agreement's weight once its covering field differs stays between 0 and its plain weight, as a
    /// disagreement's stays between its plain weight and 0.
    func testAConditionalAgreementStaysBetweenNothingAndItsPlainWeight() {
        var level = ComparisonLevel(label: "exact", m: 0.71, u: 0.0155, minimumWeight: 0)
        level.agreementIsConditional = true
        level.mIfCoverDiffers = 0.024
        level.uIfCoverDiffers = 0.0147
        XCTAssertEqual(level.weightIfCoverDiffers(limit: 10), log2(0.024 / 0.0147), accuracy: 1e-9)
        level.mIfCoverDiffers = 0.9                                       // more than independent: the plain weight
        XCTAssertEqual(level.weightIfCoverDiffers(limit: 10), level.effectiveWeight(limit: 10), accuracy: 1e-9)
        level.mIfCoverDiffers = 0.001                                     // against: never below 0
        XCTAssertEqual(level.weightIfCoverDiffers(limit: 10), 0)
        // Only where the level asks for it: an agreement of a model saved before keeps its plain weight.
        level.agreementIsConditional = nil
        level.mIfCoverDiffers = 0.024
        XCTAssertEqual(level.weightIfCoverDiffers(limit: 10), level.effectiveWeight(limit: 10), accuracy: 1e-9)
        var different = ComparisonLevel(label: "different", m: 0.08, u: 0.76, maximumWeight: 0)
        different.mIfCoverDiffers = 0.5
        different.uIfCoverDiffers = 0.85
        XCTAssertEqual(different.weightIfCoverDiffers(limit: 10), log2(0.5 / 0.85), accuracy: 1e-9)
    }

    /// A title trained to weigh +5.5 bits alone and +0.7 at another employer: an organization only "somewhat close"
    /// is another employer as far as the title is concerned, and a missing one leaves the title its own weight.
    func testAtAnOrganizationOnlySomewhatCloseATitleWeighsAsAtAnotherOne() throws {
        var settings = MatchSettings.people()
        let t = try XCTUnwrap(settings.comparisons.firstIndex { $0.name == "title" })
        let o = try XCTUnwrap(settings.comparisons.firstIndex { $0.name == "organization" })
        let e = try XCTUnwrap(settings.comparisons[t].level("exact"))
        settings.comparisons[t].levels[e].m = 0.71
        settings.comparisons[t].levels[e].u = 0.0155
        settings.comparisons[t].levels[e].mIfCoverDiffers = 0.024
        settings.comparisons[t].levels[e].uIfCoverDiffers = 0.0147
        let weights = LevelWeights(settings.comparisons, limit: settings.weightLimit)
        func titleWeight(organization label: String?) throws -> Double {
            var pattern = UInt64(e) << UInt64(4 * t)
            if let label { pattern |= UInt64(try XCTUnwrap(settings.comparisons[o].level(label))) << UInt64(4 * o) }
            return weights.levelWeight(t, pattern: pattern)
        }
        let alone = log2(0.71 / 0.0155), another = log2(0.024 / 0.0147)
        XCTAssertEqual(try titleWeight(organization: nil), alone, accuracy: 1e-9)
        XCTAssertEqual(try titleWeight(organization: "somewhat close"), another, accuracy: 1e-9)
        XCTAssertEqual(try titleWeight(organization: "different"), another, accuracy: 1e-9)
        // Beside the same one, what was estimated there — before training, the +2 bits a bound once allowed.
        XCTAssertEqual(try titleWeight(organization: "exact"), 2, accuracy: 1e-9)
        XCTAssertEqual(try titleWeight(organization: "close"), 2, accuracy: 1e-9)
    }

    /// Where training cannot estimate what a title says at another employer (too few one-person pairs there), it
    /// says nothing — not its own weight against a u counted from random pairs — while a disagreement keeps its
    /// default.
    func testAConditionalAgreementTrainingCannotEstimateSaysNothing() throws {
        let settings = MatchSettings.people()
        var levels = settings.comparisons.map(\.levels)
        let t = try XCTUnwrap(settings.comparisons.firstIndex { $0.name == "title" })
        for l in levels[t].indices where levels[t][l].mIfCoverDiffers != nil { levels[t][l].uIfCoverDiffers = 0.0147 }
        Training.estimateConditionalM(patterns: [:], levels: &levels, candidatePrior: 0.01,
                                      covers: Covers(settings.comparisons), limit: settings.weightLimit)
        let exact = try XCTUnwrap(levels[t].first { $0.label == "exact" })
        XCTAssertEqual(exact.weightIfCoverDiffers(limit: settings.weightLimit), 0)
        let different = try XCTUnwrap(levels[t].first { $0.label == "different" })
        XCTAssertEqual(different.mIfCoverDiffers, settings.comparisons[t].levels.first { $0.label == "different" }?.mIfCoverDiffers)
    }
}
