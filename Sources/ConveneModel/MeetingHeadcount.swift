/// One person's part in one meeting, with every source row of theirs folded into one: an RSVP under a work
/// address, a sign-in under a personal one, two sheets signed, a Zoom rejoin — the person counts once, with the
/// strongest status, and every row is kept.
///
/// Strength: attended (walk-ins included) > registered (no-shows included: a no-show is a registration not
/// followed by attendance, so a no-show who also attended is attended) > invited.
///
/// ```swift
/// let rows = [Participation(meeting: MeetingID("M0001"), person: PersonID("P000001"), status: .registered,
///                           source: SourceRecord(file: "rsvp.csv", record: 3)),
///             Participation(meeting: MeetingID("M0001"), person: PersonID("P000001"), status: .walkIn,
///                           source: SourceRecord(file: "signin.csv", record: 7))]
/// let ann = MeetingHeadcount(meeting: MeetingID("M0001"), rows: rows).presences[0]
/// ann.status    // .attended: she registered, so the sheet's walk-in mark does not make her a walk-in
/// ann.rows      // both rows
/// ```
public struct MeetingPresence: Hashable, Sendable {
    /// The meeting.
    public var meeting: MeetingID
    /// The person, whatever records of theirs the rows came from.
    public var person: PersonID
    /// On an invitation list under any of the person's records.
    public var invited: Bool
    /// Registered (or marked a no-show) under any of the person's records.
    public var registered: Bool
    /// Attended (or walked in) under any of the person's records.
    public var attended: Bool
    /// A sign-in sheet marked one of the person's rows as a walk-in.
    public var markedWalkIn: Bool
    /// Attended and neither invited nor registered under any of the person's records, at a meeting that sent
    /// invitations or took registrations; at a meeting with neither, only when a sheet marked them a walk-in.
    public var walkIn: Bool
    /// Every source row of the person for this meeting, in the order given.
    public var rows: [Participation]

    /// The strongest status: ``ParticipationStatus/walkIn`` or ``ParticipationStatus/attended`` when they
    /// attended, else ``ParticipationStatus/registered``, else ``ParticipationStatus/invited``.
    public var status: ParticipationStatus {
        attended ? (walkIn ? .walkIn : .attended) : registered ? .registered : .invited
    }
}

/// A meeting's participation rows folded per person (see ``MeetingPresence``): the one count of invited,
/// registered, attended and walk-ins that `convene meetings`, the attendance workbook and the tracker share.
///
/// Folding is a view over the rows, never a change to them: merging two people (at import, by a review
/// decision, `convene merge-people`) folds their rows, splitting them unfolds them, and no source row is lost.
///
/// ```swift
/// let counts = MeetingHeadcount.byMeeting(snapshot.participations)
/// counts[MeetingID("M0001")]?.attended.count   // distinct people who came
/// ```
public struct MeetingHeadcount: Hashable, Sendable {
    /// The meeting.
    public var meeting: MeetingID
    /// One per person with any row for the meeting, by person ID.
    public var presences: [MeetingPresence]
    /// Rows linked to no person: not counted (nobody to count once), but reported so none is dropped silently.
    public var unlinkedRows: Int
    /// The meeting sent invitations or took registrations (some row says invited, registered or no-show).
    public var hadList: Bool

    /// Folds one meeting's rows; rows of other meetings are ignored.
    ///
    /// ```swift
    /// let launch = MeetingHeadcount(meeting: MeetingID("M0001"), rows: snapshot.participations)
    /// ```
    public init(meeting: MeetingID, rows: [Participation]) {
        self.meeting = meeting
        let mine = rows.filter { $0.meeting == meeting }
        hadList = mine.contains { $0.status.strength < ParticipationStatus.attended.strength }
        unlinkedRows = mine.filter { $0.person == nil }.count
        var order: [PersonID] = []
        var byPerson: [PersonID: [Participation]] = [:]
        for row in mine {
            guard let person = row.person else { continue }
            if byPerson[person] == nil { order.append(person) }
            byPerson[person, default: []].append(row)
        }
        let hadList = hadList
        presences = order.sorted().map { person in
            let rows = byPerson[person]!
            let invited = rows.contains { $0.status == .invited }
            // An attendee row of a registration platform (Eventbrite's "Checked In") is a registration too: only
            // registered people are on its attendee report.
            let registered = rows.contains {
                $0.status == .registered || $0.status == .noShow || ($0.status == .attended && $0.source.source.isRegistrationList)
            }
            let attended = rows.contains { $0.status == .attended || $0.status == .walkIn }
            let marked = rows.contains { $0.status == .walkIn }
            let walkIn = attended && !invited && !registered && (hadList || marked)
            return MeetingPresence(meeting: meeting, person: person, invited: invited, registered: registered,
                                   attended: attended, markedWalkIn: marked, walkIn: walkIn, rows: rows)
        }
    }

    /// Every meeting's headcount, keyed by meeting, from all participations at once.
    ///
    /// ```swift
    /// MeetingHeadcount.byMeeting(snapshot.participations)[MeetingID("M0003")]?.walkIns.count
    /// ```
    public static func byMeeting(_ participations: [Participation]) -> [MeetingID: MeetingHeadcount] {
        Dictionary(grouping: participations, by: \.meeting).reduce(into: [:]) { result, group in
            result[group.key] = MeetingHeadcount(meeting: group.key, rows: group.value)
        }
    }

    private func people(_ include: (MeetingPresence) -> Bool) -> Set<PersonID> {
        Set(presences.filter(include).map(\.person))
    }

    /// People invited under any of their records (some of whom registered or came).
    public var invited: Set<PersonID> { people(\.invited) }
    /// People registered under any of their records, no-shows included (some of whom came).
    public var registered: Set<PersonID> { people(\.registered) }
    /// People who came, walk-ins included.
    public var attended: Set<PersonID> { people(\.attended) }
    /// People who came without an invitation or registration under any of their records (``MeetingPresence/walkIn``).
    public var walkIns: Set<PersonID> { people(\.walkIn) }
    /// People who registered and did not come.
    public var registeredAbsent: Set<PersonID> { people { $0.registered && !$0.attended } }
    /// People invited who neither registered nor came.
    public var invitedAbsent: Set<PersonID> { people { $0.invited && !$0.registered && !$0.attended } }

    /// The folded part of one person, if they have any row for the meeting.
    ///
    /// ```swift
    /// let launch = MeetingHeadcount(meeting: MeetingID("M0001"), rows: snapshot.participations)
    /// launch.presence(of: PersonID("P000001"))?.attended   // true when any of their rows says they came
    /// ```
    public func presence(of person: PersonID) -> MeetingPresence? { presences.first { $0.person == person } }
}

extension ParticipationStatus {
    /// How strong a sign of taking part the status is, for folding one person's rows: invited 1, registered
    /// and no-show 2, attended and walk-in 3.
    ///
    /// ```swift
    /// ParticipationStatus.noShow.strength < ParticipationStatus.attended.strength   // true
    /// ```
    public var strength: Int {
        switch self {
        case .invited: 1
        case .registered, .noShow: 2
        case .attended, .walkIn: 3
        }
    }
}
