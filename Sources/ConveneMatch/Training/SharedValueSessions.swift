import Foundation

extension Training {
    /// What an agreement adds once a field covering it agrees (``ComparisonLevel/ifCoverAgrees``): a city beside
    /// the same street, a postal code beside the same street, a city beside the same postal code, a title beside
    /// the same organization (where colleagues share titles, little).
    ///
    /// Whether it adds anything depends on who shares an address, and only the data knows. So, for each covering
    /// field, one session over the record pairs whose first values of it are the same — all of them, or
    /// `sampleSize` drawn evenly — fits a two-class mixture: the comparisons that field covers are free (their
    /// level shares among one person's pairs, m, and among strangers', u), and every pair weighs what scoring
    /// would give it (``LevelWeights/levelWeight(_:pattern:)``: the least estimate over the covering fields that
    /// agree, a disagreement's conditional weight), before term-frequency corrections. In a roster of households
    /// and office sites, the strangers who share a street are neighbours in one home or one building and share
    /// the city too: u ≈ m, weight ≈ 0. In a typed list, strangers who share a street are coincidences in other
    /// towns: u ≪ m, and the city keeps most of its weight.
    ///
    /// Every estimate a previous training left is cleared first, so a session that cannot run (fewer than 50
    /// pairs share the field) leaves its agreements at 0. Each session starts from "adds nothing", so the fit moves
    /// away from it only as far as the pairs that share the value show; u is pulled towards m by one pseudo pair,
    /// so a field that strangers seldom share (fewer than a few dozen such pairs) says little. Sessions run
    /// covering fields first (the street before the postal code it covers), twice over, so that each fits with
    /// the others' estimates. At most ``ComparisonLevel/effectiveWeight(limit:)``: never more than the agreement
    /// counted as independent.
    static func estimateCoverAgreement(_ comparer: Comparer, table: FeatureTable, levels: inout [[ComparisonLevel]],
                                       limit: Double, seed: UInt64, sampleSize: Int, iterations: Int) {
        var comparisons = comparer.comparisons
        let covering = comparisons.coveringIndices
        for i in levels.indices where !covering[i].isEmpty {
            for l in levels[i].indices { levels[i][l].ifCoverAgrees = nil }
        }
        // One session per covering field, the fields that cover others' covering fields first.
        let order = Set(covering.joined()).sorted { (covering[$0].count, $0) < (covering[$1].count, $1) }
        struct Session {
            let column: Int
            let free: [Int]
            let patterns: [UInt64]
            let counts: [Double]
            let drawn: Double
            let compared: Double
        }
        let sessions: [Session] = order.compactMap { j in
            let started = Date()
            let free = comparisons.indices.filter { covering[$0].contains(j) }
            let pairs = sharedValuePairs(table[comparisons[j].column], count: table.count, limit: sampleSize,
                                         seed: splitmix(seed ^ UInt64(j + 1) &* 0x9E37_79B9_7F4A_7C15))
            guard pairs.count >= 50 else { return nil }
            let drawn = Date().timeIntervalSince(started)
            let compared = Parallel.map(pairs) { comparer.pattern(Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
            var counts: [UInt64: Double] = [:]
            for p in compared { counts[p, default: 0] += 1 }
            let keys = counts.keys.sorted()
            return Session(column: j, free: free, patterns: keys, counts: keys.map { counts[$0]! }, drawn: drawn,
                           compared: Date().timeIntervalSince(started))
        }
        for round in 0..<2 {
            for session in sessions {
                fit(session.column, free: session.free, patterns: session.patterns, counts: session.counts,
                    comparisons: &comparisons, levels: &levels, limit: limit, iterations: iterations,
                    trace: round == 1 ? "\(session.patterns.count) patterns of \(Int(session.counts.reduce(0, +))) pairs (drawn \(String(format: "%.2f", session.drawn)) s, compared \(String(format: "%.2f", session.compared)) s)" : nil)
            }
        }
    }

    /// One session of ``estimateCoverAgreement(_:table:levels:limit:seed:sampleSize:iterations:)``: EM over the
    /// pairs that share comparison j's value (distinct γ patterns and their counts), with the comparisons it
    /// covers (`free`) estimated and everything else held; the result goes into `levels` as j's
    /// ``CoverAgreement`` on the free comparisons' agreement levels, when at least 50 pairs have them present.
    private static func fit(_ j: Int, free: [Int], patterns: [UInt64], counts: [Double], comparisons: inout [Comparison],
                            levels: inout [[ComparisonLevel]], limit: Double, iterations: Int, trace: String?) {
        let column = comparisons[j].column
        for i in comparisons.indices { comparisons[i].levels = levels[i] }
        let held = LevelWeights(comparisons, limit: limit)
        // What the comparisons not estimated here weigh in each pattern.
        let fixed = patterns.map { p in comparisons.indices.reduce(0.0) { free.contains($1) ? $0 : $0 + held.levelWeight($1, pattern: p) } }
        let present = free.map { i in patterns.indices.reduce(0.0) { $0 + ((patterns[$1] >> UInt64(4 * i)) & 0xF != 0 ? counts[$1] : 0) } }
        // Per free comparison and level: m and u among these pairs, starting where they weigh nothing.
        var m: [[Double]] = free.map { i in
            let total = levels[i].dropFirst().reduce(0) { $0 + $1.m }
            return levels[i].map { $0.isNull ? 0 : $0.m / max(total, 1e-12) }
        }
        var u = m
        let agrees: [[Bool]] = free.map { i in held.weights[i].map { $0 > 0 } }
        func store() {
            for (f, i) in free.enumerated() where present[f] >= 50 {
                for l in levels[i].indices where agrees[f][l] {
                    var given = (levels[i][l].ifCoverAgrees ?? []).filter { $0.column != column }
                    given.append(CoverAgreement(column: column, m: m[f][l], u: u[f][l]))
                    levels[i][l].ifCoverAgrees = given
                }
            }
            for i in free { comparisons[i].levels = levels[i] }
        }
        var lambda = 0.5
        for _ in 0..<iterations {
            store()
            let scoring = LevelWeights(comparisons, limit: limit)      // this session's current estimates
            var matchMass = 0.0, total = 0.0
            var sumsM = m.map { $0.map { _ in 0.0 } }, sumsU = sumsM
            for (k, p) in patterns.enumerated() {
                var w = MatchWeight.log2Ratio(lambda, 1 - lambda) + fixed[k]
                for i in free { w += scoring.levelWeight(i, pattern: p) }
                let posterior = MatchWeight.probability(w), count = counts[k]
                matchMass += posterior * count; total += count
                for (f, i) in free.enumerated() {
                    let l = Int((p >> UInt64(4 * i)) & 0xF)
                    guard l != 0 else { continue }
                    sumsM[f][l] += posterior * count
                    sumsU[f][l] += (1 - posterior) * count
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
        store()
        guard let trace, MatchTrace.isOn else { return }
        for (f, i) in free.enumerated() where present[f] >= 50 {
            let shown = levels[i].indices.filter { agrees[f][$0] }.map { l in
                "\(levels[i][l].label) m \(String(format: "%.3g", m[f][l])) u \(String(format: "%.3g", u[f][l])) → \(PairExplanation.signed(levels[i][l].weightIfCoverAgrees(column, limit: limit)))"
            }
            FileHandle.standardError.write(Data("match trace: \(comparisons[i].name) given the same \(comparisons[j].name): \(trace), one person's share \(String(format: "%.3f", lambda)); \(shown.joined(separator: ", "))\n".utf8))
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
