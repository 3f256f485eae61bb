import ConveneTestSupport
import Foundation
import XCTest

/// One engine on every path: each hard case (ConveneMatchTests' `Fixtures/HardCases`, which `convene merge`
/// gets exactly right) also comes out of `convene import` into a new workspace as its expected people — the
/// import linking row by row, each row knowing how the rows after it use its email and phone.
final class HardCaseImportTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ConveneMatchTests/Fixtures/HardCases")

    /// `NAME.expected`: one person a line, record numbers separated by spaces, `#` comments.
    private func expected(_ name: String) throws -> [[Int]] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name + ".expected"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line -> [Int]? in
            let words = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].split(whereSeparator: \.isWhitespace)
            return words.isEmpty ? nil : words.compactMap { Int($0) }.sorted()
        }.sorted { $0[0] < $1[0] }
    }

    func testEveryHardCaseImportsAsItsExpectedPeople() throws {
        let binary = try ConveneRunner.locateBinary()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 11, "the hard cases are in \(Self.fixtures.path)")
        for name in names {
            let folder = try temporaryFolder(prefix: "convene-hard-\(name)")
            let convene = ConveneRunner(binary: binary, workspace: folder.url)
            try convene.ok(["init", "--name", name, "-q"])
            try convene.ok(["import", Self.fixtures.appendingPathComponent(name + ".csv").path, "-q"])
            var people: [[Int]] = []
            for person in try convene.people() {
                let id = try XCTUnwrap(person["id"] as? String)
                let detail = try XCTUnwrap(try convene.json(["person", id]) as? [String: Any])
                let records = try XCTUnwrap(detail["records"] as? [[String: Any]])
                people.append(records.compactMap { $0["record"] as? Int }.sorted())
            }
            XCTAssertEqual(people.sorted { $0[0] < $1[0] }, try expected(name), name)
        }
    }
}
