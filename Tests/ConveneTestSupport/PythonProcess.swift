import Foundation

/// Runs `python3 -c SCRIPT ARGUMENTS…` — the independent reader and editor of our workbooks (openpyxl) — and says
/// whether Python could run it at all. The test targets' own wrappers turn "cannot run" into a skip, or a
/// failure in CI (``CheckCannotRun``); this target does not import XCTest.
///
/// ```swift
/// let run = PythonProcess.run("import openpyxl; print(openpyxl.__version__)")
/// if let reason = run.cannotRun { print("skipped:", reason) } else { print(run.output) }
/// ```
public struct PythonProcess: Sendable {
    /// The exit status (127: no python3).
    public var status: Int32
    /// What the script printed.
    public var output: String
    /// What it wrote to standard error.
    public var errors: String
    /// Why the check cannot run — no python3, or no openpyxl — or nil when it ran (successfully or not).
    public var cannotRun: String?

    /// Runs the script to completion.
    public static func run(_ script: String, arguments: [String] = []) -> PythonProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            return PythonProcess(status: 127, output: "", errors: "\(error)", cannotRun: "python3 could not be started: \(error)")
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var cannotRun: String?
        if process.terminationStatus == 127 { cannotRun = "python3 is not installed" }
        else if errors.contains("No module named 'openpyxl'") { cannotRun = "openpyxl is not installed (make pydeps)" }
        return PythonProcess(status: process.terminationStatus, output: output, errors: errors, cannotRun: cannotRun)
    }
}
