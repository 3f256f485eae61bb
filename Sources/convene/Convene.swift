import ArgumentParser
import Foundation

/// The `convene` command: the root of every subcommand. Commands stay thin — parse, call one library
/// function, print — and live one per file in `Commands/`.
@main
struct Convene: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Clean contact lists, merged sign-in sheets and Excel trackers for sector partnerships.",
        discussion: """
        Convene reads the exports a convener receives (Eventbrite, Zoom, Teams, sign-in sheets, contact lists), \
        finds the same person across every list, and hands back Excel workbooks colleagues can edit.

        Exit codes: 0 success · 1 bad input (a file could not be read or was refused) · 2 usage error · \
        3 workspace problem (missing, locked, newer schema) · 4 output could not be written.
        """,
        version: ConveneVersion.string,
        subcommands: [
            InitCommand.self,
            SettingsCommand.self,
            ImportCommand.self,
            ReviewCommand.self,
            PeopleCommand.self,
            OrgsCommand.self,
            PersonCommand.self,
            MergePeopleCommand.self,
            SplitCommand.self,
            RebuildCommand.self,
            MeetingsCommand.self,
            MeetingCommand.self,
            ClassifyCommand.self,
            InspectCommand.self,
            ExportCommand.self,
            UpdateCommand.self,
            PlanCommand.self,
            MergeCommand.self,
            ExplainCommand.self,
        ]
    )
}

extension Convene {
    /// Runs the command, mapping ArgumentParser's usage errors (its code 64) to Convene's documented code 2.
    static func main() async {
        do {
            var command = try parseAsRoot(workspaceFirst(Array(CommandLine.arguments.dropFirst())))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitCodes.usage)
            }
            exit(withError: error)
        }
    }
}

extension Convene {
    /// `convene -w WS people` read as `convene people -w WS`. The workspace option belongs to every subcommand, and
    /// people type it first, as they would `git -C DIR` (the demo's own closing hint did). ArgumentParser reads a
    /// subcommand's options only after the subcommand; a root option would have to be declared, and read through
    /// `@ParentCommand`, in each of two dozen commands. So a leading `-w WS`, `--workspace WS` or `--workspace=WS`
    /// moves to the end of the arguments — before a `--` that ends the options, if there is one. Anything else is
    /// left as typed.
    static func workspaceFirst(_ args: [String]) -> [String] {
        guard let first = args.first else { return args }
        let taken = first == "-w" || first == "--workspace" ? 2 : first.hasPrefix("--workspace=") ? 1 : 0
        guard taken > 0, args.count > taken, !args[taken].hasPrefix("-") else { return args }
        var rest = Array(args.dropFirst(taken))
        rest.insert(contentsOf: args.prefix(taken), at: rest.firstIndex(of: "--") ?? rest.endIndex)
        return rest
    }
}

enum ConveneVersion {
    static let string = "0.1.0"
}
