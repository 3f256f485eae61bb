import ConveneTestSupport
import Foundation
import XCTest

extension XCTestCase {
    /// A fresh folder under the system temporary directory, removed when the current test ends.
    ///
    /// XCTest keeps every test-case object alive until the process exits, and a process exit runs no `deinit`,
    /// so a ``TemporaryDirectory`` held in a test case's property would be left behind in `/tmp` by every test
    /// of every run. The removal is registered as a teardown block instead.
    ///
    /// ```swift
    /// override func setUpWithError() throws {
    ///     folder = try temporaryFolder(prefix: "convene-merge")
    /// }
    /// ```
    func temporaryFolder(prefix: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: prefix)
        let url = folder.url
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return folder
    }
}
