import Foundation

/// When something happened, as the workspace records it: ISO 8601 in UTC (`2026-11-02T14:03:00Z`) — when a file
/// was imported, a decision made, a rebuild run.
enum Timestamp {
    /// The time now.
    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
