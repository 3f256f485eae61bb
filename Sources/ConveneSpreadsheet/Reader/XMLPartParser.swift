import Foundation
// Foundation's XMLParser (FoundationXML on Linux) is chosen over calling libxml2 directly: it ships with the
// Swift toolchain on every platform, needs no system-library target or module map, and is a streaming (SAX)
// parser, so a 100 MB sheet is never held as a tree. On Linux it is libxml2 underneath anyway.
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of one part. Element names are local names (namespace prefixes removed, so files that
/// write `<x:row>` read like those that write `<row>`); attribute keys keep their prefix (`r:id`).
protocol XMLPartHandler: AnyObject {
    func start(_ element: String, _ attributes: [String: String]) throws
    func end(_ element: String) throws
    func text(_ string: String)
}

extension XMLPartHandler {
    func end(_ element: String) throws {}
    func text(_ string: String) {}
}

extension Dictionary where Key == String, Value == String {
    /// An attribute by local name, whatever prefix the writer chose (`r:id`, `ns1:id`).
    func attribute(_ local: String) -> String? {
        if let value = self[local] { return value }
        return first { $0.key.hasSuffix(":" + local) }?.value
    }
}

enum XMLPart {
    /// Parses `data` (the part `part` of `package`), reporting events to `handler`. Errors thrown by the
    /// handler stop the parse and are rethrown unchanged; XML errors carry the line and column.
    static func parse(_ data: Data, part: String, file: String, handler: some XMLPartHandler) throws {
        // OOXML never uses a DTD; refusing one rules out entity-expansion ("billion laughs") attacks.
        if hasDocumentTypeDeclaration(data) {
            throw SpreadsheetReadError(file: file, part: part, kind: .documentTypeDeclaration)
        }
        // Fed as a stream: on Linux, XMLParser(data:) hands libxml2 the whole buffer at once and large parts
        // (a 40 MB sheet) end in a spurious internal error; the stream path parses in chunks.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let thrown = delegate.thrown { throw thrown }
        // On Linux libxml2 runs in recovery mode and parse() can return true after an error, so the first
        // error reported to the delegate decides.
        if let (code, line, column) = delegate.xmlError ?? (succeeded ? nil : (parser.parserError.map {
            ($0 as NSError).code } ?? -1, parser.lineNumber, parser.columnNumber)) {
            throw SpreadsheetReadError(file: file, part: part,
                                       kind: .malformedXML(line: line, column: column, message: describe(code)))
        }
    }

    /// libxml2's message texts do not reach XMLParser's errors on Linux; name the common ones.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "extra content after the end of the document"
        case 9: return "a character that XML does not allow"
        case 23, 26: return "an undefined entity (a bare & must be written &amp;)"
        case 38, 39, 40, 41: return "a malformed attribute"
        case 68: return "a name was expected after '<'"
        case 73: return "'>' was expected"
        case 76: return "an end tag does not match its start tag"
        case 77: return "the document ends before its elements are closed"
        default: return "XML parser error \(code)"
        }
    }

    /// libxml2 warnings (relative namespace URIs, missing encoding declarations, …) are not errors.
    private static let warningCodes: Set<Int> = [27, 93, 99, 100, 101, 102, 106, 107]

    /// Looks for `<!DOCTYPE` in the prolog only (it cannot appear after the root element starts), so a
    /// 100 MB sheet is not scanned twice.
    static func hasDocumentTypeDeclaration(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var index = 0
            let count = bytes.count
            while index < count - 1 {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                let next = bytes[index + 1]
                if next == UInt8(ascii: "?") { index += 2; continue }
                guard next == UInt8(ascii: "!") else { return false } // the root element: prolog over
                if index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    // Skip a comment, which may itself contain '<'.
                    var end = index + 4
                    while end + 2 < count, !(bytes[end] == 0x2D && bytes[end + 1] == 0x2D && bytes[end + 2] == 0x3E) {
                        end += 1
                    }
                    index = end + 3
                    continue
                }
                return true // <!DOCTYPE (or any other markup declaration)
            }
            return false
        }
    }

    private final class Delegate<Handler: XMLPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        var thrown: Error?

        init(_ handler: Handler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard thrown == nil else { return }
            do { try handler.start(elementName, attributeDict) } catch { fail(parser, error) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            guard thrown == nil else { return }
            do { try handler.end(elementName) } catch { fail(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard thrown == nil else { return }
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard thrown == nil else { return }
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        /// The first real XML error: code, line, column.
        var xmlError: (Int, Int, Int)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            let code = (parseError as NSError).code
            guard xmlError == nil, !XMLPart.warningCodes.contains(code) else { return }
            xmlError = (code, parser.lineNumber, parser.columnNumber)
            parser.abortParsing()
        }

        private func fail(_ parser: XMLParser, _ error: Error) {
            thrown = error
            parser.abortParsing()
        }
    }
}

/// OOXML escapes characters XML cannot carry as `_xHHHH_` (e.g. `_x000D_` for a carriage return, `_x005F_` for
/// a literal underscore before such a pattern). Decodes them.
func decodeOOXMLEscapes(_ string: String) -> String {
    guard string.contains("_x") else { return string }
    var result = ""
    result.reserveCapacity(string.utf8.count)
    var scalars = string.unicodeScalars[...]
    while let index = scalars.firstIndex(of: "_") {
        result.unicodeScalars.append(contentsOf: scalars[..<index])
        let candidate = scalars[index...].prefix(7)
        if candidate.count == 7, candidate.dropFirst().first == "x", candidate.last == "_",
           candidate.dropFirst(2).prefix(4).allSatisfy({ $0.properties.isASCIIHexDigit }),
           let value = UInt32(String(String.UnicodeScalarView(candidate.dropFirst(2).prefix(4))), radix: 16),
           let scalar = Unicode.Scalar(value) {
            result.unicodeScalars.append(scalar)
            scalars = scalars[scalars.index(index, offsetBy: 7)...]
        } else {
            result.unicodeScalars.append("_")
            scalars = scalars[scalars.index(after: index)...]
        }
    }
    result.unicodeScalars.append(contentsOf: scalars)
    return result
}
