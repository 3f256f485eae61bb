/// Blocking: which pairs are worth comparing at all.
///
/// Each ``BlockingKey`` gives every record zero or more 64-bit keys; records sharing a key form a block. Blocks up
/// to `maxBlockSize` are compared all-pairs; a larger block (a shared info@, "Smith J") is compared only within a
/// sliding window over its members in name order, so one huge block costs O(n·w), not O(n²). A sorted-neighbourhood
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
        @Sendable func key(_ r: Int, _ cols: [FeatureColumn]) -> String {
            cols.map { c in t[c].first(of: r).map { t[c].text($0) } ?? "" }.joined(separator: "\u{1}")
        }
        let specs: [[FeatureColumn]] = entity == .person
            ? [[.familyName, .givenName], [.givenName, .familyName], [.email]]
            : [[.organization], [.street]]
        // The orders are independent: sorted side by side.
        return Parallel.map(specs, minimumChunk: 1) { cols in
            let keys = (0..<t.count).map { key($0, cols) }
            return (0..<t.count).filter { keys[$0].contains { $0 != "\u{1}" } }.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                .map(Int32.init)
        }
    }

    /// The block keys of one record for one blocking key (deterministic: no per-process hash seeds).
    func keys(_ key: BlockingKey, record r: Int) -> [UInt64] {
        let tag = UInt64(BlockingKey.allCases.firstIndex(of: key)! + 1)
        func firstLetter(_ c: FeatureColumn) -> UInt64? {
            guard let id = table[c].first(of: r) else { return nil }
            return UInt64(table[c].arena[Int(table[c].starts[Int(id)])])
        }
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
            // Both ways round, so "Kydan McCarthy" meets "McCarthy Kydan" typed into the wrong columns.
            var keys: [UInt64] = []
            if let f = table[.familyName].first(of: r), let g = firstLetter(.givenName) {
                keys.append(mix(tag, soundexCode(.familyName, f), g))
            }
            if let g = table[.givenName].first(of: r), let f = firstLetter(.familyName) {
                let swapped = mix(tag, soundexCode(.givenName, g), f)
                if !keys.contains(swapped) { keys.append(swapped) }
            }
            return keys
        case .organizationSurname:
            guard let o = table[.organization].first(of: r), let f = table[.familyName].first(of: r) else { return [] }
            return [mix(tag, UInt64(o), soundexCode(.familyName, f))]
        case .dateOfBirthInitial:
            guard let d = table[.dateOfBirth].first(of: r) else { return [] }
            // Date of birth with an initial, or with the postal code when the names are mangled or missing.
            var keys = [firstLetter(.givenName), firstLetter(.familyName)].compactMap { $0 }.map { mix(tag, UInt64(d), $0) }
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
        var perKey = Parallel.map(keys, minimumChunk: 1) { key in self.pairs(of: key, rank: rank, window: window) }
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
        var pairs: [UInt64] = []
        var entries: [(UInt64, Int32)] = []
        entries.reserveCapacity(table.count)
        for r in 0..<table.count { for k in keys(key, record: r) { entries.append((k, Int32(r))) } }
        entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].0 == entries[start].0 { end += 1 }
            let n = end - start
            if n <= settings.maxBlockSize {
                for i in start..<end { for j in (i + 1)..<end { append(entries[i].1, entries[j].1, &pairs) } }
            } else {
                var members = entries[start..<end].map(\.1)
                if !rank.isEmpty { members.sort { rank[Int($0)] != rank[Int($1)] ? rank[Int($0)] < rank[Int($1)] : $0 < $1 } }
                for i in 0..<members.count {
                    for j in (i + 1)..<min(members.count, i + 1 + window) { append(members[i], members[j], &pairs) }
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
