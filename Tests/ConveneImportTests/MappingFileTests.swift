import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Mapping files: every problem reported with its line and what was expected; the inferred mapping written as
/// YAML reads back to the same mapping, whatever the headers hold.
final class MappingFileTests: XCTestCase {
    private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (line: Int, reason: String)? {
        do {
            _ = try MappingFile.parse(text, file: "m.yaml")
            XCTFail("accepted:\n\(text)", file: file, line: line)
            return nil
        } catch {
            guard case .badMappingFile(let name, let at, let reason) = error else {
                XCTFail("\(error)", file: file, line: line)
                return nil
            }
            XCTAssertEqual(name, "m.yaml", file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix("m.yaml:\(at ?? 1): bad mapping file: "), error.description, file: file, line: line)
            return (at ?? 1, reason)
        }
    }

    func testEveryBadEntryIsReportedWithItsLine() throws {
        let p = try XCTUnwrap(problem("# partners\ncolumns:\n  Email: e-mail\n  Company: organization\n  Cell: phon\nsource: fax\nextra: 1\n"))
        XCTAssertEqual(p.line, 3, "the first problem's line leads")
        XCTAssertTrue(p.reason.hasPrefix(#"column "Email": expected a field, found "e-mail" (did you mean "email"?)"#), p.reason)
        XCTAssertTrue(p.reason.contains(#"line 5: column "Cell": expected a field, found "phon" (did you mean "phone"?)"#), p.reason)
        XCTAssertTrue(p.reason.contains(#"line 6: `source`: expected one of teams, zoom"#) && p.reason.contains(#"found "fax""#), p.reason)
        XCTAssertTrue(p.reason.contains(#"line 7: expected `source` or `columns`, found "extra""#), p.reason)
        XCTAssertTrue(p.reason.contains("the fields are: name, honorific, first-name"), p.reason)
        XCTAssertFalse(p.reason.contains("Company"), "good entries are not problems")
    }

    func testShapeAndSyntaxProblems() throws {
        XCTAssertEqual(problem("columns:\n  Email: [email, phone]\n")?.reason.hasPrefix(#"column "Email": expected a field, found a list; the fields are: name, "#), true)
        XCTAssertEqual(problem("columns:\n  Email:\n")?.reason.hasPrefix(#"column "Email": expected a field, found nothing;"#), true)
        let twice = try XCTUnwrap(problem("columns:\n  Email: email\n  email : phone\n"))
        XCTAssertEqual(twice.line, 3)
        XCTAssertTrue(twice.reason.contains("expected each column once") && twice.reason.contains("line 2"), twice.reason)
        let list = try XCTUnwrap(problem("- Email\n- Phone\n"))
        XCTAssertTrue(list.reason.hasPrefix("expected `columns:`") && list.reason.hasSuffix("found a list"), list.reason)
        let syntax = try XCTUnwrap(problem("columns:\n  Email: email\n  Phone: [phone\n"))
        XCTAssertGreaterThanOrEqual(syntax.line, 3)
        XCTAssertTrue(syntax.reason.contains("expected a YAML map") && syntax.reason.contains("syntax error"), syntax.reason)
        XCTAssertTrue(problem("")?.reason.contains("found an empty file") == true)
        XCTAssertEqual(problem(#"{"columns": {"Email": "mail"}}"#)?.reason.contains(#"found "mail""#), true, "JSON too")
    }

    func testJSONByteOrderMarkAndNumericHeadersAreRead() throws {
        let json = try MappingFile.parse("\u{FEFF}{\n\t\"source\": \"sign-in\",\n\t\"columns\": {\"Column 3\": \"phone\", \"2024\": \"notes\"}\n}\n", file: "m.json")
        XCTAssertEqual(json, MappingFile(source: .signInSheet, columns: ["Column 3": .phone, "2024": .notes]))
        let yaml = try MappingFile.parse("columns:\n  2024: notes\n  Cell: PHONE\n", file: "m.yaml")
        XCTAssertEqual(yaml.columns, ["2024": .notes, "Cell": .phone], "a number is a header; field names ignore case")
        XCTAssertEqual(try MappingFile.parse("source: generic\ncolumns:\n", file: "m.yaml"), MappingFile(source: .generic))
    }

    /// Headers with YAML's special characters, a repeated header and an empty one: the written mapping reads
    /// back as the same mapping and maps every column as before.
    func testTheInferredMappingReadsBackAsTheSameMapping() throws {
        let headers = ["Name", "Email", "Notes: \"VIP\" # 1", "Email", "", "  - Cell", "'Employer'", "Column 2", "Fax"]
        let rows: [(line: Int, fields: [String])] = [(1, headers), (2, ["Ann Lee", "ann@x.example.com", "a", "ann@y.example.com", "b",
                                                                         "608-555-0101", "Acme", "c", "d"])]
        let first = try Importer.read(rows: rows, name: "odd.csv")
        let text = MappingFile.yaml(for: first)
        let mapping = try MappingFile.parse(text, file: "odd.yaml")
        XCTAssertEqual(mapping, MappingFile.inferred(from: first), text)
        XCTAssertEqual(mapping.columns["Column 4"], .email, "the repeated header is addressed by position")
        XCTAssertEqual(mapping.columns["Column 5"], .ignore, "so is the empty one")
        XCTAssertEqual(mapping.columns["Column 8"], .ignore, "a header that looks like another column's position")
        XCTAssertTrue(text.contains(#""Fax": ignore    # not recognized"#), text)
        var options = ImportOptions()
        options.mapping = mapping
        let again = try Importer.read(rows: rows, name: "odd.csv", options: options)
        XCTAssertEqual(again.columns.map(\.field), first.columns.map(\.field))
        XCTAssertEqual(Set(again.columns.map(\.reason)), ["mapping-file"])
        XCTAssertEqual(again.contacts, first.contacts)
    }

    func testAPositionWinsOverAHeader() throws {
        let rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email", "Email"]), (2, ["Ann Lee", "ann@x.example.com", "Acme"])]
        var options = ImportOptions()
        options.mapping = try MappingFile.parse("columns:\n  Email: email\n  Column 3: organization\n", file: "m.yaml")
        let r = try Importer.read(rows: rows, name: "two-emails.csv", options: options)
        XCTAssertEqual(r.columns.map(\.field), [.fullName, .email, .organization])
        XCTAssertEqual(r.contacts.first?.organization, "Acme")
    }
}
