import XCTest
@testable import ConveneMatch

final class SimilarityTests: XCTestCase {
    func testJaroWinklerKnownValues() {
        XCTAssertEqual(Similarity.jaroWinkler("martha", "marhta"), 0.961, accuracy: 0.001)
        XCTAssertEqual(Similarity.jaroWinkler("dwayne", "duane"), 0.84, accuracy: 0.001)
        XCTAssertEqual(Similarity.jaroWinkler("dixon", "dicksonx"), 0.813, accuracy: 0.001)
        XCTAssertEqual(Similarity.jaroWinkler("abc", "abc"), 1)
        XCTAssertEqual(Similarity.jaroWinkler("abc", "xyz"), 0)
        let long = String(repeating: "a", count: 70) + "b", long2 = String(repeating: "a", count: 70) + "c"
        XCTAssertGreaterThan(Similarity.jaroWinkler(long, long2), 0.98)
    }

    func testEditDistances() {
        XCTAssertEqual(Similarity.levenshtein("kitten", "sitting"), 3)
        XCTAssertEqual(Similarity.damerauLevenshtein("ca", "ac"), 1)
        XCTAssertEqual(Similarity.levenshtein("ca", "ac"), 2)
        XCTAssertEqual(Similarity.damerauLevenshtein("abcdef", "zzzzzz", limit: 2), 3)
    }

    func testSoundex() {
        XCTAssertEqual(Similarity.soundex("robert"), "R163")
        XCTAssertEqual(Similarity.soundex("rupert"), "R163")
        XCTAssertEqual(Similarity.soundex("ashcraft"), "A261")
        XCTAssertEqual(Similarity.soundex("tymczak"), "T522")
        XCTAssertEqual(Similarity.soundex(""), "")
    }

    func testFoldingAndKeys() {
        XCTAssertEqual(Folding.fold("  José  O'Neil-Smith "), "jose oneil smith")
        XCTAssertEqual(Folding.organizationKey("Acme Mfg., Inc."), Folding.organizationKey("ACME Manufacturing"))
        XCTAssertEqual(Folding.streetKey("316 North Pulaski Road"), Folding.streetKey("316 N. Pulaski Rd"))
        XCTAssertEqual(Folding.phoneDigits("+1 (555) 123-4567 x89"), "5551234567")
        XCTAssertEqual(Folding.host("https://www.Acme.com/about"), "acme.com")
    }
}
