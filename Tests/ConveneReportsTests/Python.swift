import ConveneTestSupport
import Foundation
import XCTest

/// Runs a Python script with openpyxl — an independent reader and editor of our workbooks. When python3 or
/// openpyxl is missing the test skips, saying so; in CI (`CI=true`) it fails, since `make test` installs
/// openpyxl (`make pydeps`) and a skipped check would pass having checked nothing.
enum Python {
    private static func cannotRun(_ reason: String) -> any Error { CheckCannotRun.inCI(reason) ?? XCTSkip(reason) }

    static func run(_ script: String, arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw cannotRun("python3 could not be started: \(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: errors, as: UTF8.self)
        if process.terminationStatus != 0 {
            if process.terminationStatus == 127 { throw cannotRun("python3 is not installed") }
            if errorText.contains("No module named 'openpyxl'") {
                throw cannotRun("openpyxl is not installed (make pydeps)")
            }
            XCTFail("python failed (\(process.terminationStatus)):\n\(errorText)", file: file, line: line)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
