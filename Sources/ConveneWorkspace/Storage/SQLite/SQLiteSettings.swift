import ConveneImport
import ConveneMatch
import GRDB

extension SQLiteTransaction: SettingsStorage {
    /// The one `match_settings` row.
    func storedMatchSettings() throws -> (settings: MatchSettings, estimatedFrom: Int)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT json, estimated_from FROM match_settings WHERE id = 1") else { return nil }
        return (try Self.decode(MatchSettings.self, row["json"]), row["estimated_from"])
    }

    /// Upserts the one `match_settings` row, stamped with the time.
    func saveMatchSettings(_ settings: MatchSettings, estimatedFrom: Int) throws {
        try db.executeCached(sql: """
            INSERT INTO match_settings(id, json, estimated_from, updated_at) VALUES (1, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET json = excluded.json, estimated_from = excluded.estimated_from,
              updated_at = excluded.updated_at
            """, arguments: [try Self.json(settings), estimatedFrom, Timestamp.now()])
    }

    /// Every `source_mapping` row, keyed by the headers it stores.
    func rememberedMappings() throws -> [HeaderSignature: RememberedMapping] {
        var out: [HeaderSignature: RememberedMapping] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT headers_json, mapping_json, mapping_name FROM source_mapping") {
            let signature = HeaderSignature(keys: try Self.decode([String].self, row["headers_json"]))
            out[signature] = RememberedMapping(signature: signature, mapping: try Self.decode(MappingFile.self, row["mapping_json"]),
                                               name: row["mapping_name"])
        }
        return out
    }

    /// Upserts the `source_mapping` row of the shape, stamped with the time.
    func remember(_ mapping: RememberedMapping, fromFile file: Int64) throws {
        try db.executeCached(sql: """
            INSERT INTO source_mapping(signature, headers_json, mapping_json, mapping_name, source_file_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(signature) DO UPDATE SET headers_json = excluded.headers_json, mapping_json = excluded.mapping_json,
              mapping_name = excluded.mapping_name, source_file_id = excluded.source_file_id, updated_at = excluded.updated_at
            """, arguments: [Self.signatureDigest(mapping.signature), try Self.json(mapping.signature.keys),
                             try Self.json(mapping.mapping), mapping.name, file, Timestamp.now()])
    }

    /// The table's key: SHA-256 of the normalized header row, one header per line.
    private static func signatureDigest(_ signature: HeaderSignature) -> String {
        SHA256.hexDigest(of: Array(signature.text.utf8))
    }
}
