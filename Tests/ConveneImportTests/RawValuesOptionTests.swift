import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// `ImportOptions.keepsRawValues = false` (what `convene merge` and the match benchmark read with) drops only the
/// raw cell dictionaries: every normalized value, record number, line and warning stays as the default import.
final class RawValuesOptionTests: XCTestCase {
    private static var withoutRaw: ImportOptions {
        var options = ImportOptions()
        options.keepsRawValues = false
        return options
    }

    /// Fixtures covering people, Teams participation, action items, organizations and a workbook.
    func testOnlyRawValuesChangeAcrossSources() throws {
        for name in ["generic-synonyms.csv", "teams-attendance.csv", "zoom-participants.csv", "action-plan.csv",
                     "partners-orgs.csv", "signin-typed.xlsx", "headerless.csv"] {
            let full = try Fixture.read(name)
            let lean = try Fixture.read(name, options: Self.withoutRaw)
            assertOnlyRawDiffers(full, lean, name)
        }
    }

    /// Ragged rows (extra cells kept as "Column N" in the raw values), a repeated header and a title line:
    /// the warnings and record numbering must not depend on whether raw values are kept.
    func testWarningsAndRecordNumbersUnchangedOnAMessyFile() throws {
        let csv = """
        Name,Email,Company
        Ann Lee,ann@example.com,Lee Supply
        Name,Email,Company
        Bob Stone,bob@example.org,Stone Works,extra
        Section two
        Cy Park,cy@example.net
        """
        let full = try Importer.read(data: Data(csv.utf8), name: "messy.csv")
        let lean = try Importer.read(data: Data(csv.utf8), name: "messy.csv", options: Self.withoutRaw)
        XCTAssertEqual(full.contacts[1].source.raw["Column 4"], "extra", "the default keeps the extra cell")
        XCTAssertFalse(full.warnings.isEmpty, "the file is messy enough to warn")
        XCTAssertEqual(lean.warnings, full.warnings)
        XCTAssertEqual(lean.contacts.map(\.source.record), [1, 2, 3])
        XCTAssertEqual(lean.contacts.map(\.source.line), full.contacts.map(\.source.line))
        assertOnlyRawDiffers(full, lean, "messy.csv")
    }

    private func assertOnlyRawDiffers(_ full: ImportResult, _ lean: ImportResult, _ name: String,
                                      file: StaticString = #filePath, line: UInt = #line) {
        let records = full.contacts.count + full.organizations.count + full.actionItems.count
        XCTAssertGreaterThan(records, 0, "\(name) yields records", file: file, line: line)
        XCTAssertTrue(sources(full).contains { !$0.raw.isEmpty }, "\(name): the default keeps raw values",
                      file: file, line: line)
        XCTAssertTrue(sources(lean).allSatisfy { $0.raw.isEmpty }, "\(name): no raw values kept", file: file, line: line)
        XCTAssertEqual(sources(lean).map(\.reference), sources(full).map(\.reference), name, file: file, line: line)
        XCTAssertEqual(sources(lean).map(\.source), sources(full).map(\.source), name, file: file, line: line)
        XCTAssertEqual(lean.warnings, full.warnings, name, file: file, line: line)
        // Everything else, field by field: the default result with its raw values removed encodes the same.
        var stripped = full
        for i in stripped.contacts.indices { stripped.contacts[i].source.raw = [:] }
        for i in stripped.organizations.indices { stripped.organizations[i].source.raw = [:] }
        for i in stripped.actionItems.indices { stripped.actionItems[i].source.raw = [:] }
        for i in stripped.participations.indices { stripped.participations[i].participation.source.raw = [:] }
        XCTAssertEqual(try encoded(lean), try encoded(stripped), "\(name): only raw values differ", file: file, line: line)
    }

    private func sources(_ r: ImportResult) -> [SourceRecord] {
        r.contacts.map(\.source) + r.organizations.map(\.source) + r.actionItems.map(\.source)
            + r.participations.map(\.participation.source)
    }

    private func encoded(_ r: ImportResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(r), as: UTF8.self)
    }
}
