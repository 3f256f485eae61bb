import Foundation
import ConveneModel

/// A span of time in seconds since 1970-01-01 UTC, used to add up the minutes a person spent in a virtual
/// meeting when Zoom or Teams wrote one row per join.
///
/// ```swift
/// let laptop = AttendanceSpan(start: 0, end: 3_600), phone = AttendanceSpan(start: 1_800, end: 4_200)
/// AttendanceSpan.merge([laptop, phone]).map(\.seconds)   // [4200]
/// ```
public struct AttendanceSpan: Hashable, Sendable {
    /// When it starts, in seconds since 1970-01-01 UTC.
    public var start: Int
    /// When it ends, never before ``start``.
    public var end: Int
    /// The span between `start` and `end`, in either order.
    ///
    /// ```swift
    /// AttendanceSpan(start: 600, end: 0).seconds   // 600
    /// ```
    public init(start: Int, end: Int) {
        self.start = min(start, end)
        self.end = max(start, end)
    }
    /// The length in seconds.
    public var seconds: Int { end - start }

    /// Merges overlapping or touching spans so time in two windows at once (a laptop and a phone, or a rejoin
    /// before the old connection timed out) is counted once.
    ///
    /// ```swift
    /// AttendanceSpan.merge([AttendanceSpan(start: 0, end: 60), AttendanceSpan(start: 60, end: 90)])   // [0…90]
    /// ```
    public static func merge(_ spans: [AttendanceSpan]) -> [AttendanceSpan] {
        var merged: [AttendanceSpan] = []
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}

/// Parses the normalized join/leave stamps the importer writes: `yyyy-mm-ddTHH:MM[:SS[.fff]][Z|±HH:MM]`
/// (a space instead of `T` is accepted). A stamp without an offset is taken as UTC: all stamps of one
/// meeting come from one report, so only differences matter. Returns seconds since the epoch, or nil.
///
/// ```swift
/// parseTimestamp("2026-08-25T17:30:00-04:00")   // 1787693400 (21:30 UTC)
/// parseTimestamp("25/08/2026 17:30")            // nil
/// ```
public func parseTimestamp(_ text: String) -> Int? {
    let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
        guard from + count <= s.count else { return nil }
        var value = 0
        for b in s[from..<from + count] {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }
    guard s.count >= 16, let y = number(0, 4), s[4] == 45, let mo = number(5, 2), s[7] == 45, let d = number(8, 2),
          s[10] == 84 || s[10] == 32, let h = number(11, 2), s[13] == 58, let mi = number(14, 2),
          (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60 else { return nil }
    var i = 16
    var sec = 0
    if i < s.count, s[i] == 58 {
        guard let v = number(i + 1, 2), v < 61 else { return nil }
        sec = v
        i += 3
        if i < s.count, s[i] == 46 || s[i] == 44 { // fractional seconds: ignored
            i += 1
            while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
        }
    }
    var offset = 0
    if i < s.count {
        if s[i] == 90 || s[i] == 122 { i += 1 } // Z
        else if s[i] == 43 || s[i] == 45 {
            let sign = s[i] == 45 ? -1 : 1
            guard let oh = number(i + 1, 2) else { return nil }
            var om = 0
            if let m = number(i + 4, 2), s[i + 3] == 58 { om = m; i += 6 }
            else if let m = number(i + 3, 2) { om = m; i += 5 }
            else { i += 3 }
            offset = sign * (oh * 3600 + om * 60)
        }
        guard i == s.count else { return nil }
    }
    let days = CalendarDate(year: y, month: mo, day: d).daysSinceEpoch
    return days * 86_400 + h * 3600 + mi * 60 + sec - offset
}
