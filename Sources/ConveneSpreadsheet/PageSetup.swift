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
    /// Which way the page is printed.
    ///
    /// ```swift
    /// var page = PageSetup()
    /// page.orientation = .landscape
    /// ```
    public enum Orientation: Hashable, Sendable { case portrait, landscape }
    /// The paper size; `printerDefault` leaves it to the printer.
    ///
    /// ```swift
    /// var page = PageSetup()
    /// page.paper = .a4
    /// ```
    public enum Paper: Hashable, Sendable { case printerDefault, letter, legal, a4, a3 }

    /// Portrait (the default) or landscape.
    public var orientation: Orientation = .portrait
    /// The paper size; by default the printer's.
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
    /// Prints the cell grid lines (Excel prints none by default).
    public var printsGridlines = false
    /// Centres the printed area between the left and right margins.
    public var centersHorizontally = false

    /// Excel's defaults: portrait, printer's paper, no scaling, no repeated rows, no header or footer.
    ///
    /// ```swift
    /// var page = PageSetup()
    /// page.paper = .letter
    /// page.header = "&C" + PageSetup.escaped("Okafor Tool & Die visit")
    /// ```
    public init() {}

    /// `text` with `&` doubled so Excel prints it literally inside a header or footer.
    ///
    /// ```swift
    /// PageSetup.escaped("Smith & Sons")   // "Smith && Sons"
    /// ```
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
    /// Users may select locked cells.
    public var selectLockedCells = true
    /// Users may select unlocked cells.
    public var selectUnlockedCells = true
    /// Users may format cells.
    public var formatCells = false
    /// Users may format columns (widths included).
    public var formatColumns = false
    /// Users may format rows (heights included).
    public var formatRows = false
    /// Users may insert columns.
    public var insertColumns = false
    /// Users may insert rows.
    public var insertRows = false
    /// Users may insert hyperlinks.
    public var insertHyperlinks = false
    /// Users may delete columns.
    public var deleteColumns = false
    /// Users may delete rows.
    public var deleteRows = false
    /// Users may sort.
    public var sort = false
    /// Users may use autofilter drop-downs.
    public var autofilter = false
    /// Users may use pivot tables.
    public var pivotTables = false
    /// Users may edit objects such as charts and notes.
    public var editObjects = false
    /// Users may edit scenarios.
    public var editScenarios = false

    /// Excel's default protection: cells may be selected, nothing else changed.
    ///
    /// ```swift
    /// try sheet.protect(allowing: SheetProtection())
    /// ```
    public init() {}
}

/// Document properties shown in Excel's File → Info.
///
/// ```swift
/// var properties = DocumentProperties(title: "Action-plan tracker", author: "Convene", company: "Tri-County Workforce Board")
/// properties.keywords = "sector partnership, tracker"
/// workbook.properties = properties
/// ```
public struct DocumentProperties: Hashable, Sendable {
    /// The document title.
    public var title: String?
    /// The subject.
    public var subject: String?
    /// The author.
    public var author: String?
    /// The author's manager.
    public var manager: String?
    /// The company or organization.
    public var company: String?
    /// The category.
    public var category: String?
    /// Keywords, as one string.
    public var keywords: String?
    /// Comments.
    public var comments: String?
    /// The document's status, such as `"Draft"`.
    public var status: String?

    /// Properties with the most used fields; set the others afterwards.
    ///
    /// ```swift
    /// let properties = DocumentProperties(title: "Attendance", author: "Convene")
    /// ```
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
    }
}
