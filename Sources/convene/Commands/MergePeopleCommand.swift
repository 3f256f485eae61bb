import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene merge-people A B`: a manual merge, remembered like a review decision.
struct MergePeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-people",
        abstract: "Merge two people the matcher kept apart (B joins A; A keeps its ID).",
        discussion: """
        The merge is remembered like a review "Same": later imports never undo it. Undo it with `convene split`.

        Examples:
          convene merge-people P000012 P000087
        """
    )

    @Argument(help: "The person who stays.")
    var a: String

    @Argument(help: "The person merged into A (their ID is retired).")
    var b: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let person = try workspaceCall { try global.openWorkspace().mergePeople(PersonID(a.uppercased()), PersonID(b.uppercased())) }
            if global.json { return try printJSON(PersonRow(person)) }
            if !global.quiet { print("Merged \(b.uppercased()) into \(person.id) (\(counted(person.sources.count, "record")))") }
        }
    }
}
