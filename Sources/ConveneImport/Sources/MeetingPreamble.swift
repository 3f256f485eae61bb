import ConveneModel

/// What the lines above the header say about the meeting: the Teams "1. Summary" section, Zoom's meeting
/// details block, a sign-in sheet's title and date.
enum MeetingPreamble {
    static func hint(source: SourceKind, preamble: [TextRow]) -> MeetingHint? {
        switch source {
        case .teamsAttendance: return teamsSummary(preamble)
        case .zoomParticipants: return zoomDetails(preamble)
        case .signInSheet: return signInTitle(preamble)
        default: return nil
        }
    }

    /// "Meeting title\tX", "Start time\t7/20/23, 4:16:29 PM", "End time\t…" (older reports: "Meeting Title",
    /// "Meeting Start Time").
    static func teamsSummary(_ rows: [TextRow]) -> MeetingHint? {
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

    /// "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants" then one row of values.
    static func zoomDetails(_ rows: [TextRow]) -> MeetingHint? {
        let nonBlank = rows.filter { !$0.isBlank }
        for (i, row) in nonBlank.enumerated() where i + 1 < nonBlank.count {
            let keys = (0..<row.trimmedCount).map { HeaderText.key(row.value($0)) }
            guard let topic = keys.firstIndex(of: "topic"), let start = keys.firstIndex(of: "start time") else { continue }
            let values = nonBlank[i + 1]
            var hint = MeetingHint(name: values.value(topic), startTime: values.value(start), isVirtual: true)
            if let end = keys.firstIndex(of: "end time") { hint.endTime = values.value(end) }
            hint.date = Normalization.date(values.value(start))
            return hint
        }
        return nil
    }

    /// A title line ("Advanced Manufacturing Partnership — Launch Sign-In") and a date line, if any.
    static func signInTitle(_ rows: [TextRow]) -> MeetingHint? {
        var hint = MeetingHint()
        for row in rows where !row.isBlank {
            for i in 0..<row.trimmedCount {
                let cell = row.value(i)
                if cell.isEmpty { continue }
                let afterLabel = cell.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? cell
                if hint.date == nil, let d = Normalization.date(afterLabel) { hint.date = d; continue }
                if hint.name == nil, HeaderText.key(cell) != "date" { hint.name = cell }
            }
        }
        return hint.name == nil && hint.date == nil ? nil : hint
    }
}
