import ConveneImport
import Foundation
import XCTest

/// Broken files are refused with an error naming file, line and what was expected; nothing is imported.
final class RefusalTests: XCTestCase {
    private func refuse(_ bytes: [UInt8], name: String) -> ImportError? {
        do {
            _ = try Importer.read(data: Data(bytes), name: name)
            return nil
        } catch {
            return error
        }
    }

    func testEmptyFile() {
        XCTAssertEqual(refuse([], name: "empty.csv"), .empty(file: "empty.csv"))
        XCTAssertEqual(refuse([0xEF, 0xBB, 0xBF], name: "bom.csv"), .empty(file: "bom.csv"))
        XCTAssertEqual(refuse(Array("\r\n\r\n".utf8), name: "blank.csv"), .empty(file: "blank.csv"))
    }

    func testZipNamedCSV() throws {
        let xlsx = try Data(contentsOf: Fixture.url("signin-typed.xlsx"))
        let error = try XCTUnwrap(refuse([UInt8](xlsx), name: "contacts.csv"))
        guard case .notText(let file, let found) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "contacts.csv")
        XCTAssertTrue(found.contains("zip"), found)
        XCTAssertTrue(error.description.hasPrefix("contacts.csv:1"), error.description)
    }

    func testBinaryFile() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += (0..<200).map { UInt8(($0 * 37) & 0xFF) }
        let error = try XCTUnwrap(refuse(png, name: "photo.csv"))
        guard case .notText(let file, _) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "photo.csv")
    }

    func testUnterminatedQuoteNamesLineAndColumn() throws {
        let text = "Name,Email,Notes\nAnn Lee,ann@example.com,fine\nBob Stone,bob@example.org,\"never closed\nCara Diaz,cara@example.net,x\n"
        let error = try XCTUnwrap(refuse(Array(text.utf8), name: "rsvps.csv"))
        guard case .malformed(let file, let line, let column, let expected, _) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "rsvps.csv")
        XCTAssertEqual(line, 3)
        XCTAssertEqual(column, 27)
        XCTAssertTrue(expected.contains("quote"), expected)
        XCTAssertTrue(error.description.hasPrefix("rsvps.csv:3:27: expected"), error.description)
    }

    func testCorruptWorkbook() throws {
        let error = try XCTUnwrap(refuse(Array("not a zip".utf8), name: "signin.xlsx"))
        guard case .badWorkbook(let file, _) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "signin.xlsx")
    }

    func testMissingFile() {
        XCTAssertThrowsError(try Importer.read(url: URL(fileURLWithPath: "/nonexistent/x.csv"))) { error in
            guard case ImportError.unreadable = error else { return XCTFail("\(error)") }
        }
    }
}
