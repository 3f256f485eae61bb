// CSV parse throughput: ConveneCSV beside yaslab/CSV.swift, on one core, release build.
//
//   swift build -c release --product bench-csv && .build/release/bench-csv [--mb 100] [--file PATH] [--keep]
//
// Generates a deterministic ~100 MB contact list (names, emails, organizations with commas, notes with
// quotes and line breaks) in a temporary directory, then reads it with each parser, counting records and
// fields so no work can be skipped. Prints one row per parser: name|MB|CPU seconds|MB/s (CPU)|wall seconds|records|fields.
// Scripts/bench-csv.sh adds Python's csv module on the same file and prints the table.
import ConveneCSV
import ConveneTestSupport
import Foundation

var megabytes = 100
var givenFile: String?
var keep = false
var only: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--mb": megabytes = Int(arguments.next() ?? "") ?? megabytes
    case "--file": givenFile = arguments.next()
    case "--keep": keep = true
    case "--only": only = arguments.next()   // run only the measurements whose name contains this
    default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8)); exit(2)
    }
}

func generate(bytes target: Int) -> [UInt8] {
    let first = ["Ann", "Bob", "Carmen", "Dmitri", "Zoë", "José", "Li", "Priya", "Kathy", "Robert", "Ngozi", "Sam"]
    let last = ["Lee", "O'Brien", "García", "Nguyen", "Smith", "Kowalski", "Okafor", "Müller", "Patel", "Brown"]
    let orgs = ["Acme Manufacturing", "\"Smith, Jones & Co.\"", "Northside Workforce Board", "\"Tri-County Chamber, Inc.\"",
                "Riverside Community College", "Lakeview Mfg", "\"Dept. of Labor, Region 5\""]
    let notes = ["", "Prefers email", "\"Said \"\"call me Bob\"\", follows up\"", "\"Line one\nline two\"",
                 "Needs parking pass", "\"Interested in apprenticeships, welding; CNC\""]
    var g = SplitMix64(seed: 0x5EED)
    var out: [UInt8] = []
    out.reserveCapacity(target + 1024)
    out.append(contentsOf: "Id,First Name,Last Name,Email,Organization,Phone,Registered,Notes\r\n".utf8)
    var id = 0
    while out.count < target {
        id += 1
        let f = first[g.below(first.count)], l = last[g.below(last.count)]
        let row = "\(id),\(f),\(l),\(f.lowercased()).\(id)@example.org,\(orgs[g.below(orgs.count)]),"
            + "(555) \(100 + g.below(900))-\(1000 + g.below(9000)),2024-0\(1 + g.below(9))-1\(g.below(10)),"
            + "\(notes[g.below(notes.count)])\r\n"
        out.append(contentsOf: row.utf8)
    }
    return out
}

let fileURL: URL
if let givenFile {
    fileURL = URL(fileURLWithPath: givenFile)
} else {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("convene-bench-csv-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    fileURL = directory.appendingPathComponent("contacts.csv")
    try Data(generate(bytes: megabytes << 20)).write(to: fileURL)
}
let data = try Data(contentsOf: fileURL)
let sizeMB = Double(data.count) / 1_048_576
print("FILE=\(fileURL.path)")

/// CPU time of this thread: on a shared machine wall-clock time measures the neighbours, not the parser.
func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func wallNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Best of `runs`: CPU seconds on one core (the figure), wall seconds alongside.
@MainActor func measure(_ name: String, runs: Int, _ body: () throws -> (records: Int, fields: Int)) rethrows {
    if let only, !name.contains(only) { return }
    var best = Double.infinity, bestWall = Double.infinity
    var counts = (records: 0, fields: 0)
    for _ in 0..<runs {
        let (cpu, wall) = (cpuNow(), wallNow())
        counts = try body()
        best = min(best, cpuNow() - cpu)
        bestWall = min(bestWall, wallNow() - wall)
    }
    print(String(format: "%@|%.1f|%.3f|%.1f|%.3f|%d|%d", name, sizeMB, best, sizeMB / best, bestWall,
                 counts.records, counts.fields))
}

/// Reads every byte record (no Strings built), counting records and fields so the work cannot be skipped.
func countByteRecords(_ reader: CSVReader) throws -> (records: Int, fields: Int) {
    var record = ByteRecord()
    var records = 0, fields = 0
    while let event = try reader.nextByteRecord(&record) {
        guard event == .record else { continue }
        records += 1
        fields += record.count
    }
    return (records, fields)
}

try measure("ConveneCSV (byte records, in memory)", runs: 3) { try countByteRecords(CSVReader(data: data)) }

try measure("ConveneCSV (String records, in memory)", runs: 2) {
    let reader = try CSVReader(data: data)
    var records = 0, fields = 0
    while let record = try reader.nextRecord() {
        guard !record.isBlank else { continue }
        records += 1
        fields += record.fields.count
    }
    return (records, fields)
}

try measure("ConveneCSV (byte records, streamed from file)", runs: 2) {
    try countByteRecords(CSVReader(contentsOf: fileURL))
}

try measure("yaslab/CSV.swift 2.5.2 (String rows, in memory)", runs: 1) { try readWithCSVSwift(data) }

// Shapes that would expose quadratic behaviour: one 8 MB quoted field, and rows of 200,000 fields.
let bigField = Data(("id,blob\n1,\"" + String(repeating: "abcdefg, \"\"\n", count: 8 << 20 / 12) + "\"\n").utf8)
let wideRows = Data(String(repeating: (0..<200_000).map { String($0 % 10) }.joined(separator: ",") + "\n", count: 20).utf8)
for (name, input) in [("ConveneCSV (one 8 MB quoted field)", bigField), ("ConveneCSV (20 rows x 200,000 fields)", wideRows)] {
    let mb = Double(input.count) / 1_048_576
    let start = cpuNow()
    let reader = try CSVReader(data: input)
    var record = ByteRecord()
    var records = 0, fields = 0
    while let event = try reader.nextByteRecord(&record) {
        guard event == .record else { continue }
        records += 1
        fields += record.count
    }
    let t = cpuNow() - start
    if only == nil || name.contains(only!) {
        print(String(format: "%@|%.1f|%.3f|%.1f|-|%d|%d", name, mb, t, mb / t, records, fields))
    }
}

if givenFile == nil && !keep {
    try? FileManager.default.removeItem(at: fileURL.deletingLastPathComponent())
}
