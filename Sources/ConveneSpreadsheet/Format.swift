/// An RGB colour (`0xRRGGBB`).
///
/// ```swift
/// let brand = Color(rgb: 0x1F4E79)
/// let fromHex = Color(hex: "#C6EFCE")
/// ```
public struct Color: Hashable, Sendable {
    /// The colour as `0xRRGGBB`.
    public var rgb: UInt32

    /// The colour `rgb`; bits above the low 24 are dropped.
    ///
    /// ```swift
    /// Color(rgb: 0xFF1F4E79).rgb   // 0x1F4E79
    /// ```
    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    /// `"#RRGGBB"` or `"RRGGBB"`; `nil` if it is not six hex digits.
    ///
    /// ```swift
    /// Color(hex: "#C6EFCE")?.rgb   // 0xC6EFCE
    /// Color(hex: "green")          // nil
    /// ```
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(rgb: value)
    }

    /// Black, `0x000000`.
    public static let black = Color(rgb: 0x000000)
    /// White, `0xFFFFFF`.
    public static let white = Color(rgb: 0xFFFFFF)
    /// Mid grey, `0x808080`.
    public static let gray = Color(rgb: 0x808080)
    /// Light grey, `0xD9D9D9` (the ``Format/header`` fill).
    public static let lightGray = Color(rgb: 0xD9D9D9)
    /// Red, `0xFF0000`.
    public static let red = Color(rgb: 0xFF0000)
    /// Green, `0x008000`.
    public static let green = Color(rgb: 0x008000)
    /// Blue, `0x0000FF`.
    public static let blue = Color(rgb: 0x0000FF)
    /// Navy, `0x1F4E79`.
    public static let navy = Color(rgb: 0x1F4E79)
    /// Excel's "Good" fill and font.
    public static let goodFill = Color(rgb: 0xC6EFCE), goodText = Color(rgb: 0x006100)
    /// Excel's "Bad" fill and font.
    public static let badFill = Color(rgb: 0xFFC7CE), badText = Color(rgb: 0x9C0006)
    /// Excel's "Neutral" fill and font.
    public static let neutralFill = Color(rgb: 0xFFEB9C), neutralText = Color(rgb: 0x9C5700)
}

/// Horizontal placement of a cell's content.
///
/// ```swift
/// let centered = Format().with { $0.horizontalAlignment = .center }
/// ```
public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcrossSelection, distributed
}

/// Vertical placement of a cell's content.
///
/// ```swift
/// let top = Format().with { $0.verticalAlignment = .top }
/// ```
public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify, distributed
}

/// Line style of a cell border.
///
/// ```swift
/// let boxed = Format().with { $0.border = .thin; $0.bottomBorder = .double }
/// ```
public enum BorderStyle: Hashable, Sendable {
    case thin, medium, thick, dashed, dotted, double, hair
}

/// How a cell looks: font, fill, borders, alignment, number format and protection.
///
/// A `Format` is a plain value; the workbook turns each distinct value into one Excel style, so reuse
/// freely. Build one with property assignments or the chaining helpers:
///
/// ```swift
/// var header = Format()
/// header.bold = true
/// header.fillColor = .lightGray
/// header.bottomBorder = .thin
///
/// let money = Format(numberFormat: "#,##0.00")
/// let input = Format.date.unlocked()          // an editable date cell on a protected sheet
/// ```
public struct Format: Hashable, Sendable {
    // Font
    /// The font family, such as `"Calibri"`; `nil` keeps the workbook default.
    public var fontName: String?
    /// The font size in points; `nil` keeps the workbook default (11).
    public var fontSize: Double?
    /// The text colour; `nil` keeps the default (black).
    public var fontColor: Color?
    /// Bold text.
    public var bold = false
    /// Italic text.
    public var italic = false
    /// Single underline.
    public var underline = false
    /// Struck-through text.
    public var strikeout = false

    // Number format
    /// Excel's number format code, e.g. `"0.0%"`, `"#,##0"`, `"yyyy-mm-dd"`, `"d mmm yyyy hh:mm"`, `"@"` (text).
    public var numberFormat: String?

    // Alignment
    /// Horizontal placement; `nil` is Excel's general alignment (text left, numbers right).
    public var horizontalAlignment: HorizontalAlignment?
    /// Vertical placement; `nil` is Excel's default (bottom).
    public var verticalAlignment: VerticalAlignment?
    /// Wraps long text onto several lines within the cell.
    public var wrapsText = false
    /// Indent level (0–15) for left/right aligned text.
    public var indent = 0

    // Fill
    /// A solid background colour.
    public var fillColor: Color?

    // Borders
    /// The style of all four sides; a side-specific value (``topBorder`` …) wins over it.
    public var border: BorderStyle?
    /// The colour of every side's border; `nil` is black.
    public var borderColor: Color?
    /// The top border, overriding ``border``.
    public var topBorder: BorderStyle?
    /// The bottom border, overriding ``border``.
    public var bottomBorder: BorderStyle?
    /// The left border, overriding ``border``.
    public var leftBorder: BorderStyle?
    /// The right border, overriding ``border``.
    public var rightBorder: BorderStyle?

    // Protection (only has an effect once the sheet is protected).
    /// `false` lets users edit the cell on a protected sheet. Excel's default is locked.
    public var isLocked = true
    /// `true` hides the cell's formula on a protected sheet.
    public var hidesFormula = false

    /// The default look: Excel's default font, no fill, no border, general number format, locked.
    ///
    /// ```swift
    /// var note = Format()
    /// note.italic = true
    /// note.fontColor = .gray
    /// ```
    public init() {}

    /// A format with only a number format, e.g. `Format(numberFormat: "0%")`.
    ///
    /// ```swift
    /// let money = Format(numberFormat: "$#,##0.00")
    /// ```
    public init(numberFormat: String) {
        self.numberFormat = numberFormat
    }

    /// Returns a copy changed by `change`: `Format.bold.with { $0.fontColor = .red }`.
    ///
    /// ```swift
    /// let overdue = Format.date.with { $0.fontColor = Color.badText; $0.fillColor = Color.badFill }
    /// ```
    public func with(_ change: (inout Format) -> Void) -> Format {
        var copy = self
        change(&copy)
        return copy
    }

    /// A copy users may edit on a protected sheet.
    ///
    /// ```swift
    /// try sheet.writeBlank(row: 4, column: 2, format: Format.date.unlocked())
    /// try sheet.protect()
    /// ```
    public func unlocked() -> Format { with { $0.isLocked = false } }

    /// Bold text.
    public static let bold = Format().with { $0.bold = true }
    /// Bold, wrapped, grey-filled header cells with a thin bottom border.
    public static let header = Format().with {
        $0.bold = true
        $0.wrapsText = true
        $0.verticalAlignment = .top
        $0.fillColor = .lightGray
        $0.bottomBorder = .thin
    }
    /// Wrapped text aligned to the top, for notes and long descriptions.
    public static let wrapped = Format().with {
        $0.wrapsText = true
        $0.verticalAlignment = .top
    }
    /// ISO calendar date, `2026-03-14`.
    public static let date = Format(numberFormat: "yyyy-mm-dd")
    /// ISO date and time to the minute, `2026-03-14 09:30`.
    public static let dateTime = Format(numberFormat: "yyyy-mm-dd hh:mm")
    /// Time of day, `09:30`.
    public static let time = Format(numberFormat: "hh:mm")
    /// Whole percent, `85%`.
    public static let percent = Format(numberFormat: "0%")
    /// Integer with thousands separators, `1,234`.
    public static let integer = Format(numberFormat: "#,##0")
    /// Blue underlined text, as Excel shows hyperlinks.
    public static let hyperlink = Format().with {
        $0.fontColor = Color(rgb: 0x0563C1)
        $0.underline = true
    }
}
