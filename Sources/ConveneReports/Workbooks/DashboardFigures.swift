import ConveneModel

/// The numbers on the tracker's Dashboard, computed from the snapshot so tests can check the sheet against
/// them.
///
/// ```swift
/// let figures = DashboardFigures(AttendanceAnalytics(snapshot), today: CalendarDate(year: 2026, month: 11, day: 2))
/// print(figures.businessesEngaged, figures.overdueItems.map(\.id))
/// ```
public struct DashboardFigures: Sendable, Hashable {
    /// Business organizations with someone at one or more meetings.
    public var businessesEngaged: Int
    /// Public-partner organizations with someone at one or more meetings.
    public var publicPartnersEngaged: Int
    /// People in the workspace.
    public var people: Int
    /// Meetings in the workspace.
    public var meetings: Int
    /// Action items in the plan.
    public var actionItems: Int
    /// Items due before today and neither done nor dropped, by due date.
    public var overdueItems: [ActionItem]
    /// Per meeting, in calendar order: business leaders vs public partners attending.
    public var headcounts: [(meeting: Meeting, business: Int, publicPartners: Int, unknown: Int)]
    /// Items per status, every status listed (zero counts included), in `ActionStatus` order.
    public var itemsByStatus: [(status: ActionStatus, count: Int)]

    /// Equal when every figure is (tuples compared by their counts).
    ///
    /// ```swift
    /// let figures = DashboardFigures(AttendanceAnalytics(snapshot), today: CalendarDate(year: 2026, month: 11, day: 2))
    /// figures == DashboardFigures(AttendanceAnalytics(snapshot), today: CalendarDate(year: 2026, month: 11, day: 2))   // true
    /// ```
    public static func == (a: Self, b: Self) -> Bool {
        a.businessesEngaged == b.businessesEngaged && a.publicPartnersEngaged == b.publicPartnersEngaged
            && a.people == b.people && a.meetings == b.meetings && a.actionItems == b.actionItems
            && a.overdueItems == b.overdueItems && a.itemsByStatus.map(\.count) == b.itemsByStatus.map(\.count)
            && a.headcounts.map { [$0.business, $0.publicPartners, $0.unknown] } == b.headcounts.map { [$0.business, $0.publicPartners, $0.unknown] }
    }
    /// Hashes the people, meeting and item counts.
    ///
    /// ```swift
    /// let seen: Set<DashboardFigures> = [figures]
    /// ```
    public func hash(into h: inout Hasher) { h.combine(people); h.combine(meetings); h.combine(actionItems) }

    /// The figures for the snapshot `analytics` measured, with overdue meaning due before `today`.
    ///
    /// ```swift
    /// let figures = TrackerWorkbook(snapshot: snapshot, today: today).figures   // the same figures
    /// ```
    public init(_ analytics: AttendanceAnalytics, today: CalendarDate) {
        let index = analytics.index
        let snapshot = index.snapshot
        var business = Set<OrganizationID>(), publicPartners = Set<OrganizationID>()
        for m in analytics.meetings {
            for id in m.attended {
                guard let person = index.peopleByID[id], let org = index.organization(of: person) else { continue }
                if org.kind == .business { business.insert(org.id) } else if org.kind.isPublicPartner { publicPartners.insert(org.id) }
            }
        }
        businessesEngaged = business.count
        publicPartnersEngaged = publicPartners.count
        people = snapshot.people.count
        meetings = snapshot.meetings.count
        actionItems = snapshot.actionItems.count
        overdueItems = snapshot.actionItems.filter { $0.isOverdue(today: today) }
            .sorted { ($0.due!, $0.id) < ($1.due!, $1.id) }
        headcounts = analytics.meetings.map { ($0.meeting, $0.businessCount, $0.publicPartnerCount, $0.unknownKindCount) }
        itemsByStatus = ActionStatus.allCases.map { s in (s, snapshot.actionItems.filter { $0.status == s }.count) }
    }
}
