import Foundation

/// Text folded for matching only: lowercase, diacritics removed, punctuation and spaces collapsed.
///
/// Display always keeps the original; this key is what comparisons and blocking look at.
///
/// ```swift
/// MatchText.fold("  José  GARCÍA-López ")  // "jose garcia lopez"
/// MatchText.fold("O'Neil")                 // "oneil"
/// ```
public enum MatchText {
    /// Folds `s` for matching.
    ///
    /// - Letters and digits are kept, lowercased, with diacritics removed (é → e, ß → ss, Ø → o).
    /// - Apostrophes vanish without a gap, so "O'Neil", "O’Neil" and "ONeil" fold alike.
    /// - Every other run of punctuation, symbols (emoji included) and whitespace becomes one space;
    ///   the result has no leading or trailing space.
    ///
    /// ASCII is handled byte by byte without lookups, because the match engine folds every name of a million
    /// records; other scalars go through a table built once.
    ///
    /// ```swift
    /// MatchText.fold("  O’Neil-García, José ")   // "oneil garcia jose"
    /// ```
    public static func fold(_ s: String) -> String { fold(s, keepSpaces: true) }

    /// Folds and drops the spaces too: "Mary Ann" → "maryann", "García-López" → "garcialopez".
    /// A compact key for one name part.
    ///
    /// ```swift
    /// MatchText.compactKey("Mary Ann")   // "maryann"
    /// ```
    public static func compactKey(_ s: String) -> String { fold(s, keepSpaces: false) }

    /// Folded cells that say a field has no value ("N/A", "None", "TBD", "Not applicable"): what any column's
    /// placeholder is. A column adds its own ("No affiliation" for an organization).
    ///
    /// ```swift
    /// MatchText.placeholders.contains(MatchText.fold("N/A"))   // true
    /// ```
    public static let placeholders: Set<String> = ["n a", "na", "none", "null", "nil", "unknown", "tbd", "not applicable"]

    static func fold(_ s: String, keepSpaces: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        @inline(__always) func emit(_ b: UInt8) {
            if pendingSpace && keepSpaces && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(b)
        }
        @inline(__always) func ascii(_ b: UInt8) {
            switch b {
            case 0x61...0x7A, 0x30...0x39: emit(b)                 // a-z 0-9
            case 0x41...0x5A: emit(b &+ 32)                        // A-Z
            case 0x27, 0x60: break                                 // ' `
            default: pendingSpace = true
            }
        }
        var isASCII = true
        for b in s.utf8 where b >= 0x80 { isASCII = false; break }
        if isASCII {
            for b in s.utf8 { ascii(b) }
        } else {
            for scalar in s.unicodeScalars {
                if scalar.value < 0x80 { ascii(UInt8(scalar.value)); continue }
                switch foldedScalar(scalar) {
                case .drop: continue
                case .separator: pendingSpace = true
                case .text(let t): for b in t.utf8 { emit(b) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    enum Folded { case drop, separator, text(String) }

    /// What one non-ASCII scalar becomes: Latin letters from a table built once, everything else from Unicode
    /// properties (letters of other scripts are lowercased and kept, symbols and emoji separate words).
    static func foldedScalar(_ scalar: Unicode.Scalar) -> Folded {
        if let t = latinFolds[scalar.value] { return .text(t) }
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC, 0x00B4, 0x2032: return .drop  // curly apostrophes, acute accent, prime
        default: break
        }
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .drop  // combining accents of decomposed input, zero-width joiners, BOM
        default: break
        }
        if p.isAlphabetic || p.numericType != nil { return .text(p.lowercaseMapping) }
        return .separator
    }
}

/// Latin letters with diacritics (Latin-1 Supplement, Extended-A/B, Extended Additional) → lowercase ASCII.
/// Built once (a global `let`, so lazily and thread-safely) from Unicode canonical decomposition, so it cannot
/// drift from the standard, plus the letters that do not decompose (ß, æ, ø, ł, đ, þ, œ, ı …).
let latinFolds: [UInt32: String] = {
    var table: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l",
        0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th", 0x0152: "oe", 0x0153: "oe",
        0x0131: "i", 0x0130: "i", 0x0126: "h", 0x0127: "h", 0x0166: "t", 0x0167: "t", 0x014A: "n", 0x014B: "n",
        0x0132: "ij", 0x0133: "ij", 0x0138: "k", 0x017F: "s", 0x0180: "b", 0x0197: "i", 0x0268: "i",
        0x00AA: "a", 0x00BA: "o",
    ]
    for range: ClosedRange<UInt32> in [0x00C0...0x024F, 0x1E00...0x1EFF] {
        for v in range where table[v] == nil {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first, base.value < 0x80, base.properties.isAlphabetic else { continue }
            table[v] = String(Character(base)).lowercased()
        }
    }
    return table
}()
