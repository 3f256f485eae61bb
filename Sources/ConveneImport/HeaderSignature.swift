/// The shape of a file: its header row, each header compared loosely (case, spaces and punctuation do not matter), in order.
///
/// Next month's export of the same report has the same signature whatever its rows, encoding or delimiter, so
/// a mapping given for one file can be remembered for the next (the workspace keeps one per signature).
///
/// ```swift
/// HeaderSignature(headers: ["First Name", "Company City "]).keys   // ["first name", "company city"]
/// ```
public struct HeaderSignature: Hashable, Codable, Sendable {
    /// The normalized headers, in file order.
    public var keys: [String]

    /// The signature of the header row `headers`, each normalized.
    ///
    /// ```swift
    /// HeaderSignature(headers: ["E-mail", "Name"]) == HeaderSignature(headers: ["e-mail ", "NAME"])   // true
    /// ```
    public init(headers: [String]) {
        keys = headers.map(HeaderText.key)
    }

    /// A signature from keys already normalized (as stored).
    ///
    /// ```swift
    /// let stored = HeaderSignature(keys: ["first name", "company city"])
    /// stored == HeaderSignature(headers: ["First Name", "Company City "])   // true
    /// ```
    public init(keys: [String]) {
        self.keys = keys
    }

    /// The keys one per line (a key never holds a line break): what a digest of the shape is taken over.
    public var text: String { keys.joined(separator: "\n") }
}

/// Where the mapping file a file was read with came from.
///
/// ```swift
/// let result = try Importer.read(url: url, options: options)
/// if result.mappingOrigin == .remembered { print("read with the mapping remembered for this header row") }
/// ```
public enum MappingOrigin: String, Codable, Sendable {
    /// Given by the caller (``ImportOptions/mapping``, `--mapping FILE`).
    case given
    /// Remembered for the file's header signature (``ImportOptions/rememberedMappings``).
    case remembered
}
