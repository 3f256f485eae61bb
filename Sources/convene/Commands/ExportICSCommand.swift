import ArgumentParser
import ConveneModel
import ConveneReports
import Foundation

/// `convene export ics --meeting M -o meeting.ics`.
struct ExportICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write a calendar invitation (RFC 5545 .ics) for a meeting.",
        discussion: """
        Times are the meeting's own unless --start/--end are given ("08:30", "8:30 AM"), read in --time-zone \
        (an IANA name) and written in UTC so every calendar places them right. A meeting with no time becomes \
        an all-day event. The UID is stable, so sending an updated file moves the same calendar entry.

        Example:
          convene export ics --meeting M0003 --start 08:30 --end 10:30 --time-zone America/Chicago -o meeting.ics
        """
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var out: ExportOutputOptions
    @Option(help: "The meeting (ID or name).") var meeting: String
    @Option(help: "Start time, e.g. 08:30.") var start: String?
    @Option(help: "End time, e.g. 10:30.") var end: String?
    @Option(help: "Length in minutes when there is no end time.") var duration = 90
    @Option(help: "IANA time zone of the times, e.g. America/Chicago (default: this computer's).") var timeZone: String?
    @Option(help: "Description (agenda, joining link).") var description: String?

    func run() throws {
        try Self.reportingFailures {
            try OutputFormat.calendar.check(out.output, flag: "-o")
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let id = try ExportSupport.meeting(meeting, in: workspace)
            let m = snapshot.meetings.first { $0.id == id }!
            var text = "", uid = ""
            try ExportSupport.writing(out.output) {
                let invite = try CalendarInvite(meeting: m, partnership: snapshot.settings.name, start: start, end: end,
                                                durationMinutes: duration, timeZone: timeZone ?? TimeZone.current.identifier,
                                                description: description)
                (text, uid) = (invite.ics(stamp: Date()), invite.uid)
            }
            try ExportSupport.write(Data(text.utf8), to: out.output)
            try ExportSupport.report(global, json: ["file": out.output, "meeting": id.rawValue, "uid": uid], text: "Wrote \(out.output).")
        }
    }
}
