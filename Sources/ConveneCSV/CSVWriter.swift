import Foundation

/// One cell to write. Text is protected against formula injection; numbers are written as given.
///
/// Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and, in some, tab or CR) as a
/// formula — "CSV injection". Following OWASP's guidance, text cells starting with one of those characters
/// are written with a leading single quote (`'=1+1`), which Excel and LibreOffice show as the literal text.
/// A negative number is not text: write it as `.number` so it stays a number.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.writeRow(["=1+1", .number("-2"), .verbatim("Convene")])   // '=1+1,-2,Convene
/// ```
public enum CSVCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Untrusted text: neutralized if formula-like, quoted if needed.
    case text(String)
    /// A number, written as is (quoted only if it holds the delimiter, a quote or a line break).
    case number(String)
    /// Trusted text written exactly (quoted if needed, never prefixed). Use only for text you produced.
    case verbatim(String)

    /// A string literal is a ``text(_:)`` cell: `writer.writeRow(["Name", "Email"])`.
    ///
    /// ```swift
    /// let cell: CSVCell = "Ada Lovelace"   // .text("Ada Lovelace")
    /// ```
    public init(stringLiteral value: String) { self = .text(value) }

    var isEmptyValue: Bool {
        switch self {
        case .text(let s), .number(let s), .verbatim(let s): return s.isEmpty
        }
    }

    /// A number cell from an integer.
    ///
    /// ```swift
    /// writer.writeRow(["Meetings attended", .integer(4)])   // Meetings attended,4
    /// ```
    public static func integer(_ value: Int) -> CSVCell { .number(String(value)) }

    /// A number cell from a Double (integral values without ".0").
    ///
    /// ```swift
    /// CSVCell.decimal(3.0)    // .number("3")
    /// CSVCell.decimal(0.25)   // .number("0.25")
    /// ```
    public static func decimal(_ value: Double) -> CSVCell {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return .number(String(Int64(value))) }
        return .number(String(value))
    }
}

/// Writes RFC 4180 CSV into memory, for Excel or for mail.
///
/// ```swift
/// var writer = CSVWriter(options: .init(byteOrderMark: true))   // Excel opens UTF-8 with BOM correctly
/// writer.writeRow(["Name", "Email", "Hours"])
/// writer.writeRow([.text("=HYPERLINK(\"x\")"), .text("ann@example.com"), .number("-1.5")])
/// try CSVWriter.writeAtomically(writer.data, to: URL(fileURLWithPath: "out.csv"))
/// // Name,Email,Hours\r\n"'=HYPERLINK(""x"")",ann@example.com,-1.5\r\n
/// ```
public struct CSVWriter: Sendable {
    /// What ends each row: `crlf` (RFC 4180, the default) or `lf`.
    ///
    /// ```swift
    /// let options = CSVWriter.Options(lineEnding: .lf)
    /// ```
    public enum LineEnding: String, Sendable, Hashable, Codable {
        case crlf, lf
        var bytes: [UInt8] { self == .crlf ? [0x0D, 0x0A] : [0x0A] }
    }

    /// How the writer lays out its bytes.
    ///
    /// ```swift
    /// let forMail = CSVWriter.Options(byteOrderMark: true, lineEnding: .crlf, delimiter: .comma)
    /// ```
    public struct Options: Sendable, Hashable {
        /// Start with a UTF-8 byte-order mark, so Excel on Windows decodes non-ASCII correctly.
        public var byteOrderMark: Bool
        /// RFC 4180 says CRLF.
        public var lineEnding: LineEnding
        /// The field separator; by default the comma.
        public var delimiter: CSVDelimiter
        /// Prefix formula-like text cells with `'` (see `CSVCell`). On by default; turn off only for files
        /// that no spreadsheet will open.
        public var neutralizeFormulas: Bool

        /// Options with the properties of the same names.
        ///
        /// ```swift
        /// let unix = CSVWriter.Options(lineEnding: .lf, delimiter: .tab)
        /// ```
        public init(byteOrderMark: Bool = false, lineEnding: LineEnding = .crlf, delimiter: CSVDelimiter = .comma,
                    neutralizeFormulas: Bool = true) {
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
            self.delimiter = delimiter
            self.neutralizeFormulas = neutralizeFormulas
        }
    }

    /// How this writer lays out its bytes.
    public let options: Options
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer; with ``Options/byteOrderMark`` its bytes start with the UTF-8 BOM.
    ///
    /// ```swift
    /// var writer = CSVWriter()
    /// writer.writeRow(["Name", "Email"])
    /// String(decoding: writer.bytes, as: UTF8.self)   // "Name,Email\r\n"
    /// ```
    public init(options: Options = .init()) {
        self.options = options
        if options.byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
    }

    /// The bytes written so far, as Data.
    public var data: Data { Data(bytes) }

    /// Writes one row of cells.
    ///
    /// ```swift
    /// writer.writeRow([.text("Okafor Tool & Die"), .text("+1 555 0100"), .number("-2")])
    /// // Okafor Tool & Die,'+1 555 0100,-2
    /// ```
    public mutating func writeRow(_ cells: [CSVCell]) {
        // A lone empty field would be an empty line, which readers take as a blank line: quote it.
        if cells.count == 1, case let value = cells[0], value.isEmptyValue {
            bytes.append(contentsOf: [0x22, 0x22])
            bytes.append(contentsOf: options.lineEnding.bytes)
            return
        }
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(options.delimiter.rawValue) }
            switch cell {
            case .text(let s): appendField(s, neutralize: options.neutralizeFormulas)
            case .number(let s), .verbatim(let s): appendField(s, neutralize: false)
            }
        }
        bytes.append(contentsOf: options.lineEnding.bytes)
    }

    /// Writes one row of text cells.
    ///
    /// ```swift
    /// writer.writeRow(["Smith, Robert", "bob@example.org"])   // "Smith, Robert",bob@example.org
    /// ```
    public mutating func writeRow(_ texts: [String]) {
        writeRow(texts.map { CSVCell.text($0) })
    }

    /// True when a spreadsheet would treat text starting like this as a formula.
    ///
    /// ```swift
    /// CSVWriter.isFormulaLike("=SUM(A1)")   // true
    /// CSVWriter.isFormulaLike("Ada")        // false
    /// ```
    public static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
    }

    /// The field as it will appear in the file (neutralized and quoted as needed).
    ///
    /// ```swift
    /// CSVWriter.encode("say \"hi\"")   // "\"say \"\"hi\"\"\""
    /// CSVWriter.encode("-5")           // "'-5"
    /// ```
    public static func encode(_ text: String, delimiter: CSVDelimiter = .comma, neutralize: Bool = true) -> String {
        var writer = CSVWriter(options: Options(delimiter: delimiter))
        writer.appendField(text, neutralize: neutralize)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private mutating func appendField(_ text: String, neutralize: Bool) {
        let prefix = neutralize && CSVWriter.isFormulaLike(text)
        let delimiter = options.delimiter.rawValue
        let needsQuotes = text.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || (text.utf8.first.map { $0 == 0x20 || $0 == 0x09 } ?? false)
            || (text.utf8.last.map { $0 == 0x20 || $0 == 0x09 } ?? false)
        if needsQuotes { bytes.append(0x22) }
        if prefix { bytes.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for b in text.utf8 {
                if b == 0x22 { bytes.append(0x22) }
                bytes.append(b)
            }
            bytes.append(0x22)
        } else {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Writes `data` to `url` so that readers see the old file or the new one, never half of one:
    /// a temporary file in the same directory, flushed, then renamed over the target.
    ///
    /// ```swift
    /// try CSVWriter.writeAtomically(writer.data, to: URL(fileURLWithPath: "invite-businesses.csv"))
    /// ```
    ///
    /// A destination that is not a regular file — `/dev/null`, `/dev/stdout`, a named pipe — is written in place:
    /// renaming over it would replace the device or pipe with a plain file (as root, `/dev/null` itself).
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        if isSpecialFile(url.path) {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                                 NSLocalizedDescriptionKey: "cannot rename \(temporary.path) to \(url.path): errno \(errno)"])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Whether `path` names an existing character device, block device, pipe or socket (links followed).
    ///
    /// ```swift
    /// CSVWriter.isSpecialFile("/dev/null")   // true
    /// ```
    public static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO || type == S_IFBLK || type == S_IFSOCK
    }
}
