import ConveneModel
import ConveneSpreadsheet
import Foundation

/// The review sheet: one row per open pair, a Decision dropdown (Same / Not the same / Skip), both records
/// side by side and why the matcher was unsure. `convene review` writes it; `convene review --apply` reads it.
enum ReviewWorkbook {
    static let sheetName = "Review"
    static let header = ["Pair", "Decision", "Score", "Person A", "Name A", "Email A", "Phone A", "Organization A", "Source A",
                         "Person B", "Name B", "Email B", "Phone B", "Organization B", "Source B", "Why"]

    static func write(_ pairs: [ReviewPair], to url: URL) throws {
        let workbook = try Workbook(destination: url)
        let sheet = try workbook.addWorksheet(named: sheetName)
        try sheet.writeRow(header.map { .string($0) }, row: 0, format: .bold)
        func side(_ s: ReviewPair.Side) -> [CellValue] {
            let c = s.contact
            return [s.person?.rawValue ?? "", c?.name.displayName ?? "", c?.emails.joined(separator: "; ") ?? "",
                    c?.phones.joined(separator: "; ") ?? "", c?.organization ?? "", s.source.reference].map { .string($0) }
        }
        for (i, pair) in pairs.enumerated() {
            // Every text cell is written as a string, never a formula, whatever the source said.
            try sheet.writeRow([.number(Double(pair.pairID)), .string(""), .number((pair.score * 100).rounded() / 100)]
                               + side(pair.left) + side(pair.right) + [.string(pair.explanation)], row: i + 1)
        }
        var rule = DataValidation(.list(ReviewAnswer.allCases.map(\.rawValue)))
        rule.inputTitle = "Same person?"
        rule.inputMessage = "Same, Not the same, or Skip to decide later."
        rule.errorMessage = "Choose Same, Not the same or Skip."
        try sheet.addDataValidation(rule, to: CellRange(firstRow: 1, firstColumn: 1, lastRow: max(1, pairs.count), lastColumn: 1))
        try sheet.setColumnWidth(14, column: 1)
        try sheet.setColumnWidth(22, columns: 3...14)
        try sheet.setColumnWidth(60, column: 15)
        try sheet.freezePanes(rows: 1, columns: 2)
        try workbook.close()
    }

    /// The answers in a filled-in review sheet, by pair ID (nil: no decision yet).
    static func read(_ url: URL) throws -> [(pairID: Int64, answer: ReviewAnswer?)] {
        let name = url.lastPathComponent
        let sheet: XLSXSheet
        do {
            let reader = try XLSXReader(contentsOf: url)
            if let named = try? reader.sheet(named: sheetName) { sheet = named } else { sheet = try reader.firstVisibleWorksheet() }
        } catch {
            throw WorkspaceError.invalidRequest("\(url.path): cannot read the review workbook: \(error)")
        }
        guard let headerRow = sheet.rows.first else { throw WorkspaceError.invalidRequest("\(name): the review sheet is empty") }
        let texts = headerRow.texts.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let pairColumn = texts.firstIndex(of: "pair"), let decisionColumn = texts.firstIndex(of: "decision") else {
            throw WorkspaceError.invalidRequest("\(name):\(headerRow.number): expected the columns Pair and Decision in the header, found \(headerRow.texts.joined(separator: ", "))")
        }
        var answers: [(Int64, ReviewAnswer?)] = []
        for row in sheet.rows.dropFirst() where !row.isBlank {
            let pairText = row[column: pairColumn + 1].text.trimmingCharacters(in: .whitespaces)
            guard let pair = Int64(pairText) ?? Double(pairText).map({ Int64($0) }) else {
                throw WorkspaceError.invalidRequest("\(name):\(row.number): expected a pair number in column Pair, found \"\(pairText)\"")
            }
            let decision = row[column: decisionColumn + 1].text
            if decision.trimmingCharacters(in: .whitespaces).isEmpty { answers.append((pair, nil)); continue }
            guard let answer = ReviewAnswer(text: decision) else {
                throw WorkspaceError.invalidRequest("\(name):\(row.number): expected Same, Not the same or Skip in column Decision, found \"\(decision)\"")
            }
            answers.append((pair, answer))
        }
        return answers
    }
}

extension Workspace {
    /// Writes the open review pairs to an .xlsx with a Decision dropdown; returns how many pairs it holds.
    @discardableResult
    public func exportReview(to url: URL) throws -> Int {
        let pairs = try openReviewPairs()
        try ReviewWorkbook.write(pairs, to: url)
        return pairs.count
    }

    /// Reads a filled-in review sheet and applies its decisions in one transaction.
    public func applyReview(from url: URL) throws -> ReviewApplySummary {
        try applyReview(try ReviewWorkbook.read(url))
    }
}
