import ArgumentParser
import ConveneCSV
import ConveneImport
import ConveneMatch
import ConveneModel
import ConveneNormalize
import ConveneSpreadsheet
import Foundation

/// `convene merge`: import + match + golden records in one go, without a workspace.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Find the same person (or organization) across lists and write one merged list.",
        discussion: """
        Reads every file, links the records that describe the same person (names, nicknames, emails, phones, \
        organization, title, address, date of birth; parameters estimated from the data itself), and writes the \
        golden records: the best value per field, every other value kept as an alternate with its source.

        The workbook has the people (or organizations) with their sources and alternates, the review list (pairs \
        the engine was unsure about) and the explanation of every merge. --clusters writes one row per input record \
        (file,record,person_id — or organization_id) so any tool can score the result.

        Examples:
          convene merge acme.csv chamber.xlsx launch-signin.csv -o people.xlsx --csv people.csv
          convene merge *.csv --clusters clusters.csv
          convene merge --organizations partners.csv --clusters orgs.csv
          convene merge contacts.csv --parameters        # what the model learned, level by level
        """
    )

    @Argument(help: "The files to merge (.csv or .xlsx).")
    var files: [String]

    @Option(name: [.short, .long], help: "The workbook to write (.xlsx).")
    var output: String?

    @Option(help: "Also write the golden records as CSV.")
    var csv: String?

    @Option(help: "Write file,record,person_id (or organization_id) for every input record.")
    var clusters: String?

    @Flag(help: "Match organizations (partner lists) instead of people.")
    var organizations = false

    @Option(help: "How the best value of a field is chosen: most-frequent, most-recent or most-complete.")
    var policy: String = GoldenRecordPolicy.mostFrequent.rawValue

    @Option(help: "Review decisions to respect (a JSON array of ReviewDecision values).")
    var decisions: String?

    @Flag(help: "Print the model's parameters: m, u and weight of every comparison level, and where they came from.")
    var parameters = false

    @Option(help: "A mapping file (YAML or JSON, as `convene inspect --write-mapping` writes it) saying which field each column is.")
    var mapping: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            guard output != nil || csv != nil || clusters != nil || parameters else {
                throw CommandFailure("nothing to write: give -o FILE.xlsx, --csv FILE or --clusters FILE", code: ExitCodes.usage)
            }
            guard let policy = GoldenRecordPolicy(rawValue: policy) else {
                throw CommandFailure("--policy: expected most-frequent, most-recent or most-complete, found \"\(policy)\"",
                                     code: ExitCodes.usage)
            }
            for path in [output, csv, clusters].compactMap({ $0 }) { try MergeOutput.checkWritable(path) }
            let run = try MergeRun.perform(files: files, organizations: organizations, policy: policy,
                                           decisionsFile: decisions, mapping: try mapping.map(loadMapping))
            let result = run.result
            if let clusters { try MergeOutput.writeClusters(result, organizations: organizations, to: clusters) }
            if let csv { try MergeOutput.writeGoldenCSV(result, organizations: organizations, to: csv) }
            if let output { try MergeOutput.writeWorkbook(result, organizations: organizations, to: output) }
            if !global.quiet {
                let s = result.statistics
                let noun = organizations ? "organizations" : "people"
                print("\(s.records) records → \(s.clusters) \(noun); \(s.candidatePairs) candidate pairs compared, "
                      + "\(s.linkedPairs) links, \(s.reviewPairs) pairs to review, \(s.weakClusters) weak clusters, "
                      + "\(s.splitClusters) clusters split")
                print("parameters: \(s.parameterSource)")
            }
            if parameters { print(result.settings.parameterText) }
        }
    }
}

/// Imports the files and runs the matcher: shared by `merge` and `explain`.
enum MergeRun {
    struct Output {
        var result: MatchResult
        var contacts: [ContactRecord]
        var organizations: [OrganizationRecord]
    }

    static func perform(files: [String], organizations: Bool, policy: GoldenRecordPolicy = .mostFrequent,
                        decisionsFile: String? = nil, mapping: MappingFile? = nil) throws -> Output {
        var contacts: [ContactRecord] = []
        var orgs: [OrganizationRecord] = []
        for file in files {
            do {
                // The file as given on the command line is the provenance every output refers to. Outputs name
                // sources as file#record and matching reads only normalized values, so raw cells are not kept.
                var options = ImportOptions(mapping: mapping, displayName: file)
                options.keepsRawValues = false
                let imported = try Importer.read(url: URL(fileURLWithPath: file), options: options)
                contacts += imported.contacts.map { var c = $0; c.source.file = file; return c }
                orgs += imported.organizations.map { var o = $0; o.source.file = file; return o }
            } catch {
                throw CommandFailure("\(error)", code: ExitCodes.badInput)
            }
        }
        var decisions: [ReviewDecision] = []
        if let decisionsFile {
            do {
                decisions = try JSONDecoder().decode([ReviewDecision].self, from: Data(contentsOf: URL(fileURLWithPath: decisionsFile)))
            } catch {
                throw CommandFailure("\(decisionsFile): not a JSON array of review decisions (\(error.localizedDescription))")
            }
        }
        if organizations {
            var settings = MatchSettings.organizations()
            settings.goldenRecordPolicy = policy
            return Output(result: Matcher.run(organizations: orgs, settings: settings, decisions: decisions),
                          contacts: contacts, organizations: orgs)
        }
        var settings = MatchSettings.people()
        settings.goldenRecordPolicy = policy
        return Output(result: Matcher.run(records: contacts, settings: settings, decisions: decisions),
                      contacts: contacts, organizations: orgs)
    }
}

/// The files `merge` writes. Every contact value is written as text (never as a formula).
enum MergeOutput {
    static func writeClusters(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(lineEnding: .lf))
        writer.writeRow(["file", "record", organizations ? "organization_id" : "person_id"])
        for (ref, id) in zip(result.records, result.entityIDs) {
            writer.writeRow([.text(ref.file), .integer(ref.record), .text(id)])
        }
        try write(writer.data, to: path)
    }

    static func goldenRows(_ result: MatchResult, organizations: Bool) -> (header: [String], rows: [[String]]) {
        func alternates(_ a: [String: [Sourced<String>]]) -> String {
            a.keys.sorted().map { field in
                field + ": " + a[field]!.map { "\($0.value) [\($0.source?.reference ?? "?")]" }.joined(separator: "; ")
            }.joined(separator: " | ")
        }
        if organizations {
            return (["ID", "Name", "Website", "Phone", "Address", "Domains", "Sources", "Alternates"],
                    result.organizations.map { o in
                        [o.id.rawValue, o.name, o.website ?? "", o.phone ?? "", o.address ?? "", o.domains.joined(separator: "; "),
                         o.sources.map(\.reference).joined(separator: "; "), alternates(o.alternates)]
                    })
        }
        return (["ID", "Name", "Given name", "Family name", "Email", "Phone", "Organization", "Title", "City", "Sources",
                 "Alternates"],
                result.people.map { p in
                    [p.id.rawValue, p.name.displayName, p.name.given ?? "", p.name.family ?? "", p.email ?? "", p.phone ?? "",
                     p.organization ?? "", p.title ?? "", p.city ?? "", p.sources.map(\.reference).joined(separator: "; "),
                     alternates(p.alternates)]
                })
    }

    static func writeGoldenCSV(_ result: MatchResult, organizations: Bool, to path: String) throws {
        var writer = CSVWriter(options: .init(byteOrderMark: true))
        let (header, rows) = goldenRows(result, organizations: organizations)
        writer.writeRow(header.map { CSVCell.text($0) })
        let phoneColumn = header.firstIndex(of: "Phone")
        for row in rows {
            writer.writeRow(row.enumerated().map { i, value in i == phoneColumn ? phoneCell(value) : CSVCell.text(value) })
        }
        try write(writer.data, to: path)
    }

    /// A phone number as mail-merge tools and spreadsheets read it: North American numbers in national format
    /// ("(608) 555-0101", extension as " x204"), others in E.164 ("+442079460958"). Text neutralization would
    /// write "'+44…", so a value made only of "+" and digits — which cannot be a formula — is written verbatim;
    /// anything else stays protected text.
    static func phoneCell(_ value: String) -> CSVCell {
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
    struct WorkbookLimits {
        var reviewRows = 200
        /// Explanations are written for merged clusters with doubt (a weak link), then others, up to this many.
        var explainedClusters = 2_000
        /// Rows per sheet before a list continues on the next sheet (Excel's grid ends at 1,048,576 rows).
        var rowsPerSheet = ExcelLimits.maxRows - 1
    }

    static func writeWorkbook(_ result: MatchResult, organizations: Bool, to path: String,
                              limits: WorkbookLimits = WorkbookLimits()) throws {
        do {
            // Streams rows to disk: a million people must not be held twice in memory.
            let workbook = try Workbook(destination: URL(fileURLWithPath: path), options: .init(constantMemory: true))
            let (header, rows) = goldenRows(result, organizations: organizations)
            try sheets(workbook, organizations ? "Organizations" : "People", header, rows, limits: limits)

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
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path): could not write the workbook (\(error))", code: ExitCodes.output)
        }
    }

    /// Writes rows on one sheet, continuing on "Name (2)", "Name (3)" … past Excel's last row.
    static func sheets(_ workbook: Workbook, _ name: String, _ header: [String], _ rows: [[String]],
                       limits: WorkbookLimits) throws {
        var start = 0, part = 1
        repeat {
            let end = min(rows.count, start + limits.rowsPerSheet)
            try sheet(workbook, part == 1 ? name : "\(name) (\(part))", header, rows[start..<end])
            start = end
            part += 1
        } while start < rows.count
    }

    static func sheet(_ workbook: Workbook, _ name: String, _ header: [String], _ rows: ArraySlice<[String]>) throws {
        let sheet = try workbook.addWorksheet(named: name)
        // Panes before rows: in constant-memory mode rows are flushed as they are written.
        try sheet.freezePanes(rows: 1)
        try sheet.writeRow(header.map { CellValue.string($0) }, row: 0)
        for (i, row) in rows.enumerated() {
            // .string: contact text is data, never a formula.
            try sheet.writeRow(row.map { CellValue.string($0) }, row: i + 1)
        }
    }

    /// Fails before any work when `path` cannot be written (a missing folder, no permission): a run must never
    /// end in an output error after minutes of matching.
    static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let probe = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).convene-check-\(getpid())")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw CommandFailure("\(path): cannot write there (no such folder, or no permission)", code: ExitCodes.output)
        }
        try? FileManager.default.removeItem(at: probe)
    }

    static func write(_ data: Data, to path: String) throws {
        do {
            try CSVWriter.writeAtomically(data, to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): could not write (\(error.localizedDescription))", code: ExitCodes.output)
        }
    }
}
