// The output buffer the state machine writes into: all field bytes back to back plus where each ends.
// One ByteRecord is reused for every record of a file, so reading a record allocates only while the
// buffers grow to the widest record seen (csv-core's `output` + `ends`, owned by the caller).

/// One record as raw UTF-8 bytes, reusable across records.
///
/// ```swift
/// var parser = ByteParser(delimiter: UInt8(ascii: ";"))
/// var record = ByteRecord()
/// let text = Array("Ada;ada@example.org\n".utf8)
/// _ = text.withUnsafeBufferPointer { parser.parse($0, into: &record) }
/// record.count            // 2
/// record.string(at: 1)    // "ada@example.org"
/// ```
public struct ByteRecord: Sendable {
    /// Unescaped bytes of all fields, back to back.
    public internal(set) var bytes: [UInt8] = []
    /// `fieldEnds[i]` is the end index in `bytes` of field `i`.
    public internal(set) var fieldEnds: [Int] = []
    /// 1-based physical line where the record starts.
    public internal(set) var line: Int = 0
    /// 1-based physical line where the record ends (differs from `line` when a quoted field holds newlines).
    public internal(set) var endLine: Int = 0
    /// 0-based byte offset of the record's first byte in the decoded text.
    public internal(set) var byteOffset: Int = 0
    /// Offset of the start of the physical line holding `byteOffset` (for character columns).
    public internal(set) var lineStartOffset: Int = 0
    /// True for an empty physical line: no fields. Callers skip these without numbering them.
    public internal(set) var isBlank: Bool = false
    /// Oddities met inside this record (stray quotes, NUL bytes, …); usually empty.
    public internal(set) var issues: [ByteIssue] = []

    /// An empty record; allocates nothing until the first record is read into it.
    ///
    /// ```swift
    /// var record = ByteRecord()   // reuse it for every record of a file
    /// ```
    public init() {}

    /// Number of fields (0 for a blank line).
    @inlinable public var count: Int { fieldEnds.count }

    /// Calls `body` with the bytes of field `index` (0-based).
    ///
    /// ```swift
    /// let isEmpty = record.withField(2) { $0.isEmpty }
    /// ```
    @inlinable
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        let end = fieldEnds[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Field `index` (0-based) decoded as a String.
    ///
    /// ```swift
    /// let email = record.string(at: 1)
    /// ```
    public func string(at index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// All fields as Strings.
    public var strings: [String] {
        var result: [String] = []
        result.reserveCapacity(fieldEnds.count)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in fieldEnds {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self))
                start = end
            }
        }
        return result
    }

    mutating func begin(line: Int, offset: Int, lineStart: Int) {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        if !issues.isEmpty { issues.removeAll() }
        self.line = line
        self.endLine = line
        self.byteOffset = offset
        self.lineStartOffset = lineStart
        self.isBlank = false
    }
}

/// An oddity the state machine met, in raw terms; the record layer turns it into a `CSVWarning`.
///
/// ```swift
/// var parser = ByteParser(delimiter: UInt8(ascii: ","))
/// var record = ByteRecord()
/// let text = Array("a,b\"c\n".utf8)
/// _ = text.withUnsafeBufferPointer { parser.parse($0, into: &record) }
/// record.issues.first?.kind   // .strayQuote (field 2, line 1)
/// ```
public struct ByteIssue: Sendable, Hashable {
    /// What was odd.
    public var kind: CSVWarning.Kind
    /// 1-based physical line of the odd byte.
    public var line: Int
    /// 1-based field index.
    public var field: Int
    /// Byte offset of the odd byte and of the start of its physical line.
    public var byteOffset: Int
    /// Byte offset of the start of that physical line.
    public var lineStartOffset: Int
}
