/// The trained model of one run over one feature table: what scores and explains any pair of its records.
final class MatchModel: Sendable {
    let table: FeatureTable
    let settings: MatchSettings
    let comparer: Comparer
    let scorer: Scorer

    init(table: FeatureTable, settings: MatchSettings) {
        self.table = table
        self.settings = settings
        comparer = Comparer(table: table, comparisons: settings.comparisons)
        scorer = Scorer(settings: settings, table: table)
    }

    func score(_ a: Int, _ b: Int) -> (pattern: UInt64, weight: Double) {
        let p = comparer.pattern(a, b)
        return (p, scorer.weight(comparer, a, b, pattern: p))
    }

    func explain(_ a: Int, _ b: Int, refs: [RecordRef]) -> PairExplanation {
        var terms: [ExplanationTerm] = []
        var total = scorer.priorWeight
        let swapped = comparer.swappedNameLevels(a, b)
        for (i, c) in settings.comparisons.enumerated() {
            var (level, va, vb) = comparer.levelAndValues(i, a, b)
            let col = table[c.column]
            var textB: String? = nil
            if let swapped, let (g, f) = comparer.nameComparisons, i == g || i == f {
                // Names written the other way round: compare a's given name with b's family name and vice versa.
                level = i == g ? swapped.0 : swapped.1
                let other = table[i == g ? .familyName : .givenName]
                textB = other.first(of: b).map { other.text($0) + " (swapped)" }
                va = col.first(of: a) ?? -1
                vb = -1
            }
            var w = scorer.weights[i][Int(level)]
            if level == 1, scorer.tfEnabled[i] { w += scorer.tfDelta(i, value: va) }
            total += w
            if level == 0 && va < 0 && textB == nil { continue }                      // not present on both sides: nothing to say
            let label = level == 0 ? "not evidence (shared address)" : c.levels[Int(level)].label
            terms.append(ExplanationTerm(comparison: c.name, level: label, valueA: va >= 0 ? col.text(va) : "",
                                         valueB: textB ?? (vb >= 0 ? col.text(vb) : ""), weight: w))
        }
        return PairExplanation(a: refs[a], b: refs[b], priorWeight: scorer.priorWeight, terms: terms,
                               totalWeight: total, probability: MatchWeight.probability(total))
    }
}
