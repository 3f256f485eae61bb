/// How a sheet prints: orientation, scaling, repeated header rows, print area, header and footer.
///
/// ```swift
/// var page = PageSetup()
/// page.orientation = .landscape
/// page.fitToWidth = true                          // all columns on one page width
/// page.repeatedRows = 0...0                       // header row on every page
/// page.footer = "&LConvene tracker&RPage &P of &N"
/// try sheet.setPageSetup(page)
/// ```
public struct PageSetup: Hashable, Sendable {
    public enum Orientation: Hashable, Sendable { case portrait, landscape }
    public enum Paper: Hashable, Sendable { case printerDefault, letter, legal, a4, a3 }

    public var orientation: Orientation = .portrait
    public var paper: Paper = .printerDefault
    /// Shrink so that all columns fit one page wide (pages grow downwards as needed).
    public var fitToWidth = false
    /// Rows repeated at the top of every printed page (zero-based).
    public var repeatedRows: ClosedRange<Int>?
    /// Only this range prints.
    public var printArea: CellRange?
    /// Excel header text with its codes (`&L`, `&C`, `&R` sections; `&P` page, `&N` pages, `&D` date,
    /// `&A` sheet name). Literal text from data should go through ``PageSetup/escaped(_:)``. ≤ 255 characters.
    public var header: String?
    /// Excel footer text, same codes as ``header``.
    public var footer: String?
    public var printsGridlines = false
    public var centersHorizontally = false

    public init() {}

    /// `text` with `&` doubled so Excel prints it literally inside a header or footer.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }
}

/// What users may still do on a protected sheet. Cells whose ``Format/isLocked`` is `false` stay editable.
///
/// ```swift
/// var allowed = SheetProtection()
/// allowed.sort = true
/// allowed.autofilter = true
/// try sheet.protect(password: nil, allowing: allowed)
/// ```
public struct SheetProtection: Hashable, Sendable {
    public var selectLockedCells = true
    public var selectUnlockedCells = true
    public var formatCells = false
    public var formatColumns = false
    public var formatRows = false
    public var insertColumns = false
    public var insertRows = false
    public var insertHyperlinks = false
    public var deleteColumns = false
    public var deleteRows = false
    public var sort = false
    public var autofilter = false
    public var pivotTables = false
    public var editObjects = false
    public var editScenarios = false

    public init() {}
}

/// Document properties shown in Excel's File → Info.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
    }
}
