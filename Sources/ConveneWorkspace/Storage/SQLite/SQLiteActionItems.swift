import ConveneModel
import GRDB

extension SQLiteTransaction: ActionItemStorage {
    /// Upserts the `action_item` row: the item as JSON under its ID.
    func saveActionItem(_ item: ActionItem) throws {
        try db.executeCached(sql: "INSERT INTO action_item(id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json",
                       arguments: [item.id, try Self.json(item)])
    }

    /// Empties `action_item`.
    func deleteActionItems() throws {
        try db.executeCached(sql: "DELETE FROM action_item")
    }

    /// Every row's JSON, by ID.
    func actionItems() throws -> [ActionItem] {
        try String.fetchAll(db, sql: "SELECT json FROM action_item ORDER BY id").map { try Self.decode(ActionItem.self, $0) }
    }
}
