import ConveneModel

/// The plain-text partnership update a convener sends for the co-chairs: progress on the action plan since a
/// date and the next meeting. It opens in the co-chair's name so the update reads as business-led.
///
/// ```text
/// On behalf of Dana Reyes, Metro Manufacturing Partnership Co-Chair
/// ```
///
/// ```swift
/// let update = PartnershipUpdate.text(try workspace.snapshot(), since: CalendarDate(year: 2026, month: 11, day: 1),
///                                     today: CalendarDate(year: 2026, month: 12, day: 1))   // convene update --since
/// ```
public enum PartnershipUpdate {
    /// The update's text: action-plan counts by status, items updated since `since` that were completed or are
    /// moving forward, items at risk or overdue on `today`, and the next meeting on or after `today`.
    ///
    /// ```swift
    /// let update = PartnershipUpdate.text(snapshot, since: CalendarDate(year: 2026, month: 11, day: 1),
    ///                                     today: CalendarDate(year: 2026, month: 12, day: 1))
    /// print(update)
    /// ```
    public static func text(_ snapshot: PartnershipSnapshot, since: CalendarDate, today: CalendarDate) -> String {
        let s = snapshot.settings
        var out: [String] = []
        let chairs = s.coChairs.filter { !$0.isEmpty }
        switch chairs.count {
        case 0: out.append("On behalf of the \(s.name) Co-Chairs")
        case 1: out.append("On behalf of \(chairs[0]), \(s.name) Co-Chair")
        default:
            let names = chairs.dropLast().joined(separator: ", ") + " and " + chairs.last!
            out.append("On behalf of \(names), \(s.name) Co-Chairs")
        }
        out.append("")
        out.append("Partnership update since \(since.iso)")
        out.append("")

        let items = snapshot.actionItems
        let counts = ActionStatus.allCases.map { st in (st, items.filter { $0.status == st }.count) }.filter { $0.1 > 0 }
        out.append("Action plan: \(items.count) item\(items.count == 1 ? "" : "s")"
                   + (counts.isEmpty ? "" : " — " + counts.map { "\($0.1) \($0.0.rawValue.lowercased())" }.joined(separator: ", ")))
        let recent = items.filter { ($0.lastUpdated ?? CalendarDate(year: 1, month: 1, day: 1)) >= since }
        func section(_ title: String, _ list: [ActionItem]) {
            guard !list.isEmpty else { return }
            out.append("")
            out.append(title)
            for item in list.sorted(by: { ($0.team, $0.id) < ($1.team, $1.id) }) {
                var line = "  - \(item.item) (\(item.team))"
                if let c = item.champion, !c.isEmpty { line += " — champion: \(c)" }
                if let n = item.nextStep, !n.isEmpty, item.status != .done { line += ". Next: \(n)" }
                if let d = item.due, item.status != .done, item.status != .dropped { line += " [due \(d.iso)]" }
                out.append(line)
            }
        }
        section("Completed:", recent.filter { $0.status == .done })
        section("Moving forward:", recent.filter { $0.status == .onTrack || $0.status == .notStarted })
        section("Needs help (at risk or overdue):",
                items.filter { $0.status == .atRisk || $0.isOverdue(today: today) })
        if recent.isEmpty {
            out.append("")
            out.append("No action items were updated since \(since.iso).")
        }

        out.append("")
        let index = SnapshotIndex(snapshot)
        if let next = index.meetingsInOrder.first(where: { ($0.date.map { $0 >= today }) ?? false }) {
            var line = "Next meeting: \(next.name) on \(next.date!.iso)"
            if let t = next.startTime.flatMap(WallClock.init) { line += " at \(t.display)" }
            if let l = next.location, !l.isEmpty { line += ", \(l)" } else if next.isVirtual { line += ", online" }
            out.append(line + ".")
        } else {
            out.append("Next meeting: to be scheduled.")
        }
        out.append("")
        out.append("Thank you for your time and leadership.")
        return out.joined(separator: "\n") + "\n"
    }
}
