import ConveneModel
import ConveneNormalize

/// Golden records: per cluster, the best value of each field by the configured ``GoldenRecordPolicy``; every other
/// value is kept as an alternate with the source record it came from. Fields a `Person` has no property for
/// (street, postal code, website, date of birth, region, country) keep all their values in `alternates`.
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
    /// ZIP code (a person who moved, or two offices). The street most records give is chosen first — "400 Main
    /// St" and "400 Main Street" are one street (``Folding/streetKey(_:)``), written as most records write it —; the city, state, postal code and country are then chosen among the records that give that
    /// street. Without a street the city is chosen among all records, and the rest among those that give that
    /// city. Where none of those records gives a city, state or country, it is chosen among all records (a
    /// person's town and state seldom change with the line that was left off); a postal code never is (it names
    /// one street's block). Every other value stays an alternate.
    static func mailingAddress(_ rs: [(ContactRecord, Int)], policy: GoldenRecordPolicy,
                               alternates: inout [String: [Sourced<String>]])
        -> (street: String?, city: String?, region: String?, postalCode: String?, country: String?) {
        func candidates(_ value: (ContactRecord) -> String?) -> [Candidate] {
            rs.compactMap { (r, i) in
                value(r).flatMap { v in v.contains { $0 != " " && $0 != "\t" } ? v : nil }
                    .map { Candidate(value: $0, raw: $0, order: i, source: r.source) }
            }
        }
        /// Chooses among the records `place` admits (all when nil), falling back to all when `fallback`; every
        /// other value seen is an alternate.
        func choice(_ field: String, place: Set<Int>?, fallback: Bool, fuller: Bool = false, key: ((String) -> String)? = nil,
                    _ value: (ContactRecord) -> String?) -> String? {
            let all = candidates(value)
            guard !all.isEmpty else { return nil }
            var pool = place.map { p in all.filter { p.contains($0.order) } } ?? all
            if pool.isEmpty && fallback { pool = all }
            let votes = pool.count < 2 ? nil : key.map { k in pool.map { k($0.value) } }
            // A keyed vote ("400 Main St" and "400 Main Street") is won by the spelling most records write, then
            // the fuller one; spellings of one folded value ("madison", "Madison") by the richer.
            let best = choose(pool, policy: policy, bySpelling: key == nil, fuller: fuller, votes: votes).best
            let key = best.map { MatchText.fold($0.value) }
            var seen: Set<String> = key.map { [$0] } ?? []
            let others = all.filter { seen.insert(MatchText.fold($0.value)).inserted }
            if !others.isEmpty { alternates[field] = GoldenRecords.alternates(others) }
            return best?.value
        }
        /// The records whose `value` has `chosen`'s key.
        func giving(_ chosen: String?, key: (String) -> String, _ value: (ContactRecord) -> String?) -> Set<Int>? {
            guard let chosen else { return nil }
            let wanted = key(chosen)
            return Set(rs.compactMap { (r, i) in value(r).map(key) == wanted ? i : nil })
        }
        let street = choice("street", place: nil, fallback: true, fuller: true, key: Folding.streetKey) { $0.street }
        var place = giving(street, key: Folding.streetKey) { $0.street }
        let city = choice("city", place: place, fallback: true) { $0.city }
        if street == nil { place = giving(city, key: MatchText.fold) { $0.city } }
        let region = choice("region", place: place, fallback: true) { $0.region }
        let postalCode = choice("postalCode", place: place, fallback: place == nil) { $0.postalCode }
        let country = choice("country", place: place, fallback: true) { $0.country }
        return (street, city, region, postalCode, country)
    }

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
