import XCTest
import ConveneModel
@testable import ConveneMatch

final class GoldenRecordTests: XCTestCase {
    let records = [
        contact(1, "Bob", "Smith", email: "bob@acme.com", org: "Acme", title: "Engineer"),
        contact(2, "Robert J.", "Smith", email: "bob@acme.com", org: "Acme Mfg", title: "Senior Engineer"),
        contact(3, "Bob", "Smith", email: "bob@acme.com", org: "Acme", phone: "+15551234567", city: "Denver"),
    ]

    func person(_ policy: GoldenRecordPolicy) -> Person {
        var settings = MatchSettings.people()
        settings.goldenRecordPolicy = policy
        let r = Matcher.run(records: records, settings: settings)
        XCTAssertEqual(r.people.count, 1)
        return r.people[0]
    }

    func testMostFrequentKeepsAlternatesWithSources() {
        let p = person(.mostFrequent)
        XCTAssertEqual(p.name.given, "Bob")
        XCTAssertEqual(p.organization, "Acme")
        XCTAssertEqual(p.phone, "+15551234567")
        XCTAssertEqual(p.city, "Denver")
        XCTAssertEqual(p.alternates["name"]?.map(\.value), ["Robert J. Smith"])
        XCTAssertEqual(p.alternates["name"]?.first?.source?.record, 2)
        XCTAssertEqual(p.alternates["organization"]?.map(\.value), ["Acme Mfg"])
        XCTAssertEqual(p.sources.map(\.record), [1, 2, 3])
    }

    /// The mailing address is one place: the street most records give, with the city, state and ZIP code of the
    /// records that give it — not the ZIP code of the old office one record still carries, nor a town voted in
    /// from other records. Every other value stays an alternate.
    func testTheMailingAddressIsOnePlace() {
        func r(_ n: Int, street: String?, city: String?, region: String?, postal: String?) -> ContactRecord {
            var c = contact(n, "Ann", "Lee", email: "ann@acme.com", street: street, city: city, postal: postal)
            c.region = region
            return c
        }
        let moved = [
            r(1, street: "12 Old Mill Rd", city: "Verona", region: "WI", postal: "53593"),
            r(2, street: "400 Main St", city: "Madison", region: "WI", postal: nil),
            r(3, street: "400 Main Street", city: nil, region: nil, postal: "53703"),
            r(4, street: "400 Main St", city: nil, region: nil, postal: nil),
            r(5, street: nil, city: "Verona", region: nil, postal: "53593"),
            r(6, street: nil, city: "Verona", region: nil, postal: nil),
        ]
        let p = GoldenRecords.person(id: PersonID("P000001"), records: moved)
        // "400 Main St" twice and "400 Main Street" once: one street, three votes, written as most records write it.
        XCTAssertEqual(p.street, "400 Main St")
        XCTAssertEqual(p.city, "Madison", "the town of the records at that street, though Verona is written three times")
        XCTAssertEqual(p.region, "WI")
        XCTAssertEqual(p.postalCode, "53703", "Main Street's, not the 53593 of Verona written twice")
        XCTAssertEqual(Set(p.alternates["street"]?.map(\.value) ?? []), ["12 Old Mill Rd", "400 Main Street"])
        XCTAssertEqual(p.alternates["city"]?.map(\.value), ["Verona"])
        XCTAssertEqual(p.alternates["postalCode"]?.map(\.value), ["53593"])

        // A street whose records give no town or state takes the person's; a ZIP code is never borrowed.
        let lonely = GoldenRecords.person(id: PersonID("P000004"), records: [r(1, street: "9 Elm St", city: nil, region: nil, postal: nil),
                                                                             r(2, street: nil, city: "Verona", region: "WI", postal: "53593")])
        XCTAssertEqual([lonely.street, lonely.city, lonely.region, lonely.postalCode], ["9 Elm St", "Verona", "WI", nil])
        // Without a street anywhere: the city voted, then the state and ZIP code of the records that give that city.
        let noStreet = [r(1, street: nil, city: "Verona", region: "WI", postal: "53593"),
                        r(2, street: nil, city: "Verona", region: nil, postal: nil),
                        r(3, street: nil, city: "Chicago", region: "IL", postal: "60601")]
        let q = GoldenRecords.person(id: PersonID("P000002"), records: noStreet)
        XCTAssertEqual([q.city, q.region, q.postalCode], ["Verona", "WI", "53593"])
        XCTAssertNil(q.street)
        // Records at the chosen street that name another town lend nothing more: no "Middleton, 53703".
        let twoTowns = GoldenRecords.person(id: PersonID("P000005"), records: [
            r(1, street: "400 Main St", city: "Madison", region: nil, postal: "53703"),
            r(2, street: "400 Main St", city: "Middleton", region: nil, postal: nil),
            r(3, street: "400 Main St", city: "Middleton", region: nil, postal: nil)])
        XCTAssertEqual([twoTowns.city, twoTowns.postalCode], ["Middleton", nil])
        // A record at another street lends no town; one in another town no state.
        let newStreet = GoldenRecords.person(id: PersonID("P000006"), records: [
            r(1, street: "12 Old Mill Rd", city: "Verona", region: "WI", postal: "53593"),
            r(2, street: "400 Main St", city: nil, region: nil, postal: nil),
            r(3, street: "400 Main St", city: nil, region: nil, postal: nil),
            r(4, street: nil, city: "Chicago", region: "IL", postal: nil)])
        XCTAssertEqual([newStreet.street, newStreet.city, newStreet.region], ["400 Main St", "Chicago", "IL"],
                       "a town from a line with no street; never Verona, which belongs to the Old Mill Rd record")
        let noState = GoldenRecords.person(id: PersonID("P000007"), records: [
            r(1, street: "400 Main St", city: "Madison", region: nil, postal: nil),
            r(2, street: nil, city: "Chicago", region: "IL", postal: nil),
            r(3, street: nil, city: "Chicago", region: "IL", postal: nil)])
        XCTAssertEqual([noState.city, noState.region], ["Madison", nil], "never \"Madison, IL\"")
        // "WI" and "Wisconsin", "53703" and "53703-1234" are one place each; "N/A" and "-" are no street.
        let spellings = GoldenRecords.person(id: PersonID("P000008"), records: [
            r(1, street: "N/A", city: "Madison", region: "Wisconsin", postal: "53703-1234"),
            r(2, street: "-", city: "Madison", region: "WI", postal: "53703"),
            r(3, street: "400 Main St", city: "Madison", region: "WI", postal: nil),
            r(4, street: nil, city: "Madison", region: "IL", postal: "53703")])
        XCTAssertEqual([spellings.street, spellings.region], ["400 Main St", "WI"])
        XCTAssertNil(spellings.postalCode, "no record at 400 Main St gives one")
        let noStreetSpellings = GoldenRecords.person(id: PersonID("P000010"), records: [
            r(1, street: nil, city: "Madison", region: "Wisconsin", postal: "53703-1234"),
            r(2, street: nil, city: "Madison", region: "WI", postal: "53703"),
            r(3, street: nil, city: "Madison", region: "IL", postal: "53704")])
        XCTAssertEqual([noStreetSpellings.region, noStreetSpellings.postalCode], ["Wisconsin", "53703-1234"],
                       "two votes each, written in the fuller spelling")
        // Two streets seen once each: the most recent record's, not the longer name.
        let moved2 = GoldenRecords.person(id: PersonID("P000009"), records: [
            r(1, street: "1200 North Lakeshore Boulevard", city: "Chicago", region: "IL", postal: "60610"),
            r(2, street: "9 Elm St", city: "Verona", region: "WI", postal: "53593")])
        XCTAssertEqual([moved2.street, moved2.city, moved2.region, moved2.postalCode], ["9 Elm St", "Verona", "WI", "53593"])
        // A person with no address at all has none.
        let none = GoldenRecords.person(id: PersonID("P000003"), records: [contact(1, "Bo", "Park", email: "bo@x.com")])
        XCTAssertEqual([none.street, none.city, none.region, none.postalCode, none.country], [nil, nil, nil, nil, nil])
    }

    /// An alternate names its record without carrying the record's raw cells, which the person's sources hold
    /// once: a row gives a value to several fields, and each alternate used to copy the whole row.
    func testAlternatesNameTheirRecordAndSourcesKeepItsCells() {
        var rows = records
        for i in rows.indices { rows[i].source.raw = ["First Name": rows[i].name.given ?? "", "Row": String(i + 1)] }
        let p = GoldenRecords.person(id: PersonID("P000001"), records: rows)
        let organization = p.alternates["organization"]?.first
        XCTAssertEqual(organization?.value, "Acme Mfg")
        XCTAssertEqual(organization?.source?.reference, rows[1].source.reference)
        XCTAssertEqual(organization?.source?.line, rows[1].source.line)
        XCTAssertEqual(organization?.source?.raw, [:])
        XCTAssertEqual(p.sources.map(\.raw), rows.map(\.source.raw), "the raw cells are kept, once per record")
    }

    /// Spellings that count as one value (the same folded key) are written in the fullest one: "O’Neil" with
    /// its apostrophe, "Acme Mfg." in mixed case, even when a hurried sign-in sheet typed the other spelling
    /// more recently. Phones and emails keep the latest.
    func testTheMostFrequentValueIsWrittenInItsFullestSpelling() {
        let kathy = [
            contact(1, "Kathy", "O’Neil", email: "koneil@rpm.example.com", org: "Acme Mfg.", city: "Cleveland Heights"),
            contact(2, "KATHY", "ONEIL", email: "koneil@rpm.example.com", org: "ACME MFG", city: "cleveland heights"),
            contact(3, "Kathy", "ONeil", email: "koneil@rpm.example.com", org: "acme mfg", city: "Cleveland Heights"),
        ]
        let r = Matcher.run(records: kathy, settings: .people())
        XCTAssertEqual(r.people.count, 1)
        let p = r.people[0]
        XCTAssertEqual(p.name.family, "O’Neil")
        XCTAssertEqual(p.name.given, "Kathy")
        XCTAssertEqual(p.organization, "Acme Mfg.")
        XCTAssertEqual(p.city, "Cleveland Heights")
        XCTAssertEqual(GoldenRecords.spellingRichness("José").marks, 1)
        XCTAssertEqual(GoldenRecords.spellingRichness("MCKENNA").mixedCase, 0)
        XCTAssertEqual(GoldenRecords.spellingRichness("McKenna").mixedCase, 1)
    }

    /// A middle initial or a suffix on some records does not split the name's vote: "Jane Q. Doe" and "Jane Doe"
    /// are one name seen twice, and it names the record in its fullest spelling over "Janet Doe" seen once,
    /// though Janet's RSVP was read last. Every spelling stays an alternate.
    func testAMiddleInitialOrSuffixDoesNotSplitTheNamesVote() {
        func named(_ record: Int, _ given: String, _ middle: String?, _ family: String, suffix: String? = nil) -> ContactRecord {
            var c = contact(record, given, family, email: "jane.doe@acme.example.com")
            c.name = PersonName(raw: [given, middle, family, suffix].compactMap { $0 }.joined(separator: " "),
                                given: given, middle: middle, family: family, suffix: suffix)
            return c
        }
        let jane = [named(1, "Jane", "Q.", "Doe"), named(2, "Jane", nil, "Doe"), named(3, "Janet", nil, "Doe")]
        let p = GoldenRecords.person(id: PersonID("P000001"), records: jane)
        XCTAssertEqual(p.name.displayName, "Jane Q. Doe")
        XCTAssertEqual(Set(p.alternates["name"]?.map(\.value) ?? []), ["Jane Doe", "Janet Doe"])
        // The son's suffix, written on one record of three, names him; a second spelling without it does not win.
        let son = [named(1, "Robert", nil, "Kowalski"), named(2, "Robert", nil, "Kowalski", suffix: "Jr."),
                   named(3, "Rob", nil, "Kowalski"), named(4, "Robert", nil, "Kowalski")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000002"), records: son).name.displayName, "Robert Kowalski Jr.")
    }

    /// A phone votes for its line, and the desk extension is the fuller form of it: the bare line read last
    /// (a sign-in sheet) does not replace "x204", and a second number seen once does not outvote the line.
    func testAPhonesExtensionIsKeptOverItsBareLine() {
        let ann = [contact(1, "Ann", "Lee", email: "ann@acme.example.com", phone: "+16085550108;ext=204"),
                   contact(2, "Ann", "Lee", email: "ann@acme.example.com", phone: "+16085550199"),
                   contact(3, "Ann", "Lee", email: "ann@acme.example.com", phone: "+16085550108")]
        let p = GoldenRecords.person(id: PersonID("P000001"), records: ann)
        XCTAssertEqual(p.phone, "+16085550108;ext=204")
        XCTAssertEqual(Set(p.alternates["phone"]?.map(\.value) ?? []), ["+16085550199", "+16085550108"])
        // Within one line, the extension seen more often.
        let bob = [contact(1, "Bob", "Ray", phone: "+16085550108;ext=204"), contact(2, "Bob", "Ray", phone: "+16085550108;ext=2044"),
                   contact(3, "Bob", "Ray", phone: "+16085550108;ext=204")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000002"), records: bob).phone, "+16085550108;ext=204")
    }

    /// Two organizations or titles seen as often: the longer one names the record, whichever list came last.
    /// "Kowalski T&D" from a sign-in sheet read after Eventbrite's "Kowalski Tool & Die" used to win on recency
    /// alone. Names do not go by length (the longer of two spellings seen once is as often a slip, "Elizzabeth"),
    /// but the formal name wins a tie with a short form of it.
    func testATieGoesToTheFullerValueNotTheLatest() {
        let rick = [
            contact(1, "Richard", "Kowalski", email: "rick@kowalskitool.example.com", org: "Kowalski Tool & Die",
                    title: "Plant Manager"),
            contact(2, "Rick", "Kowalski", email: "rick@kowalskitool.example.com", org: "Kowalski T&D", title: "Plant Mgr"),
        ]
        for records in [rick, rick.reversed()] {
            let r = Matcher.run(records: Array(records), settings: .people())
            XCTAssertEqual(r.people.count, 1)
            let p = r.people[0]
            XCTAssertEqual(p.organization, "Kowalski Tool & Die")
            XCTAssertEqual(p.title, "Plant Manager")
            XCTAssertEqual(p.name.given, "Richard", "a tie goes to the formal name, whichever was read last")
            XCTAssertEqual(p.alternates["organization"]?.map(\.value), ["Kowalski T&D"])
        }
        // A value seen more often still wins over a longer one seen once.
        let acme = [contact(1, "Bob", "Smith", email: "bob@acme.com", org: "Acme Manufacturing Incorporated"),
                    contact(2, "Bob", "Smith", email: "bob@acme.com", org: "Acme"),
                    contact(3, "Bob", "Smith", email: "bob@acme.com", org: "Acme")]
        XCTAssertEqual(Matcher.run(records: acme, settings: .people()).people.first?.organization, "Acme")
    }

    /// A father's golden name from a CRM export ("Kowalski, Richard Sr.") and an RSVP ("Dick Kowalski"), one
    /// record each: the RSVP read last used to name him "Dick Kowalski", without the suffix that tells him from
    /// his son. Now the formal name wins the tie and a suffix any record wrote is kept; a name seen more often
    /// still wins whatever its form, and records that disagree on the suffix give none.
    func testANameTieGoesToTheFormalNameAndKeepsTheSuffix() {
        func named(_ record: Int, _ given: String, _ family: String, suffix: String? = nil) -> ContactRecord {
            var c = contact(record, given, family, email: "dkowalski@kowalskitool.example.com")
            c.name = PersonName(raw: [given, family, suffix].compactMap { $0 }.joined(separator: " "),
                                given: given, family: family, suffix: suffix)
            return c
        }
        let father = [named(1, "Richard", "Kowalski", suffix: "Sr."), named(2, "Dick", "Kowalski")]
        for records in [father, father.reversed()] {
            let p = GoldenRecords.person(id: PersonID("P000001"), records: Array(records))
            XCTAssertEqual(p.name.displayName, "Richard Kowalski Sr.")
            XCTAssertEqual(p.alternates["name"]?.map(\.value), ["Dick Kowalski"])
        }
        // The suffix from the one record that wrote it, on the name the vote chose.
        let son = [named(1, "Rick", "Kowalski", suffix: "JR"), named(2, "Rick", "Kowalski"), named(3, "Richard", "Kowalski"),
                   named(4, "Rick", "Kowalski", suffix: "Jr."), named(5, "Rick", "Kowalski")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000002"), records: son).name.displayName, "Rick Kowalski Jr.",
                       "Rick, seen four times, outvotes Richard; the suffix in its fullest spelling")
        // The suffix added to a name written without one, from a record of the same name (a nickname of it)…
        let rick = [named(1, "Richard", "Kowalski", suffix: "Jr."), named(2, "Rick", "Kowalski"), named(3, "Rick", "Kowalski")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000005"), records: rick).name.displayName, "Rick Kowalski Jr.")
        // …not from a record of another given name, and never onto a name that has no parts.
        let other = [named(1, "Robert", "Kowalski", suffix: "Jr."), named(2, "Dick", "Kowalski"), named(3, "Dick", "Kowalski")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000006"), records: other).name.displayName, "Dick Kowalski")
        var mailbox = named(1, "x", "x")
        mailbox.name = PersonName(raw: "jdoe")
        let rawOnly = [mailbox, mailbox, named(2, "John", "Doe", suffix: "Jr.")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000007"), records: rawOnly).name.displayName, "jdoe")
        // A whole given name over an initial (or "JR"); an unknown name is not a short form; a full name over a
        // given name alone (a Zoom display name).
        for pair in [[named(1, "Tou", "Her"), named(2, "T.", "Her")], [named(1, "Tou", "Her"), named(2, "JR", "Her")]] {
            for records in [pair, pair.reversed()] {
                XCTAssertEqual(GoldenRecords.person(id: PersonID("P000003"), records: Array(records)).name.displayName, "Tou Her")
            }
        }
        // A name the nickname table does not know — a typo, a surname in the given-name column — is not preferred
        // to a short form: the tie goes to the latest, as before.
        for pair in [[named(1, "Lisa", "Palnaham"), named(2, "Lsia", "Palnaham")], [named(1, "Barb", "Abmataner"), named(2, "Abmataner", "Barb")]] {
            for records in [pair, pair.reversed()] {
                XCTAssertEqual(GoldenRecords.person(id: PersonID("P000009"), records: Array(records)).name.given, records.last?.name.given)
            }
        }
        var zoom = named(2, "Richard", "x")
        zoom.name = PersonName(raw: "Richard", given: "Richard")
        for records in [[named(1, "Dick", "Kowalski"), zoom], [zoom, named(1, "Dick", "Kowalski")]] {
            XCTAssertEqual(GoldenRecords.person(id: PersonID("P000008"), records: records).name.displayName, "Dick Kowalski")
        }
        // Records that disagree on the suffix (only a "Same" decision joins them): none is added to a name
        // written without one.
        let both = [named(1, "Richard", "Kowalski", suffix: "Sr"), named(2, "Richard", "Kowalski", suffix: "Jr"),
                    named(3, "Richard", "Kowalski")]
        XCTAssertEqual(GoldenRecords.person(id: PersonID("P000004"), records: both).name.displayName, "Richard Kowalski")
    }

    func testMostRecentAndMostComplete() {
        XCTAssertEqual(person(.mostRecent).title, "Senior Engineer")        // record 3 has none; 2 is the latest
        XCTAssertEqual(person(.mostComplete).name.given, "Robert J.")
        XCTAssertEqual(person(.mostComplete).title, "Senior Engineer")
    }
}
