import ConveneModel

/// A date with a time of day as an export wrote it, time zone kept where one was given.
///
/// ```swift
/// let joined = DateTimeParser.dateTime("3/5/24, 9:58:12 AM")!
/// joined.hasTime            // true
/// joined.utcOffsetMinutes   // nil: the report gave no zone
/// joined.iso8601            // "2024-03-05T09:58:12"
/// ```
public struct ParsedDateTime: Hashable, Codable, Sendable {
    /// The calendar date.
    public var date: CalendarDate
    /// Hour of the day, 0 … 23 (0 when there was no time).
    public var hour: Int
    /// Minute, 0 … 59.
    public var minute: Int
    /// Second, 0 … 59.
    public var second: Int
    /// Milliseconds after `second` ("09:58:12.345" → 345).
    public var millisecond: Int
    /// False when the text held only a date; the time fields are then 0.
    public var hasTime: Bool
    /// Offset from UTC in minutes (-300 for "-05:00" or "EST"), nil when the text gave none or named a zone
    /// whose offset we do not know.
    public var utcOffsetMinutes: Int?
    /// The zone as written ("Z", "-05:00", "EST", "UTC", "America/Chicago"), nil when none was given.
    public var timeZone: String?

    /// A date-time with the properties of the same names (``DateTimeParser/dateTime(_:)`` makes them from text).
    ///
    /// ```swift
    /// let start = ParsedDateTime(date: CalendarDate(year: 2026, month: 8, day: 25), hour: 17, minute: 30,
    ///                            utcOffsetMinutes: -300, timeZone: "-05:00")
    /// start.iso8601   // "2026-08-25T17:30:00-05:00"
    /// ```
    public init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0,
                hasTime: Bool = true, utcOffsetMinutes: Int? = nil, timeZone: String? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
        self.hasTime = hasTime
        self.utcOffsetMinutes = utcOffsetMinutes
        self.timeZone = timeZone
    }

    /// "2024-03-05T09:58:12-05:00" (offset when known, "Z" for UTC, none for local time); just the date when
    /// there was no time.
    public var iso8601: String {
        guard hasTime else { return date.iso }
        var s = date.iso + "T" + pad(hour) + ":" + pad(minute) + ":" + pad(second)
        if millisecond > 0 { s += "." + String(String(1000 + millisecond).dropFirst()) }
        if let off = utcOffsetMinutes {
            if off == 0 { s += "Z" } else {
                let a = abs(off)
                s += (off < 0 ? "-" : "+") + pad(a / 60) + ":" + pad(a % 60)
            }
        }
        return s
    }

    /// Seconds since 1970-01-01 00:00 on the wall clock (ignoring the offset): for differences between two
    /// times from the same report (join → leave).
    public var wallClockSeconds: Double {
        Double(date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second) + Double(millisecond) / 1000
    }

    /// Seconds since the Unix epoch in UTC, when the offset is known.
    public var utcSeconds: Double? {
        utcOffsetMinutes.map { wallClockSeconds - Double($0 * 60) }
    }

    private func pad(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
}

/// The unit of a duration written as a bare number (Zoom's "Duration (Minutes)" column: "65").
///
/// ```swift
/// DateTimeParser.duration("1.5", bareNumberUnit: .hours)   // 5400
/// ```
public enum DurationUnit: String, Codable, Sendable {
    case seconds, minutes, hours

    var seconds: Double {
        switch self {
        case .seconds: 1
        case .minutes: 60
        case .hours: 3600
        }
    }
}

/// Dates, times and durations in the formats conveners' tools write.
///
/// ```swift
/// DateTimeParser.date("3/5/24")                               // 2024-03-05
/// DateTimeParser.date("March 5, 2024")                        // 2024-03-05
/// DateTimeParser.dateTime("3/5/24, 9:58:12 AM")?.iso8601      // "2024-03-05T09:58:12"      (Teams)
/// DateTimeParser.dateTime("2024-03-05T09:58:12-05:00")?.utcOffsetMinutes  // -300
/// DateTimeParser.duration("1h 5m 3s")                         // 3903
/// DateTimeParser.duration("65")                               // 3900 (minutes, as Zoom writes them)
/// ```
/// Slash dates are read month first (US) unless the first number cannot be a month ("25/03/2024").
/// Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999.
public enum DateTimeParser {
    /// A calendar date, from a date or date-time text, or an Excel serial day number (20000–80000).
    ///
    /// ```swift
    /// DateTimeParser.date("3/5/2024")?.iso   // "2024-03-05"
    /// DateTimeParser.date("45356")?.iso      // "2024-03-05" (an Excel serial day)
    /// DateTimeParser.date("2/29/2023")       // nil
    /// ```
    public static func date(_ s: String) -> CalendarDate? {
        dateTime(s)?.date
    }

    /// A date with its time of day (12 or 24 hour, seconds and milliseconds optional) and the time zone where
    /// given: "Z", "+05:30", "-0500", "UTC", "GMT-5", "EST", "(UTC-05:00)". A date alone comes back with
    /// `hasTime == false`. Anything left unread makes the whole text unparseable (nil): no silent guesses.
    ///
    /// ```swift
    /// let leave = DateTimeParser.dateTime("2024-03-05T14:00:00Z")!
    /// leave.utcOffsetMinutes        // 0
    /// DateTimeParser.dateTime("3/5/2024")?.hasTime   // false
    /// ```
    public static func dateTime(_ s: String) -> ParsedDateTime? {
        let tokens = lex(s)
        if tokens.isEmpty { return nil }
        if let serial = excelSerial(tokens) { return serial }
        var p = 0
        // "Tuesday, March 5, 2024"
        if case .word(let w) = tokens[p], weekdays.contains(w) {
            p += 1
            while p < tokens.count, tokens[p].isSymbol(",") || tokens[p].isSymbol(".") { p += 1 }
        }
        guard let date = parseDate(tokens, &p) else { return nil }
        var result = ParsedDateTime(date: date, hasTime: false)
        // Separators between date and time: ",", "T", "at", "@", "-".
        while p < tokens.count {
            if tokens[p].isSymbol(",") || tokens[p].isSymbol("@") || tokens[p].isSymbol("-") || tokens[p].isWord("at") {
                p += 1
            } else { break }
        }
        if p < tokens.count, tokens[p].isWord("t") { p += 1 }  // ISO "2024-03-05T09:58:12"
        if p == tokens.count { return result }
        guard parseTime(tokens, &p, into: &result) else { return nil }
        result.hasTime = true
        if p < tokens.count { guard parseZone(tokens, &p, into: &result) else { return nil } }
        // JavaScript's Date.toString(): "… GMT-0500 (Eastern Standard Time)" — the label repeats the offset.
        if p < tokens.count, tokens[p].isSymbol("("), result.timeZone != nil, tokens.last?.isSymbol(")") == true {
            p = tokens.count
        }
        return p == tokens.count ? result : nil
    }

    /// Seconds in a duration: "1h 5m 3s", "45m 2s", "1 hr 5 min", "2 hours", "1:05:03" (h:mm:ss), "45:02"
    /// (mm:ss), "PT1H5M3S", or a bare number in `bareNumberUnit` ("65" → 3900 with minutes).
    /// Nil for empty, negative or unreadable text.
    ///
    /// ```swift
    /// DateTimeParser.duration("1h 5m 3s")                      // 3903
    /// DateTimeParser.duration("65")                            // 3900: Zoom's minutes
    /// DateTimeParser.duration("3903", bareNumberUnit: .seconds) // 3903
    /// ```
    public static func duration(_ s: String, bareNumberUnit: DurationUnit = .minutes) -> Double? {
        let tokens = lex(s)
        if tokens.isEmpty { return nil }
        // A bare number, possibly with a decimal part: "65", "12.5".
        if let v = decimal(tokens, from: 0), v.next == tokens.count { return v.value * bareNumberUnit.seconds }
        // Clock form.
        if tokens.contains(where: { $0.isSymbol(":") }) {
            var parts: [Double] = []
            var p = 0
            while p < tokens.count {
                guard let v = decimal(tokens, from: p) else { return nil }
                parts.append(v.value)
                p = v.next
                if p < tokens.count { guard tokens[p].isSymbol(":") else { return nil }; p += 1 }
            }
            switch parts.count {
            case 3: return parts[0] * 3600 + parts[1] * 60 + parts[2]
            case 2: return parts[0] * 60 + parts[1]
            default: return nil
            }
        }
        var total = 0.0
        var p = 0
        var sawUnit = false
        if case .word(let w) = tokens[0], w == "pt" || w == "p" { p = 1 }
        while p < tokens.count {
            if tokens[p].isSymbol(",") || tokens[p].isWord("and") { p += 1; continue }
            guard let v = decimal(tokens, from: p) else { return nil }
            p = v.next
            // "1h5m3s" lexes as 1 "h" 5 "m" 3 "s".
            guard p < tokens.count, case .word(let unit) = tokens[p] else { return nil }
            p += 1
            guard let factor = durationUnits[unit] else { return nil }
            total += v.value * factor
            sawUnit = true
        }
        return sawUnit ? total : nil
    }

    // MARK: Lexing

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Character)

        func isSymbol(_ c: Character) -> Bool { if case .symbol(let s) = self { return s == c } else { return false } }
        func isWord(_ w: String) -> Bool { if case .word(let x) = self { return x == w } else { return false } }
    }

    /// Numbers, lowercase ASCII words and single symbols; whitespace separates and is dropped.
    static func lex(_ s: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0, digits = 0
        var word: [UInt8] = []
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)); number = 0; digits = 0 }
            if !word.isEmpty { tokens.append(.word(String(decoding: word, as: UTF8.self))); word.removeAll() }
        }
        for b in s.utf8 {
            switch b {
            case 0x30...0x39:
                if !word.isEmpty { flush() }
                if digits < 18 { number = number * 10 + Int(b - 0x30) }
                digits += 1
            case 0x41...0x5A, 0x61...0x7A, 0x5F:
                if digits > 0 { flush() }
                word.append(b | 0x20)
            // Whitespace, and any non-ASCII (no-break spaces U+00A0/U+202F that Excel and Teams write, a BOM)
            // separates tokens; no date format we read needs a non-ASCII character.
            case 0x20, 0x09, 0x0A, 0x0D, 0x80...0xFF: flush()
            default:
                flush()
                tokens.append(.symbol(Character(Unicode.Scalar(b))))
            }
        }
        flush()
        return tokens
    }

    // MARK: Dates

    static func parseDate(_ t: [Token], _ p: inout Int) -> CalendarDate? {
        let start = p
        func number(_ i: Int) -> (Int, Int)? {
            guard i < t.count, case .number(let v, let d) = t[i] else { return nil }
            return (v, d)
        }
        func dateSeparator(_ i: Int) -> Character? {
            guard i < t.count, case .symbol(let c) = t[i], c == "-" || c == "/" || c == "." else { return nil }
            return c
        }
        func month(_ i: Int) -> Int? {
            guard i < t.count, case .word(let w) = t[i] else { return nil }
            return monthNumbers[w]
        }
        // yyyymmdd (ISO basic)
        if let (v, d) = number(p), d == 8 {
            p += 1
            return make(v / 10000, (v / 100) % 100, v % 100)
        }
        // yyyy-mm-dd, yyyy/mm/dd
        if let (y, yd) = number(p), yd == 4, let s1 = dateSeparator(p + 1), let (m, _) = number(p + 2),
           dateSeparator(p + 3) == s1, let (d, dd) = number(p + 4), dd <= 2 {
            p += 5
            return make(y, m, d)
        }
        // m/d/yyyy, m/d/yy, m-d-yyyy (US); d/m/yyyy only when the first number cannot be a month.
        if let (a, ad) = number(p), ad <= 2, let s1 = dateSeparator(p + 1), let (b, bd) = number(p + 2), bd <= 2,
           dateSeparator(p + 3) == s1, let (y, yd) = number(p + 4), yd == 2 || yd == 4 {
            p += 5
            let year = yd == 2 ? expandYear(y) : y
            // Dots are the European way to write a date ("5.3.2024" is 5 March); slashes and dashes are US.
            let dayFirst = s1 == "." ? b <= 12 : (a > 12 && b <= 12)
            return dayFirst ? make(year, b, a) : make(year, a, b)
        }
        // "March 5, 2024", "Mar. 5th 2024", "Mar-05-2024"
        if let m = month(p) {
            var i = p + 1
            if i < t.count, t[i].isSymbol(".") || t[i].isSymbol("-") || t[i].isSymbol("/") { i += 1 }
            if let (d, dd) = number(i), dd <= 2 {
                i += 1
                if i < t.count, case .word(let w) = t[i], ordinals.contains(w) { i += 1 }
                if i < t.count, t[i].isSymbol(",") || t[i].isSymbol("-") || t[i].isSymbol("/") { i += 1 }
                if let (y, yd) = number(i), yd == 4 || yd == 2 {
                    p = i + 1
                    return make(yd == 2 ? expandYear(y) : y, m, d)
                }
            }
            p = start
            return nil
        }
        // "5 Mar 2024", "05-Mar-24", "5th of March, 2024"
        if let (d, dd) = number(p), dd <= 2 {
            var i = p + 1
            if i < t.count, case .word(let w) = t[i], ordinals.contains(w) { i += 1 }
            if i < t.count, t[i].isSymbol("-") || t[i].isSymbol("/") || t[i].isSymbol(".") { i += 1 }
            if i < t.count, t[i].isWord("of") { i += 1 }
            if let m = month(i) {
                i += 1
                if i < t.count, t[i].isSymbol(".") { i += 1 }
                if i < t.count, t[i].isSymbol("-") || t[i].isSymbol("/") || t[i].isSymbol(",") { i += 1 }
                if let (y, yd) = number(i), yd == 4 || yd == 2 {
                    p = i + 1
                    return make(yd == 2 ? expandYear(y) : y, m, d)
                }
            }
        }
        p = start
        return nil
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y), (1...9999).contains(y)
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func expandYear(_ yy: Int) -> Int { yy < 70 ? 2000 + yy : 1900 + yy }

    /// An Excel serial day ("45356" or "45356.4154"): days since 1899-12-30, the fraction is the time of day.
    static func excelSerial(_ t: [Token]) -> ParsedDateTime? {
        guard let v = decimal(t, from: 0), v.next == t.count, v.value >= 20_000, v.value < 80_000 else { return nil }
        let days = Int(v.value)
        let date = CalendarDate(year: 1899, month: 12, day: 30).adding(days: days)
        let fraction = v.value - Double(days)
        if fraction == 0 { return ParsedDateTime(date: date, hasTime: false) }
        let secs = Int((fraction * 86_400).rounded())
        return ParsedDateTime(date: date, hour: min(23, secs / 3600), minute: (secs / 60) % 60, second: secs % 60)
    }

    // MARK: Times

    static func parseTime(_ t: [Token], _ p: inout Int, into r: inout ParsedDateTime) -> Bool {
        guard p < t.count, case .number(var hour, let hd) = t[p], hd <= 2 else {
            // "T095812" (ISO basic time)
            if p < t.count, case .number(let v, let d) = t[p], d == 6 || d == 4 {
                r.hour = d == 6 ? v / 10000 : v / 100
                r.minute = d == 6 ? (v / 100) % 100 : v % 100
                r.second = d == 6 ? v % 100 : 0
                p += 1
                return r.hour < 24 && r.minute < 60 && r.second < 61
            }
            return false
        }
        p += 1
        var minute = 0, second = 0, milli = 0
        if p + 1 < t.count, t[p].isSymbol(":"), case .number(let m, let md) = t[p + 1], md == 2 {
            minute = m
            p += 2
            if p + 1 < t.count, t[p].isSymbol(":"), case .number(let s, let sd) = t[p + 1], sd == 2 {
                second = s
                p += 2
                if p + 1 < t.count, t[p].isSymbol(".") || t[p].isSymbol(","), case .number(let f, let fd) = t[p + 1] {
                    // Fraction of a second: keep milliseconds.
                    var ms = f
                    var digits = fd
                    while digits > 3 { ms /= 10; digits -= 1 }
                    while digits < 3 { ms *= 10; digits += 1 }
                    milli = ms
                    p += 2
                }
            }
        } else if !(p < t.count && isMeridiem(t, p)) {
            return false  // a lone number is not a time unless "9 AM"
        }
        // AM / PM, "a.m.", "p. m."
        if p < t.count, let (pm, length) = meridiem(t, p) {
            guard (1...12).contains(hour) else { return false }
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            p += length
        }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0), minute < 60, second < 61 else { return false }
        r.hour = hour == 24 ? 0 : hour
        r.minute = minute
        r.second = min(second, 59)
        r.millisecond = milli
        if hour == 24 { r.date = r.date.adding(days: 1) }
        return true
    }

    static func isMeridiem(_ t: [Token], _ p: Int) -> Bool { meridiem(t, p) != nil }

    /// (isPM, tokens consumed) for "am", "pm", "a", "a.m.", "p. m.".
    static func meridiem(_ t: [Token], _ p: Int) -> (Bool, Int)? {
        guard case .word(let w) = t[p] else { return nil }
        switch w {
        case "am": return (false, p + 1 < t.count && t[p + 1].isSymbol(".") ? 2 : 1)
        case "pm": return (true, p + 1 < t.count && t[p + 1].isSymbol(".") ? 2 : 1)
        case "a", "p":
            var i = p + 1
            if i < t.count, t[i].isSymbol(".") { i += 1 }
            if i < t.count, t[i].isWord("m") {
                i += 1
                if i < t.count, t[i].isSymbol(".") { i += 1 }
                return (w == "p", i - p)
            }
            return (w == "p", i - p)
        default: return nil
        }
    }

    // MARK: Zones

    static func parseZone(_ t: [Token], _ p: inout Int, into r: inout ParsedDateTime) -> Bool {
        let start = p
        // "(UTC-05:00) Eastern Time …": the offset in parentheses; the rest is a label we keep.
        var closeParen = false
        if t[p].isSymbol("(") { p += 1; closeParen = true }
        var offset: Int? = nil
        var name: String? = nil
        if p < t.count, case .word(let w) = t[p] {
            if w == "z" || w == "utc" || w == "gmt" || w == "ut" {
                offset = 0
                name = w == "z" ? "Z" : w.uppercased()
                p += 1
                if p < t.count, let o = numericOffset(t, &p) {
                    offset = o
                    name = nil  // the written form is rebuilt below
                }
            } else if let known = zoneAbbreviations[w] {
                offset = known
                name = w.uppercased()
                p += 1
            } else if let long = longZoneName(t, &p) {
                offset = long.offset
                name = long.name
            } else if p + 2 < t.count, t[p + 1].isSymbol("/"), case .word = t[p + 2] {
                // IANA name: "America/New_York", "America/Indiana/Indianapolis" — kept, offset unknown.
                var q = p
                while q < t.count, case .word = t[q] {
                    q += 1
                    if q < t.count, t[q].isSymbol("/") || t[q].isSymbol("_") || t[q].isSymbol("-") { q += 1 } else { break }
                }
                name = ianaName(t, p, q)
                offset = ianaOffsets[name!.lowercased()]
                p = q
            } else {
                p = start
                return false
            }
        } else if let o = numericOffset(t, &p) {
            offset = o
        } else {
            p = start
            return false
        }
        if closeParen {
            guard p < t.count, t[p].isSymbol(")") else { p = start; return false }
            p += 1
            // Windows' "(UTC-05:00) Eastern Time (US & Canada)": ignore the trailing label.
            p = t.count
        }
        r.utcOffsetMinutes = offset
        if let n = name { r.timeZone = n } else if let o = offset {
            r.timeZone = (o < 0 ? "-" : "+") + two(abs(o) / 60) + ":" + two(abs(o) % 60)
        }
        return true
    }

    /// Rebuilds "America/New_York" from its lowercased tokens (IANA names capitalize each word).
    private static func ianaName(_ t: [Token], _ from: Int, _ to: Int) -> String {
        var out = ""
        for i in from..<to {
            switch t[i] {
            case .word(let w): out += w.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: "_")
            case .symbol(let c): out.append(c)
            case .number(let v, _): out += String(v)
            }
        }
        return out
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// "+05:30", "-0500", "-5", "+05" → minutes.
    static func numericOffset(_ t: [Token], _ p: inout Int) -> Int? {
        guard p + 1 < t.count, t[p].isSymbol("+") || t[p].isSymbol("-") || t[p].isSymbol("−"),
              case .number(let v, let d) = t[p + 1] else { return nil }
        let sign = t[p].isSymbol("+") ? 1 : -1
        var minutes: Int
        var next = p + 2
        switch d {
        case 1, 2:
            minutes = v * 60
            if next + 1 < t.count, t[next].isSymbol(":"), case .number(let m, 2) = t[next + 1] {
                minutes += m
                next += 2
            }
        case 3, 4: minutes = (v / 100) * 60 + v % 100
        default: return nil
        }
        guard minutes <= 14 * 60 else { return nil }
        p = next
        return sign * minutes
    }

    /// "Eastern Standard Time", "Pacific Daylight Time", "Central Time".
    static func longZoneName(_ t: [Token], _ p: inout Int) -> (name: String, offset: Int?)? {
        var words: [String] = []
        var q = p
        while q < t.count, case .word(let w) = t[q], words.count < 4 { words.append(w); q += 1 }
        for length in stride(from: words.count, through: 2, by: -1) {
            let phrase = words.prefix(length).joined(separator: " ")
            if let entry = longZoneNames[phrase] {
                p += length
                return (phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                    .joined(separator: " "), entry)
            }
        }
        return nil
    }

    // MARK: Numbers

    /// A non-negative decimal number starting at `from` ("65", "12.5", "0.75"), and the index after it.
    static func decimal(_ t: [Token], from: Int) -> (value: Double, next: Int)? {
        guard from < t.count, case .number(let whole, let wd) = t[from], wd <= 15 else {
            // ".5"
            if from + 1 < t.count, t[from].isSymbol("."), case .number(let f, let fd) = t[from + 1], fd <= 15 {
                return (Double(f) / pow10(fd), from + 2)
            }
            return nil
        }
        if from + 2 < t.count, t[from + 1].isSymbol("."), case .number(let f, let fd) = t[from + 2], fd <= 15 {
            return (Double(whole) + Double(f) / pow10(fd), from + 3)
        }
        return (Double(whole), from + 1)
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }

    // MARK: Tables

    static let monthNumbers: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]

    /// North American and a few common abbreviations. Ambiguous ones (IST, CST as China) use the US reading,
    /// since the tool's users are in the US.
    static let zoneAbbreviations: [String: Int] = [
        "est": -300, "edt": -240, "et": -300, "cst": -360, "cdt": -300, "ct": -360, "mst": -420, "mdt": -360,
        "mt": -420, "pst": -480, "pdt": -420, "pt": -480, "akst": -540, "akdt": -480, "hst": -600, "hdt": -540,
        "ast": -240, "adt": -180, "nst": -210, "ndt": -150, "bst": 60, "cet": 60, "cest": 120, "wet": 0,
        "west": 60, "eet": 120, "eest": 180, "ist": 330, "jst": 540, "aest": 600, "aedt": 660,
    ]
    static let longZoneNames: [String: Int?] = [
        "eastern standard time": -300, "eastern daylight time": -240, "eastern time": nil,
        "central standard time": -360, "central daylight time": -300, "central time": nil,
        "mountain standard time": -420, "mountain daylight time": -360, "mountain time": nil,
        "pacific standard time": -480, "pacific daylight time": -420, "pacific time": nil,
        "alaska standard time": -540, "hawaii standard time": -600, "coordinated universal time": 0,
        "greenwich mean time": 0,
    ]
    /// IANA zones without daylight saving, whose offset is fixed; others are kept by name only.
    static let ianaOffsets: [String: Int] = ["utc": 0, "etc/utc": 0, "america/phoenix": -420,
                                             "pacific/honolulu": -600]

    static let durationUnits: [String: Double] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "mn": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "d": 86_400, "day": 86_400, "days": 86_400,
    ]
}
