import ConveneModel
import Foundation

/// Reads one export into the normalized model.
///
/// ```swift
/// let result = try Importer.read(url: URL(fileURLWithPath: "Attendance report 3-5-24.csv"))
/// result.source          // .teamsAttendance
/// result.encoding        // "UTF-16 LE"
/// result.meeting?.name   // "Advanced Manufacturing Partnership — Launch"
/// result.participations  // one per participant, minutes from "1h 5m"
/// ```
///
/// The pipeline: bytes → (CSV: decode, sniff the delimiter, records with line numbers) or (.xlsx: the
/// spreadsheet reader) → rows of strings → header row (after any preamble) or headerless inference → source
/// recognition → column mapping (mapping file, then the export's own headers, then synonyms) → model values
/// with provenance.
public enum Importer {
    /// Reads the file at `url`. Refused files throw ``ImportError`` and yield nothing.
    ///
    /// ```swift
    /// let result = try Importer.read(url: URL(fileURLWithPath: "chamber-members.csv"))
    /// print(result.source.displayName, result.recordCount, result.contacts.count)
    /// ```
    public static func read(url: URL, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let name = options.displayName ?? url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError.unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
        return try read(data: data, name: name, options: options)
    }

    /// Reads bytes already in memory; `name` is the file as the user named it (used in provenance and messages).
    /// An .xlsx is recognized by its name or its zip signature.
    ///
    /// ```swift
    /// let result = try Importer.read(data: try Data(contentsOf: upload), name: "launch-rsvps.xlsx")
    /// ```
    public static func read(data: Data, name: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let table: TextTable
        if TableReading.isWorkbook(data: data, name: name) {
            table = try TableReading.workbook(data: data, file: name, sheet: options.sheet)
        } else {
            table = try TableReading.csv(data: data, file: name)
        }
        return try interpret(table, file: name, options: options)
    }

    /// Rows already split into cells (line numbers included) through the same recognition and mapping.
    /// For callers that read a table some other way, and for tests.
    ///
    /// ```swift
    /// let result = try Importer.read(rows: [(line: 1, fields: ["Name", "Email"]),
    ///                                       (line: 2, fields: ["Ada Lovelace", "ada@example.org"])],
    ///                                name: "pasted.csv")
    /// result.contacts.first?.emails   // ["ada@example.org"]
    /// ```
    public static func read(rows: [(line: Int, fields: [String])], name: String, encoding: String = "UTF-8",
                            delimiter: String? = ",", options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let table = TextTable(format: "csv", encoding: encoding, delimiter: delimiter, sheet: nil,
                              rows: rows.map { TextRow(line: $0.line, fields: $0.fields) }, warnings: [])
        return try interpret(table, file: name, options: options)
    }

    static func interpret(_ table: TextTable, file: String, options: ImportOptions) throws(ImportError) -> ImportResult {
        guard table.rows.contains(where: { !$0.isBlank }) else {
            // Drain a stream so a refusal further on (there is none after blank lines, but be exact) still wins.
            if let rest = table.rest { while try rest.next() != nil {} }
            throw ImportError.empty(file: file)
        }
        let location = HeaderDetection.locate(table.rows)
        let headerRow = location.rowIndex.map { table.rows[$0] }
        let preamble = Array(table.rows[..<(location.rowIndex ?? location.dataStart)])
        let dataRows = table.rows[location.dataStart...]
        let width = max(headerRow?.trimmedCount ?? 0,
                        dataRows.prefix(200).map(\.trimmedCount).max() ?? 0)
        guard width > 0 else { throw ImportError.noColumns(file: file, line: table.rows.first?.line ?? 1) }

        let headers: [String] = (0..<width).map { i in
            if let headerRow, i < headerRow.fields.count, !headerRow.value(i).isEmpty { return headerRow.value(i) }
            return "Column \(i + 1)"
        }
        // A shape the workspace has a mapping for is read with it, unless a mapping is given; the `--source` flag
        // still beats a remembered source.
        let signature = headerRow.map { HeaderSignature(headers: Array(headers.prefix($0.trimmedCount))) }
        var options = options
        var origin: MappingOrigin? = options.mapping == nil ? nil : .given
        if options.mapping == nil, let signature, let remembered = options.rememberedMappings[signature] {
            options.mapping = remembered
            origin = .remembered
        }
        let forced = origin == .remembered ? options.forceSource ?? options.mapping?.source
                                           : options.mapping?.source ?? options.forceSource
        let source = forced ?? (headerRow == nil ? .generic
            : SourceCatalogue.recognize(headers: headers, preamble: preamble.map(\.fields),
                                        fileName: (file as NSString).lastPathComponent, format: table.format))
        var columns = ColumnMapper.map(headers: headers, headerless: headerRow == nil, source: source,
                                       mapping: options.mapping, dataRows: Array(dataRows))
        if source == .googleForms && options.mapping == nil { columns = RewordedQuestions.remap(columns, rows: dataRows) }
        var result = ImportResult(file: file, format: table.format, encoding: table.encoding,
                                  delimiter: table.delimiter, sheet: table.sheet, source: source,
                                  headerLine: headerRow?.line, headerless: headerRow == nil, columns: columns,
                                  recordCount: 0, warnings: [],
                                  meeting: SourceCatalogue.export(source).meetingHint(preamble: preamble))
        result.headerSignature = signature
        result.mappingOrigin = origin
        if headerRow == nil {
            result.warnings.append(ImportWarning(file: file, line: dataRows.first(where: { !$0.isBlank })?.line,
                                                 message: "no header row: columns inferred from their content"))
        }
        var builder = RecordBuilder(file: file, source: source, headers: headers, fields: columns.map(\.field),
                                    options: options, result: result)
        builder.begin(headerRow: headerRow)
        var hygiene = FormHygiene(source: source, columns: columns, headers: headers,
                                  meetingDate: options.meetingDate ?? result.meeting?.date,
                                  meetingFile: options.forMeeting || options.meetingDate != nil || options.readAs != nil || result.meeting != nil
                                      || columns.contains { $0.field == .timestamp })
        var inRecords = true
        for row in dataRows where inRecords {
            hygiene.observe(row)
            inRecords = builder.consume(row)
        }
        if let rest = table.rest {
            // Rows after the records (a Teams report's later sections) are still read: a broken quote there
            // refuses the file as it would anywhere else.
            while let row = try rest.next() {
                if inRecords {
                    hygiene.observe(row)
                    inRecords = builder.consume(row)
                }
            }
        }
        builder.finish()
        result = builder.result
        hygiene.correct(&result, file: file, keepsRecords: options.keepsRecords, phoneRegion: options.defaultPhoneRegion)
        MeetingReading.read(&result, options: options, tally: hygiene.tally,
                            title: preamble.flatMap(\.fields).joined(separator: " "), forgotten: builder.forgottenStatuses)
        // The reader judges ragged rows against the commonest width of the whole file, but preamble lines (a Teams
        // summary, Zoom's meeting details) and other sections are not records: the builder judged ragged rows
        // against the header, for the records only. The reader's other warnings come first, as it read first.
        let readerWarnings = (table.warnings + (table.rest?.warnings ?? [])).filter { $0.kind != .raggedRow }
        result.warnings = readerWarnings + result.warnings
        if let meeting = result.meeting, meeting.isVirtual == false, SourceCatalogue.profile(source).isVirtual {
            result.meeting?.isVirtual = true
        }
        return result
    }
}
