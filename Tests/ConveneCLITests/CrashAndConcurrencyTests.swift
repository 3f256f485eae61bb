import ConveneTestSupport
import Foundation
import XCTest

/// The workspace survives a killed import and refuses — cleanly — a second command while one is writing.
///
/// Both use the test-only hook CONVENE_TEST_PAUSE_AFTER_RECORDS, which makes `convene import` sleep inside its
/// transaction after that many records and say so on stderr.
final class CrashAndConcurrencyTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-crash")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Crash test partnership"])
        try Inputs.write(Inputs.acmeContacts, to: folder.file("acme.csv"))
        try convene.ok(["import", "acme.csv"])
        try Inputs.write(Inputs.bigList(200, domain: "big.example.com"), to: folder.file("big.csv"))
        try Inputs.write(Inputs.chamberContacts, to: folder.file("chamber.csv"))
    }

    /// Starts `convene import big.csv` paused mid-transaction; returns once it has said it is paused.
    private func startPausedImport(seconds: Int) throws -> Process {
        let (process, _, err) = try convene.start(["import", "big.csv"], environment: [
            "CONVENE_TEST_PAUSE_AFTER_RECORDS": "100", "CONVENE_TEST_PAUSE_SECONDS": String(seconds)])
        var said = Data()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
            if String(decoding: said, as: UTF8.self).contains("test pause") { return process }
        }
        // Stopped and reaped before the test fails, so no paused import outlives it (holding the workspace).
        process.terminate()
        process.waitUntilExit()
        XCTFail("the import never paused: \(String(decoding: said, as: UTF8.self))")
        throw XCTSkip("no pause")
    }

    /// Everything a user can see of the workspace.
    private func state() throws -> String {
        try ["people", "orgs", "meetings"].map { try convene.ok([$0, "--json"]) }.joined(separator: "\n")
    }

    func testImportKilledHalfwayLeavesWorkspaceExactlyAsBefore() throws {
        let before = try state()
        let process = try startPausedImport(seconds: 60)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        XCTAssertEqual(try state(), before, "the half-done import left nothing behind")
        // The killed file was not recorded as imported: importing it again does the whole job.
        let again = try convene.ok(["import", "big.csv"])
        XCTAssertTrue(again.contains("200 records read, 200 new people"), again)
        // 203 records, the first time the workspace holds 200: the import matched them all at once, and said so.
        XCTAssertTrue(again.contains("The workspace now holds enough records to estimate the model from, so all 203 records "
                                     + "(3 stored, 200 new) were matched again at once"), again)
        XCTAssertTrue(again.contains("0 people merged into an older ID, 0 split."), again)
        XCTAssertEqual(try convene.people().count, 203)
    }

    func testSecondCommandWaitsThenFailsClearlyWhileOneIsWriting() throws {
        let process = try startPausedImport(seconds: 8)
        let started = Date()
        let second = try convene.run(["import", "chamber.csv"])
        let waited = Date().timeIntervalSince(started)
        XCTAssertEqual(second.code, 3, second.stderr)
        XCTAssertTrue(second.stderr.contains("busy"), second.stderr)
        XCTAssertGreaterThanOrEqual(waited, 2, "it waits briefly before giving up")
        // Reading is not blocked by a writer.
        XCTAssertEqual(try convene.people().count, 3)

        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "the first import completes")
        XCTAssertEqual(try convene.people().count, 203)
        // Now the second one goes through.
        try convene.ok(["import", "chamber.csv"])
        XCTAssertGreaterThan(try convene.people().count, 203)
    }
}
