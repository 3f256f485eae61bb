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
    public enum Kind: Hashable, Sendable { case column, bar, line, pie, stackedColumn, stackedBar }
    public enum LegendPosition: Hashable, Sendable { case none, right, left, top, bottom }

    public var kind: Kind
    public var title: String?
    public var series: [ChartSeries]
    /// Title of the category axis (x for column/line, y for bar). Ignored for pie charts.
    public var categoryAxisTitle: String?
    /// Title of the value axis. Ignored for pie charts.
    public var valueAxisTitle: String?
    public var legend: LegendPosition = .right
    /// One of Excel's 48 built-in chart styles (1–48); `nil` keeps the default.
    public var style: Int?

    public init(_ kind: Kind, title: String? = nil, series: [ChartSeries] = []) {
        self.kind = kind
        self.title = title
        self.series = series
    }
}

/// One data series of a chart: values, optional category labels and a legend name.
public struct ChartSeries: Hashable, Sendable {
    /// Legend text (literal).
    public var name: String?
    /// Category labels (x axis / pie slices).
    public var categories: SheetRange?
    public var values: SheetRange
    /// Fill / line colour; `nil` uses the chart style's palette.
    public var color: Color?
    /// Show each point's value on the chart.
    public var showsValueLabels = false

    public init(name: String? = nil, categories: SheetRange? = nil, values: SheetRange, color: Color? = nil) {
        self.name = name
        self.categories = categories
        self.values = values
        self.color = color
    }
}
