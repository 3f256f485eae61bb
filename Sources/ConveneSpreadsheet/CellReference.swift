/// Excel's grid limits.
///
/// ```swift
/// let fits = rows.count < ExcelLimits.maxRows            // one row is the header
/// let title = String(name.prefix(ExcelLimits.maxSheetName))
/// ```
public enum ExcelLimits {
    /// Rows per sheet (row indexes are `0..<maxRows`).
    public static let maxRows = 1_048_576
    /// Columns per sheet (column indexes are `0..<maxColumns`).
    public static let maxColumns = 16_384
    /// Characters in one cell.
    public static let maxCellText = 32_767
    /// Characters in an inline validation list, items plus separating commas.
    public static let maxInlineListLength = 255
    /// Characters in a sheet name.
    public static let maxSheetName = 31
}

/// A cell position, zero-based (`row: 0, column: 0` is `A1`).
///
/// ```swift
/// let cell = CellAddress(row: 2, column: 1)   // B3
/// cell.a1                                      // "B3"
/// try CellAddress(a1: "$C$10")                 // row 9, column 2
/// ```
public struct CellAddress: Hashable, Sendable, CustomStringConvertible {
    /// The zero-based row (`0` is row 1).
    public var row: Int
    /// The zero-based column (`0` is column A).
    public var column: Int

    /// The cell at zero-based `row` and `column`.
    ///
    /// ```swift
    /// CellAddress(row: 0, column: 0).a1   // "A1"
    /// ```
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B3` or `$B$3`.
    ///
    /// ```swift
    /// let cell = try CellAddress(a1: "$B$3")   // row 2, column 1
    /// ```
    /// - Throws: ``SpreadsheetError/invalidArgument(sheet:cell:reason:)`` when `a1` is not a cell reference.
    public init(a1: String) throws {
        guard let parsed = Self.parse(Substring(a1)) else {
            throw SpreadsheetError.invalidArgument(sheet: nil, cell: nil, reason: "\"\(a1)\" is not a cell reference like B3")
        }
        self = parsed
    }

    /// `B3`.
    public var a1: String { CellAddress.columnName(column) + String(row + 1) }
    /// `$B$3`, the form ranges in formulas and validation lists use.
    public var absoluteA1: String { "$" + CellAddress.columnName(column) + "$" + String(row + 1) }
    /// The A1 form, as ``a1``.
    public var description: String { a1 }

    /// `0 → "A"`, `25 → "Z"`, `26 → "AA"`.
    ///
    /// ```swift
    /// CellAddress.columnName(27)   // "AB"
    /// ```
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let rem = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + rem))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    static func parse(_ text: Substring) -> CellAddress? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        if index < scalars.endIndex, scalars[index] == "$" { index = scalars.index(after: index) }
        while index < scalars.endIndex, let v = Self.letterValue(scalars[index]) {
            column = column * 26 + v
            letters += 1
            index = scalars.index(after: index)
        }
        if index < scalars.endIndex, scalars[index] == "$" { index = scalars.index(after: index) }
        while index < scalars.endIndex, let d = Self.digitValue(scalars[index]) {
            row = row * 10 + d
            digits += 1
            if digits > 7 { return nil }
            index = scalars.index(after: index)
        }
        guard index == scalars.endIndex, (1...3).contains(letters), digits > 0, row >= 1 else { return nil }
        return CellAddress(row: row - 1, column: column - 1)
    }

    private static func letterValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 65...90: return Int(s.value) - 64
        case 97...122: return Int(s.value) - 96
        default: return nil
        }
    }

    private static func digitValue(_ s: Unicode.Scalar) -> Int? {
        (48...57).contains(s.value) ? Int(s.value) - 48 : nil
    }
}

/// A rectangle of cells, zero-based and inclusive at both ends.
///
/// ```swift
/// let header = CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 4)   // A1:E1
/// let data = try CellRange(a1: "A2:E200")
/// ```
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top row, zero-based.
    public var firstRow: Int
    /// The leftmost column, zero-based.
    public var firstColumn: Int
    /// The bottom row, zero-based and inclusive.
    public var lastRow: Int
    /// The rightmost column, zero-based and inclusive.
    public var lastColumn: Int

    /// The rectangle from (`firstRow`, `firstColumn`) to (`lastRow`, `lastColumn`), both corners included; the
    /// values are stored as given, not reordered.
    ///
    /// ```swift
    /// CellRange(firstRow: 1, firstColumn: 0, lastRow: 9, lastColumn: 2).a1   // "A2:C10"
    /// ```
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The one-cell range at `cell`.
    ///
    /// ```swift
    /// CellRange(CellAddress(row: 0, column: 1)).a1   // "B1"
    /// ```
    public init(_ cell: CellAddress) {
        self.init(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column)
    }

    /// Parses `A1:C5`, `$A$1:$C$5` or a single cell `B2`.
    /// The corners may come in either order: `C5:A1` is read as `A1:C5`.
    ///
    /// ```swift
    /// let range = try CellRange(a1: "$A$1:$C$5")   // rowCount 5, columnCount 3
    /// ```
    /// - Throws: ``SpreadsheetError/invalidArgument(sheet:cell:reason:)`` when `a1` is not a range.
    public init(a1: String) throws {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = CellAddress.parse(parts[0]),
              let last = CellAddress.parse(parts[parts.count - 1]) else {
            throw SpreadsheetError.invalidArgument(sheet: nil, cell: nil, reason: "\"\(a1)\" is not a range like A1:C5")
        }
        self.init(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                  lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// The top-left cell.
    public var first: CellAddress { CellAddress(row: firstRow, column: firstColumn) }
    /// The bottom-right cell.
    public var last: CellAddress { CellAddress(row: lastRow, column: lastColumn) }
    /// How many rows the range spans (`A2:C10` spans 9).
    public var rowCount: Int { lastRow - firstRow + 1 }
    /// How many columns the range spans (`A2:C10` spans 3).
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// `A1:C5` (a single cell prints as `A1`).
    public var a1: String { first == last ? first.a1 : first.a1 + ":" + last.a1 }
    /// `$A$1:$C$5`.
    public var absoluteA1: String { first == last ? first.absoluteA1 : first.absoluteA1 + ":" + last.absoluteA1 }
    /// The A1 form, as ``a1``.
    public var description: String { a1 }

    /// Whether the two rectangles share at least one cell.
    ///
    /// ```swift
    /// try CellRange(a1: "A1:B2").overlaps(CellRange(a1: "B2:C3"))   // true
    /// ```
    public func overlaps(_ other: CellRange) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }

    /// Whether `cell` lies inside the rectangle.
    ///
    /// ```swift
    /// try CellRange(a1: "A1:C5").contains(CellAddress(a1: "B3"))   // true
    /// ```
    public func contains(_ cell: CellAddress) -> Bool {
        (firstRow...lastRow).contains(cell.row) && (firstColumn...lastColumn).contains(cell.column)
    }
}

/// A range on a named sheet, as charts and validation lists refer to data: `'Sheet name'!$A$1:$A$9`.
///
/// ```swift
/// let names = SheetRange(sheet: "Lists", range: try CellRange(a1: "A2:A40"))
/// print(names.reference)   // Lists!$A$2:$A$40
/// ```
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    /// The sheet's name, unquoted.
    public var sheet: String
    /// The cells on that sheet.
    public var range: CellRange

    /// The range `range` on the sheet named `sheet`.
    ///
    /// ```swift
    /// let names = SheetRange(sheet: "Lists", range: try CellRange(a1: "A2:A9"))
    /// names.reference   // "'Lists'!$A$2:$A$9"
    /// ```
    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// The reference as a formula operand, sheet name quoted when needed (`'Lists'!$A$2:$A$9`).
    public var reference: String { SheetRange.quotedSheetName(sheet) + "!" + range.absoluteA1 }
    /// The formula operand, as ``reference``.
    public var description: String { reference }

    /// Sheet names are always quoted (with inner apostrophes doubled); Excel accepts the quotes on any name.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
