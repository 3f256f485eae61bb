/// An identifier that is its text — ``PersonID``, ``MeetingID``, ``OrganizationID``: encoded as that text, as every
/// command's `--json` prints IDs; the object form `{"rawValue": …}` that earlier workspaces stored still decodes.
///
/// ```swift
/// String(decoding: try JSONEncoder().encode([PersonID("P000123")]), as: UTF8.self)          // ["P000123"]
/// try JSONDecoder().decode([MeetingID].self, from: Data(#"[{"rawValue":"M0003"}]"#.utf8))  // [M0003]
/// ```
public protocol TextIdentifier: Codable {
    /// The identifier as text.
    var rawValue: String { get }
    /// Wraps an identifier's text as it is.
    init(_ rawValue: String)
}

private enum TextIdentifierStoredKeys: String, CodingKey { case rawValue }

extension TextIdentifier {
    /// Reads the text, or the stored object form `{"rawValue": …}`.
    ///
    /// ```swift
    /// try JSONDecoder().decode([PersonID].self, from: Data(#"["P000123"]"#.utf8))   // [P000123]
    /// ```
    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(text)
            return
        }
        self.init(try decoder.container(keyedBy: TextIdentifierStoredKeys.self).decode(String.self, forKey: .rawValue))
    }

    /// Writes the identifier as its text.
    ///
    /// ```swift
    /// String(decoding: try JSONEncoder().encode([OrganizationID("O000042")]), as: UTF8.self)   // ["O000042"]
    /// ```
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
