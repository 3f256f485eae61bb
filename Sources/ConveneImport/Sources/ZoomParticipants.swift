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
    /// is the display name that looks like a person. Display names that are not written as names are read as
    /// the name they hold: a device "Michael's iPhone" names Michael, a username "margaret.thompson" Margaret
    /// Thompson.
    @Sendable static func name(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return displayName(text) }
        let outer = text[..<open].trimmingCharacters(in: .whitespaces)
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        if outer.isEmpty || isDevice(outer) { return inner }
        // Pronouns and notes in parentheses ("Ann Lee (she/her)", "Bob (TA)") are not names.
        if inner.contains("/") || inner.count <= 3 || !ContentInference.looksLikePersonName(inner) { return displayName(outer) }
        // "Sam (Samuel Ortiz)", "Deborah L (Deborah Lindgren)": the account name says more than a shorter
        // display name — more words, or as many with more letters (an initial written out).
        let words = { (s: String) in s.split(separator: " ").count }
        let letters = { (s: String) in s.filter(\.isLetter).count }
        if words(inner) > words(outer) || (words(inner) == words(outer) && letters(inner) > letters(outer)) { return inner }
        return outer
    }

    static let devices = ["iphone", "ipad", "android", "galaxy", "samsung", "pixel", "guest", "zoom user", "phone",
                          "laptop", "macbook", "surface", "desktop", "pc"]

    /// "iPhone", "Galaxy S21", "Zoom user": a device or a placeholder, not a name.
    static func isDevice(_ text: String) -> Bool {
        let lower = text.lowercased()
        return devices.contains { lower.hasPrefix($0) }
    }

    /// A display name as the name it holds: "Michael's iPhone" → "Michael", "margaret.thompson" →
    /// "margaret thompson"; anything else as written.
    static func displayName(_ text: String) -> String {
        // "<Name>'s <device>": the owner's given name.
        for apostrophe in ["'s ", "’s "] {
            if let r = text.range(of: apostrophe, options: .caseInsensitive), isDevice(String(text[r.upperBound...])) {
                let owner = text[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if !owner.isEmpty, owner.allSatisfy(\.isLetter) { return owner }
            }
        }
        // A username: two runs of letters joined by one "." or "_" and nothing else.
        if !text.contains(" "), let sep = text.firstIndex(where: { $0 == "." || $0 == "_" }) {
            let first = text[..<sep], last = text[text.index(after: sep)...]
            if first.count >= 2, last.count >= 2, first.allSatisfy(\.isLetter), last.allSatisfy(\.isLetter) {
                return first + " " + last
            }
        }
        return text
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
