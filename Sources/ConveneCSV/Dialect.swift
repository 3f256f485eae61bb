// Which byte separates fields: told by an Excel `sep=` line, given by the caller, or sniffed.
//
// Sniffing parses the first lines (quote-aware, with the real state machine) once per candidate and
// looks at the most common field count: a real delimiter splits most lines into the same number of
// fields even when a preamble (Zoom, LinkedIn "Notes:", Teams "1. Summary") comes before the header.

/// The field separator.
///
/// ```swift
/// let pipe = CSVDelimiter(rawValue: UInt8(ascii: "|"))   // == .pipe
/// print(CSVDelimiter.tab)                                // tab
/// ```
public struct CSVDelimiter: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The separator byte (an ASCII character).
    public var rawValue: UInt8
    /// The delimiter `rawValue`; check ``isUsable`` before parsing with it.
    ///
    /// ```swift
    /// let colon = CSVDelimiter(rawValue: UInt8(ascii: ":"))
    /// colon.description   // "':'"
    /// ```
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `,`, the usual one.
    public static let comma = CSVDelimiter(rawValue: UInt8(ascii: ","))
    /// `;`, what Excel writes where the decimal separator is a comma.
    public static let semicolon = CSVDelimiter(rawValue: UInt8(ascii: ";"))
    /// A tab (Teams attendance reports, "Unicode text" from Excel).
    public static let tab = CSVDelimiter(rawValue: 0x09)
    /// `|`.
    public static let pipe = CSVDelimiter(rawValue: UInt8(ascii: "|"))

    /// The delimiters sniffing chooses among, in order of preference on a tie.
    public static let sniffed: [CSVDelimiter] = [.comma, .tab, .semicolon, .pipe]

    /// "comma", "semicolon", "tab", "pipe", or the character itself in quotes.
    public var description: String {
        switch self {
        case .comma: return "comma"
        case .semicolon: return "semicolon"
        case .tab: return "tab"
        case .pipe: return "pipe"
        default: return "'\(Character(Unicode.Scalar(rawValue)))'"
        }
    }

    /// A delimiter the state machine can use (not a quote, CR, LF or NUL).
    public var isUsable: Bool { rawValue != 0x22 && rawValue != 0x0A && rawValue != 0x0D && rawValue != 0 }
}

/// What sniffing found in the first lines of a file.
///
/// ```swift
/// let result = Array("Name;Email\nAda;ada@example.org\n".utf8).withUnsafeBufferPointer {
///     DelimiterSniffer.sniff($0, isComplete: true)
/// }
/// // result.delimiter == .semicolon, result.typicalFieldCount == 2
/// ```
public struct SniffResult: Sendable, Hashable {
    /// The delimiter chosen.
    public var delimiter: CSVDelimiter
    /// The most common number of fields per record (the file's usual width), 1 if nothing better was seen.
    public var typicalFieldCount: Int
}

/// Guesses a file's delimiter from its first lines, parsing them with each candidate.
///
/// The winner is the candidate whose most common field count (2 or more) is shared by the most lines, weighted
/// by that count; with no such candidate it is the comma. A few preamble lines before the header do not change it.
///
/// ```swift
/// let text = Array("Name\tEmail\nAda\tada@example.org\n".utf8)
/// let found = text.withUnsafeBufferPointer { DelimiterSniffer.sniff($0, isComplete: true) }
/// found.delimiter   // .tab
/// ```
public enum DelimiterSniffer {
    /// Chooses among comma, tab, semicolon and pipe from the start of the decoded (UTF-8) text.
    /// ```swift
    /// let sample = Array("Name\tEmail\nAda\tada@example.org\n".utf8)
    /// let result = sample.withUnsafeBufferPointer { DelimiterSniffer.sniff($0, isComplete: true) }
    /// // result.delimiter == .tab, result.typicalFieldCount == 2
    /// ```
    ///
    /// - Parameters:
    ///   - sample: decoded text; a few kilobytes to 64 KB is plenty.
    ///   - isComplete: false when `sample` is only the start of the file (its last partial record is ignored).
    ///   - maxRecords: how many non-blank records to look at.
    public static func sniff(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool,
                             maxRecords: Int = 50) -> SniffResult {
        var best = SniffResult(delimiter: .comma, typicalFieldCount: 1)
        var bestScore = 0
        for candidate in CSVDelimiter.sniffed {
            let counts = fieldCounts(sample, delimiter: candidate, isComplete: isComplete, maxRecords: maxRecords)
            let (mode, frequency) = modeOf(counts)
            // Consistent delimiter occurrences: more lines agreeing, and more fields per line, both count.
            let score = mode >= 2 ? frequency * (mode - 1) : 0
            if score > bestScore {
                bestScore = score
                best = SniffResult(delimiter: candidate, typicalFieldCount: mode)
            } else if bestScore == 0 && candidate == .comma {
                best = SniffResult(delimiter: .comma, typicalFieldCount: max(mode, 1))
            }
        }
        return best
    }

    /// Field counts of the first `maxRecords` non-blank records.
    static func fieldCounts(_ sample: UnsafeBufferPointer<UInt8>, delimiter: CSVDelimiter, isComplete: Bool,
                            maxRecords: Int) -> [Int] {
        var parser = ByteParser(delimiter: delimiter.rawValue)
        var record = ByteRecord()
        var counts: [Int] = []
        var start = 0
        while counts.count < maxRecords && start <= sample.count {
            let (event, used) = parser.parse(UnsafeBufferPointer(rebasing: sample[start...]), into: &record)
            start += used
            switch event {
            case .record: counts.append(record.count)
            case .blankLine: continue
            case .needMoreInput:
                if isComplete, let done = try? parser.finish(into: &record), done == .record {
                    counts.append(record.count)
                }
                return counts
            }
        }
        return counts
    }

    /// Most frequent value (the larger on a tie) and how often it occurs.
    static func modeOf(_ counts: [Int]) -> (Int, Int) {
        var frequency: [Int: Int] = [:]
        for c in counts { frequency[c, default: 0] += 1 }
        var mode = 0, best = 0
        for (value, f) in frequency where f > best || (f == best && value > mode) {
            mode = value
            best = f
        }
        return (mode, best)
    }
}

/// Excel's first-line dialect hint: `sep=;` (optionally in quotes), followed by a line break or the end.
///
/// ```swift
/// let bytes = Array("sep=|\nName|Email\n".utf8)
/// if let (delimiter, skip) = bytes.withUnsafeBufferPointer({ SepLine.parse($0) }) {
///     print(delimiter, skip)   // pipe 6
/// }
/// ```
public enum SepLine {
    /// If `text` starts with a `sep=X` line, returns the delimiter and the number of bytes to skip.
    ///
    /// ```swift
    /// let hint = Array("sep=;\r\nName;Email\r\n".utf8).withUnsafeBufferPointer { SepLine.parse($0) }
    /// // hint?.0 == .semicolon, hint?.1 == 7
    /// ```
    public static func parse(_ text: UnsafeBufferPointer<UInt8>) -> (CSVDelimiter, Int)? {
        var i = 0
        let quoted = text.count > 0 && text[0] == 0x22
        if quoted { i = 1 }
        guard text.count >= i + 5 else { return nil }
        let word = [text[i], text[i + 1], text[i + 2]].map { $0 | 0x20 }
        guard word == Array("sep".utf8), text[i + 3] == UInt8(ascii: "=") else { return nil }
        let delimiter = CSVDelimiter(rawValue: text[i + 4])
        guard delimiter.isUsable else { return nil }
        i += 5
        if quoted {
            guard i < text.count, text[i] == 0x22 else { return nil }
            i += 1
        }
        if i == text.count { return (delimiter, i) }
        if text[i] == 0x0D {
            i += 1
            if i < text.count && text[i] == 0x0A { i += 1 }
            return (delimiter, i)
        }
        if text[i] == 0x0A { return (delimiter, i + 1) }
        return nil
    }
}
