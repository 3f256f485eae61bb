import Foundation

/// A check that could not run because something it needs is missing (python3 with openpyxl, the built
/// `convene` binary, SampleData). In CI (`CI=true`, as `.ci/run` sets it) that is a failure: a skipped check
/// would pass having checked nothing. Elsewhere the test may skip, saying why.
///
/// ```swift
/// guard FileManager.default.isExecutableFile(atPath: path) else {
///     throw CheckCannotRun.inCI("the convene binary was not built") ?? XCTSkip("the convene binary was not built")
/// }
/// ```
/// (This target does not import XCTest — benchmarks link it — so the caller supplies the skip.)
public struct CheckCannotRun: Error, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { "CI=true: this check must run, but cannot: \(reason)" }

    /// True when running in CI (`CI` is `true` or `1`), where a check that cannot run must fail.
    public static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }

    /// The error to throw in CI, or nil where the caller may skip instead.
    public static func inCI(_ reason: String) -> (any Error)? { isCI ? CheckCannotRun(reason) : nil }
}
