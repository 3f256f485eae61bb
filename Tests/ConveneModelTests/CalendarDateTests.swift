import XCTest
@testable import ConveneModel

final class CalendarDateTests: XCTestCase {
    func testISORoundTripAndValidation() {
        XCTAssertEqual(CalendarDate(iso: "2026-02-28")?.iso, "2026-02-28")
        XCTAssertNil(CalendarDate(iso: "2026-02-29"), "2026 is not a leap year")
        XCTAssertNotNil(CalendarDate(iso: "2024-02-29"))
        XCTAssertNil(CalendarDate(iso: "2024-13-01"))
        XCTAssertNil(CalendarDate(iso: "24-01-01"))
    }

    func testDayArithmeticAcrossMonthsAndYears() {
        let d = CalendarDate(year: 2026, month: 12, day: 28)
        XCTAssertEqual(d.adding(days: 7).iso, "2027-01-04")
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).daysSinceEpoch, 0)
        XCTAssertEqual(CalendarDate(year: 2000, month: 3, day: 1).daysSinceEpoch, 11017)
        for offset in stride(from: -1000, through: 30000, by: 97) {
            XCTAssertEqual(CalendarDate(daysSinceEpoch: offset).daysSinceEpoch, offset)
        }
    }

    func testOverdueIgnoresDoneAndDropped() {
        let today = CalendarDate(year: 2026, month: 6, day: 1)
        var item = ActionItem(id: "A1", priorityArea: "Talent", item: "Tour", team: "Pipeline",
                              due: CalendarDate(year: 2026, month: 5, day: 1), status: .onTrack)
        XCTAssertTrue(item.isOverdue(today: today))
        item.status = .done
        XCTAssertFalse(item.isOverdue(today: today))
        XCTAssertEqual(ActionStatus(text: " on TRACK "), .onTrack)
        XCTAssertNil(ActionStatus(text: "maybe"))
    }

    func testSortNameAndDisplayName() {
        let n = PersonName(raw: "Smith, Robert J.", given: "Robert", middle: "J.", family: "Smith", suffix: "Jr.")
        XCTAssertEqual(n.sortName, "Smith, Robert Jr.", "a father and son on one sign-in sheet are told apart")
        XCTAssertEqual(PersonName(raw: "Robert Smith", given: "Robert", family: "Smith").sortName, "Smith, Robert")
        XCTAssertEqual(n.displayName, "Robert J. Smith Jr.")
        XCTAssertEqual(PersonName(raw: "Cher").sortName, "Cher")
    }
}
