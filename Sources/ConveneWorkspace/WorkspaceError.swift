import Foundation

/// What can go wrong with a workspace, each case saying where and what.
///
/// ```swift
/// do {
///     _ = try Workspace.open(at: URL(fileURLWithPath: "Downloads"))
/// } catch let error as WorkspaceError {
///     print(error)   // one line saying where and what, e.g. for .notAWorkspace(path:)
/// }
/// ```
public enum WorkspaceError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No workspace at the folder (no `convene.sqlite` / `convene.json`).
    case notAWorkspace(path: String)
    /// `init` on a folder that already holds a workspace.
    case alreadyExists(path: String)
    /// The database was written by a newer Convene whose schema this tool does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// Another command holds the workspace and did not finish within the busy timeout.
    case busy(path: String, seconds: Double)
    /// The settings file could not be read or written.
    case settings(path: String, reason: String)
    /// The database refused an operation (disk full, corrupt file, …).
    case database(path: String, reason: String)
    /// A person, organization or meeting named by the user does not exist.
    case notFound(kind: String, id: String)
    /// The user asked for something the workspace cannot do (e.g. merge a person with itself).
    case invalidRequest(String)

    /// One line for the user, naming the path, ID or problem.
    public var description: String {
        switch self {
        case .notAWorkspace(let path):
            "\(path): not a Convene workspace (no convene.sqlite); run `convene init` there or pass -w DIR"
        case .alreadyExists(let path):
            "\(path): a Convene workspace already exists here"
        case .newerSchema(let path, let found, let known):
            "\(path): this workspace was written by a newer Convene (schema \(found)); this tool knows up to \(known). Upgrade Convene to open it."
        case .busy(let path, let seconds):
            "\(path): the workspace is busy (another convene command is changing it); waited \(seconds) s — try again when it finishes"
        case .settings(let path, let reason):
            "\(path): settings file problem: \(reason)"
        case .database(let path, let reason):
            "\(path): database error: \(reason)"
        case .notFound(let kind, let id):
            "no \(kind) with ID \(id) in this workspace"
        case .invalidRequest(let message):
            message
        }
    }
}
