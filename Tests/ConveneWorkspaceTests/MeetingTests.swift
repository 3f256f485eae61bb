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
