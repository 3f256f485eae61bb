/// A phone number from a list: its digits, E.164 form when it can be trusted, and extension.
///
/// ```swift
/// let phone = PhoneNormalizer.normalize("(555) 010-1234 x12")!
/// phone.e164        // "+15550101234"
/// phone.extension   // "12"
/// ```
public struct NormalizedPhone: Hashable, Codable, Sendable {
    /// Every digit of the number proper, extension excluded, as written (country code included if written).
    public var digits: String
    /// "+15550101234" — nil when the length or prefix does not make a dialable number.
    public var e164: String?
    /// "204" from "x204", "ext. 204", "#204".
    public var `extension`: String?
    /// False when the cell lost digits (Excel's "5.55E+09"), so the number must not be used for matching.
    public var isUsable: Bool

    /// A number with the properties of the same names, as given; ``PhoneNormalizer`` makes them from a cell.
    ///
    /// ```swift
    /// let phone = NormalizedPhone(digits: "5550101234", e164: "+15550101234", extension: "204")
    /// phone.matchKey   // "+15550101234"
    /// ```
    public init(digits: String, e164: String?, extension: String? = nil, isUsable: Bool = true) {
        self.digits = digits
        self.e164 = e164
        self.extension = `extension`
        self.isUsable = isUsable
    }

    /// The best key for matching: E.164 if known, else the digits; nil if unusable.
    public var matchKey: String? { isUsable ? (e164 ?? (digits.isEmpty ? nil : digits)) : nil }
}

/// Cleans phone cells.
///
/// ```swift
/// PhoneNormalizer.normalize("(555) 010-1234 x204")   // digits "5550101234", e164 "+15550101234", ext "204"
/// PhoneNormalizer.normalize("+44 20 7946 0958")?.e164 // "+442079460958"
/// PhoneNormalizer.normalize("5.55E+09")?.isUsable     // false
/// ```
public enum PhoneNormalizer {
    /// Normalizes one phone number. `defaultRegion` (ISO 3166 alpha-2) decides how a number written without a
    /// country code is read; NANP regions (US, CA, …) expect 10 digits with an optional leading 1.
    /// Returns nil when the cell holds no digit at all.
    ///
    /// ```swift
    /// PhoneNormalizer.normalize("555.010.1234")?.e164   // "+15550101234"
    /// PhoneNormalizer.normalize("n/a")                  // nil: no digit
    /// ```
    public static func normalize(_ raw: String, defaultRegion: String = "US") -> NormalizedPhone? {
        var bytes = Array(raw.utf8)
        // "tel:+1-555-010-1234"
        if bytes.count > 4, bytes[0] | 0x20 == UInt8(ascii: "t"), bytes[1] | 0x20 == UInt8(ascii: "e"),
           bytes[2] | 0x20 == UInt8(ascii: "l"), bytes[3] == UInt8(ascii: ":") {
            bytes.removeFirst(4)
        }
        if let excel = excelNumber(bytes) { return finish(excel.digits, plus: false, ext: nil, lossy: excel.lossy,
                                                          region: defaultRegion) }

        // Split off the extension at the first marker that comes after some digits.
        var mainDigits: [UInt8] = []
        var extDigits: [UInt8] = []
        var plus = false
        var inExtension = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                if inExtension { extDigits.append(b) } else { mainDigits.append(b) }
                i += 1
                continue
            }
            if b == UInt8(ascii: "+") && mainDigits.isEmpty && !inExtension { plus = true; i += 1; continue }
            // A second number in the same cell ("555-010-1234 / 555-010-9999"): stop at the list separator.
            if mainDigits.count >= 7, listSeparatorLength(bytes, at: i) != nil { break }
            if !inExtension && mainDigits.count >= 7, let skip = extensionMarkerLength(bytes, at: i) {
                inExtension = true
                i += skip
                continue
            }
            // Letters other than an extension marker ("1-800-FLOWERS") end nothing; they are ignored.
            i += 1
        }
        guard !mainDigits.isEmpty else { return nil }
        if !plus, mainDigits.count > 2, mainDigits[0] == 0x30, mainDigits[1] == 0x30 {
            // "0044 20 …": the international call prefix written instead of "+".
            mainDigits.removeFirst(2)
            plus = true
        } else if !plus, mainDigits.count > 10, mainDigits.starts(with: [0x30, 0x31, 0x31]),
                  numberingPlans[defaultRegion.uppercased()]?.countryCode ?? "1" == "1" {
            // "011 44 20 …": the international call prefix dialled from North America.
            mainDigits.removeFirst(3)
            plus = true
        }
        return finish(mainDigits, plus: plus, ext: extDigits.isEmpty ? nil : String(decoding: extDigits, as: UTF8.self),
                      lossy: false, region: defaultRegion)
    }

    private static func finish(_ digits: [UInt8], plus: Bool, ext: String?, lossy: Bool,
                               region: String) -> NormalizedPhone {
        let d = String(decoding: digits, as: UTF8.self)
        if lossy { return NormalizedPhone(digits: d, e164: nil, extension: ext, isUsable: false) }
        return NormalizedPhone(digits: d, e164: e164(digits, plus: plus, region: region), extension: ext)
    }

    /// E.164 for the digits, or nil when they cannot form a valid number.
    static func e164(_ digits: [UInt8], plus: Bool, region: String) -> String? {
        let count = digits.count
        if plus {
            guard count >= 8, count <= 15, digits[0] != 0x30 else { return nil }
            if digits[0] == 0x31 { // +1: NANP, exactly 10 national digits, area code 2-9
                guard count == 11, digits[1] >= 0x32 else { return nil }
            }
            return "+" + String(decoding: digits, as: UTF8.self)
        }
        let plan = numberingPlans[region.uppercased()] ?? numberingPlans["US"]!
        var national = digits[...]
        if plan.countryCode == "1" {
            if count == 11 && digits[0] == 0x31 { national = digits.dropFirst() }
            guard national.count == 10, national.first! >= 0x32 else { return nil }
            return "+1" + String(decoding: national, as: UTF8.self)
        }
        // Other regions: drop the trunk prefix, or accept the country code written without "+".
        if let trunk = plan.trunkPrefix, national.first == trunk { national = national.dropFirst() }
        else if String(decoding: digits.prefix(plan.countryCode.utf8.count), as: UTF8.self) == plan.countryCode,
                plan.nationalLengths.contains(count - plan.countryCode.utf8.count) {
            national = digits.dropFirst(plan.countryCode.utf8.count)
        }
        guard plan.nationalLengths.contains(national.count) else { return nil }
        return "+" + plan.countryCode + String(decoding: national, as: UTF8.self)
    }

    struct NumberingPlan: Sendable {
        var countryCode: String
        var trunkPrefix: UInt8?
        var nationalLengths: ClosedRange<Int>
    }

    /// Enough of the world's numbering plans for partnership lists; others fall back to the US plan.
    static let numberingPlans: [String: NumberingPlan] = {
        let nanp = NumberingPlan(countryCode: "1", trunkPrefix: nil, nationalLengths: 10...10)
        var plans: [String: NumberingPlan] = [:]
        for r in ["US", "CA", "PR", "GU", "VI", "AS", "MP", "BS", "BB", "JM", "TT", "DO", "BM", "AG", "DM", "GD",
                  "KN", "LC", "VC", "KY", "TC", "VG", "AI", "MS", "SX"] { plans[r] = nanp }
        let zero = UInt8(ascii: "0")
        plans["GB"] = NumberingPlan(countryCode: "44", trunkPrefix: zero, nationalLengths: 9...10)
        plans["IE"] = NumberingPlan(countryCode: "353", trunkPrefix: zero, nationalLengths: 7...9)
        plans["DE"] = NumberingPlan(countryCode: "49", trunkPrefix: zero, nationalLengths: 6...11)
        plans["FR"] = NumberingPlan(countryCode: "33", trunkPrefix: zero, nationalLengths: 9...9)
        plans["NL"] = NumberingPlan(countryCode: "31", trunkPrefix: zero, nationalLengths: 9...9)
        plans["ES"] = NumberingPlan(countryCode: "34", trunkPrefix: nil, nationalLengths: 9...9)
        plans["IT"] = NumberingPlan(countryCode: "39", trunkPrefix: nil, nationalLengths: 6...11)
        plans["AU"] = NumberingPlan(countryCode: "61", trunkPrefix: zero, nationalLengths: 9...9)
        plans["NZ"] = NumberingPlan(countryCode: "64", trunkPrefix: zero, nationalLengths: 8...10)
        plans["IN"] = NumberingPlan(countryCode: "91", trunkPrefix: zero, nationalLengths: 10...10)
        plans["MX"] = NumberingPlan(countryCode: "52", trunkPrefix: nil, nationalLengths: 10...10)
        return plans
    }()

    /// Every phone number in a cell that may hold several ("555-010-1234 / 555-010-9999", "…; …", one per
    /// line). Numbers are separated by ";", "|", a line break, a spaced "/", ", " or " or ".
    ///
    /// ```swift
    /// PhoneNormalizer.extractAll("(555) 010-1234 / (555) 010-9999").map(\.e164)
    /// // ["+15550101234", "+15550109999"]
    /// ```
    public static func extractAll(_ raw: String, defaultRegion: String = "US") -> [NormalizedPhone] {
        let bytes = Array(raw.utf8)
        var result: [NormalizedPhone] = []
        var start = 0
        var digits = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] >= 0x30 && bytes[i] <= 0x39 { digits += 1 }
            if digits >= 7, let length = listSeparatorLength(bytes, at: i) {
                if let p = normalize(String(decoding: bytes[start..<i], as: UTF8.self), defaultRegion: defaultRegion) {
                    result.append(p)
                }
                i += length
                start = i
                digits = 0
                continue
            }
            i += 1
        }
        if let p = normalize(String(decoding: bytes[start...], as: UTF8.self), defaultRegion: defaultRegion) {
            result.append(p)
        }
        return result
    }

    /// Length of a separator between two numbers at `i`, or nil. A lone "," is a dial pause only when doubled.
    static func listSeparatorLength(_ b: [UInt8], at i: Int) -> Int? {
        switch b[i] {
        case UInt8(ascii: ";"):
            // RFC 3966 "tel:…;ext=204" is an extension, not a second number.
            return i + 3 < b.count && b[i + 1] | 0x20 == UInt8(ascii: "e") && b[i + 2] | 0x20 == UInt8(ascii: "x") ? nil : 1
        case UInt8(ascii: "|"), 0x0A, 0x0D: return 1
        case UInt8(ascii: "/"):
            return i > 0 && b[i - 1] == 0x20 ? 1 : nil
        case UInt8(ascii: ","):
            return i + 1 < b.count && b[i + 1] == 0x20 ? 2 : nil
        case 0x20:
            if i + 3 < b.count, b[i + 1] | 0x20 == UInt8(ascii: "o"), b[i + 2] | 0x20 == UInt8(ascii: "r"),
               b[i + 3] == 0x20 { return 4 }
            return nil
        default: return nil
        }
    }

    /// Length of an extension marker at `i` ("x", "ext", "ext.", "extension", "#", "e", ",", ";ext="), or nil.
    /// Only called after seven or more digits, so a leading "#" or letters in a name do not count.
    private static func extensionMarkerLength(_ b: [UInt8], at i: Int) -> Int? {
        func lower(_ k: Int) -> UInt8 { k < b.count ? b[k] | 0x20 : 0 }
        func isDigitOrSpace(_ k: Int) -> Bool {
            var k = k
            while k < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ":")
                || b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: "#") { k += 1 }
            return k < b.count && b[k] >= 0x30 && b[k] <= 0x39
        }
        let c = lower(i)
        if b[i] == UInt8(ascii: "#") { return isDigitOrSpace(i + 1) ? 1 : nil }
        if b[i] == UInt8(ascii: ",") && i + 1 < b.count && b[i + 1] == UInt8(ascii: ",") { return 2 } // dial pause
        if c == UInt8(ascii: "x") { return isDigitOrSpace(i + 1) ? 1 : nil }
        if c == UInt8(ascii: "e"), lower(i + 1) == UInt8(ascii: "x"), lower(i + 2) == UInt8(ascii: "t") {
            var len = 3
            let word = Array("ension".utf8)
            if (0..<word.count).allSatisfy({ lower(i + 3 + $0) == word[$0] }) { len += word.count }
            return isDigitOrSpace(i + len) ? len : nil
        }
        if b[i] == UInt8(ascii: ";"), lower(i + 1) == UInt8(ascii: "e"), lower(i + 2) == UInt8(ascii: "x"),
           lower(i + 3) == UInt8(ascii: "t"), i + 4 < b.count, b[i + 4] == UInt8(ascii: "=") { return 5 }
        return nil
    }

    /// A cell that Excel turned into a number: "5550101234.0" (a float) or "5.55E+09" (scientific notation).
    /// Returns the digits and whether some were lost; nil if the cell is not such a number.
    static func excelNumber(_ raw: [UInt8]) -> (digits: [UInt8], lossy: Bool)? {
        var b = raw[...]
        while let f = b.first, f == 0x20 || f == 0x09 { b = b.dropFirst() }
        while let l = b.last, l == 0x20 || l == 0x09 || l == 0x0D || l == 0x0A { b = b.dropLast() }
        guard let first = b.first, first >= 0x30 && first <= 0x39 else { return nil }
        var mantissaInt: [UInt8] = []
        var mantissaFrac: [UInt8] = []
        var exponent: Int? = nil
        var sawDot = false
        var idx = b.startIndex
        while idx < b.endIndex {
            let c = b[idx]
            if c >= 0x30 && c <= 0x39 {
                if sawDot { mantissaFrac.append(c) } else { mantissaInt.append(c) }
            } else if c == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else if c | 0x20 == UInt8(ascii: "e") {
                var rest = b[b.index(after: idx)...]
                if rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
                guard !rest.isEmpty, rest.count <= 2, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                      let e = Int(String(decoding: rest, as: UTF8.self)) else { return nil }
                exponent = e
                break
            } else {
                return nil
            }
            idx = b.index(after: idx)
        }
        if let e = exponent {
            // 5.55E+09 → 5550000000 with only 3 significant digits known.
            let significant = mantissaInt + mantissaFrac
            let totalDigits = mantissaInt.count + e
            guard totalDigits >= significant.count, totalDigits <= 20 else { return nil }
            var digits = significant
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: totalDigits - significant.count))
            let trailingZeroFrac = significant.count < totalDigits
            return (digits, trailingZeroFrac)
        }
        guard sawDot else { return nil }  // plain digits are handled by the general path
        // "5550101234.0": a float with a zero fraction is the same integer; any other fraction is not a phone.
        guard mantissaInt.count >= 7, mantissaFrac.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
        return (mantissaInt, false)
    }
}
