import ConveneModel

/// How a file's columns were read: its export kind, each column's header and field, and the phone region its
/// numbers were read in. A workspace keeps it with the file, so the raw cells it stored can be read again by
/// newer rules (``Importer/reread(_:as:)``) without the file and without asking for its mapping again.
///
/// ```swift
/// let result = try Importer.read(url: URL(fileURLWithPath: "signin.csv"))
/// let reading = ColumnReading(result, phoneRegion: "US")
/// let again = Importer.reread(result.contacts.map(\.source), as: reading)   // the same contacts
/// ```
public struct ColumnReading: Codable, Sendable, Hashable {
    /// The recognized export (its name clean-up and device rules apply again).
    public var source: SourceKind
    /// Every column: index, header as written, field.
    public var columns: [ColumnMapping]
    /// The region of numbers written without a country code.
    public var phoneRegion: String

    /// A reading from its parts.
    ///
    /// ```swift
    /// let reading = ColumnReading(source: .generic, phoneRegion: "US",
    ///                             columns: [ColumnMapping(index: 0, header: "Name", field: .fullName, reason: .synonym)])
    /// ```
    public init(source: SourceKind, phoneRegion: String, columns: [ColumnMapping]) {
        self.source = source
        self.columns = columns
        self.phoneRegion = phoneRegion
    }

    /// How `result`'s file was read, with the phone region the import used.
    ///
    /// ```swift
    /// let reading = ColumnReading(try Importer.read(url: url, options: options), phoneRegion: options.defaultPhoneRegion)
    /// ```
    public init(_ result: ImportResult, phoneRegion: String) {
        self.init(source: result.source, phoneRegion: phoneRegion, columns: result.columns)
    }
}

extension Importer {
    /// Reads records of one file again from their raw cells (`SourceRecord.raw`, as an import kept them) under
    /// the file's ``ColumnReading`` and today's rules: names, emails, phones, addresses, the export's own name
    /// clean-up, and a Zoom report's second devices and dial-ins read as the person they are. One result per
    /// record, in order; nil where a record no longer names anyone. Each contact keeps its record's provenance.
    ///
    /// ```swift
    /// let stored: [SourceRecord] = …                      // the raw cells a workspace kept
    /// let contacts = Importer.reread(stored, as: reading)
    /// ```
    public static func reread(_ records: [SourceRecord], as reading: ColumnReading) -> [ContactRecord?] {
        let columns = reading.columns.sorted { $0.index < $1.index }
        let headers = columns.map(\.header)
        let keys = RecordBuilder.rawKeys(headers)
        var byField: [ColumnField: [Int]] = [:]
        for (i, c) in columns.enumerated() { byField[c.field, default: []].append(i) }
        let export = SourceCatalogue.export(reading.source)
        let reader = RowReader(columnsByField: byField, headers: headers, source: reading.source,
                               phoneRegion: reading.phoneRegion, nameCleanup: export.nameCleanup)
        // Lines tie a Zoom row to its corrections; a record stored without one is known by its number.
        let rows = records.map { record in
            (row: TextRow(line: record.line ?? record.record, fields: keys.map { record.raw[$0] ?? "" }), source: record)
        }
        var contacts = reader.contacts(rows).map(\.contact)
        guard reading.source == .zoomParticipants else { return contacts }
        var hygiene = FormHygiene(source: reading.source, columns: columns, headers: headers, meetingDate: nil)
        for item in rows { hygiene.observe(item.row) }
        var result = ImportResult(file: records.first?.file ?? "", format: "", encoding: "", delimiter: nil,
                                  source: reading.source, headerLine: nil, headerless: false, columns: columns,
                                  recordCount: records.count, contacts: contacts.compactMap { $0 })
        hygiene.correct(&result, file: result.file, keepsRecords: true, phoneRegion: reading.phoneRegion)
        var corrected: [Int: ContactRecord] = [:]
        for c in result.contacts { corrected[c.source.line ?? c.source.record] = c }
        for (k, item) in rows.enumerated() { contacts[k] = corrected[item.row.line] }
        return contacts
    }
}
