import ConveneCSV
import ConveneSpreadsheet
import Foundation

/// Bytes → rows of strings: CSV through ConveneCSV, .xlsx through ConveneSpreadsheet's reader.
enum TableReading {
    /// By name (.xlsx/.xlsm) — a zip named .csv is *not* a workbook: the CSV layer refuses it by name.
    static func isWorkbook(data: Data, name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        return ext == "xlsx" || ext == "xlsm"
    }

    static func csv(data: Data, file: String) throws(ImportError) -> TextTable {
        let document: CSVDocument
        do {
            document = try CSVReader.read(data: data, file: file)
        } catch {
            throw refusal(error, file: file)
        }
        return table(from: document, file: file)
    }

    /// A CSV refusal in the importer's terms: file, line, column, expected vs found.
    static func refusal(_ error: CSVError, file: String) -> ImportError {
        let line = max(error.position.line, 1), column = max(error.position.column, 1)
        switch error.kind {
        case .emptyFile, .noRecords: return .empty(file: file)
        case .zipArchive: return .notText(file: file, found: "a zip archive (an .xlsx or other package renamed .csv?)")
        case .binaryContent: return .notText(file: file, found: "binary content (\(error.found))")
        case .unreadable: return .unreadable(file: file, reason: error.found)
        case .unterminatedQuote:
            return .malformed(file: file, line: line, column: column, expected: error.expected,
                              found: "\(error.found) (the quote opened here swallows the rest of the file)")
        }
    }

    /// Converts a CSV document: records with line numbers, warnings naming file and line.
    static func table(from document: CSVDocument, file: String) -> TextTable {
        let rows = document.records.map { TextRow(line: $0.line, fields: $0.isBlank ? [] : $0.fields) }
        let warnings = document.warnings.map { w in
            ImportWarning(file: file, line: w.position.line > 0 ? w.position.line : nil, message: w.message,
                          kind: w.kind.rawValue)
        }
        return TextTable(format: "csv", encoding: document.encoding.displayName,
                         delimiter: String(UnicodeScalar(document.delimiter.rawValue)), sheet: nil,
                         rows: rows, warnings: warnings)
    }

    static func workbook(data: Data, file: String, sheet: String?) throws(ImportError) -> TextTable {
        throw ImportError.badWorkbook(file: file, reason: "workbook reading not wired yet")
    }
}
