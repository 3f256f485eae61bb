import Foundation

extension Training {
    /// What an agreement adds once a field covering it agrees (``ComparisonLevel/ifCoverAgrees``): a city beside
    /// the same street, a postal code beside the same street, a city beside the same postal code.
    ///
    /// Whether it adds anything depends on who shares an address, and only the data knows. So, for each covering
    /// field, one session over the record pairs that share its value — all of them, or `sampleSize` drawn at
    /// random — fits a two-class mixture: the comparisons that field covers are free (their level shares among
    /// one person's pairs, m, and among strangers', u), everything else weighs what it is scored with. In a
    /// roster of households and office sites, the strangers who share a street are neighbours in one home or
    /// one building and share the city too: u ≈ m, weight ≈ 0. In a typed list, strangers who share a street
    /// are coincidences in other towns: u ≪ m, and the city keeps most of its weight.
    ///
    /// Each session starts from "adds nothing" (the covered agreement weighs 0, as before training), so the fit
    /// moves away from it only as far as the pairs that share the value show. u is pulled towards m by one pseudo
    /// pair, so a field that strangers seldom share (fewer than a few dozen such pairs) says little. At most
    /// ``ComparisonLevel/effectiveWeight(limit:)``: never more than the agreement counted as independent.
    static func estimateCoverAgreement(_ comparer: Comparer, table: FeatureTable, levels: inout [[ComparisonLevel]],
                                       limit: Double, seed: UInt64, sampleSize: Int, iterations: Int) {
        let comparisons = comparer.comparisons
        let covering = comparisons.coveringIndices
        for j in Set(covering.joined()).sorted() {
            let started = Date()
            let free = comparisons.indices.filter { covering[$0].contains(j) }
            let column = comparisons[j].column
            let pairs = sharedValuePairs(table[column], count: table.count, limit: sampleSize,
                                         seed: splitmix(seed ^ UInt64(j + 1) &* 0x9E37_79B9_7F4A_7C15))
            guard pairs.count >= 50 else { continue }
            let drawn = Date().timeIntervalSince(started)
            let patterns = Parallel.map(pairs) { comparer.pattern(Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
            let compared = Date().timeIntervalSince(started)
            var counts: [UInt64: Double] = [:]
            for p in patterns { counts[p, default: 0] += 1 }
            var current = comparisons
            for i in current.indices { current[i].levels = levels[i] }
            let weights = LevelWeights(current, limit: limit)
            // Per distinct pattern: its count, its free comparisons' levels, and what the rest weighs.
            let decoded: [(count: Double, free: [Int], fixed: Double)] = counts.keys.sorted().map { p in
                let fixed = comparisons.indices.reduce(0.0) { w, k in
                    free.contains(k) ? w : w + weights.levelWeight(k, pattern: p)
                }
                return (counts[p]!, free.map { Int((p >> UInt64(4 * $0)) & 0xF) }, fixed)
            }
            // Per free comparison and level: m and u among these pairs, starting where they weigh nothing.
            var m: [[Double]] = free.map { i in
                let present = levels[i].dropFirst().reduce(0) { $0 + $1.m }
                return levels[i].map { $0.isNull ? 0 : $0.m / max(present, 1e-12) }
            }
            var u = m
            let agrees: [[Bool]] = free.map { i in weights.weights[i].map { $0 > 0 } }
            func freeWeight(_ f: Int, _ l: Int) -> Double {
                guard l != 0 else { return 0 }
                let plain = weights.weights[free[f]][l]
                return agrees[f][l] ? max(0, min(plain, MatchWeight.log2Ratio(m[f][l], u[f][l]))) : plain
            }
            var lambda = 0.5
            for _ in 0..<iterations {
                var matchMass = 0.0, total = 0.0
                var sumsM = m.map { $0.map { _ in 0.0 } }, sumsU = sumsM
                for (count, lv, fixed) in decoded {
                    var w = MatchWeight.log2Ratio(lambda, 1 - lambda) + fixed
                    for f in free.indices { w += freeWeight(f, lv[f]) }
                    let p = MatchWeight.probability(w)
                    matchMass += p * count; total += count
                    for f in free.indices where lv[f] != 0 {
                        sumsM[f][lv[f]] += p * count
                        sumsU[f][lv[f]] += (1 - p) * count
                    }
                }
                lambda = min(max(matchMass / total, 1e-6), 1 - 1e-6)
                for f in free.indices {
                    let tm = sumsM[f].reduce(0, +), tu = sumsU[f].reduce(0, +)
                    for l in 1..<m[f].count {
                        m[f][l] = (sumsM[f][l] + m[f][l]) / (tm + 1)
                        u[f][l] = (sumsU[f][l] + m[f][l]) / (tu + 1)
                    }
                }
            }
            for (f, i) in free.enumerated() {
                let seen = decoded.reduce(0.0) { $0 + ($1.free[f] != 0 ? $1.count : 0) }
                guard seen >= 50 else { continue }
                for l in levels[i].indices where agrees[f][l] {
                    var given = (levels[i][l].ifCoverAgrees ?? []).filter { $0.column != column }
                    given.append(CoverAgreement(column: column, m: m[f][l], u: u[f][l]))
                    levels[i][l].ifCoverAgrees = given
                }
                if MatchTrace.isOn {
                    let shown = levels[i].indices.filter { agrees[f][$0] }.map { l in
                        "\(levels[i][l].label) m \(String(format: "%.3g", m[f][l])) u \(String(format: "%.3g", u[f][l])) → \(PairExplanation.signed(freeWeight(f, l)))"
                    }
                    FileHandle.standardError.write(Data("match trace: \(comparisons[i].name) given the same \(comparisons[j].name): \(pairs.count) pairs (drawn \(String(format: "%.2f", drawn)) s, compared \(String(format: "%.2f", compared)) s, fitted \(String(format: "%.2f", Date().timeIntervalSince(started))) s), one person's share \(String(format: "%.3f", lambda)); \(shown.joined(separator: ", "))\n".utf8))
                }
            }
        }
    }

    /// Record pairs (lower index in the high 32 bits) that share `column`'s first value: every such pair when
    /// there are at most `limit`, else `limit` drawn uniformly among them (deterministic for a seed).
    static func sharedValuePairs(_ column: FeatureColumnData, count n: Int, limit: Int, seed: UInt64) -> [UInt64] {
        // Records grouped by value, by counting (value IDs are dense).
        let values = (0..<n).map { column.first(of: $0) ?? -1 }
        var starts = [Int](repeating: 0, count: column.starts.count + 1)
        for v in values where v >= 0 { starts[Int(v) + 1] += 1 }
        for k in 1..<starts.count { starts[k] += starts[k - 1] }
        var fill = starts, members = [Int32](repeating: 0, count: starts.last!)
        for (r, v) in values.enumerated() where v >= 0 { members[fill[Int(v)]] = Int32(r); fill[Int(v)] += 1 }
        var groups: [(start: Int, size: Int)] = [], cumulative: [Double] = [], total = 0.0
        for v in 0..<(starts.count - 1) where starts[v + 1] - starts[v] >= 2 {
            let size = starts[v + 1] - starts[v]
            groups.append((starts[v], size))
            total += Double(size) * Double(size - 1) / 2
            cumulative.append(total)
        }
        func pair(_ x: Int32, _ y: Int32) -> UInt64 { UInt64(min(x, y)) << 32 | UInt64(max(x, y)) }
        var out: [UInt64] = []
        if total <= Double(limit) {
            for g in groups {
                for x in g.start..<(g.start + g.size) {
                    for y in (x + 1)..<(g.start + g.size) { out.append(pair(members[x], members[y])) }
                }
            }
            return out
        }
        var state = seed
        out.reserveCapacity(limit)
        while out.count < limit {
            state = splitmix(state)
            let target = Double(state >> 11) / Double(1 << 53) * total
            var lo = 0, hi = cumulative.count - 1
            while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] <= target { lo = mid + 1 } else { hi = mid } }
            let g = groups[lo]
            state = splitmix(state)
            let x = Int(state % UInt64(g.size))
            state = splitmix(state)
            let y = Int(state % UInt64(g.size - 1))
            out.append(pair(members[g.start + x], members[g.start + (y >= x ? y + 1 : y)]))
        }
        return out
    }
}
