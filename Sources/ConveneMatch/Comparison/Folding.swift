import Foundation
import ConveneNormalize

/// The few match keys ConveneNormalize has no normalizer for (street lines and website hosts), built on its
/// ``MatchText/fold(_:)`` so every key the match engine compares folds text as ConveneNormalize does.
/// ``LookupKeys``, the keys a workspace stores in SQLite to find candidates, folds names the same way.
///
/// Names, organizations, emails, phones and nicknames come straight from ConveneNormalize
/// (`MatchText`, `OrganizationNormalizer`, `EmailNormalizer`, `PhoneNormalizer`, `Nicknames`).
enum Folding {
    /// A street key's house number and the first three letters of its street name ("12 n pulaski rd" → ("12",
    /// "pul"); "" when no word after the number is longer than a letter); nil when the key starts with no number.
    /// The batch's ``BlockingKey/streetNumberPostal`` blocks on it, and ``LookupKeys``' `h:` key is the same.
    static func houseNumberAndStreet(_ key: String) -> (number: Substring, street: String)? {
        let words = key.split(separator: " ")
        guard let number = words.first, number.first?.isNumber == true else { return nil }
        return (number, words.dropFirst().first(where: { $0.count > 1 }).map { String($0.prefix(3)) } ?? "")
    }

    /// Street key: folded, directions and street types abbreviated one way ("North Pulaski Road" → "n pulaski rd").
    static func streetKey(_ s: String) -> String {
        MatchText.fold(s).split(separator: " ").map { streetAbbreviations[$0] ?? String($0) }.joined(separator: " ")
    }

    static let streetAbbreviations: [Substring: String] = [
        "north": "n", "south": "s", "east": "e", "west": "w", "street": "st", "road": "rd", "avenue": "ave",
        "av": "ave", "boulevard": "blvd", "drive": "dr", "lane": "ln", "place": "pl", "court": "ct",
        "parkway": "pkwy", "highway": "hwy", "suite": "ste", "square": "sq", "terrace": "ter", "circle": "cir",
        "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    ]

    /// The length in bytes of a folded street key's building, when the key goes on to name a unit in it: "4604
    /// bristol st apt 34", "876 kent ln 3c" → the length of "4604 bristol st", "876 kent ln". nil when the key names
    /// no unit, or does not start with a house number ("12", "12a"; not "1st ave"). A unit is a word such as "apt",
    /// "unit" or "ste" and what follows it, or a last word with a digit right after the street type ("… st 34") —
    /// not a road's number ("4500 county rd 12", "100 state hwy 52").
    ///
    /// ```swift
    /// Folding.siteLength(Array("4604 bristol st apt 34".utf8))   // 15
    /// Folding.siteLength(Array("4604 bristol st".utf8))          // nil
    /// ```
    static func siteLength(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        // One pass over the bytes, no allocation: it runs once per street value of a million-record list.
        let n = key.count
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        @inline(__always) func isOne(of list: [[UInt8]], _ word: Range<Int>) -> Bool { isWord(key, word, oneOf: list) }
        // A house number: digits, perhaps one letter after them.
        var p = 0
        while p < n && isDigit(key[p]) { p += 1 }
        guard p >= 1 else { return nil }
        if p < n && key[p] != 32 { p += 1 }
        guard p < n, key[p] == 32 else { return nil }
        var words = 1
        var third = 0..<0, second = 0..<0, last = 0..<p          // the last three words seen
        while p < n {
            while p < n && key[p] == 32 { p += 1 }
            guard p < n else { break }
            let start = p
            while p < n && key[p] != 32 { p += 1 }
            let word = start..<p
            words += 1
            if words >= 3 && isOne(of: unitWordBytes, word) { return last.upperBound }
            third = second; second = last; last = word
        }
        if words >= 4, key[last].contains(where: isDigit), isOne(of: streetTypeBytes, second),
           !isOne(of: roadNumberWordBytes, third) {
            return second.upperBound
        }
        return nil
    }

    /// ``siteLength(_:)-(UnsafeBufferPointer<UInt8>)`` of an array's bytes.
    static func siteLength(_ key: [UInt8]) -> Int? { key.withUnsafeBufferPointer { siteLength($0) } }

    /// Whether one folded street key is the other with a unit added ("4604 bristol st" / "4604 bristol st apt 34").
    ///
    /// ```swift
    /// Folding.isSite(Array("4604 bristol st".utf8), of: Array("4604 bristol st apt 34".utf8))   // true
    /// ```
    static func isSite(_ a: UnsafeBufferPointer<UInt8>, of b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count < b.count, b[a.count] == 32, b.starts(with: a) else { return false }
        return siteLength(b) == a.count
    }

    /// ``isSite(_:of:)-(UnsafeBufferPointer<UInt8>,_)`` of two arrays' bytes.
    static func isSite(_ a: [UInt8], of b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { isSite(a, of: $0) } }
    }

    /// Whether `text[word]` is one of `words` (their bytes): the match keys' word lists are checked in place,
    /// without making a String of each word.
    ///
    /// ```swift
    /// Array("12 oak st".utf8).withUnsafeBufferPointer { Folding.isWord($0, 7..<9, oneOf: Folding.streetTypeBytes) }   // true ("st")
    /// ```
    @inline(__always) static func isWord(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, oneOf words: [[UInt8]]) -> Bool {
        words.contains { $0.count == word.count && $0.elementsEqual(text[word]) }
    }

    /// Words before a road type that make the number after it the road's ("county rd 12").
    static let roadNumberWordBytes = ["county", "co", "state", "us", "farm", "fm", "township", "twp", "forest"].map { Array($0.utf8) }

    /// Words that start a unit within a building, folded (``streetKey(_:)`` writes "suite" as "ste").
    static let unitWordBytes = ["apt", "apartment", "unit", "ste", "rm", "room", "fl", "floor", "bldg", "lot"].map { Array($0.utf8) }

    /// Street types as ``streetKey(_:)`` writes them, after which a last number is a unit. Not "hwy": "hwy 52" is
    /// the road.
    static let streetTypeBytes = ["st", "rd", "ave", "blvd", "dr", "ln", "pl", "ct", "pkwy", "sq", "ter", "cir", "way", "trl",
                                  "pike", "loop"].map { Array($0.utf8) }

    /// The host of a website or email domain: "https://www.Acme.com/about" → "acme.com".
    static func host(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let r = t.range(of: "://") { t = String(t[r.upperBound...]) }
        if let slash = t.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { t = String(t[..<slash]) }
        if t.hasPrefix("www.") { t.removeFirst(4) }
        return t
    }

    /// The phone match key and the line it is on: E.164 when the number is dialable, else its digits, with
    /// ";ext=N" kept when the number has an extension ("+16085550100;ext=204", line "+16085550100"); ("", nil)
    /// when the cell lost digits or is too short to identify anyone.
    static func phoneKeyAndLine(_ s: String) -> (String, String?) {
        // Already a North American E.164 number (what the importer writes for most lists): "+1", ten digits,
        // area code 2-9 — exactly what PhoneNormalizer accepts unchanged, so skip it. Anything else goes through it.
        let u = Array(s.utf8)
        if u.count == 12, u[0] == UInt8(ascii: "+"), u[1] == UInt8(ascii: "1"), u[2] >= UInt8(ascii: "2"),
           u.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 }) { return (s, s) }
        var number = Substring(s), ext: Substring? = nil
        if let r = s.range(of: ";ext=") { number = s[..<r.lowerBound]; ext = s[r.upperBound...] }
        guard let p = PhoneNormalizer.normalize(String(number)), let line = p.matchKey, p.digits.utf8.count >= 7 else {
            return ("", nil)
        }
        let e = (ext.map(String.init) ?? p.extension).flatMap { $0.isEmpty ? nil : $0 }
        return (e.map { line + ";ext=" + $0 } ?? line, line)
    }

    /// The phone match key without the extension (the line), "" when there is none.
    static func phoneKey(_ s: String) -> String { phoneKeyAndLine(s).1 ?? "" }

    /// A generational suffix folded to one spelling ("Jr." → "jr", "III" → "iii", "2nd" → "ii"); "" for anything
    /// else (credentials are not generations).
    static func generation(_ s: String) -> String {
        let k = MatchText.fold(s).filter { $0 != "." && $0 != " " }
        switch k {
        case "jr", "junior": return "jr"
        case "sr", "senior": return "sr"
        case "ii", "2nd": return "ii"
        case "iii", "3rd": return "iii"
        case "iv", "4th": return "iv"
        case "v", "5th": return "v"
        default: return ""
        }
    }

    /// The email match key from ``EmailNormalizer`` (Gmail dots and "+tags" removed), or the lowercased text when
    /// it is not a valid address.
    static func emailKey(_ s: String) -> String {
        if isPlainNormalizedAddress(s) { return s }
        if let e = EmailNormalizer.normalize(s) { return e.matchKey }
        return s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Lowercase ASCII "local@domain" without "+tag", outside Gmail, no spaces: what the importer already wrote
    /// and what ``EmailNormalizer`` would return unchanged, so the normalizer can be skipped.
    static func isPlainNormalizedAddress(_ s: String) -> Bool {
        var ats = 0, atIndex = 0, i = 0
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "@"): ats += 1; atIndex = i
            case 0x61...0x7A, 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): break
            default: return false
            }
            i += 1
        }
        guard ats == 1, atIndex > 0, atIndex < i - 3 else { return false }
        let domain = s.utf8.dropFirst(atIndex + 1)
        return !domain.elementsEqual("gmail.com".utf8) && !domain.elementsEqual("googlemail.com".utf8)
            && domain.contains(UInt8(ascii: ".")) && domain.first != UInt8(ascii: ".") && domain.last != UInt8(ascii: ".")
    }

    /// True when an email address names a function, not a person ("info@", "office@").
    static func isRoleEmail(_ address: String) -> Bool {
        EmailNormalizer.isRole(local: String(address.split(separator: "@", maxSplits: 1).first ?? ""))
    }
}
