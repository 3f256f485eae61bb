import Foundation

/// An `.xlsx` workbook being built; ``close()`` saves it.
///
/// The file is written to a hidden temporary file next to the destination and renamed over it only when
/// everything succeeded, so a failure never leaves a half-written workbook and never replaces an existing
/// file with garbage. Dropping a workbook without closing it writes nothing.
///
/// ```swift
/// let workbook = try Workbook(destination: URL(fileURLWithPath: "tracker.xlsx"))
/// workbook.properties = DocumentProperties(title: "Partnership tracker", author: "Convene")
/// let people = try workbook.addWorksheet(named: "People")
/// try people.writeRow([.string("Name"), .string("Email")], row: 0, format: .header)
/// try people.write(.string("Ada Lovelace"), row: 1, column: 0)
/// try people.freezePanes(rows: 1)
/// try workbook.close()
/// ```
///
/// Not thread-safe and not `Sendable`: build each workbook on one thread.
public final class Workbook {
    /// How the workbook is built.
    ///
    /// ```swift
    /// let options = Workbook.Options(constantMemory: true, temporaryDirectory: URL(fileURLWithPath: "/tmp"))
    /// let workbook = try Workbook(destination: URL(fileURLWithPath: "people.xlsx"), options: options)
    /// ```
    public struct Options: Hashable, Sendable {
        /// Write each row to disk as soon as a later row is started, keeping memory flat for huge sheets.
        /// Rows must then be written in order (a cell in an earlier row is silently dropped by
        /// libxlsxwriter, so ``Worksheet`` refuses it), strings are stored inline, and tables are unavailable
        /// (merged ranges, notes, validation, formats and charts still work).
        public var constantMemory = false
        /// Where libxlsxwriter keeps its own temporary files; `nil` uses the system default.
        public var temporaryDirectory: URL?

        /// Options with the properties of the same names.
        ///
        /// ```swift
        /// let big = try Workbook(destination: url, options: Workbook.Options(constantMemory: true))
        /// ```
        public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
        }
    }

    let handle: WorkbookHandle
    /// The worksheets in the order they were added.
    public private(set) var worksheets: [Worksheet] = []
    /// Document properties written on ``close()``.
    public var properties: DocumentProperties?
    private var definedNames: [(name: String, formula: String)] = []

    /// The file ``close()`` will create or replace.
    public var destination: URL { handle.destination }
    /// Whether rows stream to disk (see ``Options/constantMemory``).
    public var isConstantMemory: Bool { handle.constantMemory }

    /// The libxlsxwriter version in use, e.g. `"1.1.4"`.
    public static var libraryVersion: String { WorkbookHandle.libraryVersion }

    /// Starts a workbook that ``close()`` will save at `destination`.
    ///
    /// A bad destination (missing or unwritable folder) is reported by ``close()``.
    ///
    /// ```swift
    /// let workbook = try Workbook(destination: URL(fileURLWithPath: "attendance.xlsx"))
    /// ```
    public init(destination: URL, options: Options = Options()) throws {
        handle = try WorkbookHandle(destination: destination, constantMemory: options.constantMemory,
                                    temporaryDirectory: options.temporaryDirectory)
    }

    /// Adds a sheet at the end.
    ///
    /// ```swift
    /// let sheet = try workbook.addWorksheet(named: "Attendance")
    /// ```
    ///
    /// - Throws: ``SpreadsheetError/invalidSheetName(name:reason:)`` (empty, longer than 31 characters,
    ///   containing `[ ] : * ? / \`, or starting/ending with `'`) or
    ///   ``SpreadsheetError/duplicateSheetName(name:)`` (Excel ignores case).
    public func addWorksheet(named name: String) throws -> Worksheet {
        try SheetName.validate(name)
        guard handle.sheetNames[name.lowercased()] == nil else { throw SpreadsheetError.duplicateSheetName(name: name) }
        let pointer = try handle.addWorksheet(named: name)
        let sheet = Worksheet(SheetHandle(workbook: handle, name: name, pointer: pointer))
        worksheets.append(sheet)
        return sheet
    }

    /// The sheet called `name` (ignoring case), if any.
    ///
    /// ```swift
    /// let sheet = workbook.worksheet(named: "attendance")   // the sheet named "Attendance"
    /// ```
    public func worksheet(named name: String) -> Worksheet? {
        worksheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Defines a workbook-wide name, e.g. `defineName("Organizations", refersTo: "=Lists!$A$2:$A$40")`,
    /// usable in formulas and in ``DataValidation/Rule/listFormula(_:)``.
    ///
    /// A name is letters, digits, `_` and `.`, starts with a letter or `_`, and must not look like a cell
    /// reference (`A1`, `R1C1`).
    ///
    /// ```swift
    /// try workbook.defineName("Organizations", refersTo: "=Lists!$A$2:$A$40")
    /// ```
    public func defineName(_ name: String, refersTo formula: String) throws {
        try ExcelName.validate(name, what: "defined name")
        guard !definedNames.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw SpreadsheetError.invalidArgument(sheet: nil, cell: nil, reason: "the name \"\(name)\" is already defined")
        }
        let trimmed = formula.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != "=" else {
            throw SpreadsheetError.invalidArgument(sheet: nil, cell: nil, reason: "the name \"\(name)\" needs a formula")
        }
        try handle.defineName(name, formula: trimmed.hasPrefix("=") ? trimmed : "=" + trimmed)
        definedNames.append((name, trimmed))
    }

    /// Saves the workbook: writes it next to ``destination`` and renames it into place.
    ///
    /// Closing is final: afterwards every call on the workbook or its sheets throws
    /// ``SpreadsheetError/workbookClosed``, even if saving failed.
    ///
    /// ```swift
    /// let workbook = try Workbook(destination: URL(fileURLWithPath: "tracker.xlsx"))
    /// let sheet = try workbook.addWorksheet(named: "Tracker")
    /// try sheet.writeString("Action", row: 0, column: 0)
    /// try workbook.close()   // the file exists only now
    /// ```
    ///
    /// - Throws: ``SpreadsheetError/fileSystem(path:message:)`` when the folder is missing or unwritable or
    ///   the rename fails; ``SpreadsheetError/library(operation:code:message:sheet:cell:)`` when
    ///   libxlsxwriter cannot assemble the file. The destination is untouched in both cases.
    public func close() throws {
        if let properties, handle.isOpen { try handle.setProperties(properties) }
        try handle.close()
    }
}

/// Excel's sheet-name rules.
enum SheetName {
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    static func validate(_ name: String) throws {
        func fail(_ reason: String) -> SpreadsheetError { .invalidSheetName(name: name, reason: reason) }
        guard !name.isEmpty else { throw fail("a sheet name cannot be empty") }
        let length = name.unicodeScalars.count
        guard length <= ExcelLimits.maxSheetName else {
            throw fail("it is \(length) characters; Excel allows at most \(ExcelLimits.maxSheetName)")
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            throw fail("it contains \"\(bad)\"; Excel forbids [ ] : * ? / \\")
        }
        guard !name.hasPrefix("'"), !name.hasSuffix("'") else { throw fail("it starts or ends with an apostrophe") }
        guard name.lowercased() != "history" else { throw fail("\"History\" is reserved by Excel") }
    }
}

/// Excel's rules for defined names and table names.
enum ExcelName {
    static func validate(_ name: String, what: String) throws {
        func fail(_ reason: String) -> SpreadsheetError {
            .invalidArgument(sheet: nil, cell: nil, reason: "\(what) \"\(name)\" \(reason)")
        }
        guard let first = name.unicodeScalars.first else { throw fail("is empty") }
        guard name.unicodeScalars.count <= 255 else { throw fail("is longer than 255 characters") }
        let isLetter = { (s: Unicode.Scalar) in s.properties.isAlphabetic }
        guard isLetter(first) || first == "_" || first == "\\" else {
            throw fail("must start with a letter or underscore")
        }
        guard name.unicodeScalars.allSatisfy({ isLetter($0) || $0.properties.numericType != nil || $0 == "_" || $0 == "." || $0 == "\\" })
        else { throw fail("may contain only letters, digits, \"_\" and \".\"") }
        if CellAddress.parse(Substring(name)) != nil { throw fail("looks like a cell reference") }
        let upper = name.uppercased()
        if upper == "R" || upper == "C" || upper.range(of: #"^R[0-9]*C[0-9]*$"#, options: .regularExpression) != nil {
            throw fail("looks like an R1C1 reference")
        }
    }
}
