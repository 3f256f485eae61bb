import ConveneModel
import XCTest
@testable import ConveneMatch

/// Term-frequency corrections keep agreement monotone: a name that agrees less than exactly never weighs more
/// than the exact full name would.
final class TermFrequencyTests: XCTestCase {
    /// Twelve different David Holbys (each with their own email and city) among 300 people, and one Dave Holby.
    private func records() -> [ContactRecord] {
        var out: [ContactRecord] = []
        for k in 0..<12 {
            out.append(contact(out.count + 1, "David", "Holby", email: "dh\(k)@firm\(k).example.com", city: "City \(k)"))
        }
        out.append(contact(out.count + 1, "Dave", "Holby", email: "dave@elsewhere.example.com"))
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai", "Zoe", "Ugo", "Ada"]
        for k in 0..<287 {
            out.append(contact(out.count + 1, given[k % given.count], "Family\(k)", email: "p\(k)@example.org"))
        }
        return out
    }

    /// One comparison's line in the explanation of records a and b (numbered in list.csv) among `records`.
    private typealias Term = (level: String, weight: Double, text: String)
    private func term(_ comparison: String, _ a: Int, _ b: Int, in records: [ContactRecord],
                      settings: MatchSettings) throws -> Term {
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let r = try XCTUnwrap(Matcher.explainPair(records: records, ref(a), ref(b), settings: settings))
        let t = try XCTUnwrap(r.explanation.terms.first { $0.comparison == comparison })
        return (t.level, t.weight, r.explanation.text)
    }

    /// The weight of a comparison's exact level before any frequency correction.
    private func exactWeight(_ comparison: String, _ settings: MatchSettings) throws -> Double {
        try XCTUnwrap(settings.comparisons.first { $0.name == comparison }?.levels[1].weight)
    }

    private func nameWeight(_ report: PairReport) -> Double {
        report.explanation.terms.filter { $0.comparison == "first name" || $0.comparison == "last name" }
            .reduce(0) { $0 + $1.weight }
    }

    func testANicknameIsNoStrongerThanTheExactFullName() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false          // the defaults' m and u, so only the frequencies vary
        let all = records()
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let exact = try XCTUnwrap(Matcher.explainPair(records: all, ref(1), ref(2), settings: settings))
        let nickname = try XCTUnwrap(Matcher.explainPair(records: all, ref(1), ref(13), settings: settings))
        XCTAssertEqual(exact.explanation.terms.first?.level.hasPrefix("exact (full name, frequency -"), true,
                       "\(exact.explanation.text)")
        XCTAssertEqual(nickname.explanation.terms.first?.level.hasPrefix("nickname (no stronger than the exact full name -"),
                       true, nickname.explanation.text)
        XCTAssertLessThanOrEqual(nameWeight(nickname), nameWeight(exact) + 1e-9,
                                 "\(nickname.explanation.text)\n\(exact.explanation.text)")
        // Full names each record alone carries say nothing of how common they are: Ann Family0 / Anne Family0
        // keeps its nickname weight.
        var rare = all
        rare.append(contact(rare.count + 1, "Anne", "Family0"))
        let rarePair = try XCTUnwrap(Matcher.explainPair(records: rare, ref(14), ref(rare.count), settings: settings))
        XCTAssertFalse(rarePair.explanation.text.contains("no stronger than"), rarePair.explanation.text)
    }

    /// A local part made of the names says no more than the names, however they agree: exactly, as a nickname,
    /// with a typo, or a surname only somewhat alike ("Jesscia Smyth" / "Jessica Smith", both jessica.smith@).
    func testANameShapedLocalPartAddsNothingToAgreeingNames() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        let pairs: [(ContactRecord, ContactRecord)] = [
            (contact(1, "Jessica", "Smith", email: "jessica.smith@att.net"), contact(2, "Jesscia", "Smyth", email: "jessica.smith@hotmail.com")),
            (contact(1, "Bill", "Martin", email: "william.martin@acme.example.com"), contact(2, "William", "Martin", email: "william.martin@cof.org")),
        ]
        for (a, b) in pairs {
            let report = try XCTUnwrap(Matcher.explainPair(records: [a, b], RecordRef(file: "list.csv", record: 1),
                                                           RecordRef(file: "list.csv", record: 2), settings: settings))
            let email = try XCTUnwrap(report.explanation.terms.first { $0.comparison == "email" })
            XCTAssertEqual(email.weight, 0, report.explanation.text)
            XCTAssertTrue(email.level.hasSuffix("(says no more than the names)"), report.explanation.text)
        }
        // An initial is not covered: jessica.smith@ says more of "J. Smith" than "J." does.
        let initial = try XCTUnwrap(Matcher.explainPair(
            records: [contact(1, "Jessica", "Smith", email: "jessica.smith@att.net"), contact(2, "J", "Smith", email: "jessica.smith@hotmail.com")],
            RecordRef(file: "list.csv", record: 1), RecordRef(file: "list.csv", record: 2), settings: settings))
        XCTAssertGreaterThan(initial.explanation.terms.first { $0.comparison == "email" }?.weight ?? 0, 0, initial.explanation.text)
    }

    /// A home phone two people share says nothing between them, but between two records of one of them — the
    /// same name on both — it counts as that person's own phone.
    func testAHouseholdPhoneCountsForTheRecordsOfOneName() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        let records = [
            contact(1, "Jane", "Okafor", phone: "608-555-0142"),
            contact(2, "Jane", "Okafor", phone: "(608) 555-0142"),
            contact(3, "John", "Okafor", phone: "608.555.0142"),
        ]
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let same = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(2), settings: settings))
        let other = try XCTUnwrap(Matcher.explainPair(records: records, ref(1), ref(3), settings: settings))
        let phone = try XCTUnwrap(same.explanation.terms.first { $0.comparison == "phone" })
        XCTAssertTrue(phone.level.hasSuffix("a household's, and the names agree"), same.explanation.text)
        let exact = try XCTUnwrap(settings.comparisons.first { $0.name == "phone" }?.levels[1])
        XCTAssertEqual(phone.weight, exact.effectiveWeight(limit: settings.weightLimit), accuracy: 1e-9)
        XCTAssertGreaterThan(phone.weight, 1)
        let shared = try XCTUnwrap(other.explanation.terms.first { $0.comparison == "phone" })
        XCTAssertTrue(shared.level.hasSuffix("used by several people here"), other.explanation.text)
        XCTAssertLessThanOrEqual(shared.weight, 1)
    }

    /// A rare surname is strong evidence unless the given names differ: Adam and Rose Wilasford at one firm are
    /// relatives as likely as not, whatever the name's rarity. A common surname keeps its penalty either way.
    func testARareSurnamesBonusNeedsTheGivenNamesNotToDiffer() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false          // the defaults' m and u, so only the frequencies vary
        var all: [ContactRecord] = []
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai", "Zoe", "Ugo"]
        for k in 0..<2_600 { all.append(contact(all.count + 1, given[k % given.count], "Family\(k)", email: "p\(k)@example.org")) }
        for k in 0..<400 { all.append(contact(all.count + 1, given[k % given.count] + "a", "Smith", email: "s\(k)@example.org")) }
        let adam = all.count + 1
        all.append(contact(adam, "Adam", "Wilasford", org: "Crawford Roofing", postal: "43206"))
        all.append(contact(adam + 1, "Rose", "Wilasford", org: "Crawford Roofing", postal: "43206"))
        all.append(contact(adam + 2, "A", "Wilasford", email: "adam.w@example.net"))
        func surname(_ a: Int, _ b: Int) throws -> Term { try term("last name", a, b, in: all, settings: settings) }
        let base = try exactWeight("last name", settings)
        // An initial does not say the given names differ: the rare surname counts with its bonus.
        let initial = try surname(adam + 2, adam)
        XCTAssertTrue(initial.level.hasPrefix("exact (frequency +"), initial.text)
        XCTAssertGreaterThan(initial.weight, base + 1, initial.text)
        // Different given names: the base weight only, and the explanation says why.
        let relatives = try surname(adam, adam + 1)
        XCTAssertEqual(relatives.level, "exact (first names differ: its rarity not counted)", relatives.text)
        XCTAssertEqual(relatives.weight, base, accuracy: 1e-9, relatives.text)
        // Smith is common: two different Smiths keep the penalty.
        let smiths = try surname(2_601, 2_602)
        XCTAssertTrue(smiths.level.hasPrefix("exact (frequency -"), smiths.text)
        XCTAssertLessThan(smiths.weight, base, smiths.text)
    }

    /// An exact organization weighs by its people, not its records: a hospital system with three hundred contacts
    /// is weak evidence that two Maria Garcias are one, a firm of three strong, and a champion on thirty lists is
    /// one of her firm's two people. A small firm's bonus needs the names not to differ: colleagues and relatives
    /// share it.
    func testAnOrganizationWeighsByItsPeople() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false          // the defaults' m and u, so only the frequencies vary
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai", "Zoe", "Ugo"]
        let first = ["Birch", "Cedar", "Maple", "Alder", "Aspen", "Hazel", "Laurel", "Rowan", "Willow", "Juniper"]
        let second = ["Tool", "Pattern", "Plastics", "Castings", "Welding", "Machining", "Coatings", "Fasteners", "Foundry", "Gear"]
        var all: [ContactRecord] = []
        for k in 0..<300 { all.append(contact(all.count + 1, given[k % given.count], "Staff\(k)", org: "County Health System")) }
        for k in 0..<300 {
            all.append(contact(all.count + 1, given[k % given.count], "Owner\(k)", org: "\(first[k / 3 % 10]) \(second[k / 30]) Works"))
        }
        let hospital = all.count + 1
        all.append(contact(hospital, "Maria", "Garcia", email: "mgarcia@chs.example.org", org: "County Health System"))
        all.append(contact(hospital + 1, "Maria", "Garcia", org: "County Health System", phone: "608-555-0101"))
        let firm = all.count + 1
        all.append(contact(firm, "Maria", "Garcia", email: "maria@kessler.example.com", org: "Kessler Pattern Shop"))
        all.append(contact(firm + 1, "Maria", "Garcia", org: "Kessler Pattern Shop", phone: "608-555-0102"))
        all.append(contact(firm + 2, "Dana", "Reyes", org: "Kessler Pattern Shop"))
        all.append(contact(firm + 3, "Dana", "Whitman", org: "Kessler Pattern Shop"))
        all.append(contact(firm + 4, "Kim", "Whitman", org: "Kessler Pattern Shop"))
        let champion = all.count + 1
        for k in 0..<30 { all.append(contact(all.count + 1, "Tamika", "Brooks", email: "tb\(k)@list.example.org", org: "Brooks Consulting")) }
        all.append(contact(all.count + 1, "Dwayne", "Price", org: "Brooks Consulting"))
        func organization(_ a: Int, _ b: Int) throws -> Term { try term("organization", a, b, in: all, settings: settings) }
        let base = try exactWeight("organization", settings)
        let large = try organization(hospital, hospital + 1)
        XCTAssertTrue(large.level.hasPrefix("exact (frequency -"), large.text)
        XCTAssertLessThan(large.weight, base - 1, large.text)
        XCTAssertGreaterThanOrEqual(large.weight, 0, "agreeing never weighs against\n" + large.text)
        let small = try organization(firm, firm + 1)
        XCTAssertTrue(small.level.hasPrefix("exact (frequency +"), small.text)
        XCTAssertGreaterThan(small.weight, base + 1, small.text)
        // Thirty records of 638 are one person: counted by records the firm would weigh like the hospital.
        let brooks = try organization(champion, champion + 1)
        XCTAssertGreaterThan(brooks.weight, base + 1, brooks.text)
        // Another surname at the small firm: a colleague's, and its rarity does not count.
        let colleagues = try organization(firm + 2, firm + 3)
        XCTAssertEqual(colleagues.level, "exact (names differ: its rarity not counted)", colleagues.text)
        XCTAssertEqual(colleagues.weight, base, accuracy: 1e-9, colleagues.text)
        // Another given name at the small firm: relatives' or colleagues', the same.
        let relatives = try organization(firm + 3, firm + 4)
        XCTAssertEqual(relatives.level, "exact (names differ: its rarity not counted)", relatives.text)
        XCTAssertEqual(relatives.weight, base, accuracy: 1e-9, relatives.text)

        // A roster where nearly everyone works at one employer: agreeing on it says nothing, and not less.
        var roster: [ContactRecord] = []
        for k in 0..<300 { roster.append(contact(roster.count + 1, given[k % given.count], "Hand\(k)", org: "Riverside Foundry")) }
        for k in 0..<20 { roster.append(contact(roster.count + 1, given[k % given.count], "Guest\(k)", org: "Guest Firm \(first[k % 10])")) }
        roster.append(contact(roster.count + 1, "Maria", "Garcia", email: "mg@riverside.example.com", org: "Riverside Foundry"))
        roster.append(contact(roster.count + 1, "Maria", "Garcia", org: "Riverside Foundry", phone: "608-555-0103"))
        let everyone = try term("organization", roster.count - 1, roster.count, in: roster, settings: settings)
        XCTAssertTrue(everyone.level.hasPrefix("exact (frequency -"), everyone.text)
        XCTAssertEqual(everyone.weight, 0, accuracy: 1e-9, everyone.text)
    }

    /// "D. Brown" with donna.brown@yahoo.com and thirty Donna Browns with donna.brown@ at their employers: the
    /// local part spells the name, so with the initial and the surname it weighs no more than two exact
    /// "Donna Brown"s would: D. Brown is no likelier any one of them than they are each other. A local part that
    /// does not spell the name keeps its weight.
    func testALocalPartSpellingACommonNameIsNoStrongerThanTheExactFullName() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false
        var all: [ContactRecord] = []
        for k in 0..<30 {
            all.append(contact(all.count + 1, "Donna", "Brown", email: "donna.brown@firm\(k).example.com",
                               org: "Firm \(k)", phone: "+1555\(String(format: "%07d", 1_000 + k))"))
        }
        let initial = all.count + 1
        all.append(contact(initial, "D.", "Brown", email: "donna.brown@yahoo.com", phone: "+15559990000"))
        all.append(contact(initial + 1, "T.", "Okonkwo", email: "rocket387@white.example.com", org: "White PLC"))
        all.append(contact(initial + 2, "Thaddeus", "Okonkwo", email: "rocket387@gmail.com"))
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai"]
        for k in 0..<300 {
            all.append(contact(all.count + 1, given[k % given.count], "Family\(k)", email: "p\(k)@example.org"))
        }
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        func weight(_ r: PairReport, _ names: Set<String>) -> Double {
            r.explanation.terms.filter { names.contains($0.comparison) }.reduce(0) { $0 + $1.weight }
        }
        let hub = try XCTUnwrap(Matcher.explainPair(records: all, ref(initial), ref(1), settings: settings))
        let exact = try XCTUnwrap(Matcher.explainPair(records: all, ref(2), ref(1), settings: settings))
        let email = try XCTUnwrap(hub.explanation.terms.first { $0.comparison == "email" })
        XCTAssertTrue(email.level.hasPrefix("same local part (no stronger than the exact full name -"), hub.explanation.text)
        XCTAssertLessThanOrEqual(weight(hub, ["first name", "last name", "email"]),
                                 weight(exact, ["first name", "last name"]) + 1e-9, "\(hub.explanation.text)\n\(exact.explanation.text)")
        XCTAssertLessThanOrEqual(hub.explanation.probability, exact.explanation.probability)
        // The score itself takes the cut, not only the explanation.
        var table = FeatureTable()
        for r in all { table.append(RecordFields(r)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        let model = MatchModel(table: table, settings: settings)
        XCTAssertEqual(model.score(initial - 1, 0).weight, hub.explanation.totalWeight, accuracy: 1e-9)
        XCTAssertEqual(model.score(1, 0).weight, exact.explanation.totalWeight, accuracy: 1e-9)
        // A two-letter surname is no part of a handle that merely contains its letters: "blinker77" is no Li's.
        var li = all
        li.append(contact(li.count + 1, "T.", "Li", email: "blinker77@white.example.com"))
        li.append(contact(li.count + 1, "Tao", "Li", email: "blinker77@gmail.com"))
        let handle = try XCTUnwrap(Matcher.explainPair(records: li, ref(li.count - 1), ref(li.count), settings: settings))
        XCTAssertEqual(handle.explanation.terms.first { $0.comparison == "email" }?.level, "same local part", handle.explanation.text)
        let other = try XCTUnwrap(Matcher.explainPair(records: all, ref(initial + 1), ref(initial + 2), settings: settings))
        XCTAssertEqual(other.explanation.terms.first { $0.comparison == "email" }?.level, "same local part", other.explanation.text)
    }
}
