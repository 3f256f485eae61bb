import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// The hostile corpus (see ``HostileCorpus``) through the importer and through `convene inspect`.
final class HostileCorpusTests: XCTestCase {
    private func corpus() throws -> [HostileCorpus.Case] {
        HostileCorpus.cases(xlsx: try Data(contentsOf: Fixture.url("signin-typed.xlsx")))
    }

    func testEveryFileGetsItsVerdictFromTheImporter() throws {
        for c in try corpus() {
            switch c.verdict {
            case .refused(let line, let column, let mentions):
                do {
                    let r = try Importer.read(data: c.bytes, name: c.name)
                    XCTFail("\(c.name): imported \(r.recordCount) records, expected a refusal")
                } catch {
                    XCTAssertTrue(error.description.hasPrefix("\(c.name):\(line):\(column): expected "),
                                  "\(c.name): \(error.description)")
                    XCTAssertTrue(error.description.contains(mentions), "\(c.name): \(error.description)")
                    XCTAssertFalse(error.description.contains("\n"), "one line: \(error.description)")
                }
            case .imported(let records, let encoding, let warningLines):
                let r = try Importer.read(data: c.bytes, name: c.name)
                XCTAssertEqual(r.recordCount, records, c.name)
                XCTAssertEqual(r.encoding, encoding, c.name)
                XCTAssertEqual(r.warnings.map(\.line), warningLines.map { $0 }, "\(c.name): \(r.warnings)")
                XCTAssertTrue(r.warnings.allSatisfy { $0.file == c.name }, c.name)
                XCTAssertEqual(r.contacts.map(\.source.record), Array(1...records), "\(c.name): numbered 1…n")
                try check(c.name, r)
            }
        }
    }

    /// What each imported file must yield beyond its counts.
    private func check(_ name: String, _ r: ImportResult) throws {
        switch name {
        case "nul.csv":
            XCTAssertTrue(r.warnings[0].message.contains("NUL"), r.warnings[0].message)
            XCTAssertEqual(r.contacts[0].name.raw, "Ann\u{FFFD} Lee")
        case "cr-only.csv":
            XCTAssertEqual(r.contacts.map(\.emails), [["ann@example.com"], ["bob@example.org"]])
        case "ragged.csv":
            XCTAssertEqual(r.warnings.map(\.kind), ["raggedRow", "raggedRow"])
            XCTAssertEqual(r.contacts[1].source.raw["Column 4"], "extra", "the extra cell is kept")
        case "duplicate-headers.csv":
            XCTAssertEqual(r.contacts[0].emails, ["ann@example.com", "ann.lee@work.example"])
            XCTAssertEqual(r.contacts[0].phones, ["+16085550101", "+16085550199"])
            XCTAssertEqual(r.contacts[0].source.raw["Email (2)"], "ann.lee@work.example")
        case "windows-1252.csv":
            XCTAssertEqual(r.contacts[0].name.raw, "Renée Côté")
            XCTAssertEqual(r.contacts[0].organization, "Café “Bon” Ltd")
            XCTAssertEqual(r.contacts[0].notes, "“quoted” — dash")
        case "utf16le-no-bom.csv":
            XCTAssertEqual(r.delimiter, "\t")
            XCTAssertEqual(r.contacts.map(\.name.raw), ["Ann Lee", "Bob Stone"])
        case "utf16be-bom.csv":
            XCTAssertEqual(r.delimiter, "\t")
            XCTAssertEqual(r.contacts[1].name.raw, "Renée Côté")
        case "sep-line.csv":
            XCTAssertEqual(r.delimiter, ";")
            XCTAssertEqual(r.headerLine, 2)
            XCTAssertEqual(r.contacts[0].organization, "Acme, Inc.")
        case "8mb-field.csv":
            XCTAssertEqual(r.contacts[0].notes?.utf8.count, 8 << 20)
            XCTAssertEqual(r.contacts[1].source.line, 3)
        case "200000-columns.csv":
            XCTAssertEqual(r.warnings[0].kind, "raggedRow")
            XCTAssertEqual(r.contacts.map(\.emails), [["ann@example.com"], ["bob@example.org"]])
            XCTAssertEqual(r.contacts[0].source.raw["Column 200000"], "c200000")
        case "second-header.csv":
            XCTAssertEqual(r.contacts.map(\.source.line), [2, 5])
            XCTAssertTrue(r.warnings[0].message.contains("repeated header"), r.warnings[0].message)
        case "formulas.csv":
            // Kept as typed — never evaluated or stripped; the writers neutralize them on the way out.
            XCTAssertEqual(r.contacts[0].source.raw["Name"], "=HYPERLINK(\"http://evil.example\",\"click\")")
            XCTAssertEqual(r.contacts.map(\.organization), ["+1", "@SUM(A1:A2)"])
            XCTAssertEqual(r.contacts.map(\.notes), ["-2", "=1+1"])
        default:
            break
        }
    }

    func testInspectGivesEachFileItsVerdict() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = try corpus()
        for c in cases { try c.bytes.write(to: dir.appendingPathComponent(c.name)) }
        let run = try ConveneCLI.inspect(cases.map(\.name) + ["--json"], in: dir)
        XCTAssertEqual(run.code, 1, "some files are refused")
        let stderr = run.stderr.split(separator: "\n").map(String.init)
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        var refusedLines = 0
        for c in cases {
            switch c.verdict {
            case .refused(let line, let column, _):
                refusedLines += 1
                XCTAssertEqual(stderr.filter { $0.hasPrefix("convene: \(c.name):\(line):\(column): ") }.count, 1,
                               "\(c.name): \(run.stderr)")
                XCTAssertFalse(objects.contains { $0["file"] as? String == c.name }, "nothing imported from \(c.name)")
            case .imported(let records, let encoding, let warningLines):
                let o = try XCTUnwrap(objects.first { $0["file"] as? String == c.name }, c.name)
                for key in ["file", "encoding", "delimiter", "source", "records", "columns", "warnings"] {
                    XCTAssertTrue(o.keys.contains(key), "\(c.name): \(key)")
                }
                XCTAssertEqual(o["records"] as? Int, records, c.name)
                XCTAssertEqual(o["encoding"] as? String, encoding, c.name)
                let warnings = try XCTUnwrap(o["warnings"] as? [[String: Any]], c.name)
                XCTAssertEqual(warnings.map { $0["line"] as? Int }, warningLines.map { $0 }, c.name)
                XCTAssertTrue(warnings.allSatisfy { $0["file"] as? String == c.name }, c.name)
            }
        }
        XCTAssertEqual(stderr.count, refusedLines, "one stderr line per refused file: \(run.stderr)")
        XCTAssertFalse(run.stdout.contains("ann@example.com"), "no contact details in the report")
    }
}
