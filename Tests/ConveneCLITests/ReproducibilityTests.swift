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
        folder = try TemporaryDirectory(prefix: "convene-repro")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try writeLists()
    }

    /// Two lists of 700 and 560 rows over 500 people: nicknames, case and format changes, missing emails, shared
    /// household phones — enough records for the parameters to be estimated (training samples pairs).
    private func writeLists() throws {
        var state: UInt64 = 42
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let given = ["Robert", "Jennifer", "Michael", "Maria", "David", "Linda", "James", "Patricia", "William", "Susan"]
        let nick = ["Robert": "Bob", "Jennifer": "Jen", "Michael": "Mike", "David": "Dave", "James": "Jim", "William": "Bill"]
        let family = ["Smith", "Garcia", "Nguyen", "Okafor", "Lindqvist", "Brandt", "Moreau", "Kowalski", "Haddad", "Tanaka",
                      "Ferreira", "Novak", "Osei", "Castillo"]
        let orgs = ["Helix Controls", "Riverton Tool & Die", "North Valley Health", "Prairie Logistics", "Summit Plastics"]
        var people: [[String]] = []
        for i in 0..<500 {
            let g = given[next() % given.count], f = family[next() % family.count], o = orgs[next() % orgs.count]
            let phone = i > 0 && next() % 5 == 0 ? people[next() % people.count][3] : "608-555-\(1000 + i)"
            people.append([g, f, "\(g.lowercased()).\(f.lowercased())\(i)@example.com", phone, o])
        }
        for (name, share) in [("a.csv", 7), ("b.csv", 5)] {
            var lines = ["First Name,Last Name,Email,Phone,Company"]
            for p in people where next() % 10 < share || lines.count < 3 {
                var p = p
                switch next() % 5 {
                case 0: p[0] = nick[p[0]] ?? p[0]
                case 1: p[2] = ""
                case 2: p[2] = p[2].uppercased(); p[3] = "(608) " + p[3].dropFirst(4)
                default: break
                }
                lines.append(p.joined(separator: ","))
            }
            for k in 0..<200 { lines.append(lines[1 + k % (lines.count - 1)]) }   // repeats within the list
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.file(name))
        }
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
