import ArgumentParser
import ConveneModel
import Foundation

/// The partnership's settings as options: what `init` starts a workspace with and `settings` changes. Include with
/// `@OptionGroup var partnership: PartnershipOptions`; an option not given leaves its setting as it is.
struct PartnershipOptions: ParsableArguments {
    @Option(help: "The partnership's name (a new workspace is named after its folder unless given).")
    var name: String?

    @Option(help: "The industry sector, e.g. Manufacturing.")
    var sector: String?

    @Option(help: "The region the partnership serves.")
    var region: String?

    @Option(name: .customLong("launch-date"), help: "The launch meeting's date (YYYY-MM-DD).")
    var launchDate: String?

    @Option(name: .customLong("co-chair"), help: "A business co-chair (repeat for each; given again, replaces the list).")
    var coChairs: [String] = []

    @Option(name: .customLong("phone-region"),
            help: "Country for phone numbers written without one (ISO code; a new workspace: US).")
    var phoneRegion: String?

    /// Whether `--name` was given.
    var namesThePartnership: Bool { name != nil }

    /// `settings` with every option given applied: an empty --sector or --region clears it.
    /// - Throws: a usage failure for an empty --name or a --launch-date that is not YYYY-MM-DD.
    func applied(to settings: PartnershipSettings) throws -> PartnershipSettings {
        var after = settings
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else {
                throw CommandFailure("--name: expected the partnership's name, found an empty one", code: ExitCodes.usage)
            }
            after.name = trimmed
        }
        if let sector { after.sector = sector.isEmpty ? nil : sector }
        if let region { after.region = region.isEmpty ? nil : region }
        if let launchDate { after.launchDate = try parseDate(launchDate, flag: "--launch-date") }
        if !coChairs.isEmpty { after.coChairs = coChairs }
        if let phoneRegion { after.defaultPhoneRegion = phoneRegion.uppercased() }
        return after
    }
}
