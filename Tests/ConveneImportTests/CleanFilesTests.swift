import ConveneImport
import ConveneModel
import ConveneTestSupport
import Foundation
import XCTest

/// Clean exports must read without a single warning — in particular no ragged-row warnings for preamble lines
/// above the header (Zoom's meeting block, LinkedIn's "Notes:", Teams' summary) — and as the right source.
final class CleanFilesTests: XCTestCase {
    func testPreambleLinesAreNotRaggedRecords() throws {
        for name in ["zoom-participants-details.csv", "linkedin-connections.csv", "teams-attendance.csv",
                     "teams-attendance-2021.csv", "google-forms-rsvp.csv", "mailchimp-audience.csv"] {
            let r = try Fixture.read(name)
            XCTAssertEqual(r.warnings, [], name)
        }
    }

    /// The repository's SampleData (the demo's files), as a convener would hand them over.
    func testSampleDataReadsCleanlyAsTheRightSources() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            let reason = "no SampleData at \(folder.path)"
            throw CheckCannotRun.inCI(reason) ?? XCTSkip(reason)
        }
        // Sources of the files the demo script uses; counts are left to the demo, which owns the files.
        let expected: [String: SourceKind] = [
            "action-plan.csv": .actionPlan, "contacts-chamber.csv": .generic, "contacts-college.tsv": .generic,
            "contacts-workforce-board.csv": .generic, "launch-invitations.csv": .generic,
            "launch-rsvp-eventbrite.csv": .eventbrite, "launch-signin.csv": .signInSheet,
            "partner-organizations.csv": .generic, "pipeline-call-zoom.csv": .zoomParticipants,
            "quarterly-signin.csv": .signInSheet, "upskilling-call-teams.csv": .teamsAttendance,
            "winter-invitations.csv": .generic,
        ]
        for (name, source) in expected.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            var options = ImportOptions()
            options.displayName = name
            let r = try Importer.read(url: url, options: options)
            XCTAssertEqual(r.source, source, name)
            XCTAssertGreaterThan(r.recordCount, 0, name)
            XCTAssertEqual(r.warnings, [], name)
        }
    }
}
