import ConveneImport
import ConveneMatch
import ConveneModel
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

/// Generates `count` synthetic contacts, writes them to a CSV file, imports that file through the real import
/// path (ConveneImport: CSV reading, header mapping, name/email/phone normalization), then matches and clusters
/// the imported records. Prints each phase, total wall time, peak RSS and F1.
func runScale(count: Int, seed: UInt64) {
    var generator = SyntheticContacts(seed: seed)
    let t0 = Date()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("convene-synthetic-\(count)-\(getpid()).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    // The generated records live only until written: the run below holds just what the importer read.
    let truth: [Int]
    do {
        let (generated, generatedTruth) = generator.generate(count: count)
        try writeContactsCSV(generated, to: url)
        truth = generatedTruth
    } catch {
        print("synthetic \(count): could not write \(url.path): \(error)")
        return
    }
    let t1 = Date()
    let records: [ContactRecord]
    do {
        // As `convene merge` reads: matching needs no raw cell values.
        var options = ImportOptions()
        options.keepsRawValues = false
        records = try Importer.read(url: url, options: options).contacts
    } catch {
        print("synthetic \(count): import failed: \(error)")
        return
    }
    guard records.count == truth.count else {
        print("synthetic \(count): imported \(records.count) of \(truth.count) records")
        return
    }
    let t2 = Date()
    let rssAfterImport = peakRSSMiB()
    let result = Matcher.run(records: records, settings: tuned(.people()))
    let t3 = Date()
    let score = Score(predicted: result.entityIDs, truth: truth.map(String.init))
    print(String(format: "synthetic %d: generate+write CSV %.2f s, import %.2f s, match+cluster+golden %.2f s, import+match total %.2f s, candidate pairs %d, clusters %d (true %d), precision %.4f, recall %.4f, F1 %.4f, exact clusters %.4f, peak RSS %.0f MiB (%.0f MiB by the end of import)",
                 count, t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), t3.timeIntervalSince(t2),
                 t3.timeIntervalSince(t1), result.statistics.candidatePairs,
                 result.statistics.clusters, Set(truth).count, score.precision, score.recall, score.f1,
                 score.exactClusters, peakRSSMiB(), rssAfterImport))
    print("  phases: " + result.statistics.phaseSeconds.sorted { $0.key < $1.key }
        .map { String(format: "%@ %.2f s", $0.key, $0.value) }.joined(separator: ", "))
    if showParameters { print(describe(result), terminator: "") }
}

/// The synthetic contacts as a contact-list export (one row each, a second email column where there is one).
func writeContactsCSV(_ records: [ContactRecord], to url: URL) throws {
    func field(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "" }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
    var out = "First Name,Last Name,Email,Email 2,Phone,Organization,Title,City\n"
    out.reserveCapacity(records.count * 120)
    for r in records {
        let cells: [String?] = [r.name.given, r.name.family, r.emails.first, r.emails.dropFirst().first,
                                r.phones.first, r.organization, r.title, r.city]
        out += cells.map(field).joined(separator: ",")
        out += "\n"
    }
    try Data(out.utf8).write(to: url)
}
