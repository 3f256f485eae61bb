import ConveneModel
import XCTest
@testable import ConveneMatch

/// Whether a city and a postal code add anything beside the same street is the data's to say: nothing, where
/// strangers who share a street are one household (they share the city too); most of their weight, where
/// strangers who share a street are coincidences in other towns and one person's records are typed with
/// independent errors.
final class CoverAgreementTests: XCTestCase {
    private static let given = commonGivenNames
    private static let family = ["green", "nguyen", "campbell", "white", "rollins", "bartel", "warneke", "louca", "miels",
                                 "berryman", "shandley", "hewson", "matthews", "singleton", "kidsley", "eglinton",
                                 "weller", "cureton", "morrison", "ebdell", "glass", "rundle", "webb", "moody",
                                 "tilley", "carmody", "wilkins", "leslie", "browne", "ho", "okafor", "petrov"]
    private static let streets = ["fincham crescent", "copland drive", "namadgi circuit", "jervois street",
                                  "badimara street", "studley street", "woronora street", "wagstaff place",
                                  "bock place", "mccabe crescent", "hopkins street", "fimister circuit",
                                  "garrad court", "disney court", "teakle place", "ammon place", "edmondson street",
                                  "sculptor street", "mackey place", "currie crescent"]
    private static let towns = ["thebarton", "dalby", "coolaroo", "toronto", "riverwood", "leslie vale", "carlingford",
                                "redbank plains", "bellevue hill", "gorokan", "pottsville", "broken hill", "labrador",
                                "yarram", "hahndorf", "ivanhoe", "humpty doo", "largs", "penola", "tyalgum"]

    private func typo(_ s: String, _ draw: inout Draw) -> String {
        var c = Array(s)
        guard c.count > 3 else { return s }
        let k = 1 + draw.next(c.count - 2)
        c.swapAt(k, k - 1)
        return String(c)
    }

    private func date(_ draw: inout Draw) -> String {
        String(format: "%04d-%02d-%02d", 1920 + draw.next(80), 1 + draw.next(12), 1 + draw.next(28))
    }

    /// A typed list, FEBRL's way: 400 people, each with one to three copies whose fields are corrupted
    /// independently (another given name, another surname, a typo in the street, the city or the postal code,
    /// another date of birth), and 120 strangers who happen to live at a street number and street someone else
    /// does, in another town. `corruptedCopy` is the record number of one person's copy with another surname and
    /// date of birth, its address typed as the first record's.
    private func typedList() -> (records: [ContactRecord], original: Int, corruptedCopy: Int) {
        var draw = Draw(state: 7)
        var records: [ContactRecord] = []
        func add(_ g: String, _ f: String, _ street: String, _ town: String, _ postal: String, _ dob: String) {
            records.append(contact(records.count + 1, g, f, street: street, city: town, postal: postal, dob: dob))
        }
        var addresses: [String] = []
        for _ in 0..<400 {
            let g = Self.given[draw.next(Self.given.count)], f = Self.family[draw.next(Self.family.count)]
            let street = "\(1 + draw.next(300)) \(Self.streets[draw.next(Self.streets.count)])"
            let town = Self.towns[draw.next(Self.towns.count)], postal = String(2000 + draw.next(7000)), dob = date(&draw)
            addresses.append(street)
            add(g, f, street, town, postal, dob)
            for _ in 0..<(1 + draw.next(3)) {
                add(draw.chance(0.1) ? Self.given[draw.next(Self.given.count)] : g,
                    draw.chance(0.1) ? Self.family[draw.next(Self.family.count)] : f,
                    draw.chance(0.2) ? typo(street, &draw) : street, draw.chance(0.15) ? typo(town, &draw) : town,
                    draw.chance(0.1) ? String(2000 + draw.next(7000)) : postal, draw.chance(0.15) ? date(&draw) : dob)
            }
        }
        for _ in 0..<120 {
            add(Self.given[draw.next(Self.given.count)], Self.family[draw.next(Self.family.count)],
                addresses[draw.next(addresses.count)], Self.towns[draw.next(Self.towns.count)],
                String(2000 + draw.next(7000)), date(&draw))
        }
        let original = records.count + 1
        add("emma", "quenby", "12 wattle grove", "bungendore", "2621", "1948-03-30")
        add("emma", "quenby", "12 wattle grove", "bungendore", "2621", "1948-03-30")
        add("emma", "pellow", "12 wattle grove", "bungendore", "2621", "1984-11-02")
        return (records, original, original + 2)
    }

    /// A roster of households: 250 homes of two to four people who share a surname, a street, a city and a postal
    /// code, each person on two or three lists with a typo here and there.
    private func households() -> (records: [ContactRecord], spouses: (Int, Int)) {
        var draw = Draw(state: 11)
        var records: [ContactRecord] = []
        var spouses = (0, 0)
        for home in 0..<250 {
            let f = Self.family[draw.next(Self.family.count)]
            let street = "\(1 + draw.next(300)) \(Self.streets[draw.next(Self.streets.count)])"
            let town = Self.towns[draw.next(Self.towns.count)], postal = String(2000 + draw.next(7000))
            var names = Set<String>()
            while names.count < 2 + draw.next(3) { names.insert(Self.given[draw.next(Self.given.count)]) }
            for (k, g) in names.sorted().enumerated() {
                let dob = date(&draw)
                if home == 0 && k < 2 { if k == 0 { spouses.0 = records.count + 1 } else { spouses.1 = records.count + 1 } }
                for copy in 0..<(2 + draw.next(2)) {
                    records.append(contact(records.count + 1, copy > 0 && draw.chance(0.1) ? typo(g, &draw) : g, f,
                                           street: street, city: town, postal: postal, dob: dob))
                }
            }
        }
        return (records, spouses)
    }

    /// A batch run over `records` that estimated its parameters (these tests are about what training learns).
    private func trainedRun(_ records: [ContactRecord], file: StaticString = #filePath, line: UInt = #line) -> MatchResult {
        let result = Matcher.run(records: records)
        XCTAssertTrue(result.statistics.parametersEstimated, result.statistics.parameterSource, file: file, line: line)
        return result
    }

    private func levels(_ settings: MatchSettings, _ name: String) throws -> [ComparisonLevel] {
        try XCTUnwrap(settings.comparisons.first { $0.name == name }?.levels)
    }

    private func exact(_ settings: MatchSettings, _ name: String, given column: FeatureColumn) throws -> Double {
        let level = try XCTUnwrap(levels(settings, name).first { $0.label == "exact" })
        return level.weightIfCoverAgrees(column, limit: settings.weightLimit)
    }

    /// In the typed list the strangers who share a street are in other towns, and one person's records agree on
    /// the city and postal code: beside the same street, each keeps several bits — and a copy whose names and date
    /// of birth were all replaced is still found by its address.
    func testBesideTheSameStreetACityCountsWhereStrangersWhoShareAStreetLiveApart() throws {
        let list = typedList()
        let result = trainedRun(list.records)
        let settings = result.settings
        XCTAssertGreaterThan(try exact(settings, "city", given: .street), 3, settings.parameterText)
        XCTAssertGreaterThan(try exact(settings, "postal code", given: .street), 3, settings.parameterText)
        XCTAssertGreaterThan(try exact(settings, "city", given: .postalCode), 3, settings.parameterText)
        // Never more than counted as independent.
        for name in ["city", "postal code"] {
            let level = try XCTUnwrap(levels(settings, name).first { $0.label == "exact" })
            XCTAssertLessThanOrEqual(level.weightIfCoverAgrees(.street, limit: settings.weightLimit),
                                     level.effectiveWeight(limit: settings.weightLimit))
        }
        var frozen = settings
        frozen.estimateParameters = false
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let pair = try XCTUnwrap(Matcher.explainPair(records: list.records, ref(list.original), ref(list.corruptedCopy),
                                                     settings: frozen))
        let city = try XCTUnwrap(pair.explanation.terms.first { $0.comparison == "city" })
        XCTAssertTrue(city.level.hasPrefix("exact (given the same "), pair.explanation.text)
        XCTAssertGreaterThan(city.weight, 3, pair.explanation.text)
        XCTAssertGreaterThan(pair.explanation.probability, 0.5, pair.explanation.text)
        // Counted as covered by the street (as before this estimate), the copy would not link.
        var covered = frozen
        for c in covered.comparisons.indices {
            for l in covered.comparisons[c].levels.indices { covered.comparisons[c].levels[l].ifCoverAgrees = nil }
        }
        let before = try XCTUnwrap(Matcher.explainPair(records: list.records, ref(list.original), ref(list.corruptedCopy),
                                                       settings: covered))
        let coveredCity = try XCTUnwrap(before.explanation.terms.first { $0.comparison == "city" })
        XCTAssertEqual(coveredCity.weight, 0, before.explanation.text)
        XCTAssertEqual(coveredCity.level, "exact (covered by the address)", before.explanation.text)
        XCTAssertLessThan(before.explanation.probability, 0.5, before.explanation.text)
        // And the run put them together.
        let ids = Dictionary(uniqueKeysWithValues: zip(result.records, result.entityIDs))
        XCTAssertEqual(ids[ref(list.original)], ids[ref(list.corruptedCopy)])
        // The parameters table shows the estimate beside the plain level.
        XCTAssertTrue(settings.parameterRows.contains { $0[0] == "city" && $0[1] == "exact, given the same street" },
                      settings.parameterText)
    }

    /// In a roster of households, the strangers who share a street share the city and postal code as well:
    /// beside it they add (almost) nothing, and two people of one home stay two.
    func testBesideTheSameStreetACityAddsNothingWhereStrangersWhoShareAStreetAreAHousehold() throws {
        let roster = households()
        let result = trainedRun(roster.records)
        let settings = result.settings
        XCTAssertLessThan(try exact(settings, "city", given: .street), 0.5, settings.parameterText)
        XCTAssertLessThan(try exact(settings, "postal code", given: .street), 0.5, settings.parameterText)
        let ids = Dictionary(uniqueKeysWithValues: zip(result.records, result.entityIDs))
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        XCTAssertNotEqual(ids[ref(roster.spouses.0)], ids[ref(roster.spouses.1)])
    }

    /// Training again clears what an earlier training estimated: settings trained on the typed list, trained
    /// again on a roster of households whose records carry no street, keep no estimate beside the street (no
    /// session could say) and learn beside the postal code what the households show.
    func testTrainingAgainClearsEstimatesItCannotRenew() throws {
        var settings = trainedRun(typedList().records).settings
        XCTAssertGreaterThan(try exact(settings, "city", given: .street), 3)
        settings.estimateParameters = true
        let roster = households().records.map { r -> ContactRecord in var r = r; r.street = nil; return r }
        let again = Matcher.run(records: roster, settings: settings).settings
        let city = try XCTUnwrap(levels(again, "city").first { $0.label == "exact" })
        XCTAssertNil(city.ifCoverAgrees?.first { $0.column == .street }, again.parameterText)
        XCTAssertEqual(city.weightIfCoverAgrees(.street, limit: again.weightLimit), 0)
        XCTAssertLessThan(try exact(again, "city", given: .postalCode), 0.5, again.parameterText)
        XCTAssertFalse(again.parameterRows.contains { $0[1].hasSuffix("given the same street") }, again.parameterText)
    }

    /// A model saved before these estimates existed decodes without them, and scores as it did: a city beside the
    /// same street weighs 0, "covered by the address". One whose estimate keeps the whole plain weight says so.
    func testASavedModelWithoutEstimatesScoresAsBeforeAndAKeptWeightIsLabelled() throws {
        let trained = trainedRun(typedList().records).settings
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(trained)) as? [String: Any])
        var comparisons = try XCTUnwrap(json["comparisons"] as? [[String: Any]])
        for c in comparisons.indices {
            var levels = try XCTUnwrap(comparisons[c]["levels"] as? [[String: Any]])
            for l in levels.indices { levels[l].removeValue(forKey: "ifCoverAgrees") }
            comparisons[c]["levels"] = levels
        }
        json["comparisons"] = comparisons
        var saved = try JSONDecoder().decode(MatchSettings.self, from: JSONSerialization.data(withJSONObject: json))
        saved.estimateParameters = false
        let records = [contact(1, "Emma", "Quenby", street: "12 Wattle Grove", city: "Bungendore", postal: "2621"),
                       contact(2, "Emma", "Pellow", street: "12 Wattle Grove", city: "Bungendore", postal: "2621")]
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let old = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(2), settings: saved))
        for name in ["city", "postal code"] {
            let term = try XCTUnwrap(old.explanation.terms.first { $0.comparison == name })
            XCTAssertEqual(term.weight, 0, old.explanation.text)
            XCTAssertEqual(term.level, "exact (covered by the address)", old.explanation.text)
        }
        // An estimate past the plain weight is held at it, and the label still says what it is given.
        var kept = saved
        let c = try XCTUnwrap(kept.comparisons.firstIndex { $0.name == "city" })
        let l = try XCTUnwrap(kept.comparisons[c].levels.firstIndex { $0.label == "exact" })
        kept.comparisons[c].levels[l].ifCoverAgrees = [CoverAgreement(column: .street, m: 0.9, u: 1e-8),
                                                       CoverAgreement(column: .postalCode, m: 0.9, u: 1e-8)]
        let report = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(2), settings: kept))
        let city = try XCTUnwrap(report.explanation.terms.first { $0.comparison == "city" })
        XCTAssertEqual(city.weight, kept.comparisons[c].levels[l].effectiveWeight(limit: kept.weightLimit), accuracy: 1e-9)
        XCTAssertTrue(city.level.hasPrefix("exact (given the same "), report.explanation.text)
    }

    /// The pairs a session learns from: every pair that shares the value when there are few, else a sample drawn
    /// evenly among them — the same for a seed.
    func testSharedValuePairsAreAllOrAnEvenSample() {
        var table = FeatureTable()
        let streets = ["1 a st", "1 a st", "1 a st", "2 b st", "3 c st", "3 c st", "", "2 b st"]
        for (k, s) in streets.enumerated() {
            table.append(RecordFields(contact(k + 1, "x", "y", street: s.isEmpty ? nil : s)))
        }
        table.finish(sharedPeople: 2)
        let all = Training.sharedValuePairs(table[.street], count: table.count, limit: 100, seed: 1)
        let decoded = Set(all.map { [Int($0 >> 32), Int($0 & 0xFFFF_FFFF)] })
        XCTAssertEqual(decoded, [[0, 1], [0, 2], [1, 2], [3, 7], [4, 5]])
        XCTAssertEqual(all.count, 5)
        let sample = Training.sharedValuePairs(table[.street], count: table.count, limit: 3, seed: 1)
        XCTAssertEqual(sample.count, 3)
        XCTAssertTrue(Set(sample.map { [Int($0 >> 32), Int($0 & 0xFFFF_FFFF)] }).isSubset(of: decoded))
        XCTAssertEqual(sample, Training.sharedValuePairs(table[.street], count: table.count, limit: 3, seed: 1))
        // Drawn in proportion to the pairs: the group of three holds 3 of 5, so about 60 % of a large sample.
        let large = Training.sharedValuePairs(table[.street], count: table.count, limit: 4, seed: 2)
        let many = (0..<500).flatMap { Training.sharedValuePairs(table[.street], count: table.count, limit: 4, seed: UInt64($0)) }
        XCTAssertEqual(large.count, 4)
        let share = Double(many.filter { $0 >> 32 <= 1 && $0 & 0xFFFF_FFFF <= 2 }.count) / Double(many.count)
        XCTAssertEqual(share, 0.6, accuracy: 0.05)
    }
}
