import ConveneCSV
import ConveneMatch
import ConveneModel
import Foundation

/// Pairwise precision / recall / F1 over all pairs placed in one cluster, and the share of true clusters
/// recovered exactly — the scoring described in shared/benchmarks/README.md.
struct Score {
    var precision: Double
    var recall: Double
    var f1: Double
    var exactClusters: Double

    init(predicted: [String], truth: [String]) {
        func pairs(_ labels: [String]) -> [String: [Int]] {
            var groups: [String: [Int]] = [:]
            for (i, l) in labels.enumerated() { groups[l, default: []].append(i) }
            return groups
        }
        let p = pairs(predicted), t = pairs(truth)
        func choose2(_ n: Int) -> Double { Double(n * (n - 1) / 2) }
        let predictedPairs = p.values.reduce(0) { $0 + choose2($1.count) }
        let truePairs = t.values.reduce(0) { $0 + choose2($1.count) }
        var both: [String: Int] = [:]
        for i in predicted.indices { both[predicted[i] + "\u{1}" + truth[i], default: 0] += 1 }
        let agreed = both.values.reduce(0) { $0 + choose2($1) }
        precision = predictedPairs == 0 ? 1 : agreed / predictedPairs
        recall = truePairs == 0 ? 1 : agreed / truePairs
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let predictedSets = Set(p.values.map { $0.sorted() })
        exactClusters = Double(t.values.filter { predictedSets.contains($0.sorted()) }.count) / Double(max(1, t.count))
    }

    func line(_ name: String, records: Int, result: MatchResult, seconds: Double) -> String {
        String(format: "%@: records %d, candidate pairs %d, clusters %d, precision %.4f, recall %.4f, F1 %.4f, exact clusters %.4f, %.2f s",
               name, records, result.statistics.candidatePairs, result.statistics.clusters, precision, recall, f1,
               exactClusters, seconds)
    }
}

/// Reads a labelled CSV in place (never copied): header → column index, and the data rows.
func readTable(_ path: String) throws -> (header: [String: Int], rows: [[String]]) {
    let doc = try CSVReader.read(contentsOf: URL(fileURLWithPath: path))
    let records = doc.records.filter { !$0.isBlank }
    guard let head = records.first else { return ([:], []) }
    var header: [String: Int] = [:]
    for (i, h) in head.fields.enumerated() { header[h.trimmingCharacters(in: .whitespaces)] = i }
    return (header, records.dropFirst().map(\.fields))
}

/// With `--parameters`, the estimated m/u per level (to see what the engine learned).
func describe(_ result: MatchResult) -> String {
    var out = String(format: "  prior %.5f, proposed %@\n", result.settings.prior,
                     result.statistics.proposedPairsByKey.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    for c in result.settings.comparisons {
        out += "  \(c.name): " + c.levels.dropFirst().map { String(format: "%@ m=%.3f u=%.4f w=%.1f", $0.label, $0.m, $0.u, $0.weight) }
            .joined(separator: " | ") + "\n"
    }
    return out
}

func cell(_ row: [String], _ header: [String: Int], _ name: String) -> String? {
    guard let i = header[name], i < row.count else { return nil }
    let v = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
    return v.isEmpty ? nil : v
}

/// fake_1000: people with first_name, surname, dob, city, email; truth in `cluster`.
func evaluatePeople(_ path: String) throws -> String {
    let (h, rows) = try readTable(path)
    let file = (path as NSString).lastPathComponent
    var records: [ContactRecord] = []
    var truth: [String] = []
    for (i, row) in rows.enumerated() {
        let given = cell(row, h, "first_name"), family = cell(row, h, "surname")
        let raw = [given, family].compactMap { $0 }.joined(separator: " ")
        records.append(ContactRecord(source: SourceRecord(file: file, record: i + 1),
                                     name: PersonName(raw: raw, given: given, family: family),
                                     emails: cell(row, h, "email").map { [$0] } ?? [], city: cell(row, h, "city"),
                                     dateOfBirth: cell(row, h, "dob")))
        truth.append(cell(row, h, "cluster") ?? "row\(i)")
    }
    let start = Date()
    let result = Matcher.run(records: records, settings: tuned(.people()))
    let seconds = Date().timeIntervalSince(start)
    if showParameters { print(describe(result), terminator: "") }
    if ProcessInfo.processInfo.environment["BENCH_MISSED"] != nil { printMissed(result, truth: truth, rows: rows) }
    return Score(predicted: result.entityIDs, truth: truth).line(file, records: records.count, result: result, seconds: seconds)
}

/// With BENCH_MISSED set: true pairs left in different clusters (first 60), with their best probability if they
/// were scored at all — to tell blocking misses from scoring misses.
func printMissed(_ result: MatchResult, truth: [String], rows: [[String]]) {
    var best: [Int: Double] = [:]
    for l in result.links { best[min(l.a, l.b) * 1_000_000 + max(l.a, l.b)] = l.probability }
    for r in result.reviewList {   // review items name source records; fake_1000 numbers them row + 1
        let a = r.a.record - 1, b = r.b.record - 1
        best[min(a, b) * 1_000_000 + max(a, b)] = r.probability
    }
    var groups: [String: [Int]] = [:]
    for (i, t) in truth.enumerated() { groups[t, default: []].append(i) }
    var shown = 0
    for g in groups.values.sorted(by: { $0[0] < $1[0] }) where shown < 60 {
        for x in 0..<g.count { for y in (x + 1)..<g.count where shown < 60 {
            let a = g[x], b = g[y]
            guard result.entityIDs[a] != result.entityIDs[b] else { continue }
            shown += 1
            let p = best[a * 1_000_000 + b].map { String(format: "%.3f", $0) } ?? "-"
            FileHandle.standardError.write(Data("\(p)\t\(rows[a].joined(separator: "|"))\t\(rows[b].joined(separator: "|"))\n".utf8))
            if shown <= 8, let e = result.explain(result.records[a], result.records[b]) {
                FileHandle.standardError.write(Data((e.text + "\n").utf8))
            }
        } }
    }
}

/// csv_example: organizations (early-childhood sites) with name, address, zip, phone; truth in `True Id`.
func evaluateOrganizations(_ path: String) throws -> String {
    let (h, rows) = try readTable(path)
    let file = (path as NSString).lastPathComponent
    var records: [OrganizationRecord] = []
    var truth: [String] = []
    for (i, row) in rows.enumerated() {
        records.append(OrganizationRecord(source: SourceRecord(file: file, record: i + 1),
                                          name: cell(row, h, "Site name") ?? "", street: cell(row, h, "Address"),
                                          postalCode: cell(row, h, "Zip"), phone: cell(row, h, "Phone"),
                                          website: cell(row, h, "Website"), email: cell(row, h, "Email Address")))
        truth.append(cell(row, h, "True Id") ?? "row\(i)")
    }
    let start = Date()
    let result = Matcher.run(organizations: records, settings: tuned(.organizations()))
    let seconds = Date().timeIntervalSince(start)
    if showParameters {
        // The largest clusters, to see what the engine over-merges.
        for c in result.clusters.sorted(by: { $0.members.count > $1.members.count }).prefix(3) {
            print("  cluster \(c.id) (\(c.members.count)):")
            for m in c.members.prefix(12) {
                print("    \(truth[m]) | \(records[m].name) | \(records[m].street ?? "") | \(records[m].phone ?? "")")
            }
            if let l = c.links.first.map({ result.links[$0] }), let e = result.explanation(of: l) { print(e.text) }
        }
    }
    if showParameters { print(describe(result), terminator: "") }
    return Score(predicted: result.entityIDs, truth: truth).line(file, records: records.count, result: result, seconds: seconds)
}
