import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Teams attendance reports in the layouts other than the current three-section one: the participants section
/// missing (only per-session rows), and the 2021 "Meeting Summary" generation. Written as Teams writes them:
/// UTF-16 LE with BOM, tab, CRLF.
final class TeamsVariantTests: XCTestCase {
    private func utf16(_ lines: [String]) -> Data {
        var data = Data([0xFF, 0xFE])
        data.append(lines.joined(separator: "\r\n").appending("\r\n").data(using: .utf16LittleEndian)!)
        return data
    }

    func testReportWithoutAParticipantsSectionImportsTheSessions() throws {
        let data = utf16([
            "1. Summary",
            "Meeting title\tPipeline Call",
            "Attended participants\t2",
            "Start time\t3/5/24, 9:55:12 AM",
            "End time\t3/5/24, 11:02:40 AM",
            "",
            "2. In-Meeting Activities",
            "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
            "Ann Lee\t3/5/24, 9:55:12 AM\t3/5/24, 11:02:40 AM\t1h 7m 28s\tann.lee@example.com\tOrganizer",
            "Maria Garcia\t3/5/24, 10:02:44 AM\t3/5/24, 10:20:00 AM\t17m 16s\tmgarcia@example.org\tAttendee",
            "Maria Garcia\t3/5/24, 10:31:08 AM\t3/5/24, 10:59:02 AM\t27m 54s\tmgarcia@example.org\tAttendee",
        ])
        let r = try Importer.read(data: data, name: "Attendance report 3-5-24.csv")
        XCTAssertEqual(r.source, .teamsAttendance)
        XCTAssertEqual(r.headerLine, 8)
        XCTAssertEqual(r.recordCount, 3, "one record per session, as Zoom's rejoins")
        XCTAssertEqual(r.contacts.map(\.source.record), [1, 2, 3])
        XCTAssertEqual(r.participations.map(\.participation.minutes), [67.47, 17.27, 27.9])
        XCTAssertEqual(r.participations.first?.participation.status, .attended)
        XCTAssertEqual(r.meeting?.name, "Pipeline Call")
        XCTAssertFalse(r.warnings.contains { $0.kind == "raggedRow" }, "\(r.warnings)")
    }

    func testMeetingSummaryGeneration() throws {
        // Teams' mid-2021 report: a "Meeting Summary" block, then Full Name / Join Time / Leave Time / Duration.
        let data = utf16([
            "Meeting Summary",
            "Total Number of Participants\t2",
            "Meeting Title\tUpskilling Call",
            "Meeting Start Time\t9/14/2021, 1:58:10 PM",
            "Meeting End Time\t9/14/2021, 3:01:44 PM",
            "",
            "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)",
            "Ann Lee\t9/14/2021, 1:58:10 PM\t9/14/2021, 3:01:44 PM\t1h 3m\tann.lee@example.com\tOrganizer\tann.lee@example.com",
            "Tom Nguyen (Guest)\t9/14/2021, 2:05:00 PM\t9/14/2021, 2:37:00 PM\t32m\t\tAttendee\t",
        ])
        let r = try Importer.read(data: data, name: "meetingAttendanceList.csv")
        XCTAssertEqual(r.source, .teamsAttendance)
        XCTAssertEqual(r.headerLine, 7)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.participations.map(\.participation.minutes), [63, 32])
        XCTAssertFalse(r.warnings.contains { $0.kind == "raggedRow" }, "\(r.warnings)")
    }
}
