import ConveneModel
import ConveneNormalize

/// Golden records: per cluster, the best value of each field by the configured ``GoldenRecordPolicy``; every other
/// value is kept as an alternate with the source record it came from. The mailing address is chosen as one place
/// (street first, then the town, state and postal code of the records at that street). Fields a `Person` has no
/// property for (website, date of birth) keep all their values in `alternates`.
///
/// ```swift
/// let robert = GoldenRecords.person(id: PersonID("P000001"), records: recordsOfOnePerson, policy: .mostComplete)
/// print(robert.email ?? "", robert.alternates["email", default: []].map(\.raw))
/// ```
public enum GoldenRecords {
    struct Candidate {
        var value: String
        var raw: String
        var order: Int
        var source: SourceRecord
    }

    /// Picks the best candidate; candidates are compared by `key` (case/space-insensitive), ties go to the latest.
    /// `preferred` ranks candidates to break ties before recency, higher first (a work address over a free-mail
    /// one seen as often). With `fuller`
    /// (organizations, titles) a tie goes first to the longer value — "Kowalski Tool & Die" over "Kowalski T&D",
    /// "Plant Manager" over "Plant Mgr", each seen once: a short form says less, and a hurried sign-in sheet read
    /// last should not name the record. Not for names: there the longer of two spellings seen once is as often a
    /// slip ("Elizzabeth"). With `bySpelling` (names, organizations, titles, cities), the most frequent value is
    /// written in its fullest spelling among those that count as it (``spellingRichness(_:)``), not in whichever
    /// came last.
    ///
    /// `votes`, when given, is what each candidate votes for (one per candidate), where that is coarser than its
    /// folded value: a name votes for its given and family name, so "Jane Q. Doe", "Jane Doe" and "JANE DOE"
    /// count as one name against a "Janet Doe" seen once, and the fullest spelling of the winner is written.
    /// Alternates still keep every distinct value.
    static func choose(_ candidates: [Candidate], policy: GoldenRecordPolicy, bySpelling: Bool = false,
                       fuller: Bool = false, votes: [String]? = nil,
                       preferred: ((Candidate) -> Int)? = nil) -> (best: Candidate?, others: [Candidate]) {
        guard candidates.count > 1 else { return (candidates.first, []) }   // most clusters: one value, nothing to fold
        // Each candidate's key folded once (not inside the comparator: a million clusters make that the cost).
        let values = candidates.map { MatchText.fold($0.value) }
        let keys = votes ?? values
        var count: [String: Int] = [:], valueCount: [String: Int] = [:]
        for k in keys { count[k, default: 0] += 1 }
        for v in values { valueCount[v, default: 0] += 1 }
        let indices = candidates.indices
        let bestIndex: Int
        switch policy {
        case .mostFrequent:
            let p = candidates.map { preferred?($0) ?? 0 }
            let length = fuller ? values.map(\.count) : values.map { _ in 0 }
            // The vote, then the preference, then — within one vote — the value seen most often.
            let frequent = indices.max {
                (count[keys[$0]]!, p[$0], valueCount[values[$0]]!, length[$0], candidates[$0].order)
                    < (count[keys[$1]]!, p[$1], valueCount[values[$1]]!, length[$1], candidates[$1].order)
            }!
            if bySpelling {
                // Only the spellings of the winning value are weighed.
                let spellings = indices.filter { keys[$0] == keys[frequent] }
                    .map { (index: $0, rich: spellingRichness(candidates[$0].value)) }
                bestIndex = spellings.max {
                    ($0.rich.marks, $0.rich.mixedCase, candidates[$0.index].order)
                        < ($1.rich.marks, $1.rich.mixedCase, candidates[$1.index].order)
                }!.index
            } else {
                bestIndex = frequent
            }
        case .mostRecent:
            bestIndex = indices.max { candidates[$0].order < candidates[$1].order }!
        case .mostComplete:
            bestIndex = indices.max {
                (candidates[$0].value.count, count[keys[$0]]!, candidates[$0].order)
                    < (candidates[$1].value.count, count[keys[$1]]!, candidates[$1].order)
            }!
        }
        var seen: Set<String> = [values[bestIndex]]
        var others: [Candidate] = []
        for i in indices where seen.insert(values[i]).inserted { others.append(candidates[i]) }
        return (candidates[bestIndex], others)
    }

    /// How much of a spelling folding throws away — apostrophes, accents, hyphens, periods — and whether it is
    /// written in mixed case: "O’Neil" over "ONeil", "José" over "Jose", "McKenna" over "MCKENNA", when the
    /// records count them as one value. A sign-in sheet typed in a hurry should not name the golden record.
    static func spellingRichness(_ s: String) -> (marks: Int, mixedCase: Int) {
        let marks = s.unicodeScalars.reduce(0) { n, u in
            n + (u.isASCII && (u.properties.isAlphabetic || u == " ") ? 0 : 1)
        }
        let mixed = s.contains { $0.isLowercase } && s.contains { $0.isUppercase }
        return (marks, mixed ? 1 : 0)
    }

    /// The generational suffix the person's records write for `chosen` — same surname, and the given name the
    /// same, a nickname of it or its initial ("Jr." on the RSVP, none on the sign-in sheet): a record without one
    /// only left it out, and the golden name keeps it — it is what tells a father from his son. In its fullest
    /// spelling ("Jr." over "JR"); nil when no such record has one, when they disagree (a "Same" decision joined
    /// a Sr. and a Jr.: the engine never does), or when `chosen` has no given or family name to add it to.
    static func suffix(for chosen: PersonName, from names: [PersonName]) -> String? {
        guard !(chosen.family ?? "").isEmpty, !MatchText.compactKey(chosen.given ?? "").isEmpty else { return nil }
        let written = names.filter { Nicknames.sameName($0, chosen) }.compactMap { n in n.suffix.flatMap { $0.isEmpty ? nil : $0 } }
        guard let first = written.first else { return nil }
        let key = MatchText.fold(first)
        guard written.allSatisfy({ MatchText.fold($0) == key }) else { return nil }
        return written.max { spellingRichness($0) < spellingRichness($1) }
    }

    /// A given name written out, not initials: two letters or more, and not "J.R." or "JR" (dotted or two capitals).
    static func isWholeGivenName(_ given: String) -> Bool {
        let letters = given.filter(\.isLetter)
        guard letters.count > 1 else { return false }
        if given.contains("."), letters.count <= 3 { return false }
        return !(letters.count == 2 && letters.allSatisfy(\.isUppercase))
    }

    /// Each other value with the record it came from, named without its raw cells: the golden record's
    /// `sources` hold those once per record. Carried with every alternate, a row's cells were stored once per
    /// value it gave (postal code, state, title, …): 38 % of a workspace's golden records at a million contacts.
    static func alternates(_ others: [Candidate]) -> [Sourced<String>] {
        others.map { candidate in
            var source = candidate.source
            source.raw = [:]
            return Sourced(candidate.value, raw: candidate.raw, source: source)
        }
    }

    static func people(_ result: MatchResult, records: [ContactRecord]) -> [Person] {
        let policy = result.settings.goldenRecordPolicy
        // Each golden record depends only on its own cluster: build them on both cores.
        return Parallel.map(result.clusters, minimumChunk: 2_000) { cluster in
            person(id: PersonID(cluster.id), members: cluster.members, records: records, policy: policy)
        }
    }

    /// The golden record of one person from their records (in the order they were read), by `policy` — the
    /// one survivorship rule set for `convene merge` and the workspace alike.
    ///
    /// ```swift
    /// let ann = GoldenRecords.person(id: PersonID("P000042"), records: annsRecords)
    /// print(ann.email ?? "-", ann.alternates["email"]?.count ?? 0)
    /// ```
    public static func person(id: PersonID, records: [ContactRecord], policy: GoldenRecordPolicy = .mostFrequent) -> Person {
        person(id: id, members: Array(records.indices), records: records, policy: policy)
    }

    static func person(id: PersonID, members: [Int], records: [ContactRecord], policy: GoldenRecordPolicy) -> Person {
        let rs = members.map { (records[$0], $0) }
        func gather(_ values: (ContactRecord) -> [String]) -> [Candidate] {
            rs.flatMap { (r, i) in
                // The importer trims cells; an all-blank value is dropped without Foundation's trimming.
                values(r).filter { $0.contains { $0 != " " && $0 != "\t" } }
                    .map { Candidate(value: $0, raw: $0, order: i, source: r.source) }
            }
        }
        var alternates: [String: [Sourced<String>]] = [:]
        func pick(_ field: String, bySpelling: Bool = true, fuller: Bool = false, vote: ((String) -> String)? = nil,
                  preferred: ((Candidate) -> Int)? = nil, _ values: (ContactRecord) -> [String]) -> String? {
            let candidates = gather(values)
            let (best, others) = choose(candidates, policy: policy, bySpelling: bySpelling, fuller: fuller,
                                        votes: candidates.count < 2 ? nil : vote.map { v in candidates.map { v($0.value) } },
                                        preferred: preferred)
            if !others.isEmpty { alternates[field] = GoldenRecords.alternates(others) }
            return best?.value
        }
        // The name: pick among display names, then keep that record's parsed parts.
        let named = rs.filter { !$0.0.name.isEmpty }
        let nameCandidates = named
            .map { Candidate(value: $0.0.name.displayName, raw: $0.0.name.raw, order: $0.1, source: $0.0.source) }
        // A middle initial or a suffix written on some records only does not split the vote (folded only where
        // there is a choice: most people of a large list have one record).
        let nameVotes = named.count < 2 ? nil : named.map { r -> String in
            guard let g = r.0.name.given, let f = r.0.name.family, !g.isEmpty, !f.isEmpty else {
                return MatchText.fold(r.0.name.displayName)
            }
            return MatchText.fold(g) + "|" + MatchText.fold(f)
        }
        // Two names seen as often: the one that says more — a surname first (a Zoom's "Richard" alone says
        // less than "Dick Kowalski"), then a whole given name over an initial ("Tou Her" over "T. Her"), then a
        // formal name the nickname table knows over its short form ("Richard Kowalski Sr." over "Dick Kowalski",
        // one record each), so the record a roster prints is not the hurried one read last. A name the table
        // does not know is not preferred to a short form: it is as often a typo ("Lsia") or a surname typed in
        // the given-name column.
        let (bestName, otherNames) = choose(nameCandidates, policy: policy, bySpelling: true, votes: nameVotes) { c in
            let n = records[c.order].name
            let family = (n.family ?? "").isEmpty ? 0 : 4
            guard let given = n.given, Self.isWholeGivenName(given) else { return family }
            return family + 2 + (Nicknames.isFormalName(given) ? 1 : 0)
        }
        if !otherNames.isEmpty { alternates["name"] = GoldenRecords.alternates(otherNames) }
        var name = bestName.map { records[$0.order].name } ?? PersonName()
        if (name.suffix ?? "").isEmpty, let suffix = Self.suffix(for: name, from: named.map(\.0.name)) { name.suffix = suffix }
        // Role addresses (info@) are a poor "best email": prefer a personal one when there is one.
        let emails = gather { $0.emails }
        let personal = emails.filter { c in
            !Folding.isRoleEmail(c.value)
        }
        // On a tie, a work address over a free-mail one: colleagues write to the one they know.
        let (bestEmail, _) = choose(personal.isEmpty ? emails : personal, policy: policy) { c in
            c.value.split(separator: "@").last.map { EmailNormalizer.isFreeMail(domain: $0.lowercased()) ? 0 : 1 } ?? 0
        }
        let bestEmailKey = MatchText.fold(bestEmail?.value ?? "")
        let otherEmails = emails.filter { MatchText.fold($0.value) != bestEmailKey }
        var seenEmail: Set<String> = []
        let distinctOthers = otherEmails.filter { seenEmail.insert(MatchText.fold($0.value)).inserted }
        if !distinctOthers.isEmpty { alternates["email"] = GoldenRecords.alternates(distinctOthers) }

        // A phone votes for its line: "+16085550108" and "+16085550108;ext=204" are one number seen twice, and
        // the desk's extension, when one was given, is the fuller way to reach the person.
        let phone = pick("phone", bySpelling: false, vote: { String($0.split(separator: ";", maxSplits: 1).first ?? "") },
                         preferred: { $0.value.contains(";ext=") ? 1 : 0 }) { $0.phones }
        let organization = pick("organization", fuller: true) { $0.organization.map { [$0] } ?? [] }
        let title = pick("title", fuller: true) { $0.title.map { [$0] } ?? [] }
        let address = mailingAddress(rs, policy: policy, alternates: &alternates)
        for (field, values) in [("website", { (r: ContactRecord) in r.website }), ("dateOfBirth", { $0.dateOfBirth })] {
            let all = gather { values($0).map { [$0] } ?? [] }
            if all.count <= 1 {
                if !all.isEmpty { alternates[field] = GoldenRecords.alternates(all) }
                continue
            }
            var seen: Set<String> = []
            let distinct = all.filter { seen.insert(MatchText.fold($0.value)).inserted }
            if !distinct.isEmpty { alternates[field] = GoldenRecords.alternates(distinct) }
        }
        return Person(id: id, name: name, email: bestEmail?.value, phone: phone,
                      organization: organization, title: title, city: address.city, street: address.street,
                      region: address.region, postalCode: address.postalCode, country: address.country,
                      alternates: alternates, sources: rs.map { $0.0.source })
    }

    /// The mailing address as one place, so a label never pairs one record's street with another record's town or
    /// ZIP code (a person who moved, or two offices). The fields are chosen in order — street, city, state, postal
    /// code, country — and a record lends a value only where it contradicts nothing chosen before it: a record at
    /// another street, or in another town, gives nothing. Each field is chosen among such records at the chosen
    /// street first, then among the others that name no street (a sign-in line's town); a postal code only at the
    /// street, since it names one street's block. Spellings of one place are one vote (``Folding/streetKey(_:)``
    /// for streets, ``addressKey(_:_:)`` for states, ZIP+4 codes and countries: "WI" and "Wisconsin", "53703" and
    /// "53703-1234"), written as most records write them, the fuller on a tie; between two places the vote, then
    /// the policy (most recent on a tie). Placeholders ("N/A", "-") are no value. Every value not chosen stays an
    /// alternate with its record.
    static func mailingAddress(_ rs: [(ContactRecord, Int)], policy: GoldenRecordPolicy,
                               alternates: inout [String: [Sourced<String>]])
        -> (street: String?, city: String?, region: String?, postalCode: String?, country: String?) {
        typealias Field = (name: String, value: (ContactRecord) -> String?)
        let fields: [Field] = [("street", { $0.street }), ("city", { $0.city }), ("region", { $0.region }),
                               ("postalCode", { $0.postalCode }), ("country", { $0.country })]
        // Most people have one record: its values as they are, nothing to vote on or to keep as an alternate.
        if rs.count == 1 {
            let r = rs[0].0
            let v = fields.map { f in f.value(r).flatMap { isNoValue(MatchText.fold($0)) ? nil : $0 } }
            return (v[0], v[1], v[2], v[3], v[4])
        }
        // Per field, each record's value and its key ("" when it gives none).
        let values = fields.map { f in rs.map { (r, _) in f.value(r) } }
        let keys = fields.indices.map { k in values[k].map { $0.map { addressKey(fields[k].name, $0) } ?? "" } }
        var chosen: [String?] = Array(repeating: nil, count: fields.count)
        var chosenKey: [String] = Array(repeating: "", count: fields.count)
        for k in fields.indices {
            // The records that contradict nothing chosen so far, at the street first.
            let agreeing = rs.indices.filter { j in (0..<k).allSatisfy { f in keys[f][j].isEmpty || chosenKey[f].isEmpty || keys[f][j] == chosenKey[f] } }
            let atStreet = chosenKey[0].isEmpty ? agreeing : agreeing.filter { keys[0][$0] == chosenKey[0] }
            let elsewhere = chosenKey[0].isEmpty ? [] : agreeing.filter { keys[0][$0].isEmpty }
            var pool = atStreet.filter { !keys[k][$0].isEmpty }
            if pool.isEmpty && fields[k].name != "postalCode" { pool = elsewhere.filter { !keys[k][$0].isEmpty } }
            let candidates = pool.map { j in Candidate(value: values[k][j]!, raw: values[k][j]!, order: rs[j].1, source: rs[j].0.source) }
            if let best = Self.bestPlace(candidates, keys: pool.map { keys[k][$0] }, policy: policy) {
                chosen[k] = best.value
                chosenKey[k] = addressKey(fields[k].name, best.value)
            }
            // Every other value seen, once per spelling, is an alternate.
            var seen: Set<String> = chosen[k].map { [MatchText.fold($0)] } ?? []
            let others = rs.indices.compactMap { j -> Candidate? in
                guard !keys[k][j].isEmpty, let v = values[k][j], seen.insert(MatchText.fold(v)).inserted else { return nil }
                return Candidate(value: v, raw: v, order: rs[j].1, source: rs[j].0.source)
            }
            if !others.isEmpty { alternates[fields[k].name] = GoldenRecords.alternates(others) }
        }
        return (chosen[0], chosen[1], chosen[2], chosen[3], chosen[4])
    }

    /// The place `policy` chooses among candidates whose `keys` say which are one place: by most frequent, the
    /// place most records give (the most recent on a tie), written in its most frequent spelling, the fuller on a
    /// tie; by most recent or most complete, ``choose(_:policy:bySpelling:fuller:votes:preferred:)``'s choice.
    static func bestPlace(_ candidates: [Candidate], keys: [String], policy: GoldenRecordPolicy) -> Candidate? {
        guard candidates.count > 1 else { return candidates.first }
        guard policy == .mostFrequent else { return choose(candidates, policy: policy, votes: keys).best }
        var votes: [String: Int] = [:], latest: [String: Int] = [:], spellings: [String: Int] = [:]
        let folded = candidates.map { MatchText.fold($0.value) }
        for (i, c) in candidates.enumerated() {
            votes[keys[i], default: 0] += 1
            latest[keys[i]] = max(latest[keys[i]] ?? .min, c.order)
            spellings[folded[i], default: 0] += 1
        }
        let place = votes.keys.max { (votes[$0]!, latest[$0]!) < (votes[$1]!, latest[$1]!) }!
        let best = candidates.indices.filter { keys[$0] == place }.max {
            (spellings[folded[$0]]!, candidates[$0].value.count, candidates[$0].order)
                < (spellings[folded[$1]]!, candidates[$1].value.count, candidates[$1].order)
        }
        return best.map { candidates[$0] }
    }

    /// The key that says two spellings of an address field are one place; "" for no value (blank, or a placeholder
    /// such as "N/A", "none", "-"). Streets by ``Folding/streetKey(_:)``; US states and DC by their postal
    /// abbreviation ("Wisconsin" → "wi"); a US ZIP+4 code by its five digits; "USA", "U.S." and "United States" as
    /// one country; everything else folded.
    static func addressKey(_ field: String, _ value: String) -> String {
        let folded = MatchText.fold(value)
        if isNoValue(folded) { return "" }
        switch field {
        case "street": return Folding.streetKey(value)
        case "region": return usStates[folded] ?? folded
        case "postalCode":
            let digits = folded.filter(\.isNumber)
            if digits.count == 9, folded.count == 10, folded.allSatisfy({ $0.isNumber || $0 == " " }) { return String(digits.prefix(5)) }
            return folded
        case "country": return unitedStates.contains(folded) ? "us" : folded
        default: return folded
        }
    }

    /// Whether a folded address value is none: blank, or a placeholder ("n a", "none").
    static func isNoValue(_ folded: String) -> Bool { folded.isEmpty || MatchText.placeholders.contains(folded) }
    static let unitedStates: Set<String> = ["us", "u s", "usa", "u s a", "united states", "united states of america", "america"]
    /// US state and DC names, folded, to their postal abbreviations (folded: "wi").
    static let usStates: [String: String] = {
        let pairs: [(String, String)] = [
            ("alabama", "al"), ("alaska", "ak"), ("arizona", "az"), ("arkansas", "ar"), ("california", "ca"),
            ("colorado", "co"), ("connecticut", "ct"), ("delaware", "de"), ("district of columbia", "dc"),
            ("florida", "fl"), ("georgia", "ga"), ("hawaii", "hi"), ("idaho", "id"), ("illinois", "il"),
            ("indiana", "in"), ("iowa", "ia"), ("kansas", "ks"), ("kentucky", "ky"), ("louisiana", "la"),
            ("maine", "me"), ("maryland", "md"), ("massachusetts", "ma"), ("michigan", "mi"), ("minnesota", "mn"),
            ("mississippi", "ms"), ("missouri", "mo"), ("montana", "mt"), ("nebraska", "ne"), ("nevada", "nv"),
            ("new hampshire", "nh"), ("new jersey", "nj"), ("new mexico", "nm"), ("new york", "ny"),
            ("north carolina", "nc"), ("north dakota", "nd"), ("ohio", "oh"), ("oklahoma", "ok"), ("oregon", "or"),
            ("pennsylvania", "pa"), ("rhode island", "ri"), ("south carolina", "sc"), ("south dakota", "sd"),
            ("tennessee", "tn"), ("texas", "tx"), ("utah", "ut"), ("vermont", "vt"), ("virginia", "va"),
            ("washington", "wa"), ("west virginia", "wv"), ("wisconsin", "wi"), ("wyoming", "wy"),
            ("puerto rico", "pr"),
        ]
        var table: [String: String] = [:]
        for (name, code) in pairs { table[name] = code }
        return table
    }()

    static func organizations(_ result: MatchResult, records: [OrganizationRecord]) -> [Organization] {
        let policy = result.settings.goldenRecordPolicy
        return result.clusters.map { cluster in
            let rs = cluster.members.map { (records[$0], $0) }
            var alternates: [String: [Sourced<String>]] = [:]
            func pick(_ field: String, _ value: (OrganizationRecord) -> String?) -> String? {
                let candidates = rs.compactMap { (r, i) in
                    value(r).flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
                        .map { Candidate(value: $0, raw: $0, order: i, source: r.source) }
                }
                let (best, others) = choose(candidates, policy: policy)
                if !others.isEmpty { alternates[field] = GoldenRecords.alternates(others) }
                return best?.value
            }
            let name = pick("name") { $0.name } ?? ""
            let website = pick("website") { $0.website }
            let phone = pick("phone") { $0.phone }
            let street = pick("street") { $0.street }
            let city = pick("city") { $0.city }
            let postal = pick("postalCode") { $0.postalCode }
            _ = pick("email") { $0.email }
            let address = [street, city, postal].compactMap { $0 }.joined(separator: ", ")
            var domains: [String] = []
            for r in rs {
                for d in [r.0.website.map(Folding.host), r.0.email.flatMap { $0.split(separator: "@").last.map(String.init) }]
                    .compactMap({ $0 }) where !d.isEmpty && !domains.contains(d) { domains.append(d) }
            }
            return Organization(id: OrganizationID(cluster.id), name: name, key: OrganizationNormalizer.key(name),
                                domains: domains, website: website, phone: phone,
                                address: address.isEmpty ? nil : address, alternates: alternates,
                                sources: rs.map { $0.0.source })
        }
    }
}
