import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene meetings`: every meeting with invited / registered / attended / walk-in counts.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List meetings with invited, registered, attended and walk-in counts.",
        discussion: """
        Counts are distinct people: a person with several records or rows for one meeting (registered under a \
        work address, signed in under a personal one, two sheets signed) counts once, and people merged later \
        (review, merge-people) fold then. Invited, registered and attended count everyone with such a row under \
        any of their records; walk-ins attended and were neither invited nor registered under any of them (at a \
        meeting with no invitation or RSVP list, only those a sign-in sheet marks as walk-ins). The attendance \
        workbook and the tracker count the same way. --json prints an array of objects with id, name, date, \
        kind, virtual, invited, registered, attended and walk_ins.

        Examples:
          convene meetings
          convene meetings --json
        """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let meetings = try workspaceCall { try global.openWorkspace().meetings() }
            if global.json { return try printJSON(meetings.map(MeetingRow.init)) }
            for m in meetings {
                print("\(m.meeting.id)  \(m.meeting.date?.iso ?? "no date")  \(m.meeting.name) (\(m.meeting.kind.rawValue))  " +
                      "invited \(m.invited), registered \(m.registered), attended \(m.attended), walk-ins \(m.walkIns)")
            }
        }
    }
}

/// One meeting as `--json` prints it.
struct MeetingRow: Encodable {
    var id: String
    var name: String
    var date: String?
    var kind: String
    var virtual: Bool
    var invited: Int
    var registered: Int
    var attended: Int
    var walk_ins: Int

    init(_ m: MeetingSummary) {
        id = m.meeting.id.rawValue
        name = m.meeting.name
        date = m.meeting.date?.iso
        kind = m.meeting.kind.rawValue
        virtual = m.meeting.isVirtual
        invited = m.invited
        registered = m.registered
        attended = m.attended
        walk_ins = m.walkIns
    }
}

/// `convene meeting …`: meeting management (`add`).
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Create meetings ahead of time.",
        discussion: """
        Examples:
          convene meeting add "Q2 partnership meeting" --date 2024-06-12 --kind partnership
          convene meetings                    # what each meeting has: invited, registered, attended, walk-ins
        """,
        subcommands: [MeetingAddCommand.self]
    )
}

/// `convene meeting add NAME --date --kind`.
struct MeetingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a meeting ahead of time (for invitations and sign-in sheets).",
        discussion: """
        A meeting with the same name and date is not duplicated. Imports with --meeting NAME --date DATE then \
        add their invitations or attendance to it.

        Examples:
          convene meeting add "Q2 partnership meeting" --date 2024-06-12 --kind partnership
          convene meeting add "Talent action team" --date 2024-04-16 --kind action-team --virtual
        """
    )

    @Argument(help: "The meeting's name.")
    var name: String

    @Option(help: "The meeting's date (YYYY-MM-DD).")
    var date: String

    @Option(help: "launch, action-team, partnership, planning or other.")
    var kind = "other"

    @Flag(help: "The meeting is held online.")
    var virtual = false

    @Option(help: "Where the meeting is held.")
    var location: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let day = try parseDate(date, flag: "--date")
            let meetingKind = try parseMeetingKind(kind)
            let meeting = try workspaceCall {
                try global.openWorkspace().addMeeting(name: name, date: day, kind: meetingKind, isVirtual: virtual, location: location)
            }
            if global.json { return try printJSON(MeetingRow(MeetingSummary(meeting: meeting, invited: 0, registered: 0, attended: 0, walkIns: 0))) }
            if !global.quiet { print("\(meeting.id)  \(meeting.date?.iso ?? "")  \(meeting.name) (\(meeting.kind.rawValue))") }
        }
    }
}
