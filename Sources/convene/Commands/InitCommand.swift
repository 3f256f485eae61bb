import ArgumentParser
import ConveneImport
import ConveneModel
import ConveneWorkspace
import Foundation

/// `convene init`: creates a workspace (database + settings file) in a folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace for a partnership in a folder.",
        discussion: """
        A workspace is a folder holding convene.sqlite (every list, meeting, merge decision and action item) and \
        convene.json (the partnership's settings). Other commands use the workspace in the current folder, or the \
        one named by -w/--workspace DIR.

        Without --name the partnership is named after the folder ("tcamp" below); change it at any time with \
        convene settings --name.

        Examples:
          convene init tcamp
          convene settings -w tcamp --name "Tri-County Advanced Manufacturing Partnership"
          convene init --name "North Valley Advanced Manufacturing" --sector Manufacturing --region "North Valley" \\
              --launch-date 2024-03-05 --co-chair "Dana Ortiz" --co-chair "Sam Lee"
          convene init partnerships/health --name "Healthcare Partnership" --phone-region CA
        """
    )

    @Argument(help: "The folder to create the workspace in (default: -w DIR or the current folder).")
    var directory: String?

    @OptionGroup var partnership: PartnershipOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Self.reportingFailures {
            let folder = directory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? global.workspaceURL
            let settings = try partnership.applied(to: PartnershipSettings(name: Self.folderName(folder)))
            let workspace = try workspaceCall { try Workspace(create: folder, settings: settings) }
            if global.json { return try printJSON(InitJSON(folder: folder.standardizedFileURL.path, settings: workspace.settings)) }
            guard !global.quiet else { return }
            print("Created workspace for \(settings.name) in \(folder.standardizedFileURL.path)")
            if !partnership.namesThePartnership {
                print("Named after its folder; to change the name: convene settings --name \"Your Partnership's Name\"")
            }
        }
    }
}

/// `init --json`: the workspace's folder and its settings, as `convene settings --json` prints them.
struct InitJSON: Encodable {
    var folder: String
    var settings: PartnershipSettings
}

extension InitCommand {
    /// The folder's own name ("tcamp" for `convene init tcamp`, the current folder's for `convene init`).
    static func folderName(_ folder: URL) -> String {
        let name = folder.standardizedFileURL.resolvingSymlinksInPath().lastPathComponent
        return name.isEmpty || name == "/" ? "Partnership" : name
    }
}

// MARK: Shared by the workspace commands

extension GlobalOptions {
    /// Opens the workspace named by -w (or the current folder), with errors mapped to exit code 3.
    func openWorkspace() throws -> Workspace {
        try workspaceCall { try Workspace.open(at: workspaceURL) }
    }
}

/// Runs a workspace call, turning its typed errors into one line and the documented exit code:
/// workspace problems (missing, locked, newer schema, database) → 3; refused input or bad request → 1.
func workspaceCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as WorkspaceError {
        switch error {
        case .notFound, .invalidRequest: throw CommandFailure(error.description, code: ExitCodes.badInput)
        default: throw CommandFailure(error.description, code: ExitCodes.workspace)
        }
    } catch let error as ImportError {
        throw CommandFailure(error.description, code: ExitCodes.badInput)
    }
}

/// Parses `YYYY-MM-DD` or fails with a usage error naming the flag.
func parseDate(_ text: String, flag: String) throws -> CalendarDate {
    guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
        throw CommandFailure("\(flag): expected a date as YYYY-MM-DD, found \"\(text)\"", code: ExitCodes.usage)
    }
    return date
}

/// Parses a meeting kind or fails with a usage error listing the choices.
func parseMeetingKind(_ text: String) throws -> MeetingKind {
    guard let kind = MeetingKind(rawValue: text.lowercased()) else {
        throw CommandFailure("--kind: expected one of \(MeetingKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"",
                             code: ExitCodes.usage)
    }
    return kind
}

/// Prints `value` as pretty, key-sorted JSON on stdout.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes or logs); between
/// bars, the same line says what a long step is doing (``status(_:)``).
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let label: String
    private var lastDrawn = -1
    private var drewStatus = false
    private let lock = NSLock()

    init(label: String, quiet: Bool) {
        self.label = label
        enabled = !quiet && isatty(2) == 1
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        lock.lock(); defer { lock.unlock() }
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30, filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        // After a status line, clear what is left of it.
        let clear = drewStatus ? "\u{1B}[K" : ""
        drewStatus = false
        FileHandle.standardError.write(Data("\r\(clear)\(label) [\(bar)] \(done)/\(total)".utf8))
    }

    /// Replaces the line with `text` and an ellipsis ("Matching: comparing 1234567 candidate pairs…"): what a
    /// step that counts nothing is doing — the match phases of a million records take a minute or more.
    func status(_ text: String) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        lastDrawn = -1
        drewStatus = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)…".utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        guard enabled, lastDrawn >= 0 || drewStatus else { return }
        lastDrawn = -1
        drewStatus = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
