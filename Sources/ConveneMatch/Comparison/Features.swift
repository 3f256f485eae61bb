import ConveneModel
import ConveneNormalize

/// A field the matcher reads, as a column of precomputed keys.
///
/// ```swift
/// let postal = Comparison(name: "postal code", column: .postalCode, kind: .postalCode, coveredBy: [.street])
/// ```
public enum FeatureColumn: String, Codable, Sendable, CaseIterable {
    case givenName, familyName, email, phone, organization, title, street, city, postalCode, website, dateOfBirth
    /// Generational suffix ("jr", "sr", "ii", "iii"): told apart from credentials by the name parser.
    case suffix

    var index: Int { FeatureColumn.allCases.firstIndex(of: self)! }

    /// Columns whose values repeat across many records (worth memoizing their keys while folding).
    var repeatsAcrossRecords: Bool {
        switch self {
        case .givenName, .familyName, .organization, .title, .city, .postalCode, .website, .suffix: true
        case .email, .phone, .street, .dateOfBirth: false
        }
    }
}

/// One column of a ``FeatureTable``: every distinct value interned once, records point at value IDs.
///
/// Values are stored in one byte arena (folded UTF-8), so the pair loop works on integer IDs and raw bytes —
/// no strings, no dictionaries. A class, so the hot loop reads it without copying a dozen array references per
/// access; it is only mutated while a table is being built, never while pairs are scored (hence `@unchecked`).
final class FeatureColumnData: @unchecked Sendable {
    /// Record r's value IDs are `ids[offsets[r]..<offsets[r+1]]` (emails and phones may have several).
    var offsets: [Int32] = [0]
    var ids: [Int32] = []
    /// Value ID → bytes in `arena`.
    var starts: [Int32] = []
    var lengths: [Int32] = []
    var arena: [UInt8] = []
    /// Value ID → a derived key (nickname group, last-7 digits, local part, house number, postal prefix, year).
    var aux: [Int32] = []
    /// Value ID → number of records carrying it (for term-frequency adjustment).
    var frequency: [Int32] = []
    /// Organizations only: value ID → how many differently named people carry it (see
    /// ``FeatureTable/countOrganizationPeople()``); what its term-frequency adjustment counts. Empty elsewhere.
    var people: [Int32] = []
    /// Value ID → the value is shared: a role mailbox, or an email, phone or street used in this input by records
    /// with clearly different given names (a household phone, a company main line, a team inbox) — a street by
    /// such records at one place (``pastHouseholdHere``). Agreeing on it is its own, weak level; it never makes a
    /// block.
    var shared: [Bool] = []
    /// Derived key ID → the derived key is shared the same way (an email local part such as "ldadenton" used by
    /// Leonard and Linda Dadenton at two companies): agreeing on it says nothing.
    var auxShared: [Bool] = []
    /// Value ID → a shared value that a household's worth of people use (at most
    /// ``FeatureTable/householdPeople`` clearly different people, by name): among them a name still says who.
    var householdShared: [Bool] = []
    /// Streets only, per entry of ``ids``: the address is used by more than a household's people where this
    /// record is — among the records of it that could be at the same place (postal code and town agree, or one
    /// lacks them). A street is counted where it is: "63 Kinnear Ave" may be a firm's address in one town and a
    /// family's home in another, and a pair's agreement is judged where the pair is (``isHousehold(_:_:_:)``).
    var pastHouseholdHere: [Bool] = []
    /// Streets only, per entry of ``ids``: the record's place (``FeatureTable/places()``), 0 when unknown.
    var entryPlaces: [UInt64] = []
    /// Given names only: value ID → the table name a misspelt formal name stands for ("elizzabeth" →
    /// "elizabeth", ``Nicknames/correction(of:)``), for the few values that have one; set by
    /// ``FeatureTable/finish(sharedPeople:)``.
    var corrections: [Int32: String] = [:]
    var lookup: [String: Int32] = [:]
    var auxLookup: [String: Int32] = [:]

    /// Given names only: one value is a nickname of the name the other misspells ("liz" / "elizzabeth"), by
    /// ``corrections`` — not a misspelling and its own correction, which is a typo, nor two misspellings.
    func isMisspeltNickname(_ va: Int32, _ vb: Int32) -> Bool {
        let ca = corrections[va], cb = corrections[vb]
        guard (ca == nil) != (cb == nil) else { return false }
        let x = ca ?? MatchText.compactKey(text(va)), y = cb ?? MatchText.compactKey(text(vb))
        return x != y && Nicknames.areEquivalent(x, y)
    }

    /// Whether shared value `v`, at entries `x` and `y` of ``ids`` (one of each record of a pair), is a
    /// household's for the pair: ``householdShared`` (a household's wherever it is used), or — for a street —
    /// the two records could be at one place and the address is used by no more than a household's people where
    /// either of them is (the pair's place is within each one's). Two records at two places (two postal codes,
    /// or two towns where a postal code is missing) are not at one home, whatever each place holds: one
    /// namesake's office written with another postal code is no household.
    func isHousehold(_ v: Int32, _ x: Int, _ y: Int) -> Bool {
        guard shared[Int(v)] else { return false }
        if householdShared[Int(v)] { return true }
        guard !pastHouseholdHere.isEmpty, !(pastHouseholdHere[x] && pastHouseholdHere[y]) else { return false }
        let p = entryPlaces.isEmpty ? 0 : entryPlaces[x], q = entryPlaces.isEmpty ? 0 : entryPlaces[y], zp = p >> 32, zq = q >> 32
        if zp != 0 && zq != 0 { return zp == zq }
        let tp = p & 0xFFFF_FFFF, tq = q & 0xFFFF_FFFF
        return tp == 0 || tq == 0 || tp == tq
    }

    /// The value's derived key is shared (see ``auxShared``).
    func isAuxShared(_ id: Int32) -> Bool {
        let a = Int(aux[Int(id)])
        return a >= 0 && a < auxShared.count && auxShared[a]
    }

    func text(_ id: Int32) -> String {
        let s = Int(starts[Int(id)]), l = Int(lengths[Int(id)])
        return String(decoding: arena[s..<(s + l)], as: UTF8.self)
    }

    /// The folded bytes of a value, for the comparison functions.
    @inline(__always) func bytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            body(UnsafeBufferPointer(rebasing: arena[Int(starts[Int(id)])..<Int(starts[Int(id)] + lengths[Int(id)])]))
        }
    }

    @inline(__always) func values(of record: Int) -> Range<Int> { Int(offsets[record])..<Int(offsets[record + 1]) }

    func first(of record: Int) -> Int32? {
        let r = values(of: record)
        return r.isEmpty ? nil : ids[r.lowerBound]
    }

    func intern(_ value: String, aux auxKey: String?) -> Int32 {
        if let id = lookup[value] { frequency[Int(id)] += 1; return id }
        let id = Int32(starts.count)
        lookup[value] = id
        starts.append(Int32(arena.count))
        lengths.append(Int32(value.utf8.count))
        arena.append(contentsOf: value.utf8)
        frequency.append(1)
        shared.append(false)
        if let auxKey, !auxKey.isEmpty {
            if let a = auxLookup[auxKey] { aux.append(a) } else {
                let a = Int32(auxLookup.count); auxLookup[auxKey] = a; aux.append(a)
            }
        } else {
            aux.append(-1 - id)                               // unique: never equal to another value's aux
        }
        return id
    }
}

/// The match keys of every record, column by column, computed once per record before blocking.
struct FeatureTable: Sendable {
    var count = 0
    var columns = FeatureColumn.allCases.map { _ in FeatureColumnData() }
    /// Record → folded full name key (for sorted neighbourhood).
    var nameKeys: [String] = []
    /// (given value ID << 32 | family value ID) → records with that full name; and how many records have both.
    var fullNameFrequency: [UInt64: Int32] = [:]
    var fullNameCount = 0
    /// Records whose organization was read from their work email's domain (``inferOrganizations()``), not
    /// written in the record.
    var inferredOrganization: Set<Int32> = []
    /// Full-name key → how many of the name's records a record of it shares with its own person, on average, by
    /// the evidence of identifiers alone (see ``countOwnRecords()``); only names where that is more than one.
    var fullNameOwnRecords: [UInt64: Double] = [:]
    /// Full-name key → how many of its records strangers would carry by chance (the given name's count times the
    /// surname's, over the records), for names on three or more records whose identifiers tie some of them into
    /// one group and leave the others untied ("singles"), or tie none of them; see ``SinglesFit``.
    var fullNameSingles: [UInt64: Double] = [:]
    /// How the input's singles split between a name's known person and strangers; nil when it cannot say.
    var singlesFit: SinglesFit?

    subscript(_ c: FeatureColumn) -> FeatureColumnData {
        get { columns[c.index] }
        set { columns[c.index] = newValue }
    }

    /// Adds one record's raw field values (already split into fields), folding each into its key.
    mutating func append(_ fields: RecordFields) {
        // Mutate the columns in place: copying a column out and back would copy its arrays (quadratic time).
        for column in FeatureColumn.allCases {
            let c = column.index
            for raw in fields[column] {
                guard let (key, aux) = FeatureTable.key(column, raw) else { continue }
                let id = columns[c].intern(key, aux: aux)
                columns[c].ids.append(id)
            }
            columns[c].offsets.append(Int32(columns[c].ids.count))
        }
        let g = columns[FeatureColumn.givenName.index].first(of: count).map { columns[FeatureColumn.givenName.index].text($0) } ?? ""
        let f = columns[FeatureColumn.familyName.index].first(of: count).map { columns[FeatureColumn.familyName.index].text($0) } ?? ""
        nameKeys.append(f + " " + g)
        count += 1
    }

    /// Adds many records: folding (the costly part) runs on both cores in blocks, then each column interns its
    /// keys in record order — columns side by side, since no two share a dictionary — so the table is exactly
    /// what appending one by one would build.
    mutating func appendAll(count total: Int, _ fields: @Sendable (Int) -> RecordFields) {
        let chunk = 50_000
        var start = 0
        while start < total {
            let end = min(total, start + chunk)
            // Blocks of records, each with its own memo: names, organizations, titles and cities repeat across
            // records, so each distinct value is folded once per block instead of once per record.
            let blocks = stride(from: start, to: end, by: 5_000).map { $0..<min(end, $0 + 5_000) }
            let keyed = Parallel.map(blocks, minimumChunk: 1) { range -> [[[(String, String?)]]] in
                var memo = [[String: (String, String?)?]](repeating: [:], count: FeatureColumn.allCases.count)
                return range.map { i in
                    let raw = fields(i)
                    return FeatureColumn.allCases.map { c in
                        raw[c].compactMap { value -> (String, String?)? in
                            guard c.repeatsAcrossRecords else { return FeatureTable.key(c, value) }
                            if let hit = memo[c.index][value] { return hit }
                            let k = FeatureTable.key(c, value)
                            memo[c.index][value] = k
                            return k
                        }
                    }
                }
            }
            let columns = self.columns
            Parallel.forEach(columns.count) { c in
                let column = columns[c]
                for block in keyed {
                    for record in block {
                        for (key, aux) in record[c] { column.ids.append(column.intern(key, aux: aux)) }
                        column.offsets.append(Int32(column.ids.count))
                    }
                }
            }
            let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
            nameKeys += Parallel.map(Array(start..<end), minimumChunk: 10_000) { r in
                (family.first(of: r).map { family.text($0) } ?? "") + " " + (given.first(of: r).map { given.text($0) } ?? "")
            }
            count = end
            start = end
        }
    }

    /// The folded key and derived key of one raw value, or nil when nothing identifying is left.
    static func key(_ column: FeatureColumn, _ raw: String) -> (String, String?)? {
        switch column {
        case .givenName:
            // The aux key is the compact name itself; nickname equivalence is looked up per value pair
            // (``FeatureColumnData/nicknames``), since nickname groups overlap (Chris: Christopher, Christine).
            // A middle initial typed into the first-name cell ("Robert J.") is not part of the given name.
            var k = MatchText.fold(raw)
            let words = k.split(separator: " ")
            if words.count > 1, words[0].count > 1, words.dropFirst().allSatisfy({ $0.count == 1 }) { k = String(words[0]) }
            return k.isEmpty ? nil : (k, MatchText.compactKey(k))
        case .familyName, .title, .city:
            let k = MatchText.fold(raw)
            return k.isEmpty ? nil : (k, nil)
        case .organization:
            let k = OrganizationNormalizer.key(raw)
            return k.isEmpty ? nil : (k, nil)
        case .email:
            let k = Folding.emailKey(raw)
            guard !k.isEmpty else { return nil }
            // Local part without dots, so "bob.smith@gmail.com" (key "bobsmith@…") meets "bob.smith@acme.com".
            let local = (k.split(separator: "@", maxSplits: 1).first.map(String.init) ?? k).filter { $0 != "." }
            return (k, local)
        case .phone:
            // The key keeps the extension (a desk on a main line); the derived key is the line itself.
            let (k, line) = Folding.phoneKeyAndLine(raw)
            return k.isEmpty ? nil : (k, line)
        case .street:
            let k = Folding.streetKey(raw)
            guard !k.isEmpty else { return nil }
            let number = k.split(separator: " ").first.flatMap { $0.first?.isNumber == true ? String($0) : nil }
            return (k, number)
        case .postalCode:
            let k = MatchText.compactKey(raw)
            return k.isEmpty ? nil : (k, String(k.prefix(3)))
        case .website:
            let k = Folding.host(raw)
            return k.isEmpty ? nil : (k, nil)
        case .dateOfBirth:
            let k = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return k.isEmpty ? nil : (k, String(k.prefix(4)))
        case .suffix:
            let k = Folding.generation(raw)
            return k.isEmpty ? nil : (k, nil)
        }
    }

    /// Finishes a table after its records are appended: marks shared identifiers and counts full names.
    mutating func finish(sharedPeople threshold: Int) {
        let given = columns[FeatureColumn.givenName.index]
        given.corrections = [:]
        for v in 0..<Int32(given.starts.count) {
            // A misspelling is far rarer than what it misspells: the name it would stand for must be in this input,
            // on at least three times as many records. Marvin is one slip from Martin, and a list of a thousand
            // names has as many Marvins as Martins; a typed "Elizzabeth" sits among Elizabeths.
            guard let corrected = Nicknames.correction(of: given.text(v)), let c = given.lookup[corrected],
                  given.frequency[Int(c)] >= Self.misspellingRarity * given.frequency[Int(v)] else { continue }
            given.corrections[v] = corrected
        }
        // Name comparisons do not depend on the column: one memo serves all three (run side by side with a memo
        // each, the three recompute most comparisons twice and take longer).
        let memo = NameMemo()
        for column in [FeatureColumn.email, .phone, .street] { markShared(column, people: threshold, memo: memo) }
        inferOrganizations()
        countFullNames()
        countOrganizationPeople()
    }

    /// How many people each organization has in this input, counted as distinct full names (a record without
    /// both names counts as one more): what agreeing on it is weighed by. A hospital system with 400 contacts is
    /// weak evidence that two Maria Garcias are one; a firm of three strong. Records are not people: a
    /// champion's firm is on fifteen of a convener's lists through two people, and counted by records it would
    /// weigh as little as the hospital.
    mutating func countOrganizationPeople() {
        let org = columns[FeatureColumn.organization.index]
        let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
        var pairs: [(org: Int32, name: UInt64)] = []
        pairs.reserveCapacity(org.ids.count)
        for r in 0..<count {
            let name: UInt64
            if let g = given.first(of: r), let f = family.first(of: r) {
                name = Self.fullNameKey(g, f)
            } else {
                name = UInt64.max - UInt64(r)                     // no full name: a person of its own
            }
            for i in org.values(of: r) { pairs.append((org.ids[i], name)) }
        }
        pairs.sort { $0.org != $1.org ? $0.org < $1.org : $0.name < $1.name }
        var people = [Int32](repeating: 0, count: org.starts.count)
        for k in pairs.indices where k == 0 || pairs[k - 1] != pairs[k] { people[Int(pairs[k].org)] += 1 }
        org.people = people
    }

    /// Gives a record with no organization the one its email stands for in this input: a Zoom or Teams report,
    /// an RSVP list without a company column, a sign-in line with only an address. The address itself first —
    /// the organization most of the other records with that very address name — then its domain: the
    /// organization named with at least two of the domain's addresses, and with a strict majority of them. A
    /// free-mail domain (or a subdomain of one, "new.rr.com") never stands for an employer, nor does a domain
    /// whose addresses split among employers (a parent company's, a consultant's), nor one person's address
    /// alone.
    ///
    /// Without it, "Maria Garcia" with mgarcia@meridianpack.com on a Zoom report had nothing to tell her from
    /// the other Maria Garcia at the county job center, who had no email on that list: a name and nothing else,
    /// and the two Marias became one person. With it the Zoom record is at Meridian as far as matching goes,
    /// which agrees with one Maria and not the other. The record itself is not changed — only what matching
    /// compares — and an explanation marks the organization as read from the email.
    mutating func inferOrganizations() {
        let email = columns[FeatureColumn.email.index], org = columns[FeatureColumn.organization.index]
        // Once: a second pass would count the first one's readings as written organizations.
        guard inferredOrganization.isEmpty, !email.ids.isEmpty, !org.ids.isEmpty else { return }
        // Email value → its domain's index, or -1 for a free-mail domain (each domain judged once; the address
        // read as bytes: a million addresses, a few thousand domains).
        var domainIndex: [String: Int32] = [:], domains: Int32 = 0
        var domainOfValue = [Int32](repeating: -1, count: email.starts.count)
        for v in 0..<Int32(email.starts.count) {
            domainOfValue[Int(v)] = email.bytes(v) { address -> Int32 in
                guard let at = address.lastIndex(of: UInt8(ascii: "@")), at + 1 < address.count else { return -1 }
                let domain = String(decoding: UnsafeBufferPointer(rebasing: address[(at + 1)...]), as: UTF8.self)
                if let d = domainIndex[domain] { return d }
                let d: Int32 = Self.isFreeMail(domain) ? -1 : domains
                if d >= 0 { domains += 1 }
                domainIndex[domain] = d
                return d
            }
        }
        // (address, organization) for every record naming an organization, sorted: runs give each address's
        // organizations by record count, and each (domain, organization) the addresses that name it.
        var named: [UInt64] = []
        for r in 0..<count {
            guard let o = org.first(of: r) else { continue }
            for x in email.values(of: r) { named.append(UInt64(UInt32(bitPattern: email.ids[x])) << 32 | UInt64(UInt32(bitPattern: o))) }
        }
        guard !named.isEmpty else { return }
        named.sort()
        var byAddress: [Int32: Int32] = [:]              // address → its most named organization
        var byDomain: [UInt64] = []                      // (domain, organization), once per address naming it
        var i = 0, bestCount = 0
        while i < named.count {
            var j = i
            while j < named.count && named[j] == named[i] { j += 1 }
            let v = Int32(truncatingIfNeeded: named[i] >> 32), o = Int32(truncatingIfNeeded: named[i] & 0xFFFF_FFFF)
            if i == 0 || named[i] >> 32 != named[i - 1] >> 32 { bestCount = 0 }
            if j - i > bestCount { bestCount = j - i; byAddress[v] = o }
            let d = domainOfValue[Int(v)]
            if d >= 0 { byDomain.append(UInt64(UInt32(bitPattern: d)) << 32 | UInt64(UInt32(bitPattern: o))) }
            i = j
        }
        byDomain.sort()
        var standsFor = [Int32](repeating: -1, count: Int(domains))
        i = 0
        while i < byDomain.count {
            // One domain's run: its organizations, each with the number of addresses naming it.
            let d = byDomain[i] >> 32
            var j = i, total = 0, top = 0, topOrg: Int32 = -1
            while j < byDomain.count && byDomain[j] >> 32 == d {
                var k = j
                while k < byDomain.count && byDomain[k] == byDomain[j] { k += 1 }
                total += k - j
                if k - j > top { top = k - j; topOrg = Int32(truncatingIfNeeded: byDomain[j] & 0xFFFF_FFFF) }
                j = k
            }
            if top >= 2 && top * 2 > total { standsFor[Int(d)] = topOrg }
            i = j
        }
        var ids: [Int32] = [], offsets: [Int32] = [0]
        ids.reserveCapacity(org.ids.count)
        offsets.reserveCapacity(count + 1)
        for r in 0..<count {
            let own = org.values(of: r)
            if !own.isEmpty {
                ids.append(contentsOf: org.ids[own])
                offsets.append(Int32(ids.count))
                continue
            }
            let addresses = email.values(of: r)
            var read: Int32? = addresses.lazy.compactMap { byAddress[email.ids[$0]] }.first
            if read == nil {
                read = addresses.lazy.map { domainOfValue[Int(email.ids[$0])] }
                    .first { $0 >= 0 && standsFor[Int($0)] >= 0 }.map { standsFor[Int($0)] }
            }
            if let o = read {
                ids.append(o)
                org.frequency[Int(o)] += 1
                inferredOrganization.insert(Int32(r))
            }
            offsets.append(Int32(ids.count))
        }
        guard !inferredOrganization.isEmpty else { return }
        org.ids = ids
        org.offsets = offsets
    }

    /// A free-mail domain, or a subdomain of one ("new.rr.com", "mail.comcast.net").
    static func isFreeMail(_ domain: String) -> Bool {
        if EmailNormalizer.isFreeMail(domain: domain) { return true }
        let labels = domain.split(separator: ".")
        guard labels.count > 2 else { return false }
        return EmailNormalizer.isFreeMail(domain: labels.suffix(2).joined(separator: "."))
    }

    /// Marks the values of `column` that are not one person's: role addresses ("info@", "hr@"), and values used
    /// by records naming at least `threshold` clearly different people (see
    /// ``sameNameOrVariant(_:_:surnamesMustAgree:memo:)``) — a household phone, a company main line, a team inbox,
    /// one buyer's email on several tickets.
    func markShared(_ column: FeatureColumn, people threshold: Int, memo: NameMemo = NameMemo()) {
        let col = columns[column.index]
        let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
        for id in col.shared.indices { col.shared[id] = false }
        col.householdShared = [Bool](repeating: false, count: col.starts.count)
        // Until counted where it is, a shared street is taken to be shared past a household everywhere.
        col.pastHouseholdHere = column == .street ? [Bool](repeating: true, count: col.ids.count) : []
        col.entryPlaces = []
        col.auxShared = [Bool](repeating: false, count: col.auxLookup.count)
        if column != .street { markSharedAcrossSites(col, given: given) }
        guard threshold > 0 || column == .email else { return }
        // Distinct (given, family) name IDs per value, capped: past a few dozen spellings the value is shared anyway.
        let cap = 24
        // Records with conflicting generational suffixes are two people whatever their names (Sr. and Jr.).
        let suffix = columns[FeatureColumn.suffix.index]
        var suffixes = [[Int32]](repeating: [], count: col.starts.count)
        for r in 0..<count {
            guard let s = suffix.first(of: r) else { continue }
            for i in col.values(of: r) where !suffixes[Int(col.ids[i])].contains(s) { suffixes[Int(col.ids[i])].append(s) }
        }
        // Each value's person keys in record order, in one flat array grouped by value (a counting sort) rather
        // than an array per value: a million values would each allocate one.
        let dob = columns[FeatureColumn.dateOfBirth.index]
        var start = [Int32](repeating: 0, count: col.starts.count + 1)
        for r in 0..<count where given.first(of: r) != nil {
            for i in col.values(of: r) { start[Int(col.ids[i]) + 1] += 1 }
        }
        for v in 0..<col.starts.count { start[v + 1] += start[v] }
        var flat = [UInt64](repeating: 0, count: Int(start[col.starts.count]))
        // Streets only, per entry: its index in `col.ids` (its record's place is `col.entryPlaces` there); the
        // towns' compact keys, and which two towns were found alike (``couldBeOnePlace``).
        let city = columns[FeatureColumn.city.index]
        let towns = column == .street ? (0..<city.starts.count).map { MatchText.compactKey(city.text(Int32($0))) } : []
        var sameTown: [UInt64: Bool] = [:]
        var slot = [Int32](repeating: 0, count: column == .street ? flat.count : 0)
        let places = column == .street ? self.places() : []
        if column == .street { col.entryPlaces = [UInt64](repeating: 0, count: col.ids.count) }
        var fill = start
        for r in 0..<count {
            guard let g = given.first(of: r) else { continue }
            let key = Self.personKey(g, family.first(of: r) ?? -1, dob.first(of: r) ?? -1)
            for i in col.values(of: r) {
                let id = Int(col.ids[i])
                flat[Int(fill[id])] = key
                if !places.isEmpty { slot[Int(fill[id])] = Int32(i); col.entryPlaces[i] = places[r] }
                fill[id] += 1
            }
        }
        let entryPlaces = col.entryPlaces
        /// Streets only: the place of entry `k`'s record.
        func place(_ k: Int) -> UInt64 { entryPlaces[Int(slot[k])] }
        /// The value's first `cap` distinct person keys, in record order.
        func names(_ id: Int) -> [UInt64] {
            var out: [UInt64] = []
            for k in Int(start[id])..<Int(start[id + 1]) where out.count < cap && !out.contains(flat[k]) { out.append(flat[k]) }
            return out
        }
        /// The person keys of values `ids` at each place their records are (``places()``), each place's up to
        /// `cap`: the records that could be there — their postal code and town agree with the place's, or they
        /// lack them. Nil past `maximumPlaces` places (counted everywhere at once, as without places).
        ///
        /// "43 Hickory St" in Delaware and "43 Hickory St" in Columbus are two homes: the people at one do not
        /// make the other an address "used by several people". Counted over the whole input, a street name and
        /// number common to a region's towns was shared, and two records of one Donald Sanchez, nothing else
        /// but the name, the street and the postal code in common, weighed the address at +1 bit.
        func namesByPlace(_ ids: [Int]) -> (places: [UInt64], keys: [[UInt64]])? {
            // Places in record order, searched linearly: most streets are at one or two.
            var places: [UInt64] = [], own: [[UInt64]] = []
            for id in ids {
                for k in Int(start[id])..<Int(start[id + 1]) {
                    guard let n = places.firstIndex(of: place(k)) else {
                        guard places.count < Self.maximumPlaces else { return nil }
                        places.append(place(k))
                        own.append([flat[k]])
                        continue
                    }
                    if own[n].count < cap && !own[n].contains(flat[k]) { own[n].append(flat[k]) }
                }
            }
            if places.count == 1 { return (places, own) }
            let keys = places.map { p in
                var keys: [UInt64] = []
                for (q, theirs) in zip(places, own) where keys.count < cap && couldBeOnePlace(p, q) {
                    for k in theirs where keys.count < cap && !keys.contains(k) { keys.append(k) }
                }
                return keys
            }
            return (places, keys)
        }
        /// Whether records at places `p` and `q` (``places()``) could be at one address: by their postal codes
        /// when both have one; else by their towns when both have one, leniently — a typed town is often
        /// misspelt or shortened ("Akorn", "Cleve.", "Cleveland OH"), and counting a family's records at two
        /// places would make its home look like one person's; else they could be.
        func couldBeOnePlace(_ p: UInt64, _ q: UInt64) -> Bool {
            let zp = p >> 32, zq = q >> 32
            if zp != 0 && zq != 0 { return zp == zq }
            let tp = p & 0xFFFF_FFFF, tq = q & 0xFFFF_FFFF
            guard tp != 0, tq != 0, tp != tq else { return true }
            let pair = min(tp, tq) << 32 | max(tp, tq)
            if let known = sameTown[pair] { return known }
            let a = towns[Int(tp - 1)], b = towns[Int(tq - 1)]
            let same = a.hasPrefix(b) || b.hasPrefix(a) || Similarity.jaroWinkler(a, b) >= 0.85
            sameTown[pair] = same
            return same
        }
        if column == .email, threshold > 0 {
            var byAux = [[UInt64]](repeating: [], count: col.auxLookup.count)
            for id in 0..<col.starts.count where col.aux[id] >= 0 && start[id + 1] > start[id] {
                let a = Int(col.aux[id])
                let keys = start[id + 1] - start[id] == 1 ? [flat[Int(start[id])]] : names(id)
                for k in keys where byAux[a].count < cap && !byAux[a].contains(k) { byAux[a].append(k) }
            }
            // Across domains a local part is one person's only if the surname agrees too: "robert@" at two firms
            // is two Roberts.
            for a in byAux.indices where byAux[a].count >= threshold && distinctPeople(byAux[a], surnamesMustAgree: true, memo: memo) >= threshold {
                col.auxShared[a] = true
            }
        }
        /// Marks value `id` shared when `keys` name at least `threshold` clearly different people — a
        /// household's when they are few.
        func markByPeople(_ id: Int, _ keys: [UInt64]) {
            guard keys.count >= threshold else { return }
            let people = distinctPeople(keys, memo: memo)
            if people >= threshold {
                col.shared[id] = true
                col.householdShared[id] = people <= Self.householdPeople
            }
        }
        /// A street: its people counted at each place its records are (of `ids`' records: the value's own, or
        /// with its units' too). Shared when one place has `threshold` clearly different people, a household's
        /// when none has more than a household; and each of value `id`'s entries marked by whether its place has
        /// more (``FeatureColumnData/pastHouseholdHere``).
        func markStreetByPeople(_ id: Int, _ ids: [Int]) {
            guard let byPlace = namesByPlace(ids) else {
                // Past a household everywhere unless the count over all of them says a household's.
                for k in Int(start[id])..<Int(start[id + 1]) { col.pastHouseholdHere[Int(slot[k])] = true }
                var keys: [UInt64] = []
                for v in ids { for k in names(v) where keys.count < cap && !keys.contains(k) { keys.append(k) } }
                return markByPeople(id, keys)
            }
            let people = byPlace.keys.map { $0.count >= threshold ? distinctPeople($0, memo: memo) : 0 }
            let most = people.max() ?? 0
            guard most >= threshold else { return }
            col.shared[id] = true
            col.householdShared[id] = most <= Self.householdPeople
            for k in Int(start[id])..<Int(start[id + 1]) {
                let n = byPlace.places.firstIndex(of: place(k))
                col.pastHouseholdHere[Int(slot[k])] = n.map { people[$0] > Self.householdPeople } ?? true
            }
        }
        for id in 0..<col.starts.count {
            if column == .email {
                let text = col.text(Int32(id))
                let local = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
                if EmailNormalizer.isRole(local: local) { col.shared[id] = true; continue }
            }
            guard threshold > 0 else { continue }
            if suffixes[id].count >= 2 {
                col.shared[id] = true
            } else if start[id + 1] - start[id] >= threshold {
                if column == .street { markStreetByPeople(id, [id]) } else { markByPeople(id, names(id)) }
            }
        }
        guard column == .street, threshold > 0 else { return }
        // A home is written with and without its unit ("4604 Bristol St", "4604 Bristol St Apt 34"): the address
        // without one is used by everyone at its units, so its people (and generational suffixes) are counted over
        // all of them — also when its own records already made it a household's. Counted per spelling, a father
        // at the bare address and his son at the unit were one person each, and the address joined them as one
        // person's (+10 bits).
        var units: [Int32: [Int32]] = [:]
        col.arena.withUnsafeBufferPointer { arena in
            for id in 0..<col.starts.count where start[id + 1] > start[id] {
                let bytes = UnsafeBufferPointer(rebasing: arena[Int(col.starts[id])..<Int(col.starts[id] + col.lengths[id])])
                guard let length = Folding.siteLength(bytes),
                      let bare = col.lookup[String(decoding: bytes.prefix(length), as: UTF8.self)],
                      start[Int(bare) + 1] > start[Int(bare)] else { continue }
                units[bare, default: []].append(Int32(id))
            }
        }
        for (bare, ids) in units {
            let b = Int(bare)
            // Shared past a household at every place already; at the others its units' people count too.
            if col.shared[b] && !col.householdShared[b]
                && (Int(start[b])..<Int(start[b + 1])).allSatisfy({ col.pastHouseholdHere[Int(slot[$0])] }) { continue }
            var generations = suffixes[b]
            for id in ids { for s in suffixes[Int(id)] where !generations.contains(s) { generations.append(s) } }
            if generations.count >= 2 {                                    // Sr. at the address, Jr. at a unit
                col.shared[b] = true
                col.householdShared[b] = false
                for k in Int(start[b])..<Int(start[b + 1]) { col.pastHouseholdHere[Int(slot[k])] = true }
                continue
            }
            markStreetByPeople(b, [b] + ids.map(Int.init))   // a building's many units: shared, and no longer a household's
        }
    }

    /// Record → where it is, for counting who uses a street: its postal code's first five characters (a ZIP and
    /// its ZIP+4 are one place) and its town, each as an ID + 1 in one half of the word, 0 when the record lacks it.
    func places() -> [UInt64] {
        let postal = columns[FeatureColumn.postalCode.index], city = columns[FeatureColumn.city.index]
        var byPrefix: [String: UInt64] = [:]
        var ofValue = [UInt64](repeating: 0, count: postal.starts.count)
        for v in 0..<postal.starts.count {
            // A ZIP that a spreadsheet read as a number lost its leading zero ("2110" is 02110).
            var text = postal.text(Int32(v))
            if (text.count == 4 || text.count == 8) && text.allSatisfy({ $0.isASCII && $0.isNumber }) { text = "0" + text }
            let prefix = String(text.prefix(5))
            if let id = byPrefix[prefix] { ofValue[v] = id } else {
                let id = UInt64(byPrefix.count + 1)
                byPrefix[prefix] = id
                ofValue[v] = id
            }
        }
        return (0..<count).map { r in
            let zip = postal.first(of: r).map { ofValue[Int($0)] } ?? 0
            let town = city.first(of: r).map { UInt64($0) + 1 } ?? 0
            return zip << 32 | town
        }
    }

    /// Past this many places (a street name and number written in that many towns and postal codes), a street's
    /// people are counted everywhere at once: comparing every place with every other would cost their square.
    static let maximumPlaces = 256

    /// How many times more records the name a misspelling stands for must have than the misspelling itself.
    static let misspellingRarity: Int32 = 3

    /// A shared value used by at most this many clearly different people is a household's (a home phone, a
    /// family's address, one inbox of a couple): two records that share it *and* agree on the name are that
    /// person's, and the value counts as it would for one person (``Scorer``). Past this, a main line or an
    /// office's address: namesakes at one employer share it.
    static let householdPeople = 3

    /// Marks the values of `col` that records naming no person (organizations: a partner list, a site
    /// directory) use at two or more sites — two house numbers: an agency's main line or inbox serves all its
    /// sites, so agreeing on it says "same agency", not "same site". Such records are few in a list of people.
    func markSharedAcrossSites(_ col: FeatureColumnData, given: FeatureColumnData) {
        let street = columns[FeatureColumn.street.index]
        var sites = [[Int]](repeating: [], count: col.starts.count)
        for r in 0..<count where given.first(of: r) == nil && !col.values(of: r).isEmpty {
            guard let s = street.first(of: r), let number = Self.houseNumber(street.text(s)) else { continue }
            for i in col.values(of: r) {
                let id = Int(col.ids[i])
                if sites[id].count < 2 && !sites[id].contains(number) { sites[id].append(number) }
            }
        }
        for id in sites.indices where sites[id].count >= 2 { col.shared[id] = true }
    }

    /// The house number a folded street starts with ("2610 n francisco ave" → 2610), nil when it starts with none.
    static func houseNumber(_ street: String) -> Int? {
        let digits = street.utf8.prefix { $0 >= 48 && $0 <= 57 }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    /// How many clearly different people a set of ``personKey(_:_:_:)`` values names: names that could be one
    /// person's are joined, transitively ("Jacob", "acob", "Jacbo" are one), and the groups counted.
    ///
    /// A name that says less — an initial for a given name, or no surname where surnames must agree — is
    /// compatible with many people, so it joins nobody together: it is one of the people it fits (counted before
    /// it), or a person of its own when it fits none. Joined transitively, one "Shannon" without a surname made Shannon Lee, Shannon
    /// Reed and Shannon Jones one person, and "shannon@" at their three employers one person's local part.
    func distinctPeople(_ names: [UInt64], surnamesMustAgree: Bool = false, memo: NameMemo? = nil) -> Int {
        let sorted = names.sorted()
        let given = columns[FeatureColumn.givenName.index]
        func partial(_ k: UInt64) -> Bool {
            let (g, f, _) = Self.personKeyParts(k)
            return (surnamesMustAgree && f < 0) || (g >= 0 && Self.isOneCharacter(given, g))
        }
        func fits(_ x: UInt64, _ y: UInt64) -> Bool {
            sameNameOrVariant(x, y, surnamesMustAgree: surnamesMustAgree, memo: memo)
        }
        let full = sorted.indices.filter { !partial(sorted[$0]) }
        var group = Array(sorted.indices)
        func root(_ i: Int) -> Int { var r = i; while group[r] != r { r = group[r] }; return r }
        for (n, i) in full.enumerated() {
            for j in full[(n + 1)...] where root(i) != root(j) && fits(sorted[i], sorted[j]) { group[root(j)] = root(i) }
        }
        // Each partial name fits a person already counted, or is one more — never a bridge between two.
        var counted = full.map { sorted[$0] }
        var extra = 0
        for i in sorted.indices where partial(sorted[i]) {
            if counted.contains(where: { fits(sorted[i], $0) }) { continue }
            counted.append(sorted[i])
            extra += 1
        }
        return Set(full.map(root)).count + extra
    }

    /// Whether value `v` of `col` is one character (an initial), in any script: its folded bytes are a single
    /// UTF-8 sequence.
    static func isOneCharacter(_ col: FeatureColumnData, _ v: Int32) -> Bool {
        let length = Int(col.lengths[Int(v)])
        guard length >= 1, length <= 4 else { return false }
        let lead = col.arena[Int(col.starts[Int(v)])]
        let sequence = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        return sequence == length
    }

    /// A record's (given, family, date of birth) value IDs packed in 21 bits each (all ones: missing), for the
    /// shared-identifier check. IDs past 2²¹ − 2 fold onto that value, which can only make two names look alike.
    static func personKey(_ g: Int32, _ f: Int32, _ d: Int32) -> UInt64 {
        func part(_ v: Int32) -> UInt64 { v < 0 ? 0x1F_FFFF : UInt64(min(Int(v), 0x1F_FFFE)) }
        return part(g) << 42 | part(f) << 21 | part(d)
    }

    static func personKeyParts(_ k: UInt64) -> (given: Int32, family: Int32, dateOfBirth: Int32) {
        func part(_ v: UInt64) -> Int32 { v == 0x1F_FFFF ? -1 : Int32(v) }
        return (part(k >> 42 & 0x1F_FFFF), part(k >> 21 & 0x1F_FFFF), part(k & 0x1F_FFFF))
    }

    /// Could two records (``personKey(_:_:_:)``) be one person? Their dates of birth agree; or their given names
    /// agree, are nicknames of each other (of a misspelt name too: "Liz", "Elizzabeth"), a typo or a scramble
    /// apart, one a slip of the other or of its nickname ("Tm", "Tom"; ``isSlipOfName(_:_:)``), or one is the
    /// other's initial — or a given
    /// name of one is the family name of the other (swapped fields). Family names need not agree (people change
    /// surnames); a household shares a surname and an address, not a date of birth.
    func sameNameOrVariant(_ x: UInt64, _ y: UInt64, surnamesMustAgree: Bool = false, memo: NameMemo? = nil) -> Bool {
        let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
        let (gx, fx, dx) = Self.personKeyParts(x), (gy, fy, dy) = Self.personKeyParts(y)
        if dx >= 0, dx == dy { return true }
        // Name comparisons repeat across the values of a column (one household, one firm): memoized by value IDs.
        func compatible(_ tag: UInt64, _ p: Int32, _ q: Int32, _ test: () -> Bool) -> Bool {
            guard let memo else { return test() }
            let key = tag << 62 | UInt64(UInt32(bitPattern: p)) << 31 | UInt64(UInt32(bitPattern: q))
            if let known = memo.results[key] { return known }
            let result = test()
            memo.results[key] = result
            return result
        }
        if surnamesMustAgree, fx >= 0, fy >= 0, fx != fy {
            let close = compatible(0, min(fx, fy), max(fx, fy)) {
                let a = family.text(fx), b = family.text(fy)
                return Similarity.jaroWinkler(a, b) >= 0.88 || Similarity.isTypoOrScramble(a, b)
            }
            if !close { return false }
        }
        if gx == gy { return true }
        if compatible(1, min(gx, gy), max(gx, gy), {
            let a = given.text(gx), b = given.text(gy)
            return Self.givenNamesCompatible(a, b) || given.isMisspeltNickname(gx, gy) || Self.isSlipOfName(a, b)
        }) { return true }
        // Swapped between the fields on one list ("Watson, Noah" read as given "Watson"): one name crosswise is
        // enough, since the other is often missing.
        if fy >= 0, compatible(2, gx, fy, { Self.givenNamesCompatible(given.text(gx), family.text(fy)) }) { return true }
        if fx >= 0, compatible(2, gy, fx, { Self.givenNamesCompatible(family.text(fx), given.text(gy)) }) { return true }
        return false
    }

    /// Given names that could be one person's: equal, nicknames, an initial, or a typo apart — Jaro-Winkler
    /// ≥ 0.8, at most two edits, or the same letters with at most one more ("Enht" / "Ethan"): lists are typed
    /// badly, and an email of one person must not look shared because one list scrambled their name.
    static func givenNamesCompatible(_ a: String, _ b: String) -> Bool {
        if a == b || Nicknames.areEquivalent(a, b) { return true }
        if (a.count == 1 || b.count == 1), a.first == b.first { return true }
        if Nicknames.isKnown(a) && Nicknames.isKnown(b) { return false }     // Mark and Mary: two names
        return Similarity.jaroWinkler(a, b) >= 0.8 || Similarity.isTypoOrScramble(a, b)
    }

    /// One given name typed with a slip of the other or of one of its nicknames — a letter left out, added or
    /// changed, or two neighbours swapped — when they are not both names of the nickname table: "Tm" / "Tom",
    /// "Any" / "Amy", "Rbo" / "Robert" (by Rob), "Tirsh" / "Patricia" (by Trish).
    ///
    /// Short names are where Jaro-Winkler and the typo test give up, a letter being a large share of three, and a
    /// nickname typed badly is far from the formal name. One list that typed "Tm" made Tom Jenkins's own email and
    /// desk phone look used by two people, so none of his records could lean on them. Two names of the table a
    /// letter apart stay two names (Mark and Mary), as in ``givenNamesCompatible(_:_:)``. Used for given names
    /// against given names only: a given name a letter from a surname is not a swap.
    ///
    /// ```swift
    /// FeatureTable.isSlipOfName("tm", "tom")        // true
    /// FeatureTable.isSlipOfName("tirsh", "patricia") // true: a slip of "trish"
    /// FeatureTable.isSlipOfName("mark", "mary")     // false: two names
    /// ```
    static func isSlipOfName(_ a: String, _ b: String) -> Bool {
        guard !(Nicknames.isKnown(a) && Nicknames.isKnown(b)) else { return false }
        func slip(_ x: String, _ y: String) -> Bool {
            let n = x.utf8.count, m = y.utf8.count
            return min(n, m) >= 2 && abs(n - m) <= 1 && Similarity.damerauLevenshtein(x, y, limit: 1) <= 1
        }
        if slip(a, b) { return true }
        // An unknown name's only variant is itself.
        if Nicknames.isKnown(b), Nicknames.variants(of: b).contains(where: { slip(a, $0) }) { return true }
        return Nicknames.isKnown(a) && Nicknames.variants(of: a).contains { slip($0, b) }
    }

    /// Counts records per full name (given and family value IDs), for the full-name term-frequency adjustment.
    mutating func countFullNames() {
        let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
        fullNameFrequency = [:]
        fullNameCount = 0
        for r in 0..<count {
            guard let g = given.first(of: r), let f = family.first(of: r) else { continue }
            fullNameFrequency[Self.fullNameKey(g, f), default: 0] += 1
            fullNameCount += 1
        }
        countOwnRecords()
    }

    /// For each full name on three or more records: how many of its records the person behind one of them has,
    /// on average, counting as one person's the records of that name joined by an email or phone of their own or
    /// of their household's (not one shared past a household: a main line, a role mailbox).
    ///
    /// The full name's frequency is meant to say how likely a *stranger* is to carry the name, and a convener's
    /// lists repeat the same people: a champion's name on ten records of 747 is one person's, not a common name.
    /// Counting those ten as ten carriers weighed "Tamika Brooks" = "Tamika Brooks" at −5.7 bits, and her Zoom
    /// record (no email) stayed apart from her other nine. Identifiers only ever join records here, so the
    /// estimate is low when a person's records carry different addresses (the name then counts as more common
    /// than it is: the old, cautious reading); namesakes with addresses of their own stay separate carriers —
    /// thirty Donna Browns are still thirty-odd strangers to each other. The average is weighted by record
    /// (Σ size² / records): the size of the group a record of the name belongs to.
    ///
    /// A record no identifier ties to another of its name (a sign-in row, a list without addresses) is either
    /// the known person's or a stranger's, and the input says how often each (a small input, the documented
    /// default line): see ``SinglesFit``. Names with one
    /// group and singles are listed in ``fullNameSingles`` for the scorer, which weighs them by that fit.
    mutating func countOwnRecords() {
        fullNameOwnRecords = [:]
        fullNameSingles = [:]
        let given = columns[FeatureColumn.givenName.index], family = columns[FeatureColumn.familyName.index]
        var recordsByName: [UInt64: [Int32]] = [:]
        for r in 0..<count {
            guard let g = given.first(of: r), let f = family.first(of: r) else { continue }
            let key = Self.fullNameKey(g, f)
            if let n = fullNameFrequency[key], n >= 2 { recordsByName[key, default: []].append(Int32(r)) }
        }
        let identifiers = [columns[FeatureColumn.email.index], columns[FeatureColumn.phone.index]]
        let suffix = columns[FeatureColumn.suffix.index]
        // The name's identifier groups, largest first, and how many records strangers would carry by chance.
        var names: [(key: UInt64, groups: [Int], singles: Int, expected: Double)] = []
        names.reserveCapacity(recordsByName.count)
        for (key, records) in recordsByName {
            // "John Smith Sr." and "John Smith Jr." on one home phone are two carriers: a name written with two
            // suffixes gets no estimate (its records count as strangers, as before).
            var suffixes = Set<Int32>()
            for r in records { if let x = suffix.first(of: Int(r)) { suffixes.insert(x) } }
            if suffixes.count > 1 { continue }
            // Union-find over the name's records; an identifier joins the records that carry it.
            var parent = Array(0..<records.count)
            func root(_ i: Int) -> Int {
                var i = i
                while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
                return i
            }
            for column in identifiers {
                var firstWith: [Int32: Int] = [:]
                for (i, r) in records.enumerated() {
                    for x in column.values(of: Int(r)) {
                        let v = column.ids[x]
                        // A household's value (a home phone, a ticket buyer's email on a colleague's ticket) still
                        // ties the records of one name: among so few people the name says who, as it does when
                        // the scorer weighs such a pair. A main line or a role mailbox does not.
                        guard !column.shared[Int(v)] || column.householdShared[Int(v)] else { continue }
                        if let j = firstWith[v] { parent[root(i)] = root(j) } else { firstWith[v] = i }
                    }
                }
            }
            var sizes: [Int: Int] = [:]
            for i in records.indices { sizes[root(i), default: 0] += 1 }
            // A single: a group of one whose email or phone no other record in the input carries. One tied to
            // records under another spelling ("Beian Morbbrook" on the same address) is a known person too.
            let singles = sizes.reduce(0) { n, group in
                n + (group.value == 1 && !identifiers.contains { column in
                    column.values(of: Int(records[group.key])).contains {
                        let v = Int(column.ids[$0])
                        return !column.shared[v] && column.frequency[v] >= 2
                    }
                } ? 1 : 0)
            }
            guard let g = given.first(of: Int(records[0])), let f = family.first(of: Int(records[0])) else { continue }
            let expected = Double(given.frequency[Int(g)]) * Double(family.frequency[Int(f)]) / Double(max(1, fullNameCount))
            names.append((key, sizes.values.sorted(by: >), singles, expected))
        }
        // In one order run after run: a dictionary's order changes from process to process, and the fit's sums
        // with it, by a last bit that could tip a pair at the threshold.
        names.sort { $0.key < $1.key }
        singlesFit = SinglesFit.reading(names.filter { $0.groups[0] >= 2 }.map { (expected: $0.expected, singles: $0.singles) })
        for (key, groups, singles, expected) in names {
            let records = groups.reduce(0, +)
            guard records >= 3 else { continue }
            let own = Double(groups.reduce(0) { $0 + $1 * $1 }) / Double(records)
            if own > 1 { fullNameOwnRecords[key] = own }
            // One person known by identifiers and the rest untied, or every record untied: with two known people
            // the singles could be either's, and the name's pairs keep the cautious reading.
            if singles > 0, groups.count - singles == (groups[0] >= 2 ? 1 : 0) { fullNameSingles[key] = expected }
        }
    }

    @inline(__always) static func fullNameKey(_ g: Int32, _ f: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: g)) << 32 | UInt64(UInt32(bitPattern: f))
    }
}

/// One record's raw values per column (before folding).
struct RecordFields: Sendable {
    var values = [[String]](repeating: [], count: FeatureColumn.allCases.count)
    subscript(_ c: FeatureColumn) -> [String] {
        get { values[c.index] }
        set { values[c.index] = newValue }
    }

    init() {}

    init(_ r: ContactRecord) {
        var given = r.name.given, family = r.name.family
        if (given ?? "").isEmpty && (family ?? "").isEmpty && !r.name.raw.isEmpty {
            let parsed = NameParser.parse(r.name.raw)
            (given, family) = (parsed.given, parsed.family)
        }
        self[.givenName] = given.map { [$0] } ?? []
        self[.familyName] = family.map { [$0] } ?? []
        self[.email] = r.emails
        self[.phone] = r.phones
        self[.organization] = r.organization.map { [$0] } ?? []
        self[.title] = r.title.map { [$0] } ?? []
        self[.street] = r.street.map { [$0] } ?? []
        self[.city] = r.city.map { [$0] } ?? []
        self[.postalCode] = r.postalCode.map { [$0] } ?? []
        self[.website] = r.website.map { [$0] } ?? []
        self[.dateOfBirth] = r.dateOfBirth.map { [$0] } ?? []
        self[.suffix] = r.name.suffix.map { [$0] } ?? []
    }

    init(_ r: OrganizationRecord) {
        self[.organization] = [r.name]
        self[.street] = r.street.map { [$0] } ?? []
        self[.city] = r.city.map { [$0] } ?? []
        self[.postalCode] = r.postalCode.map { [$0] } ?? []
        self[.phone] = r.phone.map { [$0] } ?? []
        self[.website] = r.website.map { [$0] } ?? []
        self[.email] = r.email.map { [$0] } ?? []
    }
}

/// How the input's full names carry records no identifier ties to another of their name ("singles"), and so
/// how likely such a record is to be the name's known person's rather than a stranger's.
///
/// Among names with a group of two or more records joined by an email or phone, the number of singles grows
/// with how many records strangers would carry by chance (`expected`: the given name's count times the
/// surname's, over the records): singles ≈ own + slope × expected. The intercept is the rate at which a known
/// person's own records come without a tie (a sign-in row, a list without addresses), the slope the rate at
/// which strangers' do; both are fitted by least squares on the input, over names with fewer than
/// ``fitRange`` records expected by chance (where the question arises; John Smith is settled either way).
/// A single is then the person's with odds own / (slope × expected). Measured against the truth of three
/// generators (synthetic contacts, faker contacts, employees with households; own 0.20–0.33, slope 0.59–0.64),
/// that fit lands within about 0.03 of the share of singles that are the largest group's person, from 1/256 to
/// 4 expected records: about 0.45 at one half, 0.29 at one, 0.09 at four.
/// The same odds hold, in those generators, for two records of a name when no record of it is tied to anything
/// (0.49 of such pairs are one person at one half record expected, 0.31 at one, 0.79 at one eighth), so
/// they apply there too. Without enough names to fit (fewer than ``minimumNames`` below ``fitRange``), the input
/// uses ``defaultFit``, the cautious end of those generators' fits — a convener's year of lists has too few
/// names for a line, and its Zoom and sign-in rows are exactly the records the fit reads. An input with hardly
/// any emails or phones (fewer than ``minimumNamesForDefault`` such names), or with enough names and a fit that
/// says nothing (an intercept or slope ≤ 0), has none, and every single counts as a stranger's.
struct SinglesFit: Sendable, Equatable {
    /// Singles of a known person per name (the intercept), and of strangers per expected record (the slope).
    let own: Double
    let slope: Double
    /// Names the fit was read from; 0 for a line not read from an input (``defaultFit``).
    let names: Int
    static let fitRange = 4.0
    static let minimumNames = 200

    init?(_ names: some Sequence<(expected: Double, singles: Int)>) {
        var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for (x, s) in names where x < Self.fitRange {
            let y = Double(s)
            n += 1; sx += x; sy += y; sxx += x * x; sxy += x * y
        }
        let d = n * sxx - sx * sx
        guard n >= Double(Self.minimumNames), d > 0 else { return nil }
        let slope = (n * sxy - sx * sy) / d, own = (sy - slope * sx) / n
        guard own > 0, slope > 0 else { return nil }
        self.own = own
        self.slope = slope
        self.names = Int(n)
    }

    /// The line used when fewer than ``minimumNames`` names can be fitted: the cautious end of the fits measured
    /// on three independent generators (the employees roster at seeds 11–13, own 0.21–0.23 and slope 0.37–0.68;
    /// the synthetic contacts at 100k and 1M, 0.25–0.26 and 0.55–0.61; the faker contacts, 0.34–0.35 and
    /// 0.55), rounded outward — the fewest own records and the most strangers per expected record: 0.2 and 0.7.
    /// A name-only pair of a name strangers would carry a tenth of a record of then weighs odds of about 3, of
    /// one they would carry one record of, 0.29.
    static let defaultFit = SinglesFit(own: 0.2, slope: 0.7)
    /// Names with a group of tied records an input needs before the default applies: below this the input has
    /// hardly any emails or phones (FEBRL has none), nothing tells a known person from an untied record, and
    /// every record of a name keeps counting as a stranger's.
    static let minimumNamesForDefault = 20

    /// The line an input's names give: fitted on them, or — with too few to fit on but at least
    /// ``minimumNamesForDefault`` — ``defaultFit`` (a convener's year of lists has too few names for a line, and
    /// its Zoom and sign-in rows are where untied records come from); nil with fewer, or with enough names whose
    /// line shows no trend (the input's own data says so).
    ///
    /// ```swift
    /// SinglesFit.reading([])   // nil: no names with tied records
    /// ```
    static func reading(_ names: [(expected: Double, singles: Int)]) -> SinglesFit? {
        if let fit = SinglesFit(names) { return fit }
        let fittable = names.lazy.filter { $0.expected < fitRange }.count
        return (minimumNamesForDefault..<minimumNames).contains(fittable) ? defaultFit : nil
    }

    init(own: Double, slope: Double) {
        self.own = own
        self.slope = slope
        self.names = 0
    }

    /// In words, for the run's output and the workbook's Parameters sheet.
    var summary: String {
        let line = String(format: "a known person's %.3g per name, strangers' %.3g per record expected by chance", own, slope)
        return names > 0 ? line + " (fitted on \(names) names)"
            : "default: " + line + " (fewer than \(Self.minimumNames) names with records tied by an email or phone to fit on, or no trend)"
    }

    /// ``summary``, or why there is none.
    static func summary(_ fit: SinglesFit?) -> String {
        fit?.summary ?? "none (fewer than \(minimumNamesForDefault) names with records tied by an email or phone): every "
            + "untied record of a name counts as a stranger's"
    }

    /// The probability that a single of a name strangers would carry `expected` records of is the known person's.
    ///
    /// ```swift
    /// SinglesFit(own: 0.25, slope: 0.6).ownShare(expected: 0.01)  // ≈ 0.98: a rare name's record is theirs
    /// SinglesFit(own: 0.25, slope: 0.6).ownShare(expected: 4)     // ≈ 0.09: a common one's a stranger's
    /// ```
    func ownShare(expected: Double) -> Double {
        own / (own + slope * max(0, expected))
    }

    /// The odds against: a stranger's over the known person's, slope × expected / own.
    func strangerOdds(expected: Double) -> Double {
        slope * max(0, expected) / own
    }
}

/// Memoized name comparisons for one pass of ``FeatureTable/markShared(_:people:)``.
final class NameMemo {
    var results: [UInt64: Bool] = [:]
}
