import ConveneTestSupport
import Foundation
import XCTest

/// `--help` is the manual: every command and subcommand — found by walking `convene --help`, so a new command
/// is checked too — shows its examples, and every option an example uses is one that command has.
final class HelpTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!
    private var helps: [String: String] = [:]

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-help")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// `convene PATH --help`, unwrapped (wide COLUMNS), which must succeed.
    private func help(_ path: [String]) throws -> String {
        let key = path.joined(separator: " ")
        if let text = helps[key] { return text }
        let output = try convene.run(path + ["--help"], environment: ["COLUMNS": "300"])
        XCTAssertEqual(output.code, 0, "convene \(key) --help: \(output.stderr)")
        helps[key] = output.stdout
        return output.stdout
    }

    /// The names under "SUBCOMMANDS:" in a help text.
    static func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "\nSUBCOMMANDS:\n") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            // "  name    abstract"; continuation lines of a long abstract are indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
            names.append(String(name))
        }
        return names
    }

    /// Every command path below the root: ["init"], ["export"], ["export", "tracker"], …
    private func commandTree(below path: [String] = []) throws -> [[String]] {
        try Self.subcommands(in: help(path)).flatMap { name -> [[String]] in
            let child = path + [name]
            return [child] + (try commandTree(below: child))
        }
    }

    /// The examples of a help text: indented lines starting with `convene` after "Example(s):", a line ending in
    /// a backslash joined with the next.
    static func examples(in help: String) -> [String] {
        guard let start = help.range(of: #"\nExamples?:\n"#, options: .regularExpression) else { return [] }
        var lines: [String] = []
        var continued = false
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { break }
            var text = line.trimmingCharacters(in: .whitespaces)
            let continues = text.hasSuffix("\\")
            if continues { text = text.dropLast().trimmingCharacters(in: .whitespaces) }
            if continued, !lines.isEmpty { lines[lines.count - 1] += " " + text } else { lines.append(text) }
            continued = continues
        }
        return lines.filter { $0.hasPrefix("convene ") }
    }

    func testEveryCommandShowsItsExamplesAndTheirOptionsExist() throws {
        let tree = try commandTree()
        let topLevel = Set(tree.filter { $0.count == 1 }.map { $0[0] })
        // The commands the README's "Everyday use" shows, at least, must be found.
        for name in ["init", "inspect", "import", "meetings", "review", "people", "person", "merge-people", "split",
                     "classify", "plan", "export", "update", "merge", "explain"] {
            XCTAssertTrue(topLevel.contains(name), "convene --help does not list \(name): \(topLevel.sorted())")
        }
        for sub in ["tracker", "attendance", "signin", "contacts", "namebadges", "ics"] {
            XCTAssertTrue(tree.contains(["export", sub]), "convene export --help does not list \(sub)")
        }
        XCTAssertTrue(tree.contains(["plan", "import"]))

        let known = Dictionary(grouping: tree, by: { Array($0.dropLast()) }).mapValues { Set($0.map { $0.last! }) }
        for path in tree {
            let name = path.joined(separator: " ")
            let text = try help(path)
            XCTAssertTrue(text.contains("USAGE: convene \(name)"), "convene \(name) --help:\n\(text)")
            let examples = Self.examples(in: text)
            XCTAssertFalse(examples.isEmpty, "convene \(name) --help shows no examples:\n\(text)")
            XCTAssertTrue(examples.contains { $0 == "convene \(name)" || $0.hasPrefix("convene \(name) ") },
                          "convene \(name) --help has no example of itself: \(examples)")
            for example in examples { try checkOptions(of: example, known: known, shownBy: name) }
        }
    }

    /// Each `--long` and `-s` option of an example must be listed in the help of the command it runs.
    private func checkOptions(of example: String, known: [[String]: Set<String>], shownBy: String) throws {
        // Up to a shell comment or pipe: "convene people acme.com --json | jq '.[].id'".
        let command = example.components(separatedBy: " # ")[0].components(separatedBy: " | ")[0]
        let words = command.split(separator: " ").map(String.init)
        var path: [String] = []
        for word in words.dropFirst() {
            guard known[path]?.contains(word) == true else { break }
            path.append(word)
        }
        XCTAssertFalse(path.isEmpty, "\(shownBy) --help: the example \"\(example)\" names no command")
        let usage = try help(path)
        for word in words where word.hasPrefix("-") && word.count > 1 {
            let option = String(word.split(separator: "=").first ?? Substring(word))
            let listed = option.hasPrefix("--") ? usage.contains(option + " ") || usage.contains(option + "\n")
                || usage.contains(option + "]") || usage.contains(option + ",")
                : usage.contains("  \(option), ")
            XCTAssertTrue(listed, "\(shownBy) --help: the example \"\(example)\" uses \(option), "
                          + "which `convene \(path.joined(separator: " ")) --help` does not list")
        }
    }

    func testTheParsersOfHelpText() {
        let help = """
        OVERVIEW: Write things.

        Examples:
          convene export tracker -o tracker.xlsx
          convene export ics --meeting M0003   # a comment
          convene export signin --meeting "Q2" \\
              --blank-rows 10
          not an example

        USAGE: convene export <subcommand>

        SUBCOMMANDS:
          tracker                 Write the tracker
                                  on two lines.
          ics                     Write an invitation.

          See 'convene help export <subcommand>' for detailed help.
        """
        XCTAssertEqual(Self.subcommands(in: help), ["tracker", "ics"])
        XCTAssertEqual(Self.examples(in: help), ["convene export tracker -o tracker.xlsx",
                                                 "convene export ics --meeting M0003   # a comment",
                                                 "convene export signin --meeting \"Q2\" --blank-rows 10"])
        XCTAssertEqual(Self.examples(in: "OVERVIEW: nothing\n\nUSAGE: convene x\n"), [])
    }

    func testRootHelpListsTheExitCodesAndTheSameCommandsAsHelp() throws {
        let root = try convene.run(["help"], environment: ["COLUMNS": "300"])
        XCTAssertEqual(root.code, 0)
        XCTAssertTrue(root.stdout.contains("Exit codes: 0 success"), root.stdout)
        XCTAssertEqual(Self.subcommands(in: root.stdout), Self.subcommands(in: try help([])))
    }
}
