import ConveneTestSupport
import Foundation
import XCTest

/// Runs a Python script with openpyxl — an independent reader and editor of our workbooks. When python3 or
/// openpyxl is missing the test skips, saying so; in CI (`CI=true`) it fails, since `make test` installs
/// openpyxl (`make pydeps`) and a skipped check would pass having checked nothing.
enum Python {
    private static func cannotRun(_ reason: String) -> any Error { CheckCannotRun.inCI(reason) ?? XCTSkip(reason) }

    static func run(_ script: String, arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = PythonProcess.run(script, arguments: arguments)
        if let reason = run.cannotRun { throw cannotRun(reason) }
        if run.status != 0 { XCTFail("python failed (\(run.status)):\n\(run.errors)", file: file, line: line) }
        return run.output
    }
}
