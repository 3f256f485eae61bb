import ConveneModel

/// A Microsoft Teams attendance report, in each layout Teams has written: the 2022+ report ("1. Summary",
/// "2. Participants" with First Join / Last Leave, "3. In-Meeting Activities"), the 2021–22 one (a "Meeting
/// Summary" block above one row per session) and the 2020–21 one (one row per join or leave).
///
/// Quirks: the first numbered section after the participants ends the records; a "Left" row closes the session
/// of the person who joined before it (so later rows refer back to earlier ones); the summary names the meeting.
struct TeamsAttendanceReport: KnownExport {
    let profile = SourceProfile(
        kind: .teamsAttendance,
        signatures: [["Name", "First Join", "Last Leave", "In-Meeting Duration"],
                     ["Full Name", "First Join", "Last Leave", "In-Meeting Duration"],
                     ["Name", "Participant ID (UPN)", "Role"],
                     // The 2020–21 report: one row per join or leave.
                     ["Full Name", "User Action", "Timestamp"],
                     // The 2021–22 report under a "Meeting Summary" block: one row per session.
                     ["Full Name", "Join Time", "Leave Time", "Duration"]],
        fields: [("Name", .fullName), ("Full Name", .fullName), ("First Join", .joinTime),
                 ("Last Leave", .leaveTime), ("In-Meeting Duration", .duration), ("Email", .email),
                 ("Participant ID (UPN)", .ignore), ("Role", .role), ("User Action", .userAction),
                 ("Timestamp", .joinTime), ("Join Time", .joinTime), ("Leave Time", .leaveTime),
                 ("Duration", .duration)],
        participation: .attended, isVirtual: true)

    var rowsReferBack: Bool { true }
    var speaksForItself: Bool { true }

    /// A Teams report whose participants section is missing: its summary section above a per-session table
    /// ("2. In-Meeting Activities": Name, Join Time, Leave Time, Duration, Email, Role).
    func recognizesOtherwise(_ header: HeaderShape) -> Bool {
        header.keys.contains("join time") && header.keys.contains("leave time") && Self.isSummary(header.preamble)
    }

    /// "1. Summary" / "Meeting Summary" followed by a "Meeting title" line, as only Teams writes them.
    static func isSummary(_ preamble: [[String]]) -> Bool {
        let firstCells = preamble.compactMap { $0.first.map(HeaderText.key) }
        let titles = Set(["1. Summary", "Meeting Summary"].map(HeaderText.key))
        return firstCells.contains { titles.contains($0) } && firstCells.contains(HeaderText.key("Meeting title"))
    }

    /// "3. In-Meeting Activities": the next numbered section.
    func endsRecords(oneCellLine text: String) -> Bool {
        guard let dot = text.firstIndex(of: ".") else { return false }
        return !text[..<dot].isEmpty && text[..<dot].allSatisfy(\.isNumber)
    }

    /// "Meeting title\tX", "Start time\t7/20/23, 4:16:29 PM", "End time\t…" (older reports: "Meeting Title",
    /// "Meeting Start Time").
    func meetingHint(preamble rows: [TextRow]) -> MeetingHint? {
        var hint = MeetingHint(isVirtual: true)
        var found = false
        for row in rows where row.trimmedCount >= 2 {
            let key = HeaderText.key(row.value(0))
            let value = row.value(1)
            switch key {
            case "meeting title", "title": hint.name = value; found = true
            case "start time", "meeting start time": hint.startTime = value; hint.date = Normalization.date(value); found = true
            case "end time", "meeting end time": hint.endTime = value; found = true
            default: break
            }
        }
        return found ? hint : nil
    }
}
