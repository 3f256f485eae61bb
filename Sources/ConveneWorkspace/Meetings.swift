import ConveneModel
import Foundation

/// A meeting with how many people were invited, registered, attended and walked in (distinct people, each
/// counted once however many records or rows they have: see `MeetingHeadcount`).
///
/// ```swift
/// for summary in try workspace.meetings() {
///     print(summary.meeting.name, summary.invited, summary.registered, summary.attended, summary.walkIns)
/// }
/// ```
public struct MeetingSummary: Codable, Sendable, Hashable {
    /// The meeting.
    public var meeting: Meeting
    /// People invited.
    public var invited: Int
    /// People who registered (RSVP'd yes or were marked no-show).
    public var registered: Int
    /// Everyone who was there, walk-ins included.
    public var attended: Int
    /// People who attended without an invitation or registration under any of their records; at a meeting
    /// that sent no invitations and took no registrations, the people a sign-in sheet marks as walk-ins.
    public var walkIns: Int

    /// A summary with the properties of the same names.
    ///
    /// ```swift
    /// let summary = MeetingSummary(meeting: launch, invited: 120, registered: 64, attended: 51, walkIns: 7)
    /// ```
    public init(meeting: Meeting, invited: Int, registered: Int, attended: Int, walkIns: Int) {
        self.meeting = meeting
        self.invited = invited
        self.registered = registered
        self.attended = attended
        self.walkIns = walkIns
    }
}

extension Workspace {
    /// Every meeting, oldest first, with its counts.
    ///
    /// ```swift
    /// for s in try workspace.meetings() {
    ///     print(s.meeting.name, s.invited, s.registered, s.attended, s.walkIns)   // Launch 120 64 51 7
    /// }
    /// ```
    public func meetings() throws -> [MeetingSummary] {
        try storage.read { tx in try tx.meetingsByDate().map { try Self.summary(tx, $0) } }
    }

    /// One meeting's counts: its participation rows folded per person (``MeetingHeadcount``), so a person with
    /// several records or rows for it — registered under one address, signed in under another, two sheets
    /// signed — counts once, with the strongest status. The attendance workbook and the tracker count the same way.
    static func summary(_ tx: any StorageTransaction, _ meeting: Meeting) throws -> MeetingSummary {
        let counts = MeetingHeadcount(meeting: meeting.id, rows: try tx.participations(in: meeting.id))
        return MeetingSummary(meeting: meeting, invited: counts.invited.count, registered: counts.registered.count,
                              attended: counts.attended.count, walkIns: counts.walkIns.count)
    }

    /// Creates a meeting ahead of time (for invitations and sign-in sheets). A meeting with the same name and
    /// date is returned as is rather than duplicated.
    ///
    /// ```swift
    /// let winter = try workspace.addMeeting(name: "Winter Partnership Meeting", date: CalendarDate(iso: "2026-12-08"),
    ///                                       kind: .partnership, location: "Rock Valley College")
    /// ```
    @discardableResult
    public func addMeeting(name: String, date: CalendarDate?, kind: MeetingKind, isVirtual: Bool = false,
                           location: String? = nil) throws -> Meeting {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw WorkspaceError.invalidRequest("a meeting needs a name") }
        return try storage.write { tx in
            try Self.findOrCreateMeeting(tx, Meeting(id: MeetingID(""), name: trimmed, date: date, kind: kind,
                                                     isVirtual: isVirtual, location: location))
        }
    }

    /// The meeting with the same name (case-insensitive) and date, or a new one with a fresh ID.
    static func findOrCreateMeeting(_ tx: any StorageTransaction, _ wanted: Meeting) throws -> Meeting {
        if let found = try tx.meeting(named: wanted.name, on: wanted.date) { return found }
        var meeting = wanted
        meeting.id = MeetingID(try tx.nextID(.meeting))
        try tx.insertMeeting(meeting)
        return meeting
    }

    /// Looks a meeting up by ID (`M0003`) or by name (case-insensitive; the latest one when several share it).
    ///
    /// ```swift
    /// let byID = try workspace.meeting(named: "M0003")
    /// let byName = try workspace.meeting(named: "winter partnership meeting")
    /// ```
    public func meeting(named nameOrID: String) throws -> Meeting? {
        try storage.read { tx in try tx.meeting(idOrName: nameOrID) }
    }
}
