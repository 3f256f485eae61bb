import ConveneModel
import Foundation

extension Workspace {
    /// Replaces the partnership's settings (the settings file, `convene.json`) with `settings` and returns them.
    ///
    /// ```swift
    /// var settings = workspace.settings
    /// settings.name = "Tri-County Advanced Manufacturing Partnership"
    /// try workspace.saveSettings(settings)
    /// try Workspace.open(at: workspace.folder).settings.name   // "Tri-County Advanced Manufacturing Partnership"
    /// ```
    /// This workspace value keeps the settings it was opened with (``settings`` is read once); the next one opened
    /// reads the new file. Nothing in the database changes: every list, meeting and decision stays as it was.
    /// - Throws: ``WorkspaceError/invalidRequest(_:)`` for an empty name; ``WorkspaceError/settings(path:reason:)``
    ///   when the file cannot be written.
    @discardableResult
    public func saveSettings(_ settings: PartnershipSettings) throws -> PartnershipSettings {
        var settings = settings
        settings.name = settings.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !settings.name.isEmpty else { throw WorkspaceError.invalidRequest("the partnership's name cannot be empty") }
        try Self.writeSettings(settings, to: folder)
        return settings
    }
}
