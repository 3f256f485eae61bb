import ConveneModel

/// The life-cycle phases of a Next Generation sector partnership, in order.
///
/// ```swift
/// let launchTasks = ConvenerChecklist.tasks(for: snapshot).filter { $0.phase == .launch }
/// ```
public enum ChecklistPhase: String, Sendable, CaseIterable, Codable {
    case preparing = "Preparing to launch"
    case launch = "Launch"
    case aftermath = "Launch aftermath"
    case sustaining = "Sustaining"
}

/// Whether a checklist task is done. The workbook offers these in a dropdown; overdue is shown by a
/// conditional format on the due date, so it stays right as days pass.
///
/// ```swift
/// let open = ConvenerChecklist.tasks(for: snapshot).filter { $0.status == .toDo }
/// ```
public enum ChecklistStatus: String, Sendable, CaseIterable, Codable {
    case toDo = "To do"
    case done = "Done"
}

/// One task of the convener's checklist, with its due date computed from the launch date.
///
/// ```swift
/// for task in ConvenerChecklist.tasks(for: snapshot) where task.isOverdue(today: today) {
///     print(task.due?.iso ?? "", task.owner, task.task)
/// }
/// ```
public struct ChecklistTask: Sendable, Hashable {
    /// The life-cycle phase the task belongs to.
    public var phase: ChecklistPhase
    /// What to do, in a sentence.
    public var task: String
    /// Days relative to the launch (negative: before it).
    public var offsetDays: Int
    /// The launch date plus ``offsetDays``; `nil` when the partnership has no launch date yet.
    public var due: CalendarDate?
    /// Who does it ("Convener", "Support team", "Business co-chairs", …).
    public var owner: String
    /// Done when the workspace shows it was (see ``evidence``), else to do.
    public var status: ChecklistStatus
    /// Why the status is what it is ("launch meeting M0001 held with 34 attendees").
    public var evidence: String?

    /// Whether the task is not done and its due date is before `today` (never, without a due date).
    ///
    /// ```swift
    /// task.isOverdue(today: CalendarDate(year: 2026, month: 9, day: 30))
    /// ```
    public func isOverdue(today: CalendarDate) -> Bool {
        guard let due, status != .done else { return false }
        return due < today
    }
}

/// The convener's checklist, following the Next Gen sector partnership life cycle: a public-partner support
/// team prepares and business champions invite; business leaders set priorities at the launch; within a week
/// the launch summary goes out and within two to four weeks the action teams hold their first calls; then the
/// partnership meets quarterly while action teams work between meetings.
///
/// ```swift
/// let tasks = ConvenerChecklist.tasks(for: snapshot)
/// let launch = ConvenerChecklist.launchDate(of: snapshot)   // settings' launch date, else the first launch meeting
/// ```
public enum ConvenerChecklist {
    struct Template {
        var phase: ChecklistPhase, task: String, offset: Int, owner: String
    }

    static let templates: [Template] = [
        .init(phase: .preparing, task: "Form the support team of public partners (workforce, education, economic development)", offset: -90, owner: "Convener"),
        .init(phase: .preparing, task: "Prepare a short industry data snapshot for the launch", offset: -60, owner: "Support team"),
        .init(phase: .preparing, task: "Recruit business champions to co-host the launch", offset: -60, owner: "Convener"),
        .init(phase: .preparing, task: "Build the invitation lists: businesses and public partners (businesses should outnumber public partners)", offset: -45, owner: "Support team"),
        .init(phase: .preparing, task: "Send invitations signed by the business champions", offset: -30, owner: "Business champions"),
        .init(phase: .preparing, task: "Confirm venue, agenda and facilitator; brief public partners to listen, not lead", offset: -7, owner: "Convener"),
        .init(phase: .launch, task: "Hold the launch meeting: business leaders name opportunities and pick priorities", offset: 0, owner: "Business co-chairs"),
        .init(phase: .launch, task: "Collect sign-in sheets and action-team sign-ups", offset: 0, owner: "Convener"),
        .init(phase: .aftermath, task: "Send the launch summary (priorities, action teams, champions) to everyone invited", offset: 7, owner: "Convener"),
        .init(phase: .aftermath, task: "Thank attendees; follow up with invited businesses who did not come", offset: 7, owner: "Business champions"),
        .init(phase: .aftermath, task: "Name a business champion and a public-partner support lead for each action team", offset: 14, owner: "Convener"),
        .init(phase: .aftermath, task: "Hold the first action-team calls (2-4 weeks after the launch)", offset: 28, owner: "Action-team champions"),
        .init(phase: .aftermath, task: "Publish the action plan tracker with owners and due dates", offset: 30, owner: "Convener"),
        .init(phase: .sustaining, task: "Quarterly partnership meeting 1: action teams report progress", offset: 91, owner: "Business co-chairs"),
        .init(phase: .sustaining, task: "Send a partnership update from the co-chairs", offset: 120, owner: "Business co-chairs"),
        .init(phase: .sustaining, task: "Quarterly partnership meeting 2", offset: 182, owner: "Business co-chairs"),
        .init(phase: .sustaining, task: "Quarterly partnership meeting 3", offset: 273, owner: "Business co-chairs"),
        .init(phase: .sustaining, task: "Annual meeting: celebrate wins, refresh priorities, recruit new business leaders", offset: 365, owner: "Business co-chairs"),
    ]

    /// The launch date: the settings' launch date, else the date of the first launch meeting.
    ///
    /// ```swift
    /// ConvenerChecklist.launchDate(of: snapshot)?.iso   // "2026-08-25"
    /// ```
    public static func launchDate(of snapshot: PartnershipSnapshot) -> CalendarDate? {
        snapshot.settings.launchDate
            ?? SnapshotIndex(snapshot).meetingsInOrder.first { $0.kind == .launch && $0.date != nil }?.date
    }

    /// The checklist for a snapshot. Tasks the workspace can confirm (a launch meeting held, action-team
    /// calls held in time, quarterly meetings held) are marked done, with the evidence.
    ///
    /// ```swift
    /// let done = ConvenerChecklist.tasks(for: snapshot).filter { $0.status == .done }.map(\.evidence)
    /// ```
    public static func tasks(for snapshot: PartnershipSnapshot) -> [ChecklistTask] {
        let launch = launchDate(of: snapshot)
        let attended = Dictionary(grouping: snapshot.participations.filter { $0.status == .attended || $0.status == .walkIn },
                                  by: \.meeting).mapValues { Set($0.compactMap(\.person)).count }
        let held = snapshot.meetings.filter { (attended[$0.id] ?? 0) > 0 && $0.date != nil }
        func heldMeeting(kind: MeetingKind, within range: ClosedRange<Int>) -> Meeting? {
            guard let launch else { return nil }
            return held.filter { $0.kind == kind }
                .filter { range.contains($0.date!.daysSinceEpoch - launch.daysSinceEpoch) }
                .min { $0.date! < $1.date! }
        }
        return templates.map { t in
            var task = ChecklistTask(phase: t.phase, task: t.task, offsetDays: t.offset,
                                     due: launch?.adding(days: t.offset), owner: t.owner, status: .toDo)
            var evidence: Meeting?
            if t.phase == .launch, t.offset == 0, t.task.hasPrefix("Hold") {
                evidence = held.first { $0.kind == .launch }
            } else if t.task.hasPrefix("Hold the first action-team calls") {
                evidence = heldMeeting(kind: .actionTeam, within: 1...t.offset)
            } else if t.task.hasPrefix("Quarterly partnership meeting") || t.task.hasPrefix("Annual meeting") {
                evidence = heldMeeting(kind: .partnership, within: (t.offset - 45)...(t.offset + 45))
            }
            if let m = evidence {
                task.status = .done
                task.evidence = "\(m.name) (\(m.id)) held \(m.date!.iso) with \(attended[m.id] ?? 0) attending"
            }
            return task
        }
    }
}
