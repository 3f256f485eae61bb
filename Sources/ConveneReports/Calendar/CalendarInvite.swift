import ConveneModel
import Foundation

/// When an event starts or ends.
///
/// ```swift
/// let allDay = InviteTime.day(CalendarDate(year: 2026, month: 8, day: 25))
/// let nineEastern = InviteTime.instant(secondsSinceEpoch: 1_787_662_800)   // 2026-08-25 13:00 UTC
/// ```
public enum InviteTime: Sendable, Hashable {
    /// A whole day (`DTSTART;VALUE=DATE:20240305`), used when the meeting has a date but no time.
    case day(CalendarDate)
    /// An instant, written in UTC (`…Z`) so every calendar client places it right without a VTIMEZONE.
    case instant(secondsSinceEpoch: Int)
}

/// A calendar invitation for one meeting, written as an RFC 5545 iCalendar object.
///
/// ```swift
/// let ics = try CalendarInvite(meeting: m, partnership: "Metro Manufacturing Partnership",
///                              start: "09:00", durationMinutes: 120, timeZone: "America/Chicago").ics(stamp: .now)
/// ```
public struct CalendarInvite: Sendable, Hashable {
    /// The event's unique ID; the same for the same meeting, so a re-sent invitation updates the entry.
    public var uid: String
    /// The title calendars show ("Partnership: Launch").
    public var summary: String
    /// The event's notes.
    public var description: String?
    /// Where it is ("Online" for a virtual meeting without a location).
    public var location: String?
    /// When it starts.
    public var start: InviteTime
    /// When it ends (for a whole day, the next day, as RFC 5545 wants).
    public var end: InviteTime

    /// An invitation with the properties of the same names.
    ///
    /// ```swift
    /// let day = CalendarDate(year: 2026, month: 8, day: 25)
    /// let invite = CalendarInvite(uid: "M0001-tcamp@convene", summary: "TCAMP: Launch",
    ///                             start: .day(day), end: .day(day.adding(days: 1)))
    /// ```
    public init(uid: String, summary: String, description: String? = nil, location: String? = nil,
                start: InviteTime, end: InviteTime) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.location = location
        self.start = start
        self.end = end
    }

    /// Builds the invitation from a meeting. `start`/`end` override the meeting's own times ("09:00",
    /// "9:00 AM", or ISO-8601 with an offset); a wall-clock time is placed in `timeZone` (an IANA name).
    /// Without any time the invitation covers the whole day.
    ///
    /// ```swift
    /// let invite = try CalendarInvite(meeting: launch, partnership: "Tri-County Advanced Manufacturing Partnership",
    ///                                 start: "5:30 PM", durationMinutes: 120, timeZone: "America/Detroit")
    /// ```
    /// - Throws: ``CalendarInviteError`` when the meeting has no date, a time is not understood, the zone is
    ///   unknown or the end is not after the start.
    public init(meeting: Meeting, partnership: String, start: String? = nil, end: String? = nil,
                durationMinutes: Int = 90, timeZone: String? = nil, description: String? = nil) throws {
        guard let date = meeting.date else { throw CalendarInviteError.noDate(meeting.id) }
        let zone: TimeZone
        if let timeZone {
            guard let z = TimeZone(identifier: timeZone) else { throw CalendarInviteError.unknownTimeZone(timeZone) }
            zone = z
        } else {
            zone = TimeZone(identifier: "UTC")!
        }
        let startText = start ?? meeting.startTime
        let endText = end ?? meeting.endTime
        let startTime: InviteTime, endTime: InviteTime
        if let s = startText, !s.isEmpty {
            let startSeconds = try Self.instant(s, on: date, in: zone)
            startTime = .instant(secondsSinceEpoch: startSeconds)
            if let e = endText, !e.isEmpty {
                let endSeconds = try Self.instant(e, on: date, in: zone)
                guard endSeconds > startSeconds else { throw CalendarInviteError.endBeforeStart(s, e) }
                endTime = .instant(secondsSinceEpoch: endSeconds)
            } else {
                endTime = .instant(secondsSinceEpoch: startSeconds + durationMinutes * 60)
            }
        } else {
            startTime = .day(date)
            endTime = .day(date.adding(days: 1))
        }
        // The UID stays the same for the same meeting of the same partnership, so a re-sent invitation
        // updates the calendar entry instead of adding a second one.
        let slug = partnership.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
        self.init(uid: "\(meeting.id.rawValue)-\(String(String.UnicodeScalarView(slug)).prefix(40))@convene",
                  summary: "\(partnership): \(meeting.name)", description: description,
                  location: meeting.location ?? (meeting.isVirtual ? "Online" : nil), start: startTime, end: endTime)
    }

    /// The iCalendar text: CRLF line ends, lines folded at 75 octets, text values escaped.
    ///
    /// ```swift
    /// try invite.ics(stamp: Date()).write(toFile: "meeting.ics", atomically: true, encoding: .utf8)
    /// ```
    public func ics(stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Convene//Convene \(ConveneReportsInfo.version)//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
                     "UID:" + Self.escape(uid),
                     "DTSTAMP:" + Self.utc(Int(stamp.timeIntervalSince1970)),
                     Self.property("DTSTART", start), Self.property("DTEND", end),
                     "SUMMARY:" + Self.escape(summary)]
        if let location, !location.isEmpty { lines.append("LOCATION:" + Self.escape(location)) }
        if let description, !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description)) }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func property(_ name: String, _ time: InviteTime) -> String {
        switch time {
        case .day(let d): "\(name);VALUE=DATE:" + String(format: "%04d%02d%02d", d.year, d.month, d.day)
        case .instant(let s): "\(name):" + utc(s)
        }
    }

    static func utc(_ seconds: Int) -> String {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let d = CalendarDate(daysSinceEpoch: days)
        let rest = seconds - days * 86_400
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", d.year, d.month, d.day, rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; newlines become `\n`.
    ///
    /// ```swift
    /// CalendarInvite.escape("Room 4, Building B; bring ID")   // "Room 4\\, Building B\\; bring ID"
    /// ```
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// RFC 5545 §3.1: lines longer than 75 octets are split with CRLF + one space, never inside a UTF-8
    /// character.
    ///
    /// ```swift
    /// CalendarInvite.fold(String(repeating: "x", count: 80))   // 75 x, CRLF, a space, 5 x
    /// ```
    public static func fold(_ line: String) -> String {
        var out = "", octets = 0
        for ch in line.unicodeScalars {
            let n = String(ch).utf8.count
            if octets + n > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(ch)
            octets += n
        }
        return out
    }

    /// Parses "09:00", "9:00 AM", "02/10/2026 09:00:00 AM" (the time is taken) on `date` in `zone`, or an
    /// ISO-8601 stamp with its own offset.
    static func instant(_ text: String, on date: CalendarDate, in zone: TimeZone) throws -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count >= 16, t.contains("-"), let s = parseTimestamp(t) {
            // A stamp without an offset is wall-clock time in `zone`.
            let hasOffset = t.hasSuffix("Z") || t.dropFirst(16).contains("+") || t.dropFirst(16).contains("-")
            return hasOffset ? s : s - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(s)))
        }
        guard let clock = WallClock(t) else { throw CalendarInviteError.badTime(text) }
        let wall = date.daysSinceEpoch * 86_400 + clock.hour * 3600 + clock.minute * 60 + clock.second
        // The offset at that wall-clock time: try the offset at the naive instant, then correct once (DST edges).
        var offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - offset)))
        return wall - offset
    }
}

/// Why an invitation could not be made.
///
/// ```swift
/// do { _ = try CalendarInvite(meeting: undated, partnership: "TCAMP") }
/// catch CalendarInviteError.noDate(let id) { print("set a date for \(id) first") }
/// ```
public enum CalendarInviteError: Error, Equatable, CustomStringConvertible {
    case noDate(MeetingID)
    case unknownTimeZone(String)
    case badTime(String)
    case endBeforeStart(String, String)

    /// One line for the user, e.g. "meeting M0004 has no date: set one before sending an invitation".
    public var description: String {
        switch self {
        case .noDate(let m): "meeting \(m) has no date: set one before sending an invitation"
        case .unknownTimeZone(let z): "unknown time zone \"\(z)\": expected an IANA name such as America/Chicago"
        case .badTime(let t): "time \"\(t)\" not understood: expected 09:00, 9:00 AM or an ISO-8601 stamp"
        case .endBeforeStart(let s, let e): "end time \(e) is not after start time \(s)"
        }
    }
}

/// Facts about this module for generated files.
///
/// ```swift
/// let prodID = "-//Convene//Convene \(ConveneReportsInfo.version)//EN"
/// ```
public enum ConveneReportsInfo {
    /// The version written into generated files (an invitation's `PRODID`).
    public static let version = "0.1.0"
}
