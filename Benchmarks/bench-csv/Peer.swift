// yaslab/CSV.swift names its reader `CSVReader` too (and its module `CSV` has a type `CSV`), so this file
// alone imports it and gives the reader another name.
import CSV
import Foundation

/// Reads every row with CSV.swift, counting records and fields.
func readWithCSVSwift(_ data: Data) throws -> (records: Int, fields: Int) {
    let reader = try CSVReader(stream: InputStream(data: data))
    var records = 0, fields = 0
    while let row = reader.next() {
        records += 1
        fields += row.count
    }
    if let error = reader.error { throw error }
    return (records, fields)
}
