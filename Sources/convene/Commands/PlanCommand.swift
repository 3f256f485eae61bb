import ArgumentParser
import ConveneModel
import ConveneReports
import ConveneWorkspace
import Foundation

/// `convene plan import FILE`: reads an edited tracker (or a CSV action plan) back into the workspace.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Work with the action plan.",
        discussion: """
        The action plan lives in the workspace; `convene export tracker` hands it to colleagues as a workbook, \
        and `convene plan import` reads their edits back.

        Examples:
          convene plan import action-plan.csv
          convene export tracker -o tracker.xlsx
          convene plan import tracker-from-dana.xlsx --dry-run
        """,
        subcommands: [PlanImportCommand.self]
    )
}

struct PlanImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Apply a colleague's edits to the action plan from a tracker .xlsx or a CSV.",
        discussion: """
        Status and date changes, new rows and renamed champions (matched to people) are applied. Deleted rows \
        are reported and kept (use --drop-deleted to mark them Dropped). When the file is a tracker exported \
        by Convene, a field changed both in the file and in the workspace since the export is a conflict: it \
        is reported and the workspace value kept. Unreadable cells (a status not in the list, a date that is \
        not a date) are reported and change nothing.

        Examples:
          convene plan import tracker-from-dana.xlsx --dry-run
          convene plan import tracker-from-dana.xlsx
          convene plan import action-plan.csv
        """
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The edited tracker (.xlsx) or a CSV action plan.") var file: String
    @Flag(help: "Mark items whose rows were deleted as Dropped.") var dropDeleted = false
    @Flag(help: "Report what would change without saving.") var dryRun = false
    @Option(name: .customLong("as-of"), help: "Treat this date as today (stamps Last updated). Default: today.") var asOf: String?

    func run() throws {
        try Self.reportingFailures {
            let today = try asOf.map { try parseDate($0, flag: "--as-of") } ?? ExportSupport.today()
            let plan: ActionPlanFile
            do { plan = try ActionPlanFile.read(URL(fileURLWithPath: file)) } catch let e as ActionPlanFileError {
                throw CommandFailure(e.description, code: ExitCodes.badInput)
            }
            let (workspace, snapshot) = try ExportSupport.snapshot(global)
            let result = ActionPlanReconciler.reconcile(edited: plan.rows, baseline: plan.baseline,
                                                        current: snapshot.actionItems, people: snapshot.people,
                                                        today: today, deletedRows: dropDeleted ? .drop : .keep)
            if !dryRun { try workspaceCall { try workspace.saveActionItems(result.items, replacingAll: true) } }
            if global.json { return try printJSON(result) }
            guard !global.quiet else { return }
            print(Self.report(result, file: plan.file, saved: !dryRun))
        }
    }

    static func report(_ r: PlanImportResult, file: String, saved: Bool) -> String {
        var lines = ["\(file): \(r.changes.count) change(s), \(r.added.count) new, \(r.deleted.count) deleted row(s), "
                     + "\(r.conflicts.count) conflict(s), \(r.problems.count) unreadable cell(s)"
                     + (saved ? "." : " — dry run, nothing saved.")]
        if !r.hadBaseline { lines.append("  (no export baseline in this file: conflicts with workspace changes cannot be detected)") }
        for c in r.changes { lines.append("  changed \(c.itemID) \(c.column.rawValue): \"\(c.old)\" → \"\(c.new)\"") }
        for a in r.added { lines.append("  new \(a.id): \(a.item)") }
        for d in r.deleted { lines.append("  deleted row \(d.id) (\(d.item)): " + (d.status == .dropped ? "marked Dropped" : "kept in the workspace")) }
        for c in r.conflicts {
            lines.append("  CONFLICT \(c.itemID) \(c.column.rawValue): exported \"\(c.exported)\", workspace now \"\(c.workspace)\", "
                         + "file says \"\(c.file)\" — kept the workspace value")
        }
        for n in r.names where n.person == nil { lines.append("  \(n.itemID) \(n.column.rawValue) \"\(n.name)\": \(n.note ?? "not matched")") }
        for p in r.problems { lines.append("  unreadable: \(p)") }
        return lines.joined(separator: "\n")
    }
}
