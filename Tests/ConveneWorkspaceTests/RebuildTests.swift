import ConveneBatch
import ConveneMatch
import ConveneModel
@testable import ConveneWorkspace
import Foundation
import GRDB
import XCTest

/// `rebuild` re-clusters the workspace with the engine `merge` uses: imported one file at a time and rebuilt,
/// a workspace holds exactly the partition `merge` gives on the same files, with IDs kept where they can be.
final class RebuildTests: WorkspaceTestCase {
    private var dataFolder: URL { folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-data") }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dataFolder)
        try super.tearDownWithError()
    }

    /// The workspace's partition: each person as the set of "file#record" of their records.
    private func workspacePartition() throws -> Set<Set<String>> {
        Set(try workspace.people().map { Set($0.sources.map { "\($0.file)#\($0.record)" }) })
    }

    private func mergePartition(_ files: [String]) throws -> Set<Set<String>> {
        let result = try MergeRun.perform(files: files, organizations: false).result
        var byID: [String: Set<String>] = [:]
        for (ref, id) in zip(result.records, result.entityIDs) { byID[id, default: []].insert("\(ref.file)#\(ref.record)") }
        return Set(byID.values)
    }

    private func importOneAtATime(_ files: [String]) throws {
        for file in files { _ = try workspace.importFiles([file], options: Self.meetingOptions(file)) }
    }

    /// What SampleData's demo says about each meeting file.
    private static func meetingOptions(_ file: String) -> WorkspaceImportOptions {
        let name = (file as NSString).lastPathComponent
        if name.hasPrefix("launch-") {
            return WorkspaceImportOptions(meeting: MeetingRequest(name: "Partnership Launch", date: CalendarDate(year: 2026, month: 8, day: 25), kind: .launch))
        }
        if name.hasPrefix("quarterly-") {
            return WorkspaceImportOptions(meeting: MeetingRequest(name: "Fall Partnership Meeting", date: CalendarDate(year: 2026, month: 11, day: 17), kind: .partnership))
        }
        if name.hasPrefix("winter-") {
            return WorkspaceImportOptions(meeting: MeetingRequest(name: "Winter Partnership Meeting", date: CalendarDate(year: 2027, month: 2, day: 16), kind: .partnership))
        }
        if name.hasSuffix("-zoom.csv") || name.hasSuffix("-teams.csv") { return WorkspaceImportOptions(meetingKind: .actionTeam) }
        return WorkspaceImportOptions()
    }

    /// Partitions compared with a short message: the clusters only one side has.
    private func assertSamePartition(_ got: Set<Set<String>>, _ expected: Set<Set<String>>, file: StaticString = #filePath, line: UInt = #line) {
        guard got != expected else { return }
        func show(_ s: Set<Set<String>>) -> String {
            s.prefix(6).map { $0.map { ($0 as NSString).lastPathComponent }.sorted().joined(separator: " + ") }.joined(separator: "; ")
        }
        XCTFail("\(got.subtracting(expected).count) clusters only in the workspace (\(show(got.subtracting(expected)))), "
                + "\(expected.subtracting(got).count) only in merge (\(show(expected.subtracting(got))))", file: file, line: line)
    }

    private func sampleFiles() throws -> [String] {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData")
        return ["contacts-workforce-board.csv", "contacts-chamber.csv", "contacts-college.tsv", "launch-invitations.csv",
                "launch-rsvp-eventbrite.csv", "launch-signin.csv", "pipeline-call-zoom.csv", "upskilling-call-teams.csv",
                "quarterly-signin.csv", "winter-invitations.csv"].map { sample.appendingPathComponent($0).path }
    }

    func testSampleDataImportedFileByFileThenRebuiltIsWhatMergeGives() throws {
        let files = try sampleFiles()
        try importOneAtATime(files)
        let report = try workspace.rebuild()
        let contactRecords = try workspace.storage.read { try $0.contactRecordCount() }
        XCTAssertEqual(report.records, contactRecords)
        // Every record is read again from its raw cells, and today's rules read them as the import did (Zoom's
        // second device and dial-in included).
        XCTAssertEqual(report.rereadRecords, contactRecords)
        XCTAssertEqual(report.changedRecords, 0)
        XCTAssertEqual(report.keptAsStoredRecords, 0)
        assertSamePartition(try workspacePartition(), try mergePartition(files))
        // A second rebuild has nothing to change.
        let again = try workspace.rebuild()
        XCTAssertEqual(again.redirects, [])
        XCTAssertEqual(again.newIDs, 0)
        XCTAssertEqual(again.peopleAfter, report.peopleAfter)
    }

    /// A corpus large enough for the parameters to be estimated (as `merge` estimates them), with the hard
    /// shapes: nicknames, typos, households sharing a phone and street, people who change employer.
    func testAGeneratedCorpusImportedFileByFileThenRebuiltIsWhatMergeGives() throws {
        let files = try writeCorpus(people: 120, files: 4, seed: 7)
        try importOneAtATime(files)
        let before = try workspacePartition()
        let report = try workspace.rebuild()
        XCTAssertTrue(report.parameterSource.hasPrefix("estimated"), report.parameterSource)
        let after = try workspacePartition()
        assertSamePartition(after, try mergePartition(files))
        XCTAssertGreaterThan(after.count, 60)
        // IDs: every person whose ID survived keeps more than half of their records; every retired ID says where.
        let people = try workspace.people()
        let retired = Set(report.redirects.map(\.oldID))
        XCTAssertEqual(report.peopleAfter, people.count)
        for r in report.redirects {
            XCTAssertFalse(try workspace.personExists(PersonID(r.oldID)) && r.reason == .splitInto, "\(r)")
            for id in r.newIDs { XCTAssertTrue(try workspace.personExists(PersonID(id)), "\(r)") }
            XCTAssertEqual(try workspace.redirects(of: r.oldID).first?.newIDs, r.newIDs)
        }
        XCTAssertLessThanOrEqual(retired.count, before.count)
    }

    /// A rebuild decides as merge does (link from 0.5) but leaves the workspace's own thresholds for the imports
    /// after it — it had stored merge's, so every later import linked at 0.5 and asked from 0.05 — and asks only
    /// what an import would: its questions from 0.5 up, and its links below 0.92.
    func testARebuildKeepsTheWorkspacesThresholdsAndReviewBand() throws {
        let files = try writeCorpus(people: 120, files: 4, seed: 7)
        try importOneAtATime(files)
        let report = try workspace.rebuild()
        XCTAssertTrue(report.parameterSource.hasPrefix("estimated"), report.parameterSource)
        let settings = try XCTUnwrap(workspace.storage.read { try $0.storedMatchSettings() }).settings
        XCTAssertEqual(settings.matchThreshold, Workspace.defaultMatchSettings.matchThreshold)
        XCTAssertEqual(settings.reviewThreshold, Workspace.defaultMatchSettings.reviewThreshold)
        XCTAssertNil(settings.questionFloor)
        XCTAssertFalse(settings.estimateParameters, "the stored model is the one the rebuild estimated")
        XCTAssertNotEqual(settings.comparisons, Workspace.defaultMatchSettings.comparisons, "estimated m and u are kept")
        let questions = try workspace.openReviewPairs()
        XCTAssertEqual(questions.count, report.openReviewPairs)
        for q in questions {
            XCTAssertGreaterThanOrEqual(q.score, Workspace.defaultMatchSettings.reviewThreshold, q.explanation)
        }
    }

    /// A workspace an older release rebuilt holds merge's thresholds with its model (0.5 / 0.05). They are not
    /// read: the next import links at the workspace's 0.92 and asks from 0.5 ("J. Smith" with nothing but the
    /// surname is only a question about Jane), and a rebuild stores the workspace's thresholds again.
    func testThresholdsAnOlderRebuildStoredAreNotRead() throws {
        let jane = contact("board.csv", 1, given: "Jane", family: "Smith", email: "jane.smith@bluelake.example.com",
                           org: "Blue Lake Plastics")
        _ = try workspace.record([file("board.csv", [jane])])
        var damaged = MatchSettings.people()
        damaged.estimateParameters = true
        try workspace.storage.write { try $0.saveMatchSettings(damaged, estimatedFrom: 0) }
        XCTAssertEqual(try workspace.matchSettings().matchThreshold, Workspace.defaultMatchSettings.matchThreshold)

        let summary = try workspace.record([file("signin.csv", [contact("signin.csv", 1, given: "J.", family: "Smith")])])[0]
        XCTAssertEqual(summary.newPeople, 1, "linked at 0.5, J. Smith would have joined Jane unasked")
        XCTAssertEqual(summary.reviewItems, 1)
        XCTAssertEqual(try workspace.personCount(), 2)

        _ = try workspace.rebuild()
        let stored = try XCTUnwrap(workspace.storage.read { try $0.storedMatchSettings() }).settings
        XCTAssertEqual(stored.matchThreshold, Workspace.defaultMatchSettings.matchThreshold)
        XCTAssertEqual(stored.reviewThreshold, Workspace.defaultMatchSettings.reviewThreshold)
    }

    /// The order files were imported in does not decide the people: imported last file first and rebuilt, the
    /// workspace holds the partition `merge` gives on the files in their listed order (records are named by file
    /// and record number in the run, not by workspace record IDs, which count in import order).
    func testFilesImportedInAnyOrderRebuildToWhatMergeGives() throws {
        let files = try writeCorpus(people: 200, files: 5, seed: 10)
        try importOneAtATime(files.reversed())
        let report = try workspace.rebuild()
        XCTAssertTrue(report.parameterSource.hasPrefix("estimated"), report.parameterSource)
        assertSamePartition(try workspacePartition(), try mergePartition(files))
    }

    /// Next month's export under last month's name (one path imported twice, with other content): the two
    /// files are told apart by their content, and imported either way round they rebuild to the same people.
    func testOnePathImportedTwiceRebuildsAlikeInEitherOrder() throws {
        let files = try writeCorpus(people: 200, files: 5, seed: 10)
        let monthly = dataFolder.appendingPathComponent("monthly.csv").path
        func importAll(_ workspace: Workspace, monthsFirst: Bool) throws -> [[String]] {
            func months() throws {
                for source in monthsFirst ? [files[4], files[3]] : [files[3], files[4]] {
                    try? FileManager.default.removeItem(atPath: monthly)
                    try FileManager.default.copyItem(atPath: source, toPath: monthly)
                    _ = try workspace.importFiles([monthly])
                }
            }
            if monthsFirst { try months() }
            for file in monthsFirst ? Array(files[0..<3].reversed()) : Array(files[0..<3]) {
                _ = try workspace.importFiles([file])
            }
            if !monthsFirst { try months() }
            let report = try workspace.rebuild()
            XCTAssertEqual(report.records, try workspace.storage.read { try $0.contactRecordCount() })
            // A multiset: "monthly.csv#3" names a record of each month.
            return try workspace.people().map { $0.sources.map { "\(($0.file as NSString).lastPathComponent)#\($0.record)" }.sorted() }.sorted {
                $0.lexicographicallyPrecedes($1)
            }
        }
        let first = try importAll(workspace, monthsFirst: false)
        let otherFolder = folder.appendingPathExtension("other")
        defer { try? FileManager.default.removeItem(at: otherFolder) }
        let other = try Workspace(create: otherFolder, settings: PartnershipSettings(name: "Other order"))
        let second = try importAll(other, monthsFirst: true)
        XCTAssertEqual(first.count, second.count)
        XCTAssertEqual(first, second, "the same files imported in another order rebuild to the same people")
        XCTAssertTrue(first.contains { $0.filter { $0.hasPrefix("monthly.csv#") }.count >= 2 },
                      "both months' rows are there, and some person is on both")
    }

    /// A record normalized by older rules (here: its stored contact lost its email and misspells the name) is
    /// read again from its raw cells; a file imported before column mappings were kept is re-clustered as stored.
    func testARebuildReadsTheRawCellsAgain() throws {
        let files = try writeCorpus(people: 40, files: 2, seed: 5)
        try importOneAtATime(files)
        let (staleID, oldFileRecord, raw) = try sqlite { db -> (Int64, Int64, String) in
            let row = try XCTUnwrap(try Row.fetchOne(db, sql: "SELECT id, raw_json FROM source_record WHERE file_id = 1 AND contact_json LIKE '%@%' ORDER BY id LIMIT 1"))
            let id: Int64 = row["id"]
            var contact = try JSONDecoder().decode(ContactRecord.self, from: Data((try String.fetchOne(db, sql: "SELECT contact_json FROM source_record WHERE id = ?", arguments: [id]) ?? "").utf8))
            contact.emails = []
            contact.name.given = "Stale"
            try db.execute(sql: "UPDATE source_record SET contact_json = ? WHERE id = ?",
                           arguments: [String(decoding: try JSONEncoder().encode(contact), as: UTF8.self), id])
            // File 2 as an older release stored it: no column reading; one of its records stale too.
            try db.execute(sql: "UPDATE source_file SET reading_json = NULL WHERE id = 2")
            let old = try XCTUnwrap(try Int64.fetchOne(db, sql: "SELECT id FROM source_record WHERE file_id = 2 AND contact_json IS NOT NULL ORDER BY id LIMIT 1"))
            try db.execute(sql: "UPDATE source_record SET contact_json = REPLACE(contact_json, '\"given\":\"', '\"given\":\"Old') WHERE id = ?", arguments: [old])
            return (id, old, row["raw_json"])
        }
        let fileTwo = try sqlite { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM source_record WHERE file_id = 2 AND contact_json IS NOT NULL") ?? 0 }
        let report = try workspace.rebuild()
        XCTAssertEqual(report.changedRecords, 1)
        XCTAssertEqual(report.keptAsStoredRecords, fileTwo)
        XCTAssertEqual(report.rereadRecords, report.records - fileTwo)
        let cells = try JSONDecoder().decode([String: String].self, from: Data(raw.utf8))
        let (restored, kept) = try sqlite { db in
            (try JSONDecoder().decode(ContactRecord.self, from: Data((try String.fetchOne(db, sql: "SELECT contact_json FROM source_record WHERE id = ?", arguments: [staleID]) ?? "").utf8)),
             try JSONDecoder().decode(ContactRecord.self, from: Data((try String.fetchOne(db, sql: "SELECT contact_json FROM source_record WHERE id = ?", arguments: [oldFileRecord]) ?? "").utf8)))
        }
        XCTAssertEqual(restored.name.given, cells["First Name"])
        XCTAssertEqual(restored.emails, [try XCTUnwrap(cells["Email"]).lowercased()])
        XCTAssertTrue(kept.name.given?.hasPrefix("Old") == true, "\(kept.name)")
        // The person now has the email again: their golden record was rebuilt from the re-read contact.
        let person = try XCTUnwrap(try workspace.people().first { p in p.sources.contains { $0.record == restored.source.record && $0.file == restored.source.file } })
        let emails = [person.email].compactMap { $0 } + (person.alternates["email"] ?? []).map(\.value)
        XCTAssertTrue(emails.contains(restored.emails[0]), "\(emails)")
    }

    func testDecisionsSurviveARebuild() throws {
        let files = try writeCorpus(people: 40, files: 2, seed: 3)
        try importOneAtATime(files)
        var people = try workspace.people().sorted { $0.id.rawValue < $1.id.rawValue }
        // Two clearly different people merged by hand, and one person split in two by hand.
        let a = people[0], b = people.first { $0.name.family != a.name.family }!
        let merged = try workspace.mergePeople(a.id, b.id)
        people = try workspace.people()
        guard let several = people.first(where: { $0.sources.count >= 2 && $0.id != merged.id }) else {
            return XCTFail("the corpus has people with two records")
        }
        let moved = try workspace.person(several.id).records.last!.recordID
        let splitOff = try workspace.split(several.id, records: [moved])
        let together = Set(merged.sources.map { "\($0.file)#\($0.record)" })
        let decisions = try workspace.decisions().count
        let report = try workspace.rebuild()
        XCTAssertEqual(report.decisionsApplied, decisions)
        let partition = try workspacePartition()
        XCTAssertTrue(partition.contains { together.isSubset(of: $0) }, "the manual merge holds")
        let splitRecord = try workspace.person(splitOff).records.map(\.recordID)
        XCTAssertEqual(splitRecord, [moved], "the split holds")
        XCTAssertEqual(try workspace.decisions().count, decisions, "a rebuild adds no decision and drops none")
    }

    /// Writes `files` CSV lists of `people` people: each person is on one to all lists, spelled as lists spell
    /// them; some share a household (surname, street, home phone) with another person.
    private func writeCorpus(people: Int, files: Int, seed: UInt64) throws -> [String] {
        var rng = SplitMix(seed)
        let given = ["Robert", "Jennifer", "Michael", "Maria", "David", "Linda", "James", "Patricia", "William", "Elizabeth",
                     "Thomas", "Susan", "Christopher", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Margaret"]
        let nick = ["Robert": "Bob", "Jennifer": "Jen", "Michael": "Mike", "David": "Dave", "James": "Jim",
                    "Patricia": "Pat", "William": "Bill", "Elizabeth": "Liz", "Thomas": "Tom", "Christopher": "Chris",
                    "Daniel": "Dan", "Matthew": "Matt", "Anthony": "Tony", "Margaret": "Peggy"]
        let family = ["Smith", "Johnson", "Garcia", "Nguyen", "Okafor", "Lindqvist", "Brandt", "Moreau", "Kowalski",
                      "Haddad", "Tanaka", "Ferreira", "Novak", "Osei", "Castillo", "Reinholt", "Dubois", "Abernathy"]
        let orgs = ["Helix Controls", "Riverton Tool & Die", "North Valley Health", "Prairie Logistics", "Summit Plastics",
                    "County Workforce Board", "Tri-County College", "Acme Fabrication"]
        struct P { var given: String; var family: String; var email: String; var phone: String; var org: String; var street: String }
        var ps: [P] = []
        for i in 0..<people {
            let household = i > 0 && rng.next() % 6 == 0 ? ps[Int(rng.next() % UInt64(ps.count))] : nil
            let g = given[Int(rng.next() % UInt64(given.count))]
            let f = household?.family ?? family[Int(rng.next() % UInt64(family.count))]
            let org = orgs[Int(rng.next() % UInt64(orgs.count))]
            let domain = org.lowercased().filter(\.isLetter).prefix(10) + ".example.com"
            let phone = household?.phone ?? "608-555-\(String(format: "%04d", 1000 + i))"
            let street = household?.street ?? "\(100 + i) \(["Oak", "Main", "Elm", "Cedar"][i % 4]) St"
            ps.append(P(given: g, family: f, email: "\(g.prefix(1).lowercased())\(f.lowercased())\(i)@\(domain)",
                        phone: phone, org: org, street: street))
        }
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)
        var paths: [String] = []
        for k in 0..<files {
            var lines = ["First Name,Last Name,Email,Phone,Company,Street"]
            for (i, p) in ps.enumerated() where i % files == k || rng.next() % 3 == 0 {
                var g = p.given, email = p.email, phone = p.phone, org = p.org
                switch rng.next() % 7 {
                case 0: g = nick[p.given] ?? p.given                                   // a nickname
                case 1: email = ""                                                      // no email on this list
                case 2: email = email.uppercased(); phone = "(608) " + phone.dropFirst(4)
                case 3: org = orgs[Int(rng.next() % UInt64(orgs.count))]; email = ""   // moved employer
                case 4 where g.count > 4:                                               // a typo
                    var chars = Array(g); chars.swapAt(2, 3); g = String(chars)
                default: break
                }
                lines.append([g, p.family, email, phone, org, p.street].map { $0.contains(",") ? "\"\($0)\"" : $0 }
                    .joined(separator: ","))
            }
            let url = dataFolder.appendingPathComponent("list-\(k + 1).csv")
            try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: url)
            paths.append(url.path)
        }
        return paths
    }
}

/// A small seeded generator (SplitMix64), so the corpus is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
