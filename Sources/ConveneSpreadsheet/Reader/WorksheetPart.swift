import Foundation

/// Reads one worksheet part, streaming: cells become typed values as they are parsed.
final class WorksheetHandler: XMLPartHandler {
    struct Context {
        let file: String
        let part: String
        let sharedStrings: [String]
        let styles: CellStyles
        let dateSystem: XLSXDateSystem
        let maxCells: Int
    }

    /// A hyperlink before its relationship id is resolved.
    struct RawHyperlink {
        let range: XLSXCellRange
        let relationshipID: String?
        let location: String?
        let tooltip: String?
    }

    private let context: Context
    private(set) var rows: [XLSXRow] = []
    private(set) var mergedRanges: [XLSXCellRange] = []
    private(set) var hyperlinks: [RawHyperlink] = []
    private(set) var tableRelationshipIDs: [String] = []
    private(set) var dataValidations: [XLSXDataValidation] = []
    private(set) var dimension: XLSXCellRange?
    private(set) var frozenPaneTopLeft: XLSXCellReference?
    private(set) var autoFilter: XLSXCellRange?
    private(set) var isProtected = false

    // Row and cell being read. Positions default to "one after the previous" because LibreOffice and some
    // generators omit `r` on rows and cells.
    private var rowNumber = 0
    private var rowCells: [XLSXCell] = []
    private var rowNeedsSort = false
    private var rowsNeedSort = false
    private var column = 0
    private var cellCount = 0
    private var cellReference: XLSXCellReference?
    private var cellType = "n"
    private var cellStyle = 0
    private var valueText = ""
    private var formulaText = ""
    private var formulaAttributes: [String: String]?
    private var inlineText = ""
    private var capture: Capture = .none
    private var phoneticDepth = 0
    private var sharedFormulas: [String: (formula: String, anchor: XLSXCellReference)] = [:]

    // Data validation being read.
    private var validationAttributes: [String: String]?
    private var validationFormulas: [String] = []
    private var validationSqref = ""

    private enum Capture { case none, value, formula, inline, validationFormula, validationSqref }

    init(context: Context) { self.context = context }

    private func fail(_ kind: SpreadsheetReadError.Kind) -> SpreadsheetReadError {
        SpreadsheetReadError(file: context.file, part: context.part, kind: kind)
    }

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), number >= 1 else {
                    throw fail(.invalidContent("row number \"\(text)\" is not a positive integer"))
                }
                guard number <= XLSXCellReference.maxRow else {
                    throw fail(.dimensionsTooLarge("row \(text)"))
                }
                if number <= rowNumber { rowsNeedSort = true }
                rowNumber = number
            } else {
                rowNumber += 1
                guard rowNumber <= XLSXCellReference.maxRow else { throw fail(.dimensionsTooLarge("row \(rowNumber)")) }
            }
            rowCells = []
            rowNeedsSort = false
            column = 0
        case "c":
            let reference: XLSXCellReference
            if let text = attributes["r"] {
                reference = try parseReference(text)
                // A cell outside its row element is corrupt, but Excel trusts the cell's own reference.
                if reference.column <= column { rowNeedsSort = true }
            } else {
                guard let next = XLSXCellReference(row: max(rowNumber, 1), column: column + 1) else {
                    throw fail(.dimensionsTooLarge("column \(column + 1) of row \(rowNumber)"))
                }
                reference = next
            }
            column = reference.column
            cellReference = reference
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            valueText = ""
            formulaText = ""
            formulaAttributes = nil
            inlineText = ""
        case "v" where cellReference != nil:
            capture = .value
        case "f" where cellReference != nil:
            capture = .formula
            formulaAttributes = attributes
        case "f" where validationAttributes != nil, "formula1", "formula2":
            capture = .validationFormula
            if element != "f" { validationFormulas.append("") }
        case "sqref" where validationAttributes != nil:
            capture = .validationSqref
        case "rPh":
            phoneticDepth += 1
        case "t" where cellReference != nil && phoneticDepth == 0:
            capture = .inline
        case "mergeCell":
            if let text = attributes["ref"] { mergedRanges.append(try parseRange(text)) }
        case "hyperlink":
            if let text = attributes["ref"] {
                hyperlinks.append(RawHyperlink(range: try parseRange(text), relationshipID: attributes.attribute("id"),
                                               location: attributes["location"], tooltip: attributes["tooltip"]))
            }
        case "tablePart":
            if let id = attributes.attribute("id") { tableRelationshipIDs.append(id) }
        case "dataValidation":
            validationAttributes = attributes
            validationFormulas = []
            validationSqref = attributes["sqref"] ?? ""
        case "autoFilter":
            if let text = attributes["ref"] { autoFilter = try parseRange(text) }
        case "sheetProtection":
            isProtected = attributes["sheet"] == "1" || attributes["sheet"] == "true"
        case "dimension":
            if let text = attributes["ref"] { dimension = try parseRange(text) }
        case "pane":
            let state = attributes["state"] ?? ""
            if state == "frozen" || state == "frozenSplit", let text = attributes["topLeftCell"] {
                frozenPaneTopLeft = XLSXCellReference(text)
            }
        default:
            break
        }
    }

    func text(_ string: String) {
        switch capture {
        case .none: break
        case .value: valueText += string
        case .formula: formulaText += string
        case .inline: inlineText += string
        case .validationFormula:
            if validationFormulas.isEmpty { validationFormulas.append("") }
            validationFormulas[validationFormulas.count - 1] += string
        case .validationSqref: validationSqref += string
        }
    }

    func end(_ element: String) throws {
        switch element {
        case "v", "f", "t", "formula1", "formula2", "sqref":
            capture = .none
        case "rPh":
            phoneticDepth -= 1
        case "c":
            guard let reference = cellReference else { return }
            cellCount += 1
            guard cellCount <= context.maxCells else {
                throw fail(.dimensionsTooLarge("more than \(context.maxCells) cells"))
            }
            let cell = try makeCell(at: reference)
            // Styled blank cells (formatted templates, merged areas) carry no content: leaving them out keeps
            // `rows` to rows with something in them, and memory small for sheets formatted down to row 1,000,000.
            if cell.value != .empty || cell.formula != nil { rowCells.append(cell) }
            cellReference = nil
        case "row":
            if !rowCells.isEmpty {
                if rowNeedsSort { rowCells = Self.deduplicated(rowCells) }
                rows.append(XLSXRow(number: rowNumber, cells: rowCells))
            }
            rowCells = []
        case "sheetData":
            if rowsNeedSort { rows = Self.merged(rows) }
        case "dataValidation":
            if let attributes = validationAttributes {
                let ranges = try validationSqref.split(separator: " ").map { try parseRange(String($0)) }
                dataValidations.append(XLSXDataValidation(
                    type: attributes["type"] ?? "any", ranges: ranges,
                    formula1: validationFormulas.first,
                    formula2: validationFormulas.count > 1 ? validationFormulas[1] : nil,
                    comparison: attributes["operator"],
                    allowsBlank: attributes["allowBlank"].map { $0 == "1" || $0 == "true" } ?? false))
            }
            validationAttributes = nil
        default:
            break
        }
    }

    // MARK: Cells

    private func makeCell(at reference: XLSXCellReference) throws -> XLSXCell {
        let formula = try resolveFormula(at: reference)
        let value: XLSXCellValue
        switch cellType {
        case "s":
            guard let index = Int(valueText) ?? Int(trimmedASCII(valueText)) else {
                if valueText.isEmpty { value = .empty; break }
                throw fail(.invalidContent("cell \(reference.a1): shared string index \"\(valueText)\" is not a number"))
            }
            guard context.sharedStrings.indices.contains(index) else {
                throw fail(.invalidContent(
                    "cell \(reference.a1): shared string \(index) does not exist (\(context.sharedStrings.count) strings)"))
            }
            value = .string(context.sharedStrings[index])
        case "inlineStr":
            value = .string(decodeOOXMLEscapes(inlineText.isEmpty ? valueText : inlineText))
        case "str":
            value = .string(decodeOOXMLEscapes(valueText))
        case "b":
            let text = trimmedASCII(valueText)
            value = valueText.isEmpty ? .empty : .bool(text == "1" || text.lowercased() == "true")
        case "e":
            value = .error(valueText)
        case "d":
            guard let date = ISODateParser.parse(valueText) else {
                throw fail(.invalidContent("cell \(reference.a1): expected an ISO 8601 date, found \"\(valueText)\""))
            }
            value = .date(date)
        default:
            // Double(String) first: Foundation's trimming is a quarter of the time of reading a big sheet.
            if let number = Double(valueText) {
                value = numberValue(number)
            } else if trimmedASCII(valueText).isEmpty {
                value = .empty
            } else if let number = Double(trimmedASCII(valueText)) {
                value = numberValue(number)
            } else {
                let text = trimmedASCII(valueText)
                throw fail(.invalidContent("cell \(reference.a1): expected a number, found \"\(text.prefix(40))\""))
            }
        }
        return XLSXCell(reference: reference, value: value, formula: formula,
                        numberFormat: context.styles.formatCode(cellStyle))
    }

    private func numberValue(_ number: Double) -> XLSXCellValue {
        let kind = context.styles.kind(cellStyle)
        guard kind.isDateOrTime else { return .number(number) }
        // A time-only format over a serial of a day or more (a duration, or a date shown as time) keeps its date.
        let hasDate = kind.hasDate || number >= 1
        guard let date = context.dateSystem.dateTime(fromSerial: number, hasDate: hasDate, hasTime: kind.hasTime)
        else { return .number(number) }
        return .date(date)
    }

    /// The formula text for this cell: its own, or a shared formula translated from its anchor cell.
    private func resolveFormula(at reference: XLSXCellReference) throws -> String? {
        guard let attributes = formulaAttributes else { return nil }
        let text = formulaText
        guard attributes["t"] == "shared", let index = attributes["si"] else {
            return text.isEmpty ? nil : text
        }
        if !text.isEmpty {
            sharedFormulas[index] = (text, reference)
            return text
        }
        guard let shared = sharedFormulas[index] else { return nil }
        return FormulaShifter.shift(shared.formula, rows: reference.row - shared.anchor.row,
                                    columns: reference.column - shared.anchor.column)
    }

    // MARK: References

    private func parseReference(_ text: String) throws -> XLSXCellReference {
        if let reference = XLSXCellReference(text) { return reference }
        throw fail(Self.looksLikeReference(text) ? .dimensionsTooLarge("cell reference \(text)")
                                                 : .invalidCellReference(text))
    }

    private func parseRange(_ text: String) throws -> XLSXCellRange {
        if let range = XLSXCellRange(text) { return range }
        let parts = text.split(separator: ":")
        if !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ Self.looksLikeReference(String($0)) }) {
            throw fail(.dimensionsTooLarge("range \(text)"))
        }
        throw fail(.invalidCellReference(text))
    }

    /// Letters then digits (with optional `$`): a well-formed reference that must be out of Excel's grid.
    private static func looksLikeReference(_ text: String) -> Bool {
        let stripped = text.filter { $0 != "$" }
        let letters = stripped.prefix { $0.isASCII && $0.isLetter }
        let digits = stripped.dropFirst(letters.count)
        return !letters.isEmpty && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Sorts cells by column; a later duplicate of a column wins (as Excel does when repairing).
    private static func deduplicated(_ cells: [XLSXCell]) -> [XLSXCell] {
        var byColumn: [Int: XLSXCell] = [:]
        for cell in cells { byColumn[cell.reference.column] = cell }
        return byColumn.keys.sorted().map { byColumn[$0]! }
    }

    /// Sorts rows by number, merging rows that appear twice.
    private static func merged(_ rows: [XLSXRow]) -> [XLSXRow] {
        var byNumber: [Int: [XLSXCell]] = [:]
        for row in rows { byNumber[row.number, default: []].append(contentsOf: row.cells) }
        return byNumber.keys.sorted().map { XLSXRow(number: $0, cells: deduplicated(byNumber[$0]!)) }
    }
}

/// Reads a table part (`xl/tables/table1.xml`).
final class TableHandler: XMLPartHandler {
    private(set) var table: XLSXTable?
    private var attributes: [String: String] = [:]
    private var columnNames: [String] = []
    private var styleName: String?

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "table": self.attributes = attributes
        case "tableColumn": columnNames.append(decodeOOXMLEscapes(attributes["name"] ?? ""))
        case "tableStyleInfo": styleName = attributes["name"]
        default: break
        }
    }

    func end(_ element: String) throws {
        guard element == "table", let ref = attributes["ref"], let range = XLSXCellRange(ref) else { return }
        table = XLSXTable(name: attributes["displayName"] ?? attributes["name"] ?? "", range: range,
                          columnNames: columnNames,
                          headerRowCount: min(max(attributes["headerRowCount"].flatMap { Int($0) } ?? 1, 0), 1),
                          totalsRowCount: min(max(attributes["totalsRowCount"].flatMap { Int($0) } ?? 0, 0), 1),
                          styleName: styleName)
    }
}

/// `text` without leading/trailing ASCII whitespace (the only whitespace XML writers put around values).
func trimmedASCII(_ text: String) -> Substring {
    func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n"
    }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return text[first...last]
}

/// Reads a comments part (`xl/comments1.xml`): each note's cell, author and text.
final class CommentsHandler: XMLPartHandler {
    private(set) var notes: [XLSXNote] = []
    private var authors: [String] = []
    private var authorText = ""
    private var inAuthor = false
    private var current: (reference: XLSXCellReference, author: Int?)?
    private var text = ""
    private var inText = false
    private var phoneticDepth = 0

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "author":
            inAuthor = true
            authorText = ""
        case "comment":
            current = attributes["ref"].flatMap { XLSXCellReference($0) }.map {
                ($0, attributes["authorId"].flatMap { Int($0) })
            }
            text = ""
        case "t":
            inText = current != nil && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    func end(_ element: String) throws {
        switch element {
        case "author":
            authors.append(decodeOOXMLEscapes(authorText))
            inAuthor = false
        case "comment":
            if let (reference, author) = current {
                let name = author.flatMap { authors.indices.contains($0) ? authors[$0] : nil }
                notes.append(XLSXNote(reference: reference, text: decodeOOXMLEscapes(text), author: name))
            }
            current = nil
        case "t":
            inText = false
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    func text(_ string: String) {
        if inAuthor { authorText += string } else if inText { text += string }
    }
}
