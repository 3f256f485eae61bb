import CXlsxWriter

// Swift enums → libxlsxwriter's `uint8_t` option codes. C enum constants import as structs whose
// `rawValue` is UInt32; the struct fields are `uint8_t`, hence the narrowing.

@inline(__always) func u8<T: RawRepresentable>(_ constant: T) -> UInt8 where T.RawValue: BinaryInteger {
    UInt8(truncatingIfNeeded: constant.rawValue)
}

extension HorizontalAlignment {
    var lxw: UInt8 {
        switch self {
        case .left: return u8(LXW_ALIGN_LEFT)
        case .center: return u8(LXW_ALIGN_CENTER)
        case .right: return u8(LXW_ALIGN_RIGHT)
        case .fill: return u8(LXW_ALIGN_FILL)
        case .justify: return u8(LXW_ALIGN_JUSTIFY)
        case .centerAcrossSelection: return u8(LXW_ALIGN_CENTER_ACROSS)
        case .distributed: return u8(LXW_ALIGN_DISTRIBUTED)
        }
    }
}

extension VerticalAlignment {
    var lxw: UInt8 {
        switch self {
        case .top: return u8(LXW_ALIGN_VERTICAL_TOP)
        case .center: return u8(LXW_ALIGN_VERTICAL_CENTER)
        case .bottom: return u8(LXW_ALIGN_VERTICAL_BOTTOM)
        case .justify: return u8(LXW_ALIGN_VERTICAL_JUSTIFY)
        case .distributed: return u8(LXW_ALIGN_VERTICAL_DISTRIBUTED)
        }
    }
}

extension BorderStyle {
    var lxw: UInt8 {
        switch self {
        case .thin: return u8(LXW_BORDER_THIN)
        case .medium: return u8(LXW_BORDER_MEDIUM)
        case .thick: return u8(LXW_BORDER_THICK)
        case .dashed: return u8(LXW_BORDER_DASHED)
        case .dotted: return u8(LXW_BORDER_DOTTED)
        case .double: return u8(LXW_BORDER_DOUBLE)
        case .hair: return u8(LXW_BORDER_HAIR)
        }
    }
}

extension TableTotal {
    var lxw: UInt8 {
        switch self {
        case .average: return u8(LXW_TABLE_FUNCTION_AVERAGE)
        case .countNumbers: return u8(LXW_TABLE_FUNCTION_COUNT_NUMS)
        case .count: return u8(LXW_TABLE_FUNCTION_COUNT)
        case .max: return u8(LXW_TABLE_FUNCTION_MAX)
        case .min: return u8(LXW_TABLE_FUNCTION_MIN)
        case .standardDeviation: return u8(LXW_TABLE_FUNCTION_STD_DEV)
        case .sum: return u8(LXW_TABLE_FUNCTION_SUM)
        case .variance: return u8(LXW_TABLE_FUNCTION_VAR)
        }
    }
}

extension NumberCriterion {
    /// (validation criteria code, first value, second value)
    var validation: (criteria: UInt8, first: Double, second: Double) {
        switch self {
        case let .between(a, b): return (u8(LXW_VALIDATION_CRITERIA_BETWEEN), a, b)
        case let .notBetween(a, b): return (u8(LXW_VALIDATION_CRITERIA_NOT_BETWEEN), a, b)
        case let .equalTo(a): return (u8(LXW_VALIDATION_CRITERIA_EQUAL_TO), a, 0)
        case let .notEqualTo(a): return (u8(LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO), a, 0)
        case let .greaterThan(a): return (u8(LXW_VALIDATION_CRITERIA_GREATER_THAN), a, 0)
        case let .lessThan(a): return (u8(LXW_VALIDATION_CRITERIA_LESS_THAN), a, 0)
        case let .greaterThanOrEqualTo(a): return (u8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO), a, 0)
        case let .lessThanOrEqualTo(a): return (u8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO), a, 0)
        }
    }

    /// (conditional-format criteria code, first value, second value)
    var conditional: (criteria: UInt8, first: Double, second: Double) {
        switch self {
        case let .between(a, b): return (u8(LXW_CONDITIONAL_CRITERIA_BETWEEN), a, b)
        case let .notBetween(a, b): return (u8(LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN), a, b)
        case let .equalTo(a): return (u8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO), a, 0)
        case let .notEqualTo(a): return (u8(LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO), a, 0)
        case let .greaterThan(a): return (u8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN), a, 0)
        case let .lessThan(a): return (u8(LXW_CONDITIONAL_CRITERIA_LESS_THAN), a, 0)
        case let .greaterThanOrEqualTo(a): return (u8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO), a, 0)
        case let .lessThanOrEqualTo(a): return (u8(LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO), a, 0)
        }
    }
}

extension DateCriterion {
    var validation: (criteria: UInt8, first: ExcelDateTime, second: ExcelDateTime?) {
        switch self {
        case let .between(a, b): return (u8(LXW_VALIDATION_CRITERIA_BETWEEN), a, b)
        case let .notBetween(a, b): return (u8(LXW_VALIDATION_CRITERIA_NOT_BETWEEN), a, b)
        case let .equalTo(a): return (u8(LXW_VALIDATION_CRITERIA_EQUAL_TO), a, nil)
        case let .greaterThan(a): return (u8(LXW_VALIDATION_CRITERIA_GREATER_THAN), a, nil)
        case let .lessThan(a): return (u8(LXW_VALIDATION_CRITERIA_LESS_THAN), a, nil)
        case let .greaterThanOrEqualTo(a): return (u8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO), a, nil)
        case let .lessThanOrEqualTo(a): return (u8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO), a, nil)
        }
    }
}

extension TimePeriod {
    var lxw: UInt8 {
        switch self {
        case .yesterday: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_YESTERDAY)
        case .today: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_TODAY)
        case .tomorrow: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_TOMORROW)
        case .last7Days: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_7_DAYS)
        case .lastWeek: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_WEEK)
        case .thisWeek: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_THIS_WEEK)
        case .nextWeek: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_NEXT_WEEK)
        case .lastMonth: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_MONTH)
        case .thisMonth: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_THIS_MONTH)
        case .nextMonth: return u8(LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_NEXT_MONTH)
        }
    }
}

extension Chart.Kind {
    var lxw: UInt8 {
        switch self {
        case .column: return u8(LXW_CHART_COLUMN)
        case .bar: return u8(LXW_CHART_BAR)
        case .line: return u8(LXW_CHART_LINE)
        case .pie: return u8(LXW_CHART_PIE)
        case .stackedColumn: return u8(LXW_CHART_COLUMN_STACKED)
        case .stackedBar: return u8(LXW_CHART_BAR_STACKED)
        }
    }
}

extension Chart.LegendPosition {
    var lxw: UInt8 {
        switch self {
        case .none: return u8(LXW_CHART_LEGEND_NONE)
        case .right: return u8(LXW_CHART_LEGEND_RIGHT)
        case .left: return u8(LXW_CHART_LEGEND_LEFT)
        case .top: return u8(LXW_CHART_LEGEND_TOP)
        case .bottom: return u8(LXW_CHART_LEGEND_BOTTOM)
        }
    }
}

extension ExcelDateTime {
    var lxw: lxw_datetime {
        lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: Int32(hour), min: Int32(minute),
                     sec: second)
    }
}
