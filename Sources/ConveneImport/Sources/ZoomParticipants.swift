import ConveneModel
import Foundation

/// A Zoom participants report: "Name (Original Name)", "User Email", join and leave times, minutes; above the
/// header, when "Show meeting details" was ticked, a block of meeting details.
///
/// Quirks: the name cell holds the display name and the account name in parentheses, or a device ("iPhone (Ann
/// Lee)") — ``name(_:)`` picks the one to match on. A second device and a phone dial-in are read as the person
/// they are by ``FormHygiene``.
struct ZoomParticipantsReport: KnownExport {
    let profile = SourceProfile(
        kind: .zoomParticipants,
        signatures: [["Name (Original Name)", "User Email"], ["Name (original name)", "Join Time", "Leave Time"]],
        fields: [("Name (Original Name)", .fullName), ("User Email", .email), ("Join Time", .joinTime),
                 ("Leave Time", .leaveTime), ("Duration (Minutes)", .duration),
                 ("Total Duration (Minutes)", .duration), ("Guest", .guest),
                 ("Recording Consent", .ignore), ("In Waiting Room", .ignore)],
        participation: .attended, isVirtual: true)

    var speaksForItself: Bool { true }
    var nameCleanup: (@Sendable (String) -> String)? { Self.name }

    /// Zoom writes "Display Name (Original Name)" when someone renamed themselves, and "iPhone (Ann Lee)" for
    /// devices: the name in parentheses is the account name, which is the better one for matching unless it
    /// is the display name that looks like a person.
    @Sendable static func name(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        let outer = text[..<open].trimmingCharacters(in: .whitespaces)
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        let devices = ["iphone", "ipad", "android", "galaxy", "samsung", "pixel", "guest", "zoom user", "phone", "laptop"]
        if outer.isEmpty || devices.contains(where: { outer.lowercased().hasPrefix($0) }) { return inner }
        // Pronouns and notes in parentheses ("Ann Lee (she/her)", "Bob (TA)") are not names.
        if inner.contains("/") || inner.count <= 3 || !ContentInference.looksLikePersonName(inner) { return outer }
        // "Sam (Samuel Ortiz)": the account name says more than a one-word display name.
        let words = { (s: String) in s.split(separator: " ").count }
        return words(inner) > words(outer) ? inner : outer
    }

    /// "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants" then one row of values.
    func meetingHint(preamble rows: [TextRow]) -> MeetingHint? {
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
}
