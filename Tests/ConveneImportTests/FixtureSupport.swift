import ConveneImport
import ConveneModel
import ConveneTestSupport
import Foundation
import XCTest

/// Fixture files shipped with this test target (see Fixtures/README.md for where each layout came from).
enum Fixture {
    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("missing fixture \(name)")
        }
        return url
    }

    /// Reads a fixture, naming it as a user would ("teams-attendance.csv").
    static func read(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        var options = options
        options.displayName = name
        return try Importer.read(url: url(name), options: options)
    }
}

extension ImportResult {
    /// Field of the column with this header.
    func field(_ header: String) -> ColumnField? { columns.first { $0.header == header }?.field }

    func contact(email: String) -> ContactRecord? { contacts.first { $0.emails.contains(email) } }
}

/// The built `convene` binary, for end-to-end tests (CONVENE_BIN overrides). When it was not built the tests
/// skip, saying so — and fail in CI (`CI=true`).
enum ConveneCLI {
    struct Run { var code: Int32; var stdout: String; var stderr: String }

    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CONVENE_BIN"] { candidates.append(URL(fileURLWithPath: env)) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("convene"))
            folder = folder.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("convene"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            let reason = "the convene binary was not built (build it with `swift build --build-tests`, or set CONVENE_BIN); looked in \(candidates.map(\.path))"
            throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason)
        }
        return found
    }

    /// Runs `convene inspect ARGUMENTS` in `directory`.
    static func inspect(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["inspect"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read stderr on another thread so a full pipe cannot stall the child while stdout is drained.
        final class Box: @unchecked Sendable { var data = Data() }  // written once, read after group.wait()
        let stderrBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderrBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let stderr = stderrBox.data
        process.waitUntilExit()
        return Run(code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }
}
