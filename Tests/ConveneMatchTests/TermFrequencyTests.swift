import ConveneModel
import XCTest
@testable import ConveneMatch

/// Term-frequency corrections keep agreement monotone: a name that agrees less than exactly never weighs more
/// than the exact full name would.
final class TermFrequencyTests: XCTestCase {
    /// Twelve different David Holbys (each with their own email and city) among 300 people, and one Dave Holby.
    private func records() -> [ContactRecord] {
        var out: [ContactRecord] = []
        for k in 0..<12 {
            out.append(contact(out.count + 1, "David", "Holby", email: "dh\(k)@firm\(k).example.com", city: "City \(k)"))
        }
        out.append(contact(out.count + 1, "Dave", "Holby", email: "dave@elsewhere.example.com"))
        let given = ["Ann", "Raj", "Lena", "Omar", "Iris", "Theo", "Mina", "Cole", "Nia", "Ravi", "Eden", "Kai", "Zoe", "Ugo", "Ada"]
        for k in 0..<287 {
            out.append(contact(out.count + 1, given[k % given.count], "Family\(k)", email: "p\(k)@example.org"))
        }
        return out
    }

    private func nameWeight(_ report: PairReport) -> Double {
        report.explanation.terms.filter { $0.comparison == "first name" || $0.comparison == "last name" }
            .reduce(0) { $0 + $1.weight }
    }

    func testANicknameIsNoStrongerThanTheExactFullName() throws {
        var settings = MatchSettings.people()
        settings.estimateParameters = false          // the defaults' m and u, so only the frequencies vary
        let all = records()
        let ref = { (n: Int) in RecordRef(file: "list.csv", record: n) }
        let exact = try XCTUnwrap(Matcher.explainPair(records: all, ref(1), ref(2), settings: settings))
        let nickname = try XCTUnwrap(Matcher.explainPair(records: all, ref(1), ref(13), settings: settings))
        XCTAssertEqual(exact.explanation.terms.first?.level.hasPrefix("exact (full name, frequency -"), true,
                       "\(exact.explanation.text)")
        XCTAssertEqual(nickname.explanation.terms.first?.level.hasPrefix("nickname (no stronger than the exact full name -"),
                       true, nickname.explanation.text)
        XCTAssertLessThanOrEqual(nameWeight(nickname), nameWeight(exact) + 1e-9,
                                 "\(nickname.explanation.text)\n\(exact.explanation.text)")
        // Full names each record alone carries say nothing of how common they are: Ann Family0 / Anne Family0
        // keeps its nickname weight.
        var rare = all
        rare.append(contact(rare.count + 1, "Anne", "Family0"))
        let rarePair = try XCTUnwrap(Matcher.explainPair(records: rare, ref(14), ref(rare.count), settings: settings))
        XCTAssertFalse(rarePair.explanation.text.contains("no stronger than"), rarePair.explanation.text)
    }
}
