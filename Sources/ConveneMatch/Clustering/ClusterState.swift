/// The clustering state of a run: the guarded union-find, the links made so far and the decisions in force.
struct ClusterState {
    var unions: GuardedUnionFind
    var links: [MatchLink] = []
    var refs: [RecordRef]
    /// Record → index, built only when review decisions need it (a million-entry dictionary otherwise).
    var indexOfRef: [RecordRef: Int]?
    var decided: [UInt64: ReviewVerdict] = [:]
    let settings: MatchSettings
    /// Pairs above the match threshold whose union was refused, with the pair across the clusters that held
    /// them apart (nil: a decision): shown for review.
    var refusedPairs: [(pair: UInt64, weight: Double, heldApartBy: UInt64?)] = []
    /// Review items kept in a result (the queue's count covers all of them).
    static let maxReviewItems = 5_000

    init(table: FeatureTable, settings: MatchSettings, refs: [RecordRef], model: MatchModel? = nil) {
        unions = GuardedUnionFind(count: table.count)
        if let model { model.guardClusters(&unions) }
        self.settings = settings
        self.refs = refs
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
                unions.union(a, b)
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
            if let refusal = unions.conflict(a, b, linkWeight: weights[k]) {
                refusedPairs.append((pairs[k], weights[k], refusal.pair.map { ClusterState.key($0.0, $0.1) }))
                continue
            }
            unions.union(a, b)
            links.append(MatchLink(a: a, b: b, weight: weights[k], probability: MatchWeight.probability(weights[k]),
                                   decided: false))
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

        // Clusters split: connected components of the links at or above the threshold (decisions aside) that
        // ended as more than one cluster because a cannot-link floor held records apart.
        var components = GuardedUnionFind(count: n)
        for link in links { components.union(link.a, link.b) }
        var splitRoots: Set<Int> = []
        for r in refusedPairs where r.heldApartBy != nil {
            let a = Int(r.pair >> 32), b = Int(r.pair & 0xFFFF_FFFF)
            // Joined after all (through another link, once a cluster grew): nothing was split.
            if unions.find(a) == unions.find(b) { continue }
            components.union(a, b)
            splitRoots.insert(components.find(a))
        }
        stats.splitClusters = Set(splitRoots.map { components.find($0) }).count

        let reviewed = reviewQueue(model: model, pairs: pairs, weights: weights)
        stats.reviewPairs = reviewed.total
        let items = reviewed.items
        stats.linkedPairs = links.count
        stats.refusedUnions = refusedPairs.count
        stats.clusters = clusters.count
        stats.weakClusters = clusters.filter(\.isWeak).count
        var result = MatchResult(settings: model.settings, records: refs, entityIDs: entityIDs, clusters: clusters,
                                 links: links, reviewList: items, people: [], organizations: [], statistics: stats)
        result.model = model
        return result
    }

    /// The review queue: one question per pair of clusters (the pair of records that says most about them),
    /// ranked by how much the answer would change — uncertainty (highest at probability 0.5) × the records it
    /// would join or keep apart. Pairs already in one cluster, or decided, change nothing and are never asked.
    /// Confident links that a cannot-link floor refused come first among equals: the engine overruled its own
    /// probability there, and a person should see it.
    mutating func reviewQueue(model: MatchModel, pairs: [UInt64], weights: [Double]) -> (items: [ReviewItem], total: Int) {
        struct Candidate { var pair: UInt64; var weight: Double; var priority: Double; var heldApartBy: UInt64? }
        var best: [UInt64: Candidate] = [:]                          // (root, root) → the best question about them
        func consider(_ pair: UInt64, _ weight: Double, heldApartBy: UInt64?) {
            guard decided[pair] == nil else { return }
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            let ra = unions.find(a), rb = unions.find(b)
            guard ra != rb else { return }
            let p = MatchWeight.probability(weight)
            let sa = unions.size(of: ra), sb = unions.size(of: rb)
            let uncertainty = heldApartBy != nil ? 1 : 4 * p * (1 - p)
            let c = Candidate(pair: pair, weight: weight, priority: uncertainty * Double(sa + sb), heldApartBy: heldApartBy)
            let key = ClusterState.key(ra, rb)
            if let old = best[key], (old.priority, -Double(old.pair)) >= (c.priority, -Double(c.pair)) { return }
            best[key] = c
        }
        for r in refusedPairs { consider(r.pair, r.weight, heldApartBy: r.heldApartBy) }
        let floor = max(settings.reviewThreshold, settings.questionFloor ?? 0)
        for k in pairs.indices {
            let p = MatchWeight.probability(weights[k])
            if p >= floor && p < settings.matchThreshold { consider(pairs[k], weights[k], heldApartBy: nil) }
        }
        let ranked = best.values.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.pair < $1.pair }
        let items = ranked.prefix(ClusterState.maxReviewItems).map { c -> ReviewItem in
            let a = Int(c.pair >> 32), b = Int(c.pair & 0xFFFF_FFFF)
            let e = model.explain(a, b, refs: refs)
            var reason: String? = nil
            if let held = c.heldApartBy {
                reason = model.cannotLinkReason(Int(held >> 32), Int(held & 0xFFFF_FFFF), refs: refs)
            }
            return ReviewItem(a: e.a, b: e.b, probability: e.probability, explanation: e, reason: reason,
                              recordsAffected: unions.size(of: a) + unions.size(of: b), priority: c.priority)
        }
        return (Array(items), ranked.count)
    }

    /// Each cluster (in order of its first record) takes the oldest known ID among its records not already taken;
    /// the others get new IDs after the highest known number.
    static func assignIDs(_ clusters: [[Int]], refs: [RecordRef], knownIDs: [RecordRef: String], prefix: String) -> [String] {
        var next = 1 + (knownIDs.values.compactMap { Int($0.drop(while: { !$0.isNumber })) }.max() ?? 0)
        var taken: Set<String> = []
        return clusters.map { members in
            // The oldest: IDs grow a digit past 999999, so a shorter one is older whatever its text.
            let known = members.compactMap { knownIDs[refs[$0]] }.filter { !taken.contains($0) }
                .min { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
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
