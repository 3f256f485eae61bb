import ConveneCSV
import ConveneMatch
import ConveneModel
import ConveneNormalize
import ConveneSpreadsheet
import Foundation

/// The files `merge` writes. Every contact value is written as text (never as a formula).
///
/// ```swift
/// let result = Matcher.run(records: contacts)
/// try MergeOutput.checkWritable("out/people.xlsx")   // before minutes of matching, not after
/// try MergeOutput.writeWorkbook(result, organizations: false, to: "out/people.xlsx")
/// try MergeOutput.writeGoldenCSV(result, organizations: false, to: "out/people.csv")
/// ```
public enum MergeOutput {
    /// An output that could not be written: the path and why.
    ///
    /// ```swift
    /// do {
    ///     try MergeOutput.checkWritable("/no/such/folder/people.xlsx")
    /// } catch let failure as MergeOutput.WriteFailure {
    ///     print(failure)   // /no/such/folder/people.xlsx: cannot write there (no such folder, or no permission)
    /// }
    /// ```
    public struct WriteFailure: Error, CustomStringConvertible {
        /// The path and why, in one line: `out/people.csv: could not write (…)`.
        public var message: String
        /// The ``message``.
        public var description: String { message }
    }

    /// Writes `--clusters`: one line per record (file, record number, person or organization ID), LF line
    /// endings, for scripts to join against their own files.
    ///
    /// ```swift
    /// try MergeOutput.writeClusters(Matcher.run(records: contacts), organizations: false, to: "clusters.csv")
    /// // file,record,person_id
    /// // a.csv,3,P000001
    /// ```
    public static func writeClusters(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(lineEnding: .lf))
        writer.writeRow(["file", "record", organizations ? "organization_id" : "person_id"])
        for (ref, id) in zip(result.records, result.entityIDs) {
            writer.writeRow([.text(ref.file), .integer(ref.record), .text(id)])
        }
        try write(writer.data, to: path)
    }

    /// The golden-record list's columns.
    ///
    /// ```swift
    /// let header = MergeOutput.goldenHeader(organizations: false)   // the People sheet's first row
    /// ```
    public static func goldenHeader(organizations: Bool) -> [String] {
        organizations
            ? ["ID", "Name", "Website", "Phone", "Address", "Domains", "Sources", "Alternates"]
            : ["ID", "Name", "Given name", "Family name", "Email", "Phone", "Organization", "Title"]
                + MailingLists.addressHeader + ["Sources", "Alternates"]
    }

    /// How many golden records the list has.
    ///
    /// ```swift
    /// let rows = (0..<MergeOutput.goldenCount(result, organizations: false)).map {
    ///     MergeOutput.goldenRow(result, $0, organizations: false)
    /// }
    /// ```
    public static func goldenCount(_ result: MatchResult, organizations: Bool) -> Int {
        organizations ? result.organizations.count : result.people.count
    }

    /// Golden records `range` as cells, built on every core (each row depends only on its own record).
    ///
    /// ```swift
    /// let rows = MergeOutput.goldenRows(result, 0..<8_192, organizations: false)
    /// rows[0][0]   // "P000001"
    /// ```
    public static func goldenRows(_ result: MatchResult, _ range: Range<Int>, organizations: Bool) -> [[String]] {
        Parallel.map(Array(range), minimumChunk: 1_024) { goldenRow(result, $0, organizations: organizations) }
    }

    /// Golden record `i` as the list's cells, built when written: a million rows are never held at once.
    ///
    /// ```swift
    /// let first = MergeOutput.goldenRow(result, 0, organizations: false)   // cells in goldenHeader's order
    /// ```
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
        return [p.id.rawValue, p.name.displayName, p.name.given ?? "", p.name.family ?? "", p.email ?? "", MailingLists.displayPhone(p.phone),
                p.organization ?? "", p.title ?? ""] + MailingLists.addressCells(p)
            + [p.sources.map(\.reference).joined(separator: "; "), alternates(p.alternates)]
    }

    /// Writes `--csv`: the golden-record list as UTF-8 CSV with a byte-order mark (Excel opens it correctly),
    /// every value formula-safe and phone numbers as ``phoneCell(_:)`` writes them.
    ///
    /// ```swift
    /// try MergeOutput.writeGoldenCSV(Matcher.run(records: contacts), organizations: false, to: "people.csv")
    /// ```
    public static func writeGoldenCSV(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(byteOrderMark: true))
        let header = goldenHeader(organizations: organizations)
        writer.writeRow(header.map { CSVCell.text($0) })
        let phoneColumn = header.firstIndex(of: "Phone")
        for i in 0..<goldenCount(result, organizations: organizations) {
            let row = goldenRow(result, i, organizations: organizations)
            writer.writeRow(ReportTable.csvCells(row, phoneColumn: phoneColumn))
        }
        try write(writer.data, to: path)
    }

    /// A phone number as mail-merge tools and spreadsheets read it: North American numbers in national format
    /// ("(608) 555-0101", extension as " x204"), others in E.164 ("+442079460958"). Text neutralization would
    /// write "'+44…", so a value made only of "+" and digits — which cannot be a formula — is written verbatim;
    /// anything else stays protected text. The workspace's stored form ("+16085550101;ext=204") reads the same
    /// way, and so does this function's own output: every CSV Convene writes shows a phone one way.
    ///
    /// ```swift
    /// MergeOutput.phoneCell("608-555-0101 x204")      // .text("(608) 555-0101 x204")
    /// MergeOutput.phoneCell("+16085550101;ext=204")   // .text("(608) 555-0101 x204")
    /// MergeOutput.phoneCell("+44 20 7946 0958")       // .verbatim("+442079460958")
    /// ```
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
        return safe ? .verbatim(e164) : .text(e164 + (phone.extension.map { " x\($0)" } ?? ""))
    }

    /// What the workbook holds at most; the rest is counted on the sheet and reachable by `--clusters`, `--csv`
    /// and `convene explain`. A person reads the top of a review queue, not 300,000 rows of it.
    ///
    /// ```swift
    /// var limits = MergeOutput.WorkbookLimits()
    /// limits.reviewRows = 500
    /// try MergeOutput.writeWorkbook(result, organizations: false, to: "people.xlsx", limits: limits)
    /// ```
    public struct WorkbookLimits: Sendable {
        /// The defaults: 200 review rows, 2,000 explained clusters, Excel's full sheet height.
        ///
        /// ```swift
        /// let limits = MergeOutput.WorkbookLimits()
        /// ```
        public init() {}
        /// Review questions written, from the top of the queue (the rest are counted in a last line).
        public var reviewRows = 200
        /// Explanations are written for merged clusters with doubt (a weak link), then others, up to this many.
        public var explainedClusters = 2_000
        /// Rows per sheet before a list continues on the next sheet (Excel's grid ends at 1,048,576 rows).
        public var rowsPerSheet = ExcelLimits.maxRows - 1
    }

    /// Writes `-o people.xlsx`: the golden records (People or Organizations), the top of the review queue, the
    /// explanations of merged clusters (weak ones first) and the model's parameters, streamed in constant memory.
    ///
    /// ```swift
    /// let result = Matcher.run(records: contacts)
    /// try MergeOutput.writeWorkbook(result, organizations: false, to: "people.xlsx")
    /// ```
    ///
    /// - Throws: ``WriteFailure`` naming the path when the workbook cannot be written.
    public static func writeWorkbook(_ result: MatchResult, organizations: Bool, to path: String,
                              limits: WorkbookLimits = WorkbookLimits()) throws {
        do {
            // Streams rows to disk: a million people must not be held twice in memory.
            let workbook = try Workbook(destination: URL(fileURLWithPath: path), options: .init(constantMemory: true))
            // The rows are built a block at a time on every core while this thread writes (libxlsxwriter is
            // single-threaded); a block is small, so memory stays flat.
            let count = goldenCount(result, organizations: organizations)
            var block: [[String]] = [], blockStart = 0
            try sheets(workbook, organizations ? "Organizations" : "People", goldenHeader(organizations: organizations),
                       count: count, limits: limits) { i in
                if i >= blockStart + block.count || i < blockStart {
                    blockStart = i
                    block = goldenRows(result, i..<min(count, i + 8_192), organizations: organizations)
                }
                return block[i - blockStart]
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
            if !result.statistics.untiedRecords.isEmpty, result.settings.entity == .person {
                parameterRows.insert(["untied records of a name", result.statistics.untiedRecords, "", "", "", ""], at: 1)
            }
            try sheets(workbook, "Parameters", MatchSettings.parameterHeader, parameterRows, limits: limits)
            try workbook.close()
        } catch let failure as WriteFailure {
            throw failure
        } catch {
            throw WriteFailure(message: "\(path): could not write the workbook (\(error))")
        }
    }

    /// Writes rows on one sheet, continuing on "Name (2)", "Name (3)" … past Excel's last row.
    ///
    /// ```swift
    /// try MergeOutput.sheets(workbook, "Review", ["Record A", "Record B"], [["a.csv#3", "b.csv#17"]],
    ///                        limits: MergeOutput.WorkbookLimits())
    /// ```
    public static func sheets(_ workbook: Workbook, _ name: String, _ header: [String], _ rows: [[String]],
                              limits: WorkbookLimits) throws {
        try sheets(workbook, name, header, count: rows.count, limits: limits) { rows[$0] }
    }

    /// Writes `count` rows, each made by `row(i)` as it is written (constant memory), on one sheet or several.
    ///
    /// ```swift
    /// try MergeOutput.sheets(workbook, "People", MergeOutput.goldenHeader(organizations: false),
    ///                        count: MergeOutput.goldenCount(result, organizations: false),
    ///                        limits: MergeOutput.WorkbookLimits()) { i in
    ///     MergeOutput.goldenRow(result, i, organizations: false)
    /// }
    /// ```
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
    ///
    /// ```swift
    /// try MergeOutput.checkWritable("out/people.xlsx")   // throws WriteFailure when out/ is missing
    /// ```
    public static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let probe = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).convene-check-\(getpid())")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw WriteFailure(message: "\(path): cannot write there (no such folder, or no permission)")
        }
        try? FileManager.default.removeItem(at: probe)
    }

    /// Writes a run's settings (with the m, u and prior it estimated) as JSON, so `convene explain --model`
    /// can score a pair exactly as that run did without training again.
    ///
    /// ```swift
    /// try MergeOutput.writeModel(result.settings, to: "model.json")
    /// ```
    public static func writeModel(_ settings: MatchSettings, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try write(try encoder.encode(settings), to: path)
    }

    /// Writes `data` to `path` atomically (a temporary file renamed into place).
    ///
    /// ```swift
    /// try MergeOutput.write(ReportTable(header: ["Name"], rows: [["Ada"]]).csvData(), to: "names.csv")
    /// ```
    ///
    /// - Throws: ``WriteFailure`` naming the path and why.
    public static func write(_ data: Data, to path: String) throws {
        do {
            try CSVWriter.writeAtomically(data, to: URL(fileURLWithPath: path))
        } catch {
            throw WriteFailure(message: "\(path): could not write (\(error.localizedDescription))")
        }
    }
}
