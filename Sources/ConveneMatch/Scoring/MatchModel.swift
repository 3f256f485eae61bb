/// The trained model of one run over one feature table: what scores and explains any pair of its records.
final class MatchModel: Sendable {
    let table: FeatureTable
    let settings: MatchSettings
    let comparer: Comparer
    let scorer: Scorer
    /// Per comparison and level: is it cannot-link evidence? Levels whose weight — as estimated from this input
    /// and kept within its bounds — is at or below ``MatchSettings/cannotLinkWeight``: conflicting generational
    /// suffixes always; a different given name or date of birth when this input shows they rarely differ for one
    /// person (in a list whose typists scramble names, a different given name is weaker, and does not split).
    let cannotLinkLevels: [[Bool]]
    /// The given- and family-name comparisons.
    let nameColumns: Set<Int>

    /// `comparer`, when given, must be over this table and these comparisons (levels depend on the comparisons'
    /// kinds, not on their m and u): a run reuses the one it compared the candidate pairs with.
    init(table: FeatureTable, settings: MatchSettings, comparer: Comparer? = nil) {
        self.table = table
        self.settings = settings
        self.comparer = comparer ?? Comparer(table: table, comparisons: settings.comparisons)
        scorer = Scorer(settings: settings, table: table)
        nameColumns = Set(settings.comparisons.indices.filter {
            settings.comparisons[$0].column == .givenName || settings.comparisons[$0].column == .familyName
        })
        cannotLinkLevels = scorer.weights.enumerated().map { i, weights in
            weights.enumerated().map { l, w in
                let level = settings.comparisons[i].levels[l]
                return !level.isNull && level.canHoldApart == true && w <= settings.cannotLinkWeight
            }
        }
    }

    func score(_ a: Int, _ b: Int) -> (pattern: UInt64, weight: Double) {
        let p = comparer.pattern(a, b)
        return (p, scorer.weight(comparer, a, b, pattern: p))
    }

    /// Strong negative evidence against joining through a link of weight `link`: the pair carries a cannot-link
    /// level (see ``cannotLinkLevels``) or disagreements outside the names adding up to three times
    /// ``MatchSettings/cannotLinkWeight`` (−12 bits), it does not link on its own, and its own weight is more
    /// negative than the link is positive (weight + link < 0) — the link is the weaker evidence, so the cut falls
    /// on it. A level weighing −12 bits or less (conflicting suffixes) refuses whatever the link.
    /// ``HoldApart/uncertain`` when the pair's probability is still in the review band (the clusters may join when
    /// the pairs across them link on average, ``GuardedUnionFind``), ``HoldApart/refuses`` below it.
    func holdApart(_ a: Int, _ b: Int, againstLink link: Double = .infinity) -> HoldApart {
        let pattern = comparer.pattern(a, b)
        var strong = false, decisive = false, against = 0.0
        for i in 0..<cannotLinkLevels.count {
            let l = Int((pattern >> UInt64(4 * i)) & 0xF)
            if cannotLinkLevels[i][l] {
                strong = true
                // As strong as three such levels (a suffix conflict, −12 bits or less; ``Scorer/decisive``): no
                // link overrules it — whichever other cannot-link level (a different given name) the pair also carries.
                if scorer.decisive[i][l] { decisive = true }
            }
            // Names have their own levels for this (a different given name); a surname can change.
            if !nameColumns.contains(i) { against += min(0, scorer.weights[i][l]) }
        }
        // Or the other fields both records have disagree so much (email, phone, address, employer …) that
        // together they weigh as much as three such levels: a stranger who shares only a name.
        if !strong && against > 3 * settings.cannotLinkWeight { return .none }
        let weight = scorer.weight(comparer, a, b, pattern: pattern)
        let probability = MatchWeight.probability(weight)
        guard probability < settings.matchThreshold else { return .none }
        if decisive { return .refuses }
        guard weight + link < 0 else { return .none }
        return probability >= settings.reviewThreshold ? .uncertain : .refuses
    }

    /// Whether the pair carries a decisive level — one no link overrules (a suffix conflict, accounts numbered
    /// apart; ``Scorer/decisive``): it says the two records are two people.
    func isDecisive(_ a: Int, _ b: Int) -> Bool {
        let pattern = comparer.pattern(a, b)
        return scorer.decisiveComparisons.contains { scorer.decisive[$0][Int((pattern >> UInt64(4 * $0)) & 0xF)] }
    }

    /// What the records of two clusters say together about joining them through the link (a, b) of weight `link`:
    /// the link's weight, plus — for each comparison the link's two records cannot make (one of them lacks the
    /// field, or its value is one several people share and says nothing) — what the records across the two clusters
    /// that can make it say, when every one of them disagrees: the least negative of their levels, weighed as
    /// the link's pattern with those levels filled in would weigh it (so a street and a city that both disagree
    /// count once, as one move, where fields nest). Their records stand for one person each: what one record of a
    /// cluster lacks, another shows. Single linkage otherwise joins a person through their least complete record
    /// — a "Andrew Johnson" with a phone and a town, no street, no employer — to a namesake whose employer, street
    /// and phone the person's other records contradict. Also the pair across them whose disagreement counted
    /// most (nil when the total is not below the link's own weight).
    ///
    /// When the link's names agree exactly, how common the name is counts for this question among the records
    /// outside the two clusters: a pair's term frequency leaves the pair out, and a join leaves both clusters
    /// out. Katie O'Neil's records at her employer and a meeting's record with her personal email are the only
    /// four of her name; pair by pair, each of them sees the other three as strangers who carry it. (Where term
    /// frequencies are off — an import's incremental linking — the name counts as the link counted it.)
    /// Evidence of both sides, never a veto: the join is refused only when the sum falls below the match
    /// threshold, and the refusal is counted and asked about like any other.
    func joinedWeight(link a: Int, _ b: Int, weight link: Double, across xs: [Int32], _ ys: [Int32]) -> (weight: Double, against: (Int, Int)?) {
        let linkPattern = comparer.pattern(a, b)
        let n = scorer.weights.count
        var open: [Int] = []
        for i in 0..<n where (linkPattern >> UInt64(4 * i)) & 0xF == 0 { open.append(i) }
        guard !open.isEmpty else { return (link, nil) }
        // Per open comparison: the best level any pair across the clusters shows, and that pair.
        var best = [(weight: Double, level: UInt64, pair: (Int, Int))?](repeating: nil, count: n)
        for x in xs { for y in ys {
            let (x, y) = (Int(x), Int(y))
            let p = comparer.pattern(x, y)
            for i in open {
                let level = (p >> UInt64(4 * i)) & 0xF
                guard level != 0 else { continue }
                let w = scorer.levelWeight(i, pattern: p)
                if best[i] == nil || w > best[i]!.weight { best[i] = (w, level, (x, y)) }
            }
        } }
        var filled = linkPattern
        for i in open { if let b = best[i], b.weight < 0 { filled |= b.level << UInt64(4 * i) } }
        guard filled != linkPattern else { return (link, nil) }
        var total = link
        var most: (weight: Double, pair: (Int, Int))? = nil
        for i in open {
            guard let b = best[i], b.weight < 0 else { continue }
            let w = min(0, scorer.levelWeight(i, pattern: filled))
            total += w
            if most == nil || w < most!.weight { most = (w, b.pair) }
        }
        // The name's frequency, for this question, among the records outside the two clusters.
        if let (g, f) = scorer.fullName, let (ga, fa) = scorer.fullNameMatch(comparer, a, b, pattern: linkPattern) {
            let given = comparer.views[g], family = comparer.views[f]
            var carrying = 0
            for r in xs + ys where given.first(of: Int(r)) == ga && family.first(of: Int(r)) == fa { carrying += 1 }
            total += max(0, scorer.fullNameDelta(given: ga, family: fa, leaving: Double(carrying))
                            - scorer.fullNameDelta(given: ga, family: fa))
        }
        return (total, total < link ? most?.pair : nil)
    }

    /// Sets `unions` to refuse the joins this model's evidence holds apart.
    func guardClusters(_ unions: inout GuardedUnionFind) {
        unions.joinedWeight = { [self] a, b, link, xs, ys in joinedWeight(link: a, b, weight: link, across: xs, ys) }
        unions.conflicts = { [self] a, b, link in holdApart(a, b, againstLink: link) }
        unions.pairWeight = { [self] a, b in score(a, b).weight }
        unions.matchWeight = MatchWeight.log2Ratio(settings.matchThreshold, 1 - settings.matchThreshold)
    }

    /// Why a pair is cannot-link evidence, in words: "kept apart: a.csv#3 and b.csv#9 — suffix conflict −15.61".
    func cannotLinkReason(_ a: Int, _ b: Int, refs: [RecordRef]) -> String {
        let pattern = comparer.pattern(a, b)
        let parts = (0..<cannotLinkLevels.count).compactMap { i -> String? in
            let l = Int((pattern >> UInt64(4 * i)) & 0xF)
            guard cannotLinkLevels[i][l] else { return nil }
            let c = settings.comparisons[i]
            return "\(c.name) \(c.levels[l].label) \(PairExplanation.signed(scorer.weights[i][l]))"
        }
        if !parts.isEmpty { return "kept apart: \(refs[a]) and \(refs[b]) — " + parts.joined(separator: ", ") }
        let against = (0..<settings.comparisons.count).compactMap { i -> String? in
            let l = Int((pattern >> UInt64(4 * i)) & 0xF)
            return scorer.weights[i][l] < 0 ? "\(settings.comparisons[i].name) \(PairExplanation.signed(scorer.weights[i][l]))" : nil
        }
        return "kept apart: \(refs[a]) and \(refs[b]) disagree on " + against.joined(separator: ", ")
    }

    func explain(_ a: Int, _ b: Int, refs: [RecordRef]) -> PairExplanation {
        explain(a, b, names: (refs[a], refs[b]))
    }

    /// The explanation of rows a and b, naming them `names` (the records' references).
    func explain(_ a: Int, _ b: Int, names: (RecordRef, RecordRef)) -> PairExplanation {
        var terms: [ExplanationTerm] = []
        var total = scorer.priorWeight
        let swapped = comparer.swappedNameLevels(a, b)
        let pattern = comparer.pattern(a, b)
        let tf = scorer.tfDeltas(comparer, a, b, pattern: pattern).byComparison
        let nameExcess = scorer.fullName.map { _ in scorer.nameExcess(comparer, a, b, pattern: pattern) }
        let fullNameAdjusted = scorer.fullName.map { tf[$0.family] == 0 && tf[$0.given] != nil } ?? false
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
            var w = scorer.levelWeight(i, pattern: pattern)
            let plain = scorer.weights[i][Int(level)]
            // Weighed for what it adds beside a covering field's agreement (a city beside the same street, a title
            // at the same organization), or for what it says once that field differs (a title at another one).
            let agreeing = plain > 0 ? scorer.coveringAgreement(i, pattern: pattern) : nil
            let differing = plain != 0 && agreeing == nil ? scorer.coveringDisagreement(i, pattern: pattern) : nil
            let covered = w == 0 && plain > 0 && differing == nil
                && agreeing.map { [.street, .postalCode].contains(settings.comparisons[$0].kind) } ?? true
            let besides = covered ? nil : agreeing
            w += tf[i] ?? 0
            total += w
            if level == 0 && va < 0 && textB == nil { continue }                      // not present on both sides: nothing to say
            var label = level == 0 ? "not evidence (shared value)" : c.levels[Int(level)].label
            if level == 1, let d = tf[i] {
                if fullNameAdjusted, let (g, f) = scorer.fullName, i == g || i == f {
                    label = i == g ? "exact (full name, frequency \(PairExplanation.signed(d)))" : "exact (in full name)"
                } else if d == 0, scorer.rarityNeedsNames[i] > 0, !scorer.rarityBonusApplies(i, pattern: pattern),
                          va >= 0, scorer.tfDelta(i, value: va) > 0 {
                    label = scorer.rarityNeedsNames[i] > 1 ? "exact (names differ: its rarity not counted)"
                                                           : "exact (first names differ: its rarity not counted)"
                } else {
                    label = "exact (frequency \(PairExplanation.signed(d)))"
                }
            }
            if let (e, l) = scorer.localPart, i == e, Int(level) == l, let d = tf[i], d < 0 {
                label += " (no stronger than the exact full name \(PairExplanation.signed(d)))"
            }
            if let excess = nameExcess, excess > 0, i == scorer.fullName?.given {
                label += " (no stronger than the exact full name \(PairExplanation.signed(-excess)))"
            }
            if covered { label += c.kind == .email ? " (says no more than the names)" : " (covered by the address)" }
            if let j = besides { label += " (given the same \(settings.comparisons[j].name))" }
            if let j = differing { label += " (given another \(settings.comparisons[j].name))" }
            if level != 0, c.kind.hasSharedLevel, c.levels[Int(level)].label.hasPrefix("shared") {
                label += (tf[i] ?? 0) > 0 ? " — a household's, and the names agree" : " — used by several people here"
            }
            // An organization read from the work email's domain (FeatureTable.inferOrganizations) says so.
            func shown(_ v: Int32, _ r: Int) -> String {
                guard v >= 0 else { return "" }
                return c.column == .organization && table.inferredOrganization.contains(Int32(r))
                    ? col.text(v) + " (from the email's domain)" : col.text(v)
            }
            terms.append(ExplanationTerm(comparison: c.name, level: label, valueA: shown(va, a),
                                         valueB: textB ?? shown(vb, b), weight: w))
        }
        return PairExplanation(a: names.0, b: names.1, priorWeight: scorer.priorWeight, terms: terms,
                               totalWeight: total, probability: MatchWeight.probability(total))
    }
}
