// bench-workspace: links a 300-record sign-in sheet to a workspace of 100,000 people.
//
//   swift build -c release --product bench-workspace && .build/release/bench-workspace [PEOPLE] [SHEET] [--keep DIR]
//
// Setup (not timed): a workspace is filled with PEOPLE synthetic people (Zipf-like surnames, shared first names,
// 2,000 organizations) through the same incremental linker the CLI uses, and a CSV sign-in sheet of SHEET rows is
// written beside it (80% known people written differently: upper case, nicknames, missing email, phone only; 20%
// newcomers with names of their own).
//
// With --keep DIR the workspace and the sheet are left in DIR (which must not exist) and nothing is timed:
// `Scripts/bench-workspace.sh` then times the command a user runs, `convene import DIR/signin.csv -w DIR
// --meeting …`, with /usr/bin/time -v — process start, opening the workspace, reading, linking, committing.
// Without it, `Workspace.importFiles` is timed in this process (the library's share of that command).
// Target: ≤ 1 s in release for 300 rows against 100,000 people.
import ConveneModel
import ConveneTestSupport
import ConveneWorkspace
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var keep: URL? = nil
if let k = arguments.firstIndex(of: "--keep") {
    guard k + 1 < arguments.count else { FileHandle.standardError.write(Data("--keep needs a folder\n".utf8)); exit(2) }
    keep = URL(fileURLWithPath: arguments[k + 1])
    arguments.removeSubrange(k...(k + 1))
}
let peopleCount = arguments.count > 0 ? Int(arguments[0]) ?? 100_000 : 100_000
let sheetCount = arguments.count > 1 ? Int(arguments[1]) ?? 300 : 300

/// A deterministic generator, so every run builds the same workspace.
extension SplitMix64 {
    /// Zipf-like: small indexes much more often (a few very common surnames, a long tail).
    mutating func skewed(_ n: Int) -> Int { Int(Double(n) * pow(Double(below(1_000_000)) / 1_000_000, 3)) }
}

let givenNames = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
                  "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
                  "Christopher", "Nancy", "Daniel", "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
                  "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
                  "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie",
                  "Luis", "Maria", "Chidi", "Priya", "Wei", "Aisha", "Hiroshi", "Fatima", "Olga", "Raj"]
let nicknames = ["Robert": "Bob", "William": "Bill", "Elizabeth": "Liz", "Richard": "Dick", "Joseph": "Joe", "Thomas": "Tom",
                 "Margaret": "Peggy", "Michael": "Mike", "Jennifer": "Jen", "Christopher": "Chris", "Daniel": "Dan",
                 "Matthew": "Matt", "Anthony": "Tony", "Steven": "Steve", "Andrew": "Andy", "Kenneth": "Ken", "Timothy": "Tim"]
let syllables = ["an", "ber", "car", "den", "el", "fos", "gar", "ham", "in", "jon", "kel", "lin", "mor", "nel", "ol",
                 "par", "quin", "ros", "son", "ter", "ul", "van", "wil", "xan", "yor", "zel", "ba", "co", "di", "fu"]
func surname(_ i: Int) -> String {
    let s = syllables[i % 30] + syllables[(i / 30) % 30] + (i >= 900 ? syllables[(i / 900) % 30] : "")
    return s.prefix(1).uppercased() + s.dropFirst()
}
func phone(_ i: Int) -> String { "+1608\(String(format: "%07d", 1_000_000 + i))" }

var random = SplitMix64(seed: 42)
struct Synthetic { var given: String; var family: String; var email: String; var phone: String; var org: String }
var people: [Synthetic] = []
people.reserveCapacity(peopleCount)
for i in 0..<peopleCount {
    let given = givenNames[random.below(givenNames.count)]
    let family = surname(random.skewed(27_000))
    let org = "Company \(random.skewed(2_000))"
    people.append(Synthetic(given: given, family: family, email: "\(given.lowercased()).\(family.lowercased())\(i)@example.com",
                            phone: phone(i), org: org))
}

if let keep, FileManager.default.fileExists(atPath: keep.path) {
    FileHandle.standardError.write(Data("\(keep.path) exists: --keep creates its folder\n".utf8))
    exit(2)
}
let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("bench-workspace-\(UUID().uuidString)")
defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
let workspace = try Workspace(create: folder, settings: PartnershipSettings(name: "Benchmark partnership"))

// Setup: the existing people, in chunks (each chunk one transaction, as a big contact list would be).
let setupStart = Date()
let chunk = 20_000
for start in stride(from: 0, to: peopleCount, by: chunk) {
    let contacts = (start..<min(start + chunk, peopleCount)).map { i -> ContactRecord in
        let p = people[i]
        let source = SourceRecord(file: "contacts-\(start).csv", record: i - start + 1, source: .generic,
                                  raw: ["First Name": p.given, "Last Name": p.family, "Email": p.email, "Phone": p.phone, "Company": p.org])
        return ContactRecord(source: source, name: PersonName(raw: "\(p.given) \(p.family)", given: p.given, family: p.family),
                             emails: [p.email], phones: [p.phone], organization: p.org)
    }
    _ = try workspace.record([IncomingFile(path: "contacts-\(start).csv", sha256: "setup-\(start)", source: .generic, contacts: contacts)])
}
let setupSeconds = Date().timeIntervalSince(setupStart)
let known = try workspace.personCount()

// The sign-in sheet: known people written the way people write on a sign-in sheet, plus newcomers.
var csv = "Name,Organization,Email,Phone\n"
for row in 0..<sheetCount {
    if row % 5 == 4 {
        // A newcomer: a common first name and a surname no one in the workspace has (the setup's surnames have two
        // or three syllables), each newcomer's own — not one name shared by all of them.
        let given = givenNames[random.below(givenNames.count)]
        let family = surname(900 + row * 31) + "ford"
        csv += "\(given) \(family),Newco \(row),\(given.lowercased()).\(family.lowercased())@newco\(row).example.com,\n"
        continue
    }
    let p = people[random.below(peopleCount)]
    switch row % 4 {
    case 0: csv += "\(p.given.uppercased()) \(p.family.uppercased()),\(p.org),\(p.email.uppercased()),\n"
    case 1: csv += "\(nicknames[p.given] ?? p.given) \(p.family),\(p.org),\(p.email),\n"
    case 2: csv += "\"\(p.family), \(p.given)\",\(p.org),,\(p.phone)\n"
    default: csv += "\(p.given) \(p.family),,\(p.email),\(p.phone)\n"
    }
}
let sheet = folder.appendingPathComponent("signin.csv")
try Data(csv.utf8).write(to: sheet)

if keep != nil {
    print("setup: \(known) people in \(String(format: "%.1f", setupSeconds)) s")
    print("workspace: \(folder.path)")
    print("sheet: \(sheet.path)")
    exit(0)
}

let start = Date()
let summaries = try workspace.importFiles([sheet.path], options: WorkspaceImportOptions(
    meeting: MeetingRequest(name: "Quarterly meeting", date: CalendarDate(year: 2024, month: 6, day: 12), kind: .partnership)))
let seconds = Date().timeIntervalSince(start)
let s = summaries[0]
print("setup: \(known) people in \(String(format: "%.1f", setupSeconds)) s")
print("link \(s.recordsRead)-record sign-in sheet → workspace of \(known) people: \(String(format: "%.3f", seconds)) s " +
      "(\(s.matchedPeople) matched, \(s.newPeople) new, \(s.reviewItems) review, \(s.participations) participations) — target ≤ 1 s")
