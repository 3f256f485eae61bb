import CXlsxWriter

extension WorkbookHandle {
    /// Creates the C chart for `chart`; the workbook owns it (freed by `workbook_close`).
    func buildChart(_ chart: Chart) throws -> UnsafeMutablePointer<lxw_chart> {
        let c = try addChart(kind: chart.kind.lxw)
        for series in chart.series {
            guard let s = chart_add_series(c, nil, nil) else {
                throw SpreadsheetError.library(operation: "chart_add_series", code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                               message: "could not add the series", sheet: series.values.sheet, cell: nil)
            }
            // The *_range setters take the sheet name unquoted and quote it themselves, so no text is parsed.
            if let categories = series.categories {
                let r = categories.range
                categories.sheet.withCString {
                    chart_series_set_categories(s, $0, UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                                UInt16(r.lastColumn))
                }
            }
            let r = series.values.range
            series.values.sheet.withCString {
                chart_series_set_values(s, $0, UInt32(r.firstRow), UInt16(r.firstColumn), UInt32(r.lastRow),
                                        UInt16(r.lastColumn))
            }
            if let name = series.name { name.withCString { chart_series_set_name(s, $0) } }
            if let color = series.color {
                var fill = lxw_chart_fill(color: color.rgb, none: 0, transparency: 0)
                chart_series_set_fill(s, &fill)
                if chart.kind == .line {
                    var line = lxw_chart_line()
                    line.color = color.rgb
                    chart_series_set_line(s, &line)
                }
            }
            if series.showsValueLabels { chart_series_set_labels(s) }
        }
        if let title = chart.title { title.withCString { chart_title_set_name(c, $0) } }
        if chart.kind != .pie {
            if let text = chart.categoryAxisTitle { text.withCString { chart_axis_set_name(c.pointee.x_axis, $0) } }
            if let text = chart.valueAxisTitle { text.withCString { chart_axis_set_name(c.pointee.y_axis, $0) } }
        }
        chart_legend_set_position(c, chart.legend.lxw)
        if let style = chart.style { chart_set_style(c, UInt8(style)) }
        return c
    }
}
