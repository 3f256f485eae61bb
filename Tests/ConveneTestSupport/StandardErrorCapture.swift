import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with file descriptor 2 redirected to a temporary file and returns what was written there —
/// how tests prove a C library printed nothing (libxlsxwriter writes its `[WARNING]` lines straight to fd 2).
///
/// ```swift
/// let printed = try captureStandardError { try workbook.close() }
/// XCTAssertEqual(printed, "")
/// ```
/// Not for concurrent use: fd 2 is process-wide.
public func captureStandardError(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)").path
    let capture = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o600)
    guard capture >= 0 else { throw CocoaError(.fileWriteUnknown) }
    fflush(nil)
    let saved = dup(2)
    dup2(capture, 2)
    close(capture)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        try body()
    } catch {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        throw error
    }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}
