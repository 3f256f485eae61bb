import ConveneModel
@testable import ConveneWorkspace
import Foundation
import XCTest

final class LinkingTests: WorkspaceTestCase {
    private func seed() throws {
        _ = try workspace.record([file("acme.csv", [
            contact("acme.csv", 1, given: "Robert", family: "Smith", email: "bob.smith@acme.com", org: "Acme Manufacturing"),
            contact("acme.csv", 2, given: "Ann", family: "Lee", email: "ann.lee@acme.com", org: "Acme Manufacturing"),
        ])])
    }

    func testLaterListsLinkToExistingPeopleKeepingTheirIDs() throws {
        try seed()
        let ids = Dictionary(uniqueKeysWithValues: try workspace.people().map { ($0.name.family!, $0.id) })
        let summary = try workspace.record([file("signin.csv", [
            contact("signin.csv", 1, given: "Ann", family: "Lee", email: "ann.lee@acme.com", org: "Acme"),
            contact("signin.csv", 2, given: "Maria", family: "Garcia", email: "mgarcia@ivytech.edu", org: "Ivy Tech"),
        ], source: .signInSheet, status: .attended, meeting: "Launch", date: CalendarDate(year: 2024, month: 3, day: 5))])
        XCTAssertEqual(summary[0].matchedPeople, 1)
        XCTAssertEqual(summary[0].newPeople, 1)
        let after = Dictionary(uniqueKeysWithValues: try workspace.people().map { ($0.name.family!, $0.id) })
        XCTAssertEqual(after["Lee"], ids["Lee"])
        XCTAssertEqual(after["Smith"], ids["Smith"])
        XCTAssertEqual(try workspace.person(ids["Lee"]!).meetings.map(\.meeting.name), ["Launch"])
    }

    func testUnsurePairGoesToReviewAndNotTheSameIsRemembered() throws {
        try seed()
        let summary = try workspace.record([file("rsvp.csv", [
            contact("rsvp.csv", 1, given: "Bob", family: "Smith", email: "bobsmith@gmail.com", org: "Acme Manufacturing"),
        ])])
        XCTAssertEqual(summary[0].reviewItems, 1)
        let pairs = try workspace.openReviewPairs()
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(pairs[0].left.source.reference, "rsvp.csv#1")
        XCTAssertEqual(pairs[0].right.source.reference, "acme.csv#1")
        let applied = try workspace.applyReview([(pairs[0].pairID, .notSame)])
        XCTAssertEqual(applied.keptApart, 1)
        XCTAssertEqual(try workspace.openReviewPairs().count, 0)
        XCTAssertEqual(try workspace.people(matching: "Smith").count, 2)
        // Applying the same sheet again is stale, not a second decision.
        XCTAssertEqual(try workspace.applyReview([(pairs[0].pairID, .same)]).stale, 1)
        XCTAssertEqual(try workspace.people(matching: "Smith").count, 2)
        XCTAssertEqual(try workspace.decisions().map(\.kind), ["not-same"])
        // A later list with the gmail address joins the gmail person, never the acme one.
        _ = try workspace.record([file("zoom.csv", [
            contact("zoom.csv", 1, given: "Bob", family: "Smith", email: "bobsmith@gmail.com"),
        ], source: .zoomParticipants, status: .attended, meeting: "Action team 1")])
        let smiths = try workspace.people(matching: "Smith")
        XCTAssertEqual(smiths.count, 2)
        XCTAssertEqual(smiths.first { $0.email == "bobsmith@gmail.com" }?.sources.count, 2)
        XCTAssertEqual(smiths.first { $0.email == "bob.smith@acme.com" }?.sources.count, 1)
    }

    func testSameMergesIntoTheOlderIDAndSplitUndoesIt() throws {
        try seed()
        _ = try workspace.record([file("rsvp.csv", [
            contact("rsvp.csv", 1, given: "Bob", family: "Smith", email: "bobsmith@gmail.com", org: "Acme Manufacturing"),
        ])])
        let older = try XCTUnwrap(workspace.people(matching: "bob.smith@acme.com").first?.id)
        let pair = try XCTUnwrap(workspace.openReviewPairs().first)
        XCTAssertEqual(try workspace.applyReview([(pair.pairID, .same)]).merged, 1)
        let merged = try workspace.people(matching: "Smith")
        XCTAssertEqual(merged.map(\.id), [older])
        XCTAssertEqual(merged[0].sources.count, 2)
        XCTAssertEqual(merged[0].alternates["email"]?.count, 1)

        let records = try workspace.person(older).records
        let gmail = try XCTUnwrap(records.first { $0.source.file == "rsvp.csv" }?.recordID)
        let newID = try workspace.split(older, records: [gmail])
        XCTAssertNotEqual(newID, older)
        XCTAssertEqual(try workspace.person(older).records.map(\.source.reference), ["acme.csv#1"])
        XCTAssertEqual(try workspace.person(newID).records.map(\.source.reference), ["rsvp.csv#1"])
        XCTAssertEqual(try workspace.decisions().map(\.kind), ["same", "not-same"])
    }

    func testManualMergeKeepsFirstIDAndRetiresSecond() throws {
        try seed()
        let people = try workspace.people()
        let a = people[0].id, b = people[1].id
        try workspace.mergePeople(a, b)
        XCTAssertEqual(try workspace.people().map(\.id), [a])
        XCTAssertThrowsError(try workspace.person(b)) { XCTAssertEqual($0 as? WorkspaceError, .notFound(kind: "person", id: b.rawValue)) }
        XCTAssertThrowsError(try workspace.mergePeople(a, a))
    }
}
