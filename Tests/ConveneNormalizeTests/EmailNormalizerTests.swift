import ConveneNormalize
import XCTest

final class EmailNormalizerTests: XCTestCase {
    /// (raw, address, valid, role, freeMail)
    func testNormalize() {
        let cases: [(String, String, Bool, Bool, Bool)] = [
            ("Ann.Lee@ACME.com", "ann.lee@acme.com", true, false, false),
            ("  ann@acme.com  ", "ann@acme.com", true, false, false),
            ("mailto:Ann@Acme.com", "ann@acme.com", true, false, false),
            ("MAILTO:ann@acme.com?subject=Hi", "ann@acme.com", true, false, false),
            ("Ann Lee <Ann.Lee@Acme.com>", "ann.lee@acme.com", true, false, false),
            ("\"Lee, Ann\" <ann@acme.com>", "ann@acme.com", true, false, false),
            ("<ann@acme.com>", "ann@acme.com", true, false, false),
            ("ann@acme.com.", "ann@acme.com", true, false, false),
            ("info@acme.com", "info@acme.com", true, true, false),
            ("HR@Acme.com", "hr@acme.com", true, true, false),
            ("office@lakecountywdb.org", "office@lakecountywdb.org", true, true, false),
            ("noreply@zoom.us", "noreply@zoom.us", true, true, false),
            ("no-reply@eventbrite.com", "no-reply@eventbrite.com", true, true, false),
            ("info.chicago@acme.com", "info.chicago@acme.com", true, true, false),
            ("frontdesk@acme.com", "frontdesk@acme.com", true, true, false),
            ("bob.smith77@gmail.com", "bob.smith77@gmail.com", true, false, true),
            ("bsmith@comcast.net", "bsmith@comcast.net", true, false, true),
            ("x@yahoo.com", "x@yahoo.com", true, false, true),
            ("ann.lee@acme", "ann.lee@acme", false, false, false),
            ("ann lee@acme.com", "ann lee@acme.com", false, false, false),
            ("ann@@acme.com", "ann@@acme.com", false, false, false),
            ("ann@acme..com", "ann@acme..com", false, false, false),
            ("@acme.com", "@acme.com", false, false, false),
            ("ann.lee", "ann.lee", false, false, false),
            ("ann@acme.c0m", "ann@acme.c0m", false, false, false),
            ("info@", "info@", false, true, false),
        ]
        for (raw, address, valid, role, free) in cases {
            guard let e = EmailNormalizer.normalize(raw) else { XCTFail("nil for \(raw)"); continue }
            XCTAssertEqual(e.address, address, raw)
            XCTAssertEqual(e.isValid, valid, "valid \(raw)")
            XCTAssertEqual(e.isRoleAddress, role, "role \(raw)")
            XCTAssertEqual(e.isFreeMail, free, "free \(raw)")
        }
    }

    func testEmptyAndPlaceholders() {
        for raw in ["", "   ", "N/A", "none", "-", "\u{FEFF}"] {
            XCTAssertNil(EmailNormalizer.normalize(raw), raw.debugDescription)
        }
    }

    func testParts() {
        let e = EmailNormalizer.normalize("Ann.Lee+events@Acme.COM")!
        XCTAssertEqual(e.local, "ann.lee+events")
        XCTAssertEqual(e.domain, "acme.com")
        XCTAssertEqual(e.matchKey, "ann.lee@acme.com")
        XCTAssertEqual(EmailNormalizer.normalize("Bob.Smith+x@googlemail.com")!.matchKey, "bobsmith@gmail.com")
    }

    func testExtractAll() {
        let cases: [(String, [String])] = [
            ("a@x.com; b@y.com", ["a@x.com", "b@y.com"]),
            ("a@x.com, B@Y.com", ["a@x.com", "b@y.com"]),
            ("a@x.com\nb@y.com", ["a@x.com", "b@y.com"]),
            ("Ann Lee <a@x.com>, \"Smith, Bob\" <b@y.com>", ["a@x.com", "b@y.com"]),
            ("a@x.com / a@x.com", ["a@x.com"]),
            ("a@x.com b@y.com", ["a@x.com", "b@y.com"]),
            ("a@x.com ::: b@y.com", ["a@x.com", "b@y.com"]),   // Google Contacts' separator
            ("", []),
            ("not an email", ["not an email"]),
        ]
        for (raw, want) in cases {
            XCTAssertEqual(EmailNormalizer.extractAll(raw).map(\.address), want, raw.debugDescription)
        }
    }
}
