import Foundation

/// Translates a shared formula (`<f t="shared" si="0">B2*2</f>`) from its anchor cell to another cell of the
/// shared range, as Excel does: relative references move, `$`-anchored parts stay.
enum FormulaShifter {
    static func shift(_ formula: String, rows: Int, columns: Int) -> String {
        guard rows != 0 || columns != 0 else { return formula }
        let characters = Array(formula)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" || character == "'" {
                // String literal or quoted sheet name: copied verbatim (a doubled quote stays inside).
                var end = index + 1
                while end < characters.count {
                    if characters[end] == character {
                        if end + 1 < characters.count, characters[end + 1] == character { end += 2; continue }
                        break
                    }
                    end += 1
                }
                result += String(characters[index...min(end, characters.count - 1)])
                index = end + 1
                continue
            }
            guard isTokenCharacter(character), index == 0 || !isTokenCharacter(characters[index - 1]) else {
                result.append(character)
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isTokenCharacter(characters[end]) { end += 1 }
            let token = String(characters[index..<end])
            let next = end < characters.count ? characters[end] : nil
            // A function name (`LOG10(`) or a sheet name (`Q1!`) is not a reference.
            if next != "(" && next != "!", let shifted = shiftReference(token, rows: rows, columns: columns) {
                result += shifted
            } else {
                result += token
            }
            index = end
        }
        return result
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "$" || character == "_"
            || character == ".")
    }

    /// `B2` → `C3` for (1, 1); `$B2` → `$B3`; nil when the token is not an A1 reference. Off the grid → `#REF!`.
    private static func shiftReference(_ token: String, rows: Int, columns: Int) -> String? {
        var rest = Substring(token)
        let columnAbsolute = rest.first == "$"
        if columnAbsolute { rest = rest.dropFirst() }
        let letters = rest.prefix { $0.isASCII && $0.isLetter }
        guard (1...3).contains(letters.count) else { return nil }
        rest = rest.dropFirst(letters.count)
        let rowAbsolute = rest.first == "$"
        if rowAbsolute { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.count <= 7, rest.allSatisfy({ $0.isASCII && $0.isNumber }),
              let original = XLSXCellReference("\(letters)\(rest)") else { return nil }
        let column = columnAbsolute ? original.column : original.column + columns
        let row = rowAbsolute ? original.row : original.row + rows
        guard XLSXCellReference(row: row, column: column) != nil else { return "#REF!" }
        return (columnAbsolute ? "$" : "") + XLSXCellReference.columnLetters(column)
            + (rowAbsolute ? "$" : "") + String(row)
    }
}

/// Parses the ISO 8601 text of a `t="d"` cell (`2025-03-07`, `2025-03-07T14:30:00Z`, `14:30:00`).
enum ISODateParser {
    static func parse(_ text: String) -> XLSXDateTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "T", maxSplits: 1).map(String.init)
        var date: (Int, Int, Int)?
        var timeText: String?
        if parts.count == 2 {
            date = parseDate(parts[0])
            timeText = parts[1]
            if date == nil { return nil }
        } else if let only = parts.first, only.contains(":") {
            timeText = only
        } else if let only = parts.first {
            date = parseDate(only)
            if date == nil { return nil }
        } else {
            return nil
        }
        var time = (0, 0, 0, 0)
        if var text = timeText {
            // The zone is dropped: spreadsheet dates have none.
            if let zone = text.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { text = String(text[..<zone]) }
            let fields = text.split(separator: ":")
            guard fields.count >= 2, let hour = Int(fields[0]), let minute = Int(fields[1]) else { return nil }
            let seconds = fields.count > 2 ? Double(fields[2]) ?? 0 : 0
            guard seconds.isFinite, (0..<61).contains(seconds) else { return nil } // "nan", "1e300" must not trap
            let wholeSeconds = Int(seconds)
            time = (hour, minute, wholeSeconds, Int(((seconds - Double(wholeSeconds)) * 1000).rounded()))
        }
        let (year, month, day) = date ?? (0, 0, 0)
        return XLSXDateTime(year: year, month: month, day: day, hour: time.0, minute: time.1, second: time.2,
                            millisecond: time.3, hasDate: date != nil, hasTime: timeText != nil, serial: 0)
    }

    private static func parseDate(_ text: String) -> (Int, Int, Int)? {
        let fields = text.split(separator: "-")
        guard fields.count == 3, let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }
}
