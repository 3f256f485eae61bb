import Foundation

/// A calendar date and wall-clock time as Excel stores it: no time zone, 1900-01-01 … 9999-12-31.
///
/// ```swift
/// let meeting = ExcelDateTime(year: 2026, month: 3, day: 14, hour: 9, minute: 30)
/// let day = ExcelDateTime(year: 2026, month: 3, day: 14)
/// let now = ExcelDateTime(Date(), timeZone: TimeZone(identifier: "America/Chicago")!)
/// ```
public struct ExcelDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The year, 1900 … 9999.
    public var year: Int
    /// The month, 1 … 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int
    /// The hour, 0 … 23.
    public var hour: Int
    /// The minute, 0 … 59.
    public var minute: Int
    /// The second, `0 ..< 60`, fractions allowed.
    public var second: Double

    /// The date and time as given; nothing is checked here — a cell written with an impossible date (February 30,
    /// year 1899) throws when it is written.
    ///
    /// ```swift
    /// let start = ExcelDateTime(year: 2026, month: 8, day: 25, hour: 17, minute: 30)
    /// start.hasTime   // true
    /// ```
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock reading of `date` in `timeZone` (Excel cells carry no zone, so one must be chosen).
    ///
    /// ```swift
    /// let now = ExcelDateTime(Date(), timeZone: TimeZone(identifier: "America/New_York")!)
    /// ```
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        self.init(year: c.year ?? 1900, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0,
                  minute: c.minute ?? 0, second: Double(c.second ?? 0) + Double(c.nanosecond ?? 0) / 1e9)
    }

    /// Whether there is a time-of-day part (used to pick a default display format).
    public var hasTime: Bool { hour != 0 || minute != 0 || second != 0 }

    /// `nil` if valid, otherwise why not.
    var problem: String? {
        guard (1900...9999).contains(year) else { return "year \(year) is outside Excel's 1900...9999" }
        guard (1...12).contains(month) else { return "month \(month) is not 1...12" }
        // Arithmetic, not Calendar: this runs for every date cell.
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return "day \(day) does not exist in \(year)-\(month)" }
        guard (0...23).contains(hour), (0...59).contains(minute), second >= 0, second < 60 else {
            return "time \(hour):\(minute):\(second) is not a valid time of day"
        }
        return nil
    }

    /// `2026-08-25`, or `2026-08-25 17:30:00` when there is a time of day.
    public var description: String {
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        return hasTime ? date + String(format: " %02d:%02d:%02.0f", hour, minute, second) : date
    }
}

/// The value a formula shows until Excel recalculates it (viewers that do not calculate show this).
///
/// ```swift
/// try sheet.writeFormula("=SUM(B2:B9)", result: .number(42), row: 9, column: 1)
/// ```
public enum FormulaResult: Hashable, Sendable {
    case number(Double)
    case string(String)
    case boolean(Bool)
}

/// One cell's content, for writing whole rows at once.
///
/// ```swift
/// try sheet.writeRow([.string("Ada Lovelace"), .number(3), .date(ExcelDateTime(year: 2026, month: 3, day: 14)),
///                     .boolean(true), .url("https://example.org", text: "site"), .blank], row: 1)
/// ```
public enum CellValue: Hashable, Sendable {
    /// Text, always stored as text: a leading `=` stays a character, never a formula.
    case string(String)
    case number(Double)
    /// A date or date-time; shown with ``Format/date`` or ``Format/dateTime`` unless a format is given.
    case date(ExcelDateTime)
    case boolean(Bool)
    /// A formula such as `"=SUM(B2:B9)"` (the leading `=` is optional) with an optional cached result.
    case formula(String, result: FormulaResult?)
    /// A hyperlink (`https:`, `mailto:`, `internal:Sheet2!A1`, …) with optional display text.
    case url(String, text: String?)
    /// An empty cell that still carries a format.
    case blank

    /// `.formula(text, result: nil)`.
    ///
    /// ```swift
    /// try sheet.write(.formula("=SUM(B2:B9)"), row: 9, column: 1)
    /// ```
    public static func formula(_ text: String) -> CellValue { .formula(text, result: nil) }
    /// `.url(address, text: nil)`.
    ///
    /// ```swift
    /// try sheet.write(.url("https://example.org/partnership"), row: 0, column: 3)
    /// ```
    public static func url(_ address: String) -> CellValue { .url(address, text: nil) }
}
