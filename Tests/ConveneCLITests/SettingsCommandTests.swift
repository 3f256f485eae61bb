import ConveneTestSupport
import Foundation
import XCTest

/// `convene settings` end to end, beyond what InitAndStatusCommandTests checks (the name, co-chairs, an empty
/// name): every line shown, what changed said with what it was, values trimmed and cleared, a bad date refused
/// with the settings file untouched.
final class SettingsCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-settings")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        try convene.ok(["init", "--name", "Healthcare Partnership", "--sector", "Health care", "--launch-date", "2026-08-25", "-q"])
    }

    private var settingsFile: Data { get throws { try Data(contentsOf: folder.file("convene.json")) } }

    func testShowChangeAndClear() throws {
        XCTAssertEqual(try convene.ok(["settings"]), """
            Name:          Healthcare Partnership
            Sector:        Health care
            Region:        —
            Launch date:   2026-08-25
            Co-chairs:     —
            Phone region:  US

            """)
        XCTAssertEqual(try convene.ok(["settings", "--launch-date", " 2026-09-01 ", "--phone-region", "ca", "--sector", ""]), """
            Sector:        —   (was: Health care)
            Launch date:   2026-09-01   (was: 2026-08-25)
            Phone region:  CA   (was: US)

            """)
        let json = try XCTUnwrap(convene.json(["settings"]) as? [String: Any])
        XCTAssertNil(json["sector"], "an empty --sector clears it")
        XCTAssertEqual(json["defaultPhoneRegion"] as? String, "CA")
        // The same values again change nothing, and all of them are shown.
        let file = try settingsFile
        XCTAssertTrue(try convene.ok(["settings", "--phone-region", "CA"]).hasPrefix("Name:          Healthcare Partnership\n"))
        XCTAssertEqual(try settingsFile, file)
        XCTAssertEqual(try convene.ok(["settings", "--name", "Other", "-q"]), "", "-q prints nothing but still saves")
        XCTAssertEqual((try convene.json(["settings"]) as? [String: Any])?["name"] as? String, "Other")
    }

    func testABadDateChangesNothing() throws {
        let file = try settingsFile
        let bad = try convene.run(["settings", "--name", "Renamed", "--launch-date", "next fall"])
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--launch-date: expected a date as YYYY-MM-DD, found \"next fall\""), bad.stderr)
        XCTAssertEqual(bad.stdout, "")
        XCTAssertEqual(try settingsFile, file, "nothing saved, not even the valid --name")
    }
}
