import ConveneModel
import ConveneTestSupport

/// A deterministic generator of synthetic partnership contacts with known truth.
///
/// People (truth = person index) appear 1–5 times across lists, each time with the mess real exports have:
/// nicknames ("Bob" for "Robert"), typos, case, "Last, First" order, work vs personal email, phone formats,
/// organization name variants ("Acme Mfg., Inc." / "ACME Manufacturing"), shared role addresses (info@), and
/// different people with the same name at different organizations.
struct SyntheticContacts {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }
    mutating func int(_ n: Int) -> Int { random.below(n) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }

    static let given: [(String, [String])] = [
        ("Robert", ["Bob", "Rob", "Bobby"]), ("William", ["Bill", "Will"]), ("Richard", ["Rick", "Dick"]),
        ("James", ["Jim", "Jimmy"]), ("John", ["Jack", "Johnny"]), ("Joseph", ["Joe"]), ("Thomas", ["Tom"]),
        ("Charles", ["Charlie", "Chuck"]), ("Michael", ["Mike"]), ("Christopher", ["Chris"]), ("Daniel", ["Dan", "Danny"]),
        ("David", ["Dave"]), ("Edward", ["Ed", "Ted"]), ("Elizabeth", ["Liz", "Beth"]), ("Margaret", ["Maggie", "Peggy"]),
        ("Katherine", ["Kate", "Kathy"]), ("Patricia", ["Pat", "Trish"]), ("Jennifer", ["Jen", "Jenny"]),
        ("Susan", ["Sue"]), ("Deborah", ["Deb"]), ("Rebecca", ["Becky"]), ("Samuel", ["Sam"]), ("Anthony", ["Tony"]),
        ("Andrew", ["Andy", "Drew"]), ("Benjamin", ["Ben"]), ("Nicholas", ["Nick"]), ("Matthew", ["Matt"]),
        ("Steven", ["Steve"]), ("Timothy", ["Tim"]), ("Gregory", ["Greg"]), ("Jessica", ["Jess"]), ("Alexander", ["Alex"]),
        ("Maria", []), ("Wei", []), ("Aisha", []), ("Omar", []), ("Priya", []), ("Carlos", []), ("Sofia", []), ("Hannah", []),
        ("Olivia", ["Liv"]), ("Emily", []), ("Noah", []), ("Liam", []), ("Fatima", []), ("Yuki", []), ("Diego", []),
        ("Grace", []), ("Lucas", []), ("Chloe", []), ("Ethan", []), ("Zoe", []), ("Ivan", []), ("Amara", []), ("Kofi", []),
    ]
    static let syllables = ["an", "ber", "cal", "dor", "el", "fen", "gar", "hol", "is", "jen", "kin", "lor", "mar", "nel",
                            "os", "per", "quin", "ros", "sten", "tal", "ul", "ven", "wick", "yor", "zel", "son", "ton",
                            "ley", "man", "ford", "berg", "ski", "ez", "ova", "ham"]
    static let commonFamilies = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
                                 "Rodriguez", "Martinez", "Nguyen", "Lee", "Patel", "Kim", "Chen", "Wilson"]
    static let orgWords = ["Acme", "Summit", "Riverside", "Pioneer", "Keystone", "Harbor", "Evergreen", "Granite",
                           "Liberty", "Beacon", "Cascade", "Frontier", "Heritage", "Meridian", "Northstar", "Prairie"]
    static let orgKinds = [("Manufacturing", "Mfg."), ("Technologies", "Tech"), ("Health", "Health"),
                           ("Community College", "Comm. College"), ("Logistics", "Logistics"), ("Services", "Svcs"),
                           ("Workforce Board", "Workforce Board"), ("Machine Works", "Machine Works")]
    static let suffixes = ["", ", Inc.", " Inc", " LLC", " Corp."]
    static let titles = ["HR Director", "Plant Manager", "CEO", "Dean of Workforce", "Operations Manager",
                         "Talent Acquisition Lead", "Program Coordinator", "VP Operations", "Owner", "Training Manager"]
    static let cities = ["Denver", "Aurora", "Boulder", "Pueblo", "Greeley", "Fort Collins", "Golden", "Lakewood"]
    static let freeMail = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"]

    struct Person {
        var given: Int
        var family: String
        var org: Int
        var phone: String
        var title: String
        var city: String
        var personal: String
        var work: String
    }

    func orgName(_ o: Int) -> (base: String, kind: Int, domain: String) {
        let w1 = Self.orgWords[o % Self.orgWords.count], w2 = Self.orgWords[(o / 16) % Self.orgWords.count]
        let kind = (o / 256) % Self.orgKinds.count
        let base = w1 == w2 ? w1 : "\(w1) \(w2)"
        let serial = o / (256 * Self.orgKinds.count)
        let name = serial == 0 ? base : "\(base) \(serial)"
        let domain = name.lowercased().replacingOccurrences(of: " ", with: "") + ".com"
        return (name, kind, domain)
    }

    mutating func typo(_ s: String) -> String {
        var chars = Array(s)
        guard chars.count > 3 else { return s }
        let i = 1 + int(chars.count - 2)
        switch int(3) {
        case 0: chars.swapAt(i, i - 1)
        case 1: chars.remove(at: i)
        default: chars[i] = Character(UnicodeScalar(UInt8(97 + int(26))))
        }
        return String(chars)
    }

    mutating func family() -> String {
        if chance(0.15) { return pick(Self.commonFamilies) }
        let n = 2 + int(2)
        let s = (0..<n).map { _ in pick(Self.syllables) }.joined()
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    /// `count` records and their truth (person index per record).
    mutating func generate(count: Int) -> (records: [ContactRecord], truth: [Int]) {
        let peopleCount = max(1, count * 10 / 25)
        let orgCount = max(10, peopleCount / 20)
        var people: [Person] = []
        people.reserveCapacity(peopleCount)
        for p in 0..<peopleCount {
            let g = int(Self.given.count)
            // Same name, different person: now and then reuse an earlier person's name at another organization.
            let fam: String
            if p > 10 && chance(0.02) { fam = people[int(p)].family } else { fam = family() }
            let org = int(orgCount)
            let first = Self.given[g].0.lowercased(), last = fam.lowercased()
            let phone = String(format: "%03d%03d%04d", 200 + int(700), 200 + int(700), int(10000))
            people.append(Person(given: g, family: fam, org: org, phone: phone, title: pick(Self.titles),
                                 city: pick(Self.cities),
                                 personal: "\(first.prefix(1))\(last)\(int(100))@\(pick(Self.freeMail))",
                                 work: "\(first).\(last)@\(orgName(org).domain)"))
        }
        var records: [ContactRecord] = []
        var truth: [Int] = []
        records.reserveCapacity(count)
        var p = 0
        while records.count < count {
            let person = people[p % peopleCount]
            let copies = p >= peopleCount ? 1 : 1 + int(4)
            for _ in 0..<copies where records.count < count {
                records.append(record(person, number: records.count + 1))
                truth.append(p % peopleCount)
            }
            p += 1
        }
        return (records, truth)
    }

    mutating func record(_ person: Person, number: Int) -> ContactRecord {
        let (formal, nicks) = Self.given[person.given]
        var given = !nicks.isEmpty && chance(0.3) ? pick(nicks) : formal
        var family = person.family
        if chance(0.05) { given = typo(given) }
        if chance(0.05) { family = typo(family) }
        if chance(0.1) { given = given.uppercased(); family = family.uppercased() }
        let (org, kind, domain) = orgName(person.org)
        var emails: [String] = []
        switch int(10) {
        case 0...3: emails = [person.work]
        case 4...5: emails = [person.personal]
        case 6: emails = ["info@\(domain)"]                         // registered through the front desk
        case 7: emails = [person.work, person.personal]
        default: break
        }
        if chance(0.03), let e = emails.first { emails[0] = typo(e) }
        var phones: [String] = []
        if chance(0.5) {
            let d = person.phone
            let a = d.prefix(3), b = d.dropFirst(3).prefix(3), c = d.suffix(4)
            phones = [pick(["+1\(d)", "(\(a)) \(b)-\(c)", "\(a)-\(b)-\(c)", "\(a).\(b).\(c)"])]
        }
        let kinds = Self.orgKinds[kind]
        var organization: String? = chance(0.8)
            ? org + " " + (chance(0.5) ? kinds.0 : kinds.1) + pick(Self.suffixes) : nil
        if chance(0.1) { organization = organization?.uppercased() }
        return ContactRecord(source: SourceRecord(file: "synthetic.csv", record: number),
                             name: PersonName(raw: "\(given) \(family)", given: given, family: family),
                             emails: emails, phones: phones, organization: organization,
                             title: chance(0.4) ? person.title : nil, city: chance(0.5) ? person.city : nil)
    }
}
