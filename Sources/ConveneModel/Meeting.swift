import Foundation

/// A stable identifier for a meeting, e.g. `M0003`.
///
/// ```swift
/// let id = MeetingID("M0003")
/// print(id)   // M0003
/// ```
public struct MeetingID: Hashable, TextIdentifier, Sendable, Comparable, CustomStringConvertible {
    /// The identifier as text, e.g. `M0003`.
    public var rawValue: String

    /// Wraps an identifier's text as it is.
    ///
    /// ```swift
    /// let launch = MeetingID("M0001")
    /// ```
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The identifier's text (``rawValue``).
    public var description: String { rawValue }
    /// Orders identifiers by their text.
    ///
    /// ```swift
    /// [MeetingID("M0010"), MeetingID("M0002")].sorted()   // M0002, M0010
    /// ```
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The meetings in a sector partnership's life cycle.
///
/// ```swift
/// let kind = MeetingKind(rawValue: "action-team")   // .actionTeam
/// ```
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    /// The launch meeting, where businesses name their priorities.
    case launch
    /// A meeting of an action team working on one priority; its attendees are the team.
    case actionTeam = "action-team"
    /// A meeting of the whole partnership (a quarterly meeting).
    case partnership
    /// A planning meeting of the conveners.
    case planning
    /// Any other meeting.
    case other
}

/// A calendar date without a time zone (meetings are planned by day).
///
/// ```swift
/// let launch = CalendarDate(year: 2026, month: 8, day: 25)
/// let followUp = launch.adding(days: 14)   // 2026-09-08
/// launch < followUp                        // true
/// ```
public struct CalendarDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Encoded as ISO text ("2026-08-25"), as `--json` prints dates everywhere; the object form
    /// `{"year", "month", "day"}` that workspaces and settings files written before stored still reads.
    ///
    /// ```swift
    /// try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-08-25"]"#.utf8))   // [2026-08-25]
    /// ```
    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            guard let date = CalendarDate(iso: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\""))
            }
            self = date
            return
        }
        let parts = try decoder.container(keyedBy: StoredKeys.self)
        self.init(year: try parts.decode(Int.self, forKey: .year), month: try parts.decode(Int.self, forKey: .month),
                  day: try parts.decode(Int.self, forKey: .day))
    }

    /// Writes the date as ISO text.
    ///
    /// ```swift
    /// String(decoding: try JSONEncoder().encode([CalendarDate(year: 2026, month: 8, day: 25)]), as: UTF8.self)   // ["2026-08-25"]
    /// ```
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private enum StoredKeys: String, CodingKey { case year, month, day }

    /// A date from its parts, as given (not checked: use ``init(iso:)`` to validate text).
    ///
    /// ```swift
    /// let launch = CalendarDate(year: 2026, month: 8, day: 25)
    /// launch.iso                    // "2026-08-25"
    /// launch.adding(days: 7).iso    // "2026-09-01"
    /// ```
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-mm-dd`; returns nil for anything else or an impossible date.
    ///
    /// ```swift
    /// CalendarDate(iso: "2026-08-25")?.day   // 25
    /// CalendarDate(iso: "2026-02-30")        // nil
    /// ```
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date as `yyyy-mm-dd`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// The date as `yyyy-mm-dd` (``iso``).
    public var description: String { iso }

    /// Orders dates by year, then month, then day.
    ///
    /// ```swift
    /// CalendarDate(year: 2026, month: 8, day: 25) < CalendarDate(year: 2026, month: 9, day: 1)   // true
    /// ```
    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The number of days in a month of the Gregorian calendar, leap years included.
    ///
    /// ```swift
    /// CalendarDate.daysIn(month: 2, year: 2028)   // 29
    /// ```
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without Foundation calendars.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date a number of days after 1970-01-01 (before it, for a negative number): the inverse of ``daysSinceEpoch``.
    ///
    /// ```swift
    /// CalendarDate(daysSinceEpoch: 0).iso   // "1970-01-01"
    /// ```
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `days` days later (earlier, for a negative number).
    ///
    /// ```swift
    /// CalendarDate(year: 2026, month: 12, day: 30).adding(days: 3).iso   // "2027-01-02"
    /// ```
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }
}

/// A meeting of the partnership: the launch, an action-team call, a quarterly partnership meeting …
///
/// ```swift
/// var winter = Meeting(id: MeetingID("M0004"), name: "Winter Partnership Meeting",
///                      date: CalendarDate(iso: "2026-12-08"), kind: .partnership, location: "Rock Valley College")
/// winter.startTime = "09:00"
/// ```
public struct Meeting: Hashable, Codable, Sendable, Identifiable {
    /// The meeting's stable ID (`M0001`).
    public var id: MeetingID
    /// The meeting's name, e.g. "Winter Partnership Meeting".
    public var name: String
    /// The day it takes place, if known.
    public var date: CalendarDate?
    /// Which meeting of the partnership's life cycle it is.
    public var kind: MeetingKind
    /// True for an online meeting (a Zoom or Teams report says so).
    public var isVirtual: Bool
    /// Where it takes place, if known.
    public var location: String?
    /// Start and end as written by the source, with time zone where given (e.g. Teams' summary).
    public var startTime: String?
    /// End as written by the source, with time zone where given.
    public var endTime: String?

    /// A meeting from its ID and name; everything else is optional.
    ///
    /// ```swift
    /// let launch = Meeting(id: MeetingID("M0001"), name: "Launch", date: CalendarDate(iso: "2026-08-25"), kind: .launch)
    /// ```
    public init(id: MeetingID, name: String, date: CalendarDate? = nil, kind: MeetingKind = .other, isVirtual: Bool = false,
                location: String? = nil, startTime: String? = nil, endTime: String? = nil) {
        self.id = id
        self.name = name
        self.date = date
        self.kind = kind
        self.isVirtual = isVirtual
        self.location = location
        self.startTime = startTime
        self.endTime = endTime
    }
}

/// How a person took part in a meeting.
///
/// ```swift
/// let came: Set<ParticipationStatus> = [.attended, .walkIn]
/// let attended = participations.filter { came.contains($0.status) }.count
/// ```
public enum ParticipationStatus: String, Codable, Sendable, CaseIterable {
    /// On an invitation list.
    case invited
    /// Registered or RSVP'd.
    case registered
    /// Attended: on the sign-in sheet or in the meeting report.
    case attended
    /// Attended without having registered.
    case walkIn = "walk-in"
    /// Registered but did not attend.
    case noShow = "no-show"
}

/// One person's part in one meeting, from one source record. Virtual meetings carry join/leave and minutes;
/// a Zoom report writes one row per rejoin, so several participations may exist for one person and meeting.
///
/// ```swift
/// let zoom = Participation(meeting: MeetingID("M0002"), person: PersonID("P000012"), status: .attended,
///                          joinTime: "2026-09-15T09:58:12", leaveTime: "2026-09-15T11:03:15", minutes: 65,
///                          source: SourceRecord(file: "participants_81422075531.csv", record: 4))
/// ```
public struct Participation: Hashable, Codable, Sendable {
    /// The meeting.
    public var meeting: MeetingID
    /// The person, once the source record has been linked to one.
    public var person: PersonID?
    /// How the person took part.
    public var status: ParticipationStatus
    /// Join / leave as written by the source ("3/5/24, 9:58:12 AM"), normalized ISO-8601 where parseable.
    public var joinTime: String?
    /// Leave time, written as ``joinTime`` is.
    public var leaveTime: String?
    /// Minutes in the meeting, as the report gives them.
    public var minutes: Double?
    /// The role the report gives ("Organizer", "Presenter", "Attendee"), if any.
    public var role: String?
    /// The record this participation was read from.
    public var source: SourceRecord

    /// A participation from its meeting, status and source record.
    ///
    /// ```swift
    /// let walkIn = Participation(meeting: MeetingID("M0001"), person: PersonID("P000031"), status: .walkIn,
    ///                            source: SourceRecord(file: "launch-signin.csv", record: 12))
    /// ```
    public init(meeting: MeetingID, person: PersonID? = nil, status: ParticipationStatus, joinTime: String? = nil,
                leaveTime: String? = nil, minutes: Double? = nil, role: String? = nil, source: SourceRecord) {
        self.meeting = meeting
        self.person = person
        self.status = status
        self.joinTime = joinTime
        self.leaveTime = leaveTime
        self.minutes = minutes
        self.role = role
        self.source = source
    }
}
