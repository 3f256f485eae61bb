import ConveneModel
import Foundation

/// A partnership's history: one SQLite database (`convene.sqlite`) and one settings file (`convene.json`) in a
/// folder. Every method that changes the workspace runs in one transaction: it completes or changes nothing.
///
/// ```swift
/// let ws = try Workspace(create: folder, settings: PartnershipSettings(name: "Advanced Manufacturing"))
/// let later = try Workspace.open(at: folder)
/// let snapshot = try later.snapshot()
/// ```
///
/// Journal: SQLite's rollback journal (not WAL), with `synchronous = FULL`. A workspace is a folder people copy,
/// sync and mail around; at rest it is one self-contained file (WAL keeps `-wal`/`-shm` companions and needs
/// shared memory, which network and sync folders do not always give). Commands run one at a time, so WAL's
/// readers-during-writes buys nothing here. A process killed mid-transaction leaves a hot journal that the next
/// opener rolls back, so the file is exactly as before.
///
/// Concurrency: writes start with `BEGIN IMMEDIATE`; a second writer waits up to `busyTimeout` seconds for the
/// lock and then fails with ``WorkspaceError/busy(path:seconds:)``.
public final class Workspace: Sendable {
    /// The database file's name inside the workspace folder.
    public static let databaseFileName = "convene.sqlite"
    /// The settings file's name inside the workspace folder.
    public static let settingsFileName = "convene.json"
    /// The newest schema this build knows.
    public static var schemaVersion: Int { SQLiteStorage.schemaVersion }

    /// The workspace folder.
    public let folder: URL
    /// The partnership's settings, as read from the settings file when the workspace was opened.
    public let settings: PartnershipSettings
    /// Where the history is kept (``SQLiteStorage``, in the database file). Every command runs in one of its
    /// transactions: ``Storage/write(_:)`` to change the workspace, ``Storage/read(_:)`` to look.
    let storage: any Storage

    /// Creates a new workspace in `folder` (created if missing). Refuses a folder that already holds one.
    ///
    /// ```swift
    /// let workspace = try Workspace(create: URL(fileURLWithPath: "tcamp"),
    ///                               settings: PartnershipSettings(name: "Tri-County Advanced Manufacturing Partnership"))
    /// ```
    public convenience init(create folder: URL, settings: PartnershipSettings, busyTimeout: Double = 3) throws {
        let fm = FileManager.default
        let dbURL = folder.appendingPathComponent(Self.databaseFileName)
        if fm.fileExists(atPath: dbURL.path) { throw WorkspaceError.alreadyExists(path: folder.path) }
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError.settings(path: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        try Self.writeSettings(settings, to: folder)
        try self.init(folder: folder, settings: settings, busyTimeout: busyTimeout)
    }

    /// Opens the workspace in `folder`, upgrading an older schema; refuses one written by a newer Convene.
    ///
    /// ```swift
    /// let workspace = try Workspace.open(at: URL(fileURLWithPath: "."))
    /// print(workspace.settings.name)
    /// ```
    public static func open(at folder: URL, busyTimeout: Double = 3) throws -> Workspace {
        let dbURL = folder.appendingPathComponent(databaseFileName)
        guard FileManager.default.fileExists(atPath: dbURL.path) else { throw WorkspaceError.notAWorkspace(path: folder.path) }
        let settings = try readSettings(in: folder)
        return try Workspace(folder: folder, settings: settings, busyTimeout: busyTimeout)
    }

    private init(folder: URL, settings: PartnershipSettings, busyTimeout: Double) throws {
        self.folder = folder
        self.settings = settings
        storage = try SQLiteStorage(path: folder.appendingPathComponent(Self.databaseFileName).path, busyTimeout: busyTimeout)
    }

    // MARK: Settings file

    static func writeSettings(_ settings: PartnershipSettings, to folder: URL) throws {
        let url = folder.appendingPathComponent(settingsFileName)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(settings).write(to: url, options: .atomic)
        } catch {
            throw WorkspaceError.settings(path: url.path, reason: error.localizedDescription)
        }
    }

    static func readSettings(in folder: URL) throws -> PartnershipSettings {
        let url = folder.appendingPathComponent(settingsFileName)
        do {
            return try JSONDecoder().decode(PartnershipSettings.self, from: Data(contentsOf: url))
        } catch {
            throw WorkspaceError.settings(path: url.path, reason: "cannot read it (\(error))")
        }
    }
}
