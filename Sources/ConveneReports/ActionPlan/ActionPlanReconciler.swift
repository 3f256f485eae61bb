import ConveneModel
import Foundation

/// One field a colleague changed, applied to the workspace.
///
/// ```swift
/// for change in result.changes {
///     print("\(change.itemID) \(change.column.rawValue): \(change.old) → \(change.new)")   // A0003 Status: Not started → In progress
/// }
/// ```
public struct PlanFieldChange: Hashable, Sendable, Codable {
    /// The action item's ID (`A0003`).
    public var itemID: String
    /// The column changed.
    public var column: PlanColumn
    /// The workspace value before the import, as text.
    public var old: String
    /// The colleague's value, now in the workspace.
    public var new: String
}

/// A field both a colleague (in the file) and someone in the workspace changed since the export. The
/// workspace value is kept; the colleague's value is reported so a person can decide.
///
/// ```swift
/// for conflict in result.conflicts {
///     print("\(conflict.itemID) \(conflict.column.rawValue): kept \"\(conflict.workspace)\", file says \"\(conflict.file)\"")
/// }
/// ```
public struct PlanConflict: Hashable, Sendable, Codable {
    /// The action item's ID.
    public var itemID: String
    /// The column both changed (``PlanColumn/itemID`` when the item was removed from the workspace since the export).
    public var column: PlanColumn
    /// The value at export (the baseline).
    public var exported: String
    /// The workspace's value now, which is kept.
    public var workspace: String
    /// The colleague's value in the file, which is not applied.
    public var file: String
    /// The file's row of the item, when known.
    public var line: Int?
}

/// A name in the champion or support column, and the person it was matched to (or why not).
///
/// ```swift
/// for match in result.names where match.person == nil && !match.name.isEmpty {
///     print("\(match.itemID): \(match.name) — \(match.note ?? "")")   // "no person by that name in the workspace"
/// }
/// ```
public struct PlanNameMatch: Hashable, Sendable, Codable {
    /// The action item's ID.
    public var itemID: String
    /// ``PlanColumn/champion`` or ``PlanColumn/support``.
    public var column: PlanColumn
    /// The name as written in the cell.
    public var name: String
    /// The one person in the workspace by that name; `nil` when there is none or several.
    public var person: PersonID?
    /// Why no person was linked, when none was.
    public var note: String?
}

/// A cell that could not be read, with where it is and what was expected.
///
/// The workspace value of an unreadable cell is kept (a new row gets it blank).
///
/// ```swift
/// for problem in result.problems { print(problem) }   // row 4, column "Due": expected a date such as 2024-05-01, found "next Tuesday"
/// ```
public struct PlanProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 1-based row or line, when known.
    public var line: Int?
    /// The column of the cell.
    public var column: PlanColumn
    /// The cell's text.
    public var found: String
    /// What the cell should hold.
    public var expected: String
    /// `row 4, column "Due": expected a date such as 2024-05-01, found "next Tuesday"`.
    public var description: String {
        "\(line.map { "row \($0), " } ?? "")column \"\(column.rawValue)\": expected \(expected), found \"\(found)\""
    }
}

/// What to do with items whose rows were deleted from the file.
///
/// ```swift
/// let result = ActionPlanReconciler.reconcile(edited: file.rows, baseline: file.baseline, current: items,
///                                             people: people, today: today, deletedRows: .drop)
/// ```
public enum DeletedRowPolicy: String, Sendable, Codable {
    /// Keep them unchanged in the workspace (the default): deleting a row in a shared file is too easy.
    case keep
    /// Mark them Dropped, keeping their history.
    case drop
}

/// The outcome of reading an edited action plan against the workspace.
///
/// ```swift
/// print("\(result.changes.count) changes, \(result.added.count) new, \(result.conflicts.count) conflicts")
/// let plan = result.items   // the whole action plan to store
/// ```
public struct PlanImportResult: Sendable, Codable {
    /// The whole action plan after the import, to save in the workspace.
    public var items: [ActionItem]
    /// Every field applied, in file order (and, with ``DeletedRowPolicy/drop``, the status of each deleted row).
    public var changes: [PlanFieldChange] = []
    /// Rows new to the workspace, each given an ID (`A0013`) when it had none or a taken one.
    public var added: [ActionItem] = []
    /// Items in the export whose rows are gone from the file.
    public var deleted: [ActionItem] = []
    /// Fields changed on both sides since the export; the workspace value is kept.
    public var conflicts: [PlanConflict] = []
    /// Champion and support names that are new or changed, with the person each was matched to.
    public var names: [PlanNameMatch] = []
    /// Cells that could not be read; their columns were left as they were.
    public var problems: [PlanProblem] = []
    /// True when the file carried the export's baseline, so conflicts could be detected.
    public var hadBaseline: Bool
}

/// Reconciles an edited action plan with the workspace: a three-way comparison of the values exported
/// (the baseline the tracker carries), the values in the file, and the values in the workspace now.
///
/// ```swift
/// let result = ActionPlanReconciler.reconcile(edited: rows, baseline: baseline, current: snapshot.actionItems,
///                                             people: snapshot.people, today: CalendarDate(year: 2026, month: 11, day: 2))
/// for change in result.changes { print(change.itemID, change.column.rawValue, change.old, "→", change.new) }
/// for conflict in result.conflicts { print("conflict:", conflict.itemID, conflict.column.rawValue) }
/// ```
public enum ActionPlanReconciler {
    /// Compares the rows of an edited file (`edited`) with the values at export (`baseline`, `nil` for a plain CSV,
    /// which then counts the workspace as the baseline) and the workspace's items now (`current`).
    ///
    /// A field the colleague changed and the workspace did not is applied (and the item's Last updated set to `today`
    /// unless the colleague set it); one both changed is a conflict and keeps the workspace value; a row without an
    /// ID whose item and team match an item already there updates it; any other new row becomes a new item. Champion
    /// and support names are linked to `people` when exactly one has the name. Items whose rows are gone are kept,
    /// or marked Dropped with `deletedRows: .drop`.
    ///
    /// ```swift
    /// let file = try ActionPlanFile.read(URL(fileURLWithPath: "tracker-from-dana.xlsx"))
    /// let result = ActionPlanReconciler.reconcile(edited: file.rows, baseline: file.baseline,
    ///                                             current: snapshot.actionItems, people: snapshot.people,
    ///                                             today: CalendarDate(year: 2026, month: 11, day: 2))
    /// ```
    public static func reconcile(edited: [PlanRow], baseline: [String: PlanRow]?, current: [ActionItem],
                                 people: [Person], today: CalendarDate,
                                 deletedRows: DeletedRowPolicy = .keep) -> PlanImportResult {
        var result = PlanImportResult(items: current, hadBaseline: baseline != nil)
        var position = Dictionary(current.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = PersonNameIndex(people)
        var seen = Set<String>()
        var nextNumber = (current.map(\.id) + (baseline.map { Array($0.keys) } ?? []))
            .compactMap { Int($0.drop(while: { !$0.isNumber })) }.max() ?? 0

        for raw in edited where !raw.isBlank {
            let (row, unreadable) = validated(raw.canonical, original: raw, problems: &result.problems)
            var id = row.id
            var matchedByContent = false
            if id.isEmpty, let same = result.items.first(where: { item in
                !seen.contains(item.id) && baseline?[item.id] == nil
                    && PersonNameIndex.key(item.item) == PersonNameIndex.key(row[.item])
                    && PersonNameIndex.key(item.team) == PersonNameIndex.key(row[.team])
            }) {
                // A row without an ID that is already in the workspace: the same file imported twice, or a
                // new row that an earlier import added. Update it rather than add it again.
                id = same.id
                matchedByContent = true
            }
            if !id.isEmpty, let at = position[id], !seen.contains(id) {
                seen.insert(id)
                let now = PlanRow(result.items[at]).canonical
                let base = baseline?[id]?.canonical ?? now
                var merged = now
                var changed = false
                for column in PlanColumn.editable where row[column] != base[column] && !unreadable.contains(column) {
                    // A status is never cleared; a row matched by its text only fills what it says.
                    if row[column].isEmpty, column == .status || matchedByContent { continue }
                    if now[column] != base[column], now[column] != row[column] {
                        result.conflicts.append(PlanConflict(itemID: id, column: column, exported: base[column],
                                                             workspace: now[column], file: row[column], line: raw.line))
                        continue
                    }
                    guard now[column] != row[column] else { continue }
                    result.changes.append(PlanFieldChange(itemID: id, column: column, old: now[column], new: row[column]))
                    merged[column] = row[column]
                    changed = true
                }
                guard changed else { continue }
                var item = makeItem(merged, previous: result.items[at], names: names, matches: &result.names)
                if merged[.lastUpdated] == now[.lastUpdated] { item.lastUpdated = today }
                result.items[at] = item
            } else if !id.isEmpty, position[id] == nil, let exported = baseline?[id], !seen.contains(id) {
                // Removed from the workspace since the export but still in the file: a person decides.
                seen.insert(id)
                result.conflicts.append(PlanConflict(itemID: id, column: .itemID, exported: exported[.item],
                                                     workspace: "(removed from the workspace since the export)",
                                                     file: row[.item], line: raw.line))
            } else {
                // A new row, or a copied row whose ID is already taken: a new item with a fresh ID.
                var fresh = row
                if id.isEmpty || seen.contains(id) || position[id] != nil || baseline?[id] != nil {
                    nextNumber += 1
                    fresh[.itemID] = String(format: "A%04d", nextNumber)
                }
                if fresh[.status].isEmpty { fresh[.status] = ActionStatus.notStarted.rawValue }
                var item = makeItem(fresh, previous: nil, names: names, matches: &result.names)
                if item.lastUpdated == nil { item.lastUpdated = today }
                seen.insert(item.id)
                position[item.id] = result.items.count
                result.items.append(item)
                result.added.append(item)
            }
        }

        // Rows present at export (or, for a plain CSV, in the workspace) and missing now.
        let expected = baseline.map { Set($0.keys) } ?? Set(current.map(\.id))
        for id in expected.sorted() where !seen.contains(id) {
            guard let at = position[id] else { continue }
            if deletedRows == .drop, result.items[at].status != .dropped {
                result.changes.append(PlanFieldChange(itemID: id, column: .status, old: result.items[at].status.rawValue,
                                                      new: ActionStatus.dropped.rawValue))
                result.items[at].status = .dropped
                result.items[at].lastUpdated = today
            }
            // As saved, so a report can say "marked Dropped" (it said "kept" while dropping the item).
            result.deleted.append(result.items[at])
        }
        return result
    }

    /// Reports cells that cannot be read and returns their columns, so a typo never overwrites a good value
    /// with garbage: an unreadable status or date keeps the workspace value (a new row gets it blank).
    static func validated(_ row: PlanRow, original: PlanRow,
                          problems: inout [PlanProblem]) -> (PlanRow, unreadable: Set<PlanColumn>) {
        var row = row
        var unreadable = Set<PlanColumn>()
        let status = row[.status]
        if !status.isEmpty, ActionStatus(text: status) == nil {
            problems.append(PlanProblem(line: original.line, column: .status, found: status,
                                        expected: ActionStatus.allCases.map(\.rawValue).joined(separator: " / ")))
            row[.status] = ""
            unreadable.insert(.status)
        }
        for column in PlanColumn.allCases where column.isDate {
            let v = row[column]
            if !v.isEmpty, CalendarDate(iso: v) == nil {
                problems.append(PlanProblem(line: original.line, column: column, found: v, expected: "a date such as 2024-05-01"))
                row[column] = ""
                unreadable.insert(column)
            }
        }
        return (row, unreadable)
    }

    static func makeItem(_ row: PlanRow, previous: ActionItem?, names: PersonNameIndex,
                         matches: inout [PlanNameMatch]) -> ActionItem {
        func text(_ c: PlanColumn) -> String? { row[c].isEmpty ? nil : row[c] }
        var item = ActionItem(
            id: row.id, priorityArea: row[.priorityArea], item: row[.item], team: row[.team],
            champion: text(.champion), championID: previous?.championID, support: text(.support),
            supportID: previous?.supportID, start: CalendarDate(iso: row[.start]), due: CalendarDate(iso: row[.due]),
            status: ActionStatus(text: row[.status]) ?? previous?.status ?? .notStarted, nextStep: text(.nextStep),
            lastUpdated: CalendarDate(iso: row[.lastUpdated]), notes: text(.notes))
        for column in [PlanColumn.champion, .support] {
            let name = row[column]
            let before = column == .champion ? previous?.champion ?? "" : previous?.support ?? ""
            guard name != before || previous == nil else { continue }
            var match = PlanNameMatch(itemID: item.id, column: column, name: name, person: nil, note: nil)
            if !name.isEmpty {
                switch names.lookup(name) {
                case .one(let id): match.person = id
                case .none: match.note = "no person by that name in the workspace"
                case .many(let ids): match.note = "several people by that name: " + ids.map(\.rawValue).joined(separator: ", ")
                }
            }
            if column == .champion { item.championID = match.person } else { item.supportID = match.person }
            if !name.isEmpty { matches.append(match) }
        }
        return item
    }
}

/// Finds people by the name a colleague typed: "Dana Reyes", "Reyes, Dana", "dana reyes", "Éclair" = "Eclair" —
/// and by every name a person was seen under in any source ("Katherine O'Neil" finds the person whose chosen
/// name is "Kathy O'Neil"), since a champion is usually typed as the colleague knows them.
struct PersonNameIndex {
    enum Lookup: Equatable { case one(PersonID), none, many([PersonID]) }
    var byKey: [String: Set<PersonID>] = [:]

    init(_ people: [Person]) {
        for p in people {
            var keys = [p.name.displayName, p.name.sortName, p.name.raw]
            if let g = p.name.given, let f = p.name.family { keys.append("\(g) \(f)") }
            keys += (p.alternates["name"] ?? []).flatMap { [$0.value, $0.raw] }
            for k in keys where !k.isEmpty {
                byKey[Self.key(k), default: []].insert(p.id)
                byKey[Self.key(Self.firstLast(k)), default: []].insert(p.id)
            }
        }
    }

    static func key(_ s: String) -> String {
        SnapshotIndex.sortKey(s).split(whereSeparator: { $0.isWhitespace || $0 == "." }).joined(separator: " ")
    }

    /// "Park, William" → "William Park"; anything without exactly one comma is returned as it is.
    static func firstLast(_ s: String) -> String {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return s }
        return "\(parts[1].trimmingCharacters(in: .whitespaces)) \(parts[0].trimmingCharacters(in: .whitespaces))"
    }

    func lookup(_ name: String) -> Lookup {
        let ids = (byKey[Self.key(name)] ?? []).union(byKey[Self.key(Self.firstLast(name))] ?? [])
        switch ids.count {
        case 0: return .none
        case 1: return .one(ids.first!)
        default: return .many(ids.sorted())
        }
    }
}
