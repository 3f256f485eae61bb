import Foundation

/// What each comparison's level weighs in a γ pattern, before term-frequency corrections: the level's weight,
/// except where fields nest. One definition for scoring (``Scorer``) and for the training that estimates how
/// nested fields weigh (``Training``), so both count a pattern alike.
///
/// Fellegi-Sunter adds the fields' evidence as if independent. Nested fields are not: a person who moved has
/// another street, city and postal code at once; a household shares all three. So a comparison another covers
/// (``Comparison/coveredBy``) weighs, once the covering one agrees, what its agreement adds *given that*
/// (``ComparisonLevel/weightIfCoverAgrees(_:limit:)``), and once the covering one is "different", what its
/// disagreement says given that (``ComparisonLevel/weightIfCoverDiffers(limit:)``).
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
    }

    /// The weight of comparison i's level in `pattern`: what its agreement adds once a comparison covering it
    /// agrees (the least over those that agree; 0 unless the data says more), and its conditional weight when it
    /// weighs against the pair and a comparison covering it is "different".
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
        if w != 0, conditions.differs(i, { Int((pattern >> UInt64(4 * $0)) & 0xF) }) {
            return weightsIfCoverDiffers[i][l]
        }
        return w
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

    /// The comparison whose disagreement covers comparison i's in `pattern` (see ``levelWeight(_:pattern:)``).
    func coveringDisagreement(_ i: Int, pattern: UInt64) -> Int? {
        conditions.differing(i) { Int((pattern >> UInt64(4 * $0)) & 0xF) }
    }
}
