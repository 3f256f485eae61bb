import ConveneModel
import Foundation

// Bridges to ConveneNormalize parts still being written (NameParser, OrganizationNormalizer, DateTimeParser).
// Each function here is replaced by a call into ConveneNormalize as soon as that part lands.
extension Normalization {
    static func organizationKind(name: String, emailDomain: String?) -> OrganizationKind {
        let n = name.lowercased()
        if n.contains("workforce") { return .workforceBoard }
        if n.contains("chamber") { return .chamber }
        if n.contains("college") || n.contains("university") || emailDomain?.hasSuffix(".edu") == true { return .college }
        if emailDomain?.hasSuffix(".gov") == true { return .government }
        return .business
    }

    /// A calendar date from the formats exports write ("2026-02-01", "3/5/24", "7/20/23, 4:16:29 PM", "Aug 12, 2026").
    static func date(_ raw: String) -> CalendarDate? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let d = CalendarDate(iso: String(s.prefix(10))) { return d }
        let head = s.split(whereSeparator: { $0 == "," || $0 == " " }).first.map(String.init) ?? s
        let parts = head.split(separator: "/").compactMap { Int($0) }
        if parts.count == 3 {
            let year = parts[2] < 100 ? 2000 + parts[2] : parts[2]
            if (1...12).contains(parts[0]), parts[1] >= 1, parts[1] <= CalendarDate.daysIn(month: parts[0], year: year) {
                return CalendarDate(year: year, month: parts[0], day: parts[1])
            }
        }
        return nil
    }

    /// ISO-8601 local date-time ("2026-03-05T09:58:12") where parseable; nil otherwise.
    static func dateTime(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard let day = date(s) else { return nil }
        // The time is the part after the date: "9:58:12 AM", "09:14:03-06:00".
        let afterDate: Substring
        if let comma = s.firstIndex(of: ",") { afterDate = s[s.index(after: comma)...] }
        else if let space = s.firstIndex(where: { $0 == " " || $0 == "T" }) { afterDate = s[s.index(after: space)...] }
        else { return day.iso }
        var t = afterDate.trimmingCharacters(in: .whitespaces)
        let pm = t.uppercased().hasSuffix("PM"), am = t.uppercased().hasSuffix("AM")
        if pm || am { t = String(t.dropLast(2)).trimmingCharacters(in: .whitespaces) }
        let hms = t.prefix(8).split(separator: ":").compactMap { Int($0) }
        guard hms.count >= 2 else { return day.iso }
        var hour = hms[0]
        if pm && hour < 12 { hour += 12 }
        if am && hour == 12 { hour = 0 }
        return day.iso + String(format: "T%02d:%02d:%02d", hour, hms[1], hms.count > 2 ? hms[2] : 0)
    }

    /// Minutes from "1h 5m", "59m 35s", "58", "1:05:00".
    static func minutes(_ raw: String) -> Double? {
        let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if s.isEmpty { return nil }
        if let n = Double(s) { return n }
        if s.contains(":") {
            let p = s.split(separator: ":").compactMap { Double($0) }
            if p.count == 3 { return p[0] * 60 + p[1] + p[2] / 60 }
            if p.count == 2 { return p[0] + p[1] / 60 }
        }
        var total = 0.0, number = "", any = false
        for ch in s {
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let n = Double(number) else { number = ""; continue }
            switch ch {
            case "h": total += n * 60; any = true
            case "m": total += n; any = true
            case "s": total += n / 60; any = true
            default: break
            }
            number = ""
        }
        return any ? (total * 100).rounded() / 100 : nil
    }
}
