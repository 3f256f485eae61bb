import ConveneImport
import ConveneModel
import XCTest

/// An event app's guest export read as a generic list (Luma's columns): a check-in time is attendance, an
/// approval status a registration, a crypto wallet no street.
final class EventAppExportTests: XCTestCase {
    func testACheckInTimeIsAttendanceAndAnApprovalStatusARegistration() throws {
        let header = ["api_id", "name", "first_name", "last_name", "email", "phone_number", "created_at",
                      "approval_status", "checked_in_at", "eth_address", "What company do you work for?"]
        let rows: [[String]] = [
            ["gst-1", "Ann Lee", "Ann", "Lee", "ann@acme.com", "+16085550101", "2026-11-01T15:00:00.000Z",
             "approved", "2026-11-12T14:05:00.000Z", "0x12ab", "Acme Tool"],
            ["gst-2", "Bob Ray", "Bob", "Ray", "bob@ray.com", "", "2026-11-02T15:00:00.000Z", "approved", "", "", "Ray Welding"],
            ["gst-3", "Cy Dee", "Cy", "Dee", "cy@dee.com", "", "2026-11-03T15:00:00.000Z", "declined", "", "", "Dee Co"],
            ["gst-4", "Di Fox", "Di", "Fox", "di@fox.com", "", "2026-11-04T15:00:00.000Z", "waitlist", "", "", "Fox Inc"],
        ]
        let r = try Importer.read(rows: ([header] + rows).enumerated().map { ($0.offset + 1, $0.element) }, name: "guests.csv")
        XCTAssertEqual(r.columns.first { $0.header == "approval_status" }?.field, .registrationStatus)
        XCTAssertEqual(r.columns.first { $0.header == "checked_in_at" }?.field, .attended)
        XCTAssertEqual(r.columns.first { $0.header == "eth_address" }?.field, .ignore)
        XCTAssertNil(r.contacts[0].street)
        let status = Dictionary(uniqueKeysWithValues: r.participations.map { (r.contacts[$0.contact ?? -1].name.given ?? "", $0.participation.status) })
        XCTAssertEqual(status, ["Ann": ParticipationStatus.attended, "Bob": .registered, "Di": .invited], "Cy declined: no registration")
    }

    func testAGoogleMeetAttendanceReportIsAttendanceWithItsTimes() throws {
        let r = try Importer.read(rows: [(1, ["First name", "Last name", "Email", "Duration", "Time joined", "Time exited"]),
                                         (2, ["Ann", "Lee", "ann@acme.com", "58 min", "9:01 AM", "9:59 AM"])],
                                  name: "meet-attendance.csv")
        XCTAssertEqual(r.columns.map(\.field), [.firstName, .lastName, .email, .duration, .joinTime, .leaveTime])
        XCTAssertEqual(r.participations.first?.participation.status, .attended)
        XCTAssertEqual(r.participations.first?.participation.minutes, 58)
    }

    func testATimeUnderAnAttendedColumnIsAttendanceNotADateOfOtherEvents() throws {
        func statuses(_ header: [String], _ rows: [[String]]) throws -> [ParticipationStatus] {
            var options = ImportOptions(meeting: MeetingID("M0001"))
            options.forMeeting = true
            let r = try Importer.read(rows: ([header] + rows).enumerated().map { ($0.offset + 1, $0.element) }, name: "list.csv",
                                      options: options)
            return r.participations.map(\.participation.status)
        }
        XCTAssertEqual(try statuses(["Name", "Email", "Checked In"], [["Ann Lee", "ann@acme.com", "9:05 AM"],
                                                                         ["Bob Ray", "bob@ray.com", ""]]),
                       [.attended, .registered])
        // A column about other events is no attended column; a time under one the user maps is attendance.
        XCTAssertEqual(try statuses(["Name", "Email", "Last Event Attended", "Checked In"],
                                    [["Ann Lee", "ann@acme.com", "2025-03-14", "No"]]), [.noShow], "the check-in column says no")
        XCTAssertEqual(try statuses(["Name", "Email", "Attended"], [["Ann Lee", "ann@acme.com", "11/12/2026 9:05 AM"],
                                                                    ["Bob Ray", "bob@ray.com", "12:99"]]),
                       [.attended, .registered])
        let v = try Importer.read(rows: [(1, ["Name", "Email", "Volunteer Since"]), (2, ["Ann Lee", "ann@acme.com", "2024-01-10"])],
                                  name: "v.csv")
        XCTAssertTrue(v.volunteers.isEmpty, "a date is no yes")
    }
}
