// bench-xlsx — how fast ConveneSpreadsheet writes a big sheet, and how much memory it needs.
//
//   swift build -c release --product bench-xlsx
//   .build/release/bench-xlsx [--rows 100000] [--out DIR]        # both modes, each in its own process
//   .build/release/bench-xlsx --mode normal|constant --rows N --out FILE   # one measurement (one line)
//
// The sheet is ROWS × 10 columns, alternating text and numbers (the same data Scripts/bench_xlsxwriter.py
// writes, so Scripts/bench-xlsx.sh can print both side by side). Each mode runs in a fresh process so that
// its peak RSS (getrusage ru_maxrss) is its own and not the high-water mark of an earlier run.
import ConveneSpreadsheet
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var rows = 100_000
    var mode: String?
    var out: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--rows": rows = iterator.next().flatMap(Int.init) ?? rows
            case "--mode": mode = iterator.next()
            case "--out": out = iterator.next()
            case "-h", "--help":
                print("usage: bench-xlsx [--rows N] [--out DIR] | --mode normal|constant --rows N --out FILE")
                exit(0)
            default:
                FileHandle.standardError.write(Data("bench-xlsx: unknown argument \(argument)\n".utf8))
                exit(64)
            }
        }
    }
}

/// Peak resident set size of this process in MB (Linux reports ru_maxrss in KB).
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Writes the benchmark sheet: columns 0,2,4,6,8 text; 1,3,5,7,9 numbers.
func writeWorkbook(to url: URL, rows: Int, constantMemory: Bool) throws {
    let phaseStart = DispatchTime.now().uptimeNanoseconds
    let scratch = ProcessInfo.processInfo.environment["BENCH_TMPDIR"].map { URL(fileURLWithPath: $0) }
    let workbook = try Workbook(destination: url, options: .init(constantMemory: constantMemory, temporaryDirectory: scratch))
    let sheet = try workbook.addWorksheet(named: "Data")
    let header = Format.header
    let statuses = ["invited", "attended", "declined", "no reply"]
    for column in 0..<10 { try sheet.writeString("Column \(column + 1)", row: 0, column: column, format: header) }
    for row in 1...rows {
        try sheet.writeString("Person \(row)", row: row, column: 0)
        try sheet.writeNumber(Double(row), row: row, column: 1)
        try sheet.writeString("Organization \(row % 500)", row: row, column: 2)
        try sheet.writeNumber(Double(row) * 1.5, row: row, column: 3)
        try sheet.writeString("person\(row)@example.org", row: row, column: 4)
        try sheet.writeNumber(Double(row % 97), row: row, column: 5)
        try sheet.writeString(statuses[row % 4], row: row, column: 6)
        try sheet.writeNumber(Double(row) / 7, row: row, column: 7)
        try sheet.writeString("City \(row % 50)", row: row, column: 8)
        try sheet.writeNumber(Double(row * 3 % 1000), row: row, column: 9)
    }
    try sheet.freezePanes(rows: 1)
    try sheet.autofitColumns()
    if ProcessInfo.processInfo.environment["BENCH_PHASES"] != nil {
        FileHandle.standardError.write(Data("cells written after \(Double(DispatchTime.now().uptimeNanoseconds - phaseStart) / 1e9) s\n".utf8))
    }
    try workbook.close()
}

/// One measurement in this process; prints `mode seconds peak_mb bytes`.
func measure(mode: String, rows: Int, out: String) throws {
    let url = URL(fileURLWithPath: out)
    let start = DispatchTime.now().uptimeNanoseconds
    try writeWorkbook(to: url, rows: rows, constantMemory: mode == "constant")
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let bytes = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
    print(String(format: "%@ %.3f %.1f %d", mode, seconds, peakRSSMegabytes(), bytes))
}

/// Runs `--mode` in a child process of this same executable and returns its one line.
func child(mode: String, rows: Int, out: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--mode", mode, "--rows", String(rows), "--out", out]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw NSError(domain: "bench-xlsx", code: Int(process.terminationStatus)) }
    return String(decoding: data, as: UTF8.self).split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
}

let options = Options(CommandLine.arguments)
do {
    if let mode = options.mode {
        guard mode == "normal" || mode == "constant", let out = options.out else {
            FileHandle.standardError.write(Data("bench-xlsx: --mode normal|constant needs --out FILE\n".utf8))
            exit(64)
        }
        try measure(mode: mode, rows: options.rows, out: out)
    } else {
        let folder = options.out ?? FileManager.default.temporaryDirectory.appendingPathComponent("bench-xlsx-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        print("bench-xlsx: \(options.rows) rows × 10 columns (5 text, 5 numbers), libxlsxwriter \(Workbook.libraryVersion)")
        print("mode        seconds   peak RSS MB   file MB")
        for mode in ["normal", "constant"] {
            let fields = try child(mode: mode, rows: options.rows, out: folder + "/bench-\(mode).xlsx")
            let size = (Double(fields[3]) ?? 0) / 1_048_576
            func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
            print(mode.padding(toLength: 10, withPad: " ", startingAt: 0) + pad(fields[1], 9) + pad(fields[2], 14)
                  + pad(String(format: "%.1f", size), 10))
        }
        if options.out == nil { try? FileManager.default.removeItem(atPath: folder) }
    }
} catch {
    FileHandle.standardError.write(Data("bench-xlsx: \(error)\n".utf8))
    exit(1)
}
