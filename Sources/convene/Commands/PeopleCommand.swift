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
            if global.json { return try printJSON(people.map(PersonRow.init)) }
            for p in people {
                let fields = [p.email, p.organization].compactMap { $0 }
                print("\(p.id)  \(p.name.sortName)\(fields.isEmpty ? "" : "  " + fields.joined(separator: "  "))  (\(counted(p.sources.count, "record")))")
            }
            if !global.quiet { FileHandle.standardError.write(Data("\(counted(people.count, "person", "people"))\n".utf8)) }
        }
    }
}

/// One person as `--json` prints it (IDs as plain strings).
struct PersonRow: Encodable {
    var id: String
    var name: String
    var sort_name: String
    var given: String?
    var family: String?
    var email: String?
    var phone: String?
    var organization: String?
    var organization_id: String?
    var title: String?
    var city: String?
    var street: String?
    var region: String?
    var postal_code: String?
    var country: String?
    var records: Int

    init(_ p: Person) {
        id = p.id.rawValue
        name = p.name.displayName
        sort_name = p.name.sortName
        given = p.name.given
        family = p.name.family
        email = p.email
        phone = p.phone
        organization = p.organization
        organization_id = p.organizationID?.rawValue
        title = p.title
        city = p.city
        street = p.street
        region = p.region
        postal_code = p.postalCode
        country = p.country
        records = p.sources.count
    }
}
