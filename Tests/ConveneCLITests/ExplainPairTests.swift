import ConveneTestSupport
import Foundation
import XCTest

/// `convene explain FILES --pair A B` scores only the pair, yet exactly as `convene merge` scored it: under the
/// parameters a merge of the same files estimates, or under the model `merge --save-model` saved.
final class ExplainPairTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-explain-pair")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try GeneratedLists.write(in: folder)
    }

    private func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .double(let d)?: d
        case .int(let n)?: Double(n)
        default: nil
        }
    }

    func testAPairScoresAsTheMergeScoredIt() throws {
        let merged = try convene.jsonValue(["merge", "a.csv", "b.csv", "--clusters", "c.csv", "--save-model", "model.json"])
        XCTAssertEqual(merged["parameters_estimated"], .bool(true), "\(merged)")
        // A person of several records, and one link of the merge's explanation of them.
        let rows = try String(contentsOf: folder.file("c.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
        let ids = rows.map { $0.split(separator: ",").last.map(String.init) ?? "" }
        let id = try XCTUnwrap(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count >= 3 }.keys.sorted().first)
        let cluster = try convene.jsonValue(["explain", "a.csv", "b.csv", "--person", id])
        let link = try XCTUnwrap(cluster["links"]?.elements.first)
        func ref(_ side: String) throws -> String {
            "\(try XCTUnwrap(link[side]?["file"]?.string))#\(try XCTUnwrap(link[side]?["record"]?.int))"
        }
        let (a, b) = (try ref("a"), try ref("b"))

        let trained = try convene.jsonValue(["explain", "a.csv", "b.csv", "--pair", a, b])
        let saved = try convene.jsonValue(["explain", "a.csv", "b.csv", "--model", "model.json", "--pair", a, b])
        for report in [trained, saved] {
            XCTAssertEqual(try XCTUnwrap(number(report["explanation"]?["totalWeight"])),
                           try XCTUnwrap(number(link["totalWeight"])), accuracy: 1e-9, "\(a) ↔ \(b)")
            XCTAssertEqual(report["explanation"]?["terms"], link["terms"])
            XCTAssertEqual(report["keptApart"], .bool(false))
        }
        XCTAssertTrue(trained["parameterSource"]?.string?.hasPrefix("estimated from ") == true, "\(trained)")
        XCTAssertEqual(saved["parameterSource"]?.string, "given")

        let text = try convene.ok(["explain", "a.csv", "b.csv", "--model", "model.json", "--pair", a, b])
        XCTAssertTrue(text.contains("The pair links on its own (probability "), text)
        XCTAssertTrue(text.contains("Parameters: the model saved in model.json."), text)
    }

    func testTwoDifferentPeopleDoNotLinkAndABadModelIsRefused() throws {
        // Records 1 and 2 of a.csv are two of the 500 generated people (no list holds anyone twice in a row).
        let text = try convene.ok(["explain", "a.csv", "b.csv", "--pair", "a.csv#1", "a.csv#2"])
        XCTAssertTrue(text.contains("The pair does not link on its own (probability "), text)

        try Data("{\"entity\": \"person\"}".utf8).write(to: folder.file("broken.json"))
        let broken = try convene.run(["explain", "a.csv", "--model", "broken.json", "--pair", "a.csv#1", "a.csv#2"])
        XCTAssertEqual(broken.code, 1)
        XCTAssertTrue(broken.stderr.contains("--model broken.json: not a model saved by `convene merge --save-model`"), broken.stderr)
        _ = try convene.ok(["merge", "a.csv", "--save-model", "people.json"])
        let wrongKind = try convene.run(["explain", "a.csv", "--organizations", "--model", "people.json", "--pair", "a.csv#1", "a.csv#2"])
        XCTAssertEqual(wrongKind.code, 2)
        XCTAssertTrue(wrongKind.stderr.contains("the model matches people; drop --organizations"), wrongKind.stderr)
        // The same file written another way is the same file.
        let otherwise = try convene.ok(["explain", "./a.csv", "b.csv", "--pair", "a.csv#1", "\(folder.file("a.csv").path)#2"])
        XCTAssertTrue(otherwise.contains("./a.csv#1 ↔ ./a.csv#2"), otherwise)
        let missing = try convene.run(["explain", "a.csv", "--pair", "a.csv#1", "a.csv#9999"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.stderr.contains("a.csv#9999: no such record in these files"), missing.stderr)
    }
}
