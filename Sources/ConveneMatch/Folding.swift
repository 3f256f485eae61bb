import Foundation

/// The text folding the matcher relies on: lower case, no accents, letters/digits and single spaces.
///
/// This is the one place that turns field text into match keys, computed once per distinct value (never in
/// the pair loop). It mirrors ConveneNormalize's `MatchText.fold` / `OrganizationNormalizer.key` so that the
/// matcher works on any record, normalized by the importer or built by hand.
enum Folding {
    /// "  José  O'Neil-Smith " → "jose oneil smith": apostrophes vanish, other punctuation becomes a space.
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var ascii = true
        for c in s.utf8 where c >= 0x80 { ascii = false; break }
        let source: String = ascii ? s : s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                                                   locale: nil)
        var pendingSpace = false
        for c in source.utf8 {
            var b = c
            if b >= 65 && b <= 90 { b += 32 }
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(b)
            } else if b == 39 || b == 0x60 {
                continue                                      // O'Neil → oneil
            } else if b >= 0x80 {
                continue                                      // unfoldable letters: drop rather than split words
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Organization match key: folded, "&" → "and", legal suffixes and "the" dropped, common abbreviations
    /// expanded ("Acme Mfg., Inc." and "ACME Manufacturing" → "acme manufacturing").
    static func organizationKey(_ s: String) -> String {
        let folded = fold(s.replacingOccurrences(of: "&", with: " and "))
        var words: [Substring] = []
        for w in folded.split(separator: " ") {
            if organizationStopWords.contains(w) { continue }
            words.append(Substring(organizationAbbreviations[w] ?? String(w)))
        }
        return words.joined(separator: " ")
    }

    static let organizationStopWords: Set<Substring> = ["the", "inc", "incorporated", "llc", "llp", "ltd", "limited",
                                                        "corp", "corporation", "co", "company", "plc", "pc", "lp"]
    static let organizationAbbreviations: [Substring: String] = [
        "mfg": "manufacturing", "mfrs": "manufacturers", "intl": "international", "assn": "association",
        "assoc": "association", "univ": "university", "dept": "department", "natl": "national", "svcs": "services",
        "svc": "service", "tech": "technology", "ctr": "center", "centre": "center", "cntr": "center",
        "bros": "brothers", "sch": "school", "elem": "elementary", "acad": "academy", "comm": "community",
        "chgo": "chicago", "st": "saint", "mt": "mount", "ft": "fort",
    ]

    /// Street key: folded, directions and street types abbreviated one way ("North Pulaski Road" → "n pulaski rd").
    static func streetKey(_ s: String) -> String {
        fold(s).split(separator: " ").map { streetAbbreviations[$0] ?? String($0) }.joined(separator: " ")
    }

    static let streetAbbreviations: [Substring: String] = [
        "north": "n", "south": "s", "east": "e", "west": "w", "street": "st", "road": "rd", "avenue": "ave",
        "av": "ave", "boulevard": "blvd", "drive": "dr", "lane": "ln", "place": "pl", "court": "ct",
        "parkway": "pkwy", "highway": "hwy", "suite": "ste", "square": "sq", "terrace": "ter", "circle": "cir",
        "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    ]

    /// The host of a website or email domain: "https://www.Acme.com/about" → "acme.com".
    static func host(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let r = t.range(of: "://") { t = String(t[r.upperBound...]) }
        if let slash = t.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { t = String(t[..<slash]) }
        if t.hasPrefix("www.") { t.removeFirst(4) }
        return t
    }

    /// Digits of a phone number, national part only (last ten digits), or "" when too short to identify.
    static func phoneDigits(_ s: String) -> String {
        var digits: [UInt8] = []
        // Stop at an extension marker: "x123" / "ext. 5" is not part of the number.
        for c in s.utf8 {
            if c >= 48 && c <= 57 { digits.append(c) } else if c == 120 || c == 88 || c == 101 { break }
        }
        if digits.count < 7 { return "" }
        if digits.count > 10 { digits.removeFirst(digits.count - 10) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Email local parts that name a function, not a person ("info@", "office@").
    static let roleLocalParts: Set<String> = [
        "info", "office", "admin", "contact", "hello", "sales", "support", "help", "team", "mail", "events",
        "hr", "jobs", "careers", "marketing", "billing", "accounts", "reception", "frontdesk", "noreply",
        "no-reply", "enquiries", "inquiries", "general", "webmaster", "postmaster", "staff", "membership",
    ]
}
