import ConveneModel
import Foundation
import XCTest
@testable import ConveneReports

/// Writes the sample workbooks to `$CONVENE_RENDER_DIR` for `Scripts/render-workbooks.sh`; skipped otherwise.
final class SampleWorkbooksExport: XCTestCase {
    func testWriteSamplesForRendering() throws {
        guard let dir = ProcessInfo.processInfo.environment["CONVENE_RENDER_DIR"] else {
            throw XCTSkip("set CONVENE_RENDER_DIR to write sample workbooks for rendering")
        }
        let folder = URL(fileURLWithPath: dir, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let snapshot = SampleSnapshot.make()
        let today = CalendarDate(year: 2024, month: 6, day: 10)
        try TrackerWorkbook(snapshot: snapshot, today: today).write(to: folder.appendingPathComponent("tracker.xlsx"))
    }
}
