import Foundation
import ConveneModel

/// The columns of the tracker's Action Plan sheet, in order. The same headers are accepted from a plain CSV
/// action plan, so `convene plan import` reads either.
///
/// ```swift
/// let header = PlanColumn.allCases.map(\.rawValue)   // ["Priority area", "Action item", …, "Item ID"]
/// ```
public enum PlanColumn: String, CaseIterable, Sendable, Codable {
    case priorityArea = "Priority area"
    case item = "Action item"
    case team = "Action team"
    case champion = "Business champion"
    case support = "Public-partner support"
    case start = "Start"
    case due = "Due"
    case status = "Status"
    case nextStep = "Next step"
    case lastUpdated = "Last updated"
    case notes = "Notes"
    case itemID = "Item ID"

    /// Column headers as written in the tracker.
    public static var headers: [String] { allCases.map(\.rawValue) }

    /// Whether the column holds a date.
    public var isDate: Bool { self == .start || self == .due || self == .lastUpdated }

    /// The columns a colleague edits (everything but the ID).
    public static var editable: [PlanColumn] { allCases.filter { $0 != .itemID } }

    /// Finds a column from a header as a colleague might have retyped it ("due date", "Champion", "ID").
    ///
    /// ```swift
    /// PlanColumn(header: "due date")   // .due
    /// PlanColumn(header: "Champion")   // .champion
    /// PlanColumn(header: "Budget")     // nil
    /// ```
    public init?(header: String) {
        let h = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let exact = PlanColumn.allCases.first(where: { $0.rawValue.lowercased() == h }) { self = exact; return }
        switch h {
        case "priority", "area": self = .priorityArea
        case "item", "action", "task": self = .item
        case "team": self = .team
        case "champion", "business lead", "lead": self = .champion
        case "support", "public partner support", "public partner": self = .support
        case "start date": self = .start
        case "due date", "deadline": self = .due
        case "next steps": self = .nextStep
        case "updated", "last update": self = .lastUpdated
        case "id", "item id", "action id": self = .itemID
        default: return nil
        }
    }
}

/// One action item as text, column by column: dates as `yyyy-mm-dd`, empty cells as "".
/// This is what is written to the tracker, stored as the export's baseline, and read back.
///
/// ```swift
/// var row = PlanRow(values: [.item: "Map employer training needs", .team: "Talent pipeline"], line: 5)
/// row[.status] = "In progress"
/// row[.due]      // "" (an empty cell)
/// ```
public struct PlanRow: Hashable, Sendable, Codable {
    /// The cells by column; a missing column reads as "".
    public var values: [PlanColumn: String]
    /// Where the row was read from (1-based sheet row or CSV line), for messages.
    public var line: Int?

    /// A row holding `values`, read from `line` when known.
    ///
    /// ```swift
    /// let row = PlanRow(values: [.itemID: "A0003", .status: "Done"])
    /// ```
    public init(values: [PlanColumn: String] = [:], line: Int? = nil) {
        self.values = values
        self.line = line
    }

    /// The text in `column`, "" when empty; setting it stores the text as given.
    ///
    /// ```swift
    /// row[.due] = "2026-10-15"
    /// ```
    public subscript(_ column: PlanColumn) -> String {
        get { values[column] ?? "" }
        set { values[column] = newValue }
    }

    /// The row's Item ID (`A0003`), "" for a row a colleague added.
    public var id: String { self[.itemID] }

    /// Every column is blank (a colleague cleared a row instead of deleting it).
    public var isBlank: Bool { PlanColumn.allCases.allSatisfy { self[$0].trimmingCharacters(in: .whitespaces).isEmpty } }

    /// The row for an action item as the workspace holds it.
    ///
    /// ```swift
    /// let rows = snapshot.actionItems.map(PlanRow.init)   // the baseline a tracker stores
    /// ```
    public init(_ item: ActionItem) {
        self.init(values: [
            .priorityArea: item.priorityArea, .item: item.item, .team: item.team, .champion: item.champion ?? "",
            .support: item.support ?? "", .start: item.start?.iso ?? "", .due: item.due?.iso ?? "",
            .status: item.status.rawValue, .nextStep: item.nextStep ?? "", .lastUpdated: item.lastUpdated?.iso ?? "",
            .notes: item.notes ?? "", .itemID: item.id,
        ])
    }

    /// The same row with every value trimmed and status spelled as in the dropdown, so comparisons ignore
    /// spacing and case a colleague may have typed.
    public var canonical: PlanRow {
        var r = PlanRow(line: line)
        for c in PlanColumn.allCases {
            var v = self[c].trimmingCharacters(in: .whitespacesAndNewlines)
            if c == .status, let s = ActionStatus(text: v) { v = s.rawValue }
            if c.isDate, let d = PlanDates.parse(v) { v = d.iso }
            r[c] = v
        }
        return r
    }
}

/// Dates as colleagues type them into a tracker.
///
/// ```swift
/// PlanDates.parse("5/1/24")?.iso   // "2024-05-01"
/// ```
public enum PlanDates {
    /// `2024-05-01`, `5/1/2024`, `5/1/24` (US order: the partnerships are US workforce regions), or an
    /// Excel serial day number (`45413`) when a reader hands back a raw number.
    ///
    /// ```swift
    /// PlanDates.parse("2024-05-01")?.iso   // "2024-05-01"
    /// PlanDates.parse("45413")?.iso        // "2024-05-01": an Excel serial day
    /// PlanDates.parse("next week")         // nil
    /// ```
    public static func parse(_ text: String) -> CalendarDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        if let d = CalendarDate(iso: String(t.prefix(10))), t.count == 10 || t.dropFirst(10).first == "T" || t.dropFirst(10).first == " " {
            return d
        }
        let slash = t.split(separator: "/")
        if slash.count == 3, let m = Int(slash[0]), let d = Int(slash[1]), var y = Int(slash[2]) {
            if slash[2].count == 2 { y += 2000 }
            return CalendarDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
        }
        if let serial = Double(t), serial >= 1, serial < 2_958_466 {
            // Excel's day 25569 is 1970-01-01 (the 1900 leap-year bug is before day 61, far from here).
            return CalendarDate(daysSinceEpoch: Int(serial.rounded(.down)) - 25569)
        }
        return nil
    }
}
