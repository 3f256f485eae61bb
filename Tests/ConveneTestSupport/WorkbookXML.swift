import Foundation
import ZIPFoundation

/// The raw XML parts of an `.xlsx` file, read with ZIPFoundation alone — independent of Convene's own
/// reader, so writer tests do not trust the code they would otherwise be testing.
///
/// ```swift
/// let xml = try WorkbookXML(url)
/// let sheet = try xml.worksheet(named: "People")       // xl/worksheets/sheetN.xml as text
/// XCTAssertTrue(sheet.contains("<pane ySplit=\"1\""))
/// XCTAssertEqual(try xml.sharedStrings().first, "Name")
/// ```
public struct WorkbookXML {
    public enum Failure: Error, CustomStringConvertible {
        case notAZip(String)
        case missingPart(String)
        case missingSheet(String)
        public var description: String {
            switch self {
            case let .notAZip(path): return "\(path) is not a zip archive"
            case let .missingPart(part): return "the workbook has no part \(part)"
            case let .missingSheet(name): return "the workbook has no sheet named \(name)"
            }
        }
    }

    private let parts: [String: Data]

    public init(_ url: URL) throws {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch { throw Failure.notAZip(url.path) }
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    /// Every part path in the package, sorted (`[Content_Types].xml`, `xl/workbook.xml`, …).
    public var partNames: [String] { parts.keys.sorted() }

    /// Whether the package has a part at `path`.
    public func has(_ path: String) -> Bool { parts[path] != nil }

    /// The text of the part at `path`, e.g. `"xl/workbook.xml"`.
    public func part(_ path: String) throws -> String {
        guard let data = parts[path] else { throw Failure.missingPart(path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Sheet names in workbook order.
    public func sheetNames() throws -> [String] {
        try Self.attributes(of: "sheet", in: part("xl/workbook.xml")).compactMap { $0["name"] }
    }

    /// The worksheet part for the sheet called `name`, resolved through the workbook relationships.
    public func worksheet(named name: String) throws -> String {
        try part(worksheetPath(named: name))
    }

    /// The part path (e.g. `xl/worksheets/sheet2.xml`) of the sheet called `name`.
    public func worksheetPath(named name: String) throws -> String {
        let sheets = try Self.attributes(of: "sheet", in: part("xl/workbook.xml"))
        guard let sheet = sheets.first(where: { $0["name"] == name }), let id = sheet["r:id"] else {
            throw Failure.missingSheet(name)
        }
        let rels = try Self.attributes(of: "Relationship", in: part("xl/_rels/workbook.xml.rels"))
        guard let target = rels.first(where: { $0["Id"] == id })?["Target"] else { throw Failure.missingSheet(name) }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The parts a sheet's relationships point to (tables, comments, drawings), as package paths.
    public func relatedParts(ofSheet name: String) throws -> [String] {
        let path = try worksheetPath(named: name)
        let folder = (path as NSString).deletingLastPathComponent
        let relsPath = folder + "/_rels/" + (path as NSString).lastPathComponent + ".rels"
        guard has(relsPath) else { return [] }
        return try Self.attributes(of: "Relationship", in: part(relsPath)).compactMap { rel in
            guard let target = rel["Target"], rel["TargetMode"] != "External" else { return nil }
            return Self.resolve(target, from: folder)
        }
    }

    /// The shared-string table in index order, entities decoded (rich-text runs concatenated).
    public func sharedStrings() throws -> [String] {
        guard has("xl/sharedStrings.xml") else { return [] }
        let xml = try part("xl/sharedStrings.xml")
        return Self.elements("si", in: xml).map { si in
            Self.elements("t", in: si).map(Self.decodeEntities).joined()
        }
    }

    /// The `<c>` element for `cell` (e.g. "B3") in a worksheet's XML, or `nil`.
    public static func cellElement(_ cell: String, in sheetXML: String) -> String? {
        guard let start = sheetXML.range(of: "<c r=\"\(cell)\"") else { return nil }
        let rest = sheetXML[start.lowerBound...]
        guard let close = rest.firstIndex(of: ">") else { return nil }
        if rest[rest.index(before: close)] == "/" { return String(rest[...close]) }
        guard let end = rest.range(of: "</c>") else { return nil }
        return String(rest[..<end.upperBound])
    }

    /// The contents of every `<name …>…</name>` element (non-nested) in `xml`.
    public static func elements(_ name: String, in xml: String) -> [String] {
        var results: [String] = []
        var search = xml.startIndex
        while let open = xml.range(of: "<\(name)", range: search..<xml.endIndex) {
            guard let tagEnd = xml[open.upperBound...].firstIndex(of: ">") else { break }
            let next = xml[open.upperBound]
            guard next == ">" || next == " " || next == "/" else { search = open.upperBound; continue }
            if xml[xml.index(before: tagEnd)] == "/" { results.append(""); search = tagEnd; continue }
            let contentStart = xml.index(after: tagEnd)
            guard let close = xml.range(of: "</\(name)>", range: contentStart..<xml.endIndex) else { break }
            results.append(String(xml[contentStart..<close.lowerBound]))
            search = close.upperBound
        }
        return results
    }

    /// The attributes of every `<name …>` start tag in `xml`.
    public static func attributes(of name: String, in xml: String) -> [[String: String]] {
        var results: [[String: String]] = []
        var search = xml.startIndex
        while let open = xml.range(of: "<\(name) ", range: search..<xml.endIndex) {
            guard let end = xml[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = xml[open.upperBound..<end]
            var attributes: [String: String] = [:]
            var rest = tag[...]
            while let eq = rest.firstIndex(of: "=") {
                let key = rest[..<eq].trimmingCharacters(in: .whitespaces)
                let afterEq = rest.index(after: eq)
                guard afterEq < rest.endIndex else { break }
                let quote = rest[afterEq]
                let valueStart = rest.index(after: afterEq)
                guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { break }
                attributes[key] = decodeEntities(String(rest[valueStart..<valueEnd]))
                rest = rest[rest.index(after: valueEnd)...]
            }
            results.append(attributes)
            search = end
        }
        return results
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and numeric references decoded.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { out.unicodeScalars.append(scalar) } else { out += "&\(entity);" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }
}
