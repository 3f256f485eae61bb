/// Blocking: which pairs are worth comparing at all.
///
/// Each ``BlockingKey`` gives every record zero or more 64-bit keys; records sharing a key form a block. Blocks up
/// to `maxBlockSize` are compared all-pairs; a larger block (a shared info@, "Smith J") is compared only within a
/// sliding window over its members in name order (a swapped name where it reads as a name: ``namePairs(window:)``),
/// so one huge block costs O(n·w), not O(n²). A sorted-neighbourhood
/// pass over the whole table adds neighbours in name order. Cost grows about linearly with the number of records.
struct Blocker {
    let table: FeatureTable
    let settings: MatchSettings
    /// Record → rank in the sorted-neighbourhood order(s).
    let orders: [[Int32]]

    init(table: FeatureTable, settings: MatchSettings, orders: [[Int32]]? = nil) {
        self.table = table
        self.settings = settings
        self.orders = orders ?? Blocker.sortOrders(table, entity: settings.entity)
    }

    /// Records in name order (family+given for people; name key and street for organizations).
    static func sortOrders(_ t: FeatureTable, entity: MatchEntity) -> [[Int32]] {
        let specs: [[FeatureColumn]] = entity == .person
            ? [[.familyName, .givenName], [.givenName, .familyName], [.email]]
            : [[.organization], [.street]]
        // The orders are independent: sorted side by side.
        return Parallel.map(specs, minimumChunk: 1) { cols in
            let keys = (0..<t.count).map { sortKey(t, $0, cols) }
            return (0..<t.count).filter { keys[$0].contains { $0 != "\u{1}" } }.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                .map(Int32.init)
        }
    }

    /// What a record sorts by in an order: the columns' first values, joined.
    static func sortKey(_ t: FeatureTable, _ r: Int, _ cols: [FeatureColumn]) -> String {
        cols.map { c in t[c].first(of: r).map { t[c].text($0) } ?? "" }.joined(separator: "\u{1}")
    }

    /// Every record's place in one order of names read both ways round: the name order (family, given) and the
    /// swapped order (given, family) merged, so that "Nalkins, Melissa" typed into each other's columns sits
    /// beside "Melissa Nalkins". The name order's relative ranks are kept; `Int32.max` for a record without the name.
    static func mergedNameRanks(_ t: FeatureTable, names: [Int32], swapped: [Int32]) -> (names: [Int32], swapped: [Int32]) {
        var byName = [Int32](repeating: Int32.max, count: t.count), bySwap = byName
        func name(_ k: Int) -> String? { k < names.count ? sortKey(t, Int(names[k]), [.familyName, .givenName]) : nil }
        func swap(_ k: Int) -> String? { k < swapped.count ? sortKey(t, Int(swapped[k]), [.givenName, .familyName]) : nil }
        var i = 0, j = 0, position: Int32 = 0
        var a = name(0), b = swap(0)
        while a != nil || b != nil {
            if let x = a, b.map({ x <= $0 }) ?? true {
                byName[Int(names[i])] = position
                i += 1
                a = name(i)
            } else {
                bySwap[Int(swapped[j])] = position
                j += 1
                b = swap(j)
            }
            position += 1
        }
        return (byName, bySwap)
    }

    /// The block keys of one record for one blocking key (deterministic: no per-process hash seeds).
    func keys(_ key: BlockingKey, record r: Int) -> [UInt64] {
        let tag = Self.tag(key)
        switch key {
        case .email:
            let col = table[.email]
            return col.values(of: r).compactMap { col.shared[Int(col.ids[$0])] ? nil : mix(tag, UInt64(col.ids[$0])) }
        case .emailLocalPart:
            let col = table[.email]
            return col.values(of: r).compactMap { i in
                let id = Int(col.ids[i])
                // A short address (under 8 characters in all) is too short to be a useful block. Not the local
                // part alone: skipping local parts under 8 ("jsmith") was measured: faker 100k 0.9391 → 0.9389,
                // every other bench set unchanged.
                return col.shared[id] || col.isAuxShared(Int32(id)) || col.lengths[id] < 8
                    ? nil : mix(tag, UInt64(bitPattern: Int64(col.aux[id])))
            }
        case .phone:
            // By line, so desks on one main number (extensions) meet; a busy main line is windowed like any big block.
            let col = table[.phone]
            return col.values(of: r).map { mix(tag, UInt64(bitPattern: Int64(col.aux[Int(col.ids[$0])]))) }
        case .website:
            return table[.website].first(of: r).map { [mix(tag, UInt64($0))] } ?? []
        case .phoneticSurnameFirstInitial:
            let (name, swapped) = nameKeys(record: r)
            return [name, swapped == name ? nil : swapped].compactMap { $0 }
        case .organizationSurname:
            guard let o = table[.organization].first(of: r), let f = table[.familyName].first(of: r) else { return [] }
            return [mix(tag, UInt64(o), soundexCode(.familyName, f))]
        case .dateOfBirthInitial:
            guard let d = table[.dateOfBirth].first(of: r) else { return [] }
            // Date of birth with an initial, or with the postal code when the names are mangled or missing.
            var keys = [firstLetter(.givenName, record: r), firstLetter(.familyName, record: r)].compactMap { $0 }.map { mix(tag, UInt64(d), $0) }
            if let p = table[.postalCode].first(of: r) { keys.append(mix(tag, UInt64(d), 0x1_0000 | UInt64(p))) }
            return keys
        case .nameKey:
            return table[.organization].first(of: r).map { [mix(tag, UInt64($0))] } ?? []
        case .nameToken:
            // The first two words of the name key: "bethel new life lake" blocks with "bethel new life".
            guard let o = table[.organization].first(of: r) else { return [] }
            let words = table[.organization].text(o).split(separator: " ").prefix(2)
            return [mix(tag, fnv(words.joined(separator: " ")))]
        case .streetNumberPostal:
            guard let s = table[.street].first(of: r),
                  let (number, street) = Folding.houseNumberAndStreet(table[.street].text(s)) else { return [] }
            // House number + first letters of the street name (robust to a missing postal code), and house
            // number + postal code (robust to a street name typed badly or left out).
            var keys = [mix(tag, fnv(String(number) + " " + street))]
            if let p = table[.postalCode].first(of: r) { keys.append(mix(tag, fnv(String(number) + "|"), UInt64(p))) }
            return keys
        }
    }

    func soundexCode(_ c: FeatureColumn, _ id: Int32) -> UInt64 { fnv(Similarity.soundex(table[c].text(id))) }

    /// What a key's block keys are mixed with, so two keys' blocks never share a key.
    static func tag(_ key: BlockingKey) -> UInt64 { UInt64(BlockingKey.allCases.firstIndex(of: key)! + 1) }

    /// The first byte of record `r`'s first value in column `c` (its initial), if it has one.
    func firstLetter(_ c: FeatureColumn, record r: Int) -> UInt64? {
        guard let id = table[c].first(of: r) else { return nil }
        return UInt64(table[c].arena[Int(table[c].starts[Int(id)])])
    }

    /// The ``BlockingKey/phoneticSurnameFirstInitial`` keys of record `r`: the surname's Soundex with the given
    /// name's initial, and the same both ways round, so "Kydan McCarthy" meets "McCarthy Kydan" typed into the
    /// wrong columns.
    func nameKeys(record r: Int) -> (name: UInt64?, swapped: UInt64?) {
        let tag = Self.tag(.phoneticSurnameFirstInitial)
        let name = table[.familyName].first(of: r).flatMap { f in
            firstLetter(.givenName, record: r).map { mix(tag, soundexCode(.familyName, f), $0) }
        }
        let swapped = table[.givenName].first(of: r).flatMap { g in
            firstLetter(.familyName, record: r).map { mix(tag, soundexCode(.givenName, g), $0) }
        }
        return (name, swapped)
    }

    /// Candidate pairs, deduplicated, as `(low << 32) | high` record indices in ascending order; and the number of
    /// pairs each key (and the sorted-neighbourhood pass) proposed before deduplication.
    func candidatePairs(trainingSample: Int = 0) -> (pairs: [UInt64], proposedByKey: [String: Int],
                                                    sessions: [(BlockingKey, [UInt64])]) {
        var pairs: [UInt64] = []
        var sessions: [(BlockingKey, [UInt64])] = []
        var proposed: [String: Int] = [:]
        let window = max(1, settings.sortedNeighbourhoodWindow)
        let rank = orders.first.map { order -> [Int32] in
            var rank = [Int32](repeating: Int32.max, count: table.count)
            for (i, r) in order.enumerated() { rank[Int(r)] = Int32(i) }
            return rank
        } ?? []
        // Each key's blocks are independent: built side by side, then taken in key order (the same pairs and
        // training sessions as one key after another).
        let keys = settings.blockingKeys
        var perKey = Parallel.map(keys, minimumChunk: 1) { key in
            key == .phoneticSurnameFirstInitial && settings.entity == .person && orders.count > 1
                ? self.namePairs(window: window)
                : self.pairs(of: key, rank: rank, window: window)
        }
        for (k, key) in keys.enumerated() {
            let before = pairs.count
            let proposedByKey = perKey[k].count
            pairs += perKey[k]
            perKey[k] = []                                    // freed as it is taken: one copy of the pairs at a time
            proposed[key.rawValue] = proposedByKey
            if trainingSample > 0 {
                // An evenly spread, deterministic sample of this key's pairs for its EM session.
                let stride = max(1, proposedByKey / trainingSample)
                sessions.append((key, Swift.stride(from: before, to: pairs.count, by: stride).map { pairs[$0] }))
            }
        }
        if settings.sortedNeighbourhoodWindow > 0 {
            let before = pairs.count
            for order in orders {
                for i in 0..<order.count {
                    for j in (i + 1)..<min(order.count, i + 1 + window) { append(order[i], order[j], &pairs) }
                }
            }
            proposed["sorted-neighbourhood"] = pairs.count - before
        }
        pairs.sort()
        // Deduplicate in place (a second array would double the peak at a million records).
        var kept = 0
        for i in pairs.indices where kept == 0 || pairs[kept - 1] != pairs[i] {
            pairs[kept] = pairs[i]
            kept += 1
        }
        pairs.removeLast(pairs.count - kept)
        return (pairs, proposed, sessions)
    }

    /// The pairs one blocking key proposes: every pair within a block of at most ``MatchSettings/maxBlockSize``
    /// records, and a window over a larger block's members in name order.
    func pairs(of key: BlockingKey, rank: [Int32], window: Int) -> [UInt64] {
        var entries: [(UInt64, Int32)] = []
        entries.reserveCapacity(table.count)
        for r in 0..<table.count { for k in keys(key, record: r) { entries.append((k, Int32(r))) } }
        return blockPairs(&entries, window: window, ranks: rank)
    }

    /// ``pairs(of:rank:window:)`` for ``BlockingKey/phoneticSurnameFirstInitial``: a larger block's members are
    /// windowed in the merged name order (``mergedNameRanks(_:names:swapped:)``), each by the way round its key
    /// was read, so that a swapped name's window holds the names it reads as. In the name order alone,
    /// "Nalkins, Melissa" in the block of Melissa's Soundex sat among the N surnames at the block's end, never
    /// in the window of "Melissa Nalkins" (same phone, extension, organization and title).
    func namePairs(window: Int) -> [UInt64] {
        let ranks = Blocker.mergedNameRanks(table, names: orders[0], swapped: orders[1])
        // A swapped entry holds the record's complement (~r), so a block knows which way round it was read.
        var entries: [(UInt64, Int32)] = []
        entries.reserveCapacity(table.count)
        for r in 0..<table.count {
            let (name, swapped) = nameKeys(record: r)
            if let name { entries.append((name, Int32(r))) }
            if let swapped, swapped != name { entries.append((swapped, ~Int32(r))) }
        }
        return blockPairs(&entries, window: window, ranks: ranks.names, swappedRanks: ranks.swapped)
    }

    /// The pairs of `entries` (block key, record — or its complement `~record` for a swapped name): every pair
    /// within a block of at most ``MatchSettings/maxBlockSize`` records, and a window over a larger block's
    /// members ordered by `ranks` (`swappedRanks` for a complement; in entry order when `ranks` is empty).
    func blockPairs(_ entries: inout [(UInt64, Int32)], window: Int, ranks: [Int32], swappedRanks: [Int32] = []) -> [UInt64] {
        var pairs: [UInt64] = []
        @inline(__always) func record(_ e: Int32) -> Int32 { e < 0 ? ~e : e }
        @inline(__always) func position(_ e: Int32) -> Int32 { e < 0 ? swappedRanks[Int(~e)] : ranks[Int(e)] }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : record($0.1) < record($1.1) }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].0 == entries[start].0 { end += 1 }
            if end - start <= settings.maxBlockSize {
                for i in start..<end { for j in (i + 1)..<end { append(record(entries[i].1), record(entries[j].1), &pairs) } }
            } else {
                var members = entries[start..<end].map(\.1)
                if !ranks.isEmpty { members.sort { position($0) != position($1) ? position($0) < position($1) : record($0) < record($1) } }
                for i in 0..<members.count {
                    for j in (i + 1)..<min(members.count, i + 1 + window) { append(record(members[i]), record(members[j]), &pairs) }
                }
            }
            start = end
        }
        return pairs
    }

    @inline(__always) func append(_ a: Int32, _ b: Int32, _ pairs: inout [UInt64]) {
        if a == b { return }
        let lo = UInt64(min(a, b)), hi = UInt64(max(a, b))
        pairs.append(lo << 32 | hi)
    }
}

/// Deterministic 64-bit mixing (SplitMix64 finalizer) and FNV-1a: block keys must not depend on Swift's
/// per-process random hash seed, or runs would not be reproducible.
@inline(__always) func mix(_ parts: UInt64...) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    for p in parts { h = splitmix(h ^ p) }
    return h
}

@inline(__always) func splitmix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}
