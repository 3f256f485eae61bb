import ConveneModel

/// Who came to one meeting, measured the way a convener reports it.
///
/// ```swift
/// if let launch = AttendanceAnalytics(snapshot).attendance(of: MeetingID("M0001")) {
///     print(launch.attended.count, launch.walkInsNotInvited.count, launch.businessCount)
/// }
/// ```
public struct MeetingAttendance: Sendable, Hashable {
    /// The meeting measured.
    public var meeting: Meeting
    /// Everyone who attended (in person, online, or as a walk-in).
    public var attended: Set<PersonID>
    /// Invited (sent an invitation) — includes people who also registered.
    public var invited: Set<PersonID>
    /// Registered (RSVP'd yes, or marked a no-show) — includes people who also attended.
    public var registered: Set<PersonID>
    /// Registered (RSVP'd yes) or marked no-show, but not recorded as attending.
    public var registeredButAbsent: Set<PersonID>
    /// Invited but neither registered nor attended.
    public var invitedNotAttended: Set<PersonID>
    /// Attended without having been invited or registered under any of their records (walk-ins and forwarded
    /// links); at a meeting that sent no invitations and took no registrations, those a sheet marks as walk-ins.
    /// The same people `convene meetings` counts as walk-ins (`MeetingHeadcount.walkIns`).
    public var walkInsNotInvited: Set<PersonID>
    /// Attended and had attended no earlier meeting.
    public var newAttendees: Set<PersonID>
    /// Attended and had attended an earlier meeting.
    public var returningAttendees: Set<PersonID>
    /// Attendees whose organization is a business.
    public var businessCount: Int
    /// Attendees whose organization is a public partner (workforce board, college, economic development, …).
    public var publicPartnerCount: Int
    /// Attendees whose organization is unknown or unclassified.
    public var unknownKindCount: Int
    /// Distinct organizations among attendees (by linked organization, else by the name written).
    public var organizationsRepresented: [String]
    /// Minutes attended per person for virtual meetings, with overlapping joins counted once.
    public var minutesAttended: [PersonID: Double]
    /// Participation rows the matcher could not link to a person (counted, never dropped silently).
    public var unmatchedRows: Int
}

/// Retention between one meeting and the ones before it.
///
/// ```swift
/// for point in AttendanceAnalytics(snapshot).retention {
///     print(point.meeting.name, point.new, point.returning, point.lapsed)
/// }
/// ```
public struct RetentionPoint: Sendable, Hashable {
    /// The meeting measured.
    public var meeting: Meeting
    /// Attended this meeting and an earlier one.
    public var returning: Int
    /// Attended the previous meeting but not this one.
    public var lapsed: Int
    /// First meeting attended.
    public var new: Int
}

/// Attendance analytics over a snapshot. Meetings are compared in calendar order. Each person counts once per
/// meeting: their rows are folded by `MeetingHeadcount`, the count `convene meetings` prints.
///
/// ```swift
/// let analytics = AttendanceAnalytics(snapshot)
/// for meeting in analytics.meetings { print(meeting.meeting.name, meeting.attended.count) }
/// analytics.meetingsAttended(by: PersonID("P000001")).map(\.name)
/// ```
public struct AttendanceAnalytics: Sendable {
    /// The lookups the figures were computed with.
    public let index: SnapshotIndex
    /// One entry per meeting, in calendar order.
    public let meetings: [MeetingAttendance]
    /// One entry per meeting, in calendar order: new, returning and lapsed attendees.
    public let retention: [RetentionPoint]

    /// Measures every meeting of `snapshot`.
    ///
    /// ```swift
    /// let analytics = AttendanceAnalytics(snapshot)
    /// ```
    public init(_ snapshot: PartnershipSnapshot) {
        self.init(index: SnapshotIndex(snapshot))
    }

    /// Measures every meeting of the indexed snapshot (reusing an index already built).
    ///
    /// ```swift
    /// let index = SnapshotIndex(snapshot)
    /// let analytics = AttendanceAnalytics(index: index)
    /// ```
    public init(index: SnapshotIndex) {
        self.index = index
        let byMeeting = Dictionary(grouping: index.snapshot.participations, by: \.meeting)
        var seenBefore = Set<PersonID>()
        var previous: Set<PersonID>? = nil
        var results: [MeetingAttendance] = []
        var retention: [RetentionPoint] = []
        for meeting in index.meetingsInOrder {
            let rows = byMeeting[meeting.id] ?? []
            let result = Self.measure(meeting: meeting, rows: rows, seenBefore: seenBefore, index: index)
            results.append(result)
            retention.append(RetentionPoint(
                meeting: meeting, returning: result.returningAttendees.count,
                lapsed: previous.map { $0.subtracting(result.attended).count } ?? 0,
                new: result.newAttendees.count))
            seenBefore.formUnion(result.attended)
            previous = result.attended
        }
        meetings = results
        self.retention = retention
    }

    /// The analytics for one meeting, if it is in the snapshot.
    ///
    /// ```swift
    /// analytics.attendance(of: MeetingID("M0001"))?.registeredButAbsent.count
    /// ```
    public func attendance(of id: MeetingID) -> MeetingAttendance? { meetings.first { $0.meeting.id == id } }

    /// Every meeting each person attended, in calendar order.
    ///
    /// ```swift
    /// analytics.meetingsAttended(by: PersonID("P000001")).last?.date   // the last time they came
    /// ```
    public func meetingsAttended(by person: PersonID) -> [Meeting] {
        meetings.filter { $0.attended.contains(person) }.map(\.meeting)
    }

    static func measure(meeting: Meeting, rows: [Participation], seenBefore: Set<PersonID>,
                        index: SnapshotIndex) -> MeetingAttendance {
        let counts = MeetingHeadcount(meeting: meeting.id, rows: rows)
        let attended = counts.attended, invited = counts.invited, registered = counts.registered
        var spans: [PersonID: [AttendanceSpan]] = [:]
        var loose: [PersonID: Double] = [:] // minutes without parseable times: cannot be merged, only added
        for row in rows {
            guard let person = row.person, meeting.isVirtual, row.status == .attended || row.status == .walkIn else { continue }
            if let j = row.joinTime.flatMap(parseTimestamp), let l = row.leaveTime.flatMap(parseTimestamp) {
                spans[person, default: []].append(AttendanceSpan(start: j, end: l))
            } else if let m = row.minutes {
                loose[person, default: 0] += m
            }
        }
        var minutes: [PersonID: Double] = [:]
        if meeting.isVirtual {
            for person in attended {
                let merged = AttendanceSpan.merge(spans[person] ?? [])
                let fromSpans = Double(merged.reduce(0) { $0 + $1.seconds }) / 60
                minutes[person] = fromSpans + (loose[person] ?? 0)
            }
        }
        var business = 0, publicPartners = 0, unknown = 0
        var organizations = Set<String>()
        for id in attended {
            guard let person = index.peopleByID[id] else { unknown += 1; continue }
            switch index.partnerKind(of: person) {
            case .business: business += 1
            case .publicPartner: publicPartners += 1
            case .unknown: unknown += 1
            }
            let name = index.organizationName(of: person)
            if !name.isEmpty { organizations.insert(name) }
        }
        return MeetingAttendance(
            meeting: meeting, attended: attended, invited: invited, registered: registered,
            registeredButAbsent: counts.registeredAbsent,
            invitedNotAttended: counts.invitedAbsent,
            walkInsNotInvited: counts.walkIns,
            newAttendees: attended.subtracting(seenBefore),
            returningAttendees: attended.intersection(seenBefore),
            businessCount: business, publicPartnerCount: publicPartners, unknownKindCount: unknown,
            organizationsRepresented: organizations.sorted { SnapshotIndex.sortKey($0) < SnapshotIndex.sortKey($1) },
            minutesAttended: minutes, unmatchedRows: counts.unlinkedRows)
    }
}
