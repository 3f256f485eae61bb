import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene orgs`: lists the organizations with their kind and head count.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List the organizations: businesses and public partners.",
        discussion: """
        Each organization's kind is inferred from its name and email domain (.gov, .edu, k12, "Chamber", …) \
        unless set by hand with `convene classify`. A * marks a kind set by hand.

        Examples:
          convene orgs
          convene orgs --json
        """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let orgs = try workspaceCall { try global.openWorkspace().organizations() }
            if global.json { return try printJSON(orgs.map(OrgRow.init)) }
            for o in orgs {
                let org = o.organization
                print("\(org.id)  \(org.name)  — \(org.kind.displayName)\(org.kindOverridden ? "*" : "")  (\(counted(o.people, "person", "people")))")
            }
        }
    }
}

/// One organization as `--json` prints it.
struct OrgRow: Encodable {
    var id: String
    var name: String
    var kind: String
    var kind_overridden: Bool
    var public_partner: Bool
    var people: Int
    var website: String?

    init(_ o: OrganizationSummary) {
        id = o.organization.id.rawValue
        name = o.organization.name
        kind = o.organization.kind.rawValue
        kind_overridden = o.organization.kindOverridden
        public_partner = o.organization.kind.isPublicPartner
        people = o.people
        website = o.organization.website
    }
}
