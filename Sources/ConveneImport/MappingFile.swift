import ConveneModel
import Foundation
import Yams

/// A user's overrides for one kind of file: which field each column is, and optionally which source it is.
///
/// YAML (or JSON), e.g. `partners.yaml` — `convene inspect FILE --write-mapping partners.yaml` writes one to edit:
/// ```yaml
/// source: sign-in          # optional: force the source kind (SourceKind raw value)
/// columns:
///   Company Name: organization
///   Cell: phone
///   Column 3: email        # "Column N" (1-based) addresses a column by position (a headerless file, a repeated header)
///   Fax: ignore
/// ```
/// Headers match case-insensitively, ignoring surrounding spaces. Field names are ``ColumnField`` raw values.
///
/// ```swift
/// var options = ImportOptions()
/// options.mapping = try MappingFile.load(url: URL(fileURLWithPath: "partners.yaml"))
/// let result = try Importer.read(url: URL(fileURLWithPath: "partners.csv"), options: options)
/// ```
public struct MappingFile: Codable, Sendable, Hashable {
    /// The source kind to read the file as; `nil` recognizes it from the headers.
    public var source: SourceKind?
    /// The field for each header (or `Column N`).
    public var columns: [String: ColumnField]

    /// A mapping with the properties of the same names.
    ///
    /// ```swift
    /// let mapping = MappingFile(source: .signInSheet, columns: ["Company Name": .organization, "Fax": .ignore])
    /// ```
    public init(source: SourceKind? = nil, columns: [String: ColumnField] = [:]) {
        self.source = source
        self.columns = columns
    }

    /// Reads a mapping file (YAML or JSON).
    ///
    /// ```swift
    /// let mapping = try MappingFile.load(url: URL(fileURLWithPath: "partners.yaml"))
    /// ```
    public static func load(url: URL, name: String? = nil) throws(ImportError) -> MappingFile {
        let file = name ?? url.path
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw ImportError.badMappingFile(file: file, line: nil, reason: "expected UTF-8 text, found bytes that are not UTF-8")
            }
            text = decoded
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError.unreadable(file: file, reason: error.localizedDescription)
        }
        return try parse(text, file: file)
    }

    /// Parses mapping text (YAML, or JSON, which YAML reads too). Reports every bad entry at once, each with its
    /// line: `map.yaml:4: bad mapping file: column "Cell": expected a field …, found "phon"`.
    ///
    /// ```swift
    /// let mapping = try MappingFile.parse("columns:\n  Cell: phone\n  Fax: ignore\n", file: "map.yaml")
    /// mapping.columns["Cell"]   // .phone
    /// ```
    public static func parse(_ text: String, file: String) throws(ImportError) -> MappingFile {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }         // Notepad's byte-order mark
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ImportError.badMappingFile(file: file, line: 1, reason: "expected `columns:` (header: field lines) and optionally `source:`, found an empty file")
            }
            root = node
        } catch let error as ImportError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, text: text, file: file)
        } catch {
            throw ImportError.badMappingFile(file: file, line: nil, reason: "\(error)")
        }
        guard let map = root.mapping else {
            throw ImportError.badMappingFile(file: file, line: root.mark?.line,
                                             reason: "expected `columns:` (header: field lines) and optionally `source:`, found \(describe(root))")
        }
        var problems: [(line: Int?, text: String)] = []
        var listFields = false
        var result = MappingFile()
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "source":
                if let name = scalarText(value), let kind = SourceKind(rawValue: name.lowercased()) {
                    result.source = kind
                } else {
                    let known = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                    problems.append((value.mark?.line ?? keyNode.mark?.line,
                                     "`source`: expected one of \(known), found \(describe(value))"))
                }
            case "columns":
                if scalarText(value) == nil && value.scalar != nil { continue }      // `columns:` with nothing under it
                guard let columns = value.mapping else {
                    problems.append((value.mark?.line ?? keyNode.mark?.line,
                                     "`columns`: expected header: field lines, found \(describe(value))"))
                    continue
                }
                var seen: [String: Int] = [:]
                for (headerNode, fieldNode) in columns {
                    let header = headerNode.string ?? ""
                    let line = headerNode.mark?.line
                    let headerKey = HeaderText.key(header)
                    if headerKey.isEmpty {
                        problems.append((line, "expected a column header (or \"Column N\") before `:`, found \(describe(headerNode))"))
                        continue
                    }
                    if let first = seen[headerKey] {
                        problems.append((line, "column \"\(header)\": expected each column once, found it again (first on line \(first))"))
                        continue
                    }
                    seen[headerKey] = line ?? 0
                    if let name = scalarText(fieldNode), let field = ColumnField(rawValue: name.lowercased()) {
                        result.columns[header] = field
                    } else {
                        var message = "column \"\(header)\": expected a field, found \(describe(fieldNode))"
                        if let name = scalarText(fieldNode), let near = nearestField(name) { message += " (did you mean \"\(near.rawValue)\"?)" }
                        problems.append((fieldNode.mark?.line ?? line, message))
                        listFields = true
                    }
                }
            default:
                problems.append((keyNode.mark?.line, "expected `source` or `columns`, found \(describe(keyNode))"))
            }
        }
        guard let first = problems.first else { return result }
        var parts = [first.text] + problems.dropFirst().map { "line \($0.line ?? 1): \($0.text)" }
        if listFields { parts.append("the fields are: \(ColumnField.allCases.map(\.rawValue).joined(separator: ", "))") }
        throw ImportError.badMappingFile(file: file, line: first.line, reason: parts.joined(separator: "; "))
    }

    /// The field the file forces for a column, if any: a "Column N" entry for this column wins over its header
    /// (so a file with two "Email" columns can map the second one apart).
    func field(forHeader header: String, index: Int) -> ColumnField? {
        let wanted = HeaderText.key(header)
        let position = "column \(index + 1)"
        var byHeader: ColumnField?
        for (key, field) in columns {
            let k = HeaderText.key(key)
            if k == position { return field }
            if k == wanted && !wanted.isEmpty { byHeader = field }
        }
        return byHeader
    }

    private static func scalarText(_ node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text)) { return nil }
        return text
    }

    /// What a node is, for "found …".
    private static func describe(_ node: Node) -> String {
        if let text = scalarText(node) { return "\"\(text)\"" }
        if node.scalar != nil { return "nothing" }
        if node.mapping != nil { return "a map" }
        if node.sequence != nil { return "a list" }
        return "something else"
    }

    /// A field a typo most likely meant: the same letters ("e-mail" → email, "First Name" → first-name), or at
    /// most two edits away ("phon" → phone).
    static func nearestField(_ name: String) -> ColumnField? {
        func letters(_ s: String) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        let wanted = letters(name)
        if let same = ColumnField.allCases.first(where: { letters($0.rawValue) == wanted }) { return same }
        let scored = ColumnField.allCases.map { ($0, editDistance(Array(wanted), Array(letters($0.rawValue)))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, wanted.count > 2 else { return nil }
        return best.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func syntaxError(_ error: YamlError, text: String, file: String) -> ImportError {
        let expected = "expected a YAML map of `source:` and `columns:` (or the same as JSON)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let where_ = context.map { "\($0.text) (line \($0.mark.line)), " } ?? ""
            return .badMappingFile(file: file, line: mark.line, reason: "\(expected), found a syntax error at column \(mark.column): \(where_)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .badMappingFile(file: file, line: context.mark.line,
                                   reason: "expected each key once, found \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) more than once")
        default:
            return .badMappingFile(file: file, line: nil, reason: "\(expected), found: \(error)")
        }
    }
}
