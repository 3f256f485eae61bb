import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// Same inputs and settings → byte-identical clusters and golden-record files and the same workbook cells, run
/// after run and with any number of threads (`CONVENE_THREADS` forces 1-, 2- and 7-way splits of every parallel
/// step, so chunk boundaries fall in different places each run).
final class ReproducibilityTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-repro")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try GeneratedLists.write(in: folder)
    }

    private struct Run: Equatable {
        var clusters: Data
        var golden: Data
        var cells: [[String]]
        var printed: String
    }

    private func run(threads: Int, tag: String) throws -> Run {
        let out = try convene.run(["merge", "a.csv", "b.csv", "-o", "\(tag).xlsx", "--csv", "\(tag).csv", "--clusters", "\(tag).c.csv"],
                                  environment: ["CONVENE_THREADS": String(threads)])
        XCTAssertEqual(out.code, 0, out.stderr)
        let workbook = try XLSXReader(contentsOf: folder.file("\(tag).xlsx"))
        let cells = try workbook.allWorksheets().flatMap { sheet in [[sheet.name]] + sheet.rows.map(\.texts) }
        return Run(clusters: try Data(contentsOf: folder.file("\(tag).c.csv")), golden: try Data(contentsOf: folder.file("\(tag).csv")),
                   cells: cells, printed: out.stdout)
    }

    func testMergeIsTheSameRunAfterRunAndWithAnyNumberOfThreads() throws {
        let first = try run(threads: 2, tag: "r1")
        XCTAssertTrue(first.printed.contains("parameters: estimated"), first.printed)
        XCTAssertGreaterThan(first.cells.count, 100)
        for (threads, tag) in [(2, "r2"), (1, "t1"), (7, "t7")] {
            let other = try run(threads: threads, tag: tag)
            XCTAssertEqual(other.clusters, first.clusters, "clusters CSV with \(threads) thread(s)")
            XCTAssertEqual(other.golden, first.golden, "golden-record CSV with \(threads) thread(s)")
            XCTAssertEqual(other.printed, first.printed, "summary with \(threads) thread(s)")
            if other.cells != first.cells {
                let i = zip(other.cells, first.cells).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(other.cells.count, first.cells.count)
                XCTFail("workbook differs with \(threads) thread(s) at row \(i): \(other.cells.dropFirst(i).first ?? []) vs \(first.cells.dropFirst(i).first ?? [])")
            }
        }
    }
}
