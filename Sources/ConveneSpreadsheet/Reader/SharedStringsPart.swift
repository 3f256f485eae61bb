/// Reads `xl/sharedStrings.xml`. A rich-text string is a list of runs (`<r><t>…</t></r>`); their texts are
/// concatenated. Phonetic guides (`<rPh>`, Japanese furigana) are not part of the cell's text and are skipped.
final class SharedStringsHandler: XMLPartHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "si":
            inItem = true
            current = ""
        case "t":
            inText = inItem && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    func end(_ element: String) throws {
        switch element {
        case "si":
            strings.append(decodeOOXMLEscapes(current))
            inItem = false
        case "t":
            inText = false
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    func text(_ string: String) {
        if inText { current += string }
    }
}
