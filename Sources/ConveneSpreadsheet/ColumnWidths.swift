/// The widest content written to each column, in Excel character units (libxlsxwriter has no autofit).
///
/// Widths are estimates: one unit per ordinary character, two for East Asian wide characters and emoji,
/// 10% more for bold text; multi-line text counts its longest line.
struct ColumnWidths {
    private(set) var widths: [Double] = []

    mutating func note(_ width: Double, column: Int) {
        if column >= widths.count {
            guard width > 0 else { return }
            widths.append(contentsOf: repeatElement(0, count: column - widths.count + 1))
        }
        if width > widths[column] { widths[column] = width }
    }

    @inline(__always)
    mutating func noteText(_ text: String, column: Int, bold: Bool) {
        // Fast path: the UTF-8 length bounds the estimate from above, so text no longer than the current
        // widest needs no measuring at all (the common case in long tables).
        let bound = Double(text.utf8.count) * (bold ? 1.1 : 1)
        if column < widths.count, bound <= widths[column] { return }
        note(Worksheet.estimatedWidth(of: text) * (bold ? 1.1 : 1), column: column)
    }

    @inline(__always)
    mutating func noteNumber(_ number: Double, column: Int, format: Format?) {
        let magnitude = Swift.abs(number)
        // Counted by division: formatting the number as text would cost more than writing the cell.
        var digits = 1.0
        if magnitude >= 1e15 {
            digits = 15
        } else if magnitude >= 10 {
            var whole = Int(magnitude)
            digits = 0
            while whole > 0 { digits += 1; whole /= 10 }
        }
        if let pattern = format?.numberFormat {
            if pattern.contains(",") { digits += (digits - 1) / 3 }
            if let dot = pattern.firstIndex(of: ".") { digits += Double(pattern[dot...].prefix { $0 == "." || $0 == "0" || $0 == "#" }.count) }
            if pattern.contains("%") { digits += 3 }
        } else if number != number.rounded() {
            digits += 7   // General shows up to ~10 significant digits
        }
        if number < 0 { digits += 1 }
        note(digits, column: column)
    }
}

extension Worksheet {
    /// Estimated display width of `text` in Excel character units (the longest line of multi-line text).
    ///
    /// ```swift
    /// Worksheet.estimatedWidth(of: "Ada Lovelace")   // 12
    /// Worksheet.estimatedWidth(of: "東京")            // 4
    /// ```
    public static func estimatedWidth(of text: String) -> Double {
        var widest = 0.0
        var line = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D:
                widest = max(widest, line)
                line = 0
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F:
                continue   // combining marks, zero-width and variation selectors take no room
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
                line += 2
            default:
                line += 1
            }
        }
        return max(widest, line)
    }

    /// The estimated width of the widest content written so far in `column`, or `nil` if nothing was written.
    ///
    /// ```swift
    /// try sheet.writeString("Tri-County Advanced Manufacturing", row: 0, column: 0)
    /// let width = sheet.contentWidth(ofColumn: 0)   // about 33
    /// ```
    public func contentWidth(ofColumn column: Int) -> Double? {
        let widths = contentWidths.widths
        guard column >= 0, column < widths.count, widths[column] > 0 else { return nil }
        return widths[column]
    }

    /// Sets each written column's width from its widest content (plus padding), within `minimum...maximum`.
    ///
    /// Columns given a width with ``setColumnWidth(_:columns:format:hidden:)`` keep it. Call after writing the
    /// data (in constant-memory mode too: column widths are stored apart from rows).
    ///
    /// ```swift
    /// try sheet.autofitColumns(minimum: 8, maximum: 50)
    /// ```
    public func autofitColumns(minimum: Double = 8.43, maximum: Double = 60) throws {
        for (column, width) in contentWidths.widths.enumerated() where width > 0 && !explicitColumns.contains(column) {
            let padded = (width + 1.5).rounded(.up)
            try handle.setColumns(column, column, width: min(max(padded, minimum), maximum), format: nil, hidden: false)
        }
    }
}
