import CXlsxWriter
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Owns the `lxw_workbook *` and everything the C library allocates under it (sheets, formats, charts).
///
/// Worksheets keep a strong reference to this handle, so their `lxw_worksheet *` can never outlive the
/// workbook; after `close()` (or a failed close) every call throws ``SpreadsheetError/workbookClosed``.
/// Not Sendable: one thread builds one workbook.
final class WorkbookHandle {
    private(set) var pointer: UnsafeMutablePointer<lxw_workbook>?
    let destination: URL
    let temporaryFile: URL
    let constantMemory: Bool
    /// Lower-cased sheet names → display names, for Excel's case-insensitive uniqueness rule.
    var sheetNames: [String: String] = [:]
    /// Lower-cased table names in use across the workbook.
    var tableNames: Set<String> = []
    private var formats: [Format: UnsafeMutablePointer<lxw_format>] = [:]
    // The last format looked up: rows usually repeat the same few formats, and == is cheaper than hashing.
    private var lastFormat: Format?
    private var lastFormatPointer: UnsafeMutablePointer<lxw_format>?

    init(destination: URL, constantMemory: Bool, temporaryDirectory: URL?) throws {
        self.destination = destination.standardizedFileURL
        self.constantMemory = constantMemory
        let folder = self.destination.deletingLastPathComponent()
        // A hidden sibling of the destination, so the final rename stays on one file system (atomic).
        temporaryFile = folder.appendingPathComponent(".\(self.destination.lastPathComponent).\(UUID().uuidString).partial")
        let bag = CStringBag()
        defer { bag.free() }
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0,
                                           tmpdir: bag.copy(temporaryDirectory?.path), use_zip64: 0)
        guard let created = temporaryFile.path.withCString({ workbook_new_opt($0, &options) }) else {
            throw SpreadsheetError.library(operation: "workbook_new_opt", code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                           message: "could not create the workbook (out of memory or temporary directory unusable)",
                                           sheet: nil, cell: nil)
        }
        pointer = created
    }

    deinit {
        // Dropped without close(): free the C workbook and leave no file behind.
        if let pointer { lxw_workbook_free(pointer) }
        try? FileManager.default.removeItem(at: temporaryFile)
    }

    var isOpen: Bool { pointer != nil }

    /// `lxw_version()`: the real library version (pkg-config reports "4" for Debian's 1.1.4).
    static var libraryVersion: String { String(cString: lxw_version()) }

    func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else { throw SpreadsheetError.workbookClosed }
        return pointer
    }

    // MARK: Sheets

    func addWorksheet(named name: String) throws -> UnsafeMutablePointer<lxw_worksheet> {
        let workbook = try open()
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw SpreadsheetError.library(operation: "workbook_add_worksheet", code: Int(LXW_ERROR_PARAMETER_VALIDATION.rawValue),
                                           message: "libxlsxwriter refused the sheet", sheet: name, cell: nil)
        }
        sheetNames[name.lowercased()] = name
        return sheet
    }

    // MARK: Formats

    /// The C format for `format`, created once per distinct value.
    func cFormat(_ format: Format?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        if let lastFormatPointer, lastFormat == format { return lastFormatPointer }
        let result: UnsafeMutablePointer<lxw_format>
        if let existing = formats[format] {
            result = existing
        } else {
            let workbook = try open()
            guard let created = workbook_add_format(workbook) else {
                throw SpreadsheetError.library(operation: "workbook_add_format", code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                               message: "out of memory", sheet: nil, cell: nil)
            }
            apply(format, to: created)
            formats[format] = created
            result = created
        }
        lastFormat = format
        lastFormatPointer = result
        return result
    }

    private func apply(_ f: Format, to c: UnsafeMutablePointer<lxw_format>) {
        // format_set_font_name and format_set_num_format copy their strings.
        if let name = f.fontName { name.withCString { format_set_font_name(c, $0) } }
        if let size = f.fontSize { format_set_font_size(c, size) }
        if let color = f.fontColor { format_set_font_color(c, color.rgb) }
        if f.bold { format_set_bold(c) }
        if f.italic { format_set_italic(c) }
        if f.underline { format_set_underline(c, u8(LXW_UNDERLINE_SINGLE)) }
        if f.strikeout { format_set_font_strikeout(c) }
        if let numberFormat = f.numberFormat { numberFormat.withCString { format_set_num_format(c, $0) } }
        if let h = f.horizontalAlignment { format_set_align(c, h.lxw) }
        if let v = f.verticalAlignment { format_set_align(c, v.lxw) }
        if f.wrapsText { format_set_text_wrap(c) }
        if f.indent > 0 { format_set_indent(c, UInt8(clamping: f.indent)) }
        if let fill = f.fillColor {
            format_set_pattern(c, u8(LXW_PATTERN_SOLID))
            format_set_bg_color(c, fill.rgb)
        }
        if let border = f.border { format_set_border(c, border.lxw) }
        if let color = f.borderColor { format_set_border_color(c, color.rgb) }
        if let side = f.topBorder { format_set_top(c, side.lxw) }
        if let side = f.bottomBorder { format_set_bottom(c, side.lxw) }
        if let side = f.leftBorder { format_set_left(c, side.lxw) }
        if let side = f.rightBorder { format_set_right(c, side.lxw) }
        if !f.isLocked { format_set_unlocked(c) }
        if f.hidesFormula { format_set_hidden(c) }
    }

    // MARK: Workbook-level settings

    func setProperties(_ p: DocumentProperties) throws {
        let workbook = try open()
        let bag = CStringBag()
        defer { bag.free() }
        var props = lxw_doc_properties()
        props.title = bag.copy(p.title)
        props.subject = bag.copy(p.subject)
        props.author = bag.copy(p.author)
        props.manager = bag.copy(p.manager)
        props.company = bag.copy(p.company)
        props.category = bag.copy(p.category)
        props.keywords = bag.copy(p.keywords)
        props.comments = bag.copy(p.comments)
        props.status = bag.copy(p.status)
        try check(workbook_set_properties(workbook, &props), "workbook_set_properties")
    }

    func defineName(_ name: String, formula: String) throws {
        let workbook = try open()
        try check(name.withCString { n in formula.withCString { workbook_define_name(workbook, n, $0) } },
                  "workbook_define_name(\(name))")
    }

    func addChart(kind: UInt8) throws -> UnsafeMutablePointer<lxw_chart> {
        let workbook = try open()
        guard let chart = workbook_add_chart(workbook, kind) else {
            throw SpreadsheetError.library(operation: "workbook_add_chart", code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                           message: "could not create the chart", sheet: nil, cell: nil)
        }
        return chart
    }

    // MARK: Save

    /// Writes the workbook to the temporary sibling and renames it over the destination. On any failure
    /// the temporary file is removed and an existing destination is left as it was.
    func close() throws {
        let workbook = try open()
        pointer = nil
        formats.removeAll()
        lastFormat = nil
        lastFormatPointer = nil
        let folder = destination.deletingLastPathComponent()
        // Checked here because libxlsxwriter would print its own [ERROR] line for an unwritable folder.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            lxw_workbook_free(workbook)
            throw SpreadsheetError.fileSystem(path: destination.path, message: "folder \(folder.path) does not exist")
        }
        guard access(folder.path, W_OK) == 0 else {
            lxw_workbook_free(workbook)
            throw SpreadsheetError.fileSystem(path: destination.path, message: "folder \(folder.path) is not writable")
        }
        var isDestinationDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDestinationDirectory),
           isDestinationDirectory.boolValue {
            lxw_workbook_free(workbook)
            throw SpreadsheetError.fileSystem(path: destination.path, message: "a folder exists at that path")
        }
        let result = workbook_close(workbook)   // frees the workbook whatever the result
        guard result.rawValue == LXW_NO_ERROR.rawValue else {
            try? FileManager.default.removeItem(at: temporaryFile)
            try check(result, "workbook_close(\(destination.path))")
            return
        }
        // A device or pipe (/dev/null, /dev/stdout) is written in place: renaming over it would replace it.
        var info = stat()
        if stat(destination.path, &info) == 0, case let type = info.st_mode & S_IFMT,
           type == S_IFCHR || type == S_IFIFO || type == S_IFBLK || type == S_IFSOCK {
            defer { try? FileManager.default.removeItem(at: temporaryFile) }
            do {
                let bytes = try Data(contentsOf: temporaryFile)
                let handle = try FileHandle(forWritingTo: destination)
                defer { try? handle.close() }
                try handle.write(contentsOf: bytes)
            } catch {
                throw SpreadsheetError.fileSystem(path: destination.path, message: "\(error)")
            }
            return
        }
        guard rename(temporaryFile.path, destination.path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporaryFile)
            throw SpreadsheetError.fileSystem(path: destination.path, message: message)
        }
    }
}
