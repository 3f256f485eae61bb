import Foundation
import XCTest

/// The architecture as documented — README's "Architecture" table and `Package.swift`'s header comment — lists
/// exactly the direct dependencies each target declares in `Package.swift`. Both name dependencies briefly:
/// "Model" is the target `ConveneModel`, "GRDB" the product `GRDB`.
final class ArchitectureDocsTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testReadmeTableAndPackageHeaderListEachTargetsRealDependencies() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let declared = Architecture.declaredTargets(in: manifest)
        // The layers a user sees: every target but tests, their support library and the benchmarks.
        let layers = declared.filter { !$0.isTest && !$0.name.hasPrefix("bench-") && $0.name != "ConveneTestSupport" }
        XCTAssertGreaterThanOrEqual(layers.count, 10, "parsed too few targets from Package.swift: \(layers.map(\.name))")
        let real = Dictionary(uniqueKeysWithValues: layers.map { ($0.name, Set($0.dependencies)) })
        let targetNames = Set(declared.map(\.name))

        for (document, listed) in [("README.md's architecture table", Architecture.readmeTable(readme)),
                                   ("Package.swift's header comment", Architecture.manifestHeader(manifest))] {
            XCTAssertEqual(Set(listed.keys), Set(real.keys), "\(document) lists other targets than Package.swift")
            for (target, names) in listed.sorted(by: { $0.key < $1.key }) {
                let expanded = Set(names.map { targetNames.contains("Convene" + $0) ? "Convene" + $0 : $0 })
                XCTAssertEqual(expanded, real[target], "\(document): \(target) depends on \(real[target]?.sorted() ?? [])"
                               + ", the document says \(expanded.sorted())")
            }
        }
    }

    /// The parser itself, on a manifest and a table that disagree, so the test above can fail.
    func testTheParsersSeeADisagreement() {
        let manifest = """
        // The targets are layers.
        //   Alpha                 (the bottom)
        //   Beta → Alpha, Yams   (reads YAML)
        import PackageDescription
        let package = Package(name: "P", targets: [
            .target(name: "Alpha"),
            .target(name: "Beta", dependencies: ["Alpha", .product(name: "Yams", package: "Yams")]), // a comment (with parens)
            .testTarget(name: "BetaTests", dependencies: ["Beta"]),
        ])
        """
        let targets = Architecture.declaredTargets(in: manifest)
        XCTAssertEqual(targets.map(\.name), ["Alpha", "Beta", "BetaTests"])
        XCTAssertEqual(targets.map(\.dependencies), [[], ["Alpha", "Yams"], ["Beta"]])
        XCTAssertEqual(targets.map(\.isTest), [false, false, true])
        XCTAssertEqual(Architecture.manifestHeader(manifest), ["Alpha": [], "Beta": ["Alpha", "Yams"]])

        let readme = """
        # P

        ## Architecture

        | target | job | depends on |
        |---|---|---|
        | `Alpha` | the bottom | — |
        | `Beta` | reads YAML | Alpha |

        ## Next
        | `Gamma` | not in the table | Alpha |
        """
        XCTAssertEqual(Architecture.readmeTable(readme), ["Alpha": [], "Beta": ["Alpha"]])
    }
}

/// Reads targets and their dependencies out of `Package.swift` text and the two documents that describe them.
enum Architecture {
    struct Target: Equatable {
        var name: String
        var dependencies: [String]  // target names and product names, as declared
        var isTest: Bool
    }

    /// Every `.target`, `.executableTarget`, `.systemLibrary` and `.testTarget` with its direct dependencies.
    static func declaredTargets(in manifest: String) -> [Target] {
        let code = withoutComments(manifest)
        var targets: [Target] = []
        let kinds = [".target(", ".executableTarget(", ".systemLibrary(", ".testTarget("]
        var index = code.startIndex
        while let match = kinds.compactMap({ code.range(of: $0, range: index..<code.endIndex) })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            let body = balanced(code[...], from: match.upperBound, open: "(", close: ")")
            index = body.endIndex
            guard let name = firstQuoted(after: "name:", in: body) else { continue }
            var dependencies: [String] = []
            if let list = body.range(of: "dependencies:").flatMap({ body.range(of: "[", range: $0.upperBound..<body.endIndex) }) {
                // `.product(name: "X", package: "Y")` depends on X; every other string is a target's name.
                let text = balanced(body, from: list.upperBound, open: "[", close: "]")
                    .replacingOccurrences(of: #"package:\s*"[^"]*""#, with: "", options: .regularExpression)
                dependencies = quotedStrings(in: String(text))
            }
            targets.append(Target(name: name, dependencies: dependencies, isTest: code[match].hasPrefix(".testTarget")))
        }
        return targets
    }

    /// The rows of README's "Architecture" table: `| \`Target\` | job | A, B |` ("—" for none).
    static func readmeTable(_ readme: String) -> [String: [String]] {
        guard let start = readme.range(of: "\n## Architecture\n") else { return [:] }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        var rows: [String: [String]] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            rows[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = names(cells[3])
        }
        return rows
    }

    /// The header comment's lines `//   Target → A, B   (why)` (no arrow for none), up to the first line of code.
    static func manifestHeader(_ manifest: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in manifest.split(separator: "\n") {
            guard line.hasPrefix("//") else { if line.hasPrefix("import") { break } else { continue } }
            let text = line.dropFirst(2).replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
            guard text.hasPrefix("   "), let first = text.split(separator: " ").first,
                  first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { continue }
            let parts = text.components(separatedBy: "→")
            rows[String(first)] = parts.count > 1 ? names(parts[1]) : []
        }
        return rows
    }

    private static func names(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "—" }
    }

    /// The manifest without `//` comments (a `//` right after a colon is part of a URL).
    private static func withoutComments(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?m)(^|[^:])//.*$"#, with: "$1", options: .regularExpression)
    }

    /// The text from `start` up to the bracket that closes the one just before it.
    private static func balanced(_ text: Substring, from start: String.Index, open: Character, close: Character) -> Substring {
        var depth = 1, index = start, inString = false
        while index < text.endIndex {
            let c = text[index]
            if c == "\"" { inString.toggle() }
            if !inString, c == open { depth += 1 }
            if !inString, c == close { depth -= 1; if depth == 0 { return text[start..<index] } }
            index = text.index(after: index)
        }
        return text[start...]
    }

    private static func firstQuoted(after label: String, in text: Substring) -> String? {
        guard let at = text.range(of: label) else { return nil }
        return quotedStrings(in: String(text[at.upperBound...])).first
    }

    private static func quotedStrings(in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #""([^"]*)""#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
