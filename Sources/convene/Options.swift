import ArgumentParser
import ConveneReports
import Foundation
import Logging

/// Flags every subcommand shares. Include with `@OptionGroup var global: GlobalOptions`.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("w"), .long], help: "The workspace folder (default: the current directory).")
    var workspace: String?

    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false

    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print details, including contact details, to the log.")
    var verbose = false

    /// The workspace folder as a URL (current directory when not given).
    var workspaceURL: URL {
        URL(fileURLWithPath: workspace ?? FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// A logger writing to stderr at the level these flags ask for. Contact details are only logged with
    /// `--verbose`: callers put them in `.trace`/`.debug` messages only.
    func makeLogger(label: String = "convene") -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .debug : (quiet ? .error : .notice)
        return logger
    }
}

/// The documented exit codes (also listed in `convene --help`).
enum ExitCodes {
    static let badInput: Int32 = 1
    static let usage: Int32 = 2
    static let workspace: Int32 = 3
    static let output: Int32 = 4
}

/// Prints one clear line on stderr and exits with the given code. Commands throw this for expected failures.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    init(_ message: String, code: Int32 = ExitCodes.badInput) {
        self.message = message
        self.code = code
    }
    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning a thrown error into one line on stderr and the documented exit code.
    static func reportingFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("convene: \(failure.message)\n".utf8))
            throw ExitCode(failure.code)
        } catch let exit as ExitCode {
            throw exit
        } catch let failure as MergeOutput.WriteFailure {
            FileHandle.standardError.write(Data("convene: \(failure.message)\n".utf8))
            throw ExitCode(ExitCodes.output)
        } catch {
            FileHandle.standardError.write(Data("convene: \(error)\n".utf8))
            throw ExitCode(ExitCodes.badInput)
        }
    }
}

/// "1 record", "3 records": a count with its noun in the right number, for the lines people read.
///
/// ```swift
/// counted(1, "new person", "new people")   // "1 new person"
/// counted(0, "review item")                // "0 review items"
/// ```
func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) " + (n == 1 ? one : many ?? one + "s")
}

/// What kind of file an output option writes, so a name that promises another format is refused before any
/// work: `-o people.csv` would otherwise hold a workbook Excel opens as garbage, and `-o list.xlsx` a CSV Excel
/// refuses ("file format or extension is not valid"). A name with no extension, or one Convene does not know,
/// is the user's choice and is written as asked.
enum OutputFormat: String {
    case workbook = ".xlsx", csv = ".csv", calendar = ".ics"

    /// Extensions that say a format: Excel's, text tables', calendars'.
    private static let known: [String: OutputFormat] = [
        "xlsx": .workbook, "xlsm": .workbook, "xls": .workbook, "ods": .workbook,
        "csv": .csv, "tsv": .csv, "txt": .csv, "ics": .calendar,
    ]

    /// Throws a usage error when `path`'s extension names another format than `self`, or another spreadsheet
    /// format than .xlsx (.xls, .ods); CSV may also be written to .txt.
    /// `flag` is the option as the user typed it; `alternative` says which option writes that other format.
    /// "-" is refused too: every output is written to a temporary file and renamed into place, so that a failed
    /// run leaves nothing half-written, and standard output cannot be renamed (before, `-o -` made a file named "-").
    func check(_ path: String, flag: String, alternative: [OutputFormat: String] = [:]) throws {
        try Self.requireFileName(path, flag: flag, writes: description, example: "out" + rawValue)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let said = Self.known[ext] else { return }
        if ext == rawValue.dropFirst() || (self == .csv && ext == "txt") { return }
        // The name as typed, folder kept, with this format's extension: "sub/out.csv" → "sub/out.xlsx", and
        // "out.xlsx.csv" → "out.xlsx".
        let stem = String(path.dropLast(ext.count + 1))
        let suggestion = stem.lowercased().hasSuffix(rawValue) ? stem : stem + rawValue
        var message = "\(flag) \(path): this writes \(description); name it \(suggestion)"
        if said != self, let other = alternative[said] { message += " (\(other) writes \(said.description))" }
        throw CommandFailure(message, code: ExitCodes.usage)
    }

    /// Refuses "-" as an output path (see ``check(_:flag:alternative:)``): `writes` says what the option writes,
    /// `example` a file name to give instead. For outputs that are no table: `--save-model`, `--write-mapping`.
    static func requireFileName(_ path: String, flag: String, writes: String, example: String) throws {
        guard path == "-" else { return }
        throw CommandFailure("\(flag) -: this writes \(writes) to a file, not to standard output; name the file (e.g. \(flag) \(example))",
                             code: ExitCodes.usage)
    }

    var description: String {
        switch self {
        case .workbook: "an Excel workbook (.xlsx)"
        case .csv: "CSV"
        case .calendar: "a calendar file (.ics)"
        }
    }
}
