import ConveneCSV
import ConveneModel
import ConveneSpreadsheet
import Foundation

/// An action plan as read from a file a colleague sent back: the rows, and — for a tracker exported by
/// Convene — the baseline of values at export, so edits can be told apart from workspace changes.
///
/// ```swift
/// let plan = try ActionPlanFile.read(URL(fileURLWithPath: "tracker-from-dana.xlsx"))
/// print(plan.rows.count, plan.baseline == nil ? "no baseline" : "baseline from the export")
/// ```
public struct ActionPlanFile: Sendable {
    /// The file's name, for messages.
    public var file: String
    /// The rows in file order, each with its line.
    public var rows: [PlanRow]
    /// The values at export by Item ID, from a tracker's hidden baseline sheet; `nil` for a CSV or another workbook.
    public var baseline: [String: PlanRow]?
    /// Columns found, by header (a colleague may have reordered or removed some).
    public var columns: [PlanColumn]

    /// Reads a tracker `.xlsx` (its "Action Plan" sheet, else the first sheet with action-plan headers) or a
    /// CSV action plan, chosen by the file's extension.
    ///
    /// ```swift
    /// let plan = try ActionPlanFile.read(URL(fileURLWithPath: "action-plan.csv"))   // plan.baseline == nil
    /// ```
    /// - Throws: ``ActionPlanFileError`` when the file cannot be read or holds no action plan.
    public static func read(_ url: URL) throws -> ActionPlanFile {
        let name = url.lastPathComponent
        if url.pathExtension.lowercased() == "csv" || url.pathExtension.lowercased() == "txt" {
            let document: CSVDocument
            do { document = try CSVReader.read(contentsOf: url) } catch { throw ActionPlanFileError.unreadable(name, "\(error)") }
            let records = document.records.filter { !$0.isBlank }
            return try parse(file: name, rows: records.map { ($0.line, $0.fields) })
        }
        let reader: XLSXReader
        do { reader = try XLSXReader(contentsOf: url) } catch { throw ActionPlanFileError.unreadable(name, "\(error)") }
        var sheets = [String]()
        if reader.sheets.contains(where: { $0.name == "Action Plan" }) { sheets.append("Action Plan") }
        sheets += reader.visibleWorksheetNames.filter { $0 != "Action Plan" }
        var result: ActionPlanFile?
        for sheetName in sheets {
            let sheet = try reader.sheet(named: sheetName)
            if let parsed = try? parse(file: "\(name) [\(sheetName)]", rows: sheet.rows.map { ($0.number, cellTexts($0)) }) {
                result = parsed
                break
            }
        }
        guard var plan = result else { throw ActionPlanFileError.noActionPlan(name) }
        plan.file = name
        if reader.sheets.contains(where: { $0.name == TrackerWorkbook.baselineSheet }),
           let base = try? parse(file: name, rows: try reader.sheet(named: TrackerWorkbook.baselineSheet).rows.map { ($0.number, cellTexts($0)) }) {
            plan.baseline = Dictionary(base.rows.filter { !$0.id.isEmpty }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        return plan
    }

    /// Cell texts by column position (gaps filled with ""), dates as `yyyy-mm-dd`.
    static func cellTexts(_ row: XLSXRow) -> [String] {
        guard let last = row.cells.map(\.reference.column).max() else { return [] }
        return (1...max(last, 1)).map { column in
            switch row[column: column] {
            case .date(let d): return d.hasDate ? String(d.iso8601.prefix(10)) : d.iso8601
            case let v: return v.text
            }
        }
    }

    /// Finds the header row (the first row naming at least three action-plan columns, including the item),
    /// then reads every later row.
    static func parse(file: String, rows: [(line: Int, fields: [String])]) throws -> ActionPlanFile {
        for (i, header) in rows.enumerated() {
            var map: [Int: PlanColumn] = [:]
            for (position, text) in header.fields.enumerated() {
                if let column = PlanColumn(header: text), !map.values.contains(column) { map[position] = column }
            }
            guard map.count >= 3, map.values.contains(.item) else { continue }
            var plan = ActionPlanFile(file: file, rows: [], baseline: nil, columns: map.sorted { $0.key < $1.key }.map(\.value))
            for (line, fields) in rows[(i + 1)...] {
                var row = PlanRow(line: line)
                for (position, column) in map where position < fields.count { row[column] = fields[position] }
                // The baseline note under the data and trailing blank rows are not items.
                if row.isBlank || (row[.item].isEmpty && row[.itemID].isEmpty && row[.priorityArea].hasPrefix("Exported ")) { continue }
                plan.rows.append(row)
            }
            return plan
        }
        throw ActionPlanFileError.noActionPlan(file)
    }
}

/// Why an action plan file could not be read.
///
/// ```swift
/// do { _ = try ActionPlanFile.read(url) } catch let error as ActionPlanFileError { print(error) }
/// ```
public enum ActionPlanFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case noActionPlan(String)

    /// One line naming the file and what is wrong.
    public var description: String {
        switch self {
        case let .unreadable(file, why): "\(file): cannot be read: \(why)"
        case let .noActionPlan(file):
            "\(file): no action plan found: expected a header row with \"Action item\" and columns such as "
                + PlanColumn.headers.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}
