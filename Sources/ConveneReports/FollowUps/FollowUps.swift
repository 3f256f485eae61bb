import ConveneModel

/// Why someone needs a follow-up from the convener.
public enum FollowUpReason: String, Sendable, CaseIterable, Codable {
    case invitedNotAttended = "Invited, did not attend"
    case registeredNotAttended = "Registered, did not attend"
    case newAttendee = "New attendee since last meeting"
    case volunteeredChampion = "Volunteered as champion"
    case badEmail = "Bounced or invalid email"
}

/// One follow-up: who, why, for which meeting, and how to reach them.
public struct FollowUp: Sendable, Hashable {
    public var reason: FollowUpReason
    public var person: PersonID
    public var name: String
    public var sortName: String
    public var organization: String
    public var kind: PartnerKind
    public var email: String
    public var phone: String
    public var meeting: MeetingID?
    public var detail: String
}

/// Builds the follow-up list from a snapshot.
///
/// "Last meeting" is the latest meeting (in calendar order) anyone attended. Invitees and registrants who
/// missed it, and people attending for the first time, are listed for that meeting; volunteers and bad emails
/// are listed once each.
public enum FollowUps {
    public static func list(for snapshot: PartnershipSnapshot, analytics: AttendanceAnalytics? = nil) -> [FollowUp] {
        let analytics = analytics ?? AttendanceAnalytics(snapshot)
        let index = analytics.index
        var result: [FollowUp] = []
        func add(_ reason: FollowUpReason, _ ids: some Sequence<PersonID>, meeting: Meeting?, detail: (Person) -> String) {
            for person in index.sortedByLastName(ids) {
                result.append(FollowUp(
                    reason: reason, person: person.id, name: person.name.displayName, sortName: person.name.sortName,
                    organization: index.organizationName(of: person), kind: index.partnerKind(of: person),
                    email: person.email ?? "", phone: person.phone ?? "", meeting: meeting?.id, detail: detail(person)))
            }
        }
        if let last = analytics.meetings.last(where: { !$0.attended.isEmpty }) {
            let m = last.meeting
            let label = m.name + (m.date.map { " (\($0.iso))" } ?? "")
            add(.invitedNotAttended, last.invitedNotAttended, meeting: m) { _ in "Missed \(label)" }
            add(.registeredNotAttended, last.registeredButAbsent, meeting: m) { _ in "Registered for \(label)" }
            add(.newAttendee, last.newAttendees, meeting: m) { _ in "First came to \(label)" }
        }
        let teamsByPerson = Dictionary(grouping: snapshot.teams.flatMap { team, ids in ids.map { ($0, team) } },
                                       by: \.0).mapValues { $0.map(\.1).sorted() }
        add(.volunteeredChampion, Set(snapshot.volunteers), meeting: nil) { p in
            let teams = teamsByPerson[p.id] ?? []
            return teams.isEmpty ? "No action team yet" : "Team: " + teams.joined(separator: ", ")
        }
        var bad: [PersonID: String] = [:]
        for person in snapshot.people {
            if let problem = EmailHealth.problem(for: person) { bad[person.id] = problem }
        }
        add(.badEmail, bad.keys, meeting: nil) { bad[$0.id] ?? "" }
        return result
    }
}

/// Finds email problems a mailing tool or a typo left behind.
public enum EmailHealth {
    /// A description of what is wrong with a person's email, or nil when nothing is known to be wrong.
    ///
    /// Missing: no email at all. Invalid: not `local@domain.tld`. Bounced: a source row from a mailing tool
    /// marks it so — Mailchimp calls hard bounces "cleaned", Constant Contact says "Bounced".
    public static func problem(for person: Person) -> String? {
        guard let email = person.email, !email.isEmpty else { return "No email address" }
        if !isPlausible(email) { return "Invalid email: \(email)" }
        for source in person.sources {
            for (header, value) in source.raw {
                let h = header.lowercased(), v = value.lowercased()
                guard h.contains("status") || h.contains("bounce") else { continue }
                if v.contains("bounce") || v == "cleaned" || v == "invalid" || v == "undeliverable" {
                    return "Bounced (\(source.source.displayName): \(value))"
                }
            }
        }
        return nil
    }

    /// `local@domain.tld`, no spaces, one `@`, a dot in the domain not at either end.
    public static func isPlausible(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !email.contains(where: { $0.isWhitespace }) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.index(after: dot) != domain.endIndex, !domain.contains("..") else { return false }
        return true
    }
}
