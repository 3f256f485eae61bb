import Foundation
import XCTest
import ZIPFoundation
@testable import ConveneSpreadsheet

/// Builds small .xlsx packages part by part, so tests can hand the reader exactly the XML a given writer (or an
/// attacker) produces.
enum ReaderTestPackage {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
        """
    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """
    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
        Target="sharedStrings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="/xl/styles.xml"/></Relationships>
        """
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func workbook(date1904: Bool = false) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>
        """
    }

    /// A worksheet part wrapping `sheetData` content (rows) and anything after it.
    static func worksheet(_ rows: String, after: String = "") -> String {
        "<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheetData>\(rows)</sheetData>\(after)</worksheet>"
    }

    /// Styles with cellXfs: 0 General, 1 built-in 14 (date), 2 custom `yyyy-mm-dd hh:mm`, 3 built-in 20 (h:mm).
    static let styles = """
        <?xml version="1.0"?><styleSheet xmlns="\(main)"><numFmts count="1">\
        <numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>\
        <xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="20"/></cellXfs></styleSheet>
        """

    /// A complete minimal workbook with one sheet "Data".
    static func workbookData(sheet: String, sharedStrings: [String] = [], date1904: Bool = false) throws -> Data {
        let strings = sharedStrings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        return try zip([
            "[Content_Types].xml": contentTypes,
            "_rels/.rels": rootRelationships,
            "xl/workbook.xml": workbook(date1904: date1904),
            "xl/_rels/workbook.xml.rels": workbookRelationships,
            "xl/worksheets/sheet1.xml": sheet,
            "xl/sharedStrings.xml": "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">\(strings)</sst>",
            "xl/styles.xml": styles,
        ])
    }

    /// A zip (deflated) of the given parts, in memory.
    static func zip(_ parts: [String: String]) throws -> Data {
        try zip(parts.mapValues { Data($0.utf8) })
    }

    static func zip(_ parts: [String: Data]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// Overwrites the uncompressed size a zip declares for `path`, in its local header (offset 22) and its
    /// central-directory header (offset 24), as a hostile zip would.
    static func declareUncompressedSize(_ size: UInt32, of path: String, in zip: inout Data) throws {
        let name = Data(path.utf8)
        let sizeBytes = withUnsafeBytes(of: size.littleEndian) { Data($0) }
        var patched = 0
        var searchStart = zip.startIndex
        while let found = zip.range(of: name, in: searchStart..<zip.endIndex) {
            searchStart = found.upperBound
            let local = found.lowerBound - 30
            let central = found.lowerBound - 46
            if local >= 0, zip[local..<local + 4] == Data([0x50, 0x4B, 0x03, 0x04]) {
                zip.replaceSubrange(local + 22..<local + 26, with: sizeBytes)
                patched += 1
            } else if central >= 0, zip[central..<central + 4] == Data([0x50, 0x4B, 0x01, 0x02]) {
                zip.replaceSubrange(central + 24..<central + 28, with: sizeBytes)
                patched += 1
            }
        }
        XCTAssertEqual(patched, 2, "expected a local and a central header for \(path)")
    }

    /// Reads sheet "Data" of a package, for tests that expect success.
    static func readSheet(_ data: Data, limits: XLSXReadLimits = .default) throws -> XLSXSheet {
        try XLSXReader(data: data, name: "test.xlsx", limits: limits).sheet(named: "Data")
    }
}

extension XCTestCase {
    /// Asserts that `body` throws a ``SpreadsheetReadError`` and returns it for further checks.
    func assertReadError(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line)
        -> SpreadsheetReadError? {
        do {
            try body()
            XCTFail("expected a SpreadsheetReadError, got success", file: file, line: line)
        } catch let error as SpreadsheetReadError {
            return error
        } catch {
            XCTFail("expected a SpreadsheetReadError, got \(error)", file: file, line: line)
        }
        return nil
    }
}
