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

    /// How many non-blank rows are read before the header is looked for: the header search (40 rows), the
    /// width estimate and content inference (200 and 100 rows after the header) all look within them.
    static let leadingRows = 250

    /// Starts reading a CSV: the first ``leadingRows`` non-blank rows now, the rest streamed through
    /// `TextTable.rest`. The bytes are decoded whole (so the encoding is judged on the whole file), but
    /// records become strings one at a time.
    static func csv(data: Data, file: String) throws(ImportError) -> TextTable {
        let reader: CSVReader
        do {
            reader = try CSVReader(data: data, file: file)
        } catch {
            throw refusal(error, file: file)
        }
        let stream = RowStream(reader: reader, file: file)
        var rows: [TextRow] = []
        var nonBlank = 0
        while nonBlank < leadingRows, let row = try stream.next() {
            rows.append(row)
            if !row.isBlank { nonBlank += 1 }
        }
        return TextTable(format: "csv", encoding: reader.encoding.displayName,
                         delimiter: String(UnicodeScalar(reader.delimiter.rawValue)), sheet: nil,
                         rows: rows, warnings: [], rest: stream)
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

    /// The CSV layer's warnings in the importer's terms, naming file and line.
    static func warnings(_ warnings: [CSVWarning], file: String) -> [ImportWarning] {
        warnings.map { w in
            ImportWarning(file: file, line: w.position.line > 0 ? w.position.line : nil, message: w.message,
                          kind: ImportWarning.Kind(w.kind))
        }
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
