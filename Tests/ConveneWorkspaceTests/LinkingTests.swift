import ConveneMatch
import ConveneModel
@testable import ConveneWorkspace
import Foundation
import XCTest

final class LinkingTests: WorkspaceTestCase {
    private func seed() throws {
        _ = try workspace.record([file("acme.csv", [
            contact("acme.csv", 1, given: "Robert", family: "Smith", email: "bob.smith@acme.com", org: "Acme Manufacturing"),
            contact("acme.csv", 2, given: "Ann", family: "Lee", email: "ann.lee@acme.com", org: "Acme Manufacturing"),
            contact("acme.csv", 3, given: "Jane", family: "Smith", email: "jane.smith@bluelake.com", org: "Blue Lake Plastics"),
        ])])
    }

    func testLaterListsLinkToExistingPeopleKeepingTheirIDs() throws {
        try seed()
        let ids = Dictionary(uniqueKeysWithValues: try workspace.people().map { ($0.email!, $0.id) })
        let summary = try workspace.record([file("signin.csv", [
            contact("signin.csv", 1, given: "Ann", family: "Lee", email: "ann.lee@acme.com", org: "Acme"),
            contact("signin.csv", 2, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.edu", org: "Ivy Tech"),
        ], source: .signInSheet, status: .attended, meeting: "Launch", date: CalendarDate(year: 2024, month: 3, day: 5))])
        XCTAssertEqual(summary[0].matchedPeople, 1)
        XCTAssertEqual(summary[0].newPeople, 1)
        let after = Dictionary(uniqueKeysWithValues: try workspace.people().map { ($0.email!, $0.id) })
        for (email, id) in ids { XCTAssertEqual(after[email], id, email) }
        XCTAssertEqual(after.count, 4)
        XCTAssertEqual(try workspace.person(ids["ann.lee@acme.com"]!).meetings.map(\.meeting.name), ["Launch"])
    }

    func testUnsurePairGoesToReviewAndNotTheSameIsRemembered() throws {
        try seed()
        // Two Jane Smiths at two companies with two emails: names agree, but a person must decide.
        let summary = try workspace.record([file("rsvp.csv", [
            contact("rsvp.csv", 1, given: "Jane", family: "Smith", email: "jsmith@acme.com", org: "Acme Manufacturing"),
        ])])
        XCTAssertEqual(summary[0].reviewItems, 1)
        let pairs = try workspace.openReviewPairs()
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(try workspace.openQuestionCount(), 1)
        XCTAssertEqual(pairs[0].left.source.reference, "rsvp.csv#1")
        XCTAssertEqual(pairs[0].right.source.reference, "acme.csv#3")
        XCTAssertTrue(pairs[0].explanation.contains("organization different"), pairs[0].explanation)
        let applied = try workspace.applyReview([(pairs[0].pairID, .notSame)])
        XCTAssertEqual(applied.keptApart, 1)
        XCTAssertEqual(try workspace.openReviewPairs().count, 0)
        XCTAssertEqual(try workspace.openQuestionCount(), 0)
        XCTAssertEqual(try workspace.people(matching: "Jane").count, 2)
        // Applying the same sheet again is stale, not a second decision.
        XCTAssertEqual(try workspace.applyReview([(pairs[0].pairID, .same)]).stale, 1)
        XCTAssertEqual(try workspace.people(matching: "Jane").count, 2)
        XCTAssertEqual(try workspace.decisions().map(\.kind), ["not-same"])
        // A later call with the Acme address joins the Acme Jane, never the Blue Lake one.
        _ = try workspace.record([file("zoom.csv", [
            contact("zoom.csv", 1, given: "Jane", family: "Smith", email: "jsmith@acme.com"),
        ], source: .zoomParticipants, status: .attended, meeting: "Action team 1")])
        let janes = try workspace.people(matching: "Jane")
        XCTAssertEqual(janes.count, 2)
        XCTAssertEqual(janes.first { $0.email == "jsmith@acme.com" }?.sources.count, 2)
        XCTAssertEqual(janes.first { $0.email == "jane.smith@bluelake.com" }?.sources.count, 1)
    }

    func testSameMergesIntoTheOlderIDAndSplitUndoesIt() throws {
        try seed()
        _ = try workspace.record([file("rsvp.csv", [
            contact("rsvp.csv", 1, given: "R.", family: "Smith", email: "smithfamily@gmail.com", org: "Acme Mfg. Co., Inc. (Riverton plant)"),
        ])])
        let older = try XCTUnwrap(workspace.people(matching: "bob.smith@acme.com").first?.id)
        let pair = try XCTUnwrap(workspace.openReviewPairs().first)
        XCTAssertEqual(try workspace.applyReview([(pair.pairID, .same)]).merged, 1)
        let merged = try workspace.people(matching: older.rawValue)
        XCTAssertEqual(merged.map(\.id), [older])
        XCTAssertEqual(merged[0].sources.count, 2)
        XCTAssertEqual(merged[0].alternates["email"]?.count, 1)

        let records = try workspace.person(older).records
        let gmail = try XCTUnwrap(records.first { $0.source.file == "rsvp.csv" }?.recordID)
        let newID = try workspace.split(older, records: [gmail])
        XCTAssertNotEqual(newID, older)
        XCTAssertEqual(try workspace.person(older).records.map(\.source.reference), ["acme.csv#1"])
        XCTAssertEqual(try workspace.person(newID).records.map(\.source.reference), ["rsvp.csv#1"])
        XCTAssertEqual(try workspace.decisions().map(\.kind), ["same", "not-same"])
    }

    func testNicknameAtSameOrganizationLinksWithoutReview() throws {
        try seed()
        let robert = try XCTUnwrap(workspace.people(matching: "bob.smith@acme.com").first?.id)
        let summary = try workspace.record([file("rsvp.csv", [
            contact("rsvp.csv", 1, given: "Bob", family: "Smith", email: "bobsmith@gmail.com", org: "ACME Mfg."),
        ])])
        XCTAssertEqual(summary[0].matchedPeople, 1)
        XCTAssertEqual(summary[0].reviewItems, 0)
        XCTAssertEqual(try workspace.person(robert).records.count, 2)
    }

    /// A typed sign-in sheet spells a surname as it sounds ("Smyth" for Smith, no email): the phonetic lookup
    /// key finds Robert, where the exact surname key finds no one; the engine then decides as it would in a
    /// batch.
    func testASurnameTypedAsItSoundsFindsThePerson() throws {
        try seed()
        let robert = try XCTUnwrap(workspace.people(matching: "bob.smith@acme.com").first?.id)
        let typed = contact("signin.csv", 1, given: "Robert", family: "Smyth", org: "Acme Manufacturing")
        XCTAssertTrue(LookupKeys.keys(typed).contains("s:S530|r"), "\(LookupKeys.keys(typed))")
        XCTAssertFalse(LookupKeys.keys(typed).contains("n:smith|r"))
        let summary = try workspace.record([file("signin.csv", [typed])])
        XCTAssertEqual(summary[0].newPeople + summary[0].matchedPeople, 1)
        XCTAssertTrue(summary[0].matchedPeople == 1 || summary[0].reviewItems == 1, "\(summary[0])")
        if summary[0].matchedPeople == 1 { XCTAssertEqual(try workspace.person(robert).records.count, 2) }
        if summary[0].reviewItems == 1 {
            XCTAssertEqual(try workspace.openReviewPairs().first?.right.source.reference, "acme.csv#1")
        }
    }

    /// A sign-in sheet typed with the name columns swapped ("Smith" under First Name, "William" under Last Name)
    /// finds William Smith in a workspace where the phonetic block it shares with him (Smith-sounding surnames,
    /// given names starting with W) holds more people than that lookup brings. William Smith is stored last,
    /// and the block's key sorts before the swapped key that singles him out, so a lookup that takes the first
    /// people it meets leaves him out.
    func testASwappedNameFindsItsTwinInALargePhoneticBlock() throws {
        let givens = ["Walter", "Wanda", "Warren", "Wayne", "Wendy", "Wesley", "Whitney", "Wilma", "Winston", "Wyatt",
                      "Wade", "Wallace", "Ward", "Webster", "Wilbur", "Willard", "Winifred", "Woodrow", "Wynn", "Wren"]
        let surnames = ["Sneed", "Smoot", "Sumida", "Santo", "Smyth"]              // all Soundex S530, none "Smith"
        let orgs = ["Northway Fabrication", "Riverton Plastics", "Cedar Valley Foundry", "Harbor Tool Works", "Lakeside Molding"]
        var rows: [ContactRecord] = []
        for (i, (g, f)) in surnames.flatMap({ f in givens.map { ($0, f) } }).enumerated() {
            rows.append(contact("roster.csv", i + 1, given: g, family: f, email: "\(g.lowercased()).\(f.lowercased())@example\(i).com",
                                org: orgs[i / givens.count]))
        }
        rows.append(contact("roster.csv", rows.count + 1, given: "William", family: "Smith",
                            email: "william.smith@keystonetool.com", org: "Keystone Tool & Die"))
        _ = try workspace.record([file("roster.csv", rows)])
        XCTAssertEqual(try workspace.personCount(), rows.count)
        let william = try XCTUnwrap(workspace.people(matching: "william.smith@keystonetool.com").first?.id)

        let swapped = contact("signin.csv", 1, given: "Smith", family: "William", org: "Keystone Tool & Die")
        let phonetic = LookupKeys.keys(swapped).filter { $0.hasPrefix("s:") }
        XCTAssertEqual(phonetic, ["s:W450|s", "s:S530|w"])
        let block = try workspace.storage.read { tx in try tx.people(withAnyKey: ["s:S530|w"], limit: 1_000) }
        XCTAssertGreaterThan(block.count, WorkspaceLinker.maxPhoneticCandidates)
        let summary = try workspace.record([file("signin.csv", [swapped], source: .signInSheet)])
        XCTAssertEqual(summary[0].matchedPeople + summary[0].reviewItems, 1, "\(summary[0])")
        if summary[0].matchedPeople == 1 {
            XCTAssertEqual(try workspace.person(william).records.map(\.source.reference), ["roster.csv#101", "signin.csv#1"])
        } else {
            XCTAssertEqual(try workspace.openReviewPairs().first?.right.source.reference, "roster.csv#101")
        }
    }

    /// The phonetic lookup's people: the smaller blocks' first, each person once, at most the limit.
    func testPhoneticBlocksAreTakenSmallestFirst() {
        let (a, b, c, d, e) = (PersonID("P1"), PersonID("P2"), PersonID("P3"), PersonID("P4"), PersonID("P5"))
        XCTAssertEqual(WorkspaceLinker.smallestBlocksFirst([[a, b, c], [d], [c, e]], limit: 4), [d, c, e, a])
        XCTAssertEqual(WorkspaceLinker.smallestBlocksFirst([[a, b], [c, d]], limit: 10), [a, b, c, d])
        XCTAssertEqual(WorkspaceLinker.smallestBlocksFirst([[a, b, c], []], limit: 2), [a, b])
    }

    /// The retyped-name keys are searched only where they single a few people out: a key held by up to the limit
    /// is a block, one held by more (an office's street) or by no one is not — counted per key, so the key held
    /// by many does not hide the small ones beside it.
    func testOnlyKeysHeldByAFewPeopleAreSearchedForARetypedName() throws {
        let found = try workspace.storage.write { tx -> [String] in
            for i in 0..<25 {
                let person = try tx.newPerson()
                var keys = ["h:100|mai"]                                 // an office block: 25 people
                if i < 20 { keys.append("h:#43215|100") }                // exactly at the limit
                if i == 0 { keys.append("d:1961-02-14|d") }              // one person
                try tx.addKeys(keys, to: person)
            }
            return try tx.keys(["h:100|mai", "d:1961-02-14|d", "h:#43215|100", "l:nobodyhasthis", "d:1961-02-14|d"],
                               heldByAtMost: 20)
        }
        XCTAssertEqual(found, ["d:1961-02-14|d", "h:#43215|100"])
    }

    /// A list typed from paper (no email, no phone) retypes both names of one person, "Dorota Kowalski" as
    /// "Dorta Cowalski": no name key, exact or phonetic, finds her. Her date of birth and house number do (the
    /// `d:` and `h:` keys, as the batch blocks), and the engine links her as it would in a batch.
    func testARetypedNameFindsThePersonByBirthDateAndStreet() throws {
        func typed(_ file: String, _ record: Int, _ given: String, _ family: String, born: String, street: String) -> ContactRecord {
            var c = contact(file, record, given: given, family: family)
            c.dateOfBirth = born
            c.street = street
            c.postalCode = "2119"
            return c
        }
        _ = try workspace.record([file("register.csv", [
            typed("register.csv", 1, "Dorota", "Kowalski", born: "1956-04-09", street: "7 Wallaby Place"),
            typed("register.csv", 2, "Mitchell", "Green", born: "1971-11-30", street: "44 Banksia Street"),
        ])])
        let dorota = try XCTUnwrap(workspace.people(matching: "Kowalski").first?.id)
        let stored = Set(LookupKeys.keys(typed("register.csv", 1, "Dorota", "Kowalski", born: "1956-04-09", street: "7 Wallaby Place")))
        let retyped = typed("roster.csv", 1, "Dorta", "Cowalski", born: "1956-04-09", street: "7 Wallaby Pl")
        let shared = stored.intersection(LookupKeys.keys(retyped))
        XCTAssertFalse(shared.isEmpty)
        XCTAssertTrue(shared.allSatisfy { $0.hasPrefix("d:") || $0.hasPrefix("h:") }, "\(shared)")
        let summary = try workspace.record([file("roster.csv", [retyped])])
        XCTAssertEqual(summary[0].matchedPeople, 1, "\(summary[0])")
        XCTAssertEqual(try workspace.person(dorota).records.count, 2)
        XCTAssertEqual(try workspace.personCount(), 2)
    }

    func testManualMergeKeepsFirstIDAndRetiresSecond() throws {
        try seed()
        let people = try workspace.people()
        let a = people[0].id, b = people[1].id
        try workspace.mergePeople(a, b)
        XCTAssertFalse(try workspace.people().map(\.id).contains(b))
        XCTAssertEqual(try workspace.person(a).records.count, 2)
        XCTAssertThrowsError(try workspace.person(b)) { XCTAssertEqual($0 as? WorkspaceError, .notFound(kind: "person", id: b.rawValue)) }
        XCTAssertThrowsError(try workspace.mergePeople(a, a))
    }
}
