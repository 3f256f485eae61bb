import ConveneModel

/// The action plan: action items, by ID.
protocol ActionItemStorage {
    /// Stores an action item, replacing the one with its ID.
    func saveActionItem(_ item: ActionItem) throws
    /// Deletes every action item.
    func deleteActionItems() throws
    /// Every action item, by ID.
    func actionItems() throws -> [ActionItem]
}
