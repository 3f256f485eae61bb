import ConveneMatch
import Foundation

/// Peak resident set size in MiB (Linux VmHWM).
func peakRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return kb / 1024
    }
    return 0
}

/// Generates `count` synthetic contacts, matches and clusters them, prints time, peak RSS and F1.
func runScale(count: Int, seed: UInt64) {
    var generator = SyntheticContacts(seed: seed)
    let t0 = Date()
    let (records, truth) = generator.generate(count: count)
    let t1 = Date()
    let result = Matcher.run(records: records, settings: tuned(.people()))
    let t2 = Date()
    let score = Score(predicted: result.entityIDs, truth: truth.map(String.init))
    print(String(format: "synthetic %d: generate %.2f s, match+cluster+golden %.2f s, candidate pairs %d, clusters %d (true %d), precision %.4f, recall %.4f, F1 %.4f, exact clusters %.4f, peak RSS %.0f MiB",
                 count, t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), result.statistics.candidatePairs,
                 result.statistics.clusters, Set(truth).count, score.precision, score.recall, score.f1,
                 score.exactClusters, peakRSSMiB()))
    print("  phases: " + result.statistics.phaseSeconds.sorted { $0.key < $1.key }
        .map { String(format: "%@ %.2f s", $0.key, $0.value) }.joined(separator: ", "))
    if showParameters { print(describe(result), terminator: "") }
}
