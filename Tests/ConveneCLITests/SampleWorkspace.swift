import ConveneTestSupport
import Foundation
import XCTest

/// The repository's SampleData/, and a workspace built from it the way `Scripts/demo.sh` builds one: three
/// contact lists, the launch, two virtual calls, two partnership meetings and the action plan.
enum SampleData {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData", isDirectory: true)

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Imports every sample file into a new workspace in `convene`'s folder, as the demo does.
    static func buildWorkspace(_ convene: ConveneRunner, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: path("action-plan.csv")) else {
            let reason = "no SampleData at \(folder.path)"
            throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason)
        }
        let steps: [[String]] = [
            ["init", "--name", "Tri-County Advanced Manufacturing Partnership", "--launch-date", "2026-08-25",
             "--co-chair", "Angela Chen", "--co-chair", "Robert Smith"],
            ["import", path("contacts-workforce-board.csv"), path("contacts-chamber.csv"), path("contacts-college.tsv")],
            ["import", path("launch-invitations.csv"), path("launch-rsvp-eventbrite.csv"), path("launch-signin.csv"),
             "--meeting", "Partnership Launch", "--date", "2026-08-25", "--kind", "launch"],
            ["import", path("pipeline-call-zoom.csv"), "--kind", "action-team"],
            ["import", path("upskilling-call-teams.csv"), "--kind", "action-team"],
            ["import", path("quarterly-signin.csv"), "--meeting", "Fall Partnership Meeting", "--date", "2026-11-17",
             "--kind", "partnership"],
            ["import", path("winter-invitations.csv"), "--meeting", "Winter Partnership Meeting", "--date", "2027-02-16",
             "--kind", "partnership"],
            ["plan", "import", path("action-plan.csv"), "--as-of", "2026-11-20"],
        ]
        for step in steps { try convene.ok(step + ["-q"], file: file, line: line) }
    }
}

/// Text helpers for the files commands write.
enum Written {
    /// The file's text as UTF-8, without a leading byte-order mark.
    static func text(_ url: URL) throws -> String {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The records of a CSV file, quotes honoured (fields may hold commas, quotes and line breaks).
    static func csv(_ url: URL) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, pendingQuote = false
        for c in try text(url) {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if c == "\"" { field.append(c); continue }
                    quoted = false
                } else if c == "\"" { pendingQuote = true; continue } else { field.append(c); continue }
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n": row.append(field); rows.append(row); row = []; field = ""
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
