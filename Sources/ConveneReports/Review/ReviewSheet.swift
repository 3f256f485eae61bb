import ConveneModel
import ConveneSpreadsheet
import Foundation

/// The review sheet: one row per question, a Decision dropdown (Same / Not the same / Skip), both records side
/// by side and why the matcher was unsure. `convene review` writes it from the workspace's queue and reads it
/// back with ``read(_:)``.
///
/// ```swift
/// let rows = pairs.map { ReviewSheet.Row(pairID: $0.id, score: $0.p, left: a, right: b, why: $0.why) }
/// try ReviewSheet.write(rows, more: 1_240, to: URL(fileURLWithPath: "review.xlsx"))
/// let answers = try ReviewSheet.read(URL(fileURLWithPath: "review.xlsx"))   // [(pairID, .same?)]
/// ```
public enum ReviewSheet {
    /// One record of a question, as the sheet shows it.
    ///
    /// ```swift
    /// let left = ReviewSheet.Side(person: "P000004", name: "Bob Smith", email: "bob@okafor.com", phone: "",
    ///                             organization: "Okafor Tool & Die", source: "chamber.csv#12")
    /// ```
    public struct Side: Sendable, Hashable {
        /// The person ID the record belongs to now ("P000004").
        public var person: String
        /// The name as the record has it.
        public var name: String
        /// The email, "" when none.
        public var email: String
        /// The phone, "" when none.
        public var phone: String
        /// The organization, "" when none.
        public var organization: String
        /// Where the record came from ("rsvp.csv#12").
        public var source: String

        /// A side with the properties of the same names.
        ///
        /// ```swift
        /// let left = ReviewSheet.Side(person: "P000004", name: "Bob Smith", email: "bob@acme.example.com", phone: "",
        ///                             organization: "Acme Manufacturing", source: "chamber.csv#17")
        /// ```
        public init(person: String, name: String, email: String, phone: String, organization: String, source: String) {
            (self.person, self.name, self.email, self.phone, self.organization, self.source) = (person, name, email, phone, organization, source)
        }
    }

    /// One question: are these two records the same person?
    ///
    /// ```swift
    /// let row = ReviewSheet.Row(pairID: 17, score: 0.62, left: left, right: right,
    ///                           why: "name: nickname +3.1; email: different −2.4")
    /// ```
    public struct Row: Sendable, Hashable {
        /// The workspace's ID of the question, so an answer finds it again.
        public var pairID: Int64
        /// The engine's probability that they are one person.
        public var score: Double
        /// The first record ("A" columns).
        public var left: Side
        /// The second record ("B" columns).
        public var right: Side
        /// Which comparisons fired, with their weights.
        public var why: String

        /// A row with the properties of the same names.
        ///
        /// ```swift
        /// let row = ReviewSheet.Row(pairID: 7, score: 0.62, left: left, right: right, why: "same name, different email")
        /// ```
        public init(pairID: Int64, score: Double, left: Side, right: Side, why: String) {
            (self.pairID, self.score, self.left, self.right, self.why) = (pairID, score, left, right, why)
        }
    }

    /// A sheet that cannot be read as a review sheet: the file, the row and what was expected.
    ///
    /// ```swift
    /// do { _ = try ReviewSheet.read(url) } catch let error as ReviewSheet.ReadError { print(error) }
    /// ```
    public struct ReadError: Error, CustomStringConvertible {
        /// The message, naming the file, the row and what was expected.
        public var description: String
    }

    /// The name of the sheet written and read.
    public static let sheetName = "Review"
    /// The header row, in order.
    public static let header = ["Pair", "Decision", "Score", "Person A", "Name A", "Email A", "Phone A", "Organization A", "Source A",
                                "Person B", "Name B", "Email B", "Phone B", "Organization B", "Source B", "Why"]

    /// Writes `rows` (the top of the queue) and, when `more` questions were left out, a last line saying how many
    /// and how to see them all.
    ///
    /// ```swift
    /// try ReviewSheet.write(rows, more: 42, to: URL(fileURLWithPath: "review.xlsx"))   // last line: "… and 42 more question(s) …"
    /// ```
    public static func write(_ rows: [Row], more: Int = 0, to url: URL) throws {
        let workbook = try Workbook(destination: url)
        let sheet = try workbook.addWorksheet(named: sheetName)
        try sheet.writeRow(header.map { .string($0) }, row: 0, format: .bold)
        func side(_ s: Side) -> [CellValue] {
            [s.person, s.name, s.email, s.phone, s.organization, s.source].map { .string($0) }
        }
        for (i, pair) in rows.enumerated() {
            // Every text cell is written as a string, never a formula, whatever the source said.
            try sheet.writeRow([.number(Double(pair.pairID)), .string(""), .number((pair.score * 100).rounded() / 100)]
                               + side(pair.left) + side(pair.right) + [.string(pair.why)], row: i + 1)
        }
        if more > 0 {
            try sheet.writeString("… and \(more) more question(s), ranked lower: `convene review --all` writes them all",
                                  row: rows.count + 1, column: 3)
        }
        var rule = DataValidation(.list(ReviewAnswer.allCases.map(\.rawValue)))
        rule.inputTitle = "Same person?"
        rule.inputMessage = "Same, Not the same, or Skip to decide later."
        rule.errorMessage = "Choose Same, Not the same or Skip."
        try sheet.addDataValidation(rule, to: CellRange(firstRow: 1, firstColumn: 1, lastRow: max(1, rows.count), lastColumn: 1))
        try sheet.setColumnWidth(14, column: 1)
        try sheet.setColumnWidth(22, columns: 3...14)
        try sheet.setColumnWidth(60, column: 15)
        try sheet.freezePanes(rows: 1, columns: 2)
        try workbook.close()
    }

    /// The answers in a filled-in review sheet, by pair ID (nil: no decision yet). Rows without a pair number
    /// (the "… and N more" line) are not questions.
    ///
    /// ```swift
    /// let answers = try ReviewSheet.read(URL(fileURLWithPath: "review.xlsx"))
    /// let summary = try workspace.applyReview(answers)   // convene review --apply review.xlsx
    /// ```
    public static func read(_ url: URL) throws(ReadError) -> [(pairID: Int64, answer: ReviewAnswer?)] {
        let name = url.lastPathComponent
        let sheet: XLSXSheet
        do {
            let reader = try XLSXReader(contentsOf: url)
            if let named = try? reader.sheet(named: sheetName) { sheet = named } else { sheet = try reader.firstVisibleWorksheet() }
        } catch {
            throw ReadError(description: "\(url.path): cannot read the review workbook: \(error)")
        }
        guard let headerRow = sheet.rows.first else { throw ReadError(description: "\(name): the review sheet is empty") }
        let texts = headerRow.texts.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let pairColumn = texts.firstIndex(of: "pair"), let decisionColumn = texts.firstIndex(of: "decision") else {
            throw ReadError(description: "\(name):\(headerRow.number): expected the columns Pair and Decision in the header, found \(headerRow.texts.joined(separator: ", "))")
        }
        var answers: [(Int64, ReviewAnswer?)] = []
        for row in sheet.rows.dropFirst() where !row.isBlank {
            let pairText = row[column: pairColumn + 1].text.trimmingCharacters(in: .whitespaces)
            let decision = row[column: decisionColumn + 1].text
            if pairText.isEmpty && decision.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let pair = Int64(pairText) ?? Double(pairText).map({ Int64($0) }) else {
                throw ReadError(description: "\(name):\(row.number): expected a pair number in column Pair, found \"\(pairText)\"")
            }
            if decision.trimmingCharacters(in: .whitespaces).isEmpty { answers.append((pair, nil)); continue }
            guard let answer = ReviewAnswer(text: decision) else {
                throw ReadError(description: "\(name):\(row.number): expected Same, Not the same or Skip in column Decision, found \"\(decision)\"")
            }
            answers.append((pair, answer))
        }
        return answers
    }
}
