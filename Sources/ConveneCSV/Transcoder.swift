// Turns UTF-16, Windows-1252 or doubtful UTF-8 into clean UTF-8 for the parser, chunk by chunk.
// A character split across two chunks is carried over. Anything that cannot be decoded becomes U+FFFD
// and is reported with the physical line and character column where it was found.

/// Incremental decoder from a `TextEncodingGuess` to UTF-8.
struct Transcoder: Sendable {
    /// A replacement made while decoding.
    struct Replacement: Sendable, Hashable {
        var line: Int
        var column: Int
        var message: String
    }

    let encoding: TextEncodingGuess
    /// Bytes of an incomplete character at the end of the previous chunk.
    private var carry: [UInt8] = []
    /// A high surrogate waiting for its low half (UTF-16).
    private var highSurrogate: UInt16? = nil
    // Position of the next output character, for messages.
    private var line: Int
    private var column = 1
    private var lastWasCR = false

    init(encoding: TextEncodingGuess, firstLine: Int = 1) {
        self.encoding = encoding
        self.line = firstLine
    }

    /// Decodes `input` (without its BOM) and appends UTF-8 to `output`.
    /// - Parameter isLast: true for the final chunk, so an incomplete trailing character is replaced.
    mutating func feed(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8],
                       replacements: inout [Replacement]) {
        var bytes = carry
        carry.removeAll()
        if !bytes.isEmpty {
            bytes.append(contentsOf: input)
            bytes.withUnsafeBufferPointer { decode($0, isLast: isLast, into: &output, replacements: &replacements) }
        } else {
            decode(input, isLast: isLast, into: &output, replacements: &replacements)
        }
    }

    private mutating func decode(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, into out: inout [UInt8],
                                 replacements: inout [Replacement]) {
        guard let p = input.baseAddress else {
            if isLast, highSurrogate != nil { replace(&out, &replacements, "unpaired UTF-16 surrogate") }
            return
        }
        let n = input.count
        out.reserveCapacity(out.count + n + n / 2)
        switch encoding {
        case .utf8, .utf8BOM:
            var i = 0
            // Usually the whole chunk (less a split character at its end) is valid: copy it in one go.
            let valid = UTF8Scan.validPrefix(input)
            if valid > 0 {
                out.append(contentsOf: UnsafeBufferPointer(start: p, count: valid))
                advance(over: UnsafeBufferPointer(start: p, count: valid))
                i = valid
            }
            while i < n {
                switch UTF8Scan.step(p, i, n) {
                case .valid(let len):
                    for k in 0..<len { out.append(p[i + k]) }
                    advance(p[i])
                    i += len
                case .invalid(let len):
                    replace(&out, &replacements, "byte 0x\(hex(p[i])) is not valid UTF-8")
                    i += len
                case .incomplete:
                    if isLast {
                        replace(&out, &replacements, "the file ends inside a UTF-8 character")
                    } else {
                        carry = Array(UnsafeBufferPointer(start: p + i, count: n - i))
                    }
                    i = n
                }
            }
        case .windows1252:
            for i in 0..<n {
                let b = p[i]
                if b < 0x80 || b >= 0xA0 {
                    appendScalar(UInt32(b), &out)
                } else if let scalar = Transcoder.cp1252High[Int(b - 0x80)] {
                    appendScalar(UInt32(scalar), &out)
                } else {
                    replace(&out, &replacements, "byte 0x\(hex(b)) is undefined in Windows-1252")
                }
            }
        case .utf16LE, .utf16LEBOM, .utf16BE, .utf16BEBOM:
            let little = encoding == .utf16LE || encoding == .utf16LEBOM
            var i = 0
            while i + 1 < n {
                let unit = little ? UInt16(p[i]) | UInt16(p[i + 1]) << 8 : UInt16(p[i]) << 8 | UInt16(p[i + 1])
                i += 2
                decodeUnit(unit, &out, &replacements)
            }
            if i < n {
                if isLast {
                    replace(&out, &replacements, "the file ends in the middle of a UTF-16 character")
                } else {
                    carry = [p[i]]
                }
            }
            if isLast, highSurrogate != nil {
                highSurrogate = nil
                replace(&out, &replacements, "unpaired UTF-16 surrogate")
            }
        }
    }

    private mutating func decodeUnit(_ unit: UInt16, _ out: inout [UInt8], _ replacements: inout [Replacement]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if unit >= 0xDC00 && unit <= 0xDFFF {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(scalar, &out)
                return
            }
            replace(&out, &replacements, "unpaired UTF-16 surrogate")
        }
        if unit >= 0xD800 && unit <= 0xDBFF {
            highSurrogate = unit
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
            replace(&out, &replacements, "unpaired UTF-16 surrogate")
        } else {
            appendScalar(UInt32(unit), &out)
        }
    }

    private mutating func appendScalar(_ s: UInt32, _ out: inout [UInt8]) {
        if s < 0x80 {
            out.append(UInt8(s))
            advance(UInt8(s))
            return
        }
        if s < 0x800 {
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        } else if s < 0x10000 {
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (s >> 18)))
            out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
        advance(0x80)
    }

    private mutating func replace(_ out: inout [UInt8], _ replacements: inout [Replacement], _ why: String) {
        replacements.append(Replacement(line: line, column: column, message: "\(why); replaced with U+FFFD"))
        appendScalar(0xFFFD, &out)
    }

    /// Moves the position past a run of valid UTF-8 (counting in bulk; this runs over every streamed byte).
    private mutating func advance(over run: UnsafeBufferPointer<UInt8>) {
        guard let p = run.baseAddress, run.count > 0 else { return }
        let n = run.count
        var lf = 0, cr = 0
        for i in 0..<n {
            let b = p[i]
            lf &+= b == 0x0A ? 1 : 0
            cr &+= b == 0x0D ? 1 : 0
        }
        if lf == 0 && cr == 0 {
            for i in 0..<n where p[i] & 0xC0 != 0x80 { column += 1 }
            lastWasCR = false
            return
        }
        var crlf = 0
        if cr > 0 && n > 1 {
            for i in 0..<(n - 1) where p[i] == 0x0D && p[i + 1] == 0x0A { crlf += 1 }
        }
        // An LF right after a CR that ended the previous run is the same line break.
        let continued = lastWasCR && p[0] == 0x0A ? 1 : 0
        line += lf + cr - crlf - continued
        var last = n - 1
        while p[last] != 0x0A && p[last] != 0x0D { last -= 1 }
        column = 1
        for i in (last + 1)..<n where p[i] & 0xC0 != 0x80 { column += 1 }
        lastWasCR = p[n - 1] == 0x0D
    }

    /// Moves the position past one character whose first byte is `lead`.
    @inline(__always)
    private mutating func advance(_ lead: UInt8) {
        if lead == 0x0A {
            if !lastWasCR { line += 1 }
            column = 1
            lastWasCR = false
        } else if lead == 0x0D {
            line += 1
            column = 1
            lastWasCR = true
        } else {
            column += 1
            lastWasCR = false
        }
    }

    private func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }

    /// Windows-1252 bytes 0x80–0x9F (nil = undefined); 0xA0–0xFF equal Latin-1 and Unicode.
    static let cp1252High: [UInt16?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]
}
