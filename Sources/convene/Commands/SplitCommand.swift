import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene split ID`: moves records off a person into a new person, remembered like a "Not the same".
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split records off a person who is really two people.",
        discussion: """
        --records takes the record numbers shown in brackets by `convene person ID`, or references such as \
        launch-signin.csv#7. Without --records, the records from the last file that joined the person move out. \
        The split is remembered: later imports never join those records again.

        Examples:
          convene person P000031
          convene split P000031 --records 212,215
          convene split P000031 --records "launch-signin.csv#7"
        """
    )

    @Argument(help: "The person to split.")
    var id: String

    @Option(help: "The records to move to the new person (comma-separated).")
    var records: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let workspace = try global.openWorkspace()
            let person = PersonID(id.uppercased())
            var ids: [Int64]?
            if let records {
                let detail = try workspaceCall { try workspace.person(person) }
                ids = try records.split(separator: ",").map { part in
                    let token = part.trimmingCharacters(in: .whitespaces)
                    if let n = Int64(token) { return n }
                    guard let match = detail.records.first(where: { $0.source.reference == token }) else {
                        throw CommandFailure("--records: \(token) is not a record of \(person) (see `convene person \(person)`)")
                    }
                    return match.recordID
                }
            }
            let newID = try workspaceCall { try workspace.split(person, records: ids) }
            if global.json { return try printJSON(["person": person.rawValue, "new_person": newID.rawValue]) }
            if !global.quiet { print("Split \(person): the records moved to new person \(newID)") }
        }
    }
}
