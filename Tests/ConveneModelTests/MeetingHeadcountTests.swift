import ConveneModel
import Foundation
import XCTest

/// One person's rows for one meeting fold into one presence with the strongest status, every row kept.
final class MeetingHeadcountTests: XCTestCase {
    let meeting = MeetingID("M0001")

    func row(_ person: String?, _ status: ParticipationStatus, _ file: String = "rows.csv", _ record: Int = 1,
             meeting: String = "M0001") -> Participation {
        Participation(meeting: MeetingID(meeting), person: person.map(PersonID.init), status: status,
                      source: SourceRecord(file: file, record: record))
    }

    func ids(_ s: String...) -> Set<PersonID> { Set(s.map(PersonID.init)) }

    func testStrongestStatusWinsAndEveryRowIsKept() throws {
        let counts = MeetingHeadcount(meeting: meeting, rows: [
            // Ann: registered under her work address, signed in as a walk-in under her personal one (merged).
            row("P1", .registered, "rsvp.csv", 1), row("P1", .walkIn, "door.csv", 4),
            // Raj: a no-show on the RSVP export who signed the sheet all the same.
            row("P2", .noShow, "rsvp.csv", 2), row("P2", .attended, "door.csv", 5),
            // Tom signed two sheets, invited and not registered.
            row("P3", .invited, "invite.csv", 1), row("P3", .attended, "door.csv", 6), row("P3", .attended, "table.csv", 1),
            // Lee registered and did not come; Zoe was invited only; Maria walked in.
            row("P4", .registered, "rsvp.csv", 3), row("P4", .noShow, "rsvp.csv", 3),
            row("P5", .invited, "invite.csv", 2),
            row("P6", .attended, "table.csv", 2),
            // Another meeting's row is not this meeting's.
            row("P7", .attended, meeting: "M0002"),
        ])
        XCTAssertEqual(counts.presences.map(\.person.rawValue), ["P1", "P2", "P3", "P4", "P5", "P6"])
        XCTAssertEqual(counts.presences.map(\.status), [.attended, .attended, .attended, .registered, .invited, .walkIn])
        XCTAssertEqual(counts.invited, ids("P3", "P5"))
        XCTAssertEqual(counts.registered, ids("P1", "P2", "P4"))
        XCTAssertEqual(counts.attended, ids("P1", "P2", "P3", "P6"))
        XCTAssertEqual(counts.walkIns, ids("P6"), "Ann's walk-in mark is outweighed by her registration; Tom was invited")
        XCTAssertEqual(counts.registeredAbsent, ids("P4"), "a no-show who attended is attended")
        XCTAssertEqual(counts.invitedAbsent, ids("P5"))
        let ann = try XCTUnwrap(counts.presence(of: PersonID("P1")))
        XCTAssertTrue(ann.markedWalkIn)
        XCTAssertFalse(ann.walkIn)
        XCTAssertEqual(ann.rows.map(\.source.reference), ["rsvp.csv#1", "door.csv#4"])
        XCTAssertEqual(counts.presence(of: PersonID("P3"))?.rows.count, 3, "both sheets and the invitation kept")
        XCTAssertNil(counts.presence(of: PersonID("P7")))
        XCTAssertTrue(counts.hadList)
    }

    func testTheSameRowsApartCountTwoPeople() {
        // Before the merge Ann's two records are two people: one registered and absent, one walk-in.
        let counts = MeetingHeadcount(meeting: meeting, rows: [row("P1", .registered), row("P9", .walkIn)])
        XCTAssertEqual(counts.registered.count + counts.attended.count, 2)
        XCTAssertEqual(counts.walkIns, ids("P9"))
        XCTAssertEqual(counts.registeredAbsent, ids("P1"))
    }

    func testAMeetingWithoutListsHasOnlyMarkedWalkIns() {
        // A Zoom call nobody registered for: everyone attended, nobody "walked in" — unless a sheet says so.
        let counts = MeetingHeadcount(meeting: meeting, rows: [row("P1", .attended), row("P1", .attended, "zoom.csv", 2),
                                                               row("P2", .attended), row("P3", .walkIn)])
        XCTAssertFalse(counts.hadList)
        XCTAssertEqual(counts.attended, ids("P1", "P2", "P3"))
        XCTAssertEqual(counts.walkIns, ids("P3"))
    }

    func testUnlinkedRowsAreReportedNotCounted() {
        let counts = MeetingHeadcount(meeting: meeting, rows: [row(nil, .attended), row(nil, .registered), row("P1", .attended)])
        XCTAssertEqual(counts.unlinkedRows, 2)
        XCTAssertEqual(counts.attended, ids("P1"))
        XCTAssertTrue(counts.hadList, "an unlinked registration still shows the meeting took registrations")
        XCTAssertEqual(counts.walkIns, ids("P1"))
    }

    func testByMeetingAndStrength() {
        let all = MeetingHeadcount.byMeeting([row("P1", .attended), row("P1", .invited, meeting: "M0002")])
        XCTAssertEqual(all[MeetingID("M0001")]?.attended, ids("P1"))
        XCTAssertEqual(all[MeetingID("M0002")]?.invitedAbsent, ids("P1"))
        XCTAssertEqual(ParticipationStatus.allCases.sorted { ($0.strength, $0.rawValue) < ($1.strength, $1.rawValue) },
                       [.invited, .noShow, .registered, .attended, .walkIn])
    }

    /// Everyone on Eventbrite's attendee report registered: a "Checked In" row there is attended and registered,
    /// never a walk-in; the same check-in on a sign-in sheet with no registration is a walk-in.
    func testAnEventbriteCheckInIsARegistrationNotAWalkIn() throws {
        func source(_ kind: SourceKind, _ record: Int) -> SourceRecord { SourceRecord(file: "f.csv", record: record, source: kind) }
        let counts = MeetingHeadcount(meeting: meeting, rows: [
            Participation(meeting: meeting, person: PersonID("P1"), status: .attended, source: source(.eventbrite, 1)),
            Participation(meeting: meeting, person: PersonID("P2"), status: .registered, source: source(.eventbrite, 2)),
            Participation(meeting: meeting, person: PersonID("P3"), status: .attended, source: source(.signInSheet, 1)),
        ])
        XCTAssertEqual(counts.registered, ids("P1", "P2"))
        XCTAssertEqual(counts.attended, ids("P1", "P3"))
        XCTAssertEqual(counts.walkIns, ids("P3"))
    }

    /// IDs encode as their text; the object form older workspaces stored still decodes.
    func testIDsEncodeAsTextAndReadTheStoredObjectForm() throws {
        let encoded = try JSONEncoder().encode([PersonID("P000123")])
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"["P000123"]"#)
        let old = try JSONDecoder().decode([MeetingID].self, from: Data(#"[{"rawValue":"M0003"}]"#.utf8))
        XCTAssertEqual(old, [MeetingID("M0003")])
        let new = try JSONDecoder().decode([OrganizationID].self, from: Data(#"["O000042"]"#.utf8))
        XCTAssertEqual(new, [OrganizationID("O000042")])
        XCTAssertThrowsError(try JSONDecoder().decode([PersonID].self, from: Data("[42]".utf8)))
        // Dates the same way: ISO text out; text or the stored object form in; a bad date refused.
        let date = CalendarDate(year: 2026, month: 8, day: 25)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([date]), as: UTF8.self), #"["2026-08-25"]"#)
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: Data(#"[{"year":2026,"month":8,"day":25}]"#.utf8)), [date])
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-08-25"]"#.utf8)), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-13-45"]"#.utf8)))
    }
}
