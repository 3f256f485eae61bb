import Foundation

extension XLSXDateTime {
    /// The calendar components (year…nanosecond; only the time fields for a time-only value), for callers that
    /// build their own date types.
    public var dateComponents: DateComponents {
        var components = DateComponents(hour: hour, minute: minute, second: second,
                                        nanosecond: millisecond * 1_000_000)
        if hasDate {
            components.year = year
            components.month = month
            components.day = day
        }
        return components
    }

    /// The instant this wall-clock reading denotes in `timeZone` (cells carry no zone, so the caller picks one).
    /// Nil for a time-only value and for Excel's fictitious 1900-02-29.
    ///
    /// ```swift
    /// let start = XLSXDateTime(year: 2026, month: 8, day: 25, hour: 17, hasTime: true)
    /// let instant = start.date(in: TimeZone(identifier: "America/Chicago")!)
    /// ```
    public func date(in timeZone: TimeZone) -> Date? {
        guard hasDate, !(year == 1900 && month == 2 && day == 29) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: dateComponents)
    }

    /// The same value as the writer's ``ExcelDateTime``, to write a date read from one workbook into another.
    /// Nil for a time-only value or a date outside the writer's 1900–9999 range.
    public var excelDateTime: ExcelDateTime? {
        guard hasDate, (1900...9999).contains(year) else { return nil }
        return ExcelDateTime(year: year, month: month, day: day, hour: hour, minute: minute,
                             second: Double(second) + Double(millisecond) / 1000)
    }
}
