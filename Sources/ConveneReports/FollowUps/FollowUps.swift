import ConveneModel

/// Why someone needs a follow-up from the convener.
///
/// ```swift
/// let bounced = FollowUps.list(for: snapshot).filter { $0.reason == .badEmail }
/// ```
public enum FollowUpReason: String, Sendable, CaseIterable, Codable {
    case invitedNotAttended = "Invited, did not attend"
    case registeredNotAttended = "Registered, did not attend"
    case newAttendee = "New attendee since last meeting"
    case volunteeredChampion = "Volunteered as champion"
    case badEmail = "Bounced or invalid email"
}

/// One follow-up: who, why, for which meeting, and how to reach them.
///
/// ```swift
/// for followUp in FollowUps.list(for: snapshot) {
///     print(followUp.reason.rawValue, followUp.name, followUp.email, followUp.detail)   // … "Missed Launch (2026-08-25)"
/// }
/// ```
public struct FollowUp: Sendable, Hashable {
    /// Why they need a follow-up.
    public var reason: FollowUpReason
    /// The person.
    public var person: PersonID
    /// Their name as lists show it ("Robert Smith").
    public var name: String
    /// Their name in sort order ("Smith, Robert").
    public var sortName: String
    /// Their organization's name, "" when unknown.
    public var organization: String
    /// Business, public partner or unknown.
    public var kind: PartnerKind
    /// Their email, "" when none.
    public var email: String
    /// Their phone, "" when none.
    public var phone: String
    /// The meeting the reason is about; `nil` for volunteers and bad emails.
    public var meeting: MeetingID?
    /// One phrase saying more ("Missed Launch (2026-08-25)", "Team: Talent pipeline", "Bounced (Mailchimp: cleaned)").
    public var detail: String
}

/// Builds the follow-up list from a snapshot.
///
/// "Last meeting" is the latest meeting (in calendar order) anyone attended. Invitees and registrants who
/// missed it, and people attending for the first time, are listed for that meeting; volunteers and bad emails
/// are listed once each.
///
/// ```swift
/// for followUp in FollowUps.list(for: snapshot) {
///     print(followUp.reason.rawValue, followUp.name, followUp.email)   // Invited, did not attend Ann Lee ann@…
/// }
/// ```
public enum FollowUps {
    /// Every follow-up, grouped by reason (missed the last meeting, registered and missed it, new at it,
    /// volunteered, bad email) and by last name within each; pass `analytics` when already computed.
    ///
    /// ```swift
    /// let list = FollowUps.list(for: snapshot)
    /// ```
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
///
/// ```swift
/// let problems = snapshot.people.compactMap { EmailHealth.problem(for: $0) }
/// ```
public enum EmailHealth {
    /// A description of what is wrong with a person's email, or nil when nothing is known to be wrong.
    ///
    /// Missing: no email at all. Invalid: not `local@domain.tld`. Bounced: a source row from a mailing tool
    /// marks it so — Mailchimp calls hard bounces "cleaned", Constant Contact says "Bounced".
    ///
    /// ```swift
    /// EmailHealth.problem(for: person)   // "Invalid email: ann.lee@acme", or nil
    /// ```
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
    ///
    /// ```swift
    /// EmailHealth.isPlausible("ann.lee@acme.com")   // true
    /// EmailHealth.isPlausible("ann.lee@acme")       // false
    /// ```
    public static func isPlausible(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !email.contains(where: { $0.isWhitespace }) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.index(after: dot) != domain.endIndex, !domain.contains("..") else { return false }
        return true
    }
}
