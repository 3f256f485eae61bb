import ConveneTestSupport
import Foundation
import XCTest
@testable import ConveneMatch

final class TrainingTests: XCTestCase {
    /// EM recovers known m and the prior from pattern counts drawn from a known model (u held fixed, as in runs).
    func testEMRecoversKnownM() {
        let trueM: [[Double]] = [[0, 0.7, 0.2, 0.1], [0, 0.85, 0.15], [0, 0.6, 0.3, 0.1]]
        let trueU: [[Double]] = [[0, 0.02, 0.08, 0.90], [0, 0.05, 0.95], [0, 0.01, 0.04, 0.95]]
        let lambda = 0.3, total = 200_000.0
        // Exact expected counts of every pattern (no sampling noise): EM should land on the truth.
        var patterns: [UInt64: Int] = [:]
        for a in 1...3 { for b in 1...2 { for c in 1...3 {
            let pm = trueM[0][a] * trueM[1][b] * trueM[2][c], pu = trueU[0][a] * trueU[1][b] * trueU[2][c]
            let count = Int((total * (lambda * pm + (1 - lambda) * pu)).rounded())
            patterns[UInt64(a) | UInt64(b) << 4 | UInt64(c) << 8] = count
        } } }
        var levels: [[ComparisonLevel]] = trueU.map { us in
            us.enumerated().map { i, u in ComparisonLevel(label: "\(i)", m: i == 0 ? 1 : 1 / Double(us.count - 1), u: i == 0 ? 1 : u, isNull: i == 0) }
        }
        var prior = 0.1
        Training.estimateM(patterns: patterns, levels: &levels, prior: &prior, iterations: 200)
        XCTAssertEqual(prior, lambda, accuracy: 0.01)
        for i in 0..<3 { for l in 1..<trueM[i].count { XCTAssertEqual(levels[i][l].m, trueM[i][l], accuracy: 0.02, "comparison \(i) level \(l)") } }
    }

    func testUFromRandomPairsAndDefaultsWhenSmall() {
        // 400 people, all different: u(exact last name) is about the chance two random people share one.
        let families = ["Smith", "Jones", "Brown", "Garcia"]
        let records = (0..<400).map { i in contact(i + 1, "Given\(i)", families[i % 4]) }
        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        let settings = MatchSettings.people()
        var levels = settings.comparisons.map(\.levels)
        Training.estimateU(Comparer(table: table, comparisons: settings.comparisons), recordCount: 400, sampleSize: 20_000,
                           seed: 1, into: &levels)
        XCTAssertEqual(levels[1][1].u, 0.25, accuracy: 0.02)
        // Too small to estimate: the run keeps the defaults and says so.
        let small = Matcher.run(records: Array(records.prefix(10)))
        XCTAssertFalse(small.statistics.parametersEstimated)
        XCTAssertEqual(small.settings.comparisons, settings.comparisons)
    }

    func testSettingsRoundTripAsOneCodableValue() throws {
        let r = Matcher.run(records: [contact(1, "Bob", "Smith"), contact(2, "Bob", "Smith")])
        let data = try JSONEncoder().encode(r)
        let back = try JSONDecoder().decode(MatchResult.self, from: data)
        XCTAssertEqual(back.settings, r.settings)
        XCTAssertEqual(back.entityIDs, r.entityIDs)
    }
}

/// A run says where it is as each phase starts — what `merge`, `rebuild` and a first import show on a terminal
/// while a million contacts are matched: in order, with the counts the run has at that point, and training only
/// when the run estimates its parameters.
final class MatchPhaseTests: XCTestCase {
    private final class Phases: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [MatchPhase] = []
        var all: [MatchPhase] { lock.lock(); defer { lock.unlock() }; return seen }
        func add(_ p: MatchPhase) { lock.lock(); seen.append(p); lock.unlock() }
    }

    func testARunReportsEachPhaseAsItStarts() {
        let records = ConvenerYear.files().flatMap(\.records)
        let phases = Phases()
        let result = Matcher.run(records: records, progress: { phases.add($0) })
        XCTAssertTrue(result.statistics.parametersEstimated)
        let pairs = result.statistics.candidatePairs
        XCTAssertEqual(phases.all, [.features(records: records.count), .blocking, .comparing(pairs: pairs), .training,
                                    .scoring(pairs: pairs), .clustering, .goldenRecords(people: result.clusters.count)])
        XCTAssertEqual(MatchPhase.comparing(pairs: pairs).description, "comparing \(pairs) candidate pairs")

        let small = Phases()
        let few = Array(records.prefix(3))
        let r = Matcher.run(records: few, progress: { small.add($0) })
        XCTAssertFalse(small.all.contains(.training), "\(r.statistics.parameterSource): nothing is estimated")
        XCTAssertEqual(small.all.first, .features(records: 3))
        XCTAssertEqual(small.all.last, .goldenRecords(people: r.clusters.count))
    }
}
