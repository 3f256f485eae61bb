import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

/// `convene export contacts [--kind business|public] -o list.csv`.
struct ExportContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "Write a mail-ready contact list (UTF-8 CSV with BOM for Excel, formula-safe).",
        discussion: """
        People whose email is missing, invalid or bounced are left out (they are on the tracker's Follow-ups \
        sheet). The Next Gen practice sends two invitation lists: businesses and public partners.

        Examples:
          convene export contacts --kind business -o businesses.csv
          convene export contacts --kind public -o public-partners.csv
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions
    @Option(help: "business, public or all.") var kind: String = "all"
    @Flag(help: "Write without the UTF-8 byte-order mark.") var noBom = false

    func run() throws {
        try Self.reportingFailures {
            try OutputFormat.csv.check(out.output, flag: "-o")
            guard let listKind = ContactListKind(rawValue: kind.lowercased()) else {
                throw CommandFailure("--kind: expected business, public or all, found \"\(kind)\"", code: ExitCodes.usage)
            }
            let (_, snapshot) = try ExportSupport.snapshot(global)
            let (table, excluded) = MailingLists.contacts(snapshot, kind: listKind)
            try ExportSupport.write(table.csvData(byteOrderMark: !noBom), to: out.output)
            try ExportSupport.report(global, json: ["file": out.output, "kind": listKind.rawValue, "contacts": String(table.rows.count),
                                                    "leftOut": String(excluded)],
                                     text: "Wrote \(out.output): \(table.rows.count) contacts (\(excluded) left out for a missing, invalid or bounced email).")
        }
    }
}
