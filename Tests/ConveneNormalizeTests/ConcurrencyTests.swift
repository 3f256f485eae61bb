import ConveneModel
import ConveneNormalize
import Dispatch
import XCTest

/// The match engine normalizes records on several threads: every function is pure over immutable tables, so
/// 64 threads hammering them at once must all get the single-threaded answers (run under TSan to check races).
final class ConcurrencyTests: XCTestCase {
    static let inputs = ["SMITH, ROBERT J JR", "Dr. Maria José García-López, PhD", "bob.smith@gmail.com",
                         "The Acme Mfg. Co., Inc.", "(555) 010-1234 x204", "3/5/24, 9:58:12 AM", "Peggy"]

    @Sendable static func summary(_ s: String) -> String {
        let n = NameParser.parse(s)
        return [n.given ?? "", n.family ?? "", MatchText.fold(s), OrganizationNormalizer.key(s),
                EmailNormalizer.normalize(s)?.address ?? "", PhoneNormalizer.normalize(s)?.e164 ?? "",
                DateTimeParser.dateTime(s)?.iso8601 ?? "", Nicknames.variants(of: s).sorted().joined(separator: ","),
                OrganizationNormalizer.inferKind(name: s, emailDomain: nil).rawValue].joined(separator: "|")
    }

    func testSameResultsOnManyThreads() {
        let count = Self.inputs.count
        let expected = Self.inputs.map(Self.summary)
        let results = UnsafeMutableBufferPointer<String>.allocate(capacity: 64 * count)
        results.initialize(repeating: "")
        defer { results.deallocate() }
        let base = UInt(bitPattern: results.baseAddress)
        // Each iteration writes only its own slots, so the buffer needs no lock.
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let buffer = UnsafeMutablePointer<String>(bitPattern: base)!
            for (j, s) in Self.inputs.enumerated() { buffer[i * count + j] = Self.summary(s) }
        }
        for i in 0..<64 {
            XCTAssertEqual(Array(results[(i * count)..<((i + 1) * count)]), expected, "thread \(i)")
        }
    }
}
