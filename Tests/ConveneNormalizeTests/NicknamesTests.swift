import ConveneModel
import ConveneNormalize
import XCTest

final class NicknamesTests: XCTestCase {
    func testEquivalentPairs() {
        let pairs: [(String, String)] = [
            ("Bob", "Robert"), ("bobby", "ROBERT"), ("Bill", "William"), ("Liam", "William"),
            ("Kathy", "Katherine"), ("Kathy", "Catherine"), ("Kate", "Katherine"), ("Katherine", "Catherine"),
            ("Liz", "Elizabeth"), ("Beth", "Elizabeth"), ("Betsy", "Elisabeth"), ("Jim", "James"),
            ("Peggy", "Margaret"), ("Dick", "Richard"), ("Chuck", "Charles"), ("Tony", "Anthony"),
            ("Sandy", "Sandra"), ("Alex", "Alexander"), ("Alex", "Alexandra"), ("Chris", "Christopher"),
            ("Chris", "Christine"), ("Peggy", "Maggie"), ("Jack", "John"), ("Ted", "Edward"), ("Ted", "Theodore"),
            ("Hank", "Henry"), ("Sue", "Susan"), ("Patty", "Patricia"), ("Zach", "Zachary"), ("Jeff", "Geoffrey"),
            ("José", "jose"), ("Steve", "Stephen"), ("Steven", "Stephen"),
            ("Pepe", "José"), ("Paco", "Francisco"), ("Lupe", "Guadalupe"), ("Matthew", "Mathew"),
            ("Micheal", "Michael"), ("Jeffery", "Jeffrey"), ("Jon", "Johnathan"), ("Sean", "Shawn"),
        ]
        for (a, b) in pairs {
            XCTAssertTrue(Nicknames.areEquivalent(a, b), "\(a) ~ \(b)")
            XCTAssertTrue(Nicknames.areEquivalent(b, a), "\(b) ~ \(a) (symmetric)")
        }
    }

    func testNotEquivalent() {
        let pairs: [(String, String)] = [
            ("Christopher", "Christine"), ("Robert", "William"), ("Alexander", "Alexandra"), ("Edward", "Theodore"),
            ("Jane", "John"), ("", ""), ("Bob", ""), ("Unknownname", "Otherunknown"),
        ]
        for (a, b) in pairs { XCTAssertFalse(Nicknames.areEquivalent(a, b), "\(a) !~ \(b)") }
    }

    func testVariants() {
        XCTAssertTrue(Nicknames.variants(of: "Peggy").isSuperset(of: ["peggy", "margaret", "maggie", "meg"]))
        XCTAssertEqual(Nicknames.variants(of: "Zyxwv"), ["zyxwv"])
        XCTAssertEqual(Nicknames.variants(of: "  "), [])
        XCTAssertTrue(Nicknames.variants(of: "ROBERT").contains("bob"))
    }

    /// A misspelt formal name reads as the table name it is one slip from — a letter doubled, dropped, changed or
    /// two swapped — so the matcher can relate it to that name's nicknames ("Liz" and "Elizzabeth").
    func testMisspeltFormalNames() {
        XCTAssertEqual(Nicknames.correction(of: "Elizzabeth"), "elizabeth")      // a letter doubled
        XCTAssertEqual(Nicknames.correction(of: "Robrt"), "robert")              // dropped
        XCTAssertEqual(Nicknames.correction(of: "Jonethan"), "jonathan")         // changed
        XCTAssertEqual(Nicknames.correction(of: "Christpoher"), "christopher")   // swapped
        XCTAssertNil(Nicknames.correction(of: "Elizabeth"), "a name of the table is not corrected")
        XCTAssertNil(Nicknames.correction(of: "Lizz"), "too short to tell a slip from another name")
        // A shorter name: only two neighbours swapped between its first and last letters.
        XCTAssertEqual(Nicknames.correction(of: "Blil"), "bill")
        XCTAssertEqual(Nicknames.correction(of: "Jhon"), "john")
        XCTAssertEqual(Nicknames.correction(of: "Setve"), "steve")
        XCTAssertNil(Nicknames.correction(of: "Bil"), "three letters: no interior pair to swap")
        XCTAssertEqual(Nicknames.correction(of: "Jnae"), "jane")
        XCTAssertNil(Nicknames.correction(of: "Mayr"), "the last letter moved: not read as Mary")
        XCTAssertNil(Nicknames.correction(of: "Diene"), "a letter changed: only a swap reaches a name under six letters")
        XCTAssertNil(Nicknames.correction(of: "Zyxwvut"))
        XCTAssertEqual(Nicknames.correction(of: "Aulison"), "alison", "Alison and Allison: forms of one name")
        XCTAssertNil(Nicknames.correction(of: "Aleyandra"), "one slip from Alejandra and from Alexandra")
        // Real names outside the table that differ from one in it by more than a slip, at the first letter or
        // only at the end, are not misspellings of it.
        for name in ["Michaela", "Kellie", "Rickey", "Jillian", "Belinda", "Selena", "Lauren", "Denise", "Ariana",
                     "Brendan", "Jonatham"] {
            XCTAssertNil(Nicknames.correction(of: name), name)
        }
        XCTAssertTrue(Nicknames.areEquivalent("Liz", Nicknames.correction(of: "Elizzabeth") ?? ""))
        XCTAssertFalse(Nicknames.areEquivalent("Liz", "Elizzabeth"), "the table alone does not know the slip")
    }

    /// A formal name is one a group of the table starts with; a short form, or a name the table does not know
    /// (a typo, a surname typed as the given name), is not.
    func testFormalNames() {
        for name in ["Richard", "ROBERT", "Margaret", "Katherine", "Catherine", "Barbara", "Charles", "Patricia"] {
            XCTAssertTrue(Nicknames.isFormalName(name), name)
        }
        for name in ["Dick", "Rick", "Bob", "Peggy", "Barb", "Chuck", "Trish", "Lsia", "Abmataner", "Tou", ""] {
            XCTAssertFalse(Nicknames.isFormalName(name), name)
        }
    }

    /// One name written two ways: one surname, and the given name the same, a nickname of it or its initial.
    func testSameName() {
        func n(_ given: String?, _ family: String?) -> PersonName { PersonName(given: given, family: family) }
        XCTAssertTrue(Nicknames.sameName(n("Bob", "Smith"), n("Robert", "SMITH")))
        XCTAssertTrue(Nicknames.sameName(n("R.", "Smith"), n("Robert", "Smith")))
        XCTAssertFalse(Nicknames.sameName(n("Bob", "Smith"), n("Jane", "Smith")))
        XCTAssertFalse(Nicknames.sameName(n("Robert", "Smith"), n("Robert", "Smyth")))
        XCTAssertFalse(Nicknames.sameName(n("Robert", "Smith"), n(nil, "Smith")))
    }

    func testTableIsLarge() {
        XCTAssertGreaterThan(Nicknames.count, 500, "several hundred names")
    }
}
