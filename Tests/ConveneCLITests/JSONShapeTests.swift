import ConveneTestSupport
import Foundation
import XCTest

/// Issue 12, item 2: the shape of every `--json` document — keys, value types, array or object — on the
/// SampleData workspace, and a walk of `convene --help` so that a command taking `--json` cannot go unchecked.
final class JSONShapeTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-json")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
    }

    /// Every command whose `--json` shape the tests below check.
    static let checked: Set<String> = [
        "init", "settings", "import", "inspect", "people", "orgs", "person", "merge-people", "split", "rebuild",
        "merge", "explain",
        "meetings", "meeting add", "classify", "review", "plan import", "update", "export tracker",
        "export attendance", "export signin", "export contacts", "export namebadges", "export ics",
    ]
    /// Commands that take the shared `--json` flag and still print text; their command files are outside
    /// this change (issue 12 lists them). Move one to `checked` when it prints JSON.
    static let printText: Set<String> = []

    func testEveryCommandTakingJSONIsChecked() throws {
        func help(_ path: [String]) throws -> String {
            let out = try convene.run(path + ["--help"], environment: ["COLUMNS": "300"])
            XCTAssertEqual(out.code, 0, out.stderr)
            return out.stdout
        }
        var taking: Set<String> = [], queue: [[String]] = [[]]
        while let path = queue.popLast() {
            let text = try help(path)
            let children = HelpTests.subcommands(in: text).filter { $0 != "help" }
            queue += children.map { path + [$0] }
            if children.isEmpty, text.contains("--json") { taking.insert(path.joined(separator: " ")) }
        }
        XCTAssertTrue(taking.contains("export ics") && taking.contains("plan import"), "the walk reached the subcommands: \(taking)")
        XCTAssertEqual(taking.subtracting(Self.checked).subtracting(Self.printText), [], "commands taking --json whose shape nobody checks")
        XCTAssertEqual(Self.checked.subtracting(taking), [], "checked commands that no longer take --json")
    }

    // MARK: Shapes

    static let settings = JSONShape.object([
        "name": .string, "sector": .optional(.string), "region": .optional(.string), "launchDate": .optional(.isoDate),
        "defaultPhoneRegion": .string, "coChairs": .array(.string, nonEmpty: false),
    ])
    static let personRow = JSONShape.object([
        "id": .string, "name": .string, "sort_name": .string, "given": .optional(.string), "family": .optional(.string),
        "email": .optional(.string), "phone": .optional(.string), "organization": .optional(.string),
        "organization_id": .optional(.string), "title": .optional(.string), "city": .optional(.string),
        "street": .optional(.string), "region": .optional(.string), "postal_code": .optional(.string),
        "country": .optional(.string), "records": .int,
    ])
    static let orgRow = JSONShape.object([
        "id": .string, "name": .string, "kind": .string, "kind_overridden": .bool, "public_partner": .bool, "people": .int,
        "website": .optional(.string),
    ])
    static let meetingRow = JSONShape.object([
        "id": .string, "name": .string, "date": .optional(.isoDate), "kind": .string, "virtual": .bool, "invited": .int,
        "registered": .int, "attended": .int, "walk_ins": .int,
    ])
    static let reading = JSONShape.object(["role": .string, "because": .string, "evidence": .array(.string)])
    static let redirect = JSONShape.object(["oldID": .string, "newIDs": .array(.string), "reason": .string, "rebuiltAt": .string,
                                            "retiredBy": .string])
    static let importSummary = JSONShape.object([
        "file": .string, "source": .string, "alreadyImported": .bool, "recordsRead": .int, "newPeople": .int,
        "matchedPeople": .int, "matchedAtOnce": .bool, "reviewItems": .int, "participations": .int,
        // IDs print as their text ("M0005"), as in `meetings --json`.
        "meeting": .optional(.string), "meetingName": .optional(.string), "warnings": .array(.string, nonEmpty: false),
        "mapping": .optional(.object(["origin": .string, "file": .string, "remembered": .bool])), "reading": .optional(reading),
        "rematch": .optional(.object(["trigger": .string, "storedRecords": .int, "newRecords": .int, "redirects": .array(redirect, nonEmpty: false),
                                      "parameterSource": .string, "reviewItems": .int])),
    ])
    static let inspected = JSONShape.object([
        "file": .string, "format": .string, "encoding": .string, "delimiter": .nullable(.string), "sheet": .nullable(.string),
        "source": .string, "sourceName": .string, "headerLine": .nullable(.int), "headerless": .bool, "records": .int,
        "columns": .array(.object(["index": .int, "header": .string, "field": .string, "reason": .string])),
        "warnings": .array(.object(["file": .string, "line": .optional(.int), "message": .string, "kind": .optional(.string)]),
                           nonEmpty: false),
        "meeting": .optional(.object(["name": .optional(.string), "date": .optional(.isoDate), "startTime": .optional(.string),
                                      "endTime": .optional(.string), "isVirtual": .bool])),
        "contacts": .int, "organizations": .int, "participations": .int, "actionItems": .int, "reading": .nullable(reading),
    ])
    static let actionItem = JSONShape.object([
        "id": .string, "priorityArea": .string, "item": .string, "team": .string, "champion": .optional(.string),
        "championID": .optional(.string), "support": .optional(.string), "supportID": .optional(.string),
        "start": .optional(.isoDate), "due": .optional(.isoDate), "status": .string, "nextStep": .optional(.string),
        "lastUpdated": .optional(.isoDate), "notes": .optional(.string),
    ])

    /// `export …`, `review -o`: one object of strings, `file` among them.
    static func fileSummary(_ keys: String...) -> JSONShape {
        .object(Dictionary(uniqueKeysWithValues: (["file"] + keys).map { ($0, JSONShape.string) }))
    }

    // MARK: The workspace commands on SampleData

    func testEveryJSONDocumentHasItsShapeOnSampleData() throws {
        let created = try convene.jsonValue(["init", "fresh", "--launch-date", "2026-08-25", "--co-chair", "Dana Ortiz"])
        assertShape(created, .object(["folder": .string, "settings": Self.settings]))
        XCTAssertEqual(created["folder"]?.string, folder.file("fresh").standardizedFileURL.path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("fresh/convene.sqlite").path), "init --json still creates it")

        try SampleData.buildWorkspace(convene)
        let settings = try convene.jsonValue(["settings"])
        assertShape(settings, Self.settings)
        XCTAssertEqual(settings["launchDate"]?.string, "2026-08-25", "dates print as ISO text")

        // An ugly Google Form sign-in: a test submission and a double one, both warned about.
        let form = "Winter sign-in (Responses).csv"
        try Inputs.write("Timestamp,Full name,Email,Organization\n2027-02-16 08:01:00,Test,test@example.com,Test\n"
                         + "2027-02-16 08:05:00,Zed Quill,zed@quill.example.com,Quill Works\n"
                         + "2027-02-16 08:06:00,Zed Quill,zed@quill.example.com,Quill Works\n", to: folder.file(form))
        let inspected = try convene.jsonValue(["inspect", form, SampleData.path("upskilling-call-teams.csv"), "--date", "2027-02-16"])
        assertShape(inspected, .array(Self.inspected))
        XCTAssertEqual(inspected.elements.first?["warnings"]?.elements.count, 2, "\(inspected)")
        XCTAssertNotNil(inspected.elements.last?["meeting"], "the Teams report names its meeting")
        let imported = try convene.jsonValue(["import", form, "--meeting", "Winter Partnership Meeting", "--date", "2027-02-16"])
        assertShape(imported, .array(Self.importSummary))
        XCTAssertEqual(imported.elements.first?["warnings"]?.elements.count, 2)
        XCTAssertNotNil(imported.elements.first?["reading"])

        let people = try convene.jsonValue(["people"])
        assertShape(people, .array(Self.personRow))
        assertShape(try convene.jsonValue(["people", "zz-nobody-zz"]), .array(Self.personRow, nonEmpty: false))
        assertShape(try convene.jsonValue(["orgs"]), .array(Self.orgRow))
        assertShape(try convene.jsonValue(["classify"]), .array(Self.orgRow))
        assertShape(try convene.jsonValue(["classify", "Valley Technical College", "--kind", "college"]), Self.orgRow)
        assertShape(try convene.jsonValue(["meetings"]), .array(Self.meetingRow))
        assertShape(try convene.jsonValue(["meeting", "add", "Spring Partnership Meeting", "--date", "2027-05-18"]), Self.meetingRow)

        // The person with the most records: alternates, records and meetings are all there to check.
        let busiest = try XCTUnwrap(people.elements.max { ($0["records"]?.int ?? 0) < ($1["records"]?.int ?? 0) })
        let id = try XCTUnwrap(busiest["id"]?.string)
        assertShape(try convene.jsonValue(["person", id]), .object([
            "person": Self.personRow,
            "alternates": .dictionary(.array(.object(["value": .string, "source": .optional(.string)]))),
            "records": .array(.object(["record_id": .int, "file": .string, "record": .int, "line": .optional(.int),
                                       "source": .string, "raw": .dictionary(.string)])),
            "meetings": .array(.object(["id": .string, "name": .string, "date": .optional(.isoDate), "kind": .string,
                                        "status": .string, "minutes": .optional(.number),
                                        "rows": .array(.object(["status": .string, "source": .string]), nonEmpty: false)])),
        ]))

        let split = try convene.jsonValue(["split", id])
        assertShape(split, .object(["person": .string, "new_person": .string]))
        let newID = try XCTUnwrap(split["new_person"]?.string)
        let merged = try convene.jsonValue(["merge-people", id, newID])
        assertShape(merged, Self.personRow)
        XCTAssertEqual(merged["id"]?.string, id)

        assertShape(try convene.jsonValue(["rebuild"]), .object([
            "records": .int, "peopleBefore": .int, "peopleAfter": .int, "keptIDs": .int, "newIDs": .int,
            "decisionsApplied": .int, "openReviewPairs": .int, "parameterSource": .string,
            "rereadRecords": .int, "changedRecords": .int, "keptAsStoredRecords": .int,
            "redirects": .array(Self.redirect, nonEmpty: false),
        ]))

        assertShape(try convene.jsonValue(["review", "-o", "review.xlsx"]), Self.fileSummary("pairs", "more"))
        assertShape(try convene.jsonValue(["review", "--apply", "review.xlsx"]),
                    .object(["merged": .int, "keptApart": .int, "skipped": .int, "undecided": .int, "stale": .int]))

        // A plan edit with a change and an unreadable date, so both lists have an element to check.
        try Inputs.write("Item ID,Action item,Status,Due\nA0001,Host 3 plant tours for high-school CTE students,Done,next spring\n",
                         to: folder.file("plan-edit.csv"))
        let plan = try convene.jsonValue(["plan", "import", "plan-edit.csv", "--dry-run", "--as-of", "2026-11-21"])
        assertShape(plan, .object([
            "items": .array(Self.actionItem), "added": .array(Self.actionItem, nonEmpty: false),
            "deleted": .array(Self.actionItem, nonEmpty: false),
            "changes": .array(.object(["itemID": .string, "column": .string, "old": .string, "new": .string])),
            "conflicts": .array(.object(["itemID": .string, "column": .string, "exported": .string, "workspace": .string,
                                         "file": .string, "line": .optional(.int)]), nonEmpty: false),
            "names": .array(.object(["itemID": .string, "column": .string, "name": .string, "person": .optional(.string),
                                     "note": .optional(.string)]), nonEmpty: false),
            "problems": .array(.object(["line": .optional(.int), "column": .string, "found": .string, "expected": .string])),
            "hadBaseline": .bool,
        ]))

        let update = try convene.jsonValue(["update", "--since", "2026-11-01", "--as-of", "2026-11-20"])
        assertShape(update, .object(["since": .isoDate, "today": .isoDate, "text": .string]))
        XCTAssertEqual(update["text"]?.string, try convene.ok(["update", "--since", "2026-11-01", "--as-of", "2026-11-20"]),
                       "the text is what update prints")
        XCTAssertEqual(update["today"]?.string, "2026-11-20")

        let exports: [([String], JSONShape)] = [
            (["tracker", "-o", "t.xlsx"], Self.fileSummary("items", "people", "overdue")),
            (["attendance", "-o", "a.xlsx"], Self.fileSummary("meetings")),
            (["signin", "--meeting", "Winter Partnership Meeting", "-o", "s.xlsx", "--blank-rows", "3"],
             Self.fileSummary("meeting", "names", "blankRows")),
            (["contacts", "--kind", "business", "-o", "c.csv"], Self.fileSummary("kind", "contacts", "leftOut")),
            (["namebadges", "--meeting", "M0005", "-o", "b.csv"], Self.fileSummary("meeting", "badges")),
            (["ics", "--meeting", "M0005", "-o", "m.ics"], Self.fileSummary("meeting", "uid")),
        ]
        for (arguments, shape) in exports {
            let json = try convene.jsonValue(["export"] + arguments)
            assertShape(json, shape)
            XCTAssertEqual(json["file"]?.string, arguments[arguments.firstIndex(of: "-o")! + 1], "\(arguments)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file(json["file"]?.string ?? "").path), "\(arguments) wrote it")
        }
    }

    /// The figures each export's JSON gives are the ones in the file it wrote.
    func testExportFiguresAgreeWithWhatWasWritten() throws {
        try SampleData.buildWorkspace(convene)
        let meetings = try convene.meetings().count
        XCTAssertEqual(try convene.jsonValue(["export", "attendance", "-o", "a.xlsx"])["meetings"]?.string, String(meetings))
        XCTAssertEqual(try convene.jsonValue(["export", "attendance", "-o", "one.xlsx", "--meeting", "M0001"])["meetings"]?.string, "1")
        let signin = try convene.jsonValue(["export", "signin", "--meeting", "Winter Partnership Meeting", "-o", "s.xlsx", "--blank-rows", "3"])
        XCTAssertEqual(signin["meeting"]?.string, "M0005")
        XCTAssertEqual(signin["names"]?.string, "14")
        XCTAssertEqual(signin["blankRows"]?.string, "3")
        let contacts = try convene.jsonValue(["export", "contacts", "--kind", "PUBLIC", "-o", "c.csv"])
        XCTAssertEqual(contacts["kind"]?.string, "public")
        XCTAssertEqual(contacts["contacts"]?.string, String(try Written.csv(folder.file("c.csv")).count - 1))
        let badges = try convene.jsonValue(["export", "namebadges", "--meeting", "M0005", "-o", "b.csv"])
        XCTAssertEqual(badges["badges"]?.string, String(try Written.csv(folder.file("b.csv")).count - 1))
        let ics = try convene.jsonValue(["export", "ics", "--meeting", "M0005", "-o", "m.ics"])
        XCTAssertTrue(try Written.text(folder.file("m.ics")).contains("UID:\(ics["uid"]?.string ?? "?")\r\n"), "\(ics)")
        // --json wins over --quiet, as for export tracker: a script asking for JSON gets it.
        let quiet = try convene.ok(["export", "namebadges", "--meeting", "M0005", "-o", "q.csv", "-q", "--json"])
        XCTAssertTrue(quiet.hasPrefix("{"), quiet)
        // A refused export prints no JSON, only its one line on stderr.
        let refused = try convene.run(["export", "namebadges", "--meeting", "No Such Meeting", "-o", "x.csv", "--json"])
        XCTAssertEqual(refused.code, 1)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("x.csv").path))
    }

    /// `merge --json` prints its summary; `explain --json` the explanation as the engine keeps it.
    func testMergeAndExplainJSON() throws {
        try Inputs.write("First Name,Last Name,Email,Company\nJane,Smith,jane.smith@acme.example.com,Acme\nBob,Okafor,bob@helix.example.com,Helix\n",
                         to: folder.file("a.csv"))
        try Inputs.write("Name,Email,Organization\nJane Smith,jane.smith@acme.example.com,Acme Manufacturing\n", to: folder.file("b.csv"))
        let merged = try convene.jsonValue(["merge", "a.csv", "b.csv", "--clusters", "c.csv"])
        assertShape(merged, .object([
            "records": .int, "clusters": .int, "candidate_pairs": .int, "links": .int, "review_pairs": .int,
            "weak_clusters": .int, "split_clusters": .int, "entity": .string, "parameters": .string,
            "parameters_estimated": .bool,
            "warnings": .array(.object(["file": .string, "line": .optional(.int), "message": .string, "kind": .optional(.string)]),
                               nonEmpty: false),
        ]))
        XCTAssertEqual(merged["records"]?.int, 3)
        XCTAssertEqual(merged["clusters"]?.int, 2)
        let term = JSONShape.object(["comparison": .string, "level": .string, "valueA": .string, "valueB": .string, "weight": .number])
        let ref = JSONShape.object(["file": .string, "record": .int])
        let pair = JSONShape.object(["a": ref, "b": ref, "priorWeight": .number, "terms": .array(term), "totalWeight": .number,
                                     "probability": .number])
        let explained = try convene.jsonValue(["explain", "a.csv", "b.csv", "--pair", "a.csv#1", "b.csv#1"])
        assertShape(explained, .object(["explanation": pair, "parameterSource": .string, "matchThreshold": .number,
                                         "reviewThreshold": .number, "keptApart": .bool]))
        assertShape(try convene.jsonValue(["explain", "a.csv", "b.csv", "--person", "P000001"]),
                    .object(["clusterID": .string, "members": .array(ref), "links": .array(pair), "isWeak": .bool]))
    }
}
