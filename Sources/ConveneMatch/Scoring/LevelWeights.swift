import Foundation

/// What each comparison's level weighs in a γ pattern, before term-frequency corrections: the level's weight,
/// except where fields nest. One definition for scoring (``Scorer``) and for the training that estimates how
/// nested fields weigh (``Training``), so both count a pattern alike.
///
/// Fellegi-Sunter adds the fields' evidence as if independent. Nested fields are not: a person who moved has
/// another street, city and postal code at once; a household shares all three. So a comparison another covers
/// (``Comparison/coveredBy``) weighs, once the covering one agrees, what its agreement adds *given that*
/// (``ComparisonLevel/weightIfCoverAgrees(_:limit:)``), and once the covering one is "different", what its
/// disagreement says given that (``ComparisonLevel/weightIfCoverDiffers(limit:)``) — and, for an agreement that asks
/// for it (``ComparisonLevel/agreementIsConditional``: a title), wherever the covering one is there without agreeing.
struct LevelWeights: Sendable {
    /// Per comparison and level: the weight within its bounds and ±limit (``ComparisonLevel/effectiveWeight(limit:)``).
    let weights: [[Double]]
    /// Per comparison: the comparisons whose agreement covers its own (see ``Comparison/coveredBy``).
    let covering: [[Int]]
    /// Which comparisons' disagreement weighs another's conditionally (``Comparison/conditionedOn``).
    let conditions: Covers
    /// Per comparison and level: the weight when a comparison covering it is "different"
    /// (``ComparisonLevel/weight(limit:coverDiffers:)``).
    let weightsIfCoverDiffers: [[Double]]
    /// Per comparison, level and covering comparison (in ``covering``'s order): the agreement's weight once that
    /// comparison agrees (``ComparisonLevel/weightIfCoverAgrees(_:limit:)``; 0 where the data has not said).
    let weightsIfCoverAgrees: [[[Double]]]
    /// Per comparison and level: does this agreement cover others?
    let covers: [[Bool]]
    /// Per comparison and level: comparisons that must all agree at a covering level to cover it.
    let levelCovering: [[[Int]]]
    /// Per comparison and level: an agreement weighed conditionally wherever a comparison it is conditioned on is
    /// present without agreeing (``ComparisonLevel/agreementIsConditional``).
    let conditionalAgreement: [[Bool]]

    /// The weights of `comparisons` (with these levels) within ±`limit` bits.
    init(_ comparisons: [Comparison], limit: Double) {
        // Within ±limit, except where a level's own bounds say it is stronger (a suffix conflict).
        weights = comparisons.map { $0.levels.map { $0.effectiveWeight(limit: limit) } }
        covers = comparisons.map { $0.levels.map { $0.coversOthers == true } }
        levelCovering = comparisons.map { c in
            c.levels.map { l in (l.coveredByAll ?? []).compactMap { col in comparisons.firstIndex { $0.column == col } } }
        }
        let covering = comparisons.coveringIndices
        self.covering = covering
        weightsIfCoverAgrees = comparisons.indices.map { i in
            comparisons[i].levels.map { level in covering[i].map { level.weightIfCoverAgrees(comparisons[$0].column, limit: limit) } }
        }
        conditions = Covers(comparisons)
        weightsIfCoverDiffers = comparisons.map { $0.levels.map { $0.weight(limit: limit, coverDiffers: true) } }
        conditionalAgreement = comparisons.map { $0.levels.map { $0.agreementIsConditional == true } }
    }

    /// The weight of comparison i's level in `pattern`: what its agreement adds once a comparison covering it
    /// agrees (the least over those that agree; 0 unless the data says more), and its conditional weight when a
    /// comparison covering it is "different" (for an agreement that asks for it, present without agreeing).
    ///
    /// Counting each disagreement of a move in full sums one event three times (−4.6 bits where the street
    /// alone says −1.4), and a job changer whose name is all that still agrees could never link; counting a
    /// household's shared city and postal code beside its shared street sums one address three times. Where
    /// records are corrupted field by field (a typed list), the data says so: the city still disagrees far more
    /// often among strangers, and agrees far more often among one person's records than among strangers with
    /// one street, and keeps its weight.
    @inline(__always) func levelWeight(_ i: Int, pattern: UInt64) -> Double {
        let l = Int((pattern >> UInt64(4 * i)) & 0xF)
        let w = weights[i][l]
        if w > 0 {
            var covered = false, least = w
            for (k, j) in covering[i].enumerated() where covers[j][Int((pattern >> UInt64(4 * j)) & 0xF)] {
                covered = true
                least = min(least, weightsIfCoverAgrees[i][l][k])
            }
            if covered { return least }
            let all = levelCovering[i][l]
            if !all.isEmpty && all.allSatisfy({ covers[$0][Int((pattern >> UInt64(4 * $0)) & 0xF)] }) { return 0 }
        }
        if w != 0, coveringDisagreement(i, pattern: pattern) != nil { return weightsIfCoverDiffers[i][l] }
        return w
    }

    /// The comparison whose disagreement makes comparison i's level in `pattern` weigh its conditional weight
    /// (``levelWeight(_:pattern:)``), if any: one covering it (or that it changes with) at "different" — or, for an
    /// agreement that asks for it, present on both records without agreeing at a covering level (an organization
    /// only "somewhat close" is another employer as far as a title is concerned). Nil for any other agreement.
    @inline(__always) func coveringDisagreement(_ i: Int, pattern: UInt64) -> Int? {
        let l = Int((pattern >> UInt64(4 * i)) & 0xF)
        let w = weights[i][l]
        guard w != 0 else { return nil }
        if w > 0 {
            guard conditionalAgreement[i][l] else { return nil }
            for j in covering[i] where covers[j][Int((pattern >> UInt64(4 * j)) & 0xF)] { return nil }
            for j in conditions.covering[i] {
                let lj = Int((pattern >> UInt64(4 * j)) & 0xF)
                if lj != 0 && !covers[j][lj] { return j }
            }
            return nil
        }
        return conditions.differing(i) { Int((pattern >> UInt64(4 * $0)) & 0xF) }
    }

    /// The comparison covering comparison i whose agreement in `pattern` sets what i's agreement weighs (see
    /// ``levelWeight(_:pattern:)``): the one giving the least.
    func coveringAgreement(_ i: Int, pattern: UInt64) -> Int? {
        let l = Int((pattern >> UInt64(4 * i)) & 0xF)
        var best: (j: Int, w: Double)? = nil
        for (k, j) in covering[i].enumerated() where covers[j][Int((pattern >> UInt64(4 * j)) & 0xF)] {
            if best == nil || weightsIfCoverAgrees[i][l][k] < best!.w { best = (j, weightsIfCoverAgrees[i][l][k]) }
        }
        return best?.j
    }
}
