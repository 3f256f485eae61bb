/// What a pair of records across two clusters says about joining them through a link
/// (``MatchModel/holdApart(_:_:againstLink:)``).
enum HoldApart: Equatable {
    /// Nothing against the join.
    case none
    /// Strong negative evidence that outweighs the link, from a pair that is itself only uncertain (its
    /// probability is in the review band, at or above ``MatchSettings/reviewThreshold``): it holds the clusters
    /// apart unless the pairs across them link on average.
    case uncertain
    /// Strong negative evidence that outweighs the link, from a pair that is clearly two people (below the review
    /// band), or a level of −12 bits or less (conflicting suffixes), which no link overrules: the clusters stay
    /// apart.
    case refuses
}

/// Clustering: connected components over linked pairs, built strongest link first, that cannot chain strangers.
///
/// Two clusters do not join when
/// - a person decided that a record of one and a record of the other are not the same (cannot-link), or
/// - a pair of records across them carries strong negative evidence (``MatchSettings/cannotLinkWeight``) that
///   outweighs the link itself — "Robert Okafor Sr." and "Robert Okafor Jr.", or "Jane Smith" and "Bob Smith"
///   joined through a "J. Smith" who resembles both. A weak link cannot overrule a strong "these two differ";
///   a strong link (same email, same date of birth) can, so badly typed records of one person still join; or
/// - what the records of both clusters say together is against the join (``joinedWeight``): the link's weight, with
///   what the records across them say on each field the link's two records cannot compare, falls below the match
///   threshold. It judges the link with all the evidence it brings: a weaker link whose own two records already
///   carry that disagreement, and more agreement beside it, may still join the clusters (a person's work phone on
///   one record and mobile on another: the pair with both phones weighs them, and its email or address may
///   outweigh them). A person's least complete record ("Andrew Johnson", a phone and a town) links to a namesake on the
///   name alone; the person's other records show a street, phone and employer the namesake does not share.
///
/// One exception to the second: when every such pair is itself uncertain (``HoldApart/uncertain``: a pair a
/// person would be asked about, not one that is clearly two people) and the pairs across the clusters link on
/// average (their mean weight reaches the match threshold), they join — one badly typed copy of a person (a
/// street typo, a scrambled given name) does not hold apart the copies that link. With the default thresholds the
/// link that joins them is then below the weak-link probability, so the cluster is reported weak.
///
/// Links are tried strongest first, so the link that would have joined such clusters is always the weakest one
/// on the path between them: refusing it is a cut at the weakest link. Refused links are not hidden: they are
/// counted (``MatchStatistics/splitClusters``) and go to the review queue with the pair that held them apart.
struct GuardedUnionFind {
    private(set) var parent: [Int32]
    private var size: [Int32]
    private var forbidden: [[Int32]]
    /// Members of each root with more than one record (a singleton's only member is itself).
    private var members: [[Int32]]
    /// Is this pair of records strong negative evidence against a link of this weight (cannot-link)? nil
    /// disables the check.
    var conflicts: ((Int, Int, Double) -> HoldApart)?
    /// A pair's weight (bits, with the prior), for the average across two clusters; nil leaves every
    /// ``HoldApart/uncertain`` pair a refusal.
    var pairWeight: ((Int, Int) -> Double)?
    /// What the records of two clusters say together about a join through the link (a, b) of this weight
    /// (``MatchModel/joinedWeight(link:_:weight:across:_:)``); nil leaves the link's own weight.
    var joinedWeight: ((Int, Int, Double, [Int32], [Int32]) -> (weight: Double, against: (Int, Int)?))?
    /// The weight at the match threshold (0 bits for probability 0.5): the mean across two clusters must reach it.
    var matchWeight = 0.0
    /// Pairs across clusters checked per union at most (all pairs when both clusters are small).
    static let maximumCheckedPairs = 4_096
    /// Pairs across clusters whose records ``joinedWeight`` compares at most (all of them up to this).
    static let maximumJoinedPairs = 16_384

    init(count n: Int) {
        parent = (0..<Int32(n)).map { $0 }
        size = [Int32](repeating: 1, count: n)
        forbidden = [[Int32]](repeating: [], count: n)
        members = [[Int32]](repeating: [], count: n)
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != Int32(r) { r = Int(parent[r]) }
        var c = x
        while parent[c] != Int32(r) { let next = Int(parent[c]); parent[c] = Int32(r); c = next }
        return r
    }

    mutating func forbid(_ a: Int, _ b: Int) {
        forbidden[a].append(Int32(b))
        forbidden[b].append(Int32(a))
        let ra = find(a), rb = find(b)
        if ra != a { forbidden[ra].append(Int32(b)) }
        if rb != b { forbidden[rb].append(Int32(a)) }
    }

    /// The number of records in the cluster of x.
    mutating func size(of x: Int) -> Int { Int(size[find(x)]) }

    /// Why a join was refused: the pair of records across the clusters that held them apart, or nil for a
    /// person's "not the same" decision.
    struct Refusal { var pair: (Int, Int)? }

    /// Why joining the clusters of a and b through a link of weight `linkWeight` is refused; nil when they may
    /// join. Callers check this, then ``union(_:_:)``.
    mutating func conflict(_ a: Int, _ b: Int, linkWeight: Double = .infinity) -> Refusal? {
        let ra = find(a), rb = find(b)
        if ra == rb { return nil }
        let (small, other) = forbidden[ra].count <= forbidden[rb].count ? (ra, rb) : (rb, ra)
        for f in forbidden[small] where find(Int(f)) == other { return Refusal(pair: nil) }
        guard let conflicts else { return nil }
        let ma = members[ra].isEmpty ? [Int32(ra)] : members[ra]
        let mb = members[rb].isEmpty ? [Int32(rb)] : members[rb]
        // Every pair when the clusters are small, an even sample otherwise.
        func sample(_ m: [Int32], _ k: Int) -> [Int32] { m.count <= k ? m : (0..<k).map { m[$0 * m.count / k] } }
        let side = ma.count * mb.count <= Self.maximumCheckedPairs ? max(ma.count, mb.count) : 64
        let xs = sample(ma, side), ys = sample(mb, side)
        var uncertain: (Int, Int)?
        for x in xs { for y in ys {
            switch conflicts(Int(x), Int(y), linkWeight) {
            case .none: continue
            case .refuses: return Refusal(pair: (Int(x), Int(y)))
            case .uncertain: if uncertain == nil { uncertain = (Int(x), Int(y)) }
            }
        } }
        if let joinedWeight, ma.count > 1 || mb.count > 1, linkWeight.isFinite {
            // Every record when that is cheap: a record this misses could be the one that agrees.
            let (jx, jy) = ma.count * mb.count <= Self.maximumJoinedPairs ? (ma, mb) : (xs, ys)
            let joined = joinedWeight(a, b, linkWeight, jx, jy)
            if joined.weight < matchWeight, let against = joined.against { return Refusal(pair: against) }
        }
        guard let uncertain else { return nil }
        // Average linkage over the same pairs, only when nothing but uncertain pairs holds the clusters apart: the
        // common case (no conflict) scores nothing more. FEBRL 2: three copies of Dante Akot, one with "16 brooke
        // rstreet", and a fourth typed "Dzne Brock": two copies link to it (+1.55 bits each), the one with the
        // typo does not (−1.66, a different given name) — the mean is +0.48.
        if let pairWeight {
            var sum = 0.0
            for x in xs { for y in ys { sum += pairWeight(Int(x), Int(y)) } }
            if sum >= matchWeight * Double(xs.count * ys.count) { return nil }
        }
        return Refusal(pair: uncertain)
    }

    /// Joins the clusters of a and b (a "same" decision, a link ``conflict(_:_:linkWeight:)`` allowed, or a
    /// candidate person's own records).
    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        if ra == rb { return }
        // Lower index wins ties so the root is deterministic; union by size otherwise.
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        forbidden[ra] += forbidden[rb]; forbidden[rb] = []
        members[ra] = (members[ra].isEmpty ? [Int32(ra)] : members[ra]) + (members[rb].isEmpty ? [Int32(rb)] : members[rb])
        members[rb] = []
    }
}
