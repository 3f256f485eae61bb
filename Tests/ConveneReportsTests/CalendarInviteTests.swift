import ConveneModel
import Foundation
import XCTest
@testable import ConveneReports

final class CalendarInviteTests: XCTestCase {
    let snapshot = SampleSnapshot.make()
    let stamp = Date(timeIntervalSince1970: 1_717_000_000) // 2024-05-29T16:26:40Z

    func testTimedMeetingInChicagoIsWrittenInUTC() throws {
        let m3 = snapshot.meetings[2]
        let ics = try CalendarInvite(meeting: m3, partnership: snapshot.settings.name, timeZone: "America/Chicago")
            .ics(stamp: stamp)
        XCTAssertTrue(ics.contains("\r\nDTSTART:20240604T133000Z\r\n"), "08:30 CDT is 13:30 UTC")
        XCTAssertTrue(ics.contains("\r\nDTEND:20240604T153000Z\r\n"))
        XCTAssertTrue(ics.contains("\r\nDTSTAMP:20240529T162640Z\r\n"))
        XCTAssertTrue(ics.contains("\r\nUID:M3-metromanufacturingpartnership@convene\r\n"))
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        XCTAssertTrue(ics.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        XCTAssertFalse(ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
    }

    func testWinterTimeAndDuration() throws {
        let m1 = snapshot.meetings[0]
        let invite = try CalendarInvite(meeting: m1, partnership: "P", start: "9:00 AM", durationMinutes: 150,
                                        timeZone: "America/Chicago")
        XCTAssertEqual(invite.start, .instant(secondsSinceEpoch: parseTimestamp("2024-03-05T15:00:00Z")!), "CST is UTC-6")
        XCTAssertEqual(invite.end, .instant(secondsSinceEpoch: parseTimestamp("2024-03-05T17:30:00Z")!))
        let ics = invite.ics(stamp: stamp)
        XCTAssertTrue(ics.contains("LOCATION:Acme Plant\\, 1 Main St\\, Springfield\r\n"))
    }

    func testDateOnlyMeetingIsAllDay() throws {
        let ics = try CalendarInvite(meeting: snapshot.meetings[0], partnership: "P").ics(stamp: stamp)
        XCTAssertTrue(ics.contains("DTSTART;VALUE=DATE:20240305\r\nDTEND;VALUE=DATE:20240306\r\n"))
    }

    func testEscapingAndFolding() {
        XCTAssertEqual(CalendarInvite.escape("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf")
        let long = "SUMMARY:" + String(repeating: "é", count: 60) // 8 + 120 octets
        let folded = CalendarInvite.fold(long)
        let lines = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(lines.count, 1)
        for line in lines { XCTAssertLessThanOrEqual(line.utf8.count, 75) }
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding gives the original back (RFC 5545 §3.1).
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), long)
    }

    func testErrorsSayWhatIsWrong() {
        var m = snapshot.meetings[0]
        XCTAssertThrowsError(try CalendarInvite(meeting: m, partnership: "P", start: "9", timeZone: "UTC")) {
            XCTAssertEqual($0 as? CalendarInviteError, .badTime("9"))
        }
        XCTAssertThrowsError(try CalendarInvite(meeting: m, partnership: "P", timeZone: "Mars/Olympus"))
        XCTAssertThrowsError(try CalendarInvite(meeting: m, partnership: "P", start: "10:00", end: "09:00"))
        m.date = nil
        XCTAssertThrowsError(try CalendarInvite(meeting: m, partnership: "P")) {
            XCTAssertEqual($0 as? CalendarInviteError, .noDate(MeetingID("M1")))
        }
    }
}

final class WallClockTests: XCTestCase {
    func testTimesAsSourcesWriteThem() {
        XCTAssertEqual(WallClock("02/10/2026 09:00:00 AM")?.display, "9:00 AM")
        XCTAssertEqual(WallClock("12:30 am").map { [$0.hour, $0.minute] }, [0, 30])
        XCTAssertEqual(WallClock("2024-03-26T14:05:09").map { [$0.hour, $0.minute, $0.second] }, [14, 5, 9])
        XCTAssertEqual(WallClock("1:15 PM")?.display, "1:15 PM")
        XCTAssertNil(WallClock("13:00 PM"))
        XCTAssertNil(WallClock("noon"))
        XCTAssertEqual(MailingLists.displayPhone("+16085550108"), "(608) 555-0108")
        XCTAssertEqual(MailingLists.displayPhone("+442071234567"), "+442071234567")
        // A desk's extension, as the importer stores it: formatted too, not left as a raw "+1…;ext=" value that
        // the formula guard would then prefix with a quote mark.
        XCTAssertEqual(MailingLists.displayPhone("+16085550108;ext=204"), "(608) 555-0108 x204")
        XCTAssertEqual(MailingLists.displayPhone("+442071234567;ext=12"), "+442071234567 x12")
    }
}
