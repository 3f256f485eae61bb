import ConveneImport
import ConveneMatch
import ConveneModel
import Foundation
import XCTest

/// Hard cases for person matching, one realistic contact export per case (Fixtures/HardCases, described in its
/// README.md): `NAME.csv` is read through the importer exactly as `convene merge NAME.csv` reads it, matched with
/// the default people settings, and the partition of its records must equal `NAME.expected` — one line per true
/// person, that person's 1-based data-record numbers.
///
/// A failure prints both partitions, what each record says, and the explanation of every pair the engine
/// wrongly joined or wrongly split.
final class HardCaseTests: XCTestCase {
    /// Spouses, a son and a daughter share surname, home address and home phone (three of them an employer);
    /// only the mother's work and home records are one person.
    func testHousehold() throws { try checkHardCase("household") }

    /// Robert Okafor Sr. and Jr. at one firm on one main line; the father also appears without a suffix,
    /// under the email another of his "Sr." records has.
    func testSeniorJunior() throws { try checkHardCase("senior-junior") }

    /// Two Jane Smiths at two organizations in two cities, each listed twice.
    func testSameNameTwoOrgs() throws { try checkHardCase("same-name-two-orgs") }

    /// One person at her old and her new employer, joined by a personal gmail and cell on both sides;
    /// a Daniel Vega works at the new employer.
    func testJobChanger() throws { try checkHardCase("job-changer") }

    /// Maiden and married surname with the same personal email and cell; her husband lives at her new address.
    func testSurnameChanger() throws { try checkHardCase("surname-changer") }

    /// info@ and workforce@ used by different people at one college; one of them also has a personal work
    /// address with the same desk phone.
    func testSharedInfoMailbox() throws { try checkHardCase("shared-info-mailbox") }

    /// Five colleagues on the company main number with different extensions; one listed twice.
    func testMainLineExtensions() throws { try checkHardCase("main-line-extensions") }

    /// Bob/Robert, Bill/William, Liz/Elizabeth, Peggy/Margaret; a Roberta at the same firm, a Robert elsewhere.
    func testNickname() throws { try checkHardCase("nickname") }

    /// First and last name in each other's columns on one list; Grant Thomas and Thomas Grant are two people.
    func testSwappedNames() throws { try checkHardCase("swapped-names") }

    /// Elizabeth Brennan on her work email, once misspelt "Elizzabeth", and as Liz on a personal gmail; Erin
    /// Brennan at the college is someone else.
    func testMisspeltFormalName() throws { try checkHardCase("misspelt-formal-name") }

    /// Father and son, both Luis Ortega, at the family firm with no suffix anywhere: the firm numbered the son's
    /// address (lortega2@). Digits mistyped in a gmail address are one person's.
    func testNumberedNamesakes() throws { try checkHardCase("numbered-namesakes") }
}

extension HardCaseTests {
    /// A partition of record numbers: each group ascending, groups ordered by their first record.
    typealias Partition = [[Int]]

    static func normalized(_ groups: [[Int]]) -> Partition {
        groups.map { $0.sorted() }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
    }

    static func describe(_ partition: Partition) -> String {
        partition.map { "{" + $0.map(String.init).joined(separator: " ") + "}" }.joined(separator: " ")
    }

    static func fixtureURL(_ name: String, _ ext: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/HardCases")
    }

    /// Reads `NAME.expected`: one line per person, record numbers separated by spaces; blank lines and `#` comments
    /// are ignored.
    static func expectedPartition(_ text: String) -> Partition? {
        var groups: [[Int]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let words = content.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { continue }
            var group: [Int] = []
            for w in words {
                guard let n = Int(w) else { return nil }
                group.append(n)
            }
            groups.append(group)
        }
        return normalized(groups)
    }

    func checkHardCase(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let csvName = "\(name).csv"
        guard let csvURL = Self.fixtureURL(name, "csv"), let expectedURL = Self.fixtureURL(name, "expected") else {
            return XCTFail("\(name): fixture missing from the test bundle (is Fixtures copied as a resource?)",
                           file: file, line: line)
        }
        var options = ImportOptions()
        options.displayName = csvName
        let imported = try Importer.read(url: csvURL, options: options)
        let expectedText = try String(contentsOf: expectedURL, encoding: .utf8)
        guard let expected = Self.expectedPartition(expectedText) else {
            return XCTFail("\(name).expected: a word that is not a record number", file: file, line: line)
        }

        // The expected file must name every record exactly once.
        let numbers = imported.contacts.map(\.source.record)
        let listed = expected.flatMap { $0 }
        guard listed.sorted() == numbers.sorted(), Set(listed).count == listed.count else {
            return XCTFail("\(name).expected lists records \(listed.sorted()) "
                           + "but the importer read \(numbers.sorted())", file: file, line: line)
        }

        let result = Matcher.run(records: imported.contacts, settings: .people())
        var byID: [String: [Int]] = [:]
        for (ref, id) in zip(result.records, result.entityIDs) { byID[id, default: []].append(ref.record) }
        let actual = Self.normalized(Array(byID.values))
        guard actual != expected else { return }

        // Which pairs went wrong, each explained.
        func groupOf(_ partition: Partition) -> [Int: Int] {
            var group: [Int: Int] = [:]
            for (g, members) in partition.enumerated() { for r in members { group[r] = g } }
            return group
        }
        let expectedGroup = groupOf(expected), actualGroup = groupOf(actual)
        let recordNumbers = numbers.sorted()
        var wronglyJoined: [(Int, Int)] = [], wronglySplit: [(Int, Int)] = []
        for (i, a) in recordNumbers.enumerated() {
            for b in recordNumbers[(i + 1)...] {
                let sameExpected = expectedGroup[a] == expectedGroup[b], sameActual = actualGroup[a] == actualGroup[b]
                if sameActual && !sameExpected { wronglyJoined.append((a, b)) }
                if sameExpected && !sameActual { wronglySplit.append((a, b)) }
            }
        }
        let contactsByRecord = Dictionary(uniqueKeysWithValues: imported.contacts.map { ($0.source.record, $0) })
        func summary(_ r: Int) -> String {
            guard let c = contactsByRecord[r] else { return "#\(r)" }
            let parts = [c.name.displayName, c.emails.joined(separator: ", "), c.phones.joined(separator: ", "),
                         c.organization ?? "", c.city ?? ""]
            return "#\(r): " + parts.filter { !$0.isEmpty }.joined(separator: " · ")
        }
        func explained(_ pair: (Int, Int)) -> String {
            let a = RecordRef(file: csvName, record: pair.0), b = RecordRef(file: csvName, record: pair.1)
            return result.explain(a, b)?.text ?? "\(a) ↔ \(b): no explanation"
        }
        var report = ["\(name): partition differs",
                      "  expected: \(Self.describe(expected))",
                      "  actual:   \(Self.describe(actual))",
                      "records:"] + recordNumbers.map { "  " + summary($0) }
        if !wronglyJoined.isEmpty { report += ["wrongly joined:"] + wronglyJoined.map(explained) }
        if !wronglySplit.isEmpty { report += ["wrongly split:"] + wronglySplit.map(explained) }
        XCTFail(report.joined(separator: "\n"), file: file, line: line)
    }
}
