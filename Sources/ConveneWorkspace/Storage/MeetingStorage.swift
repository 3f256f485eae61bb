import ConveneModel

/// Meetings, and who was invited to, registered for and attended them (participation rows, one per source row).
protocol MeetingStorage {
    /// Stores a new meeting under its ID.
    func insertMeeting(_ meeting: Meeting) throws
    /// The meeting with this name (case-insensitive) on this date (or with no date, for nil).
    func meeting(named name: String, on date: CalendarDate?) throws -> Meeting?
    /// The meeting with this ID, or else the latest with this name (case-insensitive).
    func meeting(idOrName: String) throws -> Meeting?
    /// Every meeting, by date (undated first), then ID.
    func meetingsByDate() throws -> [Meeting]
    /// The meetings a person has participation rows for, by date, then ID.
    func meetings(withParticipationOf person: PersonID) throws -> [Meeting]
    /// Adds a participation row: record `record`'s status and times at `meeting`.
    func insertParticipation(_ participation: Participation, meeting: MeetingID, record: Int64) throws
    /// The participation rows of one meeting, or of every meeting for nil, by meeting and then as recorded; each
    /// with the person its record belongs to now.
    func participations(in meeting: MeetingID?) throws -> [Participation]
}
