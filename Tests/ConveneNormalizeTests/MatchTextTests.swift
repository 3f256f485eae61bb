import ConveneNormalize
import XCTest

final class MatchTextTests: XCTestCase {
    func testFold() {
        let cases: [(String, String)] = [
            ("José", "jose"),
            ("  José  GARCÍA-López ", "jose garcia lopez"),
            ("O'Neil", "oneil"),
            ("O’Neil", "oneil"),
            ("Straße", "strasse"),
            ("Søren Ærø", "soren aero"),
            ("Łukasz Żółć", "lukasz zolc"),
            ("Zoë\u{0308}", "zoe"),                 // decomposed diaeresis on top of a precomposed one
            ("Jose\u{0301}", "jose"),               // decomposed acute
            ("Nguyễn Thị Minh", "nguyen thi minh"),
            ("ACME, Inc.", "acme inc"),
            ("a---b...c", "a b c"),
            ("Jane 🙂 Doe", "jane doe"),
            ("🎉", ""),
            ("", ""),
            ("   ", ""),
            ("Иван Петров", "иван петров"),
            ("R2-D2", "r2 d2"),
            ("\u{FEFF}Ann\u{200B}Lee", "annlee"),
        ]
        for (input, want) in cases {
            XCTAssertEqual(MatchText.fold(input), want, "folding \(input.debugDescription)")
        }
    }

    func testCompactKey() {
        XCTAssertEqual(MatchText.compactKey("Mary Ann"), "maryann")
        XCTAssertEqual(MatchText.compactKey("García-López"), "garcialopez")
    }
}
