import ConveneCSV
import ConveneMatch
import ConveneModel
import ConveneNormalize
import ConveneSpreadsheet
import Foundation

/// The files `merge` writes. Every contact value is written as text (never as a formula).
public enum MergeOutput {
    /// An output that could not be written: the path and why.
    public struct WriteFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func writeClusters(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(lineEnding: .lf))
        writer.writeRow(["file", "record", organizations ? "organization_id" : "person_id"])
        for (ref, id) in zip(result.records, result.entityIDs) {
            writer.writeRow([.text(ref.file), .integer(ref.record), .text(id)])
        }
        try write(writer.data, to: path)
    }

    /// The golden-record list's columns.
    public static func goldenHeader(organizations: Bool) -> [String] {
        organizations
            ? ["ID", "Name", "Website", "Phone", "Address", "Domains", "Sources", "Alternates"]
            : ["ID", "Name", "Given name", "Family name", "Email", "Phone", "Organization", "Title", "City", "Sources",
               "Alternates"]
    }

    /// How many golden records the list has.
    public static func goldenCount(_ result: MatchResult, organizations: Bool) -> Int {
        organizations ? result.organizations.count : result.people.count
    }

    /// Golden record `i` as the list's cells, built when written: a million rows are never held at once.
    public static func goldenRow(_ result: MatchResult, _ i: Int, organizations: Bool) -> [String] {
        func alternates(_ a: [String: [Sourced<String>]]) -> String {
            a.keys.sorted().map { field in
                field + ": " + a[field]!.map { "\($0.value) [\($0.source?.reference ?? "?")]" }.joined(separator: "; ")
            }.joined(separator: " | ")
        }
        if organizations {
            let o = result.organizations[i]
            return [o.id.rawValue, o.name, o.website ?? "", o.phone ?? "", o.address ?? "", o.domains.joined(separator: "; "),
                    o.sources.map(\.reference).joined(separator: "; "), alternates(o.alternates)]
        }
        let p = result.people[i]
        return [p.id.rawValue, p.name.displayName, p.name.given ?? "", p.name.family ?? "", p.email ?? "", p.phone ?? "",
                p.organization ?? "", p.title ?? "", p.city ?? "", p.sources.map(\.reference).joined(separator: "; "),
                alternates(p.alternates)]
    }

    public static func writeGoldenCSV(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(byteOrderMark: true))
        let header = goldenHeader(organizations: organizations)
        writer.writeRow(header.map { CSVCell.text($0) })
        let phoneColumn = header.firstIndex(of: "Phone")
        for i in 0..<goldenCount(result, organizations: organizations) {
            let row = goldenRow(result, i, organizations: organizations)
            writer.writeRow(row.enumerated().map { i, value in i == phoneColumn ? phoneCell(value) : CSVCell.text(value) })
        }
        try write(writer.data, to: path)
    }

    /// A phone number as mail-merge tools and spreadsheets read it: North American numbers in national format
    /// ("(608) 555-0101", extension as " x204"), others in E.164 ("+442079460958"). Text neutralization would
    /// write "'+44…", so a value made only of "+" and digits — which cannot be a formula — is written verbatim;
    /// anything else stays protected text.
    public static func phoneCell(_ value: String) -> CSVCell {
        guard let phone = PhoneNormalizer.normalize(value), phone.isUsable, let e164 = phone.e164 else {
            return .text(value)
        }
        let digits = Array(e164.utf8.dropFirst())
        if digits.count == 11, digits.first == UInt8(ascii: "1") {
            let d = String(decoding: digits.dropFirst(), as: UTF8.self)
            let national = "(\(d.prefix(3))) \(d.dropFirst(3).prefix(3))-\(d.suffix(4))"
            return .text(national + (phone.extension.map { " x\($0)" } ?? ""))
        }
        let safe = e164.utf8.first == UInt8(ascii: "+") && digits.allSatisfy { $0 >= 48 && $0 <= 57 } && phone.extension == nil
        return safe ? .verbatim(e164) : .text(value)
    }

    /// What the workbook holds at most; the rest is counted on the sheet and reachable by `--clusters`, `--csv`
    /// and `convene explain`. A person reads the top of a review queue, not 300,000 rows of it.
    public struct WorkbookLimits: Sendable {
        public init() {}
        public var reviewRows = 200
        /// Explanations are written for merged clusters with doubt (a weak link), then others, up to this many.
        public var explainedClusters = 2_000
        /// Rows per sheet before a list continues on the next sheet (Excel's grid ends at 1,048,576 rows).
        public var rowsPerSheet = ExcelLimits.maxRows - 1
    }

    public static func writeWorkbook(_ result: MatchResult, organizations: Bool, to path: String,
                              limits: WorkbookLimits = WorkbookLimits()) throws {
        do {
            // Streams rows to disk: a million people must not be held twice in memory.
            let workbook = try Workbook(destination: URL(fileURLWithPath: path), options: .init(constantMemory: true))
            try sheets(workbook, organizations ? "Organizations" : "People", goldenHeader(organizations: organizations),
                       count: goldenCount(result, organizations: organizations), limits: limits) { i in
                goldenRow(result, i, organizations: organizations)
            }

            let reviewHeader = ["Record A", "Record B", "Probability", "Records affected", "Why asked", "Evidence"]
            let queue = result.reviewList.prefix(limits.reviewRows)
            var reviewRows = queue.map { item in
                [item.a.description, item.b.description, String(format: "%.3f", item.probability),
                 String(item.recordsAffected), item.reason ?? "unsure",
                 item.explanation.terms.map { "\($0.comparison): \($0.level) (\(String(format: "%+.1f", $0.weight)))" }
                    .joined(separator: "; ")]
            }
            let rest = result.statistics.reviewPairs - queue.count
            if rest > 0 {
                reviewRows.append(["", "", "", "", "… and \(rest) more questions, ranked lower (convene explain FILES --pair A B shows any pair)", ""])
            }
            try sheets(workbook, "Review", reviewHeader, reviewRows, limits: limits)

            let merged = result.clusters.filter { $0.members.count > 1 }
            let chosen = (merged.filter(\.isWeak) + merged.filter { !$0.isWeak }).prefix(limits.explainedClusters)
            var explanationRows: [[String]] = []
            for cluster in chosen {
                for l in cluster.links {
                    guard let e = result.explanation(of: result.links[l]) else { continue }
                    explanationRows += e.tableRows.map { [cluster.id] + $0 }
                }
            }
            if merged.count > chosen.count {
                explanationRows.append(["… \(merged.count - chosen.count) more merged clusters (weak ones first above); "
                                        + "convene explain FILES --pair A B shows any of them"])
            }
            try sheets(workbook, "Explanations", MatchResult.explanationHeader, explanationRows, limits: limits)
            var parameterRows = result.settings.parameterRows
            parameterRows.insert(["parameters", result.statistics.parameterSource, "", "", "", ""], at: 0)
            try sheets(workbook, "Parameters", MatchSettings.parameterHeader, parameterRows, limits: limits)
            try workbook.close()
        } catch let failure as WriteFailure {
            throw failure
        } catch {
            throw WriteFailure(message: "\(path): could not write the workbook (\(error))")
        }
    }

    /// Writes rows on one sheet, continuing on "Name (2)", "Name (3)" … past Excel's last row.
    public static func sheets(_ workbook: Workbook, _ name: String, _ header: [String], _ rows: [[String]],
                              limits: WorkbookLimits) throws {
        try sheets(workbook, name, header, count: rows.count, limits: limits) { rows[$0] }
    }

    /// Writes `count` rows, each made by `row(i)` as it is written (constant memory), on one sheet or several.
    public static func sheets(_ workbook: Workbook, _ name: String, _ header: [String], count: Int,
                              limits: WorkbookLimits, row: (Int) throws -> [String]) throws {
        var start = 0, part = 1
        repeat {
            let end = min(count, start + limits.rowsPerSheet)
            let sheet = try workbook.addWorksheet(named: part == 1 ? name : "\(name) (\(part))")
            // Panes before rows: in constant-memory mode rows are flushed as they are written.
            try sheet.freezePanes(rows: 1)
            try sheet.writeRow(header.map { CellValue.string($0) }, row: 0)
            for i in start..<end {
                // .string: contact text is data, never a formula.
                try sheet.writeRow(try row(i).map { CellValue.string($0) }, row: i - start + 1)
            }
            start = end
            part += 1
        } while start < count
    }

    /// Fails before any work when `path` cannot be written (a missing folder, no permission): a run must never
    /// end in an output error after minutes of matching.
    public static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let probe = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).convene-check-\(getpid())")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw WriteFailure(message: "\(path): cannot write there (no such folder, or no permission)")
        }
        try? FileManager.default.removeItem(at: probe)
    }

    public static func write(_ data: Data, to path: String) throws {
        do {
            try CSVWriter.writeAtomically(data, to: URL(fileURLWithPath: path))
        } catch {
            throw WriteFailure(message: "\(path): could not write (\(error.localizedDescription))")
        }
    }
}
