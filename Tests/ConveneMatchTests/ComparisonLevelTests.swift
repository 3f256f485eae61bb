import XCTest
import ConveneModel
@testable import ConveneMatch

final class ComparisonLevelTests: XCTestCase {
    func testFirstNameLevels() {
        func first(_ x: String?, _ y: String?) -> String { levelLabel("first name", contact(1, x, "Smith"), contact(2, y, "Smith")) }
        XCTAssertEqual(first("Robert", "ROBERT"), "exact")
        XCTAssertEqual(first("Bob", "Robert"), "nickname")
        XCTAssertEqual(first("Katherine", "Katharine"), "nickname")   // spelling variants share a group
        XCTAssertEqual(first("Marisol", "Marisel"), "close")
        XCTAssertEqual(first("Chris", "Christine"), "nickname")
        XCTAssertNotEqual(first("Christopher", "Christine"), "nickname")  // related only through "Chris"
        XCTAssertEqual(first("R", "Robert"), "initial only")
        XCTAssertEqual(first("Mary", "Susan"), "different")
        XCTAssertEqual(first(nil, "Susan"), "missing")
    }

    /// A nickname of a misspelt formal name is a typo's evidence, not another name (nor a nickname's) — when the
    /// input shows the spelling to be a misspelling: far rarer than the name it is one slip from.
    func testANicknameOfAMisspeltNameIsATypo() {
        let elizabeths = (0..<3).map { contact(10 + $0, "Elizabeth", "Other\($0)") }
        let roberts = (0..<3).map { contact(20 + $0, "Robert", "Other\($0)") }
        func first(_ x: String, _ y: String, among others: [ContactRecord]) -> String {
            levelLabel("first name", contact(1, x, "Smith"), contact(2, y, "Smith"), others: others)
        }
        XCTAssertEqual(first("Liz", "Elizzabeth", among: elizabeths), "typo or scrambled")
        XCTAssertEqual(first("Elizzabeth", "Liz", among: elizabeths), "typo or scrambled")
        XCTAssertEqual(first("Bob", "Robrt", among: roberts), "typo or scrambled")
        // A sign-in sheet's "Blil" Sorensen is Bill, so William Sorensen's Zoom row is not another name to it.
        let bills = (0..<3).map { contact(40 + $0, "Bill", "Other\($0)") }
        XCTAssertEqual(first("William", "Blil", among: bills), "typo or scrambled")
        XCTAssertEqual(first("William", "Blil", among: []), "different", "no Bills: nothing shows Blil is a slip")
        XCTAssertEqual(first("Elizabeth", "Elizzabeth", among: elizabeths), "close", "a typo of the name, not a nickname")
        XCTAssertEqual(first("Bob", "Elizzabeth", among: elizabeths), "different")
        // Without Elizabeths to show "Elizzabeth" is a misspelling (or with as many Elizzabeths), it is a name.
        XCTAssertEqual(first("Liz", "Elizzabeth", among: []), "different")
        let asMany = (0..<3).map { contact(30 + $0, "Elizzabeth", "Other\($0)") }
        XCTAssertEqual(first("Liz", "Elizzabeth", among: elizabeths + asMany), "different")
        // One person's phone under "Liz" and under a misspelt "Elizzabeth" is hers, not a line two people share.
        func phone(_ x: String, _ y: String) -> String {
            levelLabel("phone", contact(1, x, "Brennan", phone: "920-555-0141"),
                       contact(2, y, "Brennan", phone: "(920) 555-0141"), others: elizabeths)
        }
        XCTAssertEqual(phone("Liz", "Elizzabeth"), "exact")
        XCTAssertEqual(phone("Liz", "Mary"), "shared line", "two people's names on one line")
    }

    func testLastNameLevels() {
        func last(_ x: String?, _ y: String?) -> String { levelLabel("last name", contact(1, "Ann", x), contact(2, "Ann", y)) }
        XCTAssertEqual(last("O'Neil", "oneil"), "exact")
        XCTAssertEqual(last("Johnson", "Jonhson"), "close")
        XCTAssertEqual(last("Peterson", "Petersen-Hall"), "somewhat close")
        XCTAssertEqual(last("S", "Smith"), "initial only")
        XCTAssertEqual(last("Garcia", "Nguyen"), "different")
        XCTAssertEqual(last("Garcia", nil), "missing")
        // A surname extending another by two letters or more is another surname, however alike Jaro-Winkler
        // finds them; one letter more may be a typo.
        XCTAssertEqual(last("Martin", "Martinez"), "somewhat close")
        XCTAssertEqual(last("Johns", "Johnson"), "somewhat close")
        XCTAssertEqual(last("Robert", "Roberts"), "close")
    }

    /// Two edits in a short given name change half of it: two names, not a typo. A long name may carry two.
    func testTwoEditsAreATypoOnlyInALongName() {
        func first(_ x: String, _ y: String) -> String { levelLabel("first name", contact(1, x, "Ortiz"), contact(2, y, "Ortiz")) }
        XCTAssertEqual(first("Barb", "Gary"), "different")
        XCTAssertEqual(first("Logan", "Megan"), "different")
        XCTAssertEqual(first("Kathleen", "Kahtlene"), "close")               // Jaro-Winkler finds these close
        XCTAssertEqual(first("Enht", "Ethan"), "typo or scrambled")
        XCTAssertTrue(Similarity.isTypoOrScramble("jennifer", "jenifre"))
        XCTAssertFalse(Similarity.isTypoOrScramble("barb", "gary"))
    }

    func testSwappedNamesCompareCrosswise() {
        // "Watson, Noah" entered with the parts the other way round: agreeing crosswise counts as close, not
        // exact, because "Grant Thomas" and "Thomas Grant" can be two people.
        let a = contact(1, "Noah", "Watson"), b = contact(2, "Watson", "Noah")
        XCTAssertEqual(levelLabel("first name", a, b), "close")
        XCTAssertEqual(levelLabel("last name", a, b), "close")
        XCTAssertEqual(levelLabel("first name", contact(1, "Ethan", "Brown"), contact(2, "Enht", "Brow")), "typo or scrambled")
        XCTAssertEqual(levelLabel("first name", contact(1, "Jane", "Smith"), contact(2, "Janet", "Smith")), "different",
                       "two real names, not a typo")
        // One name changed (a new surname) and the other typed badly in the wrong column: the given name still
        // agrees crosswise (close), so the pair is a surname change, not "different first name" — the level that
        // holds clusters apart.
        let married = contact(1, "Sian", "Crosser"), swappedTypo = contact(2, "Beelitz", "Siawn")
        XCTAssertEqual(levelLabel("first name", married, swappedTypo), "close")
        XCTAssertEqual(levelLabel("last name", married, swappedTypo), "different")
        // Nothing agrees crosswise closely: no swap, the names are compared as written.
        XCTAssertEqual(levelLabel("first name", contact(1, "Sian", "Crosser"), contact(2, "Beelitz", "Maria")), "different")
    }

    func testEmailLevels() {
        func email(_ x: String?, _ y: String?) -> String {
            levelLabel("email", contact(1, "A", "B", email: x), contact(2, "A", "B", email: y))
        }
        XCTAssertEqual(email("bob@acme.com", "bob@acme.com"), "exact")
        XCTAssertEqual(email("bob.smith@acme.com", "bob.smith@gmail.com"), "same local part")
        XCTAssertEqual(email("bob.smith@acme.com", "bob.smtih@acme.com"), "close")
        XCTAssertEqual(email("bob@acme.com", "jane@beta.org"), "different")
        XCTAssertEqual(email(nil, "jane@beta.org"), "missing")
        // A role address agrees only as a shared address (weak), and against another address says nothing.
        XCTAssertEqual(email("info@acme.com", "info@acme.com"), "shared address")
        XCTAssertEqual(email("info@acme.com", "bob@acme.com"), "missing")
        // Colleagues told apart by a last initial before a number are two people, not a typo.
        XCTAssertEqual(email("stevensb2@mohg.com", "stevensd@mohg.com"), "different")
        XCTAssertEqual(email("naafieldj@acme.com", "naafieldm@acme.com"), "different")
        XCTAssertEqual(email("christina.zelez2@acme.com", "christina.zeelez@acme.com"), "close")
        // Two colleagues with one first name at a long domain: Jaro-Winkler over the whole address is 0.95+, but the
        // surname parts are two names.
        XCTAssertEqual(email("charles.stewart@garfieldvalley.k12.oh.us", "charles.warren@garfieldvalley.k12.oh.us"), "different")
        XCTAssertEqual(email("ann.lee@acme.com", "ann.kee@acme.com"), "close", "a letter off is still a typo")
        XCTAssertEqual(email("samue91rcu@ry.info", "samuel91@curry.info"), "close", "a scrambled address without name parts")
        // An employer numbers a namesake's account: two people. At a free-mail provider people choose their own
        // digits, and a digit typed wrong is one person's; at two domains nothing is numbered.
        XCTAssertEqual(email("mjones@acme.com", "mjones2@acme.com"), "numbered apart")
        XCTAssertEqual(email("raj.minak2@morenotrucking.com", "raj.minak@morenotrucking.com"), "numbered apart")
        XCTAssertEqual(email("lucky2879@gmail.com", "lucky8279@gmail.com"), "different")
        XCTAssertEqual(email("dwells70@new.rr.com", "dwells7@new.rr.com"), "different", "a subdomain of free mail")
        XCTAssertEqual(email("mjones@acme.com", "mjones2@beta.org"), "different")
        // With a second address of his own that merely differs, the son is still the numbered namesake.
        var son = contact(1, "Luis", "Ortega", email: "lortega2@ortegalandscape.example.com")
        son.emails.append("luis.ortega88@gmail.com")
        XCTAssertEqual(levelLabel("email", son, contact(2, "Luis", "Ortega", email: "lortega@ortegalandscape.example.com")),
                       "numbered apart")
    }

    /// A model an earlier release saved has six email levels; decoded, it gains "numbered apart", so a pair of
    /// numbered accounts is scored, not a level past the end of the model's table.
    func testAnEmailComparisonSavedBeforeNumberedAccountsStillScoresThem() throws {
        var old = MatchSettings.people()
        old.estimateParameters = false
        let e = try XCTUnwrap(old.comparisons.firstIndex { $0.name == "email" })
        old.comparisons[e].levels.removeLast()
        let decoded = try JSONDecoder().decode(MatchSettings.self, from: JSONEncoder().encode(old))
        XCTAssertEqual(decoded.comparisons[e].levels.map(\.label).last, "numbered apart")
        let report = try XCTUnwrap(Matcher.explainPair(
            records: [contact(1, "Luis", "Ortega", email: "lortega@ortegalandscape.example.com"),
                      contact(2, "Luis", "Ortega", email: "lortega2@ortegalandscape.example.com")],
            RecordRef(file: "list.csv", record: 1), RecordRef(file: "list.csv", record: 2), settings: decoded))
        let email = try XCTUnwrap(report.explanation.terms.first { $0.comparison == "email" })
        XCTAssertEqual(email.level, "numbered apart", report.explanation.text)
        XCTAssertLessThanOrEqual(email.weight, -20, report.explanation.text)
    }

    /// A bound holds where m's floor cannot reach it: a level random pairs hardly ever show (u 3·10⁻⁶) needs an m
    /// of 10⁻¹² to weigh −20 bits.
    func testABoundHoldsPastTheFloorOfM() {
        let level = ComparisonLevel(label: "numbered apart", m: 1e-9, u: 3e-6, maximumWeight: -20)
        XCTAssertGreaterThan(level.weight, -20)
        XCTAssertEqual(level.effectiveWeight(limit: 10), -20, accuracy: 1e-9)
    }

    func testPhoneOrganizationTitleLevels() {
        func cmp(_ name: String, _ a: ContactRecord, _ b: ContactRecord) -> String { levelLabel(name, a, b) }
        XCTAssertEqual(cmp("phone", contact(1, "A", "B", phone: "+15551234567"), contact(2, "A", "B", phone: "(555) 123-4567")), "exact")
        XCTAssertEqual(cmp("phone", contact(1, "A", "B", phone: "+15551234567"), contact(2, "A", "B", phone: "+16171234567")),
                       "same last 7 digits")
        XCTAssertEqual(cmp("phone", contact(1, "A", "B", phone: "5551234567"), contact(2, "A", "B", phone: "5559876543")), "different")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Acme Mfg., Inc."), contact(2, "A", "B", org: "ACME Manufacturing")), "exact")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Acme Manufacturing"), contact(2, "A", "B", org: "Acme Manufacturng")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Acme"), contact(2, "A", "B", org: "Riverside College")), "different")
        // Initials: an employer or a title written by its first letters, small words in or out.
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "DH"), contact(2, "A", "B", org: "Dalton & Harliman LLC")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "UWC"), contact(2, "A", "B", org: "The United Way of Capital")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "SCAA"), contact(2, "A", "B", org: "Southside Community Action Agency")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "DK"), contact(2, "A", "B", org: "Dalton & Harliman")), "different")
        // Initials around an ampersand ("BG&M") are initials, not a short word and a letter.
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "BG&M"), contact(2, "A", "B", org: "Badger Gear & Machine")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "P & G"), contact(2, "A", "B", org: "Procter & Gamble Co.")), "close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "BG&M"), contact(2, "A", "B", org: "Bay Glass & Metalworks Supply")), "different",
                       "initials must spell every word")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Abcd & E"),
                           contact(2, "A", "B", org: "Alpha Beta Charlie Delta Echo")), "different",
                       "a word of four letters or more is not initials")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Acme"), contact(2, "A", "B", org: "Allied Chemical Manufacturing")), "different",
                       "a word is not initials unless it spells them all")
        // A site named within its parent's name, or a name missing one word: somewhat close.
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Graham"),
                           contact(2, "A", "B", org: "Chicago Public Schools Graham, Alexander")), "somewhat close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "South Harper Montessori School"),
                           contact(2, "A", "B", org: "Marcy Newberry Association - South Harper Montessori")), "somewhat close")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Harper College"),
                           contact(2, "A", "B", org: "South Harper Montessori")), "different", "one word of two is not enough")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Bank of America"),
                           contact(2, "A", "B", org: "First Bank of Oshkosh")), "different", "small words count for neither side")
        XCTAssertEqual(cmp("title", contact(1, "A", "B", title: "Director of Finance"),
                           contact(2, "A", "B", title: "Assistant Director of Operations")), "different")
        XCTAssertEqual(cmp("organization", contact(1, "A", "B", org: "Abe"), contact(2, "A", "B", org: "Abe Lincoln Montessori")),
                       "different", "a single word of three letters is too short to say")
        XCTAssertEqual(cmp("title", contact(1, "A", "B", title: "VP"), contact(2, "A", "B", title: "Vice President")), "close")
        XCTAssertEqual(cmp("title", contact(1, "A", "B", title: "HR Director"), contact(2, "A", "B", title: "hr director")), "exact")
        XCTAssertEqual(cmp("title", contact(1, "A", "B"), contact(2, "A", "B", title: "hr director")), "missing")
    }

    func testAddressWebsiteAndDateLevels() {
        func cmp(_ name: String, _ a: ContactRecord, _ b: ContactRecord) -> String { levelLabel(name, a, b) }
        XCTAssertEqual(cmp("street", contact(1, "A", "B", street: "316 North Pulaski Road"), contact(2, "A", "B", street: "316 N. Pulaski Rd")), "exact")
        XCTAssertEqual(cmp("street", contact(1, "A", "B", street: "316 N Pulaski Rd"), contact(2, "A", "B", street: "316 N Pulaski Rd Ste 2")), "close")
        XCTAssertEqual(cmp("street", contact(1, "A", "B", street: "316 N Pulaski Rd"), contact(2, "A", "B", street: "4 Elm St")), "different")
        // A house number left out on one list, the street name a typo apart: close, not different.
        XCTAssertEqual(cmp("street", contact(1, "A", "B", street: "Goossensg Pl"), contact(2, "A", "B", street: "10 Goossens Pl")), "similar street, same or no number")
        XCTAssertEqual(cmp("street", contact(1, "A", "B", street: "Elm St"), contact(2, "A", "B", street: "10 Oak Ave")), "different")
        XCTAssertEqual(cmp("city", contact(1, "A", "B", city: "Chicago"), contact(2, "A", "B", city: "CHICAGO")), "exact")
        XCTAssertEqual(cmp("postal code", contact(1, "A", "B", postal: "60608"), contact(2, "A", "B", postal: "60609")), "same prefix")
        XCTAssertEqual(cmp("postal code", contact(1, "A", "B", postal: "45409"), contact(2, "A", "B", postal: "45409-6633")), "exact",
                       "a ZIP+4 and its ZIP")
        XCTAssertEqual(cmp("postal code", contact(1, "A", "B", postal: "45409-6633"), contact(2, "A", "B", postal: "45409-1200")), "same prefix")
        XCTAssertEqual(cmp("website", contact(1, "A", "B", website: "https://www.acme.com/"), contact(2, "A", "B", website: "acme.com")), "exact")
        XCTAssertEqual(cmp("date of birth", contact(1, "A", "B", dob: "1980-03-14"), contact(2, "A", "B", dob: "1980-03-14")), "exact")
        XCTAssertEqual(cmp("date of birth", contact(1, "A", "B", dob: "1980-03-14"), contact(2, "A", "B", dob: "1980-03-15")), "one typo")
        XCTAssertEqual(cmp("date of birth", contact(1, "A", "B", dob: "1980-03-04"), contact(2, "A", "B", dob: "1980-04-03")), "one typo")
        XCTAssertEqual(cmp("date of birth", contact(1, "A", "B", dob: "1980-03-14"), contact(2, "A", "B", dob: "1980-11-27")), "same year")
        XCTAssertEqual(cmp("date of birth", contact(1, "A", "B", dob: "1980-03-14"), contact(2, "A", "B", dob: "1975-11-27")), "different")
    }

    /// A home written with and without its unit is one address for counting who uses it: a father at "4604
    /// Bristol St" and his son at "4604 Bristol St Apt 34" make the bare address shared (it used to count as one
    /// person's each way, +10 bits between them); the son's two spellings still agree in full, as a household's.
    func testAnAddressWithAndWithoutItsUnitIsOneHomeForItsPeople() throws {
        XCTAssertEqual(Folding.siteLength(Array("4604 bristol st apt 34".utf8)), 15)
        XCTAssertEqual(Folding.siteLength(Array("876 kent ln 3c".utf8)), 11)
        XCTAssertEqual(Folding.siteLength(Array("316 n pulaski rd ste 2".utf8)), 16)
        XCTAssertNil(Folding.siteLength(Array("4604 bristol st".utf8)))
        XCTAssertNil(Folding.siteLength(Array("123 hwy 52".utf8)), "a highway's number is its name, not a unit")
        XCTAssertNil(Folding.siteLength(Array("po box 12".utf8)))
        XCTAssertNil(Folding.siteLength(Array("4500 county rd 12".utf8)), "a county road's number")
        XCTAssertNil(Folding.siteLength(Array("1st ave apt 4".utf8)), "no house number: not one building")
        XCTAssertEqual(Folding.siteLength(Array("12a oak st apt 3".utf8)), 10)
        XCTAssertTrue(Folding.isSite(Array("12 oak st".utf8), of: Array("12 oak st apt 12b".utf8)))
        XCTAssertFalse(Folding.isSite(Array("12 oak st".utf8), of: Array("12 oak street".utf8)))

        let father = contact(1, "Gabe", "Taylor", street: "4604 Bristol St.", city: "Canton", postal: "44714")
        let son = contact(2, "Ronald", "Taylor", email: "r.taylor@stbrendan.org", street: "4604 Bristol St. Apt. 34",
                          city: "Canton", postal: "44714")
        let sonAtHome = contact(3, "Ronald", "Taylor", email: "r.taylor@stbrendan.org", street: "4604 Bristol St",
                                city: "Canton", postal: "44714")
        XCTAssertEqual(levelLabel("street", father, son), "shared address")
        XCTAssertEqual(levelLabel("street", father, son, others: [sonAtHome]), "shared address")
        let r = Matcher.run(records: [father, son, sonAtHome])
        let street = try XCTUnwrap(r.explain(RecordRef(son.source), RecordRef(sonAtHome.source))?.terms.first { $0.comparison == "street" })
        XCTAssertTrue(street.level.contains("a household's"), street.level)
        let close = try XCTUnwrap(Matcher.run(records: [son, sonAtHome]).explain(RecordRef(son.source), RecordRef(sonAtHome.source))?
            .terms.first { $0.comparison == "street" })
        XCTAssertEqual(street.weight, close.weight, accuracy: 0.5, "the household's spelling counts as one person's would")
        XCTAssertNotEqual(r.idsByRecord[RecordRef(father.source)], r.idsByRecord[RecordRef(son.source)])

        // One person's short spelling against the long one at a shared address: the shared level, not "different"
        // (Jaro-Winkler alone puts "12 oak st" / "12 oak st apt 12b" under 0.93).
        let ann = contact(4, "Ann", "Lee", street: "12 Oak St"), bob = contact(5, "Bob", "Lee", street: "12 Oak St")
        let annAtUnit = contact(6, "Ann", "Lee", street: "12 Oak St Apt 12B")
        XCTAssertEqual(levelLabel("street", ann, annAtUnit, others: [bob]), "shared address")

        // A building's many units make its bare address no household's, even when its own records named only two.
        var table = FeatureTable()
        let building = [ann, bob] + [("Raj", "Patel"), ("Sue", "Kim"), ("Omar", "Haddad")].enumerated().map { i, n in
            contact(10 + i, n.0, n.1, street: "12 Oak St Apt \(i + 1)")
        }
        for c in building { table.append(RecordFields(c)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let streets = table[.street], bare = try XCTUnwrap(streets.first(of: 0))
        XCTAssertTrue(streets.shared[Int(bare)])
        XCTAssertFalse(streets.householdShared[Int(bare)], "five people at 12 Oak St: not a household's address")

        // A household's home against a namesake's office a typo away: the office is shared past a household, so the
        // home's household mark does not lend the pair an address (at most the shared level's +1 bit).
        let home = [contact(20, "Ann", "Lee", street: "100 Main St"), contact(21, "Bob", "Lee", street: "100 Main St")]
        let office = [("Ann", "Lee"), ("Raj", "Patel"), ("Sue", "Kim"), ("Omar", "Haddad")].enumerated().map { i, n in
            contact(30 + i, n.0, n.1, street: "108 Main St")
        }
        let both = Matcher.run(records: home + office)
        let officeTerm = try XCTUnwrap(both.explain(RecordRef(home[0].source), RecordRef(office[0].source))?.terms.first { $0.comparison == "street" })
        XCTAssertFalse(officeTerm.level.contains("a household's"), officeTerm.level)
        XCTAssertLessThanOrEqual(officeTerm.weight, 1)
    }

    /// A street is counted where it is. "43 Hickory St" is Donald Sanchez's home in Delaware (43015) and a firm's
    /// address in Columbus (43207), where four people work: the firm makes the address shared, but not his home —
    /// his two records, nothing in common but the name, the street and the postal code, agree on it as one
    /// person's (a household's mark), while two people at the firm, or two of a family at one home, still meet at
    /// the shared level. A place is the postal code when both records have one, else the town, read leniently: a
    /// family written "Akron" and "Akorn" is one family at one home.
    func testAStreetIsCountedWhereItIs() throws {
        let donald = [contact(1, "Donald", "Sanchez", street: "43 Hickory St.", city: "Delaware", postal: "43015"),
                      contact(2, "Donald", "Sanchez", street: "43 Hickory St", postal: "43015")]
        let firm = [("Ann", "Lee"), ("Raj", "Patel"), ("Sue", "Kim"), ("Omar", "Haddad")].enumerated().map { i, n in
            contact(10 + i, n.0, n.1, street: "43 Hickory Street", city: "Columbus", postal: "43207-1120")
        }
        let family = [contact(20, "Rosa", "Diaz", street: "43 Hickory St", city: "Grove City", postal: "43123"),
                      contact(21, "Luis", "Diaz", street: "43 Hickory St", city: "Grove City", postal: "43123")]
        var table = FeatureTable()
        for c in donald + firm + family { table.append(RecordFields(c)) }
        table.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let streets = table[.street], v = try XCTUnwrap(streets.first(of: 0))
        XCTAssertTrue(streets.shared[Int(v)], "four people at the firm")
        XCTAssertFalse(streets.householdShared[Int(v)], "past a household at the firm")
        func slot(_ r: Int) -> Int { streets.values(of: r).lowerBound }
        XCTAssertTrue(streets.isHousehold(v, slot(0), slot(1)), "at Donald's home: his alone")
        XCTAssertFalse(streets.isHousehold(v, slot(2), slot(3)), "at the firm: four people")
        XCTAssertTrue(streets.isHousehold(v, slot(6), slot(7)), "at the family's home: two people")

        let r = Matcher.run(records: donald + firm + family)
        let home = try XCTUnwrap(r.explain(RecordRef(donald[0].source), RecordRef(donald[1].source))?.terms.first { $0.comparison == "street" })
        XCTAssertTrue(home.level.contains("a household's"), home.level)
        XCTAssertGreaterThan(home.weight, 1)
        let relatives = try XCTUnwrap(r.explain(RecordRef(family[0].source), RecordRef(family[1].source))?.terms.first { $0.comparison == "street" })
        XCTAssertTrue(relatives.level.hasPrefix("shared address"), relatives.level)
        XCTAssertLessThanOrEqual(relatives.weight, 1)
        XCTAssertNotEqual(r.idsByRecord[RecordRef(family[0].source)], r.idsByRecord[RecordRef(family[1].source)])

        // Two John Smiths: one at the firm, one whose record carries another postal code (a typo, a PO box). Each
        // place on its own says little, but two places are not one home: the firm's address stays shared.
        var offices = FeatureTable()
        let smiths = [contact(40, "John", "Smith", street: "43 Hickory Street", postal: "43207"),
                      contact(41, "John", "Smith", street: "43 Hickory Street", postal: "43270")]
        for c in firm + smiths { offices.append(RecordFields(c)) }
        offices.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let office = offices[.street], o = try XCTUnwrap(office.first(of: 0))
        XCTAssertFalse(office.isHousehold(o, office.values(of: 4).lowerBound, office.values(of: 5).lowerBound),
                       "the firm's John Smith and one at another postal code")
        XCTAssertFalse(office.isHousehold(o, office.values(of: 5).lowerBound, office.values(of: 4).lowerBound))

        // Four of a family at one home without postal codes, their town typed two ways: one place, four people.
        var typed = FeatureTable()
        let coopers = [("Beverly", "Akron"), ("Brandon", "AKRON"), ("Carl", "Akorn"), ("Dana", "Akorn")].enumerated().map { i, n in
            contact(30 + i, n.0, "Cooper", street: "10524 Jackson Ave", city: n.1)
        }
        for c in coopers { typed.append(RecordFields(c)) }
        typed.finish(sharedPeople: MatchSettings.people().sharedIdentifierPeople)
        let jackson = typed[.street], w = try XCTUnwrap(jackson.first(of: 0))
        XCTAssertTrue(jackson.shared[Int(w)])
        for (x, y) in [(0, 1), (2, 3), (0, 3)] {
            XCTAssertFalse(jackson.isHousehold(w, jackson.values(of: x).lowerBound, jackson.values(of: y).lowerBound),
                           "records \(x) and \(y): four people at one place")
        }
    }

    func testWeightsFollowMAndU() {
        let level = ComparisonLevel(label: "exact", m: 0.8, u: 0.01)
        XCTAssertEqual(level.weight, log2(80), accuracy: 1e-9)
        XCTAssertEqual(ComparisonLevel(label: "missing", m: 1, u: 1, isNull: true).weight, 0)
    }

    /// The weight limit keeps a field people share (a street, a site's address) within ±10 bits; an exact date of
    /// birth, email address or phone number — a person's own, since a shared address or number is scored at its
    /// "shared" level — may reach 14: a FEBRL duplicate whose both names were replaced still has its street and
    /// date of birth, and at +10 each it could not outweigh the two different names.
    func testAPersonsOwnIdentifierMayWeighPastTheLimitAStreetMayNot() throws {
        let settings = MatchSettings.people()
        func exact(_ name: String) throws -> ComparisonLevel {
            var level = try XCTUnwrap(settings.comparisons.first { $0.name == name }).levels[1]
            XCTAssertEqual(level.label, "exact")
            level.m = 0.8; level.u = 1e-5                 // log2(80,000) ≈ 16.3 bits
            return level
        }
        for own in ["date of birth", "email", "phone"] {
            XCTAssertEqual(try exact(own).effectiveWeight(limit: settings.weightLimit), 14, accuracy: 1e-9, own)
        }
        XCTAssertEqual(try exact("street").effectiveWeight(limit: settings.weightLimit), settings.weightLimit, accuracy: 1e-9)
        var exactDate = try exact("date of birth")
        exactDate.u = 1e-3                                // log2(800) ≈ 9.6: within both, unchanged
        XCTAssertEqual(exactDate.effectiveWeight(limit: settings.weightLimit), log2(800), accuracy: 1e-9)
    }
}
