import ConveneModel

extension MappingFile {
    /// The mapping Convene inferred for a file, as a mapping file forcing the same source and fields.
    ///
    /// ```swift
    /// let result = try Importer.read(url: URL(fileURLWithPath: "members.csv"))
    /// let text = MappingFile.yaml(for: result)     // edit it, then: convene import … --mapping members.yaml
    /// try MappingFile.parse(text, file: "members.yaml") == MappingFile.inferred(from: result)   // true
    /// ```
    public static func inferred(from result: ImportResult) -> MappingFile {
        MappingFile(source: result.source,
                    columns: Dictionary(entries(result).map { ($0.key, $0.column.field) }, uniquingKeysWith: { first, _ in first }))
    }

    /// ``inferred(from:)`` as YAML for a person to edit: columns in file order, the unrecognized ones marked,
    /// the fields listed at the top. ``parse(_:file:)`` reads it back.
    ///
    /// ```swift
    /// let result = try Importer.read(url: URL(fileURLWithPath: "partners.csv"))
    /// try MappingFile.yaml(for: result).write(toFile: "partners.yaml", atomically: true, encoding: .utf8)
    /// ```
    public static func yaml(for result: ImportResult) -> String {
        var lines = [
            "# How Convene reads \(oneLine(result.file)): \(result.source.displayName), \(result.columns.count) columns.",
            "# Change a field, save, then: convene import FILE --mapping THIS-FILE (or inspect/merge … --mapping).",
            "# \"Column N\" is a column by position. Fields:",
        ]
        var fieldLine = "#  "
        for field in ColumnField.allCases {
            if fieldLine.count + field.rawValue.count > 110 { lines.append(fieldLine); fieldLine = "#  " }
            fieldLine += " " + field.rawValue
        }
        lines.append(fieldLine)
        lines.append("source: \(result.source.rawValue)")
        lines.append("columns:")
        for entry in entries(result) {
            var line = "  \(quoted(entry.key)): \(entry.column.field.rawValue)"
            if entry.column.reason == .unknown { line += "    # not recognized: kept in the raw values only" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One key per column: its header, or "Column N" when the header is empty or repeats another's (a key must
    /// name one column).
    private static func entries(_ result: ImportResult) -> [(key: String, column: ColumnMapping)] {
        var counts: [String: Int] = [:]
        for c in result.columns { counts[HeaderText.key(c.header), default: 0] += 1 }
        return result.columns.map { c in
            let key = HeaderText.key(c.header)
            let unique = !key.isEmpty && counts[key] == 1 && !(key.hasPrefix("column ") && key != "column \(c.index + 1)")
            return (unique ? c.header : "Column \(c.index + 1)", c)
        }
    }

    /// A YAML double-quoted scalar: any header text survives (colons, `#`, quotes, leading spaces).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(v, radix: 16).count) + String(v, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }
}
