import ConveneModel
import Foundation
import Yams

/// A user's overrides for one kind of file: which field each column is, and optionally which source it is.
///
/// JSON or YAML, e.g. `partners.yaml`:
/// ```yaml
/// source: sign-in          # optional: force the source kind (SourceKind raw value)
/// columns:
///   Company Name: organization
///   Cell: phone
///   Column 3: email        # "Column N" (1-based) addresses a column of a headerless file
///   Fax: ignore
/// ```
/// Headers match case-insensitively, ignoring surrounding spaces. Field names are ``ColumnField`` raw values.
public struct MappingFile: Codable, Sendable, Hashable {
    public var source: SourceKind?
    public var columns: [String: ColumnField]

    public init(source: SourceKind? = nil, columns: [String: ColumnField] = [:]) {
        self.source = source
        self.columns = columns
    }

    /// Reads a mapping file (`.json`, or YAML for anything else).
    public static func load(url: URL, name: String? = nil) throws(ImportError) -> MappingFile {
        let file = name ?? url.path
        let text: String
        do {
            let data = try Data(contentsOf: url)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw ImportError.badMappingFile(file: file, line: nil, reason: "not UTF-8 text")
            }
            text = decoded
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError.unreadable(file: file, reason: error.localizedDescription)
        }
        return try parse(text, file: file)
    }

    /// Parses mapping text; JSON when it starts with `{`, YAML otherwise. Reports every bad entry at once.
    public static func parse(_ text: String, file: String) throws(ImportError) -> MappingFile {
        let object: Any?
        do {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("{") {
                object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
            } else {
                object = try Yams.load(yaml: text)
            }
        } catch let error as YamlError {
            throw ImportError.badMappingFile(file: file, line: yamlLine(error), reason: "\(error)")
        } catch {
            throw ImportError.badMappingFile(file: file, line: nil, reason: "not valid JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else {
            throw ImportError.badMappingFile(file: file, line: nil, reason: "expected a map with `columns:` (and optionally `source:`)")
        }
        var problems: [String] = []
        var result = MappingFile()
        for key in root.keys where key != "source" && key != "columns" {
            problems.append("unknown key `\(key)` (expected `source` or `columns`)")
        }
        if let source = root["source"] {
            if let text = source as? String, let kind = SourceKind(rawValue: text) {
                result.source = kind
            } else {
                let known = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("source `\(source)` is not one of: \(known)")
            }
        }
        if let columns = root["columns"] {
            guard let map = columns as? [String: Any] else {
                throw ImportError.badMappingFile(file: file, line: nil, reason: "`columns` must map header → field")
            }
            for (header, value) in map.sorted(by: { $0.key < $1.key }) {
                if let name = value as? String, let field = ColumnField(rawValue: name) {
                    result.columns[header] = field
                } else {
                    problems.append("column `\(header)`: `\(value)` is not a field (one of: \(ColumnField.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
        }
        if !problems.isEmpty {
            throw ImportError.badMappingFile(file: file, line: nil, reason: problems.joined(separator: "; "))
        }
        return result
    }

    /// The field the file forces for a column, if any.
    func field(forHeader header: String, index: Int) -> ColumnField? {
        let wanted = HeaderText.key(header)
        for (key, field) in columns {
            let k = HeaderText.key(key)
            if k == wanted && !wanted.isEmpty { return field }
            if k == "column \(index + 1)" { return field }
        }
        return nil
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }
}
