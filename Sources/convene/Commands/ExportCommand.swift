import ArgumentParser
import ConveneModel
import ConveneReports
import ConveneWorkspace
import Foundation

/// `convene export …`: the workbooks and lists a convener hands out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the action-plan tracker, attendance reports, sign-in sheets, mailing lists and invitations.",
        discussion: """
        Every export reads the workspace and writes one file; nothing in the workspace changes. With --json each \
        prints one object: "file" and what it holds, every value a string (tracker: items, people, overdue; \
        attendance: meetings; signin: meeting, names, blankRows; contacts: kind, contacts, leftOut; namebadges: \
        meeting, badges; ics: meeting, uid).

        Examples:
          convene export tracker -o tracker.xlsx
          convene export attendance -o attendance.xlsx --meeting M0002
          convene export signin --meeting "Q2 partnership meeting" -o signin.xlsx
          convene export contacts --kind business -o businesses.csv
          convene export namebadges --meeting M0003 -o badges.csv
          convene export ics --meeting M0003 --start 08:30 --end 10:30 --time-zone America/Chicago -o meeting.ics
        """,
        subcommands: [ExportTrackerCommand.self, ExportAttendanceCommand.self, ExportSignInCommand.self,
                      ExportContactsCommand.self, ExportNameBadgesCommand.self, ExportICSCommand.self]
    )
}

/// Options shared by exports: where to write, and the date the export treats as today.
struct ExportOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The file to write (replaced if it exists).")
    var output: String

    @Option(name: .customLong("as-of"), help: "Treat this date (YYYY-MM-DD) as today, for overdue items. Default: today.")
    var asOf: String?

    var url: URL { URL(fileURLWithPath: output) }

    func today() throws -> CalendarDate {
        if let asOf { return try parseDate(asOf, flag: "--as-of") }
        return ExportSupport.today()
    }
}

enum ExportSupport {
    /// Today's date in the local time zone (meetings are planned by local day).
    static func today() -> CalendarDate {
        let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The workspace's snapshot, with workspace errors mapped to their exit codes.
    static func snapshot(_ global: GlobalOptions) throws -> (Workspace, PartnershipSnapshot) {
        let workspace = try global.openWorkspace()
        return (workspace, try workspaceCall { try workspace.snapshot() })
    }

    /// Finds a meeting by ID or name.
    static func meeting(_ nameOrID: String, in workspace: Workspace) throws -> MeetingID {
        guard let meeting = try workspaceCall({ try workspace.meeting(named: nameOrID) }) else {
            throw CommandFailure("--meeting: no meeting \"\(nameOrID)\" in the workspace (see `convene meetings`)",
                                 code: ExitCodes.badInput)
        }
        return meeting.id
    }

    /// Runs a report, mapping report errors to bad input and file-system failures to exit code 4.
    static func writing(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ReportError {
            throw CommandFailure(error.description, code: ExitCodes.badInput)
        } catch let error as CalendarInviteError {
            throw CommandFailure(error.description, code: ExitCodes.usage)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path): could not be written: \(error)", code: ExitCodes.output)
        }
    }

    /// Says what an export wrote: with `--json` one object of strings — `file` and the figures, as
    /// `export tracker` prints it — else `text`, unless `--quiet`.
    static func report(_ global: GlobalOptions, json: [String: String], text: @autoclosure () -> String) throws {
        if global.json {
            try printJSON(json)
        } else if !global.quiet {
            print(text())
        }
    }

    /// Writes bytes atomically (a temporary file renamed into place).
    static func write(_ data: Data, to path: String) throws {
        try writing(path) { try data.write(to: URL(fileURLWithPath: path), options: .atomic) }
    }
}
