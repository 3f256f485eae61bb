/// A data-validation rule for a range: a drop-down list, a number or length limit, or a custom formula.
///
/// ```swift
/// // Inline choices (at most 255 characters including commas):
/// try sheet.addDataValidation(DataValidation(.list(["Yes", "No", "Maybe"])), to: try CellRange(a1: "D2:D500"))
///
/// // Choices kept on another sheet (no length limit):
/// let source = SheetRange(sheet: "Lists", range: try CellRange(a1: "A2:A40"))
/// var rule = DataValidation(.listRange(source))
/// rule.errorMessage = "Pick an organization from the list."
/// try sheet.addDataValidation(rule, to: try CellRange(a1: "B2:B500"))
/// ```
public struct DataValidation: Hashable, Sendable {
    /// What the cell accepts.
    ///
    /// ```swift
    /// let status = DataValidation.Rule.list(["Not started", "In progress", "Done"])
    /// try sheet.addDataValidation(DataValidation(status), to: try CellRange(a1: "F2:F200"))
    /// ```
    public enum Rule: Hashable, Sendable {
        /// A drop-down of fixed choices. Items may not contain commas; their total length plus commas
        /// (a `"` counts twice, as Excel stores it doubled) must be ≤ 255 (Excel's limit) or adding it throws ``SpreadsheetError/validationListTooLong(sheet:range:length:limit:)``.
        case list([String])
        /// A drop-down whose choices are the cells of a range (any length).
        case listRange(SheetRange)
        /// A drop-down whose choices come from a formula or defined name, e.g. `"=Organizations"`.
        case listFormula(String)
        case wholeNumber(NumberCriterion)
        case decimal(NumberCriterion)
        /// A limit on the number of characters.
        case textLength(NumberCriterion)
        /// A date limit.
        case date(DateCriterion)
        /// Accepts the entry when the formula is true, e.g. `"=ISNUMBER(SEARCH(\"@\",B2))"`.
        case custom(formula: String)
    }

    /// How Excel reacts to an invalid entry.
    ///
    /// ```swift
    /// var choice = DataValidation(.listFormula("=Organizations"))
    /// choice.errorStyle = .warning   // warn, but accept a new organization
    /// ```
    public enum ErrorStyle: Hashable, Sendable { case stop, warning, information }

    /// What the cell accepts.
    public var rule: Rule
    /// Whether an empty cell is accepted.
    public var allowsBlank = true
    /// Show the in-cell drop-down arrow for list rules.
    public var showsDropdown = true
    /// Prompt shown when the cell is selected (title ≤ 32 characters, message ≤ 255).
    public var inputTitle: String?
    /// The prompt's message.
    public var inputMessage: String?
    /// Alert shown on an invalid entry (title ≤ 32 characters, message ≤ 255).
    public var errorTitle: String?
    /// The alert's message.
    public var errorMessage: String?
    /// Whether an invalid entry is refused (`stop`) or only warned about; by default refused.
    public var errorStyle: ErrorStyle = .stop

    /// A validation applying `rule`, blanks allowed, with Excel's default alert.
    ///
    /// ```swift
    /// var count = DataValidation(.wholeNumber(.between(0, 500)))
    /// count.errorMessage = "Enter a headcount from 0 to 500."
    /// try sheet.addDataValidation(count, to: try CellRange(a1: "E2:E100"))
    /// ```
    public init(_ rule: Rule) { self.rule = rule }
}

/// A comparison for number and text-length validation.
///
/// ```swift
/// let short = DataValidation(.textLength(.lessThanOrEqualTo(80)))
/// ```
public enum NumberCriterion: Hashable, Sendable {
    case between(Double, Double)
    case notBetween(Double, Double)
    case equalTo(Double)
    case notEqualTo(Double)
    case greaterThan(Double)
    case lessThan(Double)
    case greaterThanOrEqualTo(Double)
    case lessThanOrEqualTo(Double)
}

/// A comparison for date validation.
///
/// ```swift
/// let in2026 = DataValidation(.date(.between(ExcelDateTime(year: 2026, month: 1, day: 1),
///                                            ExcelDateTime(year: 2026, month: 12, day: 31))))
/// ```
public enum DateCriterion: Hashable, Sendable {
    case between(ExcelDateTime, ExcelDateTime)
    case notBetween(ExcelDateTime, ExcelDateTime)
    case equalTo(ExcelDateTime)
    case greaterThan(ExcelDateTime)
    case lessThan(ExcelDateTime)
    case greaterThanOrEqualTo(ExcelDateTime)
    case lessThanOrEqualTo(ExcelDateTime)
}
