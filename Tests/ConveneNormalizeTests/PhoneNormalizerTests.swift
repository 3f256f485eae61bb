import ConveneNormalize
import XCTest

final class PhoneNormalizerTests: XCTestCase {
    /// (raw, digits, e164, extension, usable)
    func testUS() {
        let cases: [(String, String, String?, String?, Bool)] = [
            ("(555) 010-1234", "5550101234", "+15550101234", nil, true),
            ("555.010.1234", "5550101234", "+15550101234", nil, true),
            ("555-010-1234", "5550101234", "+15550101234", nil, true),
            ("+1 555 010 1234", "15550101234", "+15550101234", nil, true),
            ("1-555-010-1234 x204", "15550101234", "+15550101234", "204", true),
            ("555-010-1234 ext. 204", "5550101234", "+15550101234", "204", true),
            ("555-010-1234 Ext 204", "5550101234", "+15550101234", "204", true),
            ("555-010-1234 extension 204", "5550101234", "+15550101234", "204", true),
            ("555-010-1234 #204", "5550101234", "+15550101234", "204", true),
            ("555-010-1234,,204", "5550101234", "+15550101234", "204", true),
            ("tel:+1-555-010-1234;ext=204", "15550101234", "+15550101234", "204", true),
            ("  (555)010-1234  ", "5550101234", "+15550101234", nil, true),
            ("5550101234", "5550101234", "+15550101234", nil, true),
            ("5550101234.0", "5550101234", "+15550101234", nil, true),
            ("15550101234.0", "15550101234", "+15550101234", nil, true),
            ("5.55E+09", "5550000000", nil, nil, false),
            ("5.550101234E+09", "5550101234", "+15550101234", nil, true),
            ("010-1234", "0101234", nil, nil, true),
            ("(055) 010-1234", "0550101234", nil, nil, true),
            ("555-010-12345", "55501012345", nil, nil, true),
            ("Cell: 555-010-1234", "5550101234", "+15550101234", nil, true),
        ]
        for (raw, digits, e164, ext, usable) in cases {
            guard let p = PhoneNormalizer.normalize(raw) else { XCTFail("nil for \(raw)"); continue }
            XCTAssertEqual(p.digits, digits, "digits \(raw)")
            XCTAssertEqual(p.e164, e164, "e164 \(raw)")
            XCTAssertEqual(p.extension, ext, "extension \(raw)")
            XCTAssertEqual(p.isUsable, usable, "usable \(raw)")
        }
    }

    func testInternational() {
        let cases: [(String, String, String?)] = [
            ("+44 20 7946 0958", "US", "+442079460958"),
            ("0044 20 7946 0958", "US", "+442079460958"),
            ("020 7946 0958", "GB", "+442079460958"),
            ("+49 30 901820", "US", "+4930901820"),
            ("+1 (604) 555-0199", "CA", "+16045550199"),
            ("(604) 555-0199", "CA", "+16045550199"),
            ("+0 123 4567", "US", nil),
            ("011 44 20 7946 0958", "US", "+442079460958"),
        ]
        for (raw, region, e164) in cases {
            XCTAssertEqual(PhoneNormalizer.normalize(raw, defaultRegion: region)?.e164, e164, raw)
        }
    }

    func testSeveralNumbersInOneCell() {
        XCTAssertEqual(PhoneNormalizer.normalize("(555) 010-1234 / (555) 010-9999")?.e164, "+15550101234")
        let cases: [(String, [String?])] = [
            ("(555) 010-1234 / (555) 010-9999", ["+15550101234", "+15550109999"]),
            ("555-010-1234; 555-010-9999 x12", ["+15550101234", "+15550109999"]),
            ("555-010-1234 or 555-010-9999", ["+15550101234", "+15550109999"]),
            ("555-010-1234,,204", ["+15550101234"]),
            ("555-010-1234", ["+15550101234"]),
            ("", []),
        ]
        for (raw, want) in cases {
            XCTAssertEqual(PhoneNormalizer.extractAll(raw).map(\.e164), want, raw)
        }
        XCTAssertEqual(PhoneNormalizer.extractAll("555-010-1234; 555-010-9999 x12").last?.extension, "12")
    }

    func testNothingToRead() {
        for raw in ["", "   ", "n/a", "call me", "🙂"] {
            XCTAssertNil(PhoneNormalizer.normalize(raw), raw.debugDescription)
        }
    }

    func testMatchKey() {
        XCTAssertEqual(PhoneNormalizer.normalize("555.010.1234")?.matchKey, "+15550101234")
        XCTAssertNil(PhoneNormalizer.normalize("5.55E+09")?.matchKey)
        XCTAssertEqual(PhoneNormalizer.normalize("010-1234")?.matchKey, "0101234")
    }
}
