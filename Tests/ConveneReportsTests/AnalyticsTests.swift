import ConveneModel
import XCTest
@testable import ConveneReports

final class AttendanceAnalyticsTests: XCTestCase {
    let analytics = AttendanceAnalytics(SampleSnapshot.make())
    func ids(_ s: String...) -> Set<PersonID> { Set(s.map(PersonID.init)) }

    func testLaunchMeetingCounts() throws {
        let m = try XCTUnwrap(analytics.attendance(of: MeetingID("M1")))
        XCTAssertEqual(m.attended, ids("P1", "P2", "P3", "P6"))
        XCTAssertEqual(m.registeredButAbsent, ids("P4"))
        XCTAssertEqual(m.invitedNotAttended, ids("P5"))
        XCTAssertEqual(m.walkInsNotInvited, ids("P6"))
        XCTAssertEqual(m.newAttendees.count, 4)
        XCTAssertEqual(m.returningAttendees, [])
        XCTAssertEqual(m.businessCount, 3)
        XCTAssertEqual(m.publicPartnerCount, 1)
        XCTAssertEqual(m.organizationsRepresented, ["Acme Manufacturing", "Birch Precision Tools", "Metro Workforce Board"])
        XCTAssertEqual(m.unmatchedRows, 1)
        XCTAssertTrue(m.minutesAttended.isEmpty, "in-person meetings have no minutes")
    }

    func testVirtualMinutesMergeRejoins() throws {
        let m = try XCTUnwrap(analytics.attendance(of: MeetingID("M2")))
        XCTAssertEqual(m.minutesAttended[PersonID("P1")], 60, "09:00-09:40 and 09:30-10:00 overlap: 60, not 70")
        XCTAssertEqual(m.minutesAttended[PersonID("P3")], 40, "a gap between joins is not counted")
        XCTAssertEqual(m.minutesAttended[PersonID("P7")], 15, "without times the reported minutes are used")
        XCTAssertEqual(m.newAttendees, ids("P7"))
        XCTAssertEqual(m.returningAttendees, ids("P1", "P3"))
        XCTAssertEqual(m.walkInsNotInvited, ids("P7"))
    }

    func testRetentionAcrossMeetings() {
        let r = analytics.retention.map { [$0.returning, $0.lapsed, $0.new] }
        XCTAssertEqual(analytics.retention.map(\.meeting.id.rawValue), ["M1", "M2", "M3"])
        XCTAssertEqual(r, [[0, 0, 4], [2, 2, 1], [2, 2, 1]])
    }

    func testSpanMerge() {
        let merged = AttendanceSpan.merge([.init(start: 50, end: 60), .init(start: 0, end: 10), .init(start: 5, end: 20),
                                           .init(start: 20, end: 30), .init(start: 55, end: 58)])
        XCTAssertEqual(merged, [.init(start: 0, end: 30), .init(start: 50, end: 60)])
    }

    func testTimestampParsing() {
        XCTAssertEqual(parseTimestamp("1970-01-01T00:01:00Z"), 60)
        XCTAssertEqual(parseTimestamp("1970-01-01 01:00:00+01:00"), 0)
        XCTAssertEqual(parseTimestamp("1970-01-01T00:00:30.250"), 30)
        XCTAssertEqual(parseTimestamp("2024-03-26T09:00:00-0500"), parseTimestamp("2024-03-26T14:00:00Z"))
        XCTAssertNil(parseTimestamp("3/26/24, 9:00 AM"))
        XCTAssertNil(parseTimestamp("2024-13-26T09:00:00Z"))
        XCTAssertNil(parseTimestamp("2024-03-26T09:00:00Zjunk"))
    }
}

final class FollowUpAndChecklistTests: XCTestCase {
    let snapshot = SampleSnapshot.make()

    func testFollowUpsByReason() {
        let list = FollowUps.list(for: snapshot)
        let byReason = Dictionary(grouping: list, by: \.reason).mapValues { $0.map(\.person.rawValue) }
        XCTAssertEqual(byReason[.invitedNotAttended], ["P3"])
        XCTAssertEqual(byReason[.newAttendee], ["P4"])
        XCTAssertNil(byReason[.registeredNotAttended])
        XCTAssertEqual(byReason[.volunteeredChampion], ["P7", "P2"], "sorted by last name: Éclair before Smith")
        XCTAssertEqual(Set(byReason[.badEmail] ?? []), ["P5", "P6"])
        let priya = list.first { $0.person == PersonID("P3") }!
        XCTAssertEqual(priya.email, "priya@metrowb.example")
        XCTAssertEqual(priya.meeting, MeetingID("M3"))
        XCTAssertEqual(priya.kind, .publicPartner)
        XCTAssertTrue(list.first { $0.person == PersonID("P5") }!.detail.hasPrefix("Bounced"))
    }

    func testEmailPlausibility() {
        for good in ["a@b.co", "first.last+tag@sub.example.org"] { XCTAssertTrue(EmailHealth.isPlausible(good), good) }
        for bad in ["marco at acme", "a@b", "@b.com", "a@.com", "a@b.", "a b@c.com", "a@@b.com"] {
            XCTAssertFalse(EmailHealth.isPlausible(bad), bad)
        }
    }

    func testChecklistDueDatesFromLaunch() throws {
        let tasks = ConvenerChecklist.tasks(for: snapshot)
        XCTAssertEqual(Set(tasks.map(\.phase)), Set(ChecklistPhase.allCases))
        let summary = try XCTUnwrap(tasks.first { $0.task.hasPrefix("Send the launch summary") })
        XCTAssertEqual(summary.due, CalendarDate(year: 2024, month: 3, day: 12))
        let calls = try XCTUnwrap(tasks.first { $0.task.hasPrefix("Hold the first action-team calls") })
        XCTAssertEqual(calls.due, CalendarDate(year: 2024, month: 4, day: 2))
        XCTAssertEqual(calls.status, .done, "M2 was held three weeks after the launch")
        let launch = try XCTUnwrap(tasks.first { $0.task.hasPrefix("Hold the launch meeting") })
        XCTAssertEqual(launch.status, .done)
        let q1 = try XCTUnwrap(tasks.first { $0.task.hasPrefix("Quarterly partnership meeting 1") })
        XCTAssertEqual(q1.due, CalendarDate(year: 2024, month: 6, day: 4))
        XCTAssertEqual(q1.status, .done)
        let q2 = try XCTUnwrap(tasks.first { $0.task.hasPrefix("Quarterly partnership meeting 2") })
        XCTAssertEqual(q2.status, .toDo)
        XCTAssertTrue(q2.isOverdue(today: CalendarDate(year: 2024, month: 9, day: 10)))
        XCTAssertFalse(summary.isOverdue(today: CalendarDate(year: 2024, month: 3, day: 11)))
        // Phases stay in life-cycle order.
        let order = tasks.map { ChecklistPhase.allCases.firstIndex(of: $0.phase)! }
        XCTAssertEqual(order, order.sorted())
    }

    func testChecklistWithoutLaunchDateUsesLaunchMeeting() {
        var s = snapshot
        s.settings.launchDate = nil
        XCTAssertEqual(ConvenerChecklist.launchDate(of: s), SampleSnapshot.launch)
        s.meetings.removeAll { $0.kind == .launch }
        XCTAssertTrue(ConvenerChecklist.tasks(for: s).allSatisfy { $0.due == nil })
    }
}

final class ListsAndUpdateTests: XCTestCase {
    let snapshot = SampleSnapshot.make()

    func testContactsByKindLeaveOutBadEmails() {
        let business = MailingLists.contacts(snapshot, kind: .business)
        XCTAssertEqual(business.table.rows.map { $0[3] }, ["ana@cobalt.example", "dana.reyes@acme.example", "bob@birch.example"])
        XCTAssertEqual(business.excluded, 2, "Zoe bounced, Marco's email is invalid")
        let publicList = MailingLists.contacts(snapshot, kind: .public)
        XCTAssertEqual(publicList.table.rows.map { $0[1] }, ["Natarajan", "Okafor"])
        let column = { (name: String) in MailingLists.contactHeader.firstIndex(of: name)! }
        XCTAssertEqual(publicList.table.rows[1][column("Meetings attended")], "1")
        XCTAssertEqual(publicList.table.rows[1][column("Last attended")], "2024-06-04")
        XCTAssertEqual(publicList.table.rows[1][column("City")], "Springfield")
    }

    func testNameBadgesForMeeting() throws {
        let badges = try MailingLists.nameBadges(snapshot, meeting: MeetingID("M3"))
        XCTAssertEqual(badges.rows.map { $0[1] }, ["Natarajan", "Okafor", "Reyes", "Smith"])
        XCTAssertEqual(badges.rows[2][3], "Acme Manufacturing")
        XCTAssertThrowsError(try MailingLists.nameBadges(snapshot, meeting: MeetingID("M9")))
    }

    func testUpdateOpensForTheCoChair() {
        let text = PartnershipUpdate.text(snapshot, since: CalendarDate(year: 2024, month: 4, day: 20),
                                          today: CalendarDate(year: 2024, month: 5, day: 25))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "On behalf of Dana Reyes, Metro Manufacturing Partnership Co-Chair")
        XCTAssertTrue(text.contains("Completed:\n  - Host a plant tour for high-school teachers (Talent pipeline)"))
        let help = text.components(separatedBy: "Needs help (at risk or overdue):\n")[1]
        XCTAssertTrue(help.contains("Map apprenticeship programs"), "on track but past due")
        XCTAssertTrue(help.contains("List local machining suppliers"))
        XCTAssertFalse(text.contains("bus stop"), "not updated since the date and not at risk")
        XCTAssertTrue(text.contains("Next meeting: Quarterly partnership meeting on 2024-06-04 at 8:30 AM, Lakeside Community College."))
    }

    func testUpdateWithTwoCoChairs() {
        var s = snapshot
        s.settings.coChairs = ["Dana Reyes", "Robert Smith"]
        let text = PartnershipUpdate.text(s, since: CalendarDate(year: 2025, month: 1, day: 1),
                                          today: CalendarDate(year: 2025, month: 1, day: 2))
        XCTAssertTrue(text.hasPrefix("On behalf of Dana Reyes and Robert Smith, Metro Manufacturing Partnership Co-Chairs\n"))
        XCTAssertTrue(text.contains("No action items were updated since 2025-01-01."))
        XCTAssertTrue(text.contains("Next meeting: to be scheduled."))
    }
}
