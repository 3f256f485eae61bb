import Foundation

/// A time of day found in text as sources write it: "09:00", "9:00 AM", "02/10/2026 09:00:00 AM",
/// "2024-03-26T09:00:00".
///
/// ```swift
/// WallClock("02/10/2026 09:05:00 PM")   // hour 21, minute 5, second 0
/// WallClock("no time here")             // nil
/// ```
public struct WallClock: Hashable, Sendable {
    /// Hour of the day, 0 … 23.
    public var hour: Int
    /// Minute, 0 … 59.
    public var minute: Int
    /// Second, 0 … 59.
    public var second: Int

    /// Finds the first `H:MM[:SS]` in `text`, with a following AM/PM if present.
    ///
    /// ```swift
    /// let start = WallClock("9:00 AM")!   // hour 9, minute 0
    /// start.display                  // "9:00 AM"
    /// ```
    public init?(_ text: String) {
        let upper = text.uppercased()
        guard let match = upper.range(of: #"(\d{1,2}):(\d{2})(:(\d{2}))?(\.\d+)?\s*(AM|PM)?"#, options: .regularExpression) else { return nil }
        let piece = String(upper[match])
        let isPM = piece.hasSuffix("PM"), isAM = piece.hasSuffix("AM")
        let numbers = piece.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        var h = numbers[0]
        let m = numbers[1], s = numbers.count >= 3 ? numbers[2] : 0
        if isPM || isAM {
            guard (1...12).contains(h) else { return nil }
            h = h % 12 + (isPM ? 12 : 0)
        }
        guard h < 24, m < 60, s < 60 else { return nil }
        hour = h
        minute = m
        second = s
    }

    /// "9:00 AM" — for text people read.
    public var display: String {
        let h12 = hour % 12 == 0 ? 12 : hour % 12
        return String(format: "%d:%02d %@", h12, minute, hour < 12 ? "AM" : "PM")
    }
}
