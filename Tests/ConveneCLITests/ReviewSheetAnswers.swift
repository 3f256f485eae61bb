import ConveneSpreadsheet
import Foundation

/// A review sheet answered as a user would: `decision` picked in every question's Decision cell, saved as
/// another workbook (rows without a pair number, such as the "… and N more" line, are copied as they are).
enum ReviewSheetAnswers {
    static func answer(_ exported: URL, _ decision: String, to answered: URL) throws {
        let sheet = try XLSXReader(contentsOf: exported).sheet(named: "Review")
        let workbook = try Workbook(destination: answered)
        let out = try workbook.addWorksheet(named: "Review")
        for (r, row) in sheet.rows.enumerated() {
            var values: [CellValue] = row.texts.map { .string($0) }
            if r > 0, let pair = Double(row.texts[0]) { values[0] = .number(pair); values[1] = .string(decision) }
            try out.writeRow(values, row: r)
        }
        try workbook.close()
    }
}
