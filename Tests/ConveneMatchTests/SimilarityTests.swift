import ConveneNormalize
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
        XCTAssertEqual(Folding.streetKey("316 North Pulaski Road"), Folding.streetKey("316 N. Pulaski Rd"))
        XCTAssertEqual(Folding.phoneKey("+1 (608) 555-0101 x89"), Folding.phoneKey("608.555.0101"))
        XCTAssertEqual(Folding.phoneKey("555-01"), "")
        XCTAssertEqual(Folding.emailKey(" Jane.Doe+events@GMAIL.com"), Folding.emailKey("janedoe@gmail.com"))
        // The fast paths for values the importer already normalized give exactly what the normalizers give.
        for address in ["ann.lee@acme.org", "ann.lee+x@acme.org", "a.b@gmail.com", "x@y", "ann@acme.org.", "Ann@acme.org"] {
            XCTAssertEqual(Folding.emailKey(address), EmailNormalizer.normalize(address)?.matchKey ?? address.lowercased(), address)
        }
        for phone in ["+16085550101", "+442079460958", "+1608555", "+12345678", "+11234567890", "+10005550101", "+4420794609581234"] {
            XCTAssertEqual(Folding.phoneKey(phone), PhoneNormalizer.normalize(phone)?.matchKey ?? "", phone)
        }
        XCTAssertTrue(Folding.isRoleEmail("info@acme.com"))
        XCTAssertFalse(Folding.isRoleEmail("jane@acme.com"))
        XCTAssertEqual(Folding.host("https://www.Acme.com/about"), "acme.com")
    }
}
