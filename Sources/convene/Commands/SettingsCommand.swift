import ArgumentParser
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene settings`: shows the partnership's settings, or changes those given (the same options as `init`).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show the partnership's settings, or change them.",
        discussion: """
        The settings are what convene init was given (or defaulted): the partnership's name, sector, region, \
        launch date, business co-chairs and the country for phone numbers written without one. They live in the \
        workspace's convene.json. Without options this prints them; with options it changes only those given and \
        prints what changed. Reports and workbooks written afterwards use the new values; nothing imported changes \
        (a new --phone-region applies to files imported from now on).

        Examples:
          convene settings
          convene settings --name "Tri-County Advanced Manufacturing Partnership"
          convene settings --co-chair "Angela Chen" --co-chair "Robert Smith"   # replaces the co-chairs
          convene settings -w tcamp --launch-date 2026-08-25 --json
        """
    )

    @OptionGroup var partnership: PartnershipOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let workspace = try global.openWorkspace()
            let before = workspace.settings
            var after = try partnership.applied(to: before)
            if after != before { after = try workspaceCall { try workspace.saveSettings(after) } }

            if global.json { return try printJSON(after) }
            guard !global.quiet else { return }
            let now = Self.lines(after), then = Self.lines(before), was = Self.values(before)
            if after == before {
                for line in now { print(line) }
            } else {
                // Only what changed, with what it was.
                for i in now.indices where now[i] != then[i] { print("\(now[i])   (was: \(was[i]))") }
            }
        }
    }

    static func values(_ s: PartnershipSettings) -> [String] {
        [s.name, s.sector ?? "—", s.region ?? "—", s.launchDate?.iso ?? "—",
         s.coChairs.isEmpty ? "—" : s.coChairs.joined(separator: ", "), s.defaultPhoneRegion]
    }

    static let labels = ["Name", "Sector", "Region", "Launch date", "Co-chairs", "Phone region"]

    /// "Name:          Tri-County …", one line per setting.
    static func lines(_ s: PartnershipSettings) -> [String] {
        zip(labels, values(s)).map { label, value in
            (label + ":").padding(toLength: 15, withPad: " ", startingAt: 0) + value
        }
    }
}
