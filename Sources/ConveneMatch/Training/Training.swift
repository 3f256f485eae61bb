import Foundation

/// Estimating the Fellegi-Sunter parameters from the data itself, as Splink does:
/// u (level frequencies among non-matching pairs) from random record pairs — nearly all of which are
/// non-matches — and m (level frequencies among matches) by expectation-maximization over the candidate pairs,
/// with u held fixed.
enum Training {
    /// u per comparison and level, from `sampleSize` random pairs (deterministic for a seed).
    static func estimateU(_ comparer: Comparer, recordCount n: Int, sampleSize: Int, seed: UInt64,
                          into levels: inout [[ComparisonLevel]]) {
        guard n >= 2 else { return }
        let maxPairs = n * (n - 1) / 2
        let samples = min(sampleSize, maxPairs)
        // Fixed chunks, each with its own seed, counted on both cores and summed: the same counts whatever the
        // number of threads.
        let chunk = 25_000
        let chunks = Array(stride(from: 0, to: samples, by: chunk))
        let shape = levels.map(\.count)
        let covers = Covers(comparer.comparisons)
        // Per chunk: the level counts, and the same counts among pairs where a covering comparison differs.
        let partial = Parallel.map(chunks, minimumChunk: 1) { start -> [[[Double]]] in
            var counts = shape.map { [Double](repeating: 0, count: $0) }
            var ifCoverDiffers = counts
            var pairLevels = [Int](repeating: 0, count: shape.count)
            var state = splitmix(seed ^ UInt64(start))
            var drawn = 0
            while drawn < min(chunk, samples - start) {
                state = splitmix(state)
                let a = Int(state % UInt64(n))
                state = splitmix(state)
                let b = Int(state % UInt64(n))
                if a == b { continue }
                drawn += 1
                for i in 0..<shape.count {
                    pairLevels[i] = Int(comparer.level(i, a, b))
                    counts[i][pairLevels[i]] += 1
                }
                for i in covers.conditional where covers.differs(i, { pairLevels[$0] }) {
                    ifCoverDiffers[i][pairLevels[i]] += 1
                }
            }
            return [counts, ifCoverDiffers]
        }
        var counts = shape.map { [Double](repeating: 0, count: $0) }
        var ifCoverDiffers = counts
        for p in partial {
            for i in counts.indices {
                for l in counts[i].indices { counts[i][l] += p[0][i][l]; ifCoverDiffers[i][l] += p[1][i][l] }
            }
        }
        for i in covers.conditional {
            let nonNull = ifCoverDiffers[i].dropFirst().reduce(0, +)
            guard nonNull >= 50 else { continue }
            let k = Double(levels[i].count - 1)
            for l in 1..<levels[i].count where levels[i][l].uIfCoverDiffers != nil {
                levels[i][l].uIfCoverDiffers = (ifCoverDiffers[i][l] + 1) / (nonNull + k)
            }
        }
        for i in 0..<levels.count {
            let nonNull = counts[i].dropFirst().reduce(0, +)
            guard nonNull >= 50 else { continue }                      // too little data: keep the default u
            let k = Double(levels[i].count - 1)
            for l in 1..<levels[i].count {
                // Add-one smoothing: an exact match never seen among random pairs is rare, not impossible.
                levels[i][l].u = (counts[i][l] + 1) / (nonNull + k)
            }
        }
    }

    /// m per comparison and level, and the prior, by EM over the distinct γ patterns with their counts.
    static func estimateM(patterns: [UInt64: Int], levels: inout [[ComparisonLevel]], prior: inout Double,
                          iterations: Int, active: Set<Int>? = nil, updateM: Bool = true) {
        let keys = patterns.keys.sorted()
        let counts = keys.map { Double(patterns[$0]!) }
        let comps = levels.count
        let decoded: [[Int]] = keys.map { p in (0..<comps).map { Int((p >> UInt64(4 * $0)) & 0xF) } }
        var lambda = min(max(prior, 1e-4), 0.99)
        for _ in 0..<iterations {
            var mSum = levels.map { [Double](repeating: 0, count: $0.count) }
            var totalMatch = 0.0, total = 0.0
            for (k, lv) in decoded.enumerated() {
                var logM = log(lambda), logU = log(1 - lambda)
                for i in 0..<comps where lv[i] != 0 && active?.contains(i) != false {
                    logM += log(max(levels[i][lv[i]].m, 1e-12))
                    logU += log(max(levels[i][lv[i]].u, 1e-12))
                }
                let p = 1 / (1 + exp(logU - logM))
                let w = counts[k] * p
                totalMatch += w
                total += counts[k]
                for i in 0..<comps where lv[i] != 0 && active?.contains(i) != false { mSum[i][lv[i]] += w }
            }
            guard total > 0, totalMatch > 0 else { return }
            lambda = min(max(totalMatch / total, 1e-6), 0.999)
            if !updateM { continue }
            for i in 0..<comps where active?.contains(i) != false {
                let s = mSum[i].dropFirst().reduce(0, +)
                guard s > 1 else { continue }
                // A light pull towards the previous m keeps unseen levels from collapsing to zero weight −∞.
                let alpha = 1.0
                for l in 1..<levels[i].count {
                    levels[i][l].m = (mSum[i][l] + alpha * levels[i][l].m) / (s + alpha)
                    // Projected EM: the bounds hold inside every iteration, so the "match" class cannot drift
                    // towards relatives (a file of households teaches EM that a different given name is common).
                    levels[i][l].clampToBounds()
                }
            }
        }
        prior = lambda
    }

    /// The index of `pair` in the sorted `pairs`, or −1.
    static func index(of pair: UInt64, in pairs: [UInt64]) -> Int {
        var lo = 0, hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid] < pair { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairs.count && pairs[lo] == pair ? lo : -1
    }

    /// Splink's training scheme: one EM session per blocking key, over the pairs that key proposed, leaving out
    /// the comparisons of the fields the key blocks on (within such a block they agree by construction and would
    /// pull the "match" class towards whatever the block shares). Each comparison's m is the mean over the
    /// sessions that could estimate it; then the prior of the candidate pairs is fitted with m and u fixed.
    /// `weightLimit` bounds the weights the conditional levels are scored with (``MatchSettings/weightLimit``).
    static func estimateParameters(_ comparer: Comparer, recordCount: Int, sessions: [(BlockingKey, [UInt64])],
                                   allPatterns: [Double], candidatePairs: [UInt64]? = nil,
                                   levels: inout [[ComparisonLevel]], prior: inout Double, iterations: Int,
                                   weightLimit: Double) {
        let comps = levels.count
        var sums = levels.map { [Double](repeating: 0, count: $0.count) }
        var sessionsPerComparison = [Int](repeating: 0, count: comps)
        for (key, pairs) in sessions where pairs.count >= 50 {
            let blocked = Set(key.columns)
            let active = Set((0..<comps).filter { !blocked.contains(comparer.comparisons[$0].column) })
            var counts: [UInt64: Int] = [:]
            for p in pairs {
                // The candidate pairs are sorted and their patterns already computed: look them up.
                let pattern: UInt64
                if let sorted = candidatePairs, case let k = Training.index(of: p, in: sorted), k >= 0 {
                    pattern = allPatterns[k].bitPattern
                } else {
                    pattern = comparer.pattern(Int(p >> 32), Int(p & 0xFFFF_FFFF))
                }
                counts[pattern, default: 0] += 1
            }
            var sessionLevels = levels
            var sessionPrior = 0.3
            estimateM(patterns: counts, levels: &sessionLevels, prior: &sessionPrior, iterations: iterations, active: active)
            for i in active {
                // A comparison that never had both values present in this session learned nothing here.
                let seen = counts.reduce(0) { $0 + (($1.key >> UInt64(4 * i)) & 0xF != 0 ? $1.value : 0) }
                guard seen >= 20 else { continue }
                sessionsPerComparison[i] += 1
                for l in levels[i].indices { sums[i][l] += sessionLevels[i][l].m }
            }
        }
        for i in 0..<comps where sessionsPerComparison[i] > 0 {
            for l in levels[i].indices { levels[i][l].m = sums[i][l] / Double(sessionsPerComparison[i]) }
        }
        var counts: [UInt64: Int] = [:]
        for p in allPatterns { counts[p.bitPattern, default: 0] += 1 }   // patterns stored as Double bits (Matcher)
        estimateM(patterns: counts, levels: &levels, prior: &prior, iterations: iterations, updateM: false)
        estimateConditionalM(patterns: counts, levels: &levels, candidatePrior: prior,
                             covers: Covers(comparer.comparisons), limit: weightLimit)
        // The prior is the probability that two *random* records match, as in Splink — not the share of matches
        // among candidate pairs, which blocking on names has already enriched (counting name agreement twice would
        // link every "Bob Smith" to every other). Matches outside the candidate pairs are assumed negligible.
        let allPairs = Double(recordCount) * Double(recordCount - 1) / 2
        if allPairs > 0 { prior = min(prior, max(1e-12, prior * Double(allPatterns.count) / allPairs)) }
    }

    /// m of the levels that have a conditional weight (``ComparisonLevel/mIfCoverDiffers``): among the candidate
    /// pairs where a covering comparison is "different", the share of each level, each pair counted by its
    /// posterior probability of being a match (from the trained m, u and the candidates' share of matches). Three
    /// rounds, each scoring with the conditional weights of the last; a light pull towards the previous value keeps
    /// a level hardly seen from collapsing, and fewer than 20 matches' worth of such pairs keeps the defaults —
    /// except that an agreement weighed conditionally (``ComparisonLevel/agreementIsConditional``) then says nothing.
    static func estimateConditionalM(patterns: [UInt64: Int], levels: inout [[ComparisonLevel]], candidatePrior: Double,
                                     covers: Covers, limit: Double = 10) {
        guard !covers.conditional.isEmpty else { return }
        let lambda = min(max(candidatePrior, 1e-6), 0.999)
        let priorWeight = log2(lambda / (1 - lambda))
        let decoded: [([Int], Double)] = patterns.keys.sorted().map { p in
            ((0..<levels.count).map { Int((p >> UInt64(4 * $0)) & 0xF) }, Double(patterns[p]!))
        }
        var estimated = Set<Int>()
        for _ in 0..<3 {
            var sums = levels.map { [Double](repeating: 0, count: $0.count) }
            for (lv, count) in decoded {
                var w = priorWeight
                for i in lv.indices where lv[i] != 0 {
                    w += levels[i][lv[i]].weight(limit: limit, coverDiffers: covers.differs(i, { lv[$0] }))
                }
                let p = MatchWeight.probability(w) * count
                for i in covers.conditional where lv[i] != 0 && covers.differs(i, { lv[$0] }) { sums[i][lv[i]] += p }
            }
            for i in covers.conditional {
                let total = sums[i].dropFirst().reduce(0, +)
                guard total >= 20 else { continue }
                estimated.insert(i)
                for l in 1..<levels[i].count {
                    guard let old = levels[i][l].mIfCoverDiffers else { continue }
                    levels[i][l].mIfCoverDiffers = (sums[i][l] + old) / (total + 1)
                }
            }
        }
        // An agreement weighed conditionally whose m the data could not estimate (too few one-person pairs with
        // the covering field different) says nothing then: its default m beside a u counted from random pairs would
        // make it count in full — the opposite of cautious for an agreement.
        for i in covers.conditional where !estimated.contains(i) {
            for l in 1..<levels[i].count where levels[i][l].agreementIsConditional == true {
                if let u = levels[i][l].uIfCoverDiffers { levels[i][l].mIfCoverDiffers = u }
            }
        }
    }

    /// Levels are listed from the strongest agreement to the strongest disagreement ("different", or an email's
    /// "numbered apart" after it); a stronger agreement never weighs less than a weaker one. EM can break this for a level the data hardly contains (no nicknames in a set: m → 0, so a
    /// nickname would count *against* a match, and an initial far below "different"). Raising such an m until its
    /// weight equals the next weaker level's keeps the estimate where the data speaks and sane where it is silent.
    /// The conditional weights of agreements weighed conditionally (a title at another employer) are kept monotone
    /// the same way.
    static func enforceMonotoneWeights(_ levels: inout [[ComparisonLevel]]) {
        for i in levels.indices where levels[i].count > 2 {
            for l in stride(from: levels[i].count - 2, through: 1, by: -1) {
                let (level, weaker) = (levels[i][l], levels[i][l + 1])
                if let m = raised(level.m, level.u, atLeast: weaker.m, weaker.u) { levels[i][l].m = m }
            }
            for l in levels[i].indices { levels[i][l].clampToBounds() }
            // And agreements weighed conditionally (a title at another employer): a stronger one never below a weaker.
            for l in stride(from: levels[i].count - 2, through: 1, by: -1) where levels[i][l].agreementIsConditional == true {
                let weaker = levels[i][l + 1]
                guard weaker.agreementIsConditional == true, let wm = weaker.mIfCoverDiffers, let wu = weaker.uIfCoverDiffers,
                      let m = levels[i][l].mIfCoverDiffers, let u = levels[i][l].uIfCoverDiffers else { continue }
                if let m = raised(m, u, atLeast: wm, wu) { levels[i][l].mIfCoverDiffers = m }
            }
        }
    }

    /// m raised so that m / u is at least the weaker level's `wm / wu` (at most 1); nil when it already is.
    static func raised(_ m: Double, _ u: Double, atLeast wm: Double, _ wu: Double) -> Double? {
        let ratio = wm / max(wu, 1e-12)
        return m / max(u, 1e-12) < ratio ? min(1, ratio * u) : nil
    }

    /// How many candidate pairs the current (default) parameters already call near-certain matches, from an
    /// even sample of at most `sample` pairs scaled to all of them: the matches EM would learn from.
    static func confidentPairs(scorer: Scorer, comparer: Comparer, pairs: [UInt64], patterns: [Double],
                               sample: Int = 200_000) -> Int {
        guard !pairs.isEmpty else { return 0 }
        let stride = max(1, pairs.count / sample)
        var confident = 0, seen = 0
        for k in Swift.stride(from: 0, to: pairs.count, by: stride) {
            seen += 1
            let w = scorer.weight(comparer, Int(pairs[k] >> 32), Int(pairs[k] & 0xFFFF_FFFF), pattern: patterns[k].bitPattern)
            if MatchWeight.probability(w) >= 0.99 { confident += 1 }
        }
        return Int((Double(confident) * Double(pairs.count) / Double(seen)).rounded())
    }
}

extension BlockingKey {
    /// The fields a key blocks on (left out of its EM session).
    var columns: [FeatureColumn] {
        switch self {
        case .email, .emailLocalPart: [.email]
        case .phone: [.phone]
        case .phoneticSurnameFirstInitial: [.familyName, .givenName]
        case .organizationSurname: [.organization, .familyName]
        case .dateOfBirthInitial: [.dateOfBirth, .postalCode]
        case .nameKey, .nameToken: [.organization]
        case .streetNumberPostal: [.street, .postalCode]
        case .website: [.website]
        }
    }
}

/// Which comparisons cover which or change with which (``Comparison/coveredBy``, ``Comparison/changesWith``), for
/// the conditional weights of fields that change together.
struct Covers {
    /// Per comparison: the comparisons covering it or that it changes with.
    let covering: [[Int]]
    /// Per comparison: its "different" level, or −1.
    let different: [Int]
    /// The comparisons with at least one level weighed conditionally (``ComparisonLevel/mIfCoverDiffers``).
    let conditional: [Int]

    init(_ comparisons: [Comparison]) {
        let covering = comparisons.conditioningIndices
        self.covering = covering
        different = comparisons.map(\.differentLevel)
        conditional = comparisons.indices.filter { i in
            !covering[i].isEmpty && comparisons[i].levels.contains { $0.mIfCoverDiffers != nil && $0.uIfCoverDiffers != nil }
        }
    }

    /// The first comparison covering comparison i (or that i changes with) that is at its "different" level
    /// (`level(j)` gives j's level), if any.
    @inline(__always) func differing(_ i: Int, _ level: (Int) -> Int) -> Int? {
        for j in covering[i] where different[j] >= 0 && level(j) == different[j] { return j }
        return nil
    }

    /// Whether a comparison covering comparison i (or that i changes with) is at its "different" level.
    @inline(__always) func differs(_ i: Int, _ level: (Int) -> Int) -> Bool { differing(i, level) != nil }
}
