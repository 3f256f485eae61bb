import ArgumentParser
import ConveneImport
import ConveneModel
import Foundation

/// `convene inspect`: shows how Convene reads each file, without importing anything.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how files would be read: encoding, delimiter, header, source, column mapping, records.",
        discussion: """
        Nothing is imported. For each file: the detected encoding and delimiter, the line of the header row \
        (after any preamble), the recognized export (Teams, Zoom, Eventbrite, Google Forms, Mailchimp, \
        Constant Contact, Outlook, Google Contacts, LinkedIn, Salesforce, HubSpot, sign-in sheet, action plan, \
        or a generic list), which field each column maps to, how many data records it holds, and every warning. \
        Contact details are not printed.

        A mapping file (YAML or JSON) overrides columns and can force the source:
          source: sign-in
          columns:
            Company Name: organization
            Column 3: email
        --write-mapping FILE writes the mapping inferred for one file in that format, every column listed, for a \
        person to edit and give back with --mapping (to inspect, import or merge). It never overwrites the input.

        How a meeting's file would be read ("read as: attendance (file name says sign-in; 6 of 6 timestamps on \
        2026-06-10)"): --date DATE judges form timestamps against the meeting's date, --as says it instead.

        A refused file (empty, binary, a zip named .csv, an unterminated quote) prints one line on stderr naming \
        the file, the line and the problem, and the command exits 1 after inspecting the others.

        Examples:
          convene inspect launch-rsvps.csv "Attendance report 3-5-24.csv"
          convene inspect partners.xlsx --mapping partners.yaml --json
          convene inspect sites.csv --write-mapping sites.yaml     # edit it, then: convene import sites.csv --mapping sites.yaml
          convene inspect "June meeting signin (Responses).csv" --date 2026-06-10
        """
    )

    @Argument(help: "The files to inspect (.csv, .tsv, .txt or .xlsx).")
    var files: [String]

    @Option(help: "A mapping file (JSON or YAML) overriding columns and/or the source.")
    var mapping: String?

    @Option(help: "Write the mapping inferred for the file (one file) to this YAML file, to edit and pass to --mapping.")
    var writeMapping: String?

    @Option(help: "The meeting's date (YYYY-MM-DD): form timestamps are judged against it.")
    var date: String?

    @Option(name: .customLong("as"), help: "Read the files' rows as invited, registered or attended.")
    var readAs: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            var options = ImportOptions()
            options.meetingDate = try date.map { try parseDate($0, flag: "--date") }
            options.readAs = try readAs.map(parseMeetingRole)
            // Nothing is imported: records are read, checked and counted, not kept.
            options.keepsRecords = false
            if writeMapping != nil && files.count != 1 {
                throw CommandFailure("--write-mapping: expected one file to inspect, found \(files.count)", code: ExitCodes.usage)
            }
            let inputs = files + [mapping].compactMap { $0 }
            if let writeMapping {
                try OutputFormat.requireFileName(writeMapping, flag: "--write-mapping", writes: "a mapping file (YAML)", example: "mapping.yaml")
                try checkMappingDestination(writeMapping, inputs: inputs)
            }
            if let mapping { options.mapping = try loadMapping(mapping) }
            var results: [ImportResult] = []
            var refused: [ImportError] = []
            for file in files {
                options.displayName = file
                do {
                    results.append(try Importer.read(url: URL(fileURLWithPath: file), options: options))
                } catch let error as ImportError {
                    refused.append(error)
                }
            }
            if global.json {
                print(try InspectReport.json(results))
            } else if !global.quiet {
                print(results.map(InspectReport.text).joined(separator: "\n"), terminator: results.isEmpty ? "" : "\n")
            }
            for error in refused {
                FileHandle.standardError.write(Data("convene: \(error.description)\n".utf8))
            }
            if !refused.isEmpty { throw ExitCode(ExitCodes.badInput) }
            if let writeMapping, let result = results.first {
                try writeInferredMapping(for: result, to: writeMapping, inputs: inputs)
                if !global.quiet && !global.json { print("mapping written to \(writeMapping)") }
            }
        }
    }
}

/// The two renderings of an inspection: a text block per file, or one JSON array.
enum InspectReport {
    static func delimiterName(_ d: String?) -> String {
        switch d {
        case nil: "none (workbook)"
        case "\t": "tab"
        case ",": "comma"
        case ";": "semicolon"
        case "|": "pipe"
        case let other?: "\"\(other)\""
        }
    }

    static func text(_ r: ImportResult) -> String {
        var lines = [r.file]
        lines.append("  encoding:   \(r.encoding)" + (r.sheet.map { " (sheet \"\($0)\")" } ?? ""))
        lines.append("  delimiter:  \(delimiterName(r.delimiter))")
        lines.append("  header:     " + (r.headerLine.map { "line \($0)" } ?? "none (columns inferred from content)"))
        lines.append("  source:     \(r.source.displayName) (\(r.source.rawValue))")
        lines.append("  records:    \(r.recordCount)")
        if let m = r.meeting {
            let parts = [m.name, m.date?.iso, m.startTime.map { "start \($0)" }].compactMap { $0 }
            if !parts.isEmpty { lines.append("  meeting:    " + parts.joined(separator: " · ")) }
        }
        let yields = [("contacts", r.contacts.count + r.notKept.contacts),
                      ("organizations", r.organizations.count + r.notKept.organizations),
                      ("participations", r.participations.count + r.notKept.participations),
                      ("action items", r.actionItems.count + r.notKept.actionItems)]
            .filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        if !yields.isEmpty { lines.append("  yields:     " + yields.joined(separator: ", ")) }
        if let reading = r.reading { lines.append("  read as:    \(reading)") }
        lines.append("  columns:")
        let width = min(40, r.columns.map(\.header.count).max() ?? 0)
        for c in r.columns {
            let header = c.header.count > width ? String(c.header.prefix(width - 1)) + "…" : c.header
            let pad = String(repeating: " ", count: max(0, width - header.count))
            let why = switch c.reason {
            case .unknown: " (not recognized)"
            case .otherPerson: " (another person's detail)"
            case .preferredName: " (a preferred name; the name columns are read)"
            case .dateOnly: " (dates without a time of day: not a meeting's join or leave time)"
            default: ""
            }
            lines.append("    \(header)\(pad) → \(c.field.rawValue)" + why)
        }
        if r.warnings.isEmpty {
            lines.append("  warnings:   none")
        } else {
            lines.append("  warnings:   \(r.warnings.count)")
            for w in r.warnings { lines.append("    \(w)") }
        }
        return lines.joined(separator: "\n")
    }

    struct FileJSON: Encodable {
        var file: String
        var format: String
        var encoding: String
        var delimiter: String?
        var sheet: String?
        var source: String
        var sourceName: String
        var headerLine: Int?
        var headerless: Bool
        var records: Int
        var columns: [ColumnMapping]
        var warnings: [ImportWarning]
        var meeting: MeetingHint?
        var contacts: Int
        var organizations: Int
        var participations: Int
        var actionItems: Int
        var reading: MeetingReading?

        enum CodingKeys: String, CodingKey {
            case file, format, encoding, delimiter, sheet, source, sourceName, headerLine, headerless, records, columns,
                 warnings, meeting, contacts, organizations, participations, actionItems, reading
        }

        /// Every documented key is always present: a workbook has `"delimiter": null`, not a missing key.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(format, forKey: .format)
            try c.encode(encoding, forKey: .encoding)
            try c.encode(delimiter, forKey: .delimiter)
            try c.encode(sheet, forKey: .sheet)
            try c.encode(source, forKey: .source)
            try c.encode(sourceName, forKey: .sourceName)
            try c.encode(headerLine, forKey: .headerLine)
            try c.encode(headerless, forKey: .headerless)
            try c.encode(records, forKey: .records)
            try c.encode(columns, forKey: .columns)
            try c.encode(warnings, forKey: .warnings)
            try c.encodeIfPresent(meeting, forKey: .meeting)
            try c.encode(contacts, forKey: .contacts)
            try c.encode(organizations, forKey: .organizations)
            try c.encode(participations, forKey: .participations)
            try c.encode(actionItems, forKey: .actionItems)
            try c.encode(reading, forKey: .reading)
        }
    }

    static func json(_ results: [ImportResult]) throws -> String {
        let files = results.map { r in
            FileJSON(file: r.file, format: r.format, encoding: r.encoding, delimiter: r.delimiter, sheet: r.sheet,
                     source: r.source.rawValue, sourceName: r.source.displayName, headerLine: r.headerLine,
                     headerless: r.headerless, records: r.recordCount, columns: r.columns, warnings: r.warnings,
                     meeting: r.meeting, contacts: r.contacts.count + r.notKept.contacts,
                     organizations: r.organizations.count + r.notKept.organizations,
                     participations: r.participations.count + r.notKept.participations,
                     actionItems: r.actionItems.count + r.notKept.actionItems, reading: r.reading)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(files), as: UTF8.self)
    }
}
