import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene classify`: shows organization kinds, or overrides one.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Show organizations with their kind, or set one by hand.",
        discussion: """
        Kinds: \(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")). An override is remembered: \
        later imports never change it. ORG is an organization ID, its name or its match key.

        Examples:
          convene classify
          convene classify "North Valley Works" --kind workforce-board
          convene classify O000007 --kind business
        """
    )

    @Argument(help: "The organization to classify.")
    var organization: String?

    @Option(help: "The kind to set.")
    var kind: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let workspace = try global.openWorkspace()
            guard let organization else {
                if kind != nil { throw CommandFailure("--kind needs an organization: convene classify ORG --kind KIND", code: ExitCodes.usage) }
                let orgs = try workspaceCall { try workspace.organizations() }
                if global.json { return try printJSON(orgs.map(OrgRow.init)) }
                for o in orgs {
                    let org = o.organization
                    print("\(org.id)  \(org.kind.rawValue)\(org.kindOverridden ? " (set by hand)" : "")  \(org.name)")
                }
                return
            }
            guard let kind else { throw CommandFailure("missing --kind KIND for \(organization)", code: ExitCodes.usage) }
            guard let newKind = OrganizationKind(rawValue: kind.lowercased()) else {
                throw CommandFailure("--kind: expected one of \(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(kind)\"",
                                     code: ExitCodes.usage)
            }
            let org = try workspaceCall { try workspace.classify(organization: organization, as: newKind) }
            if global.json {
                // The same row `convene orgs --json` prints, people counted (not a placeholder 0).
                let summary = try workspaceCall { try workspace.organizations() }.first { $0.organization.id == org.id }
                return try printJSON(OrgRow(summary ?? OrganizationSummary(organization: org, people: 0)))
            }
            if !global.quiet { print("\(org.id)  \(org.name) is now \(org.kind.displayName) (set by hand)") }
        }
    }
}
