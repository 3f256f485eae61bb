import ConveneSpreadsheet
import ConveneTestSupport
import Foundation
import XCTest

/// `convene merge` and `convene explain` on two small lists, through the real binary.
final class MergeCommandTests: XCTestCase {
    var folder: TemporaryDirectory!
    var convene: ConveneRunner!

    override func setUpWithError() throws {
        folder = try temporaryFolder(prefix: "convene-merge")
        convene = ConveneRunner(binary: try ConveneRunner.locateBinary(), workspace: folder.url)
        // Record 2's title spans two lines, so record numbers (data records from 1) differ from line numbers.
        try Data("""
        First Name,Last Name,Email,Company,Title,Phone
        Jane,Smith,jane.smith@acme.com,Acme Manufacturing,Plant manager,608-555-0101
        Jane,Smith,jsmith@lakeviewschools.org,Lakeview Schools,"Counselor
        (grades 9-12)",312.555.0199
        Bob,Smith,bob.smith@acme.com,"Acme Mfg., Inc.",,+44 20 7946 0958

        """.utf8).write(to: folder.file("contacts.csv"))
        try Data("""
        Name,Organization,Email
        "Smith, Robert J.",ACME Manufacturing,rsmith@gmail.com
        Maria Lopez,Lakeview Schools,mlopez@lakeviewschools.org

        """.utf8).write(to: folder.file("signin.csv"))
    }

    /// Rows of a small CSV without quoted fields (the clusters file never needs quotes for these names).
    private func rows(_ name: String) throws -> [[String]] {
        var text = try String(contentsOf: folder.file(name), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func testClustersFileHasOneRowPerRecordAndKeepsTheTwoJaneSmithsApart() throws {
        _ = try convene.ok(["merge", "contacts.csv", "signin.csv", "-o", "people.xlsx", "--csv", "people.csv",
                            "--clusters", "clusters.csv"])
        let clusters = try rows("clusters.csv")
        XCTAssertEqual(clusters.first, ["file", "record", "person_id"])
        let body = Array(clusters.dropFirst())
        XCTAssertEqual(body.map { [$0[0], $0[1]] },
                       [["contacts.csv", "1"], ["contacts.csv", "2"], ["contacts.csv", "3"],
                        ["signin.csv", "1"], ["signin.csv", "2"]])
        var id: [String: String] = [:]
        for row in body { id[row[0] + "#" + row[1]] = row[2] }
        XCTAssertNotEqual(id["contacts.csv#1"], id["contacts.csv#2"], "two Jane Smiths at two companies")
        XCTAssertEqual(id["contacts.csv#3"], id["signin.csv#1"], "Bob Smith and Smith, Robert J. at Acme")
        XCTAssertNotEqual(id["contacts.csv#1"], id["contacts.csv#3"], "Jane and Bob Smith at Acme")
        XCTAssertEqual(Set(id.values).count, 4)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("people.xlsx").path))
    }

    /// A row the importer leaves out or reads oddly is said in the run's output, never dropped silently: a
    /// sign-in row with only an address and a birth date names no person, an email cell with no address in it.
    /// Ten per file are printed and the rest counted; past the importer's 100 of a kind, its count is said too.
    func testMergeSaysWhichRowsItLeftOutAndWhy() throws {
        var rows = ["First Name,Last Name,Email,Street,Date of Birth",
                    "Ana,Ruiz,aruiz@acme.com,1 Main St,1980-02-03",
                    ",,,12 Oak Ave,1975-06-07",
                    "Ben,Ode,see front desk,,"]
        rows += (1...120).map { ",,,\($0) Elm St,1960-01-01" }
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: folder.file("roster.csv"))
        let out = try convene.ok(["merge", "roster.csv", "contacts.csv", "--clusters", "clusters.csv"])
        XCTAssertTrue(out.hasPrefix("5 records →"), out)
        XCTAssertTrue(out.contains("warning: roster.csv:3: record 2 names no person (no name, email or phone): left out"), out)
        XCTAssertTrue(out.contains("warning: roster.csv:4: not an email address: column \"Email\""), out)
        XCTAssertFalse(out.contains("front desk"), "a warning names the column, not the value: \(out)")
        let numbered = out.split(separator: "\n").filter { $0.range(of: #"^warning: roster\.csv:\d"#, options: .regularExpression) != nil }
        XCTAssertEqual(numbered.count, 10, "ten per file: \(out)")
        XCTAssertTrue(out.contains("warning: roster.csv: 91 more warnings (`convene inspect roster.csv` lists them)"), out)
        XCTAssertTrue(out.contains("warning: roster.csv: 21 more noPerson warning(s) not shown"), out)
        XCTAssertFalse(out.contains("warning: contacts.csv"), out)
        let json = try convene.ok(["merge", "roster.csv", "contacts.csv", "--clusters", "clusters.csv", "--json"])
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((summary["warnings"] as? [Any])?.count, 102, "100 of a kind, the invalid email, the count of the rest")
    }

    /// An output named for another format is refused before any work, with the name to use: `-o people.csv`
    /// would hold a workbook Excel shows as garbage, `--csv people.xlsx` a CSV Excel will not open.
    func testAnOutputNamedForAnotherFormatIsRefusedWithTheNameToUse() throws {
        let cases: [([String], String)] = [
            (["-o", "people.csv"], "-o people.csv: this writes an Excel workbook (.xlsx); name it people.xlsx (--csv writes CSV)"),
            (["--csv", "people.xlsx"], "--csv people.xlsx: this writes CSV; name it people.csv (-o writes an Excel workbook (.xlsx))"),
            (["-o", "people.xls"], "-o people.xls: this writes an Excel workbook (.xlsx); name it people.xlsx"),
            (["--clusters", "c.xlsx"], "--clusters c.xlsx: this writes CSV; name it c.csv"),
            (["-o", "people.xlsx.csv"], "name it people.xlsx (--csv"),
            // Outputs are renamed into place, which standard output cannot be: "-" is a file name no one meant.
            (["-o", "-"], "-o -: this writes an Excel workbook (.xlsx) to a file, not to standard output; name the file (e.g. -o out.xlsx)"),
            (["--csv", "-"], "--csv -: this writes CSV to a file, not to standard output"),
            (["--save-model", "-"], "--save-model -: this writes the model (JSON) to a file, not to standard output; name the file (e.g. --save-model model.json)"),
        ]
        for (flags, message) in cases {
            let out = try convene.run(["merge", "contacts.csv"] + flags)
            XCTAssertEqual(out.code, 2, "\(flags): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains(message), out.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file(flags[1]).path), "nothing written: \(flags)")
        }
        // A name with no extension, or CSV to .txt, is the user's choice.
        _ = try convene.ok(["merge", "contacts.csv", "-o", "people", "--csv", "people.txt", "-q"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.file("people").path))
        let out = try convene.run(["export", "contacts", "-o", "list.xlsx"])
        XCTAssertEqual(out.code, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("-o list.xlsx: this writes CSV; name it list.csv"), out.stderr)
    }

    func testPeopleCSVWritesPhonesAsMailToolsReadThem() throws {
        _ = try convene.ok(["merge", "contacts.csv", "signin.csv", "-o", "people.xlsx", "--csv", "people.csv"])
        let text = try String(contentsOf: folder.file("people.csv"), encoding: .utf8)
        XCTAssertTrue(text.contains(",(608) 555-0101,"), text)       // North American: national format
        XCTAssertTrue(text.contains(",+442079460958,"), text)        // elsewhere: E.164, no "'" prefix
        XCTAssertFalse(text.contains("'+"), text)
    }

    /// The mailing address reaches every list a mail tool or a label printer reads — merge's CSV and workbook and
    /// a workspace's contact export — as one place: the CRM's street with its own town, state and ZIP code, not
    /// the town an old sign-in sheet gives.
    func testTheMailingAddressReachesEveryContactList() throws {
        try Data("""
        First Name,Last Name,Email,Street,City,State,Zip,Country
        Ann,Lee,ann.lee@acme.example.com,400 Main Street,Madison,WI,53703,USA
        Ann,Lee,ann.lee@acme.example.com,,Verona,,,
        Ann,Lee,ann.lee@acme.example.com,400 Main St,,,,
        Ann,Lee,ann.lee@acme.example.com,,Verona,WI,53593,

        """.utf8).write(to: folder.file("crm.csv"))
        _ = try convene.ok(["merge", "crm.csv", "--csv", "people.csv", "-o", "people.xlsx"])
        func address(_ rows: [[String]]) -> [String] {
            let header = rows[0]
            return ["Street", "City", "State", "Postal code", "Country"].map { rows[1][header.firstIndex(of: $0)!] }
        }
        let csv = try Written.csv(folder.file("people.csv"))
        XCTAssertEqual(csv.count, 2, "one person: \(csv)")
        XCTAssertEqual(address(csv), ["400 Main Street", "Madison", "WI", "53703", "USA"])
        let sheet = try XLSXReader(contentsOf: folder.file("people.xlsx")).sheet(named: "People").rows.map(\.texts)
        XCTAssertEqual(address(sheet), ["400 Main Street", "Madison", "WI", "53703", "USA"])

        try convene.ok(["init", "--name", "Address check"])
        try convene.ok(["import", "crm.csv"])
        try convene.ok(["export", "contacts", "-o", "contacts.csv"])
        XCTAssertEqual(address(try Written.csv(folder.file("contacts.csv"))), ["400 Main Street", "Madison", "WI", "53703", "USA"])
        let person = try convene.ok(["person", "P000001"])
        XCTAssertTrue(person.contains("  Address: 400 Main Street, Madison, WI 53703, USA\n"), person)
    }

    func testExplainShowsWhyAPairWasOrWasNotMerged() throws {
        let merged = try convene.ok(["explain", "contacts.csv", "signin.csv", "--pair", "contacts.csv#3", "signin.csv#1"])
        XCTAssertTrue(merged.contains("nickname"), merged)
        XCTAssertTrue(merged.contains("bob | robert"), merged)
        XCTAssertTrue(merged.contains("The pair links on its own"), merged)
        XCTAssertTrue(merged.contains("Parameters: defaults: input too small or too distinct"), merged)
        let apart = try convene.ok(["explain", "contacts.csv", "signin.csv", "--pair", "contacts.csv#1", "contacts.csv#2"])
        XCTAssertTrue(apart.contains("jane.smith@acme.com | jsmith@lakeviewschools.org"), apart)
        XCTAssertFalse(apart.contains("Merged as"), apart)
        let missing = try convene.run(["explain", "contacts.csv", "signin.csv", "--pair", "contacts.csv#9", "signin.csv#1"])
        XCTAssertNotEqual(missing.code, 0)
        XCTAssertTrue(missing.stderr.contains("contacts.csv#9"), missing.stderr)
    }

    func testParametersSaySourceAndEveryLevel() throws {
        let out = try convene.ok(["merge", "contacts.csv", "signin.csv", "--parameters"])
        XCTAssertTrue(out.contains("parameters: defaults: input too small or too distinct"), out)
        XCTAssertTrue(out.contains("clusters split"), out)
        for level in ["first name     different", "suffix         conflict", "email          shared address",
                      "organization   different"] {
            XCTAssertTrue(out.contains(level), "\(level) missing from\n\(out)")
        }
        // The weights as documented: a suffix conflict decisive, another employer weak.
        let suffix = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix("suffix") && $0.contains("conflict") })
        XCTAssertTrue(suffix.contains("-15.") || suffix.contains("-16."), String(suffix))
        let organization = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix("organization") && $0.contains("different") })
        XCTAssertTrue(organization.contains("-2.00"), String(organization))
    }

    func testWorkbookHoldsPeopleReviewExplanationsAndParameters() throws {
        _ = try convene.ok(["merge", "contacts.csv", "signin.csv", "-o", "people.xlsx"])
        let reader = try XLSXReader(contentsOf: folder.file("people.xlsx"))
        XCTAssertEqual(try reader.sheet(named: "People").rows.count, 1 + 4)
        let review = try reader.sheet(named: "Review")
        XCTAssertEqual(Array(review.rows[0].texts.prefix(5)), ["Record A", "Record B", "Probability", "Records affected", "Why asked"])
        let explanations = try reader.sheet(named: "Explanations")
        XCTAssertTrue(explanations.rows.dropFirst().contains { $0.texts.contains("nickname") }, "Bob/Robert's merge is explained")
        let parameters = try reader.sheet(named: "Parameters")
        XCTAssertEqual(parameters.rows[1].texts.first, "parameters")
        XCTAssertTrue(parameters.rows.contains { $0.texts.prefix(2) == ["suffix", "conflict"] })
    }

    /// An output that cannot be written fails before any matching, with exit code 4, and writes nothing else.
    func testUnwritableOutputFailsBeforeTheWork() throws {
        let result = try convene.run(["merge", "contacts.csv", "--clusters", "clusters.csv", "-o", "no/such/folder/people.xlsx"])
        XCTAssertEqual(result.code, 4, result.stderr)
        XCTAssertTrue(result.stderr.contains("no/such/folder/people.xlsx"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("clusters.csv").path))
    }
}
