import ConveneModel
import ConveneNormalize
import XCTest

final class DateTimeParserTests: XCTestCase {
    func testDates() {
        let cases: [(String, String?)] = [
            ("3/5/2024", "2024-03-05"),
            ("03/05/2024", "2024-03-05"),
            ("3/5/24", "2024-03-05"),
            ("12/31/99", "1999-12-31"),
            ("25/03/2024", "2024-03-25"),       // day first only when the first number cannot be a month
            ("5.3.2024", "2024-03-05"),         // dotted dates are day first (European)
            ("03-05-2024", "2024-03-05"),
            ("2024-03-05", "2024-03-05"),
            ("2024/3/5", "2024-03-05"),
            ("20240305", "2024-03-05"),
            ("March 5, 2024", "2024-03-05"),
            ("Mar 5 2024", "2024-03-05"),
            ("Mar. 5th, 2024", "2024-03-05"),
            ("Tuesday, March 5, 2024", "2024-03-05"),
            ("5 Mar 2024", "2024-03-05"),
            ("05-Mar-24", "2024-03-05"),
            ("5th of March 2024", "2024-03-05"),
            ("2024-03-05T09:58:12-05:00", "2024-03-05"),
            ("  3/5/2024  ", "2024-03-05"),
            ("45356", "2024-03-05"),           // Excel serial
            ("2/29/2023", nil),
            ("2/29/2024", "2024-02-29"),
            ("13/13/2024", nil),
            ("March 2024", nil),
            ("", nil),
            ("soon", nil),
            ("65", nil),
            ("3/5/2024 garbage", nil),
        ]
        for (text, iso) in cases {
            XCTAssertEqual(DateTimeParser.date(text)?.iso, iso, text.debugDescription)
        }
    }

    func testDateTimes() {
        let cases: [(String, String?, String?)] = [
            // Teams attendance report
            ("3/5/24, 9:58:12 AM", "2024-03-05T09:58:12", nil),
            ("3/5/2024, 12:03:01 PM", "2024-03-05T12:03:01", nil),
            ("3/5/2024, 12:03:01 AM", "2024-03-05T00:03:01", nil),
            // Zoom participants report
            ("03/05/2024 09:58:12 AM", "2024-03-05T09:58:12", nil),
            ("03/05/2024 01:15:00 PM", "2024-03-05T13:15:00", nil),
            // ISO and 24 h
            ("2024-03-05T09:58:12-05:00", "2024-03-05T09:58:12-05:00", "-05:00"),
            ("2024-03-05T14:58:12Z", "2024-03-05T14:58:12Z", "Z"),
            ("2024-03-05T14:58:12.250+0530", "2024-03-05T14:58:12.250+05:30", "+05:30"),
            ("2024-03-05 17:30", "2024-03-05T17:30:00", nil),
            ("2024-03-05 17:30:00 UTC", "2024-03-05T17:30:00Z", "UTC"),
            ("3/5/2024 9:58 AM EST", "2024-03-05T09:58:00-05:00", "EST"),
            ("3/5/2024 9:58 a.m. CDT", "2024-03-05T09:58:00-05:00", "CDT"),
            ("March 5, 2024 at 2:00 PM", "2024-03-05T14:00:00", nil),
            ("March 5, 2024 2 PM", "2024-03-05T14:00:00", nil),
            ("3/5/2024 9:58 AM (UTC-05:00) Eastern Time (US & Canada)", "2024-03-05T09:58:00-05:00", "-05:00"),
            ("3/5/2024 9:58 AM Eastern Standard Time", "2024-03-05T09:58:00-05:00", "Eastern Standard Time"),
            ("3/5/2024 9:58 AM GMT-5", "2024-03-05T09:58:00-05:00", "-05:00"),
            ("2024-03-05 09:58:12 America/Chicago", "2024-03-05T09:58:12", "America/Chicago"),
            ("Tue Mar 05 2024 09:58:12 GMT-0500 (Eastern Standard Time)", "2024-03-05T09:58:12-05:00", "-05:00"),
            ("2024-03-05 09:58:12.123456", "2024-03-05T09:58:12.123", nil),
            ("3/5/2024", "2024-03-05", nil),
            ("3/5/2024 24:00", "2024-03-06T00:00:00", nil),
            ("3/5/2024 13:00 PM", nil, nil),
            ("3/5/2024 9:75", nil, nil),
            ("3/5/2024 9:58 XYZ", nil, nil),
        ]
        for (text, iso, zone) in cases {
            let parsed = DateTimeParser.dateTime(text)
            XCTAssertEqual(parsed?.iso8601, iso, text.debugDescription)
            XCTAssertEqual(parsed?.timeZone, zone, "zone of \(text.debugDescription)")
        }
        XCTAssertEqual(DateTimeParser.dateTime("3/5/2024")?.hasTime, false)
    }

    func testTimeArithmetic() throws {
        let join = try XCTUnwrap(DateTimeParser.dateTime("3/5/24, 9:58:12 AM"))
        let leave = try XCTUnwrap(DateTimeParser.dateTime("3/5/24, 11:03:15 AM"))
        XCTAssertEqual(leave.wallClockSeconds - join.wallClockSeconds, 3903, accuracy: 0.001)
        let a = try XCTUnwrap(DateTimeParser.dateTime("2024-03-05T09:00:00-05:00")?.utcSeconds)
        let b = try XCTUnwrap(DateTimeParser.dateTime("2024-03-05T14:00:00Z")?.utcSeconds)
        XCTAssertEqual(a, b)
        XCTAssertNil(DateTimeParser.dateTime("2024-03-05T14:00:00")?.utcSeconds)
    }

    func testExcelSerialDateTime() {
        let p = DateTimeParser.dateTime("45356.5")
        XCTAssertEqual(p?.iso8601, "2024-03-05T12:00:00")
    }

    func testDurations() {
        let cases: [(String, Double?)] = [
            ("1h 5m 3s", 3903), ("45m 2s", 2702), ("1h5m3s", 3903), ("1 hr 5 min", 3900), ("2 hours", 7200),
            ("30 sec", 30), ("1 hour, 5 minutes and 3 seconds", 3903), ("1:05:03", 3903), ("45:02", 2702),
            ("PT1H5M3S", 3903), ("65", 3900), ("12.5", 750), ("  65 ", 3900), ("0", 0),
            ("", nil), ("soon", nil), ("-5", nil), ("1:2:3:4", nil), ("5 parsecs", nil),
        ]
        for (text, seconds) in cases {
            XCTAssertEqual(DateTimeParser.duration(text), seconds, text.debugDescription)
        }
        XCTAssertEqual(DateTimeParser.duration("3903", bareNumberUnit: .seconds), 3903)
        XCTAssertEqual(DateTimeParser.duration("1.5", bareNumberUnit: .hours), 5400)
    }
}
