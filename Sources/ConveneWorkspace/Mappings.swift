import ConveneImport
import Foundation

/// A mapping file to remember for one file shape: given with `convene import --mapping`, it is stored in the
/// import's transaction, and a later file with the same header row is read with it without the flag.
///
/// ```swift
/// let remembered = RememberedMapping(signature: HeaderSignature(headers: ["Nom", "Courriel", "Entreprise"]),
///                                    mapping: mapping, name: "french-list.yaml")
/// ```
public struct RememberedMapping: Sendable, Hashable {
    /// The header shape the mapping is for.
    public var signature: HeaderSignature
    /// The mapping itself.
    public var mapping: MappingFile
    /// The mapping file as the user named it (shown when the mapping is used again).
    public var name: String

    /// A remembered mapping with the properties of the same names.
    ///
    /// ```swift
    /// let remembered = RememberedMapping(signature: HeaderSignature(headers: ["Company Name", "Cell"]),
    ///                                    mapping: MappingFile(columns: ["Cell": .phone]), name: "partners.yaml")
    /// ```
    public init(signature: HeaderSignature, mapping: MappingFile, name: String) {
        self.signature = signature
        self.mapping = mapping
        self.name = name
    }
}

/// How an imported file's columns were mapped, as its summary says it.
///
/// ```swift
/// MappingNote(origin: .given, file: "m.yaml", remembered: true).description
/// // "from m.yaml, remembered for this header shape"
/// ```
public struct MappingNote: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Given with the import, or remembered for the file's header shape.
    public var origin: MappingOrigin
    /// The mapping file as the user named it.
    public var file: String
    /// True when the workspace now maps this header shape with it (false: the file has no header row).
    public var remembered: Bool

    /// A note with the properties of the same names.
    ///
    /// ```swift
    /// let note = MappingNote(origin: .given, file: "partners.yaml", remembered: true)
    /// print(note)
    /// ```
    public init(origin: MappingOrigin, file: String, remembered: Bool) {
        self.origin = origin
        self.file = file
        self.remembered = remembered
    }

    /// The summary's phrase: "from m.yaml, remembered for this header shape", "remembered for this header shape (from m.yaml)".
    public var description: String {
        switch (origin, remembered) {
        case (.remembered, _): "remembered for this header shape (from \(file))"
        case (.given, true): "from \(file), remembered for this header shape"
        case (.given, false): "from \(file), not remembered (the file has no header row)"
        }
    }
}

extension Workspace {
    /// The mappings remembered per header shape.
    ///
    /// ```swift
    /// for (signature, remembered) in try workspace.rememberedMappings() {
    ///     print(remembered.name, signature.keys)
    /// }
    /// ```
    public func rememberedMappings() throws -> [HeaderSignature: RememberedMapping] {
        try storage.read { tx in try tx.rememberedMappings() }
    }
}
