/// Why an .xlsx file could not be read, and where.
///
/// Every error names the file (``file``) and, when the problem lies inside the package, the part
/// (for example `xl/worksheets/sheet1.xml`), so a user can be told exactly what is wrong:
///
/// ```swift
/// do { _ = try XLSXReader(contentsOf: url) }
/// catch let error as SpreadsheetReadError { print(error) }
/// // "contacts.xlsx: this is a legacy Excel 97-2003 (.xls) file; save it as .xlsx (Excel Workbook) and try again"
/// ```
public struct SpreadsheetReadError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong.
    ///
    /// ```swift
    /// do {
    ///     _ = try XLSXReader(contentsOf: URL(fileURLWithPath: "old-roster.xls"))
    /// } catch let error as SpreadsheetReadError where error.kind == .legacyXLS {
    ///     print("Save the file as .xlsx in Excel, then import it again.")
    /// }
    /// ```
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read at all (permissions, missing file).
        case unreadableFile(String)
        /// The bytes are not a zip package. `looksLike` names what the bytes resemble (CSV/text, HTML, XML), if known.
        case notAZipPackage(looksLike: String?)
        /// The zip is damaged or cannot be parsed.
        case damagedZip(String)
        /// A password-protected (encrypted) workbook: an OLE compound file holding an encrypted package.
        case encryptedWorkbook
        /// An Excel 97-2003 binary workbook (OLE compound file) — not supported.
        case legacyXLS
        /// A zip that is some other kind of document (OpenDocument, .xlsb, Word, …) — named here.
        case otherDocumentKind(String)
        /// A zip that lacks a part every workbook has (`[Content_Types].xml`, the workbook part).
        case missingPart(String)
        /// A part would inflate beyond the byte limit (a zip bomb or an absurdly large file).
        case partTooLarge(limit: Int)
        /// All parts read together would inflate beyond the overall byte limit.
        case workbookTooLarge(limit: Int)
        /// The zip lists more parts than any workbook has (a hostile or broken central directory).
        case tooManyParts(limit: Int)
        /// A part's compression ratio is beyond what real spreadsheets produce.
        case suspiciousCompressionRatio(ratio: Int, limit: Int)
        /// A cell reference or range outside Excel's grid (1,048,576 rows × 16,384 columns), or too many cells.
        case dimensionsTooLarge(String)
        /// A cell reference that is not of the form `A1`.
        case invalidCellReference(String)
        /// XML that does not parse; `line`/`column` are positions in the part.
        case malformedXML(line: Int, column: Int, message: String)
        /// XML that parses but breaks the SpreadsheetML rules (e.g. a shared string index out of range).
        case invalidContent(String)
        /// XML with a document type declaration — never present in OOXML, refused to prevent entity expansion attacks.
        case documentTypeDeclaration
        /// No sheet with the requested name or index.
        case sheetNotFound(String)
    }

    /// The file name (last path component) or the name given for in-memory data.
    public let file: String
    /// The part inside the package, when the problem is in one (e.g. `xl/worksheets/sheet1.xml`).
    public let part: String?
    /// What went wrong.
    public let kind: Kind

    /// Creates an error; used by the reader and useful for tests.
    ///
    /// ```swift
    /// let error = SpreadsheetReadError(file: "tracker.xlsx", part: "xl/workbook.xml", kind: .missingPart("xl/workbook.xml"))
    /// ```
    public init(file: String, part: String? = nil, kind: Kind) {
        self.file = file
        self.part = part
        self.kind = kind
    }

    /// `file [part]: explanation`, the line a command prints.
    public var description: String {
        let place = part.map { "\(file) [\($0)]" } ?? file
        return "\(place): \(explanation)"
    }

    private var explanation: String {
        switch kind {
        case .unreadableFile(let why): return "cannot read the file (\(why))"
        case .notAZipPackage(let looksLike):
            let resemblance = looksLike.map { "; it looks like \($0)" } ?? ""
            return "not an .xlsx workbook (an .xlsx file is a zip package)\(resemblance)"
        case .damagedZip(let why): return "the .xlsx package (zip) is damaged: \(why)"
        case .encryptedWorkbook:
            return "the workbook is password-protected (encrypted); open it in Excel, remove the password "
                + "(File > Info > Protect Workbook) and save it again"
        case .legacyXLS:
            return "this is a legacy Excel 97-2003 (.xls) file; save it as .xlsx (Excel Workbook) and try again"
        case .otherDocumentKind(let kind): return "not an .xlsx workbook: it is \(kind)"
        case .missingPart(let part): return "not an .xlsx workbook: the package has no \(part)"
        case .partTooLarge(let limit):
            return "refused: the part inflates beyond \(limit) bytes (zip bomb or absurdly large sheet)"
        case .workbookTooLarge(let limit):
            return "refused: the workbook inflates beyond \(limit) bytes in total (zip bomb or absurdly large file)"
        case .tooManyParts(let limit): return "refused: the package lists more than \(limit) parts"
        case .suspiciousCompressionRatio(let ratio, let limit):
            return "refused: compression ratio \(ratio):1 exceeds \(limit):1 (looks like a zip bomb)"
        case .dimensionsTooLarge(let what): return "refused: \(what) is beyond Excel's limits"
        case .invalidCellReference(let reference): return "invalid cell reference \"\(reference)\" (expected e.g. A1)"
        case .malformedXML(let line, let column, let message):
            return "malformed XML at line \(line), column \(column): \(message)"
        case .invalidContent(let what): return what
        case .documentTypeDeclaration: return "refused: XML with a DOCTYPE declaration (never used by .xlsx)"
        case .sheetNotFound(let sheet): return "no sheet \(sheet)"
        }
    }
}

/// Caps that keep a hostile or broken file from exhausting memory. The defaults fit any real tracker or export.
///
/// ```swift
/// var limits = XLSXReadLimits.default
/// limits.maxCellsPerSheet = 100_000
/// let reader = try XLSXReader(contentsOf: url, limits: limits)
/// ```
public struct XLSXReadLimits: Sendable, Equatable {
    /// Most bytes any one part (sheet, shared strings, …) may inflate to. Default 200 MB.
    public var maxPartBytes: Int
    /// Most bytes all parts read through one reader may inflate to together. Default 400 MB.
    public var maxTotalBytes: Int
    /// Highest compression ratio accepted for a part larger than ``ratioCheckThreshold``. Default 250:1
    /// (real sheets compress 5–50:1; a deflate bomb reaches about 1000:1).
    public var maxCompressionRatio: Int
    /// Parts smaller than this are not ratio-checked (tiny XML parts compress very well). Default 10 MB.
    public var ratioCheckThreshold: Int
    /// Most cells one sheet may hold. Default 20 million.
    public var maxCellsPerSheet: Int
    /// Most parts (zip entries) a package may list. Default 20,000 (a workbook with 1,000 sheets has ~3,000).
    public var maxParts: Int = 20_000

    /// The defaults described on each property.
    public static let `default` = XLSXReadLimits(
        maxPartBytes: 200 << 20, maxTotalBytes: 400 << 20, maxCompressionRatio: 250,
        ratioCheckThreshold: 10 << 20, maxCellsPerSheet: 20_000_000)

    /// Creates limits; start from ``default`` and change one field in most cases.
    ///
    /// ```swift
    /// let tight = XLSXReadLimits(maxPartBytes: 8 << 20, maxTotalBytes: 32 << 20, maxCompressionRatio: 100,
    ///                            ratioCheckThreshold: 1 << 20, maxCellsPerSheet: 50_000)
    /// ```
    public init(maxPartBytes: Int, maxTotalBytes: Int, maxCompressionRatio: Int, ratioCheckThreshold: Int,
                maxCellsPerSheet: Int) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maxCellsPerSheet = maxCellsPerSheet
    }
}
