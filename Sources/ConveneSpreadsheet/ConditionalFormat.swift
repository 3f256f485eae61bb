/// A conditional format: a rule and how matching cells look.
///
/// ```swift
/// // Red fill for negative balances:
/// let bad = Format().with { $0.fillColor = .badFill; $0.fontColor = .badText }
/// try sheet.addConditionalFormat(ConditionalFormat(.cellValue(.lessThan(0), format: bad)), to: range)
///
/// // Whole row green when column E says "Done":
/// try sheet.addConditionalFormat(ConditionalFormat(.formula("=$E2=\"Done\"", format: good)), to: rows)
///
/// // Due dates this week, and a bar for attendance counts:
/// try sheet.addConditionalFormat(ConditionalFormat(.timePeriod(.thisWeek, format: soon)), to: dueColumn)
/// try sheet.addConditionalFormat(ConditionalFormat(.dataBar(color: .navy)), to: countColumn)
/// ```
public struct ConditionalFormat: Hashable, Sendable {
    /// Which cells match, and the format they get (or, for data bars and colour scales, the colours).
    ///
    /// ```swift
    /// let overdue = ConditionalFormat.Rule.timePeriod(.lastMonth, format: Format().with { $0.fillColor = .badFill })
    /// try sheet.addConditionalFormat(ConditionalFormat(overdue), to: try CellRange(a1: "E2:E200"))
    /// ```
    public enum Rule: Hashable, Sendable {
        /// Compare the cell's value with numbers.
        case cellValue(NumberCriterion, format: Format)
        /// Match when the formula (written for the range's top-left cell) is true.
        case formula(String, format: Format)
        /// Dates relative to today.
        case timePeriod(TimePeriod, format: Format)
        /// Text containing the given substring (plain text, not a formula; no double quotes).
        case textContains(String, format: Format)
        case blanks(format: Format)
        case noBlanks(format: Format)
        case duplicates(format: Format)
        case unique(format: Format)
        /// An in-cell bar proportional to the value (Excel 2010 style, `nil` colour = Excel's blue).
        case dataBar(color: Color?)
        /// A two-colour scale from the lowest to the highest value.
        case colorScale(low: Color, high: Color)
    }

    /// The rule and its format.
    public var rule: Rule
    /// Stop evaluating lower-priority rules when this one matches.
    public var stopIfTrue = false

    /// A conditional format applying `rule`.
    ///
    /// ```swift
    /// let blanks = ConditionalFormat(.blanks(format: Format().with { $0.fillColor = .neutralFill }))
    /// try sheet.addConditionalFormat(blanks, to: try CellRange(a1: "C2:C200"))
    /// ```
    public init(_ rule: Rule) { self.rule = rule }
}

/// Date periods relative to today, as Excel's "A date occurring…" rule offers them.
///
/// ```swift
/// let soon = Format().with { $0.fillColor = .neutralFill }
/// try sheet.addConditionalFormat(ConditionalFormat(.timePeriod(.nextWeek, format: soon)), to: dueColumn)
/// ```
public enum TimePeriod: Hashable, Sendable {
    case yesterday, today, tomorrow, last7Days, lastWeek, thisWeek, nextWeek, lastMonth, thisMonth, nextMonth
}
