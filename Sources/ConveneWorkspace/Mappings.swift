import ConveneImport
import Foundation
import GRDB

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
        try read { db in try Self.rememberedMappings(db) }
    }

    static func rememberedMappings(_ db: Database) throws -> [HeaderSignature: RememberedMapping] {
        var out: [HeaderSignature: RememberedMapping] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT headers_json, mapping_json, mapping_name FROM source_mapping") {
            let signature = HeaderSignature(keys: try Store.decode([String].self, row["headers_json"]))
            out[signature] = RememberedMapping(signature: signature, mapping: try Store.decode(MappingFile.self, row["mapping_json"]),
                                               name: row["mapping_name"])
        }
        return out
    }

    /// Stores (or replaces) the mapping for a shape, inside the caller's transaction.
    static func remember(_ remembered: RememberedMapping, fileID: Int64, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO source_mapping(signature, headers_json, mapping_json, mapping_name, source_file_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(signature) DO UPDATE SET headers_json = excluded.headers_json, mapping_json = excluded.mapping_json,
              mapping_name = excluded.mapping_name, source_file_id = excluded.source_file_id, updated_at = excluded.updated_at
            """, arguments: [signatureDigest(remembered.signature), try Store.json(remembered.signature.keys),
                             try Store.json(remembered.mapping), remembered.name, fileID, Store.now()])
    }

    /// The table's key: SHA-256 of the normalized header row, one header per line.
    static func signatureDigest(_ signature: HeaderSignature) -> String {
        SHA256.hexDigest(of: Array(signature.text.utf8))
    }
}
