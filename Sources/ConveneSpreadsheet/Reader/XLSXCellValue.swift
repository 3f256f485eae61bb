import Foundation

/// A calendar date and/or time of day read from a cell, as Excel shows it: no time zone.
///
/// Kept as components rather than `Foundation.Date` because a spreadsheet date has no time zone, and because
/// Excel's fictitious 1900-02-29 (serial 60, the Lotus leap-year bug) has no `Date`.
///
/// ```swift
/// if case .date(let date) = sheet["C2"] {
///     print(date.year, date.month, date.day, date.iso8601)   // 2025 3 7 2025-03-07
/// }
/// ```
public struct XLSXDateTime: Hashable, Sendable, CustomStringConvertible {
    // Stored compactly (24 bytes instead of 72): a sheet of a million cells keeps one in every cell's value.
    private let storedYear: Int32
    private let storedMonth, storedDay, storedHour, storedMinute, storedSecond: UInt8
    private let storedMillisecond: UInt16

    /// Year (e.g. 2025); 0 for a time-only value.
    public var year: Int { Int(storedYear) }
    /// Month 1–12; 0 for a time-only value.
    public var month: Int { Int(storedMonth) }
    /// Day of month 1–31; 0 for a time-only value.
    public var day: Int { Int(storedDay) }
    /// Hour 0–23.
    public var hour: Int { Int(storedHour) }
    /// Minute 0–59.
    public var minute: Int { Int(storedMinute) }
    /// Second 0–59.
    public var second: Int { Int(storedSecond) }
    /// Milliseconds 0–999 (Excel stores about 1 ms of precision).
    public var millisecond: Int { Int(storedMillisecond) }
    /// The cell's number format shows a date part (day, month or year).
    public let hasDate: Bool
    /// The cell's number format shows a time part (hours, minutes or seconds).
    public let hasTime: Bool
    /// The raw serial number stored in the cell (days since the workbook's epoch); 0 for ISO-text (`t="d"`) cells.
    public let serial: Double

    /// Creates a value; the reader builds these from serial numbers (see ``XLSXDateSystem``). Components are
    /// clamped to their ranges (year 0–9999).
    ///
    /// ```swift
    /// let launch = XLSXDateTime(year: 2026, month: 8, day: 25, hour: 17, minute: 30, hasTime: true)
    /// ```
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                millisecond: Int = 0, hasDate: Bool = true, hasTime: Bool = false, serial: Double = 0) {
        storedYear = Int32(clamping: min(max(year, 0), 9999))
        storedMonth = UInt8(clamping: min(max(month, 0), 12))
        storedDay = UInt8(clamping: min(max(day, 0), 31))
        storedHour = UInt8(clamping: min(max(hour, 0), 23))
        storedMinute = UInt8(clamping: min(max(minute, 0), 59))
        storedSecond = UInt8(clamping: min(max(second, 0), 59))
        storedMillisecond = UInt16(clamping: min(max(millisecond, 0), 999))
        self.hasDate = hasDate
        self.hasTime = hasTime
        self.serial = serial
    }

    /// ISO 8601 without a zone, showing what the number format shows: `2025-03-07` for a date format (even if
    /// the serial has a fraction of a day), `2025-03-07T14:30:00` for a date-and-time format (`2025-03-07` at
    /// midnight), `14:30:00` for a time-only format. The hidden time stays in ``hour``/``minute``/``second``.
    public var iso8601: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        let fraction = millisecond == 0 ? "" : "." + pad(millisecond, 3)
        let time = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))\(fraction)"
        if !hasDate { return time }
        if !hasTime || (hour == 0 && minute == 0 && second == 0 && millisecond == 0) { return date }
        return "\(date)T\(time)"
    }

    /// The value as ``iso8601`` shows it.
    public var description: String { iso8601 }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The epoch a workbook counts its date serial numbers from (`<workbookPr date1904="1"/>`).
///
/// ```swift
/// let date = reader.dateSystem.dateTime(fromSerial: 45658)   // 2025-01-01 in a windows1900 workbook
/// ```
public enum XLSXDateSystem: Sendable, Equatable {
    /// Serial 1 is 1900-01-01; serial 60 is Excel's fictitious 1900-02-29 (kept for Lotus 1-2-3 compatibility).
    case windows1900
    /// Serial 0 is 1904-01-01 (old Mac Excel).
    case mac1904

    /// Converts a serial number to a date/time; nil for negative or out-of-range serials (Excel shows ####).
    ///
    /// ```swift
    /// let date = XLSXDateSystem.windows1900.dateTime(fromSerial: 45658, hasTime: false)!
    /// date.iso8601   // "2025-01-01"
    /// ```
    public func dateTime(fromSerial serial: Double, hasDate: Bool = true, hasTime: Bool = true) -> XLSXDateTime? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil } // 9999-12-31 is 2958465
        // Round to the millisecond first, so 0.999999 of a day becomes the next midnight, not 23:59:59.999.
        let totalMilliseconds = (serial * 86_400_000).rounded()
        var days = Int(totalMilliseconds / 86_400_000)
        var msOfDay = Int(totalMilliseconds - Double(days) * 86_400_000)
        if msOfDay < 0 { msOfDay = 0 }
        let hour = msOfDay / 3_600_000
        let minute = msOfDay / 60_000 % 60
        let second = msOfDay / 1000 % 60
        let millisecond = msOfDay % 1000
        guard hasDate else {
            return XLSXDateTime(year: 0, month: 0, day: 0, hour: hour, minute: minute, second: second,
                                millisecond: millisecond, hasDate: false, hasTime: true, serial: serial)
        }
        let (year, month, day): (Int, Int, Int)
        switch self {
        case .windows1900:
            if days == 60 {
                (year, month, day) = (1900, 2, 29)
            } else {
                // Serials before the phantom leap day are one day "late"; Excel's day 0 prints as 1900-01-00,
                // which we show as 1899-12-31.
                if days < 60 { days += 1 }
                (year, month, day) = Self.civil(fromDaysSince1970: days - 25_569)
            }
        case .mac1904:
            (year, month, day) = Self.civil(fromDaysSince1970: days - 24_107)
        }
        return XLSXDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                            millisecond: millisecond, hasDate: true, hasTime: hasTime, serial: serial)
    }

    /// Howard Hinnant's days-from-civil inverse: proleptic Gregorian calendar, no Foundation calendar needed.
    static func civil(fromDaysSince1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// The value of one cell, typed as the workbook stores it.
///
/// Use ``text`` when an importer wants the cell as the user saw it: dates in ISO 8601, whole numbers without
/// `.0`, booleans as `TRUE`/`FALSE`, errors as `#N/A` etc.
///
/// ```swift
/// switch sheet["B2"] {
/// case .number(let count): print("attended:", count)
/// case .empty: print("no count")
/// default: print("unexpected:", sheet["B2"].text)
/// }
/// ```
public enum XLSXCellValue: Hashable, Sendable {
    /// No value (a styled blank cell, or a position with no cell at all).
    case empty
    /// Text (shared, inline, or a formula's text result). Rich-text runs are concatenated.
    case string(String)
    /// A number that is not formatted as a date.
    case number(Double)
    /// TRUE / FALSE.
    case bool(Bool)
    /// A number whose number format is a date or time format, converted with the workbook's date system.
    case date(XLSXDateTime)
    /// An error value such as `#N/A`, `#DIV/0!`, `#REF!`.
    case error(String)

    /// The value as text for importers: "" for empty, ISO 8601 for dates, `42` not `42.0`, `TRUE`/`FALSE`.
    public var text: String {
        switch self {
        case .empty: return ""
        case .string(let string): return string
        case .number(let number): return Self.format(number)
        case .bool(let bool): return bool ? "TRUE" : "FALSE"
        case .date(let date): return date.iso8601
        case .error(let code): return code
        }
    }

    /// True for ``empty`` and for strings that are empty or only whitespace.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .string(let string): return string.allSatisfy(\.isWhitespace)
        default: return false
        }
    }

    /// Whole numbers print without a fraction (`12345`, not `12345.0`); others with at most 15 significant
    /// digits, as Excel's General format shows them (`=1.1+2.2` stores 3.3000000000000003 and shows `3.3`).
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        guard number.isFinite else { return String(number) }
        return String(format: "%.15g", number)
    }
}
