import Foundation

/// What a number format shows, as far as reading values is concerned: a date, a time, both, or neither.
struct DateFormatKind: Equatable {
    var hasDate: Bool
    var hasTime: Bool
    var isDateOrTime: Bool { hasDate || hasTime }

    static let none = DateFormatKind(hasDate: false, hasTime: false)
    static let date = DateFormatKind(hasDate: true, hasTime: false)
    static let time = DateFormatKind(hasDate: false, hasTime: true)
    static let dateTime = DateFormatKind(hasDate: true, hasTime: true)

    /// Excel's built-in formats that are dates or times (ECMA-376 §18.8.30): 14–17 dates, 18–21 times,
    /// 22 date and time, 45–47 times (`mm:ss`, `[h]:mm:ss`, `mm:ss.0`).
    static func builtIn(_ id: Int) -> DateFormatKind {
        switch id {
        case 14...17: return .date
        case 18...21, 45...47: return .time
        case 22: return .dateTime
        default: return .none
        }
    }

    /// The built-in format codes, for ``XLSXCell/numberFormat`` (ids that are not dates are not needed here,
    /// except General).
    static func builtInCode(_ id: Int) -> String? {
        switch id {
        case 0: return "General"
        case 1: return "0"
        case 2: return "0.00"
        case 3: return "#,##0"
        case 4: return "#,##0.00"
        case 9: return "0%"
        case 10: return "0.00%"
        case 11: return "0.00E+00"
        case 14: return "mm-dd-yy"
        case 15: return "d-mmm-yy"
        case 16: return "d-mmm"
        case 17: return "mmm-yy"
        case 18: return "h:mm AM/PM"
        case 19: return "h:mm:ss AM/PM"
        case 20: return "h:mm"
        case 21: return "h:mm:ss"
        case 22: return "m/d/yy h:mm"
        case 45: return "mm:ss"
        case 46: return "[h]:mm:ss"
        case 47: return "mmss.0"
        case 49: return "@"
        default: return nil
        }
    }

    /// Classifies a custom format code by its letters outside quotes, escapes and brackets: `y`/`d` mean a
    /// date, `h`/`s` a time, `m` a month unless it follows `h` or precedes `s` (then minutes). Bracketed
    /// elapsed-time codes (`[h]`, `[mm]`, `[ss]`) count as time; other brackets (`[Red]`, `[$-409]`, `[>=100]`)
    /// are ignored. Only the first section is used (the one for positive numbers).
    static func classify(_ code: String) -> DateFormatKind {
        var kind = DateFormatKind.none
        var letters: [Character] = [] // date/time letters in order, to decide what each `m` means
        // AM/PM markers are time, and their letters must not be read as months.
        var code = code
        for marker in ["AM/PM", "am/pm", "A/P", "a/p"] where code.contains(marker) {
            kind.hasTime = true
            code = code.replacingOccurrences(of: marker, with: "")
        }
        var iterator = code.makeIterator()
        while let character = iterator.next() {
            switch character {
            case ";":
                return finish(kind, letters)
            case "\"":
                while let next = iterator.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next() // escaped literal, or the character whose width/fill is used
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.append(next) }
                let lowered = inside.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) {
                    kind.hasTime = true
                    letters.append(lowered.first == "m" ? "n" : lowered.first!)
                }
            default:
                let lowered = Character(character.lowercased())
                switch lowered {
                case "y", "d":
                    kind.hasDate = true
                    letters.append(lowered)
                case "h", "s":
                    kind.hasTime = true
                    letters.append(lowered)
                case "m":
                    letters.append("m")
                default:
                    break
                }
            }
        }
        return finish(kind, letters)
    }

    /// Decides whether each run of `m` is a month (date) or minutes (time).
    private static func finish(_ kind: DateFormatKind, _ letters: [Character]) -> DateFormatKind {
        var kind = kind
        // Collapse runs ("mm" → "m") so neighbours are the previous/next *different* code.
        var codes: [Character] = []
        for letter in letters where codes.last != letter { codes.append(letter) }
        for (index, code) in codes.enumerated() where code == "m" {
            let previous = index > 0 ? codes[index - 1] : nil
            let next = index + 1 < codes.count ? codes[index + 1] : nil
            if previous == "h" || next == "s" { kind.hasTime = true } else { kind.hasDate = true }
        }
        if codes.contains("n") { kind.hasTime = true }
        return kind
    }
}

/// Reads `xl/styles.xml`: for each cell style index (`s` attribute → `cellXfs`), its number format code and
/// whether that format is a date/time. Custom `numFmt`s override built-ins of the same id.
final class StylesHandler: XMLPartHandler {
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellXfs = false

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    func end(_ element: String) throws {
        if element == "cellXfs" { inCellXfs = false }
    }

    /// The resolved style table.
    func makeStyles() -> CellStyles {
        var codes: [String?] = []
        var kinds: [DateFormatKind] = []
        for id in formatIDs {
            if let custom = customFormats[id] {
                codes.append(custom)
                kinds.append(DateFormatKind.classify(custom))
            } else {
                codes.append(DateFormatKind.builtInCode(id))
                kinds.append(DateFormatKind.builtIn(id))
            }
        }
        return CellStyles(formatCodes: codes, kinds: kinds)
    }
}

/// Number format per style index.
struct CellStyles {
    let formatCodes: [String?]
    let kinds: [DateFormatKind]

    static let empty = CellStyles(formatCodes: [], kinds: [])

    func kind(_ style: Int) -> DateFormatKind { kinds.indices.contains(style) ? kinds[style] : .none }
    func formatCode(_ style: Int) -> String? { formatCodes.indices.contains(style) ? formatCodes[style] : nil }
}
