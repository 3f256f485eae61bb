/// A sheet as the workbook lists it, in tab order.
///
/// ```swift
/// let reader = try XLSXReader(contentsOf: url)
/// for info in reader.sheets where info.isWorksheet {
///     print(info.index, info.name, info.visibility)   // 0 Tracker visible
/// }
/// ```
public struct XLSXSheetInfo: Hashable, Sendable {
    /// Whether the sheet tab shows.
    ///
    /// ```swift
    /// let hidden = reader.sheets.filter { $0.visibility != .visible }.map(\.name)   // ["Lists"]
    /// ```
    public enum Visibility: String, Sendable {
        /// A normal tab.
        case visible
        /// Hidden, but the user can unhide it from Excel's menu.
        case hidden
        /// Hidden so that only code can unhide it.
        case veryHidden
    }

    /// The tab name.
    public let name: String
    /// 0-based position in tab order.
    public let index: Int
    /// Whether the tab shows.
    public let visibility: Visibility
    /// The worksheet part in the package (`xl/worksheets/sheet1.xml`); nil for chart sheets and dialog sheets,
    /// which have no cells.
    public let partPath: String?

    /// True for a worksheet with cells (not a chart sheet).
    public var isWorksheet: Bool { partPath != nil }
}

/// A defined name (named range or constant) from the workbook.
///
/// ```swift
/// for name in try XLSXReader(contentsOf: url).definedNames {
///     print(name.name, name.formula)   // Organizations Lists!$A$2:$A$40
/// }
/// ```
public struct XLSXDefinedName: Hashable, Sendable {
    /// The name, e.g. `Statuses` or `_xlnm.Print_Area`.
    public let name: String
    /// What it refers to, as Excel writes it: `Lists!$A$2:$A$6`, `0.2`, …
    public let formula: String
    /// For a name local to one sheet, that sheet's 0-based index.
    public let localSheetIndex: Int?
    /// Hidden names (Excel's own `_xlnm._FilterDatabase`, …).
    public let isHidden: Bool
}

/// Reads `xl/workbook.xml`: sheets in order, the date system, defined names.
final class WorkbookHandler: XMLPartHandler {
    struct RawSheet {
        let name: String
        let relationshipID: String?
        let state: String?
    }

    private(set) var sheets: [RawSheet] = []
    private(set) var definedNames: [XLSXDefinedName] = []
    private(set) var uses1904 = false

    private var pendingName: (name: String, local: Int?, hidden: Bool)?
    private var nameText = ""

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            uses1904 = value == "1" || value == "true"
        case "sheet":
            sheets.append(RawSheet(name: decodeOOXMLEscapes(attributes["name"] ?? "Sheet\(sheets.count + 1)"),
                                   relationshipID: attributes.attribute("id"), state: attributes["state"]))
        case "definedName":
            let hidden = attributes["hidden"].map { $0 == "1" || $0.lowercased() == "true" } ?? false
            pendingName = (attributes["name"] ?? "", attributes["localSheetId"].flatMap { Int($0) }, hidden)
            nameText = ""
        default:
            break
        }
    }

    func end(_ element: String) throws {
        if element == "definedName", let pending = pendingName {
            definedNames.append(XLSXDefinedName(name: pending.name, formula: nameText,
                                                localSheetIndex: pending.local, isHidden: pending.hidden))
            pendingName = nil
        }
    }

    func text(_ string: String) {
        if pendingName != nil { nameText += string }
    }
}

/// Collects the element names of `[Content_Types].xml` overrides, to tell a workbook from other OOXML documents.
final class ContentTypesHandler: XMLPartHandler {
    private(set) var contentTypes: [String] = []

    func start(_ element: String, _ attributes: [String: String]) throws {
        if element == "Override" || element == "Default", let type = attributes["ContentType"] {
            contentTypes.append(type)
        }
    }
}
