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
        if outer.isEmpty || isDevice(outer) || isPossessiveDevice(outer) { return inner }
        // Pronouns and notes in parentheses ("Ann Lee (she/her)", "Bob (TA)") are not names.
        if inner.contains("/") || inner.count <= 3 || !ContentInference.looksLikePersonName(inner) { return displayName(outer) }
        // "Sam (Samuel Ortiz)": the account name says more than a one-word display name. "Deborah L (Deborah
        // Lindgren)": as many words, each display word the start of the account's — an initial written out.
        // "Bob Smith (Mary Smith)" is someone on another's account: the display name is who joined.
        let o = outer.split(separator: " "), i = inner.split(separator: " ")
        if i.count > o.count { return inner }
        if i.count == o.count, zip(o, i).allSatisfy({ a, b in
            let a = a.lowercased().trimmingCharacters(in: .punctuationCharacters), b = b.lowercased()
            return !a.isEmpty && b.hasPrefix(a)
        }), inner.count > outer.count { return inner }
        return outer
    }

    /// First words of device names ("Zoom user", two words, is matched as a prefix by ``isDevice(_:)``).
    static let devices: Set<String> = ["iphone", "ipad", "android", "galaxy", "samsung", "pixel", "guest", "phone",
                                       "laptop", "macbook", "surface", "desktop", "pc"]

    /// "iPhone", "Galaxy S21", "Zoom user": a device or a placeholder, not a name. Whole first words:
    /// "Phonethip Sengdara" is a person.
    static func isDevice(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("zoom user") { return true }
        guard let first = lower.split(separator: " ").first else { return false }
        return devices.contains(String(first))
    }

    /// "Michael's iPhone", "Ann Lee’s iPad": someone's device.
    static func isPossessiveDevice(_ text: String) -> Bool { possessiveDeviceOwner(text) != nil }

    /// The owner in "<owner>'s <device>", or nil.
    static func possessiveDeviceOwner(_ text: String) -> String? {
        for apostrophe in ["'s ", "’s "] {
            if let r = text.range(of: apostrophe, options: [.caseInsensitive, .backwards]), isDevice(String(text[r.upperBound...])) {
                let owner = text[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if !owner.isEmpty, owner.allSatisfy({ $0.isLetter || " -'’.".contains($0) }) { return owner }
            }
        }
        return nil
    }

    /// A display name as the name it holds: "Michael's iPhone" → "Michael", "margaret.thompson" →
    /// "margaret thompson"; anything else as written.
    static func displayName(_ text: String) -> String {
        // "<Name>'s <device>": the owner's name.
        if let owner = possessiveDeviceOwner(text) { return owner }
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
