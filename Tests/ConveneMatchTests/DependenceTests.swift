import ConveneModel
import XCTest
@testable import ConveneMatch

/// Evidence that is not independent is not counted as if it were: nested fields that change together (a move, a
/// new job), and a name whose frequency the pair's own records inflate.
final class DependenceTests: XCTestCase {
    private let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }

    private func term(_ report: PairReport, _ comparison: String) throws -> ExplanationTerm {
        try XCTUnwrap(report.explanation.terms.first { $0.comparison == comparison }, report.explanation.text)
    }

    /// Settings as training would leave them on a roster of people who move: given another street (or postal
    /// code), another city in half of one person's pairs and in 85 % of strangers'; likewise for the rest.
    private func trainedSettings() -> MatchSettings {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        let conditional: [String: (m: Double, u: Double)] = ["city": (0.5, 0.85), "postal code": (0.5, 0.8), "title": (0.85, 0.93)]
        for (i, c) in settings.comparisons.enumerated() {
            guard let (m, u) = conditional[c.name], let l = c.level("different") else { continue }
            settings.comparisons[i].levels[l].mIfCoverDiffers = m
            settings.comparisons[i].levels[l].uIfCoverDiffers = u
        }
        return settings
    }

    /// A person who moved and changed jobs: another street, city and postal code, another employer and title.
    /// Once the street differs, the city and postal code weigh what they add given that (their conditional m
    /// and u), not their full weight again; the title likewise given another organization. Where the street
    /// agrees, a different city keeps its full weight. Untrained, the conditional weights are the plain ones:
    /// on a small input each field counts in full.
    func testNestedFieldsWeighWhatTheyAddGivenTheCoveringField() throws {
        let settings = trainedSettings()
        let records = [
            contact(1, "Alicia", "Winbury", org: "Precision Staffing Group", title: "General Laborer",
                    street: "5871 Pine Ave", city: "Parma Heights", postal: "44130"),
            contact(2, "Alicia", "Winbury", org: "Acme Tool & Die", title: "Quality Inspector",
                    street: "28042 Carnegie Ave", city: "Cleveland", postal: "43204"),
            contact(3, "Alicia", "Winbury", street: "5871 Pine Ave", city: "Lakewood", postal: "44130"),
        ]
        let moved = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(2), settings: settings))
        let city = try term(moved, "city"), postal = try term(moved, "postal code"), title = try term(moved, "title")
        let levels = { (name: String) in try XCTUnwrap(settings.comparisons.first { $0.name == name }?.levels.last) }
        XCTAssertEqual(city.level, "different (given another postal code)", moved.explanation.text)
        XCTAssertEqual(city.weight, try levels("city").weightIfCoverDiffers(limit: settings.weightLimit), accuracy: 1e-9)
        XCTAssertEqual(city.weight, log2(0.5 / 0.85), accuracy: 1e-9)
        XCTAssertEqual(postal.level, "different (given another street)", moved.explanation.text)
        XCTAssertEqual(postal.weight, log2(0.5 / 0.8), accuracy: 1e-9)
        XCTAssertEqual(title.level, "different (given another organization)", moved.explanation.text)
        XCTAssertEqual(title.weight, log2(0.85 / 0.93), accuracy: 1e-9)
        // The text shows the whole label, then the weight (a label cut at 28 characters ran into its weight).
        XCTAssertTrue(moved.explanation.text.contains("different (given another organization)  -0.13"), moved.explanation.text)
        // Each conditional weight is weaker than the plain one it replaces, and never evidence for a match.
        for name in ["city", "postal code", "title"] {
            let level = try levels(name)
            XCTAssertGreaterThan(level.weightIfCoverDiffers(limit: 10), level.effectiveWeight(limit: 10), name)
            XCTAssertLessThanOrEqual(level.weightIfCoverDiffers(limit: 10), 0, name)
        }
        // The street agrees: the city's disagreement is weighed in full.
        let sameStreet = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(3), settings: settings))
        let plainCity = try term(sameStreet, "city")
        XCTAssertFalse(plainCity.level.contains("given another"), sameStreet.explanation.text)
        XCTAssertEqual(plainCity.weight, try levels("city").effectiveWeight(limit: settings.weightLimit), accuracy: 1e-9)
        // The parameters table shows the conditional level next to the plain one.
        XCTAssertTrue(settings.parameterRows.contains { $0[0] == "city" && $0[1] == "different, given another postal code or street" })
        // Untrained defaults: the conditional weight is the plain one, so nothing is discounted without data.
        var defaults = MatchSettings.people()
        defaults.estimateParameters = false
        let untrained = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(2), settings: defaults))
        for name in ["city", "postal code", "title"] {
            let level = try XCTUnwrap(defaults.comparisons.first { $0.name == name }?.levels.last)
            XCTAssertEqual(try term(untrained, name).weight, level.effectiveWeight(limit: defaults.weightLimit), accuracy: 1e-9,
                           untrained.explanation.text)
        }
    }

    /// The conditional m comes from the data: among candidate pairs whose street differs, the share of each city
    /// level among the likely matches. Here one person's records with another street have another city half the
    /// time (moves within a metro area); strangers almost always.
    func testConditionalMIsEstimatedFromTheMatchesWhoseCoveringFieldDiffers() throws {
        let comparisons = MatchSettings.people().comparisons
        func index(_ name: String) -> Int { comparisons.firstIndex { $0.name == name }! }
        let given = index("first name"), family = index("last name"), street = index("street"), city = index("city")
        let streetDifferent = comparisons[street].levels.count - 1, cityDifferent = comparisons[city].levels.count - 1
        func pattern(_ levels: [Int: Int]) -> UInt64 {
            levels.reduce(0) { $0 | UInt64($1.value) << UInt64(4 * $1.key) }
        }
        let differentGiven = comparisons[given].levels.count - 1, differentFamily = comparisons[family].levels.count - 1
        let patterns: [UInt64: Int] = [
            // One person: both names agree; another street, and another city in half of those pairs.
            pattern([given: 1, family: 1, street: streetDifferent, city: cityDifferent]): 300,
            pattern([given: 1, family: 1, street: streetDifferent, city: 1]): 300,
            pattern([given: 1, family: 1, street: 1, city: 1]): 400,
            // Strangers: nothing agrees.
            pattern([given: differentGiven, family: differentFamily, street: streetDifferent, city: cityDifferent]): 20_000,
        ]
        var levels = comparisons.map(\.levels)
        levels[city][cityDifferent].mIfCoverDiffers = 0.2            // a prior far from the truth
        let before = try XCTUnwrap(levels[city][cityDifferent].mIfCoverDiffers)
        Training.estimateConditionalM(patterns: patterns, levels: &levels, candidatePrior: 1_000.0 / 21_000,
                                      covers: Covers(comparisons))
        let estimated = try XCTUnwrap(levels[city][cityDifferent].mIfCoverDiffers)
        XCTAssertEqual(estimated, 0.5, accuracy: 0.02, "default was \(before)")
        // Strangers do not move the estimate: almost all their weight is on "not a match".
        XCTAssertNil(levels[city][1].mIfCoverDiffers, "the exact level is never weighed conditionally")
    }

    /// How common a name is, is judged by the *other* records. "Alicia Winbury", carried by one person's two
    /// records and nobody else's, is strong evidence (Alicia is a common name, Winbury is not); counting the
    /// pair's own records made every such name at least 2/N common and weighed it below an average name. A full
    /// name many different people carry stays weak evidence.
    func testARareFullNameIsJudgedByTheOtherRecords() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        var all = twoThousandStrangers()
        for k in 0..<20 { all.append(contact(all.count + 1, "Alicia", "Other\(k)", email: "a\(k)@example.org")) }
        for k in 0..<40 { all.append(contact(all.count + 1, "Maria", "Garcia", email: "mg\(k)@example.org")) }
        let alicia = all.count + 1
        all.append(contact(alicia, "Alicia", "Winbury", email: "alicia.winbury@staffing.example.com"))
        all.append(contact(alicia + 1, "Alicia", "Winbury", email: "alicialakeside@example.net"))
        let maria = 2_021
        let rare = try XCTUnwrap(Matcher.explainPair(records: all, ref(alicia), ref(alicia + 1), settings: settings))
        let common = try XCTUnwrap(Matcher.explainPair(records: all, ref(maria), ref(maria + 1), settings: settings))
        let rareName = try term(rare, "first name"), commonName = try term(common, "first name")
        XCTAssertTrue(rareName.level.hasPrefix("exact (full name, frequency +"), rare.explanation.text)
        XCTAssertTrue(commonName.level.hasPrefix("exact (full name, frequency -"), common.explanation.text)
        XCTAssertGreaterThan(rareName.weight - commonName.weight, 8, "\(rare.explanation.text)\n\(common.explanation.text)")
        // The stranger frequency: nobody else is called Alicia Winbury, 19 other records are Alicias, no other
        // record is a Winbury (counted once, add-one); 38 other records are Maria Garcia.
        let n = Double(all.count)
        XCTAssertEqual(Scorer.strangerFrequency(count: 2, of: n, given: 22, of: n, family: 2, of: n),
                       21 / (n - 1) * 1 / (n - 1), accuracy: 1e-15)
        XCTAssertEqual(Scorer.strangerFrequency(count: 40, of: n, given: 40, of: n, family: 40, of: n),
                       38 / (n - 2), accuracy: 1e-12)
    }

    /// A name one person carries on many lists is not a common name. "Tamika Brooks" on six records, five of
    /// them on her own work email, is one person's name, and a record of her with no email (a Zoom row) weighs
    /// as a rarer name against her; "Donna Brown" on six records with six different addresses is six carriers,
    /// and stays weak evidence. Identifiers only ever join records of one name here, so a main line never makes
    /// two people one carrier (see the next test for a household's).
    func testANameOnePersonCarriesOnManyListsIsNotACommonName() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        var all = twoThousandStrangers()
        let tamika = all.count + 1
        for _ in 0..<5 { all.append(contact(all.count + 1, "Tamika", "Brooks", email: "tamikab@brightline.example.com")) }
        all.append(contact(all.count + 1, "Tamika", "Brooks"))
        let donna = all.count + 1
        for k in 0..<6 { all.append(contact(all.count + 1, "Donna", "Brown", email: "donna\(k)@firm\(k).example.com")) }
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let one = try XCTUnwrap(Matcher.explainPair(records: all, ref(tamika + 5), ref(tamika), settings: settings))
        let many = try XCTUnwrap(Matcher.explainPair(records: all, ref(donna + 1), ref(donna), settings: settings))
        let oneName = try term(one, "first name"), manyName = try term(many, "first name")
        // Strangers' records: 6 − 26/6 against 6 − 2, log2(4 / 1.67) = 1.26 bits apart.
        XCTAssertEqual(oneName.weight - manyName.weight, log2(4 / (6 - 26.0 / 6)), accuracy: 1e-9,
                       "\(one.explanation.text)\n\(many.explanation.text)")
        // The groups: five records on one address and one alone carry Σ size² / records = (25 + 1) / 6.
        var table = FeatureTable()
        for r in all { table.append(RecordFields(r)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        let g = try XCTUnwrap(table[.givenName].lookup["tamika"]), f = try XCTUnwrap(table[.familyName].lookup["brooks"])
        XCTAssertEqual(try XCTUnwrap(table.fullNameOwnRecords[FeatureTable.fullNameKey(g, f)]), 26.0 / 6, accuracy: 1e-9)
        let dg = try XCTUnwrap(table[.givenName].lookup["donna"]), df = try XCTUnwrap(table[.familyName].lookup["brown"])
        XCTAssertNil(table.fullNameOwnRecords[FeatureTable.fullNameKey(dg, df)], "six carriers, one record each")
        // Leaving out the pair, or the scored record's own person's records when more.
        let n = Double(all.count)
        XCTAssertEqual(Scorer.strangerFrequency(count: 6, of: n, given: 6, of: n, family: 6, of: n, own: 26.0 / 6),
                       (6 - 26.0 / 6) / (n - 2), accuracy: 1e-12)
        XCTAssertEqual(Scorer.strangerFrequency(count: 6, of: n, given: 6, of: n, family: 6, of: n, own: 1),
                       4 / (n - 2), accuracy: 1e-12)
    }

    /// A household's value still ties the records of one name. Ama Mensah bought a colleague's ticket on her
    /// email and put her phone on it, so both are used by two people — shared, but a household's worth — and her
    /// four records on them are still one carrier's (with her Zoom row, Σ size² / records = (16 + 1) / 5). Carl
    /// Ruiz's three records on his firm's main line, which five people use, are three carriers as before.
    func testAHouseholdsValueStillTiesTheRecordsOfOneName() throws {
        var all = twoThousandStrangers()
        for k in 0..<4 {
            all.append(contact(all.count + 1, "Ama", "Mensah", email: "ama.mensah@northstar.example.com",
                               phone: k % 2 == 0 ? "920-671-5750" : nil))
        }
        all.append(contact(all.count + 1, "Luis", "Mendoza", email: "ama.mensah@northstar.example.com", phone: "(920) 671-5750"))
        all.append(contact(all.count + 1, "Ama", "Mensah"))
        for _ in 0..<3 { all.append(contact(all.count + 1, "Carl", "Ruiz", phone: "614-555-0100")) }
        for name in ["Dana", "Eli", "Faye", "Gus"] { all.append(contact(all.count + 1, name, "Colleague\(name)", phone: "614-555-0100")) }
        var table = FeatureTable()
        for r in all { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let email = table[.email], phone = table[.phone]
        let amaMail = try XCTUnwrap(email.lookup.first { $0.key.hasPrefix("ama.mensah") }?.value)
        XCTAssertTrue(email.shared[Int(amaMail)] && email.householdShared[Int(amaMail)], "two people: a household's")
        let mainLine = try XCTUnwrap(phone.lookup.first { $0.key.hasSuffix("5550100") }?.value)
        XCTAssertTrue(phone.shared[Int(mainLine)] && !phone.householdShared[Int(mainLine)], "five people: a main line")
        func own(_ given: String, _ family: String) throws -> Double? {
            let g = try XCTUnwrap(table[.givenName].lookup[given]), f = try XCTUnwrap(table[.familyName].lookup[family])
            return table.fullNameOwnRecords[FeatureTable.fullNameKey(g, f)]
        }
        XCTAssertEqual(try XCTUnwrap(try own("ama", "mensah")), 17.0 / 5, accuracy: 1e-9)
        XCTAssertNil(try own("carl", "ruiz"), "a main line ties no one")
    }

    /// A record of a name that no email or phone ties to any other record (a sign-in row) is the known person's
    /// as often as the input shows such records to be: rarely for a name strangers often carry, nearly always
    /// for one they almost never do. The fit is read from the input's own names, so the third "Michelle
    /// Valvaloz" — a sign-in row with a personal email nothing else carries — joins her, while such a row of
    /// "John Smith" stays a stranger to the John Smith the input knows.
    func testAnUntiedRecordOfARareNameIsTheKnownPersonsAndOfACommonNameAStrangers() throws {
        var all = peopleWithSignInRows()
        let michelle = all.count + 1
        all.append(contact(michelle, "Michelle", "Valvaloz", email: "mvalvaloz@pelroner.example.com", org: "Pelroner & Evwinland",
                           phone: "614-569-7343", title: "HR Generalist", street: "46 Sunset Court", city: "Lancaster"))
        all.append(contact(michelle + 1, "Michelle", "Valvaloz", email: "mvalvaloz@pelroner.example.com", org: "Pelroner & Evwinland Co.",
                           street: "131 Franklin Street", city: "Columbus"))
        all.append(contact(michelle + 2, "Michelle", "Valvaloz", email: "michellev77@gmail.com"))
        // Three sign-in rows of a name nobody else carries, each with a personal address of its own: no known
        // person, every record untied — one person at the same odds.
        let thaddeus = all.count + 1
        for (k, mail) in ["thaddeus.ob@gmail.com", "tokonkwo58@yahoo.com", "thaddeusokb@outlook.com"].enumerated() {
            all.append(contact(thaddeus + k, "Thaddeus", "Okonkwo", email: mail))
        }
        let john = all.count + 1
        all.append(contact(john, "John", "Smith", email: "jsmith@harbor.example.com", org: "Harbor Freight Lines", phone: "614-555-0143"))
        all.append(contact(john + 1, "John", "Smith", email: "jsmith@harbor.example.com", org: "Harbor Freight Lines"))
        all.append(contact(john + 2, "John", "Smith", email: "johnsmith58@gmail.com"))
        var table = FeatureTable()
        for r in all { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let fit = try XCTUnwrap(table.singlesFit, "hundreds of names with a group to learn from")
        XCTAssertGreaterThan(fit.ownShare(expected: 0.01), 0.9)
        let key = { (g: String, f: String) in
            FeatureTable.fullNameKey(table[.givenName].lookup[g]!, table[.familyName].lookup[f]!)
        }
        let rare = try XCTUnwrap(table.fullNameSingles[key("michelle", "valvaloz")])
        let common = try XCTUnwrap(table.fullNameSingles[key("john", "smith")])
        XCTAssertLessThan(rare, 0.05)
        XCTAssertNotNil(table.fullNameSingles[key("thaddeus", "okonkwo")], "every record untied")
        XCTAssertGreaterThan(common, 1)
        XCTAssertLessThan(fit.ownShare(expected: common), 0.5, "an untied John Smith is more likely someone else")
        let r = Matcher.run(records: all)
        XCTAssertEqual(Set(r.entityIDs[(michelle - 1)..<(michelle + 2)]).count, 1, "the sign-in's Michelle Valvaloz is hers")
        XCTAssertEqual(Set(r.entityIDs[(thaddeus - 1)..<(thaddeus + 2)]).count, 1, "three untied rows of a rare name")
        XCTAssertEqual(r.entityIDs[john - 1], r.entityIDs[john])
        XCTAssertNotEqual(r.entityIDs[john - 1], r.entityIDs[john + 1], "the sign-in's John Smith is another")
    }

    /// A convener's year of lists has too few names to fit the line on (fewer than 200 with tied records), so the
    /// documented default reads its untied rows: the Zoom and sign-in rows of a name only one person in the input
    /// carries join her, while an untied row of a name this input is full of (a Maria among a dozen Marias, a Garcia
    /// among a dozen Garcias) stays a stranger. With no emails or phones at all there is no line.
    func testASmallInputReadsUntiedRowsByTheDefaultLine() throws {
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi"]
        let syllables = ["bar", "tel", "mon", "ric", "dal", "ven", "sor", "lin"]
        var all: [ContactRecord] = []
        func person(_ g: String, _ f: String, _ k: Int) {
            for _ in 0..<4 { all.append(contact(all.count + 1, g, f, email: "p\(k)@firm\(k % 9).example.com", org: "Firm \(k % 9)")) }
        }
        for k in 0..<40 { person(given[k % given.count], (syllables[k % 8] + syllables[k / 8]).capitalized, k) }
        for k in 0..<12 { person("Maria", "Other\(k)", 100 + k); person("Person\(k)", "Garcia", 200 + k) }
        let maria = all.count
        person("Maria", "Garcia", 300)
        person("Ama", "Mensah", 301)
        // Her rows on two Zoom reports and a typed sign-in sheet: no email, no phone.
        let zoom = all.count + 1
        for _ in 0..<3 { all.append(contact(all.count + 1, "Ama", "Mensah")) }
        let walkIn = all.count + 1
        all.append(contact(walkIn, "Maria", "Garcia"))
        var table = FeatureTable()
        for r in all { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        XCTAssertEqual(table.singlesFit, SinglesFit.defaultFit, "66 names with a group: too few to fit, enough for the default")
        let r = Matcher.run(records: all)
        XCTAssertEqual(Set(r.entityIDs[(zoom - 5)..<(zoom + 2)]).count, 1, "the Zoom and sign-in rows are Ama Mensah's")
        XCTAssertEqual(Set(r.entityIDs[maria..<(maria + 4)]).count, 1)
        XCTAssertNotEqual(r.entityIDs[walkIn - 1], r.entityIDs[maria], "a Maria Garcia walk-in is someone else")
        XCTAssertTrue(r.statistics.untiedRecords.hasPrefix("default: "), r.statistics.untiedRecords)
        // Names without an email or phone: nothing tells a known person from an untied row.
        var bare = FeatureTable()
        for c in all { bare.append(RecordFields(contact(c.source.record, c.name.given, c.name.family))) }
        bare.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        XCTAssertNil(bare.singlesFit)
    }

    /// The fit: singles ≈ own + slope × expected by least squares over names with a group, below the fit range.
    func testTheSinglesFitIsALeastSquaresLineAndSaysNothingWithoutEnoughNames() throws {
        // One single per name, plus one per record strangers would carry: own 1, slope 1, whatever the spread.
        let names = (0..<400).map { k in (expected: Double(k % 4), singles: 1 + k % 4) }
        let fit = try XCTUnwrap(SinglesFit(names + [(expected: 9, singles: 0)]), "a name past the range is left out")
        XCTAssertEqual(fit.own, 1, accuracy: 1e-9)
        XCTAssertEqual(fit.slope, 1, accuracy: 1e-9)
        XCTAssertEqual(fit.ownShare(expected: 1), 0.5, accuracy: 1e-12)
        XCTAssertEqual(fit.strangerOdds(expected: 3), 3, accuracy: 1e-12)
        XCTAssertNil(SinglesFit(names.prefix(SinglesFit.minimumNames - 1)), "too few names to learn from")
        XCTAssertNil(SinglesFit(names.map { (expected: $0.expected, singles: $0.singles - 1) }), "no known person's singles")
        XCTAssertNil(SinglesFit((0..<400).map { _ in (expected: 1.0, singles: 1) }), "one expectation says nothing of a slope")
        // What an input reads by: its fit, the default below 200 names to fit on, nothing below 20 or with no trend.
        XCTAssertEqual(SinglesFit.reading(names), fit)
        XCTAssertEqual(SinglesFit.reading(Array(names.prefix(SinglesFit.minimumNames - 1))), SinglesFit.defaultFit)
        XCTAssertEqual(SinglesFit.reading(Array(names.prefix(SinglesFit.minimumNamesForDefault))), SinglesFit.defaultFit)
        XCTAssertNil(SinglesFit.reading(Array(names.prefix(SinglesFit.minimumNamesForDefault - 1))))
        XCTAssertNil(SinglesFit.reading((0..<400).map { _ in (expected: 1.0, singles: 1) }), "enough names, no trend")
        XCTAssertNil(SinglesFit.reading(Array(repeating: (expected: 9.0, singles: 1), count: 50)), "none below the fit range")
    }

    /// 1,700-odd records of 700 people, each on two records tied by a work email; a quarter of them also on a
    /// sign-in row with a personal email and another employer, and 150 walk-ins' rows with a common name and
    /// a personal email of their own. Given names and most surnames are common ones (a few very common); the rest rare.
    private func peopleWithSignInRows() -> [ContactRecord] {
        let given = ["John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen", "Mark", "Lisa", "Paul",
                     "Nancy", "Kevin", "Donna", "Brian", "Carol", "Gary", "Ruth", "Eric", "Joan"]
        let common = ["Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Moore", "Taylor"]
        let syllables = ["bar", "tel", "mon", "ric", "dal", "ven", "sor", "lin", "gar", "wes", "kov", "ram"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        // A few names very common: the smaller of two draws leans to the head of the list.
        func pick(_ list: [String]) -> String { list[min(next(list.count), next(list.count))] }
        var all: [ContactRecord] = []
        // The test's own John Smith is the only one the input knows.
        func name(rare k: Int?) -> (String, String) {
            while true {
                let g = pick(given)
                let f = k.map { (syllables[$0 % 12] + syllables[($0 / 12) % 12] + syllables[($0 / 144) % 12]).capitalized }
                    ?? pick(common)
                if (g, f) != ("John", "Smith") { return (g, f) }
            }
        }
        for k in 0..<700 {
            let (g, f) = name(rare: k % 3 == 0 ? nil : k)
            let firm = "Firm \(k % 90)"
            for _ in 0..<2 {
                all.append(contact(all.count + 1, g, f, email: "p\(k)@firm\(k % 90).example.com", org: firm))
            }
            if k % 4 == 0 { all.append(contact(all.count + 1, g, f, email: "\(g)\(k)@gmail.com", org: "Sign-in Co \(k % 37)")) }
        }
        for _ in 0..<150 {
            let (g, f) = name(rare: nil)
            all.append(contact(all.count + 1, g, f, email: "\(f)\(all.count)@gmail.com", org: "Walk-in Co"))
        }
        return all
    }

    /// 2,000 records of 2,000 people: thirteen given names, each surname and address one person's.
    private func twoThousandStrangers() -> [ContactRecord] {
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai", "Zoe"]
        return (0..<2_000).map { k in contact(k + 1, given[k % given.count], "Family\(k)", email: "p\(k)@example.org") }
    }
}
