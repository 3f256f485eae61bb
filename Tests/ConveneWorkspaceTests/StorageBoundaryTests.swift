import Foundation
import XCTest

/// Every line of SQL and every use of GRDB in `ConveneWorkspace` stays in its `Storage/` folder, so the workflows
/// can be put on another database by writing one more implementation of the storage interface.
final class StorageBoundaryTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ConveneWorkspace")

    func testNoSQLOrGRDBOutsideTheStorageFolder() throws {
        let files = try Self.swiftFiles(in: Self.sources)
        let outside = files.filter { !$0.path.hasPrefix(Self.sources.appendingPathComponent("Storage").path + "/") }
        XCTAssertGreaterThan(outside.count, 10, "found too few workflow files under \(Self.sources.path)")
        var offences: [String] = []
        for file in outside {
            let found = StorageBoundary.offences(in: try String(contentsOf: file, encoding: .utf8))
            offences += found.map { "\(file.lastPathComponent): \($0)" }
        }
        XCTAssertEqual(offences, [], "SQL or GRDB outside Sources/ConveneWorkspace/Storage/")
    }

    /// The scanner is not blind: the storage folder itself is full of what it looks for.
    func testTheScannerFindsTheStorageFoldersSQL() throws {
        let storage = try Self.swiftFiles(in: Self.sources.appendingPathComponent("Storage"))
        let found = try storage.flatMap { StorageBoundary.offences(in: try String(contentsOf: $0, encoding: .utf8)) }
        XCTAssertTrue(found.contains("import GRDB"), "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("SQL in a string literal") }, "\(found)")
        XCTAssertTrue(found.contains("`sql:` argument"), "\(found)")
    }

    /// What counts and what does not: SQL in literals and GRDB names in code; prose, comments and lower-case words do not.
    func testTheScannerTellsSQLFromProse() {
        let offending = """
        import GRDB
        let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person")
        let q = \"\"\"
            DELETE FROM person_key
            \"\"\"
        func f(_ db: Database) {}
        let s = "\\(x ? "INSERT" : "b")"
        """
        XCTAssertEqual(StorageBoundary.offences(in: offending), [
            "import GRDB", "`sql:` argument", "GRDB type `Database`", "SQL in a string literal: SELECT",
            "SQL in a string literal: DELETE", "SQL in a string literal: INSERT",
        ])
        let clean = """
        // SELECT person_id FROM person_key: the storage does this (sql: in a comment)
        /// Writes start with `BEGIN IMMEDIATE`; a Database is mentioned in prose.
        let message = "cannot create the folder; select a file to update or delete"
        let url = "http://example.com/SELECTED"   // not a comment inside a literal
        struct SourceRow {}
        """
        XCTAssertEqual(StorageBoundary.offences(in: clean), [])
    }

    static func swiftFiles(in folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map(\.standardizedFileURL)
            .sorted { $0.path < $1.path }
    }
}

/// Splits Swift source into code and string literals (comments dropped) and names what belongs to the storage layer.
enum StorageBoundary {
    static let sqlKeyword = try! NSRegularExpression(pattern: #"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA)\b"#)
    static let grdbType = try! NSRegularExpression(
        pattern: #"\b(Database|DatabaseQueue|DatabasePool|DatabaseMigrator|DatabaseError|Row|StatementArguments)\b"#)

    /// Each offence once per kind and word, in the order: import, `sql:`, GRDB types, SQL keywords in literals.
    static func offences(in source: String) -> [String] {
        let (code, literals) = split(source)
        var found: [String] = []
        if code.range(of: #"(?m)^\s*(@\w+\s+)?import\s+GRDB\b"#, options: .regularExpression) != nil { found.append("import GRDB") }
        if code.range(of: #"\bsql:"#, options: .regularExpression) != nil { found.append("`sql:` argument") }
        found += words(grdbType, in: code).map { "GRDB type `\($0)`" }
        found += words(sqlKeyword, in: literals.joined(separator: "\n")).map { "SQL in a string literal: \($0)" }
        return found
    }

    private static func words(_ pattern: NSRegularExpression, in text: String) -> [String] {
        var seen: [String] = []
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let word = String(text[Range(match.range, in: text)!])
            if !seen.contains(word) { seen.append(word) }
        }
        return seen
    }

    /// The code with comments and literals removed, and the text of every string literal (interpolations are code).
    static func split(_ source: String) -> (code: String, literals: [String]) {
        var scanner = Scanner(Array(source.unicodeScalars))
        scanner.code(untilCloseParen: false)
        return (scanner.codeText, scanner.literals)
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var codeText = ""
        var literals: [String] = []
        init(_ s: [Unicode.Scalar]) { self.s = s }

        func at(_ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return i + t.count <= s.count && Array(s[i..<i + t.count]) == t
        }

        /// Code up to the end, or up to the `)` closing an interpolation.
        mutating func code(untilCloseParen: Bool) {
            var depth = 0
            while i < s.count {
                if at("//") {
                    while i < s.count && s[i] != "\n" { i += 1 }
                } else if at("/*") {
                    i += 2
                    while i < s.count && !at("*/") { i += 1 }
                    i += 2
                } else if at("\"\"\"") {
                    i += 3
                    literal(closing: "\"\"\"")
                } else if s[i] == "\"" {
                    i += 1
                    literal(closing: "\"")
                } else {
                    if s[i] == "(" { depth += 1 }
                    if s[i] == ")" {
                        if depth == 0 && untilCloseParen { i += 1; return }
                        depth -= 1
                    }
                    codeText.unicodeScalars.append(s[i])
                    i += 1
                }
            }
        }

        mutating func literal(closing: String) {
            var text = ""
            while i < s.count && !at(closing) {
                if s[i] == "\\" && i + 1 < s.count {
                    if s[i + 1] == "(" {
                        i += 2
                        literals.append(text)
                        text = ""
                        code(untilCloseParen: true)
                        continue
                    }
                    i += 1
                }
                text.unicodeScalars.append(s[i])
                i += 1
            }
            i += closing.unicodeScalars.count
            literals.append(text)
        }
    }
}
