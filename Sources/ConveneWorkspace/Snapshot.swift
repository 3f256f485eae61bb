import ConveneModel
import Foundation

extension Workspace {
    /// Everything reports need, as plain values, read in one consistent view of the database.
    ///
    /// Teams are the attendees of each action-team meeting (keyed by meeting name) plus each action item's
    /// champion and support (keyed by the item's team); volunteers are the action items' champions.
    ///
    /// ```swift
    /// let snapshot = try workspace.snapshot()
    /// print(snapshot.people.count, snapshot.meetings.count, snapshot.actionItems.count)
    /// ```
    public func snapshot() throws -> PartnershipSnapshot {
        try storage.read { tx in
            let people = try tx.peopleByID()
            let organizations = try tx.organizationsByID()
            let meetings = try tx.meetingsByDate()
            let participations = try tx.participations(in: nil)
            let actionItems = try tx.actionItems()

            var teams: [String: Set<PersonID>] = [:]
            let kinds = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
            for p in participations {
                guard let person = p.person, let meeting = kinds[p.meeting], meeting.kind == .actionTeam,
                      p.status == .attended || p.status == .walkIn else { continue }
                teams[meeting.name, default: []].insert(person)
            }
            var volunteers = Set(try tx.volunteers())
            for item in actionItems {
                if let c = item.championID { teams[item.team, default: []].insert(c); volunteers.insert(c) }
                if let s = item.supportID { teams[item.team, default: []].insert(s) }
            }
            return PartnershipSnapshot(settings: settings, people: people, organizations: organizations, meetings: meetings,
                                       participations: participations, actionItems: actionItems,
                                       teams: teams.mapValues { $0.sorted() }, volunteers: volunteers.sorted())
        }
    }

    /// Replaces the action plan (used by `convene plan import`); items keep their IDs.
    ///
    /// ```swift
    /// var items = try workspace.snapshot().actionItems
    /// items[0].status = .done
    /// try workspace.saveActionItems(items)
    /// ```
    public func saveActionItems(_ items: [ActionItem], replacingAll: Bool = true) throws {
        try storage.write { tx in
            if replacingAll { try tx.deleteActionItems() }
            for item in items { try tx.saveActionItem(item) }
        }
    }
}
