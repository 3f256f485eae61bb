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
        // The CSV layer's `found` already reads "binary content (…), not text".
        case .binaryContent: return .notText(file: file, found: error.found)
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

    /// Reads one sheet: the one named, else the first visible worksheet holding any value. Row numbers are the
    /// sheet's own, so provenance and warnings point at the row a user sees in Excel.
    static func workbook(data: Data, file: String, sheet wanted: String?) throws(ImportError) -> TextTable {
        do {
            let reader = try XLSXReader(data: data, name: file)
            var chosen: XLSXSheet?
            if let wanted {
                chosen = try reader.sheet(named: wanted)
            } else {
                for info in reader.sheets where info.partPath != nil && info.visibility == .visible {
                    let candidate = try reader.sheet(at: info.index)
                    if candidate.rows.contains(where: { !$0.isBlank }) { chosen = candidate; break }
                }
            }
            guard let sheet = chosen else { throw ImportError.empty(file: file) }
            let rows = sheet.rows.map { TextRow(line: $0.number, fields: $0.texts) }
            return TextTable(format: "xlsx", encoding: "xlsx", delimiter: nil, sheet: sheet.info.name, rows: rows,
                             warnings: [])
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError.badWorkbook(file: file, reason: "\(error)")
        }
    }
}
