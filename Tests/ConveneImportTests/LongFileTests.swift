import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Files longer than the rows read before the header is found: the rest is streamed, and nothing about
/// numbering, warnings or refusals may change at that boundary.
final class LongFileTests: XCTestCase {
    private func lines(_ count: Int) -> [String] {
        (1...count).map { "Person \($0),p\($0)@example.com,Acme" }
    }

    func testRecordsAfterTheLeadingRowsAreNumberedOnAndWarnedByLine() throws {
        var text = ["Name,Email,Company"] + lines(600)
        text.insert("", at: 301)                       // line 302: blank
        text.insert("Name,Email,Company", at: 400)     // line 401: repeated header
        text[450] = "Person\u{0} X,px@example.com,Acme" // line 451: NUL
        let r = try Importer.read(data: Data(text.joined(separator: "\n").utf8), name: "long.csv")
        XCTAssertEqual(r.recordCount, 600)
        XCTAssertEqual(r.contacts.map(\.source.record), Array(1...600), "1-based and consecutive over data records")
        XCTAssertEqual(r.contacts[300].source.line, 303, "the record after the blank line")
        XCTAssertEqual(r.warnings.map(\.line), [451, 401])
        XCTAssertEqual(r.warnings.map(\.kind), ["nulByte", nil])
    }

    /// Person rows are built in parallel batches; a file past several batches, with warnings of every kind in
    /// between, must read exactly as one row at a time would: same records, same warnings, in line order.
    func testBatchedRecordsKeepRowOrderAndWarningOrder() throws {
        var text = ["Name,Email,Company"]
        var expectedLines: [Int] = []        // the lines that become contacts
        var expectedWarnings: [Int] = []     // the lines warned about, in order
        for i in 1...30_000 {
            let line = text.count + 1
            switch i {
            case _ where i % 4_999 == 0:
                text.append("Section \(i)")                                      // a one-cell title between records
                expectedWarnings.append(line)
                continue
            case _ where i % 7_001 == 0:
                text.append(",,Acme")                                             // a record naming no one
                expectedWarnings.append(line)
            case _ where i % 997 == 0:
                text.append("Person \(i),not an email,Acme")                     // invalid email: still a contact
                if expectedWarnings.filter({ text[$0 - 1].contains("not an email") }).count < 100 { expectedWarnings.append(line) }
                expectedLines.append(line)
            case 12_345:
                text.append("Person \(i),p\(i)@example.com,Acme,extra")           // ragged: a warning, still a contact
                expectedWarnings.append(line)
                expectedLines.append(line)
            default:
                text.append("Person \(i),p\(i)@example.com,Acme")
                expectedLines.append(line)
            }
        }
        let r = try Importer.read(data: Data(text.joined(separator: "\n").utf8), name: "batches.csv")
        XCTAssertEqual(r.contacts.map(\.source.line), expectedLines)
        XCTAssertEqual(r.contacts.map(\.source.record), r.contacts.map(\.source.record).sorted())
        XCTAssertEqual(r.contacts.first { $0.source.line == 12_346 + 2 }?.name.displayName, "Person 12347")
        XCTAssertEqual(r.warnings.compactMap(\.line), expectedWarnings)
        XCTAssertTrue(r.contacts.allSatisfy { c in c.emails.allSatisfy { $0.hasPrefix("p") } })
    }

    func testAnUnterminatedQuoteFarDownStillRefusesTheWholeFile() {
        var text = ["Name,Email,Company"] + lines(600)
        text[500] = "Person 500,\"p500@example.com,Acme"
        XCTAssertThrowsError(try Importer.read(data: Data(text.joined(separator: "\n").utf8), name: "long.csv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("long.csv:501:12: expected closing quote"), "\(error)")
        }
    }

    func testABrokenQuoteInATeamsSectionAfterTheParticipantsRefusesTheFile() {
        var lines = ["1. Summary", "Meeting title\tCall", "", "2. Participants",
                     "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole"]
        lines += (1...300).map { "P \($0)\t3/5/24, 9:55:12 AM\t3/5/24, 10:55:12 AM\t1h\tp\($0)@example.com\tAttendee" }
        lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
                  "P 1\t3/5/24, 9:55:12 AM\t\"3/5/24\t1h\tp1@example.com\tAttendee"]
        let data = Data([0xFF, 0xFE]) + lines.joined(separator: "\r\n").data(using: .utf16LittleEndian)!
        XCTAssertThrowsError(try Importer.read(data: data, name: "report.csv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("report.csv:309:"), "\(error)")
        }
        // The same report with that line intact: 300 participants, the activities section is not data.
        lines[lines.count - 1] = "P 1\t3/5/24, 9:55:12 AM\t3/5/24, 10:55:12 AM\t1h\tp1@example.com\tAttendee"
        let good = Data([0xFF, 0xFE]) + lines.joined(separator: "\r\n").data(using: .utf16LittleEndian)!
        XCTAssertEqual(try Importer.read(data: good, name: "report.csv").recordCount, 300)
    }
}

/// `convene inspect` reads without keeping: same counts and warnings, no model values held.
final class InspectModeTests: XCTestCase {
    func testRecordsAreCountedNotKeptWithTheSameWarnings() throws {
        for name in ["eventbrite-attendees.csv", "partners-orgs.csv", "action-plan.csv", "salesforce-contacts.csv"] {
            let kept = try Fixture.read(name)
            var options = ImportOptions()
            options.keepsRecords = false
            let counted = try Fixture.read(name, options: options)
            XCTAssertEqual(counted.recordCount, kept.recordCount, name)
            XCTAssertEqual(counted.warnings, kept.warnings, name)
            XCTAssertTrue(counted.contacts.isEmpty && counted.organizations.isEmpty && counted.actionItems.isEmpty
                          && counted.participations.isEmpty, name)
            XCTAssertEqual(counted.notKept.contacts, kept.contacts.count, name)
            XCTAssertEqual(counted.notKept.organizations, kept.organizations.count, name)
            XCTAssertEqual(counted.notKept.participations, kept.participations.count, name)
            XCTAssertEqual(counted.notKept.actionItems, kept.actionItems.count, name)
            XCTAssertGreaterThan(counted.recordCount, 0, name)
            XCTAssertEqual(counted.reading, kept.reading, "inspect says how import reads it: \(name)")
        }
        XCTAssertGreaterThan(try Fixture.read("partners-orgs.csv").organizations.count, 0)
    }

    /// An unrecognized call report (join and leave times) counted and let go, as `inspect` reads it, is read as
    /// attendance, as `import` reads it — it was "registrations": the participations let go were not counted.
    func testACountedCallReportIsReadAsTheImportReadsIt() throws {
        let rows: [(line: Int, fields: [String])] = [(1, ["Name", "Email", "Join Time", "Leave Time"]),
                                                     (2, ["Ann Lee", "ann@acme.com", "2026-11-12 09:02:11", "2026-11-12 10:00:00"])]
        var options = ImportOptions()
        options.keepsRecords = false
        let counted = try Importer.read(rows: rows, name: "call.csv", options: options)
        let kept = try Importer.read(rows: rows, name: "call.csv")
        XCTAssertEqual(kept.reading?.role, .attended)
        XCTAssertEqual(counted.reading, kept.reading)
    }

    func testTeamsJoinLeaveListIsKeptSoLeavesCloseJoins() throws {
        var options = ImportOptions()
        options.keepsRecords = false
        let r = try Fixture.read("teams-attendance-2021.csv", options: options)
        let kept = try Fixture.read("teams-attendance-2021.csv")
        XCTAssertEqual(r.participations.map(\.participation.minutes), kept.participations.map(\.participation.minutes))
        XCTAssertEqual(r.participations.compactMap(\.participation.minutes).count, 2, "Ann's and Maria's first session closed")
        XCTAssertFalse(r.warnings.contains { $0.message.contains("no open join") }, "\(r.warnings)")
    }
}
