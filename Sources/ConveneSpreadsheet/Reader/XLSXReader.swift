import Foundation

/// Reads .xlsx workbooks (Office Open XML spreadsheets, as saved by Excel, LibreOffice, Google Sheets,
/// openpyxl or this module's writer).
///
/// Opening reads the workbook's structure (sheet list, shared strings, styles); each sheet's cells are read when
/// asked for. Hostile files are refused with a ``SpreadsheetReadError`` rather than exhausting memory: see
/// ``XLSXReadLimits``.
///
/// ```swift
/// let reader = try XLSXReader(contentsOf: URL(fileURLWithPath: "rsvps.xlsx"))
/// print(reader.sheets.map(\.name))          // ["RSVPs", "Lists"]
/// let sheet = try reader.sheet(at: 0)
/// for row in sheet.rows { print(row.number, row.texts) }
/// ```
///
/// A reader is not thread-safe (it owns an open zip); the ``XLSXSheet`` values it returns are `Sendable`.
public final class XLSXReader {
    /// The file name, used in errors.
    public let fileName: String
    /// Sheets in tab order, including hidden ones (see ``XLSXSheetInfo/visibility``) and chart sheets.
    public let sheets: [XLSXSheetInfo]
    /// Defined names (named ranges), in file order.
    public let definedNames: [XLSXDefinedName]
    /// The epoch of the workbook's date serial numbers.
    public let dateSystem: XLSXDateSystem

    private let archive: PackageArchive
    private let sharedStrings: [String]
    private let styles: CellStyles
    private let limits: XLSXReadLimits

    /// Opens a workbook file.
    /// ```swift
    /// let reader = try XLSXReader(contentsOf: URL(fileURLWithPath: "tracker-from-dana.xlsx"))
    /// print(reader.visibleWorksheetNames)   // ["Tracker", "Dashboard"]
    /// ```
    ///
    /// - Throws: ``SpreadsheetReadError`` if the file is not an .xlsx workbook, is encrypted, or breaks a limit.
    public convenience init(contentsOf url: URL, limits: XLSXReadLimits = .default) throws {
        try self.init(archive: PackageArchive(url: url, limits: limits), limits: limits)
    }

    /// Opens a workbook held in memory; `name` is used in error messages.
    ///
    /// ```swift
    /// let reader = try XLSXReader(data: try Data(contentsOf: url), name: "upload.xlsx")
    /// ```
    public convenience init(data: Data, name: String = "workbook.xlsx", limits: XLSXReadLimits = .default) throws {
        try self.init(archive: PackageArchive(data: data, name: name, limits: limits), limits: limits)
    }

    private init(archive: PackageArchive, limits: XLSXReadLimits) throws {
        self.archive = archive
        self.limits = limits
        fileName = archive.file
        let file = archive.file

        guard let contentTypesData = try archive.read("[Content_Types].xml") else {
            throw Self.identify(archive) ?? SpreadsheetReadError(file: file, kind: .missingPart("[Content_Types].xml"))
        }
        let contentTypes = ContentTypesHandler()
        try XMLPart.parse(contentTypesData, part: "[Content_Types].xml", file: file, handler: contentTypes)

        let workbookPath = try Self.workbookPath(archive)
        guard let workbookData = try archive.read(workbookPath) else {
            throw Self.identify(archive) ?? SpreadsheetReadError(file: file, kind: .missingPart(workbookPath))
        }
        let workbook = WorkbookHandler()
        try XMLPart.parse(workbookData, part: workbookPath, file: file, handler: workbook)
        let relationships = try Self.relationships(of: workbookPath, in: archive)

        dateSystem = workbook.uses1904 ? .mac1904 : .windows1900
        definedNames = workbook.definedNames
        sheets = workbook.sheets.enumerated().map { index, raw in
            let relationship = raw.relationshipID.flatMap { relationships[$0] }
            var partPath = relationship.flatMap { $0.kind == "worksheet" ? $0.target : nil }
            // Without relationships (a hand-made or damaged package) fall back to Excel's naming.
            if relationship == nil, archive.contains("xl/worksheets/sheet\(index + 1).xml") {
                partPath = "xl/worksheets/sheet\(index + 1).xml"
            }
            let visibility = XLSXSheetInfo.Visibility(rawValue: raw.state ?? "visible") ?? .visible
            return XLSXSheetInfo(name: raw.name, index: index, visibility: visibility, partPath: partPath)
        }

        let stringsPath = relationships.values.first { $0.kind == "sharedStrings" }?.target ?? "xl/sharedStrings.xml"
        if let data = try archive.read(stringsPath) {
            let handler = SharedStringsHandler()
            try XMLPart.parse(data, part: stringsPath, file: file, handler: handler)
            sharedStrings = handler.strings
        } else {
            sharedStrings = []
        }

        let stylesPath = relationships.values.first { $0.kind == "styles" }?.target ?? "xl/styles.xml"
        if let data = try archive.read(stylesPath) {
            let handler = StylesHandler()
            try XMLPart.parse(data, part: stylesPath, file: file, handler: handler)
            styles = handler.makeStyles()
        } else {
            styles = .empty
        }
    }

    /// The names of the visible worksheets, in tab order (what a user picking a sheet expects to see).
    public var visibleWorksheetNames: [String] {
        sheets.filter { $0.isWorksheet && $0.visibility == .visible }.map(\.name)
    }

    /// Reads the sheet with this name (exact match first, then case-insensitive, as Excel treats names).
    ///
    /// ```swift
    /// let tracker = try reader.sheet(named: "tracker")   // finds "Tracker"
    /// ```
    public func sheet(named name: String) throws -> XLSXSheet {
        let info = sheets.first { $0.name == name }
            ?? sheets.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        guard let info else {
            let known = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw SpreadsheetReadError(file: fileName, kind: .sheetNotFound("named \"\(name)\" (sheets: \(known))"))
        }
        return try read(info)
    }

    /// Reads the sheet at a 0-based position in tab order.
    ///
    /// ```swift
    /// let first = try reader.sheet(at: 0)
    /// ```
    public func sheet(at index: Int) throws -> XLSXSheet {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetReadError(file: fileName,
                                       kind: .sheetNotFound("at position \(index) (the workbook has \(sheets.count))"))
        }
        return try read(sheets[index])
    }

    /// Reads the first visible worksheet — where an export's data usually is.
    ///
    /// ```swift
    /// let sheet = try reader.firstVisibleWorksheet()
    /// let header = sheet.rows.first?.texts ?? []
    /// ```
    public func firstVisibleWorksheet() throws -> XLSXSheet {
        guard let info = sheets.first(where: { $0.isWorksheet && $0.visibility == .visible }) else {
            throw SpreadsheetReadError(file: fileName, kind: .sheetNotFound("that is a visible worksheet"))
        }
        return try read(info)
    }

    /// Reads every worksheet (chart sheets are skipped), in tab order.
    ///
    /// ```swift
    /// for sheet in try reader.allWorksheets() {
    ///     print(sheet.name, sheet.rows.count)
    /// }
    /// ```
    public func allWorksheets() throws -> [XLSXSheet] {
        try sheets.filter(\.isWorksheet).map(read)
    }

    private func read(_ info: XLSXSheetInfo) throws -> XLSXSheet {
        guard let path = info.partPath else {
            return XLSXSheet(info: info, rows: [], mergedRanges: [], tables: [], dataValidations: [], hyperlinks: [],
                             declaredDimension: nil, frozenPaneTopLeft: nil)
        }
        guard let data = try archive.read(path) else {
            throw SpreadsheetReadError(file: fileName, kind: .missingPart("\(path) (sheet \"\(info.name)\")"))
        }
        let handler = WorksheetHandler(context: .init(
            file: fileName, part: path, sharedStrings: sharedStrings, styles: styles, dateSystem: dateSystem,
            maxCells: limits.maxCellsPerSheet))
        try XMLPart.parse(data, part: path, file: fileName, handler: handler)

        let relationships = try Self.relationships(of: path, in: archive)
        var tables: [XLSXTable] = []
        for id in handler.tableRelationshipIDs {
            guard let target = relationships[id]?.target, let tableData = try archive.read(target) else { continue }
            let tableHandler = TableHandler()
            try XMLPart.parse(tableData, part: target, file: fileName, handler: tableHandler)
            if let table = tableHandler.table { tables.append(table) }
        }
        let hyperlinks = handler.hyperlinks.map { raw in
            XLSXHyperlink(range: raw.range, url: raw.relationshipID.flatMap { relationships[$0]?.target },
                          location: raw.location, tooltip: raw.tooltip)
        }
        var notes: [XLSXNote] = []
        for relationship in relationships.values where relationship.kind == "comments" && !relationship.isExternal {
            guard let commentsData = try archive.read(relationship.target) else { continue }
            let commentsHandler = CommentsHandler()
            try XMLPart.parse(commentsData, part: relationship.target, file: fileName, handler: commentsHandler)
            notes += commentsHandler.notes
        }
        var sheet = XLSXSheet(info: info, rows: handler.rows, mergedRanges: handler.mergedRanges, tables: tables,
                              dataValidations: handler.dataValidations, hyperlinks: hyperlinks,
                              declaredDimension: handler.dimension, frozenPaneTopLeft: handler.frozenPaneTopLeft)
        sheet.autoFilter = handler.autoFilter
        sheet.isProtected = handler.isProtected
        sheet.notes = notes
        return sheet
    }

    // MARK: Package structure

    /// The workbook part named by the package's root relationships (`xl/workbook.xml` in practice).
    private static func workbookPath(_ archive: PackageArchive) throws -> String {
        let rootRelationships = try relationships(of: "", in: archive)
        let office = rootRelationships.values.first { $0.kind == "officeDocument" && !$0.isExternal }
        return office?.target ?? "xl/workbook.xml"
    }

    private static func relationships(of part: String, in archive: PackageArchive) throws -> [String: Relationship] {
        let path = part.isEmpty ? "_rels/.rels" : RelationshipsHandler.relationshipsPath(for: part)
        guard let data = try archive.read(path) else { return [:] }
        let handler = RelationshipsHandler(sourcePart: part)
        try XMLPart.parse(data, part: path, file: archive.file, handler: handler)
        return handler.relationships
    }

    /// Names other zip-based documents, so a user who picked an .ods or .docx hears what it is.
    private static func identify(_ archive: PackageArchive) -> SpreadsheetReadError? {
        let kind: String?
        if archive.contains("xl/workbook.bin") {
            kind = "an Excel binary workbook (.xlsb); save it as .xlsx (Excel Workbook)"
        } else if archive.contains("content.xml") && archive.contains("mimetype") {
            kind = "an OpenDocument file (.ods); save it as .xlsx (Excel 2007-365)"
        } else if archive.contains("word/document.xml") {
            kind = "a Word document (.docx)"
        } else if archive.contains("ppt/presentation.xml") {
            kind = "a PowerPoint presentation (.pptx)"
        } else {
            kind = nil
        }
        return kind.map { SpreadsheetReadError(file: archive.file, kind: .otherDocumentKind($0)) }
    }
}
