import ConveneModel
import ConveneTestSupport
import Foundation
import XCTest
@testable import ConveneReports

/// Employer engagement by year and the business to public-partner mix per meeting (issue 11, item 5), on a
/// partnership with meetings from 2021 to 2026. Figures worked out by hand from the fixture.
final class EmployerEngagementTests: XCTestCase {
    /// Businesses: Acme (2023, 2026: repeat in 2026), Birch (2021, 2026: back after a gap in 2026), Cobalt
    /// (registered in 2021 but first came in 2026: new in 2026), Delta (2025, 2026: repeat), Echo (only at an
    /// undated meeting: never counted). Public partners: the workforce board and the college.
    static func snapshot() -> PartnershipSnapshot {
        let orgs: [(String, String, OrganizationKind)] = [
            ("B1", "Acme Manufacturing", .business), ("B2", "Birch Precision Tools", .business),
            ("B3", "Cobalt Castings", .business), ("B4", "Delta Plastics", .business), ("B5", "Echo Electric", .business),
            ("W1", "Metro Workforce Board", .workforceBoard), ("C1", "Lakeside Community College", .college),
            ("U1", "Northside Group", .unknown),
        ]
        let people: [(String, String?)] = [("P1", "B1"), ("P2", "B1"), ("P3", "B2"), ("P4", "B3"), ("P5", "B4"),
                                           ("P6", "B5"), ("P7", "W1"), ("P8", "C1"), ("P9", "U1"), ("P10", nil)]
        let meetings: [(String, CalendarDate?)] = [
            ("M21", CalendarDate(year: 2021, month: 5, day: 4)), ("M23", CalendarDate(year: 2023, month: 4, day: 11)),
            ("M25", CalendarDate(year: 2025, month: 3, day: 18)), ("M26a", CalendarDate(year: 2026, month: 2, day: 10)),
            ("M26b", CalendarDate(year: 2026, month: 9, day: 15)), ("MX", nil),
        ]
        var record = 0
        func p(_ m: String, _ who: String, _ status: ParticipationStatus) -> Participation {
            record += 1
            return Participation(meeting: MeetingID(m), person: PersonID(who), status: status,
                                 source: SourceRecord(file: "\(m).csv", record: record))
        }
        let participations = [
            p("M21", "P3", .attended), p("M21", "P4", .registered),
            p("M23", "P1", .registered), p("M23", "P1", .attended),
            p("M25", "P5", .walkIn), p("M25", "P8", .attended),
            // Two people from Acme: one business engaged. The college registered and did not come.
            p("M26a", "P1", .attended), p("M26a", "P2", .attended), p("M26a", "P3", .attended), p("M26a", "P7", .attended),
            p("M26a", "P8", .registered), p("M26a", "P8", .noShow),
            p("M26b", "P4", .attended), p("M26b", "P5", .attended), p("M26b", "P7", .attended), p("M26b", "P8", .attended),
            p("M26b", "P9", .attended), p("M26b", "P10", .attended),
            p("MX", "P6", .attended),
        ]
        return PartnershipSnapshot(
            settings: PartnershipSettings(name: "Multi-year partnership"),
            people: people.map { id, org in
                Person(id: PersonID(id), name: PersonName(raw: id, given: id, family: id),
                       organizationID: org.map(OrganizationID.init), sources: [])
            },
            organizations: orgs.map { Organization(id: OrganizationID($0.0), name: $0.1, key: $0.1.lowercased(), kind: $0.2) },
            meetings: meetings.map { Meeting(id: MeetingID($0.0), name: "Meeting \($0.0)", date: $0.1, kind: .partnership) },
            participations: participations)
    }

    let engagement = EmployerEngagement(AttendanceAnalytics(EmployerEngagementTests.snapshot()))
    func orgs(_ s: String...) -> Set<OrganizationID> { Set(s.map(OrganizationID.init)) }

    func testYearsRepeatNewAndBackAfterAGap() throws {
        XCTAssertEqual(engagement.years.map(\.year), Array(2021...2026), "years without meetings shown, with zeros")
        XCTAssertEqual(engagement.years.map(\.meetings), [1, 0, 1, 0, 1, 2])
        XCTAssertEqual(engagement.years.map(\.businesses.count), [1, 0, 1, 0, 1, 4])
        let y2026 = try XCTUnwrap(engagement.years.last)
        XCTAssertEqual(y2026.businesses, orgs("B1", "B2", "B3", "B4"), "Echo's undated meeting counts in no year")
        XCTAssertEqual(y2026.repeatBusinesses, orgs("B1", "B4"), "Acme was there in 2023, Delta in 2025")
        XCTAssertEqual(y2026.newBusinesses, orgs("B3"), "Cobalt registered in 2021 but first came in 2026")
        XCTAssertEqual(y2026.backAfterGap, orgs("B2"), "Birch: 2021, then nothing in 2023–2025")
        XCTAssertEqual(y2026.publicPartners, orgs("W1", "C1"))
        XCTAssertEqual(engagement.years[0].newBusinesses, orgs("B2"))
        XCTAssertEqual(engagement.years[2].newBusinesses, orgs("B1"))
        XCTAssertEqual(engagement.years[4].newBusinesses, orgs("B4"))
        XCTAssertEqual(engagement.years[4].publicPartners, orgs("C1"))
        for y in engagement.years {
            XCTAssertEqual(y.repeatBusinesses.count + y.newBusinesses.count + y.backAfterGap.count, y.businesses.count, "\(y.year)")
        }
    }

    func testTheLookbackIsThreeCalendarYears() {
        // Birch again in 2029 would be repeat (2026 is within three years); once more in 2033, back after a gap.
        var s = Self.snapshot()
        s.meetings += [Meeting(id: MeetingID("M29"), name: "2029", date: CalendarDate(year: 2029, month: 1, day: 9)),
                       Meeting(id: MeetingID("M33"), name: "2033", date: CalendarDate(year: 2033, month: 12, day: 31))]
        s.participations += [Participation(meeting: MeetingID("M29"), person: PersonID("P3"), status: .attended,
                                           source: SourceRecord(file: "M29.csv", record: 1)),
                             Participation(meeting: MeetingID("M33"), person: PersonID("P3"), status: .attended,
                                           source: SourceRecord(file: "M33.csv", record: 1))]
        let years = Dictionary(uniqueKeysWithValues: EmployerEngagement(AttendanceAnalytics(s)).years.map { ($0.year, $0) })
        XCTAssertEqual(years[2029]?.repeatBusinesses, orgs("B2"))
        XCTAssertEqual(years[2033]?.backAfterGap, orgs("B2"), "2030–2032 had nobody from Birch")
        XCTAssertEqual(years[2031]?.businesses, [])
    }

    func testBusinessToPublicPartnerRatioPerMeeting() throws {
        let mix = Dictionary(uniqueKeysWithValues: engagement.meetings.map { ($0.meeting.id.rawValue, $0) })
        let a = try XCTUnwrap(mix["M26a"])
        XCTAssertEqual([a.businessPeople, a.publicPartnerPeople, a.unknownPeople, a.businesses, a.publicPartners], [3, 1, 0, 2, 1])
        XCTAssertEqual(a.ratio, 3, "three business people (two from Acme) to the workforce board; the college's no-show not counted")
        let b = try XCTUnwrap(mix["M26b"])
        XCTAssertEqual([b.businessPeople, b.publicPartnerPeople, b.unknownPeople, b.businesses, b.publicPartners], [2, 2, 2, 2, 2])
        XCTAssertEqual(b.ratio, 1)
        XCTAssertNil(mix["M21"]?.ratio, "no public partner attended")
        XCTAssertEqual(mix["M21"]?.businessPeople, 1)
        XCTAssertEqual(engagement.meetings.map(\.meeting.id.rawValue), ["M21", "M23", "M25", "M26a", "M26b", "MX"])
    }

    static let readBack = """
    import json, sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": wb.sheetnames}
    for name in ["Employer engagement", "Business ratio"]:
        ws = wb[name]
        out[name] = {
            "freeze": ws.freeze_panes,
            "note": ws["A1"].value,
            "merged": [str(r) for r in ws.merged_cells.ranges],
            "wrap": bool(ws["A1"].alignment.wrap_text),
            "header": [c.value for c in ws[2]],
            "rows": [[c.value.isoformat()[:10] if hasattr(c.value, "isoformat") else c.value for c in row]
                     for row in ws.iter_rows(min_row=3)],
            "tables": {n: ref for n, ref in ws.tables.items()},
            "printTitles": ws.print_title_rows,
        }
    print(json.dumps(out))
    """

    func testTheSheetsABoardMemberReads() throws {
        let folder = try TemporaryDirectory()
        let url = folder.file("attendance.xlsx")
        try AttendanceWorkbook(snapshot: Self.snapshot()).write(to: url)
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try Python.run(Self.readBack, arguments: [url.path]).utf8)) as? [String: Any])
        XCTAssertEqual(o["sheets"] as? [String], AttendanceWorkbook.sheetNames)

        let years = try XCTUnwrap(o["Employer engagement"] as? [String: Any])
        XCTAssertEqual(years["freeze"] as? String, "A3", "the note and the header stay in view")
        XCTAssertEqual(years["note"] as? String, AttendanceWorkbook.engagementNote)
        XCTAssertTrue((years["note"] as? String ?? "").contains("any of the 3 calendar years before"))
        XCTAssertEqual(years["merged"] as? [String], ["A1:H1"])
        XCTAssertEqual(years["wrap"] as? Bool, true)
        XCTAssertEqual(years["header"] as? [String], AttendanceWorkbook.engagementHeaders)
        XCTAssertEqual(years["tables"] as? [String: String], ["Employer_Engagement": "A2:H8"])
        XCTAssertEqual(years["printTitles"] as? String, "$1:$2")
        let rows = try XCTUnwrap(years["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0.prefix(7).map { ($0 as? NSNumber)?.intValue ?? -1 } }, [
            [2021, 1, 1, 0, 1, 0, 0],
            [2022, 0, 0, 0, 0, 0, 0],
            [2023, 1, 1, 0, 1, 0, 0],
            [2024, 0, 0, 0, 0, 0, 0],
            [2025, 1, 1, 0, 1, 0, 1],
            [2026, 2, 4, 2, 1, 1, 2],
        ])
        XCTAssertEqual(rows.map { $0[7] as? String }, ["Birch Precision Tools", nil, "Acme Manufacturing", nil, "Delta Plastics", "Cobalt Castings"])

        let ratio = try XCTUnwrap(o["Business ratio"] as? [String: Any])
        XCTAssertEqual(ratio["freeze"] as? String, "A3")
        XCTAssertEqual(ratio["note"] as? String, AttendanceWorkbook.ratioNote)
        XCTAssertEqual(ratio["header"] as? [String], AttendanceWorkbook.ratioHeaders)
        let meetings = try XCTUnwrap(ratio["rows"] as? [[Any]])
        XCTAssertEqual(meetings.map { $0[0] as? String }, ["Meeting M21", "Meeting M23", "Meeting M25", "Meeting M26a", "Meeting M26b", "Meeting MX"])
        XCTAssertEqual(meetings[3][1] as? String, "2026-02-10")
        XCTAssertEqual(meetings.map { ($0[7] as? NSNumber)?.doubleValue }, [nil, nil, 1, 3, 1, nil])
        XCTAssertEqual(meetings[4].dropFirst(2).prefix(5).map { ($0 as? NSNumber)?.intValue }, [2, 2, 2, 2, 2])
    }
}
