import ConveneMatch
import Foundation

// bench-match — match quality on the labelled sets and speed at scale.
//
//   swift run -c release bench-match [--data DIR]            evaluate on fake_1000 and csv_example
//   swift run -c release bench-match --scale N [--data …]    generate N synthetic contacts, match, print time/RSS/F1
//
// DIR defaults to ../shared/benchmarks relative to the current directory (the repo root).
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let showParameters = arguments.contains("--parameters")
/// `--threshold P` overrides the match threshold (for sweeping; the defaults are what the engine ships).
func tuned(_ settings: MatchSettings) -> MatchSettings {
    var s = settings
    if let t = option("--threshold").flatMap(Double.init) { s.matchThreshold = t }
    if let a = option("--min-average").flatMap(Double.init) { s.minimumAverageLinkWeight = a }
    return s
}
let dataDir = option("--data") ?? "../shared/benchmarks"

if let n = option("--scale").flatMap(Int.init) {
    runScale(count: n, seed: UInt64(option("--seed") ?? "") ?? 42)
} else {
    do {
        print(try evaluatePeople(dataDir + "/fake_1000.csv"))
        print(try evaluateOrganizations(dataDir + "/csv_example_input_with_true_ids.csv"))
    } catch {
        FileHandle.standardError.write(Data("bench-match: \(error)\n".utf8))
        exit(1)
    }
}
