/// The clustering state of a run: the guarded union-find, the links made so far and the decisions in force.
/// Batch runs build it once; ``IncrementalLinker`` keeps it and feeds it new pairs.
struct ClusterState {
    var unions: GuardedUnionFind
    var links: [MatchLink] = []
    var refs: [RecordRef]
    /// Record → index, built only when review decisions need it (a million-entry dictionary otherwise).
    var indexOfRef: [RecordRef: Int]?
    var decided: [UInt64: ReviewVerdict] = [:]
    let settings: MatchSettings
    /// Pairs above the match threshold whose union a guard refused: shown for review.
    var refusedPairs: [(UInt64, Double)] = []
    static let maxReviewItems = 5_000

    init(table: FeatureTable, settings: MatchSettings, refs: [RecordRef], model: MatchModel? = nil) {
        unions = GuardedUnionFind(table: table, rules: settings.conflictRules)
        if let model, let minimum = settings.minimumAverageLinkWeight {
            unions.pairWeight = { a, b in model.score(a, b).weight - model.scorer.priorWeight }
            unions.minimumAverageWeight = minimum
        }
        self.settings = settings
        self.refs = refs
    }

    mutating func extend(table: FeatureTable, refs newRefs: [RecordRef]) {
        if indexOfRef != nil { for (k, r) in newRefs.enumerated() { indexOfRef![r] = refs.count + k } }
        refs += newRefs
        unions.extend(table: table)
    }

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    /// Applies review decisions whose records are both known: "not same" first (so no later union breaks it),
    /// then "same" as forced unions. Decisions naming unknown records wait until those records arrive.
    mutating func apply(decisions: [ReviewDecision]) {
        guard !decisions.isEmpty else { return }
        if indexOfRef == nil {
            var index: [RecordRef: Int] = [:]
            index.reserveCapacity(refs.count)
            for (i, r) in refs.enumerated() where index[r] == nil { index[r] = i }
            indexOfRef = index
        }
        let indexOfRef = self.indexOfRef!
        var same: [(Int, Int)] = []
        for d in decisions {
            guard let a = indexOfRef[d.a], let b = indexOfRef[d.b], a != b else { continue }
            let k = ClusterState.key(a, b)
            if decided[k] != nil { continue }
            decided[k] = d.verdict
            switch d.verdict {
            case .notSame: unions.forbid(a, b)
            case .same: same.append((a, b))
            }
        }
        for (a, b) in same {
            if unions.find(a) != unions.find(b) {
                unions.union(a, b, force: true)
                links.append(MatchLink(a: min(a, b), b: max(a, b), weight: .infinity, probability: 1, decided: true))
            }
        }
    }

    /// Unions the pairs at or above the match threshold, strongest first (ties in pair order, for determinism).
    mutating func link(pairs: [UInt64], weights: [Double]) {
        let threshold = settings.matchThreshold
        var order = pairs.indices.filter { MatchWeight.probability(weights[$0]) >= threshold && decided[pairs[$0]] != .notSame }
        order.sort { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : pairs[$0] < pairs[$1] }
        for k in order {
            let a = Int(pairs[k] >> 32), b = Int(pairs[k] & 0xFFFF_FFFF)
            if unions.find(a) == unions.find(b) { continue }
            if unions.union(a, b) {
                links.append(MatchLink(a: a, b: b, weight: weights[k], probability: MatchWeight.probability(weights[k]),
                                       decided: false))
            } else {
                refusedPairs.append((pairs[k], weights[k]))
            }
        }
    }

    /// Clusters with IDs, the review list, golden-record-free result (the caller adds golden records).
    mutating func result(model: MatchModel, stats input: MatchStatistics, pairs: [UInt64], weights: [Double],
                         knownIDs: [RecordRef: String], idPrefix: String) -> MatchResult {
        var stats = input
        let n = refs.count
        var membersByRoot: [Int: [Int]] = [:]
        var rootOrder: [Int] = []
        for r in 0..<n {
            let root = unions.find(r)
            if membersByRoot[root] == nil { rootOrder.append(root) }
            membersByRoot[root, default: []].append(r)
        }
        var linksByRoot: [Int: [Int]] = [:]
        for (i, l) in links.enumerated() { linksByRoot[unions.find(l.a), default: []].append(i) }

        let ids = ClusterState.assignIDs(rootOrder.map { membersByRoot[$0]! }, refs: refs, knownIDs: knownIDs,
                                         prefix: idPrefix)
        var clusters: [MatchCluster] = []
        var entityIDs = [String](repeating: "", count: n)
        for (c, root) in rootOrder.enumerated() {
            let members = membersByRoot[root]!
            let linkIdx = linksByRoot[root] ?? []
            let weakest = linkIdx.map { links[$0].probability }.min() ?? 1
            let weak = members.count > 1 && weakest < settings.weakLinkProbability
            clusters.append(MatchCluster(id: ids[c], members: members, links: linkIdx, weakestLink: weakest, isWeak: weak))
            for m in members { entityIDs[m] = ids[c] }
        }

        // Review: unsure pairs, and confident pairs a guard kept apart, that ended in different clusters.
        // Filtered while collected: at a million records the unsure pairs run into millions, and a second
        // filtered copy of them set the run's peak memory.
        var review: [(UInt64, Double)] = []
        func open(_ pair: UInt64) -> Bool {
            decided[pair] == nil && unions.find(Int(pair >> 32)) != unions.find(Int(pair & 0xFFFF_FFFF))
        }
        for (pair, weight) in refusedPairs where open(pair) { review.append((pair, weight)) }
        for k in pairs.indices {
            let p = MatchWeight.probability(weights[k])
            if p >= settings.reviewThreshold && p < settings.matchThreshold && open(pairs[k]) {
                review.append((pairs[k], weights[k]))
            }
        }
        review.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        stats.reviewPairs = review.count
        let items = review.prefix(ClusterState.maxReviewItems).map { (pair, _) -> ReviewItem in
            let e = model.explain(Int(pair >> 32), Int(pair & 0xFFFF_FFFF), refs: refs)
            return ReviewItem(a: e.a, b: e.b, probability: e.probability, explanation: e)
        }
        stats.linkedPairs = links.count
        stats.refusedUnions = unions.refused
        stats.clusters = clusters.count
        stats.weakClusters = clusters.filter(\.isWeak).count
        var result = MatchResult(settings: model.settings, records: refs, entityIDs: entityIDs, clusters: clusters,
                                 links: links, reviewList: items, people: [], organizations: [], statistics: stats)
        result.model = model
        return result
    }

    /// Each cluster (in order of its first record) takes the oldest known ID among its records not already taken;
    /// the others get new IDs after the highest known number.
    static func assignIDs(_ clusters: [[Int]], refs: [RecordRef], knownIDs: [RecordRef: String], prefix: String) -> [String] {
        var next = 1 + (knownIDs.values.compactMap { Int($0.drop(while: { !$0.isNumber })) }.max() ?? 0)
        var taken: Set<String> = []
        return clusters.map { members in
            let known = members.compactMap { knownIDs[refs[$0]] }.filter { !taken.contains($0) }.min()
            if let id = known { taken.insert(id); return id }
            var id: String
            repeat {
                id = prefix + String(repeating: "0", count: max(0, 6 - String(next).count)) + String(next)
                next += 1
            } while taken.contains(id)
            taken.insert(id)
            return id
        }
    }
}
