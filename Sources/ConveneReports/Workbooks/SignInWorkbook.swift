import ConveneModel
import ConveneSpreadsheet
import Foundation

/// A printable sign-in sheet: the invited people by last name, then blank rows for walk-ins.
///
/// Emails and phone numbers are not printed: the sheet goes round the room. A column asks for a new or
/// corrected email instead, which the sign-in import picks up.
///
/// ```swift
/// let sheet = try SignInWorkbook(snapshot: snapshot, meeting: MeetingID("M0004"), walkInRows: 25)
/// try sheet.write(to: URL(fileURLWithPath: "signin.xlsx"))
/// ```
public struct SignInWorkbook {
    /// The columns of the sign-in table, in order.
    public static let headers = ["#", "Name", "Organization", "Email (new or corrected)", "Signature"]
    /// The partnership the meeting belongs to.
    public let snapshot: PartnershipSnapshot
    /// The meeting signed in to.
    public let meeting: Meeting
    /// Blank rows added after the expected people, for walk-ins.
    public let walkInRows: Int

    /// The sign-in sheet for meeting `id`, with `walkInRows` blank rows.
    ///
    /// ```swift
    /// let sheet = try SignInWorkbook(snapshot: snapshot, meeting: MeetingID("M0004"))
    /// sheet.expected.count   // people printed on the sheet
    /// ```
    /// - Throws: ``ReportError/unknownMeeting(_:)`` when the meeting is not in the snapshot.
    public init(snapshot: PartnershipSnapshot, meeting id: MeetingID, walkInRows: Int = 15) throws {
        guard let meeting = snapshot.meetings.first(where: { $0.id == id }) else { throw ReportError.unknownMeeting(id) }
        self.snapshot = snapshot
        self.meeting = meeting
        self.walkInRows = walkInRows
    }

    /// Everyone expected: invited, registered (or already recorded) for the meeting, by last name.
    public var expected: [Person] {
        let ids = Set(snapshot.participations.filter { $0.meeting == meeting.id }.compactMap(\.person))
        return SnapshotIndex(snapshot).sortedByLastName(ids)
    }

    /// Writes the printable workbook to `url` (replacing the file only once it is complete).
    ///
    /// ```swift
    /// try SignInWorkbook(snapshot: snapshot, meeting: MeetingID("M0004")).write(to: URL(fileURLWithPath: "signin.xlsx"))
    /// ```
    public func write(to url: URL) throws {
        let workbook = try Workbook(destination: url)
        workbook.properties = DocumentProperties(title: "\(snapshot.settings.name) — sign-in: \(meeting.name)", author: "Convene")
        let sheet = try workbook.addWorksheet(named: "Sign-in")
        let index = SnapshotIndex(snapshot)
        let people = expected
        try sheet.writeString(snapshot.settings.name, row: 0, column: 0, format: SheetStyle.title)
        let when = [meeting.name, meeting.date?.iso, meeting.startTime, meeting.location].compactMap { $0 }.filter { !$0.isEmpty }
        try sheet.writeString(when.joined(separator: " · "), row: 1, column: 0, format: SheetStyle.sectionHeader)
        try sheet.writeString("Please initial next to your name, or add yourself below.", row: 2, column: 0, format: SheetStyle.subtitle)
        let headerRow = 4
        try sheet.writeRow(Self.headers.map { .string($0) }, row: headerRow, format: SheetStyle.signInHeader)
        var row = headerRow
        for (n, person) in people.enumerated() {
            row += 1
            try sheet.writeNumber(Double(n + 1), row: row, column: 0, format: SheetStyle.signInCell)
            try sheet.writeString(person.name.sortName, row: row, column: 1, format: SheetStyle.signInCell)
            try sheet.write(SheetStyle.text(index.organizationName(of: person)), row: row, column: 2, format: SheetStyle.signInCell)
            for c in 3...4 { try sheet.writeBlank(row: row, column: c, format: SheetStyle.signInCell) }
            try sheet.setRowHeight(24, row: row)
        }
        row += 1
        try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 4),
                        text: "Not on the list? Please print your name, organization and email.", format: SheetStyle.signInHeader)
        for n in 0..<walkInRows {
            row += 1
            try sheet.writeNumber(Double(people.count + n + 1), row: row, column: 0, format: SheetStyle.signInCell)
            for c in 1...4 { try sheet.writeBlank(row: row, column: c, format: SheetStyle.signInCell) }
            try sheet.setRowHeight(24, row: row)
        }
        try sheet.setColumnWidth(4, column: 0)
        // Names and organizations set their columns' widths (within printable bounds), so a long name such as
        // "Riverton Area Chamber of Commerce" does not run into the Email column on paper.
        let nameWidth = people.map { Worksheet.estimatedWidth(of: $0.name.sortName) }.max() ?? 0
        let orgWidth = people.map { Worksheet.estimatedWidth(of: index.organizationName(of: $0)) }.max() ?? 0
        try sheet.setColumnWidth(min(max(26, nameWidth + 2), 36), column: 1)
        try sheet.setColumnWidth(min(max(28, orgWidth + 2), 40), column: 2)
        try sheet.setColumnWidth(30, column: 3)
        try sheet.setColumnWidth(16, column: 4)
        var page = PageSetup()
        page.orientation = .portrait
        page.paper = .letter
        page.fitToWidth = true
        page.repeatedRows = headerRow...headerRow
        page.header = "&L" + PageSetup.escaped(meeting.name) + "&R" + PageSetup.escaped(meeting.date?.iso ?? "")
        page.footer = "&CPage &P of &N"
        page.centersHorizontally = true
        try sheet.setPageSetup(page)
        try sheet.hideGridlines()
        try workbook.close()
    }
}
