// The CSV core: a small state machine over UTF-8 bytes (after the ideas of Rust's csv-core).
//
// It knows nothing of encodings, types or headers. It is fed buffers of any size — a whole file or one
// byte at a time — and carries its state across calls, so chunk boundaries can fall anywhere (inside a
// quoted field, between CR and LF, between two quotes of a doubled quote) without changing the result.
// Runs of ordinary bytes are copied in bulk, so a field of 8 MB or a row of 200,000 fields costs time
// linear in its size. It holds no buffers of its own: it writes into the caller's `ByteRecord`.

/// The RFC 4180 state machine with lenient, reported recovery.
///
/// ```swift
/// var parser = ByteParser(delimiter: UInt8(ascii: ","))
/// var record = ByteRecord()
/// let text = Array("a,\"b \"\"c\"\"\"\r\n".utf8)
/// let (event, used) = text.withUnsafeBufferPointer { parser.parse($0, into: &record) }
/// // event == .record, used == text.count, record.strings == ["a", "b \"c\""]
/// ```
///
/// Leniency (each case reported as a `ByteIssue` on the record, never silently):
/// - a `"` inside an unquoted field is kept literally;
/// - text after a closing quote (`"ab"cd`) is kept literally (`abcd`);
/// - a NUL byte becomes U+FFFD, because NUL cannot be stored in .xlsx XML or shown to a user.
/// An unterminated quote is the one fatal case: `finish(into:)` reports where it opened.
public struct ByteParser: Sendable {
    /// What a call to `parse` ended with.
    ///
    /// ```swift
    /// switch text.withUnsafeBufferPointer({ parser.parse($0, into: &record) }).0 {
    /// case .record: print(record.strings)
    /// case .blankLine: break                        // skip, without a record number
    /// case .needMoreInput: break                    // feed the next chunk, or call finish(into:)
    /// }
    /// ```
    public enum Event: Sendable, Equatable {
        /// The input is used up and no record is complete yet: feed more, or call `finish`.
        case needMoreInput
        /// A record is complete in the `ByteRecord`.
        case record
        /// An empty physical line (reported so callers can skip it without giving it a record number).
        case blankLine
    }

    enum State: UInt8, Sendable {
        case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Where an open quote started, for the unterminated-quote error.
    ///
    /// ```swift
    /// let quote = parser.openQuote
    /// print("quote opened on line \(quote.line), field \(quote.field)")
    /// ```
    public struct OpenQuote: Sendable, Hashable {
        /// 1-based physical line where the quote opened.
        public var line: Int
        /// 1-based index of the field the quote opened.
        public var field: Int
        /// Byte offset of the opening quote.
        public var byteOffset: Int
        /// Byte offset of the start of that line (for the character column).
        public var lineStartOffset: Int
    }

    /// The field separator byte.
    public let delimiter: UInt8
    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    var state: State = .recordStart
    /// The previous byte was a CR: a following LF belongs to the same line break.
    var lastWasCR = false
    /// Bytes consumed so far over all calls.
    public private(set) var offset = 0
    /// Current 1-based physical line.
    public private(set) var line: Int
    /// Offset of the first byte of the current physical line.
    public private(set) var lineStartOffset = 0
    /// The quote that opened the current quoted field.
    public private(set) var openQuote = OpenQuote(line: 0, field: 0, byteOffset: 0, lineStartOffset: 0)

    /// A parser at the start of a record, splitting fields at `delimiter`.
    ///
    /// ```swift
    /// var parser = ByteParser(delimiter: UInt8(ascii: ";"), firstLine: 2, firstOffset: 7)   // after a `sep=;` line
    /// ```
    ///
    /// - Parameters:
    ///   - delimiter: the field separator byte (`,` `;` tab `|` …); must not be `"`, CR or LF.
    ///   - firstLine: the physical line number of the first byte fed (2 after a consumed `sep=` line).
    ///   - firstOffset: the byte offset of the first byte fed.
    public init(delimiter: UInt8, firstLine: Int = 1, firstOffset: Int = 0) {
        precondition(delimiter != 0x22 && delimiter != 0x0A && delimiter != 0x0D, "invalid CSV delimiter")
        self.delimiter = delimiter
        self.line = firstLine
        self.offset = firstOffset
        self.lineStartOffset = firstOffset
    }

    /// True when the parser is inside a quoted field (the input so far ends mid-quote).
    public var isInsideQuotes: Bool { state == .quoted }

    /// Parses from the start of `input` until one record (or blank line) is complete or the input is used up.
    /// ```swift
    /// var parser = ByteParser(delimiter: UInt8(ascii: ","))
    /// var record = ByteRecord()
    /// let bytes = Array("Name,Email\nAda,ada@example.org\n".utf8)
    /// var start = 0
    /// while start < bytes.count {
    ///     let (event, used) = bytes[start...].withUnsafeBufferPointer { parser.parse($0, into: &record) }
    ///     start += used
    ///     if event == .record { print(record.strings) }   // ["Name", "Email"], then ["Ada", "ada@example.org"]
    /// }
    /// ```
    ///
    /// - Returns: the event and how many bytes of `input` were consumed. Bytes after that are not looked at;
    ///   pass them in the next call.
    public mutating func parse(_ input: UnsafeBufferPointer<UInt8>, into record: inout ByteRecord) -> (Event, Int) {
        guard let base = input.baseAddress else { return (.needMoreInput, 0) }
        let n = input.count
        let delimiter = self.delimiter
        var i = 0
        // `offset` is kept as the offset of input[0] during the loop; `consumed(i)` settles it on exit.
        let startOffset = offset
        @inline(__always) func position(_ k: Int) -> Int { startOffset + k }

        while i < n {
            switch state {
            case .recordStart:
                let b = base[i]
                if b == ByteParser.lf && lastWasCR {
                    // Second half of a CRLF that ended the previous record or blank line.
                    lastWasCR = false
                    i += 1
                    lineStartOffset = position(i)
                    continue
                }
                if b == ByteParser.lf || b == ByteParser.cr {
                    record.begin(line: line, offset: position(i), lineStart: lineStartOffset)
                    record.isBlank = true
                    lastWasCR = b == ByteParser.cr
                    i += 1
                    line += 1
                    lineStartOffset = position(i)
                    offset = position(i)
                    return (.blankLine, i)
                }
                lastWasCR = false
                record.begin(line: line, offset: position(i), lineStart: lineStartOffset)
                state = .fieldStart

            case .fieldStart:
                let b = base[i]
                if b == ByteParser.quote {
                    openQuote = OpenQuote(line: line, field: record.fieldEnds.count + 1,
                                          byteOffset: position(i), lineStartOffset: lineStartOffset)
                    state = .quoted
                    lastWasCR = false
                    i += 1
                } else if b == delimiter {
                    record.fieldEnds.append(record.bytes.count)
                    lastWasCR = false
                    i += 1
                } else if b == ByteParser.lf || b == ByteParser.cr {
                    record.fieldEnds.append(record.bytes.count)
                    return endRecord(at: i, byte: b, startOffset: startOffset, record: &record)
                } else {
                    state = .unquoted
                }

            case .unquoted:
                // Bulk-copy the run of ordinary bytes.
                let runStart = i
                while i < n {
                    let b = base[i]
                    if b == delimiter { break }
                    if b > ByteParser.quote { i += 1; continue }
                    if b == ByteParser.quote || b == ByteParser.lf || b == ByteParser.cr || b == 0 { break }
                    i += 1
                }
                if i > runStart {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                    lastWasCR = false
                }
                guard i < n else { break }
                let b = base[i]
                if b == delimiter {
                    record.fieldEnds.append(record.bytes.count)
                    state = .fieldStart
                    i += 1
                } else if b == ByteParser.lf || b == ByteParser.cr {
                    record.fieldEnds.append(record.bytes.count)
                    return endRecord(at: i, byte: b, startOffset: startOffset, record: &record)
                } else if b == ByteParser.quote {
                    note(.strayQuote, at: position(i), record: &record)
                    record.bytes.append(b)
                    i += 1
                } else { // NUL
                    note(.nulByte, at: position(i), record: &record)
                    record.bytes.append(contentsOf: ByteParser.replacement)
                    i += 1
                }

            case .quoted:
                let runStart = i
                while i < n {
                    let b = base[i]
                    if b > ByteParser.quote { i += 1; continue }
                    if b == ByteParser.quote || b == ByteParser.lf || b == ByteParser.cr || b == 0 { break }
                    i += 1
                }
                if i > runStart {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                    lastWasCR = false
                }
                guard i < n else { break }
                let b = base[i]
                i += 1
                if b == ByteParser.quote {
                    state = .quoteInQuoted
                    lastWasCR = false
                } else if b == ByteParser.cr {
                    record.bytes.append(b)
                    line += 1
                    lineStartOffset = position(i)
                    lastWasCR = true
                } else if b == ByteParser.lf {
                    record.bytes.append(b)
                    if !lastWasCR { line += 1 }
                    lineStartOffset = position(i)
                    lastWasCR = false
                } else { // NUL
                    note(.nulByte, at: position(i - 1), record: &record)
                    record.bytes.append(contentsOf: ByteParser.replacement)
                    lastWasCR = false
                }

            case .quoteInQuoted:
                let b = base[i]
                if b == ByteParser.quote {
                    record.bytes.append(b)      // doubled quote
                    state = .quoted
                    i += 1
                } else if b == delimiter {
                    record.fieldEnds.append(record.bytes.count)
                    state = .fieldStart
                    i += 1
                } else if b == ByteParser.lf || b == ByteParser.cr {
                    record.fieldEnds.append(record.bytes.count)
                    return endRecord(at: i, byte: b, startOffset: startOffset, record: &record)
                } else {
                    note(.textAfterClosingQuote, at: position(i), record: &record)
                    state = .unquoted
                }
            }
        }
        offset = position(n)
        return (.needMoreInput, n)
    }

    /// Call once the input is exhausted. Completes a final record that has no line break after it.
    /// ```swift
    /// var parser = ByteParser(delimiter: UInt8(ascii: ","))
    /// var record = ByteRecord()
    /// _ = Array("Ada,ada@example.org".utf8).withUnsafeBufferPointer { parser.parse($0, into: &record) }   // .needMoreInput
    /// if try parser.finish(into: &record) == .record {
    ///     print(record.strings)   // ["Ada", "ada@example.org"]: the last line had no line break
    /// }
    /// ```
    ///
    /// - Returns: `.record` if one was completed, nil if nothing was pending.
    /// - Throws: the open quote's position when the input ends inside a quoted field.
    public mutating func finish(into record: inout ByteRecord) throws(UnterminatedQuote) -> Event? {
        switch state {
        case .recordStart:
            return nil
        case .quoted:
            throw UnterminatedQuote(openQuote: openQuote, endLine: line)
        case .fieldStart, .unquoted, .quoteInQuoted:
            record.fieldEnds.append(record.bytes.count)
            record.endLine = line
            state = .recordStart
            return .record
        }
    }

    /// The input ended inside a quoted field.
    ///
    /// ```swift
    /// do {
    ///     _ = try parser.finish(into: &record)
    /// } catch {
    ///     print("a quote opened on line \(error.openQuote.line) is never closed (input ends on line \(error.endLine))")
    /// }
    /// ```
    public struct UnterminatedQuote: Error, Sendable {
        /// Where the unclosed quote opened.
        public var openQuote: OpenQuote
        /// The last physical line of the input.
        public var endLine: Int
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    @inline(__always)
    mutating func endRecord(at i: Int, byte b: UInt8, startOffset: Int,
                            record: inout ByteRecord) -> (Event, Int) {
        record.endLine = line
        state = .recordStart
        lastWasCR = b == ByteParser.cr
        line += 1
        let next = i + 1
        lineStartOffset = startOffset + next
        offset = startOffset + next
        return (.record, next)
    }

    mutating func note(_ kind: CSVWarning.Kind, at byteOffset: Int, record: inout ByteRecord) {
        record.issues.append(ByteIssue(kind: kind, line: line, field: record.fieldEnds.count + 1,
                                       byteOffset: byteOffset, lineStartOffset: lineStartOffset))
    }
}
