import Foundation

/// The status choices offered in the tracker's Status dropdown.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "Not started"
    case onTrack = "On track"
    case atRisk = "At risk"
    case done = "Done"
    case dropped = "Dropped"

    /// Parses the dropdown text case-insensitively ("on track", "ON TRACK").
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = ActionStatus.allCases.first(where: { $0.rawValue.lowercased() == t }) else { return nil }
        self = match
    }
}

/// One row of the action plan: what a business-led action team committed to do.
public struct ActionItem: Hashable, Codable, Sendable, Identifiable {
    /// Stable item ID (e.g. `A0007`), carried in the tracker so edits can be matched back.
    public var id: String
    public var priorityArea: String
    public var item: String
    public var team: String
    public var champion: String?
    public var championID: PersonID?
    public var support: String?
    public var supportID: PersonID?
    public var start: CalendarDate?
    public var due: CalendarDate?
    public var status: ActionStatus
    public var nextStep: String?
    public var lastUpdated: CalendarDate?
    public var notes: String?

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
    public func isOverdue(today: CalendarDate) -> Bool {
        guard let due, status != .done, status != .dropped else { return false }
        return due < today
    }
}
