import Foundation

/// A stable identifier for a meeting, e.g. `M0003`.
public struct MeetingID: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The meetings in a sector partnership's life cycle.
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case launch
    case actionTeam = "action-team"
    case partnership
    case planning
    case other
}

/// A calendar date without a time zone (meetings are planned by day).
public struct CalendarDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-mm-dd`; returns nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

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

    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }
}

/// A meeting of the partnership: the launch, an action-team call, a quarterly partnership meeting …
public struct Meeting: Hashable, Codable, Sendable, Identifiable {
    public var id: MeetingID
    public var name: String
    public var date: CalendarDate?
    public var kind: MeetingKind
    public var isVirtual: Bool
    public var location: String?
    /// Start and end as written by the source, with time zone where given (e.g. Teams' summary).
    public var startTime: String?
    public var endTime: String?

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
public enum ParticipationStatus: String, Codable, Sendable, CaseIterable {
    case invited
    case registered
    case attended
    case walkIn = "walk-in"
    case noShow = "no-show"
}

/// One person's part in one meeting, from one source record. Virtual meetings carry join/leave and minutes;
/// a Zoom report writes one row per rejoin, so several participations may exist for one person and meeting.
public struct Participation: Hashable, Codable, Sendable {
    public var meeting: MeetingID
    public var person: PersonID?
    public var status: ParticipationStatus
    /// Join / leave as written by the source ("3/5/24, 9:58:12 AM"), normalized ISO-8601 where parseable.
    public var joinTime: String?
    public var leaveTime: String?
    public var minutes: Double?
    public var role: String?
    public var source: SourceRecord

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
