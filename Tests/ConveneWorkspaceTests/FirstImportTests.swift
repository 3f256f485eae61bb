import ConveneMatch
import ConveneModel
import ConveneTestSupport
@testable import ConveneWorkspace
import Foundation
import XCTest

/// An import into a workspace that holds no one yet is one batch run of the engine over every record it brings:
/// the people `convene merge` would give, where linking row by row could only join a row to the rows before it.
final class FirstImportTests: WorkspaceTestCase {
    /// Robert Smith's CRM row and his "R. Smith" sign-in row share nothing; his Eventbrite row, read last, has
    /// the CRM's email and the sign-in's phone. Row by row, the second row was only an unsure pair with the
    /// first (an initial and a surname), and the third could join one of them but never merge the two.
    private lazy var robert = [
        contact("crm.csv", 1, given: "Robert", family: "Smith", email: "rsmith@acme-mfg.example.com", org: "Acme Manufacturing"),
        contact("crm.csv", 2, given: "R.", family: "Smith", phone: "+16085550101"),
        contact("crm.csv", 3, given: "Robert", family: "Smith", email: "rsmith@acme-mfg.example.com", phone: "+16085550101"),
        contact("crm.csv", 4, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.example.edu", org: "Ivy Tech"),
    ]

    func testAFirstImportJoinsRowsThroughARowReadAfterThem() throws {
        let summary = try workspace.record([file("crm.csv", robert)])[0]
        let names = try workspace.people().map(\.name.displayName)
        XCTAssertEqual(names.count, 2, "\(names)")
        XCTAssertEqual(summary.newPeople, 2)
        XCTAssertEqual(summary.matchedPeople, 2)
        let bob = try XCTUnwrap(workspace.people().first { $0.name.family == "Smith" })
        XCTAssertEqual(try workspace.person(bob.id).records.map(\.source.record).sorted(), [1, 2, 3])
        XCTAssertEqual(try workspace.openReviewPairs().count, 0, "every link is sure: nothing to ask")

        // The partition is merge's: the same engine run over the same records.
        let merged = Matcher.run(records: robert)
        XCTAssertEqual(merged.clusters.map(\.members), [[0, 1, 2], [3]])
    }

    /// A link merge makes on less evidence than the workspace links a record on (0.92) is made, and asked about,
    /// as `convene rebuild` does: "J. Smith" with nothing but the surname is likelier Jane than anyone else here.
    func testAWeakLinkOfTheFirstImportIsAskedAbout() throws {
        let jane = [
            contact("list.csv", 1, given: "Jane", family: "Smith", email: "jane.smith@bluelake.example.com", org: "Blue Lake Plastics"),
            contact("list.csv", 2, given: "J.", family: "Smith"),
        ]
        let merged = Matcher.run(records: jane)
        let link = try XCTUnwrap(merged.links.first)
        XCTAssertGreaterThanOrEqual(link.probability, MatchSettings.people().matchThreshold)
        XCTAssertLessThan(link.probability, Workspace.defaultMatchSettings.matchThreshold, "the fixture needs a weak link")

        let summary = try workspace.record([file("list.csv", jane)])[0]
        XCTAssertEqual(try workspace.personCount(), 1)
        XCTAssertEqual(summary.reviewItems, 1)
        let question = try XCTUnwrap(workspace.openReviewPairs().first)
        XCTAssertEqual(question.score, link.probability, accuracy: 1e-9)
        XCTAssertTrue(question.evidence?.reason?.contains("weaker evidence than an import links a record on") ?? false,
                      String(describing: question.evidence?.reason))
        // "Same" confirms the link and is remembered between the two records — a must-link for every later
        // batch run over them (a rebuild, an import that doubles the workspace) — though no one was merged.
        XCTAssertEqual(try workspace.applyReview([(question.pairID, .same)]).merged, 1)
        let decisions = try workspace.decisions()
        XCTAssertEqual(decisions.map(\.kind), ["same"])
        let records = try workspace.person(XCTUnwrap(workspace.people().first).id).records.map(\.recordID)
        XCTAssertEqual(Set([decisions[0].recordA] + [decisions[0].recordB].compactMap { $0 }), Set(records))
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(try workspace.personCount(), 1)
    }

    /// A later import that does not double the workspace links each row to the people already there, and never
    /// merges two of them (that takes a decision). The workspace keeps its own thresholds for that.
    func testALaterImportLinksRowByRowWithTheWorkspacesThresholds() throws {
        let phases = Phases()
        _ = try workspace.record([file("crm.csv", [robert[0], robert[3]])], matching: { phases.add($0) })
        XCTAssertEqual(phases.all.first, .features(records: 2), "the first import's batch run says where it is")
        XCTAssertEqual(try workspace.matchSettings().matchThreshold, Workspace.defaultMatchSettings.matchThreshold)
        let later = Phases()
        let summary = try workspace.record([file("signin.csv", [robert[1], robert[2]])], matching: { later.add($0) })[0]
        XCTAssertFalse(summary.matchedAtOnce)
        XCTAssertEqual(later.all, [], "no batch run: the bar counts the rows it links")
        // "R. Smith" is only an unsure pair with Robert (a new person and a question); the Eventbrite row joins
        // Robert by his email.
        XCTAssertEqual(summary.newPeople, 1)
        XCTAssertEqual(summary.matchedPeople, 1)
        XCTAssertEqual(summary.reviewItems, 1)
        XCTAssertEqual(try workspace.personCount(), 3)
    }

    /// Two files of one name in a first import (through the library, a file's path need not be its records'
    /// name) are told apart by position: their first records are two people, not one cluster twice.
    func testTwoFilesOfOneNameInAFirstImportAreToldApart() throws {
        let a = [contact("list.csv", 1, given: "Ann", family: "Lee", email: "ann.lee@acme.example.com"),
                 contact("list.csv", 2, given: "Omar", family: "Haddad", email: "omar@haddadelectric.example.com")]
        let b = [contact("list.csv", 1, given: "Luis", family: "Hernandez", email: "lhernandez@wdb.example.org"),
                 contact("list.csv", 2, given: "Ann", family: "Lee", email: "ann.lee@acme.example.com")]
        var first = file("board/list.csv", a), second = file("chamber/list.csv", b)
        first.path = "board/list.csv"
        second.path = "chamber/list.csv"
        _ = try workspace.record([first, second])
        let people = try workspace.people().map(\.name.displayName).sorted()
        XCTAssertEqual(people, ["Ann Lee", "Luis Hernandez", "Omar Haddad"])
    }

    /// Two files in one first import are one run: a person on both lists is one person, whichever file names
    /// them first.
    func testTheFilesOfAFirstImportAreOneRun() throws {
        let board = [robert[0], robert[3]]
        let signIn = [contact("signin.csv", 1, given: "Bob", family: "Smith", email: "rsmith@acme-mfg.example.com"),
                      contact("signin.csv", 2, given: "Dana", family: "Ortiz", phone: "+16085550188")]
        let ticks = Ticks()
        let summaries = try workspace.record([file("board.csv", board), file("signin.csv", signIn)]) { ticks.add($0, $1) }
        // The count shows before the batch run, which reports nothing as it goes; then a tick per record.
        XCTAssertEqual(ticks.all.first?.done, 0)
        XCTAssertEqual(ticks.all.map(\.done), [0, 1, 2, 3, 4])
        XCTAssertEqual(Set(ticks.all.map(\.total)), [4])
        XCTAssertEqual(summaries.map(\.matchedAtOnce), [true, true])
        XCTAssertEqual(summaries.map(\.newPeople), [2, 1])
        XCTAssertEqual(summaries.map(\.matchedPeople), [0, 1])
        XCTAssertEqual(try workspace.personCount(), 3)
    }

    /// A first import of two rows — "Richard Kowalski Jr." and "Richard Kowalski" at one firm, on its main line,
    /// with their own mailboxes — has nothing to tell a father from his son, and joins them. A later sign-in row
    /// "Richard Kowalski Sr." on the father's mailbox agrees with one of that person's records and is held apart
    /// by the other (Sr. against Jr.): it becomes a person of its own with a question, and the import says the
    /// stored person may be two. A row that links without a conflict says nothing.
    func testARowHeldApartFromAPersonItAgreesWithSaysThePersonMayBeTwo() throws {
        func kowalski(_ file: String, _ record: Int, email: String?, phone: String?, suffix: String?) -> ContactRecord {
            var c = contact(file, record, given: "Richard", family: "Kowalski", email: email, phone: phone, org: "Kowalski Tool & Die")
            c.name.suffix = suffix
            return c
        }
        let crm = [kowalski("crm.csv", 1, email: "rick@kowalskitool.example.com", phone: "+19208575500", suffix: "Jr."),
                   kowalski("crm.csv", 2, email: "dkowalski@kowalskitool.example.com", phone: "+19208575500", suffix: nil),
                   contact("crm.csv", 3, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.example.edu", org: "Ivy Tech")]
        _ = try workspace.record([file("crm.csv", crm)])
        let joined = try XCTUnwrap(workspace.people().first { $0.name.family == "Kowalski" })
        XCTAssertEqual(try workspace.person(joined.id).records.count, 2, "the fixture: the first import joins father and son")

        let signIn = [kowalski("signin.csv", 1, email: "dkowalski@kowalskitool.example.com", phone: nil, suffix: "Sr."),
                      contact("signin.csv", 2, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.example.edu")]
        let summary = try workspace.record([file("signin.csv", signIn)])[0]
        XCTAssertEqual(summary.newPeople, 1)
        XCTAssertEqual(summary.matchedPeople, 1, "Maria links as before")
        XCTAssertEqual(summary.reviewItems, 1)
        XCTAssertEqual(summary.warnings.count, 1, "\(summary.warnings)")
        let warning = try XCTUnwrap(summary.warnings.first)
        XCTAssertTrue(warning.hasPrefix("signin.csv:2: agrees with \(joined.id.rawValue)'s record "), warning)
        XCTAssertTrue(warning.contains("(crm.csv#2, probability 1.000)"), warning)
        XCTAssertTrue(warning.contains("record 1 (crm.csv#1) says it is someone else"), warning)
        // The engine, on the person's two records and the row, puts the father's record (2) with the row.
        XCTAssertTrue(warning.contains("`convene split \(joined.id.rawValue) --records 2` parts off the record the engine puts with this row"), warning)
        XCTAssertFalse(warning.lowercased().contains("kowalski") || warning.lowercased().contains("richard"),
                       "no names or addresses: \(warning)")
        XCTAssertEqual(try workspace.person(joined.id).records.count, 2, "the stored person is not changed")
        // Followed as the warning says: the split parts the father's record off, "Same" joins it to his row.
        _ = try workspace.split(joined.id, records: [2])
        let question = try XCTUnwrap(workspace.openReviewPairs().first)
        XCTAssertEqual(try workspace.applyReview([(question.pairID, .same)]).merged, 1)
        let kowalskis = try workspace.people().filter { $0.name.family == "Kowalski" }
        XCTAssertEqual(Set(kowalskis.map(\.name.displayName)), ["Richard Kowalski Jr.", "Richard Kowalski Sr."])
        XCTAssertEqual(Set(try kowalskis.map { try workspace.person($0.id).records.count }), [1, 2])

        // The son's two records, tied by his own mailbox and the home line; the father's "Sr." row on that line
        // agrees with the son's record without a suffix less than it agrees with his other one: the stored person
        // is one, the row someone else. It is held apart and asked about, without the warning.
        func kingswood(_ file: String, _ record: Int, email: String?, suffix: String?) -> ContactRecord {
            var c = contact(file, record, given: "Daniel", family: "Kingswood", email: email, phone: "+13304447768",
                            org: "Northcoast Plastics")
            c.name.suffix = suffix
            return c
        }
        _ = try workspace.record([file("staff.csv", [kingswood("staff.csv", 1, email: "dkingswood@outlook.example.com", suffix: "Jr."),
                                                      kingswood("staff.csv", 2, email: "dkingswood@outlook.example.com", suffix: nil)])])
        let son = try XCTUnwrap(workspace.people().first { $0.name.family == "Kingswood" })
        XCTAssertEqual(try workspace.person(son.id).records.count, 2)
        let father = try workspace.record([file("breakfast.csv", [kingswood("breakfast.csv", 1, email: nil, suffix: "Sr.")])])[0]
        XCTAssertEqual(father.newPeople, 1)
        XCTAssertEqual(father.reviewItems, 1)
        XCTAssertEqual(father.warnings, [])
    }
}

/// An import that doubles the workspace — the records, stored and new, at least 200 and twice as many as when it
/// was last matched as a whole — matches every record again at once, as `convene rebuild` does: a person a row
/// linked one at a time could not join is joined, IDs stay stable, decisions hold, and a sign-in sheet after it
/// links row by row again.
final class DoublingImportTests: WorkspaceTestCase {
    /// `n` different people from `from` on (``DistinctNames``), each with a mailbox of their own at one of 12
    /// employers: the rest of a real list, that no row of Robert's matches.
    private func others(_ path: String, from: Int, _ n: Int) -> [ContactRecord] {
        (0..<n).map { k in
            let i = from + k, (g, f) = DistinctNames.name(i)
            return contact(path, k + 1, given: g, family: f, email: "\(g.lowercased()).\(f.lowercased())@employer\(i % 12).example.com",
                           org: "Employer \(i % 12)")
        }
    }

    /// Robert Smith's CRM row, his "R. Smith" sign-in row (a phone, nothing else in common: an unsure pair, so
    /// a person of its own), then an RSVP list twice the size of the workspace with his row that has both.
    private func robert(_ path: String, _ record: Int, given: String = "Robert", email: String? = nil, phone: String? = nil) -> ContactRecord {
        contact(path, record, given: given, family: "Smith", email: email, phone: phone, org: email == nil ? nil : "Acme Manufacturing")
    }

    private func importCRMAndSignIn() throws -> (robert: PersonID, initial: PersonID) {
        _ = try workspace.record([file("crm.csv", [robert("crm.csv", 1, email: "rsmith@acme-mfg.example.com")] + others("crm.csv", from: 0, 99).map {
            var c = $0; c.source.record += 1; return c
        })])
        let signIn = try workspace.record([file("signin.csv", [robert("signin.csv", 1, given: "R.", phone: "+16085550101")])])[0]
        XCTAssertNil(signIn.rematch, "101 records: linked row by row")
        XCTAssertEqual(signIn.newPeople, 1)
        XCTAssertEqual(signIn.reviewItems, 1)
        let smiths = try workspace.people().filter { $0.name.family == "Smith" }.map(\.id).sorted { $0.rawValue < $1.rawValue }
        XCTAssertEqual(smiths.count, 2)
        return (smiths[0], smiths[1])
    }

    private var rsvps: IncomingFile {
        file("rsvp.csv", [robert("rsvp.csv", 1, email: "rsmith@acme-mfg.example.com", phone: "+16085550101")]
             + others("rsvp.csv", from: 100, 101).map { var c = $0; c.source.record += 1; return c })
    }

    func testAnImportThatDoublesTheWorkspaceMatchesItAtOnceKeepingIDs() throws {
        let (robertID, initialID) = try importCRMAndSignIn()
        // The sign-in's question (a review sheet may be out with it), and an action item R. Smith champions.
        let asked = try XCTUnwrap(workspace.openReviewPairs().first)
        try workspace.saveActionItems([ActionItem(id: "A0001", priorityArea: "Talent pipeline", item: "Plant tour for teachers",
                                                  team: "Pipeline", champion: "R. Smith", championID: initialID)])
        let phases = Phases()
        let summary = try workspace.record([rsvps], matching: { phases.add($0) })[0]

        XCTAssertEqual(phases.all.first, .features(records: 203), "one batch run over every record, stored and new")
        XCTAssertTrue(summary.matchedAtOnce)
        let rematch = try XCTUnwrap(summary.rematch)
        XCTAssertEqual(rematch.trigger, .enoughRecords, "the workspace's first 200 records")
        XCTAssertEqual(rematch.storedRecords, 101)
        XCTAssertEqual(rematch.newRecords, 102)
        // His RSVP row has the CRM's email and the sign-in's phone: the two people he was are one, under the
        // older ID, and the retired one says where he went.
        XCTAssertEqual(rematch.redirects.map { [$0.oldID, $0.reason.rawValue] + $0.newIDs },
                       [[initialID.rawValue, "merged-into", robertID.rawValue]])
        XCTAssertEqual(try workspace.redirects(of: initialID.rawValue).first?.newIDs, [robertID.rawValue])
        XCTAssertEqual(try workspace.redirects(of: initialID.rawValue).first?.retiredBy, "convene import of rsvp.csv")
        XCTAssertFalse(try workspace.personExists(initialID))
        XCTAssertEqual(try workspace.person(robertID).records.map(\.source.reference).sorted(),
                       ["crm.csv#1", "rsvp.csv#1", "signin.csv#1"])
        XCTAssertEqual(summary.matchedPeople, 1, "his RSVP row joined him")
        XCTAssertEqual(summary.newPeople, 101)
        XCTAssertEqual(try workspace.personCount(), 1 + 99 + 101)
        XCTAssertEqual(try workspace.openReviewPairs().count, 0, "the sign-in's question is answered by the run")
        // Set aside, not deleted: its ID is never another question's, and the sheet's answer to it is stale.
        XCTAssertEqual(try count("review_pair"), 1)
        XCTAssertEqual(try workspace.applyReview([(asked.pairID, .notSame)]).stale, 1)
        XCTAssertEqual(try workspace.snapshot().actionItems.map(\.championID), [robertID], "the champion is the person he is now")

        // The partition is merge's on the same records.
        let all = [robert("crm.csv", 1, email: "rsmith@acme-mfg.example.com"), robert("signin.csv", 1, given: "R.", phone: "+16085550101")]
            + rsvps.contacts
        let merged = Matcher.run(records: all)
        let robertCluster = try XCTUnwrap(merged.clusters.first { $0.members.contains(0) })
        XCTAssertEqual(robertCluster.members.sorted(), [0, 1, 2])

        // A sign-in sheet after it does not double the workspace: it is linked row by row.
        let later = Phases()
        let signIn = try workspace.record([file("june.csv", [robert("june.csv", 1, email: "rsmith@acme-mfg.example.com")])],
                                          matching: { later.add($0) })[0]
        XCTAssertNil(signIn.rematch)
        XCTAssertFalse(signIn.matchedAtOnce)
        XCTAssertEqual(later.all, [])
        XCTAssertEqual(signIn.matchedPeople, 1)
    }

    /// "Not the same" on the sign-in's question holds through the run: the RSVP row, which agrees with both, joins
    /// one of them, never both.
    func testADecisionHoldsWhenTheWorkspaceIsMatchedAtOnce() throws {
        let (robertID, initialID) = try importCRMAndSignIn()
        let question = try XCTUnwrap(workspace.openReviewPairs().first)
        XCTAssertEqual(try workspace.applyReview([(question.pairID, .notSame)]).keptApart, 1)
        let summary = try workspace.record([rsvps])[0]
        XCTAssertEqual(summary.rematch?.redirects ?? [], [], "no one was merged or split")
        XCTAssertTrue(try workspace.personExists(robertID))
        XCTAssertTrue(try workspace.personExists(initialID))
        XCTAssertEqual(try workspace.person(initialID).records.map(\.source.reference), ["signin.csv#1"])
        XCTAssertEqual(try workspace.person(robertID).records.map(\.source.reference).sorted(), ["crm.csv#1", "rsvp.csv#1"])
    }
}

extension DoublingImportTests {
    /// A list at least a quarter the size of the workspace is matched at once with it, doubled or not: one batch
    /// run costs less than linking its rows one at a time. A smaller one is linked row by row.
    func testAnImportOfAQuarterOfTheWorkspaceIsMatchedAtOnce() throws {
        _ = try workspace.record([file("crm.csv", others("crm.csv", from: 0, 300))])
        let june = try workspace.record([file("june.csv", others("june.csv", from: 300, 70))])[0]
        XCTAssertFalse(june.matchedAtOnce, "70 records into 300: row by row")
        XCTAssertNil(june.rematch)
        let fall = try workspace.record([file("fall.csv", others("fall.csv", from: 370, 93))])[0]
        XCTAssertTrue(fall.matchedAtOnce, "93 records into 370, a quarter of it, though 463 is not twice 300")
        XCTAssertEqual(fall.rematch?.trigger, .largeImport)
        XCTAssertEqual(fall.rematch?.storedRecords, 370)
        XCTAssertEqual(try workspace.personCount(), 463)
        // Matched as a whole at 463 records: the next doubling is at 926.
        XCTAssertEqual(try sqlite { db in try Int.fetchOne(db, sql: "SELECT estimated_from FROM match_settings") }, 463)
    }

    /// A list of distinct people that doubles a workspace whose parameters were estimated before teaches the
    /// model nothing (its records hardly repeat one another): the run keeps the estimated parameters, and says
    /// so, rather than going back to the engine's defaults.
    func testARunWithNothingToLearnKeepsTheEstimatedParameters() throws {
        _ = try workspace.record([file("crm.csv", others("crm.csv", from: 0, 100))])
        var estimated = Workspace.defaultMatchSettings
        estimated.prior = 0.0123
        try sqlite { db in
            try db.execute(sql: "INSERT INTO match_settings(id, json, estimated_from, updated_at) VALUES (1, ?, 100, '2026-12-01')",
                           arguments: [String(decoding: try JSONEncoder().encode(estimated), as: UTF8.self)])
        }
        let summary = try workspace.record([file("list.csv", others("list.csv", from: 100, 120))])[0]
        let rematch = try XCTUnwrap(summary.rematch)
        XCTAssertEqual(rematch.parameterSource,
                       "the workspace's, as estimated before (the records hardly repeat one another: nothing new to learn from)")
        XCTAssertEqual(try workspace.matchSettings().prior, 0.0123)
        XCTAssertEqual(try workspace.personCount(), 220)
        XCTAssertEqual(rematch.trigger, .doubled, "220 records, twice the 100 it was matched at")
    }
}

/// Progress callbacks as they came (the workspace calls them from its transaction, on one thread).
private final class Ticks: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [(done: Int, total: Int)] = []
    var all: [(done: Int, total: Int)] { lock.lock(); defer { lock.unlock() }; return seen }
    func add(_ done: Int, _ total: Int) { lock.lock(); seen.append((done, total)); lock.unlock() }
}

/// Match phases as they came.
private final class Phases: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [MatchPhase] = []
    var all: [MatchPhase] { lock.lock(); defer { lock.unlock() }; return seen }
    func add(_ p: MatchPhase) { lock.lock(); seen.append(p); lock.unlock() }
}
