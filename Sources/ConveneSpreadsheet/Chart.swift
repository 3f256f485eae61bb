/// A chart drawn from ranges of a workbook's sheets, inserted with ``Worksheet/insertChart(_:row:column:xScale:yScale:)``.
///
/// ```swift
/// var chart = Chart(.column, title: "Attendance by meeting")
/// chart.series = [ChartSeries(name: "Attended",
///                             categories: SheetRange(sheet: "Attendance", range: try CellRange(a1: "A2:A7")),
///                             values: SheetRange(sheet: "Attendance", range: try CellRange(a1: "C2:C7")))]
/// chart.categoryAxisTitle = "Meeting"
/// chart.valueAxisTitle = "People"
/// try sheet.insertChart(chart, row: 1, column: 6)
/// ```
///
/// Titles and series names are literal text: one starting with `=` is refused rather than read as a formula.
public struct Chart: Hashable, Sendable {
    /// The chart type: vertical bars (`column`), horizontal bars (`bar`), a line, a pie, or stacked bars.
    ///
    /// ```swift
    /// let chart = Chart(.stackedBar, title: "Action items by status")
    /// ```
    public enum Kind: Hashable, Sendable { case column, bar, line, pie, stackedColumn, stackedBar }
    /// Where the legend goes; `none` hides it.
    ///
    /// ```swift
    /// var chart = Chart(.line, title: "Attendance over time")
    /// chart.legend = .none
    /// ```
    public enum LegendPosition: Hashable, Sendable { case none, right, left, top, bottom }

    /// The chart type.
    public var kind: Kind
    /// The chart title (literal text); `nil` for none.
    public var title: String?
    /// The data series, drawn in order.
    public var series: [ChartSeries]
    /// Title of the category axis (x for column/line, y for bar). Ignored for pie charts.
    public var categoryAxisTitle: String?
    /// Title of the value axis. Ignored for pie charts.
    public var valueAxisTitle: String?
    /// The legend's position; by default on the right.
    public var legend: LegendPosition = .right
    /// One of Excel's 48 built-in chart styles (1–48); `nil` keeps the default.
    public var style: Int?

    /// A chart of `kind`; add series now or later.
    ///
    /// ```swift
    /// var chart = Chart(.pie, title: "Partners by kind")
    /// chart.legend = .bottom
    /// ```
    public init(_ kind: Kind, title: String? = nil, series: [ChartSeries] = []) {
        self.kind = kind
        self.title = title
        self.series = series
    }
}

/// One data series of a chart: values, optional category labels and a legend name.
///
/// ```swift
/// let attended = ChartSeries(name: "Attended",
///                            categories: SheetRange(sheet: "Summary", range: try CellRange(a1: "A2:A9")),
///                            values: SheetRange(sheet: "Summary", range: try CellRange(a1: "D2:D9")),
///                            color: .navy)
/// ```
public struct ChartSeries: Hashable, Sendable {
    /// Legend text (literal).
    public var name: String?
    /// Category labels (x axis / pie slices).
    public var categories: SheetRange?
    /// The numbers to plot.
    public var values: SheetRange
    /// Fill / line colour; `nil` uses the chart style's palette.
    public var color: Color?
    /// Show each point's value on the chart.
    public var showsValueLabels = false

    /// A series plotting `values`, labelled by `categories` and named `name` in the legend.
    ///
    /// ```swift
    /// let series = ChartSeries(values: SheetRange(sheet: "Summary", range: try CellRange(a1: "B2:B9")))
    /// ```
    public init(name: String? = nil, categories: SheetRange? = nil, values: SheetRange, color: Color? = nil) {
        self.name = name
        self.categories = categories
        self.values = values
        self.color = color
    }
}
