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

    func testTableIsLarge() {
        XCTAssertGreaterThan(Nicknames.count, 500, "several hundred names")
    }
}
