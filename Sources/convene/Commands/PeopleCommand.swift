import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene people`: lists and searches the people (golden records).
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List or search the people in the workspace.",
        discussion: """
        SEARCH matches part of a name, email, phone or organization (case-insensitive), or a person ID.

        Examples:
          convene people
          convene people smith
          convene people acme.com --json | jq '.[].id'
        """
    )

    @Argument(help: "Text to search for.")
    var search: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let people = try workspaceCall { try global.openWorkspace().people(matching: search) }
            if global.json { return try printJSON(people) }
            for p in people {
                let fields = [p.email, p.organization].compactMap { $0 }
                print("\(p.id)  \(p.name.sortName)\(fields.isEmpty ? "" : "  " + fields.joined(separator: "  "))  (\(p.sources.count) records)")
            }
            if !global.quiet { FileHandle.standardError.write(Data("\(people.count) people\n".utf8)) }
        }
    }
}
