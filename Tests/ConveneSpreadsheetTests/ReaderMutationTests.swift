import ConveneTestSupport
import Foundation
import XCTest
import ZIPFoundation
@testable import ConveneSpreadsheet

/// Damages the XML of a real workbook in many small seeded ways: the reader must either read the result or
/// throw a ``SpreadsheetReadError`` — a crash here takes the whole test process down, which is the failure.
final class ReaderMutationTests: XCTestCase {
    func testMutatedWorkbooksReadOrFailCleanly() throws {
        let url = try ReaderFixtureTests.fixture("libreoffice-features")
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        let targets = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
                       "xl/tables/table1.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels"]
        let noise = Array("<>/=\"'&;:$#-. 0123456789AZaz_xEe".utf8)
        // READER_MUTATIONS=5000 READER_SEED=7 swift test --filter ReaderMutation searches longer (by hand, not in CI).
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["READER_MUTATIONS"].flatMap { Int($0) } ?? 150
        var random = SplitMix64(seed: environment["READER_SEED"].flatMap { UInt64($0) } ?? 2026)
        var read = 0
        var refused = 0
        for _ in 0..<iterations {
            let target = targets[Int(random.next() % UInt64(targets.count))]
            var bytes = [UInt8](parts[target]!)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[position] = noise[Int(random.next() % UInt64(noise.count))]
                case 1: bytes.removeSubrange(position..<min(bytes.count, position + Int(random.next() % 40)))
                default:
                    let length = min(bytes.count - position, Int(random.next() % 60))
                    bytes.insert(contentsOf: bytes[position..<position + length], at: position)
                }
                if bytes.isEmpty { bytes = [UInt8]("<x/>".utf8) }
            }
            var mutated = parts
            mutated[target] = Data(bytes)
            let package = try ReaderTestPackage.zip(mutated)
            do {
                let reader = try XLSXReader(data: package, name: "mutated.xlsx")
                for sheet in try reader.allWorksheets() {
                    _ = sheet.rows.map(\.texts)
                    _ = sheet.usedRange
                    _ = sheet.tables.map(\.dataRange)
                }
                read += 1
            } catch is SpreadsheetReadError {
                refused += 1
            }
        }
        XCTAssertEqual(read + refused, iterations)
        XCTAssertGreaterThan(refused, 10, "mutations should break some files")
        XCTAssertGreaterThan(read, 10, "small mutations should leave some files readable")
    }
}
