import Foundation
import XCTest

/// `convene inspect` end to end: the built binary on the fixtures (skipped, saying why, when the binary is not
/// built; in CI that is a failure).
final class InspectCommandTests: XCTestCase {
    private func inspect(_ arguments: [String]) throws -> ConveneCLI.Run {
        try ConveneCLI.inspect(arguments, in: Fixture.url("headerless.csv").deletingLastPathComponent())
    }

    func testJSONHasOneObjectPerFileWithTheDocumentedKeys() throws {
        let run = try inspect(["teams-attendance.csv", "zoom-participants-details.csv", "--json"])
        XCTAssertEqual(run.code, 0, run.stderr)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 2)
        for key in ["file", "encoding", "delimiter", "source", "records", "columns", "warnings"] {
            XCTAssertNotNil(array[0][key], key)
        }
        XCTAssertEqual(array[0]["file"] as? String, "teams-attendance.csv")
        XCTAssertEqual(array[0]["source"] as? String, "teams")
        XCTAssertEqual(array[0]["delimiter"] as? String, "\t")
        XCTAssertEqual(array[0]["records"] as? Int, 4)
        XCTAssertEqual(array[1]["records"] as? Int, 4)
        XCTAssertEqual(array[1]["headerLine"] as? Int, 4)
        let columns = try XCTUnwrap(array[1]["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.first?["header"] as? String, "Name (Original Name)")
        XCTAssertEqual(columns.first?["field"] as? String, "name")
        XCTAssertFalse(run.stdout.contains("chidi@"), "no contact details in the report")

        let workbook = try inspect(["signin-typed.xlsx", "--json"])
        let sheet = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(workbook.stdout.utf8)) as? [[String: Any]]).first
        XCTAssertTrue(sheet?["delimiter"] is NSNull, "the key is there, null for a workbook")
        XCTAssertEqual(sheet?["encoding"] as? String, "xlsx")
    }

    func testTextReport() throws {
        let run = try inspect(["linkedin-connections.csv"])
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("header:     line 4"), run.stdout)
        XCTAssertTrue(run.stdout.contains("source:     LinkedIn connections (linkedin)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("records:    2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Position") && run.stdout.contains("→ title"), run.stdout)
    }

    func testMappingFileOption() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("map.yaml")
        try Data("source: sign-in\ncolumns:\n  Employer: notes\n".utf8).write(to: good)
        let run = try inspect(["generic-synonyms.csv", "--mapping", good.path, "--json"])
        XCTAssertEqual(run.code, 0, run.stderr)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.first?["source"] as? String, "sign-in")
        let employer = (array.first?["columns"] as? [[String: Any]])?.first { $0["header"] as? String == "Employer" }
        XCTAssertEqual(employer?["field"] as? String, "notes")
        XCTAssertEqual(employer?["reason"] as? String, "mapping-file")

        let bad = dir.appendingPathComponent("bad.yaml")
        try Data("columns:\n  Employer: boss\n".utf8).write(to: bad)
        let refused = try inspect(["generic-synonyms.csv", "--mapping", bad.path])
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.stderr.contains("bad.yaml") && refused.stderr.contains("boss"), refused.stderr)
    }

    func testRefusedFileExitsOneWithOneLineNamingFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let broken = dir.appendingPathComponent("broken.csv")
        try Data("Name,Email\nAnn Lee,ann@example.com\n\"Bob Stone,bob@example.org\n".utf8).write(to: broken)
        let run = try inspect([broken.path, "headerless.csv"])
        XCTAssertEqual(run.code, 1)
        let lines = run.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, run.stderr)
        XCTAssertTrue(lines[0].contains("broken.csv:3:1:"), run.stderr)
        XCTAssertTrue(run.stdout.contains("headerless.csv"), "the other files are still inspected")
    }
}
