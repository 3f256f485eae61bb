import Foundation

/// The status choices offered in the tracker's Status dropdown.
///
/// ```swift
/// let choices = ActionStatus.allCases.map(\.rawValue)   // ["Not started", "On track", "At risk", "Done", "Dropped"]
/// ```
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    /// Not started yet.
    case notStarted = "Not started"
    /// Under way and on schedule.
    case onTrack = "On track"
    /// Under way but late or blocked.
    case atRisk = "At risk"
    /// Finished.
    case done = "Done"
    /// No longer pursued.
    case dropped = "Dropped"

    /// Parses the dropdown text case-insensitively ("on track", "ON TRACK").
    ///
    /// ```swift
    /// ActionStatus(text: "on track")   // .onTrack
    /// ActionStatus(text: "soon")       // nil
    /// ```
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = ActionStatus.allCases.first(where: { $0.rawValue.lowercased() == t }) else { return nil }
        self = match
    }
}

/// One row of the action plan: what a business-led action team committed to do.
///
/// ```swift
/// var item = ActionItem(id: "A0003", priorityArea: "Talent pipeline", item: "Publish a shared job board",
///                       team: "Pipeline", due: CalendarDate(iso: "2026-11-30"))
/// item.status = .onTrack
/// item.nextStep = "Pick a host site"
/// ```
public struct ActionItem: Hashable, Codable, Sendable, Identifiable {
    /// Stable item ID (e.g. `A0007`), carried in the tracker so edits can be matched back.
    public var id: String
    /// The priority the businesses chose that this item serves.
    public var priorityArea: String
    /// What will be done.
    public var item: String
    /// The action team that owns it.
    public var team: String
    /// The business champion leading it, by name as written.
    public var champion: String?
    /// The champion's person ID, when the name was linked to a person.
    public var championID: PersonID?
    /// The public partner supporting it, by name as written.
    public var support: String?
    /// The supporter's person ID, when linked.
    public var supportID: PersonID?
    /// When work starts.
    public var start: CalendarDate?
    /// When it is due.
    public var due: CalendarDate?
    /// Where it stands (the tracker's Status dropdown).
    public var status: ActionStatus
    /// The next step, as written.
    public var nextStep: String?
    /// When the row was last updated.
    public var lastUpdated: CalendarDate?
    /// Free-text notes.
    public var notes: String?

    /// An action item from its ID, priority area, text and team; the rest is optional and the status starts at
    /// ``ActionStatus/notStarted``.
    ///
    /// ```swift
    /// var item = ActionItem(id: "A0007", priorityArea: "Talent pipeline", item: "Host a plant tour for teachers",
    ///                       team: "Pipeline", champion: "Angela Chen", due: CalendarDate(iso: "2026-10-15"))
    /// item.isOverdue(today: CalendarDate(year: 2026, month: 11, day: 1))   // true
    /// ```
    public init(id: String, priorityArea: String, item: String, team: String, champion: String? = nil,
                championID: PersonID? = nil, support: String? = nil, supportID: PersonID? = nil,
                start: CalendarDate? = nil, due: CalendarDate? = nil, status: ActionStatus = .notStarted,
                nextStep: String? = nil, lastUpdated: CalendarDate? = nil, notes: String? = nil) {
        self.id = id
        self.priorityArea = priorityArea
        self.item = item
        self.team = team
        self.champion = champion
        self.championID = championID
        self.support = support
        self.supportID = supportID
        self.start = start
        self.due = due
        self.status = status
        self.nextStep = nextStep
        self.lastUpdated = lastUpdated
        self.notes = notes
    }

    /// Overdue: due before `today` and neither done nor dropped.
    ///
    /// ```swift
    /// let item = ActionItem(id: "A0001", priorityArea: "Talent pipeline", item: "Plant tour", team: "Pipeline",
    ///                       due: CalendarDate(year: 2026, month: 10, day: 15), status: .done)
    /// item.isOverdue(today: CalendarDate(year: 2026, month: 11, day: 1))   // false: it is done
    /// ```
    public func isOverdue(today: CalendarDate) -> Bool {
        guard let due, status != .done, status != .dropped else { return false }
        return due < today
    }
}
