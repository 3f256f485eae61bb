import ConveneModel
@testable import ConveneWorkspace
import Foundation
import XCTest

final class MeetingTests: WorkspaceTestCase {
    func testCountsRegisteredAttendedAndWalkIns() throws {
        let launch = CalendarDate(year: 2024, month: 3, day: 5)
        let ann = contact("rsvp.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com")
        let raj = contact("rsvp.csv", 2, given: "Raj", family: "Patel", email: "raj@ivytech.edu")
        _ = try workspace.record([file("rsvp.csv", [ann, raj], source: .eventbrite, status: .registered, meeting: "Launch", date: launch)])
        // Sign-in: Ann came, Raj did not, Maria walked in.
        _ = try workspace.record([file("signin.csv", [
            contact("signin.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com"),
            contact("signin.csv", 2, given: "Maria", family: "Garcia", email: "maria@chamber.org"),
        ], source: .signInSheet, status: .attended)], meeting: MeetingRequest(name: "launch", date: launch, kind: .launch))
        let meetings = try workspace.meetings()
        XCTAssertEqual(meetings.count, 1, "the sign-in sheet joins the RSVP's meeting by name and date")
        XCTAssertEqual(meetings[0].registered, 2)
        XCTAssertEqual(meetings[0].attended, 2)
        XCTAssertEqual(meetings[0].walkIns, 1)
        XCTAssertEqual(meetings[0].invited, 0)
    }

    /// Two rows of one registration list that land in one person count once at the meeting; when their emails
    /// or names differ (beyond a nickname) the import says so, with the person and the `split` that would undo
    /// it — here a father and son someone merged by mistake. One person written two ways ("Bob" and "Robert",
    /// the same address) is not flagged.
    func testRowsOfOneListJoinedInOnePersonAreFlagged() throws {
        var father = contact("crm.csv", 1, given: "Richard", family: "Kowalski", email: "dkowalski@kowalskitool.com",
                             phone: "920-857-5500", org: "Kowalski Tool & Die")
        father.name.suffix = "Sr."
        var son = contact("crm.csv", 2, given: "Richard", family: "Kowalski", email: "rick@kowalskitool.com",
                          org: "Kowalski Tool & Die")
        son.name.suffix = "Jr."
        _ = try workspace.record([file("crm.csv", [father, son])])
        let people = try workspace.people()
        XCTAssertEqual(people.count, 2, "Sr. and Jr. are two people")
        let joined = try workspace.mergePeople(people[0].id, people[1].id)

        let summit = CalendarDate(year: 2024, month: 9, day: 18)
        let rsvp = try workspace.record([file("summit.csv", [
            contact("summit.csv", 1, given: "Richard", family: "Kowalski", email: "rick@kowalskitool.com"),
            contact("summit.csv", 2, given: "Ann", family: "Lee", email: "ann@acme.com"),
            contact("summit.csv", 3, given: "Richard", family: "Kowalski", email: "dkowalski@kowalskitool.com"),
            contact("summit.csv", 4, given: "Bob", family: "Smith", email: "bob@smithco.com"),
            contact("summit.csv", 5, given: "Robert", family: "Smith", email: "bob@smithco.com"),
        ], source: .eventbrite, status: .registered, meeting: "Summit", date: summit)])
        let flagged = rsvp[0].warnings.filter { $0.contains("went to one person") }
        XCTAssertEqual(flagged.count, 1, "\(rsvp[0].warnings)")
        XCTAssertTrue(flagged[0].hasPrefix("summit.csv:2: lines 2, 4 went to one person, \(joined.id.rawValue),"), flagged[0])
        XCTAssertTrue(flagged[0].contains("though their emails differ"), flagged[0])
        XCTAssertFalse(flagged[0].contains("kowalski"), "no contact details in a warning: \(flagged[0])")
        XCTAssertEqual(try workspace.meetings().first?.registered, 3, "Kowalski once, Ann, Bob once")
    }

    func testContactListImportedWithMeetingIsTheInvitationList() throws {
        let meeting = try workspace.addMeeting(name: "Q2 partnership meeting", date: CalendarDate(year: 2024, month: 6, day: 12), kind: .partnership)
        _ = try workspace.record([file("invite.csv", [contact("invite.csv", 1, given: "Ann", family: "Lee", email: "ann@acme.com")])],
                                 meeting: MeetingRequest(name: meeting.id.rawValue == "" ? "" : meeting.name, date: meeting.date))
        let summary = try XCTUnwrap(workspace.meetings().first)
        XCTAssertEqual(summary.meeting.id, meeting.id)
        XCTAssertEqual(summary.invited, 1)
        XCTAssertEqual(summary.attended, 0)
    }

    func testClassifyOverrideIsKeptAcrossImports() throws {
        _ = try workspace.record([file("a.csv", [contact("a.csv", 1, given: "Ann", family: "Lee", email: "ann@northvalley.org", org: "North Valley Works")])])
        try workspace.classify(organization: "North Valley Works", as: .workforceBoard)
        var f = file("b.csv", [contact("b.csv", 1, given: "Raj", family: "Patel", email: "raj@northvalley.org", org: "North Valley Works, Inc.")])
        f.organizationKinds = ["North Valley Works, Inc.": .business]
        _ = try workspace.record([f])
        let orgs = try workspace.organizations()
        XCTAssertEqual(orgs.count, 1)
        XCTAssertEqual(orgs[0].organization.kind, .workforceBoard)
        XCTAssertTrue(orgs[0].organization.kindOverridden)
        XCTAssertEqual(orgs[0].people, 2)
    }
}
