import Foundation

/// Shared helpers for Convene's test targets.
public enum ConveneTestSupport {}

/// A fresh folder under the system temporary directory, removed when the value is released.
///
/// ```swift
/// let folder = try TemporaryDirectory()
/// let file = folder.url.appendingPathComponent("out.xlsx")
/// ```
public final class TemporaryDirectory {
    public let url: URL

    public init(prefix: String = "convene-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder (not created).
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The names of the entries in the folder, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
