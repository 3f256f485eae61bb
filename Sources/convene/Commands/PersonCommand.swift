import ArgumentParser
import ConveneModel
import ConveneReports
import ConveneWorkspace
import Foundation

/// `convene person ID`: one golden record with every source value and every meeting.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Show one person: the chosen values, every source value, every meeting attended.",
        discussion: """
        The numbers in brackets before each source record are what `convene split ID --records` takes.

        An ID that `convene rebuild` or an import that matched the workspace at once retired says where that person \
        went (and shows them when they were merged).

        Examples:
          convene person P000042
          convene person P000042 --json
        """
    )

    @Argument(help: "The person's ID (see `convene people`).")
    var id: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let workspace = try workspaceCall { try global.openWorkspace() }
            var asked = id.uppercased()
            // An ID a rebuild (or an import that doubled the workspace) retired: say where the person went, and show
            // them when they went to one person — following the ID it went to, when a later run retired that one
            // too (at most a few hops; the guard only stops a loop no run writes).
            var hops = 0
            while hops < 100, try workspaceCall({ try workspace.personExists(PersonID(asked)) }) == false,
                  let moved = try workspaceCall({ try workspace.redirects(of: asked) }).first {
                hops += 1
                let when = String(moved.rebuiltAt.prefix(10))
                switch moved.reason {
                case .mergedInto:
                    // On stderr, so `--json` stays one document.
                    FileHandle.standardError.write(Data("\(asked) was merged into \(moved.newIDs[0]) by \(moved.retiredBy) on \(when)\n".utf8))
                    asked = moved.newIDs[0]
                case .splitInto:
                    throw CommandFailure("\(asked) was split by \(moved.retiredBy) on \(when) into \(moved.newIDs.joined(separator: ", ")): "
                                         + "see convene person ID for each", code: ExitCodes.usage)
                }
            }
            let detail = try workspaceCall { try workspace.person(PersonID(asked)) }
            if global.json { return try printJSON(PersonDetailRow(detail)) }
            let p = detail.person
            print("\(p.id)  \(p.name.displayName)")
            // Phones as the CSV exports write them ("(608) 555-0108 x204"); `--json` keeps the stored E.164 form.
            for (label, value) in [("Email", p.email), ("Phone", p.phone.map { MailingLists.displayPhone($0) }),
                                   ("Organization", p.organization.map { o in p.organizationID.map { "\(o) (\($0))" } ?? o }),
                                   ("Title", p.title), ("Address", Self.address(p))] {
                if let value { print("  \(label): \(value)") }
            }
            for (field, values) in p.alternates.sorted(by: { $0.key < $1.key }) {
                for v in values {
                    let shown = field == "phone" ? MailingLists.displayPhone(v.value) : v.value
                    print("  also \(field): \(shown)\(v.source.map { " (\($0.reference))" } ?? "")")
                }
            }
            print("Source records (\(detail.records.count)):")
            for r in detail.records {
                let raw = r.source.raw.sorted { $0.key < $1.key }.filter { !$0.value.isEmpty }.map { "\($0.key)=\($0.value)" }
                print("  [\(r.recordID)] \(r.source.reference) (\(r.source.source.displayName)): \(raw.joined(separator: "; "))")
            }
            print("Meetings (\(detail.meetings.count)):")
            for a in detail.meetings {
                let minutes = a.minutes.map { ", \(Int($0.rounded())) min" } ?? ""
                // Several rows for one meeting (an RSVP and a sign-in, two sheets) fold into one line; each is named.
                let rows = a.rows.count < 2 ? "" : " (from " + a.rows.map { "\($0.source.reference) \($0.status.rawValue)" }
                    .joined(separator: "; ") + ")"
                print("  \(a.meeting.date?.iso ?? "no date")  \(a.meeting.name) (\(a.meeting.kind.rawValue)) — \(a.status.rawValue)\(minutes)\(rows)")
            }
        }
    }

    /// The mailing address on one line, as a label reads it: "12 Main St, Madison, WI 53703, USA"; nil when the
    /// person has none of it.
    static func address(_ p: Person) -> String? {
        let stateZip = [p.region, p.postalCode].compactMap { $0 }.joined(separator: " ")
        let parts = [p.street, p.city, stateZip.isEmpty ? nil : stateZip, p.country].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// One person with sources and meetings as `--json` prints it.
struct PersonDetailRow: Encodable {
    struct Record: Encodable {
        var record_id: Int64
        var file: String
        var record: Int
        var line: Int?
        var source: String
        var raw: [String: String]
    }
    struct Alternate: Encodable {
        var value: String
        var source: String?
    }
    struct Attendance: Encodable {
        var id: String
        var name: String
        var date: String?
        var kind: String
        var status: String
        var minutes: Double?
        var rows: [Part]
    }
    struct Part: Encodable {
        var status: String
        var source: String
    }
    var person: PersonRow
    var alternates: [String: [Alternate]]
    var records: [Record]
    var meetings: [Attendance]

    init(_ d: PersonDetail) {
        person = PersonRow(d.person)
        alternates = d.person.alternates.mapValues { $0.map { Alternate(value: $0.value, source: $0.source?.reference) } }
        records = d.records.map {
            Record(record_id: $0.recordID, file: $0.source.file, record: $0.source.record, line: $0.source.line,
                   source: $0.source.source.rawValue, raw: $0.source.raw)
        }
        meetings = d.meetings.map {
            Attendance(id: $0.meeting.id.rawValue, name: $0.meeting.name, date: $0.meeting.date?.iso, kind: $0.meeting.kind.rawValue,
                       status: $0.status.rawValue, minutes: $0.minutes,
                       rows: $0.rows.map { Part(status: $0.status.rawValue, source: $0.source.reference) })
        }
    }
}
