/// An RGB colour (`0xRRGGBB`).
///
/// ```swift
/// let brand = Color(rgb: 0x1F4E79)
/// let fromHex = Color(hex: "#C6EFCE")
/// ```
public struct Color: Hashable, Sendable {
    public var rgb: UInt32

    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    /// `"#RRGGBB"` or `"RRGGBB"`; `nil` if it is not six hex digits.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(rgb: value)
    }

    public static let black = Color(rgb: 0x000000)
    public static let white = Color(rgb: 0xFFFFFF)
    public static let gray = Color(rgb: 0x808080)
    public static let lightGray = Color(rgb: 0xD9D9D9)
    public static let red = Color(rgb: 0xFF0000)
    public static let green = Color(rgb: 0x008000)
    public static let blue = Color(rgb: 0x0000FF)
    public static let navy = Color(rgb: 0x1F4E79)
    /// Excel's "Good" fill and font.
    public static let goodFill = Color(rgb: 0xC6EFCE), goodText = Color(rgb: 0x006100)
    /// Excel's "Bad" fill and font.
    public static let badFill = Color(rgb: 0xFFC7CE), badText = Color(rgb: 0x9C0006)
    /// Excel's "Neutral" fill and font.
    public static let neutralFill = Color(rgb: 0xFFEB9C), neutralText = Color(rgb: 0x9C5700)
}

/// Horizontal placement of a cell's content.
public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcrossSelection, distributed
}

/// Vertical placement of a cell's content.
public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify, distributed
}

/// Line style of a cell border.
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
    public var fontName: String?
    public var fontSize: Double?
    public var fontColor: Color?
    public var bold = false
    public var italic = false
    public var underline = false
    public var strikeout = false

    // Number format, e.g. "0.0%", "#,##0", "yyyy-mm-dd", "d mmm yyyy hh:mm", "@" (text).
    public var numberFormat: String?

    // Alignment
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrapsText = false
    /// Indent level (0–15) for left/right aligned text.
    public var indent = 0

    // Fill: a solid background colour.
    public var fillColor: Color?

    // Borders: `border` sets all four sides; a side-specific value wins over it.
    public var border: BorderStyle?
    public var borderColor: Color?
    public var topBorder: BorderStyle?
    public var bottomBorder: BorderStyle?
    public var leftBorder: BorderStyle?
    public var rightBorder: BorderStyle?

    // Protection (only has an effect once the sheet is protected).
    /// `false` lets users edit the cell on a protected sheet. Excel's default is locked.
    public var isLocked = true
    /// `true` hides the cell's formula on a protected sheet.
    public var hidesFormula = false

    public init() {}

    /// A format with only a number format, e.g. `Format(numberFormat: "0%")`.
    public init(numberFormat: String) {
        self.numberFormat = numberFormat
    }

    /// Returns a copy changed by `change`: `Format.bold.with { $0.fontColor = .red }`.
    public func with(_ change: (inout Format) -> Void) -> Format {
        var copy = self
        change(&copy)
        return copy
    }

    /// A copy users may edit on a protected sheet.
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
