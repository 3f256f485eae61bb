/// Everything that can go wrong while building or saving a workbook.
///
/// Each case says *where* (sheet, cell or range in A1 notation) and *what*. Problems Excel would reject
/// (sheet names, string lengths, list lengths, bounds) are caught in Swift before libxlsxwriter sees them,
/// so the C library never prints warnings; anything libxlsxwriter itself reports arrives as
/// ``library(operation:code:message:sheet:cell:)`` carrying `lxw_strerror`'s text.
///
/// ```swift
/// do { try workbook.close() }
/// catch let error as SpreadsheetError { print(error.description) }
/// ```
public enum SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxlsxwriter returned an `lxw_error`; `message` is `lxw_strerror(code)`.
    case library(operation: String, code: Int, message: String, sheet: String?, cell: String?)
    /// The sheet name breaks one of Excel's rules (`reason` says which).
    case invalidSheetName(name: String, reason: String)
    /// Another sheet in the workbook already has this name (Excel compares names case-insensitively).
    case duplicateSheetName(name: String)
    /// A row or column lies outside Excel's grid (1,048,576 rows × 16,384 columns) or is negative.
    case cellOutOfBounds(sheet: String, row: Int, column: Int)
    /// A text is longer than Excel allows in that place (32,767 characters in a cell).
    case textTooLong(sheet: String?, cell: String?, what: String, length: Int, limit: Int)
    /// An inline validation list is longer than Excel's 255-character limit (items plus separating commas).
    /// Put the choices on a sheet and use ``DataValidation/Rule/listFormula(_:)`` or
    /// ``DataValidation/Rule/listRange(_:)`` instead.
    case validationListTooLong(sheet: String, range: String, length: Int, limit: Int)
    /// A value given to the API is not usable (`reason` says why).
    case invalidArgument(sheet: String?, cell: String?, reason: String)
    /// The workbook was already closed (saved or failed); nothing more can be added to it.
    case workbookClosed
    /// The finished file could not be moved to its destination.
    case fileSystem(path: String, message: String)

    /// One line naming the sheet and cell when known and saying what is wrong.
    public var description: String {
        switch self {
        case let .library(operation, code, message, sheet, cell):
            return "libxlsxwriter error \(code) in \(operation)\(Self.place(sheet, cell)): \(message)"
        case let .invalidSheetName(name, reason):
            return "invalid sheet name \"\(name)\": \(reason)"
        case let .duplicateSheetName(name):
            return "a sheet named \"\(name)\" already exists in this workbook"
        case let .cellOutOfBounds(sheet, row, column):
            return "cell (row \(row), column \(column)) on sheet \"\(sheet)\" is outside Excel's grid "
                + "(rows 0..<1048576, columns 0..<16384)"
        case let .textTooLong(sheet, cell, what, length, limit):
            return "\(what)\(Self.place(sheet, cell)) is \(length) characters; Excel allows at most \(limit)"
        case let .validationListTooLong(sheet, range, length, limit):
            return "inline validation list for \(sheet)!\(range) is \(length) characters including commas; "
                + "Excel allows at most \(limit) (put the choices on a sheet and refer to that range)"
        case let .invalidArgument(sheet, cell, reason):
            return "invalid argument\(Self.place(sheet, cell)): \(reason)"
        case .workbookClosed:
            return "the workbook is already closed"
        case let .fileSystem(path, message):
            return "cannot write \(path): \(message)"
        }
    }

    private static func place(_ sheet: String?, _ cell: String?) -> String {
        switch (sheet, cell) {
        case let (sheet?, cell?): return " at \(sheet)!\(cell)"
        case let (sheet?, nil): return " on sheet \"\(sheet)\""
        case let (nil, cell?): return " at \(cell)"
        case (nil, nil): return ""
        }
    }
}
