import ConveneTestSupport
import Foundation

/// Two generated lists (a.csv, b.csv) for tests that need the parameters estimated from the data.
enum GeneratedLists {
    /// Two lists of 700 and 560 rows over 500 people: nicknames, case and format changes, missing emails, shared
    /// household phones — enough records for the parameters to be estimated (training samples pairs).
    static func write(in folder: TemporaryDirectory) throws {
        var state: UInt64 = 42
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        let given = ["Robert", "Jennifer", "Michael", "Maria", "David", "Linda", "James", "Patricia", "William", "Susan"]
        let nick = ["Robert": "Bob", "Jennifer": "Jen", "Michael": "Mike", "David": "Dave", "James": "Jim", "William": "Bill"]
        let family = ["Smith", "Garcia", "Nguyen", "Okafor", "Lindqvist", "Brandt", "Moreau", "Kowalski", "Haddad", "Tanaka",
                      "Ferreira", "Novak", "Osei", "Castillo"]
        let orgs = ["Helix Controls", "Riverton Tool & Die", "North Valley Health", "Prairie Logistics", "Summit Plastics"]
        var people: [[String]] = []
        for i in 0..<500 {
            let g = given[next() % given.count], f = family[next() % family.count], o = orgs[next() % orgs.count]
            let phone = i > 0 && next() % 5 == 0 ? people[next() % people.count][3] : "608-555-\(1000 + i)"
            people.append([g, f, "\(g.lowercased()).\(f.lowercased())\(i)@example.com", phone, o])
        }
        for (name, share) in [("a.csv", 7), ("b.csv", 5)] {
            var lines = ["First Name,Last Name,Email,Phone,Company"]
            for p in people where next() % 10 < share || lines.count < 3 {
                var p = p
                switch next() % 5 {
                case 0: p[0] = nick[p[0]] ?? p[0]
                case 1: p[2] = ""
                case 2: p[2] = p[2].uppercased(); p[3] = "(608) " + p[3].dropFirst(4)
                default: break
                }
                lines.append(p.joined(separator: ","))
            }
            for k in 0..<200 { lines.append(lines[1 + k % (lines.count - 1)]) }   // repeats within the list
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.file(name))
        }
    }
}
