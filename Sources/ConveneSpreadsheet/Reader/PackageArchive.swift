import Foundation
import ZIPFoundation

/// The zip package of an .xlsx file: sniffs what the bytes are before unzipping, looks parts up by name, and
/// inflates each part under byte and ratio caps (the sizes a zip's headers declare can lie, so bytes are
/// counted as they are inflated).
final class PackageArchive {
    let file: String
    private let archive: Archive
    private let limits: XLSXReadLimits
    /// Lower-cased path → entry: some writers differ in case from the relationship targets.
    private let entries: [String: Entry]
    private(set) var bytesInflated = 0

    init(url: URL, limits: XLSXReadLimits) throws {
        file = url.lastPathComponent
        self.limits = limits
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw SpreadsheetReadError(file: file, kind: .unreadableFile(error.localizedDescription))
        }
        try Self.sniff(head, file: file) { try Data(contentsOf: url, options: .mappedIfSafe) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw SpreadsheetReadError(file: file, kind: .damagedZip(String(describing: error)))
        }
        entries = try Self.index(archive, file: file, limit: limits.maxParts)
    }

    init(data: Data, name: String, limits: XLSXReadLimits) throws {
        file = name
        self.limits = limits
        try Self.sniff(data.prefix(4096), file: name) { data }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw SpreadsheetReadError(file: file, kind: .damagedZip(String(describing: error)))
        }
        entries = try Self.index(archive, file: name, limit: limits.maxParts)
    }

    private static func index(_ archive: Archive, file: String, limit: Int) throws -> [String: Entry] {
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive where entry.type == .file {
            count += 1
            if count > limit { throw SpreadsheetReadError(file: file, kind: .tooManyParts(limit: limit)) }
            entries[normalize(entry.path)] = entry
        }
        return entries
    }

    private static func normalize(_ path: String) -> String {
        var path = path.replacingOccurrences(of: "\\", with: "/").lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }

    func contains(_ path: String) -> Bool { entries[Self.normalize(path)] != nil }

    /// Every part name in the package (as stored).
    var partNames: [String] { entries.values.map(\.path) }

    /// Inflates one part, refusing it once it passes the per-part or overall cap.
    func read(_ path: String) throws -> Data? {
        guard let entry = entries[Self.normalize(path)] else { return nil }
        func refuse(_ kind: SpreadsheetReadError.Kind) -> SpreadsheetReadError {
            SpreadsheetReadError(file: file, part: entry.path, kind: kind)
        }
        let declared = Int(clamping: entry.uncompressedSize)
        if declared > limits.maxPartBytes { throw refuse(.partTooLarge(limit: limits.maxPartBytes)) }
        if declared > limits.maxTotalBytes - bytesInflated {
            throw refuse(.workbookTooLarge(limit: limits.maxTotalBytes))
        }
        var data = Data()
        data.reserveCapacity(min(declared, 64 << 20))
        let compressed = max(Int(entry.compressedSize), 1)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limits.maxPartBytes { throw refuse(.partTooLarge(limit: limits.maxPartBytes)) }
                if bytesInflated + data.count > limits.maxTotalBytes {
                    throw refuse(.workbookTooLarge(limit: limits.maxTotalBytes))
                }
                if data.count > limits.ratioCheckThreshold, data.count / compressed > limits.maxCompressionRatio {
                    throw refuse(.suspiciousCompressionRatio(ratio: data.count / compressed,
                                                             limit: limits.maxCompressionRatio))
                }
            }
        } catch let error as SpreadsheetReadError {
            throw error
        } catch {
            throw refuse(.damagedZip(String(describing: error)))
        }
        bytesInflated += data.count
        return data
    }

    /// Decides from the first bytes whether this can be an .xlsx at all, so users get "this is an .xls file"
    /// rather than "damaged zip".
    private static func sniff(_ head: Data, file: String, whole: () throws -> Data) throws {
        let bytes = [UInt8](head.prefix(8))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: Excel stores encrypted .xlsx files this way (streams "EncryptionInfo" and
            // "EncryptedPackage"), and it is also the container of .xls. The directory names are UTF-16LE.
            let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            let contents = (try? whole()) ?? Data()
            let kind: SpreadsheetReadError.Kind = contents.range(of: marker) != nil ? .encryptedWorkbook : .legacyXLS
            throw SpreadsheetReadError(file: file, kind: kind)
        }
        throw SpreadsheetReadError(file: file, kind: .notAZipPackage(looksLike: resemblance(of: head)))
    }

    private static func resemblance(of head: Data) -> String? {
        if head.isEmpty { return "an empty file" }
        guard let text = String(data: head, encoding: .utf8) ?? String(data: head, encoding: .isoLatin1) else {
            return nil
        }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(200).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.contains("<table") {
            return "an HTML page (some systems save HTML tables with an .xls/.xlsx name)"
        }
        if start.hasPrefix("<?xml") || start.hasPrefix("<") {
            return start.contains("urn:schemas-microsoft-com:office:spreadsheet")
                ? "an Excel 2003 XML spreadsheet" : "an XML file"
        }
        if start.hasPrefix("%pdf") { return "a PDF document" }
        let printable = text.unicodeScalars.prefix(1000).allSatisfy { $0.value >= 32 || "\t\r\n".unicodeScalars.contains($0) }
        return printable ? "a text or CSV file" : nil
    }
}
