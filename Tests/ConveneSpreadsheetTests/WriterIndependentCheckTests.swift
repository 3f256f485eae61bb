import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// A workbook using every feature a tracker needs must open cleanly in another implementation (openpyxl),
/// which must find each feature in it. When python3 with openpyxl is not installed the tests skip, saying so;
/// in CI (`CI=true`) they fail, since `make test` installs it through `make pydeps`.
final class WriterIndependentCheckTests: XCTestCase {
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a command, returning its exit status and combined output.
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = Self.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func requireOpenpyxl() throws {
        let probe = try? run(["python3", "-c", "import openpyxl"])
        guard probe?.status == 0 else {
            let reason = "python3 with openpyxl is not available (run `make pydeps`)"
            throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason)
        }
    }

    /// The features of a partnership tracker, on two sheets plus a list sheet.
    static func writeFeatureCompleteWorkbook(to url: URL) throws {
        let workbook = try Workbook(destination: url)
        workbook.properties = DocumentProperties(title: "Partnership tracker", author: "Convene")
        let people = try workbook.addWorksheet(named: "People")
        let lists = try workbook.addWorksheet(named: "Lists")
        let summary = try workbook.addWorksheet(named: "Summary & Charts")

        let organizations = ["North Works", "South Guild", "East Forum", "West Alliance"]
        for (row, org) in organizations.enumerated() { try lists.writeString(org, row: row + 1, column: 0) }
        try lists.writeString("Organization", row: 0, column: 0, format: .header)
        try workbook.defineName("Organizations", refersTo: "=Lists!$A$2:$A$5")

        try people.merge(try CellRange(a1: "A1:F1"), text: "Spring convening — contacts", format: .bold.with { $0.fontSize = 14 })
        let rows: [(String, String, String, Double, ExcelDateTime)] = [
            ("Ada Lovelace", "ada@example.org", "North Works", 3, ExcelDateTime(year: 2026, month: 3, day: 14)),
            ("=Not A Formula", "grace@example.com", "South Guild", 1, ExcelDateTime(year: 2026, month: 4, day: 2)),
            ("Katherine Johnson", "kj@example.net", "East Forum", 4, ExcelDateTime(year: 2026, month: 4, day: 20)),
        ]
        for (index, row) in rows.enumerated() {
            let r = index + 2
            try people.writeString(row.0, row: r, column: 0)
            try people.writeURL("mailto:" + row.1, text: row.1, row: r, column: 1)
            try people.writeString(row.2, row: r, column: 2, format: Format().unlocked())
            try people.writeNumber(row.3, row: r, column: 3, format: .integer)
            try people.writeDate(row.4, row: r, column: 4, format: Format.date.unlocked())
            try people.writeString("Yes", row: r, column: 5, format: Format().unlocked())
        }
        var table = Table(range: try CellRange(a1: "A2:F6"), name: "Contacts", columns: [
            TableColumn("Name"), TableColumn("Email"), TableColumn("Organization"),
            TableColumn("Meetings", total: .sum, format: .integer), TableColumn("Last seen", format: .date),
            TableColumn("Active", totalLabel: "Total"),
        ])
        table.hasTotalRow = true
        table.style = .medium(2)
        try people.addTable(table)
        try people.addDataValidation(DataValidation(.list(["Yes", "No", "Maybe"])), to: try CellRange(a1: "F3:F5"))
        try people.addDataValidation(DataValidation(.listFormula("=Organizations")), to: try CellRange(a1: "C3:C5"))
        let quiet = Format().with { $0.fillColor = .badFill; $0.fontColor = .badText }
        try people.addConditionalFormat(ConditionalFormat(.cellValue(.lessThan(2), format: quiet)), to: try CellRange(a1: "D3:D5"))
        try people.addConditionalFormat(ConditionalFormat(.dataBar(color: .navy)), to: try CellRange(a1: "D3:D5"))
        try people.addConditionalFormat(ConditionalFormat(.timePeriod(.lastMonth, format: quiet)), to: try CellRange(a1: "E3:E5"))
        try people.addConditionalFormat(ConditionalFormat(.formula("=$F3=\"No\"", format: quiet)), to: try CellRange(a1: "A3:F5"))
        try people.addNote("Merged from two sign-in sheets", row: 2, column: 0, author: "Convene")
        try people.freezePanes(rows: 2, columns: 1)
        try people.autofitColumns()
        var page = PageSetup()
        page.orientation = .landscape
        page.fitToWidth = true
        page.repeatedRows = 1...1
        page.footer = "&RPage &P of &N"
        try people.setPageSetup(page)
        try people.protect(allowing: SheetProtection().with(sort: true))

        var chart = Chart(.column, title: "Meetings attended")
        chart.series = [ChartSeries(name: "Meetings",
                                    categories: SheetRange(sheet: "People", range: try CellRange(a1: "A3:A5")),
                                    values: SheetRange(sheet: "People", range: try CellRange(a1: "D3:D5")))]
        chart.categoryAxisTitle = "Person"
        chart.valueAxisTitle = "Meetings"
        try summary.writeString("Attendance", row: 0, column: 0, format: .header)
        try summary.insertChart(chart, row: 1, column: 0)
        var pie = Chart(.pie, title: "Share of meetings")
        pie.series = chart.series
        try summary.insertChart(pie, row: 1, column: 8)
        try people.activate()
        try workbook.close()
    }

    func testOpenpyxlFindsEveryFeature() throws {
        try requireOpenpyxl()
        let folder = try TemporaryDirectory()
        let url = folder.file("feature-complete.xlsx")
        try Self.writeFeatureCompleteWorkbook(to: url)
        let result = try run(["python3", "Scripts/verify_workbook.py", "--require", "all", url.path])
        XCTAssertEqual(result.status, 0, result.output)
        for feature in ["table×1", "validation×2", "conditional×4", "chart×2", "freeze×1", "merge×1", "comment×1",
                        "hyperlink×3", "protection×1"] {
            XCTAssertTrue(result.output.contains(feature), "expected \(feature) in:\n\(result.output)")
        }
    }

    func testTheCheckerRejectsAWorkbookLackingAFeatureAndANonWorkbook() throws {
        try requireOpenpyxl()
        let folder = try TemporaryDirectory()
        let plain = folder.file("plain.xlsx")
        let workbook = try Workbook(destination: plain)
        try workbook.addWorksheet(named: "Data").writeString("just text", row: 0, column: 0)
        try workbook.close()
        let lacking = try run(["python3", "Scripts/verify_workbook.py", "--require", "chart", plain.path])
        XCTAssertEqual(lacking.status, 1, lacking.output)
        XCTAssertTrue(lacking.output.contains("required feature 'chart' not found"), lacking.output)

        let fake = folder.file("fake.xlsx")
        try Data("name,email\n".utf8).write(to: fake)
        let bogus = try run(["python3", "Scripts/verify_workbook.py", fake.path])
        XCTAssertEqual(bogus.status, 1, bogus.output)
        XCTAssertTrue(bogus.output.contains("not a zip"), bogus.output)

        // The shell runner checks a file or a folder, and fails a workbook that fails.
        let runner = try run(["bash", "Scripts/check-workbooks.sh", plain.path])
        XCTAssertEqual(runner.status, 0, runner.output)
        XCTAssertTrue(runner.output.contains("ok  \(plain.path)"), runner.output)
        let failing = try run(["bash", "Scripts/check-workbooks.sh", folder.url.path])
        XCTAssertEqual(failing.status, 1, failing.output)
        XCTAssertTrue(failing.output.contains("FAIL  \(fake.path)"), failing.output)
    }

    /// A check that checked nothing must not pass: no workbook to check, or no openpyxl to check it with.
    func testTheShellRunnerFailsWhenItCannotCheck() throws {
        let empty = try TemporaryDirectory()
        let nothing = try run(["bash", "Scripts/check-workbooks.sh", empty.url.path])
        XCTAssertEqual(nothing.status, 2, nothing.output)
        XCTAssertTrue(nothing.output.contains("FAILED, no workbooks found"), nothing.output)

        // A python3 without openpyxl, first on PATH (it answers every script as a bare python3 would).
        let bin = try TemporaryDirectory()
        let fakePython = bin.file("python3")
        try Data("#!/bin/sh\necho \"ModuleNotFoundError: No module named 'openpyxl'\" >&2\nexit 1\n".utf8).write(to: fakePython)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fakePython.path)
        let workbook = empty.file("one.xlsx")
        try Self.writeFeatureCompleteWorkbook(to: workbook)
        let path = bin.url.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let missing = try run(["bash", "Scripts/check-workbooks.sh", workbook.path], environment: ["PATH": path])
        XCTAssertEqual(missing.status, 2, missing.output)
        XCTAssertTrue(missing.output.contains("FAILED, python3 with openpyxl is not available"), missing.output)
    }
}

private extension SheetProtection {
    func with(sort: Bool) -> SheetProtection {
        var copy = self
        copy.sort = sort
        return copy
    }
}
