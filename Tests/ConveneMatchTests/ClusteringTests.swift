import XCTest
import ConveneModel
@testable import ConveneMatch

final class ClusteringTests: XCTestCase {
    func id(_ r: MatchResult, _ record: Int, file: String = "list.csv") -> String {
        r.idsByRecord[RecordRef(file: file, record: record)]!
    }

    func testSamePersonAcrossVariantsIsOneCluster() {
        let records = [
            contact(1, "Bob", "Smith", email: "bob.smith@acme.com", org: "Acme Mfg."),
            contact(2, "ROBERT", "SMITH", email: "Bob.Smith@acme.com", org: "ACME Manufacturing, Inc."),
            contact(3, "Robert", "Smith", email: "bobsmith@gmail.com", org: "Acme Manufacturing", phone: "+15551234567"),
            contact(4, "Alice", "Nguyen", email: "alice@riverside.edu", org: "Riverside College"),
        ]
        let r = Matcher.run(records: records)
        XCTAssertEqual(id(r, 1), id(r, 2))
        XCTAssertEqual(id(r, 1), id(r, 3))
        XCTAssertNotEqual(id(r, 1), id(r, 4))
        XCTAssertEqual(r.people.count, 2)
        XCTAssertEqual(r.statistics.candidatePairs, r.statistics.candidatePairs)   // reported
        XCTAssertGreaterThan(r.statistics.candidatePairs, 0)
    }

    func testSharedRoleAddressIsNotEvidence() {
        // Five different people registered through the front desk's info@ address.
        let names = [("Maria", "Lopez"), ("Tom", "Brady"), ("Wei", "Chen"), ("Omar", "Haddad"), ("Lena", "Fischer")]
        let records = names.enumerated().map { i, n in contact(i + 1, n.0, n.1, email: "info@acme.com", org: "Acme") }
        let r = Matcher.run(records: records)
        XCTAssertEqual(Set(r.entityIDs).count, 5)
    }

    func testAddressSharedByDifferentNamesIsNotEvidence() {
        // Not a role word, but used by three differently named people: a shared mailbox.
        let records = [contact(1, "Ann", "Lee", email: "frontoffice@beta.org"),
                       contact(2, "Raj", "Patel", email: "frontoffice@beta.org"),
                       contact(3, "Sue", "Kim", email: "frontoffice@beta.org")]
        XCTAssertEqual(Set(Matcher.run(records: records).entityIDs).count, 3)
    }

    /// A short name typed with a slip ("Tm"), or a nickname typed badly ("Tirsh" for Patricia's "Trish"), is not a
    /// second person at the address: Tom Jenkins's own email and desk phone stay his, and the badly typed row
    /// joins him. Two names a letter apart (Mark and Mary) on one inbox are still two people.
    func testASlipInAShortNameDoesNotMakeAPersonsOwnEmailShared() throws {
        let tom = [contact(1, "Tom", "Jenkins", email: "tom.jenkins@riversidetrucking.com", org: "Riverside Trucking",
                           phone: "614-989-9964", title: "Operations Manager"),
                   contact(2, "Tom", "Jenkins", email: "tom.jenkins@riversidetrucking.com", org: "Riverside Trucking, Inc.",
                           phone: "(614) 989-9964", title: "Operations Manager"),
                   contact(3, "Tm", "Jenkins", email: "tom.jenkins@riversidetrucking.com", org: "Riverside Trucking",
                           phone: "(614) 989-9964", title: "Operations Manager")]
        let pat = [contact(4, "Patricia", "Daltorick", email: "patricia.daltorick@ashwenn.com", phone: "614-204-1461"),
                   contact(5, "Tirsh", "Daltorick", email: "patricia.daltorick@ashwenn.com", phone: "614-204-1461")]
        let couple = [contact(6, "Mark", "Olsen", email: "olsenfamily@gmail.com"),
                      contact(7, "Mary", "Olsen", email: "olsenfamily@gmail.com")]
        let records = tom + pat + couple
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let email = table[.email], phone = table[.phone]
        XCTAssertFalse(email.shared[Int(try XCTUnwrap(email.first(of: 2)))], "Tm is Tom typed badly")
        XCTAssertFalse(phone.shared[Int(try XCTUnwrap(phone.first(of: 2)))])
        XCTAssertFalse(email.shared[Int(try XCTUnwrap(email.first(of: 4)))], "Tirsh is Trish typed badly")
        XCTAssertTrue(email.shared[Int(try XCTUnwrap(email.first(of: 6)))], "Mark and Mary are two people")
        let r = Matcher.run(records: records)
        XCTAssertEqual(Set(r.entityIDs[0..<3]).count, 1, "the row typed 'Tm' is Tom's")
        XCTAssertEqual(r.entityIDs[3], r.entityIDs[4])
        XCTAssertNotEqual(r.entityIDs[5], r.entityIDs[6])
        XCTAssertTrue(FeatureTable.isSlipOfName("any", "amy"))
        XCTAssertTrue(FeatureTable.isSlipOfName("rbo", "robert"), "a slip of Rob")
        XCTAssertFalse(FeatureTable.isSlipOfName("mark", "mary"), "two names of the table")
        XCTAssertFalse(FeatureTable.isSlipOfName("tm", "jim"))
        XCTAssertEqual(distinctPeople([("tom", "jenkins"), ("tm", "jenkins")]), 1)
        XCTAssertEqual(distinctPeople([("mark", "olsen"), ("mary", "olsen")]), 2)
    }

    func testAFirstNameLocalPartAtManyFirmsIsNobodysEvenWhenOneListLeftTheSurnameOut() {
        // "shannon@" at five employers, one sign-up without a surname: five Shannons, not one person's address.
        let records = [contact(1, "Shannon", "Lee", email: "shannon@porter2.com"),
                       contact(2, "Shannon", "Alexander", email: "shannon@smithmanning.com"),
                       contact(3, "Shannon", nil, email: "shannon@holtthompson.com"),
                       contact(4, "Shannon", "Jones", email: "shannon@king.net"),
                       contact(5, "Shannon", "Reed", email: "shannon@mueller.biz")]
        XCTAssertEqual(Set(Matcher.run(records: records).entityIDs).count, 5)
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let email = table[.email]
        XCTAssertTrue(email.isAuxShared(email.first(of: 4)!), "the local part 'shannon' names several people")
        // The surname-less Shannon fits every Shannon but joins none of them together; an initial likewise.
        XCTAssertEqual(distinctPeople([("shannon", "lee"), ("shannon", nil), ("shannon", "reed")], surnamesMustAgree: true), 2)
        XCTAssertEqual(distinctPeople([("s", "lee"), ("s", "reed"), ("shannon", nil)], surnamesMustAgree: true), 2,
                       "partial names do not bridge one another either")
        XCTAssertEqual(distinctPeople([("john", "lee"), ("j", "lee"), ("jane", "lee")]), 2)
        XCTAssertEqual(distinctPeople([("j", "lee"), ("mary", "lee")]), 2, "an initial that fits nobody is someone")
    }

    func testOnePersonsBadlyTypedNamesKeepTheirEmailAsEvidence() {
        // Swapped, misspelled and half-missing spellings of one name are one person, not a shared mailbox.
        let records = [contact(1, "Noah", "Morris", email: "nmorris@irwin.biz", dob: "1983-07-20"),
                       contact(2, "Morris", "Noah", email: "nmorris@irwin.biz", dob: "1983-07-20"),
                       contact(3, nil, "Msrio", email: "nmorris@irwin.biz", dob: "1983-07-20"),
                       contact(4, "Noah", "Morir", email: "nmorris@irwin.biz")]
        XCTAssertEqual(distinctPeople([("noah", "morris"), ("morris", "noah"), (nil, "msrio"), ("noah", "morir")]), 1)
        XCTAssertEqual(distinctPeople([("ann", "lee"), ("raj", "patel"), ("sue", "kim")]), 3)
        // A household: one surname, three given names — three people, so their shared phone is not one person's.
        XCTAssertEqual(distinctPeople([("mike", "brennan"), ("tyler", "brennan"), ("ella", "brennan")]), 3)
        XCTAssertEqual(levelLabel("email", records[0], records[2]), "exact")
        XCTAssertEqual(Set(Matcher.run(records: records).entityIDs).count, 1)
    }

    func testTwoJaneSmithsAtTwoCompaniesStayApartByTheirEvidence() {
        let records = [
            contact(1, "Jane", "Smith", email: "jane.smith@acme.com", org: "Acme", phone: "6085550121",
                    title: "HR Director", street: "2200 Industrial Pkwy", city: "Madison", postal: "53713"),
            contact(2, "Jane", "Smith", email: "jsmith@beta.org", org: "Beta Corp", phone: "7155550187",
                    title: "Nurse Recruiter", street: "4410 Packer Dr", city: "Wausau", postal: "54401"),
            contact(3, "Jane", "Smith", email: "jane.smith@acme.com", org: "Acme Inc"),
        ]
        let r = Matcher.run(records: records)
        XCTAssertEqual(id(r, 1), id(r, 3))
        XCTAssertNotEqual(id(r, 1), id(r, 2))
        XCTAssertFalse(r.reviewList.isEmpty, "the other Jane is a question for a person")
    }

    /// A father and son (Sr. / Jr.) at one firm share name, main line and address; a record of the father
    /// without a suffix resembles both. The suffix conflict holds the clusters apart (cannot-link), and the
    /// split is counted and queued for review with its reason.
    func testSuffixConflictSplitsAChainAndSaysWhy() {
        let records = [
            contact(1, "Robert", "Okafor Sr.", email: "rokafor@okafor.example.com", org: "Okafor Tool", phone: "4145550100"),
            contact(2, "Robert", "Okafor Jr.", email: "rjokafor@okafor.example.com", org: "Okafor Tool", phone: "4145550100"),
            contact(3, "Robert", "Okafor", email: "rokafor@okafor.example.com", org: "Okafor Tool", phone: "4145550100"),
            contact(4, "Robert", "Okafor Jr.", email: "rjokafor@okafor.example.com", org: "Okafor Tool"),
        ].map { r -> ContactRecord in
            var r = r
            let parsed = r.name.family!.split(separator: " ")
            if parsed.count == 2 { r.name.family = String(parsed[0]); r.name.suffix = String(parsed[1]) }
            return r
        }
        let r = Matcher.run(records: records)
        XCTAssertEqual(id(r, 1), id(r, 3))
        XCTAssertEqual(id(r, 2), id(r, 4))
        XCTAssertNotEqual(id(r, 1), id(r, 2))
        let suffix = r.explain(RecordRef(records[0].source), RecordRef(records[1].source))?.terms.first { $0.comparison == "suffix" }
        XCTAssertEqual(suffix?.level, "conflict")
        XCTAssertLessThanOrEqual(suffix?.weight ?? 0, -12)
    }

    /// An uncertain pair against a join (one a person would be asked about) gives way when the pairs across the
    /// two clusters link on average; a pair that is clearly two people never does. FEBRL 2's Dante Akot: three
    /// copies (one with a street typo) and a fourth typed "Dzne Brock"; two copies link to it at +1.55 bits, the
    /// one with the typo does not (−1.66).
    func testAnUncertainPairGivesWayWhenTheClustersLinkOnAverage() {
        func attempt(against: Double, verdict: HoldApart, averaging: Bool = true) -> GuardedUnionFind.Refusal? {
            var u = GuardedUnionFind(count: 4)
            u.union(0, 1); u.union(0, 2)
            let weight: [Int: Double] = [0: 1.55, 1: 1.55, 2: against]
            u.conflicts = { a, b, _ in min(a, b) == 2 ? verdict : .none }
            if averaging { u.pairWeight = { a, b in weight[min(a, b)]! } }
            return u.conflict(1, 3, linkWeight: 1.55)
        }
        XCTAssertNil(attempt(against: -1.66, verdict: .uncertain), "mean +0.48 bits: the copies link on average")
        XCTAssertEqual(attempt(against: -1.66, verdict: .uncertain, averaging: false)?.pair.map { [$0.0, $0.1] }, [2, 3])
        XCTAssertEqual(attempt(against: -4, verdict: .uncertain)?.pair.map { [$0.0, $0.1] }, [2, 3],
                       "mean −0.30 bits: the evidence across them is against")
        XCTAssertNotNil(attempt(against: -1.66, verdict: .refuses), "a pair that is clearly two people is never averaged away")
        // The mean must reach the match threshold's weight: at a threshold of 0.8 (+2 bits), +0.48 does not.
        var strict = GuardedUnionFind(count: 4)
        strict.union(0, 1); strict.union(0, 2)
        strict.conflicts = { a, b, _ in min(a, b) == 2 ? .uncertain : .none }
        strict.pairWeight = { a, b in min(a, b) == 2 ? -1.66 : 1.55 }
        strict.matchWeight = 2
        XCTAssertNotNil(strict.conflict(1, 3, linkWeight: 1.55))
    }

    /// Copies of the record that bridges two people cannot outvote the pair that says they differ: three "J.
    /// Smith" rows at Jane's and John's shared home address and landline link to both, and Jane and John stay
    /// two people. (An average over every pair across the clusters would count the bridge three times.)
    func testCopiesOfABridgeDoNotChainTwoPeople() {
        func at(_ n: Int, _ given: String) -> ContactRecord {
            contact(n, given, "Smith", phone: "6085550142", street: "418 Elm St", city: "Madison", postal: "53703")
        }
        let records = [at(1, "Jane"), at(2, "J."), at(3, "J."), at(4, "J."), at(5, "John")]
        let r = Matcher.run(records: records)
        XCTAssertNotEqual(id(r, 1), id(r, 5))
    }

    /// A generational-suffix conflict refuses a join whatever link is offered, even when the given names differ
    /// too (the given-name level used to be found first and the suffix's strength never looked at).
    func testASuffixConflictRefusesWhateverTheGivenNamesSay() {
        let records = [contact(1, "John", "Okafor", phone: "4145550100", street: "77 Mill Rd"),
                       contact(2, "Michael", "Okafor", phone: "4145550100", street: "77 Mill Rd")].map { r -> ContactRecord in
            var r = r
            r.name.suffix = r.source.record == 1 ? "Sr." : "Jr."
            return r
        }
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let model = MatchModel(table: table, settings: .people())
        XCTAssertEqual(model.holdApart(0, 1, againstLink: 1_000), .refuses)
        XCTAssertEqual(model.holdApart(0, 1), .refuses)
    }

    func testReviewDecisionsAreAlwaysRespected() {
        let a = contact(1, "Chris", "Taylor", email: "ctaylor@acme.com", org: "Acme")
        let b = contact(2, "Chris", "Taylor", email: "ctaylor@acme.com", org: "Acme")
        let c = contact(3, "Chris", "Taylor", email: "ctaylor@acme.com")
        let d = contact(4, "Pat", "Morgan", email: "pm@zeta.io")
        let refA = RecordRef(a.source), refB = RecordRef(b.source), refD = RecordRef(d.source)
        XCTAssertEqual(id(Matcher.run(records: [a, b, c, d]), 1), id(Matcher.run(records: [a, b, c, d]), 2))

        // "Not the same": never merged again, not even through the third record that matches both.
        let apart = Matcher.run(records: [a, b, c, d], decisions: [ReviewDecision(refA, refB, .notSame)])
        XCTAssertNotEqual(id(apart, 1), id(apart, 2))

        // "Same": merged whatever the score says.
        let together = Matcher.run(records: [a, b, c, d], decisions: [ReviewDecision(refA, refD, .same)])
        XCTAssertEqual(id(together, 1), id(together, 4))
        XCTAssertTrue(together.links.contains { $0.decided })
    }

    func testUnsurePairsGoToTheReviewList() {
        // Close names, nothing else to compare: not enough to link, too much to ignore.
        let records = [contact(1, "Dan", "Whitfield", org: "Acme"), contact(2, "Dana", "Whitfeld", city: "Denver")]
        var settings = MatchSettings.people()
        settings.matchThreshold = 0.95
        settings.reviewThreshold = 0.5
        let r = Matcher.run(records: records, settings: settings)
        XCTAssertNotEqual(id(r, 1), id(r, 2))
        XCTAssertEqual(r.reviewList.count, 1)
        let item = r.reviewList[0]
        XCTAssertTrue(item.probability >= r.settings.reviewThreshold && item.probability < r.settings.matchThreshold)
        // Deciding it removes it from the list.
        let decided = Matcher.run(records: records, settings: settings, decisions: [ReviewDecision(item.a, item.b, .notSame)])
        XCTAssertTrue(decided.reviewList.isEmpty)
    }

    func testKnownIDsStayStable() {
        let records = [contact(1, "Bob", "Smith", email: "bob@acme.com"), contact(2, "Alice", "Nguyen", email: "a@b.org")]
        let known = [RecordRef(file: "list.csv", record: 2): "P000041"]
        let r = Matcher.run(records: records, knownIDs: known)
        XCTAssertEqual(id(r, 2), "P000041")
        XCTAssertEqual(id(r, 1), "P000042")
    }

    func testExplanationListsTheLevelsThatFired() {
        let records = [contact(1, "Bob", "Smith", email: "bob@acme.com"), contact(2, "Robert", "Smith", email: "bob@acme.com")]
        let r = Matcher.run(records: records)
        let e = r.explain(RecordRef(file: "list.csv", record: 1), RecordRef(file: "list.csv", record: 2))!
        XCTAssertEqual(e.terms.map(\.comparison), ["first name", "last name", "email"])
        XCTAssertEqual(e.terms.map(\.level), ["nickname", "exact", "exact"])
        XCTAssertEqual(e.totalWeight, e.priorWeight + e.terms.map(\.weight).reduce(0, +), accuracy: 1e-9)
        XCTAssertTrue(e.text.contains("nickname"))
        XCTAssertEqual(e.tableRows.count, 4)
        XCTAssertEqual(r.explanationRows().count, 4)
        let cluster = r.clusters.first { $0.members.count == 2 }!
        XCTAssertTrue(r.explanation(of: cluster).text.contains("list.csv#2"))
    }

    func testOrganizationsMatchOnNameKeyPhoneAndAddress() {
        let orgs = [
            OrganizationRecord(source: SourceRecord(file: "p.csv", record: 1), name: "Acme Mfg., Inc.",
                               street: "100 Main Street", phone: "555-123-4567"),
            OrganizationRecord(source: SourceRecord(file: "p.csv", record: 2), name: "ACME Manufacturing",
                               street: "100 Main St", phone: "(555) 123-4567", website: "www.acme.com"),
            OrganizationRecord(source: SourceRecord(file: "p.csv", record: 3), name: "Acme Manufacturing",
                               street: "9 Harbor Rd", phone: "555-999-0000"),
            OrganizationRecord(source: SourceRecord(file: "p.csv", record: 4), name: "Riverside College"),
        ]
        let r = Matcher.run(organizations: orgs)
        XCTAssertEqual(r.entityIDs[0], r.entityIDs[1])
        XCTAssertNotEqual(r.entityIDs[0], r.entityIDs[2], "another site: different street number")
        XCTAssertNotEqual(r.entityIDs[0], r.entityIDs[3])
        XCTAssertEqual(r.organizations.count, 3)
        XCTAssertTrue(r.entityIDs[0].hasPrefix("O"))
    }

    /// An agency's main line answers at all its sites: shared by two house numbers, the phone says "same agency",
    /// and two sites of one name stay two.
    func testAMainLineSharedBySitesDoesNotJoinThem() throws {
        func site(_ n: Int, _ name: String, _ street: String, zip: String? = "60647") -> OrganizationRecord {
            OrganizationRecord(source: SourceRecord(file: "sites.csv", record: n), name: name, street: street,
                               postalCode: zip, phone: "773-235-4073")
        }
        let orgs = [
            site(1, "Christopher House - Logan Square", "2610 N Francisco Ave"),
            site(2, "Christopher House Logan Square", "2610 N. Francisco", zip: nil),
            site(3, "Christopher House Logan Square", "3255 W Altgeld St"),
            site(4, "CHRISTOPHER HOUSE LOGAN SQUARE", "3255 W ALTGELD"),
        ]
        let r = Matcher.run(organizations: orgs)
        XCTAssertEqual(r.entityIDs[0], r.entityIDs[1])
        XCTAssertEqual(r.entityIDs[2], r.entityIDs[3])
        XCTAssertNotEqual(r.entityIDs[0], r.entityIDs[2], "two sites sharing the agency's main line")
        let why = try XCTUnwrap(r.explain(RecordRef(file: "sites.csv", record: 2), RecordRef(file: "sites.csv", record: 3)))
        XCTAssertEqual(why.terms.first { $0.comparison == "phone" }?.level.hasPrefix("shared line"), true, why.text)
    }
}

/// How many people the shared-identifier check sees in these (given, family) names.
private func distinctPeople(_ names: [(String?, String?)], surnamesMustAgree: Bool = false) -> Int {
    var table = FeatureTable()
    for (g, f) in names {
        var fields = RecordFields()
        fields[.givenName] = g.map { [$0] } ?? []
        fields[.familyName] = f.map { [$0] } ?? []
        table.append(fields)
    }
    let given = table[.givenName], family = table[.familyName]
    let keys = (0..<table.count).compactMap { r -> UInt64? in
        guard let g = given.first(of: r) else { return nil }
        return FeatureTable.personKey(g, family.first(of: r) ?? -1, -1)
    }
    return table.distinctPeople(Array(Set(keys)), surnamesMustAgree: surnamesMustAgree)
}
