import ConveneTestSupport
import Foundation
import XCTest

/// Runs the real `convene` binary. It is found through `CONVENE_BIN`, else next to the test bundle (the
/// build products folder of whatever scratch path built the tests), else in `.build/debug` of this package.
struct ConveneRunner {
    struct Output {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    let binary: URL
    let workspace: URL

    static func locateBinary() throws -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CONVENE_BIN"] { candidates.append(URL(fileURLWithPath: env)) }
        // Linux: the .xctest is an executable in the products folder; macOS: a bundle in it.
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("convene"))
            folder = folder.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("convene"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/convene"))
        guard let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) else {
            let reason = "the convene binary was not found (build it with `swift build`, or set CONVENE_BIN); looked in \(candidates.map(\.path))"
            throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason)
        }
        return found
    }

    /// Starts `convene ARGS` in the workspace folder without waiting.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = workspace
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `convene ARGS` in the workspace folder and waits for it.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let (process, out, err) = try start(arguments, environment: environment)
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a command that must succeed, failing the test with its stderr otherwise.
    @discardableResult
    func ok(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let output = try run(arguments)
        XCTAssertEqual(output.code, 0, "convene \(arguments.joined(separator: " ")): \(output.stderr)", file: file, line: line)
        return output.stdout
    }

    /// Runs a `--json` command and decodes its output.
    func json(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        let text = try ok(arguments + ["--json"], file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func people() throws -> [[String: Any]] { try json(["people"]) as? [[String: Any]] ?? [] }
    func meetings() throws -> [[String: Any]] { try json(["meetings"]) as? [[String: Any]] ?? [] }
}
