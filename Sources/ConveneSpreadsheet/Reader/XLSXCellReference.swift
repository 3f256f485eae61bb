/// A cell position read from a workbook, 1-based like Excel's own row numbers (`A1` is row 1, column 1).
///
/// ```swift
/// let ref = XLSXCellReference("AA10")!   // row 10, column 27
/// ref.a1                                  // "AA10"
/// ```
public struct XLSXCellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Excel's last row (1,048,576).
    public static let maxRow = 1_048_576
    /// Excel's last column (16,384, "XFD").
    public static let maxColumn = 16_384

    /// 1-based row number, as shown in Excel's row headers (what an importer reports as the line).
    public let row: Int
    /// 1-based column number (A = 1).
    public let column: Int

    /// Creates a reference; returns nil outside Excel's grid.
    ///
    /// ```swift
    /// let ref = XLSXCellReference(row: 2, column: 3)!   // C2
    /// let none = XLSXCellReference(row: 0, column: 1)   // nil: rows start at 1
    /// ```
    public init?(row: Int, column: Int) {
        guard (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
        self.row = row
        self.column = column
    }

    /// Parses `A1`, `$AA$10`, `xfd1048576` (case-insensitive); nil if malformed or outside Excel's grid.
    ///
    /// ```swift
    /// let ref = XLSXCellReference("$B$7")!   // row 7, column 2
    /// ```
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$") where (letters == 0 && digits == 0) || (letters > 0 && digits == 0):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            // Stop early so a hostile "A99999999999999999999" cannot overflow.
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// Column letters for a 1-based column number: 1 → "A", 27 → "AA", 16384 → "XFD".
    ///
    /// ```swift
    /// XLSXCellReference.columnLetters(28)   // "AB"
    /// ```
    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The reference in A1 notation.
    public var a1: String { Self.columnLetters(column) + String(row) }

    /// The reference in A1 notation, as ``a1``.
    public var description: String { a1 }

    /// Row-major order: `B1` comes before `A2`.
    ///
    /// ```swift
    /// let cells = [XLSXCellReference("A2")!, XLSXCellReference("B1")!].sorted()   // B1, A2
    /// ```
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular range such as `A1:C10` (merged cells, tables, validations). A single cell `B2` is a 1×1 range.
///
/// ```swift
/// let range = XLSXCellRange("A1:C10")!
/// range.contains(XLSXCellReference("B5")!)   // true
/// ```
public struct XLSXCellRange: Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public let start: XLSXCellReference
    /// Bottom-right cell.
    public let end: XLSXCellReference

    /// Creates a range from two corners, in any order.
    ///
    /// ```swift
    /// let range = XLSXCellRange(XLSXCellReference("C10")!, XLSXCellReference("A1")!)   // A1:C10
    /// ```
    public init(_ first: XLSXCellReference, _ second: XLSXCellReference) {
        start = XLSXCellReference(row: min(first.row, second.row), column: min(first.column, second.column))!
        end = XLSXCellReference(row: max(first.row, second.row), column: max(first.column, second.column))!
    }

    /// Parses `A1:C10` or `B2` (with or without `$`); nil if malformed or outside Excel's grid.
    ///
    /// ```swift
    /// let merged = XLSXCellRange("$A$1:$F$1")!
    /// let single = XLSXCellRange("B2")!   // a 1×1 range
    /// ```
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = XLSXCellReference(parts[0]) else { return nil }
            self.init(cell, cell)
        case 2:
            guard let first = XLSXCellReference(parts[0]), let second = XLSXCellReference(parts[1]) else { return nil }
            self.init(first, second)
        default:
            return nil
        }
    }

    /// Number of rows spanned.
    public var rowCount: Int { end.row - start.row + 1 }
    /// Number of columns spanned.
    public var columnCount: Int { end.column - start.column + 1 }

    /// True when `reference` lies inside the range.
    ///
    /// ```swift
    /// let header = XLSXCellRange("A1:F1")!
    /// header.contains(XLSXCellReference("D1")!)   // true
    /// ```
    public func contains(_ reference: XLSXCellReference) -> Bool {
        (start.row...end.row).contains(reference.row) && (start.column...end.column).contains(reference.column)
    }

    /// `A1:C10`, or `B2` for a single cell.
    public var description: String { start == end ? start.a1 : "\(start.a1):\(end.a1)" }
}
