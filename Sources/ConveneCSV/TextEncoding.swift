// Which encoding a file is in, decided from its bytes, and told to the user as a value.
//
// Conveners get UTF-8 (with and without BOM) from web tools, UTF-16 from Microsoft Teams (tab separated,
// sometimes without a BOM) and Windows-1252 from Excel's plain "CSV" on Windows. The decision is made once
// from the start of the file (the whole file when it is in memory); the transcoder then turns any of them
// into UTF-8 for the parser, replacing what cannot be decoded and saying where.

/// The encoding the reader settled on.
///
/// ```swift
/// let document = try CSVReader.read(contentsOf: url)
/// print(document.encoding.displayName)   // "UTF-8 with BOM"
/// ```
public enum TextEncodingGuess: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8
    case utf8BOM
    case utf16LE
    case utf16LEBOM
    case utf16BE
    case utf16BEBOM
    case windows1252

    /// Name for people: "UTF-16 LE (no BOM)".
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf8BOM: return "UTF-8 with BOM"
        case .utf16LE: return "UTF-16 LE (no BOM)"
        case .utf16LEBOM: return "UTF-16 LE with BOM"
        case .utf16BE: return "UTF-16 BE (no BOM)"
        case .utf16BEBOM: return "UTF-16 BE with BOM"
        case .windows1252: return "Windows-1252"
        }
    }

    /// Length of the byte-order mark this encoding starts with in the file.
    public var bomLength: Int {
        switch self {
        case .utf8BOM: return 3
        case .utf16LEBOM, .utf16BEBOM: return 2
        default: return 0
        }
    }

    var isUTF8: Bool { self == .utf8 || self == .utf8BOM }

    /// Decides the encoding from the first bytes of a file (or all of it), refusing files that are not text.
    ///
    /// ```swift
    /// let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Name,Email\n".utf8)
    /// let guess = try bytes.withUnsafeBufferPointer {
    ///     try TextEncodingGuess.detect($0, isWholeFile: true, file: "list.csv")
    /// }
    /// // guess == .utf8BOM, guess.bomLength == 3
    /// ```
    ///
    /// - Parameters:
    ///   - sample: the start of the file; pass the whole file when you have it.
    ///   - isWholeFile: false when `sample` may end in the middle of a character.
    ///   - file: the name used in errors.
    /// - Throws: `CSVError` for an empty file, a zip archive, or other binary content.
    public static func detect(_ sample: UnsafeBufferPointer<UInt8>, isWholeFile: Bool,
                              file: String?) throws(CSVError) -> TextEncodingGuess {
        let n = sample.count
        func refuse(_ kind: CSVError.Kind, _ found: String) -> CSVError {
            CSVError(kind: kind, file: file, position: CSVPosition(line: 1, column: 1, field: 0, byteOffset: 0),
                     expected: "comma- or tab-separated text", found: found)
        }
        if n == 0 {
            throw CSVError(kind: .emptyFile, file: file, position: CSVPosition(line: 1, column: 1, field: 0, byteOffset: 0),
                           expected: "a header line or records", found: "an empty file (0 bytes)")
        }
        func starts(_ magic: [UInt8]) -> Bool {
            n >= magic.count && zip(magic, sample).allSatisfy { $0 == $1 }
        }
        if starts([0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if starts([0xFF, 0xFE]) { return .utf16LEBOM }
        if starts([0xFE, 0xFF]) { return .utf16BEBOM }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            throw refuse(.zipArchive, "a zip archive (an .xlsx workbook renamed to .csv?), not CSV")
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw refuse(.binaryContent, "an old Excel .xls workbook (binary), not CSV")
        }
        if starts(Array("%PDF".utf8)) { throw refuse(.binaryContent, "a PDF document, not CSV") }
        if starts([0x1F, 0x8B]) { throw refuse(.binaryContent, "gzip-compressed data, not CSV") }

        // UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other byte.
        let window = min(n, 4096) & ~1
        var nulHigh = 0, nulLow = 0, pairs = 0
        var i = 0
        while i < window {
            let a = sample[i], b = sample[i + 1]
            if a != 0 && b == 0 { nulHigh += 1 }      // little endian ASCII: "A\0"
            if a == 0 && b != 0 { nulLow += 1 }       // big endian ASCII: "\0A"
            pairs += 1
            i += 2
        }
        if pairs >= 2 {
            if nulHigh * 10 >= pairs * 6 && nulLow * 10 < pairs { return .utf16LE }
            if nulLow * 10 >= pairs * 6 && nulHigh * 10 < pairs { return .utf16BE }
        }

        // Binary: many NUL or control bytes that UTF-16 did not explain.
        let head = min(n, 8192)
        var odd = 0
        for k in 0..<head {
            let c = sample[k]
            if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C && c != 0x1A { odd += 1 }
        }
        if odd >= 4 && odd * 10 > head {
            throw refuse(.binaryContent,
                         "binary content (\(odd) NUL or control bytes in the first \(head) bytes), not text")
        }

        // UTF-8 when valid (or nearly all valid), else Windows-1252.
        let (multibyte, invalid) = UTF8Scan.count(sample, isComplete: isWholeFile)
        if invalid == 0 || multibyte >= invalid * 4 { return .utf8 }
        return .windows1252
    }
}

/// UTF-8 well-formedness per the Unicode standard (table 3-7).
enum UTF8Scan {
    enum Step { case valid(Int), invalid(Int), incomplete }

    /// Classifies the sequence starting at `p[i]`, given `n` bytes available.
    @inline(__always)
    static func step(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Step {
        let b0 = p[i]
        if b0 < 0x80 { return .valid(1) }
        let length: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; hi = 0x9F
        case 0xF0: length = 4; lo = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; hi = 0x8F
        default: return .invalid(1)
        }
        for k in 1..<length {
            if i + k >= n { return .incomplete }
            let b = p[i + k]
            let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
            if b < l || b > h { return .invalid(k) }
        }
        return .valid(length)
    }

    /// Length of the longest prefix made of complete, well-formed characters.
    static func validPrefix(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p = buffer.baseAddress else { return 0 }
        let n = buffer.count
        var i = 0
        while i < n {
            while i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            guard case .valid(let len) = step(p, i, n) else { return i }
            i += len
        }
        return n
    }

    /// Counts well-formed multi-byte sequences and ill-formed bytes.
    static func count(_ buffer: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> (multibyte: Int, invalid: Int) {
        guard let p = buffer.baseAddress else { return (0, 0) }
        let n = buffer.count
        var i = 0, multibyte = 0, invalid = 0
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            switch step(p, i, n) {
            case .valid(let len): if len > 1 { multibyte += 1 }; i += len
            case .invalid(let len): invalid += 1; i += len
            case .incomplete:
                if isComplete { invalid += 1 }
                i = n
            }
        }
        return (multibyte, invalid)
    }
}
