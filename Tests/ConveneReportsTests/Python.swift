import Foundation
import XCTest

/// Runs a Python script with openpyxl — an independent reader and editor of our workbooks. Skips the test
/// when python3 or openpyxl is missing (`make test` installs openpyxl).
enum Python {
    static func run(_ script: String, arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw XCTSkip("python3 not available: \(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: errors, as: UTF8.self)
        if process.terminationStatus != 0 {
            if errorText.contains("No module named 'openpyxl'") || process.terminationStatus == 127 {
                throw XCTSkip("openpyxl not installed (python3 -m pip install openpyxl)")
            }
            XCTFail("python failed (\(process.terminationStatus)):\n\(errorText)", file: file, line: line)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
