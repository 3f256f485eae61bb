import Foundation

/// Scores candidate pairs: the prior weight plus each comparison's level weight, with term-frequency
/// adjustments on exact name matches — "smith" = "smith" is weaker evidence than "przybylski" = "przybylski",
/// and "Maria Garcia" = "Maria Garcia" in a million records weaker than "Thaddeus Okonkwo-Brandt".
///
/// As in Splink, an exact level's weight log2(m/u) becomes log2(m/tf(value)): the correction is log2(u/tf).
/// When both names agree exactly, the full name's own frequency replaces the two separate corrections, because
/// given names and surnames are not independent (Maria with Garcia, Wei with Chen).
///
/// Agreement stays monotone after these corrections: names that agree less than exactly (a nickname, a typo,
/// an initial) never weigh more than the exact full name of either record would. Without this, "Dave Holby" /
/// "David Holby" (nickname level, uncorrected) outweighed "David Holby" / "David Holby" (exact, corrected down
/// because fifteen records in the input carry that name) — and namesakes chained on nicknames alone.
struct Scorer: @unchecked Sendable {
    /// What each level weighs where fields nest (see ``LevelWeights``).
    let levels: LevelWeights
    /// Per comparison and level: the level's weight within its bounds (``LevelWeights/weights``).
    var weights: [[Double]] { levels.weights }
    let priorWeight: Double
    /// Per comparison: whether its exact level is TF-adjusted, the count of records with a value, and u(exact).
    let tfEnabled: [Bool]
    let tfNonNull: [Double]
    let tfUExact: [Double]
    let tfFrequency: [UnsafeBufferPointer<Int32>]
    let tfLimit: Double
    /// The first-name and last-name comparisons, when both are TF-adjusted (full-name adjustment).
    let fullName: (given: Int, family: Int)?
    let fullNameFrequency: [UInt64: Int32]
    let fullNameCount: Double
    /// Full-name key → the records of its own person a record of that name has on average, by identifiers
    /// (``FeatureTable/fullNameOwnRecords``); absent for one.
    let fullNameOwnRecords: [UInt64: Double]
    /// Full-name key → the most a stranger's share of the name can be, when one person of the name is known by
    /// identifiers and its other records are singles (records no identifier ties to another of the name; see
    /// ``SinglesFit``), or when every record of it is a single (``FeatureTable/fullNameSingles``): the share at
    /// which two records agreeing on the name and nothing else weigh what the input (or, for a small input, the
    /// default line) says such a single is — its odds of being the known person's, own / (slope × expected) —
    /// given the prior and both names' exact
    /// levels. Counted as strangers outright, a single of a rare name ("Michelle Valvaloz" on three of a million
    /// records, two tied by an address) made the name as weak as one strangers share, and the third record
    /// stayed apart; common names keep their singles as strangers, since the fit's odds then favour a stranger.
    /// Empty without a fit. Computed once per name here, not for every pair scored.
    let fullNameStrangerCap: [UInt64: Double]
    /// Per record: the weight its full name would carry agreeing exactly with itself (both exact levels plus the
    /// full-name correction); +∞ without both names, for a full name only this record carries, or without the
    /// full-name adjustment. The cap of every
    /// less-than-exact name agreement of that record.
    let exactNameWeight: [Double]
    /// The first-name and last-name comparisons (whether or not term frequencies apply).
    let names: (given: Int, family: Int)?
    /// The first-name level that says "a different person's name" (−1 without names): while it holds, a rare
    /// surname's or organization's frequency bonus does not apply (see ``rarityBonusApplies(_:pattern:)``).
    let givenDifferentLevel: Int
    /// The last-name level "different" (−1 without names): while it holds, a rare organization's bonus does not
    /// apply.
    let familyDifferentLevel: Int
    /// Per comparison: which names must not differ for its rarity bonus to count — none (0), the given name (1:
    /// a surname), or either name (2: an organization).
    let rarityNeedsNames: [Int]
    /// Per comparison with a shared level: that level; -1 elsewhere.
    let sharedLevel: [Int]
    /// The comparisons with a shared level and a value that may be a household's in this input
    /// (``FeatureColumnData/householdShared``; for a street, any shared one, judged at each pair's place).
    let householdComparisons: [Int]
    /// Per comparison: its column, whose ``FeatureColumnData/isHousehold(_:_:_:)`` says whether a value the two
    /// records of a pair agree on is a household's for them.
    let householdColumns: [FeatureColumnData]
    /// Per comparison: for a street, its "close" level — its shared level also covers two spellings close enough
    /// to be one address (a typo apart, or with and without the unit), so a household's mark on either record's
    /// spelling counts, as that level (``householdExcess(_:_:_:pattern:)``); nil elsewhere.
    let householdSpellingLevel: [Int?]
    /// Per comparison and level: does it say, whatever else agrees, that two people share the name (a suffix
    /// conflict, accounts numbered apart)? A level that can hold clusters apart weighing three times
    /// ``MatchSettings/cannotLinkWeight`` or less. The clustering guard refuses on it; a household's value does
    /// not count as one person's beside it.
    let decisive: [[Bool]]
    /// The comparisons with a decisive level.
    let decisiveComparisons: [Int]
    /// The email comparison and its "same local part" level (see ``localPartExcess(_:_:_:pattern:)``).
    let localPart: (comparison: Int, level: Int)?
    private let snapshots: [ColumnSnapshot]

    init(settings: MatchSettings, table: FeatureTable) {
        let limit = settings.weightLimit
        levels = LevelWeights(settings.comparisons, limit: limit)
        let weights = levels.weights
        priorWeight = MatchWeight.log2Ratio(settings.prior, 1 - settings.prior)
        tfLimit = settings.termFrequencyLimit
        var enabled: [Bool] = [], nonNulls: [Double] = [], us: [Double] = [], freqs: [UnsafeBufferPointer<Int32>] = []
        var snaps: [ColumnSnapshot] = []
        for c in settings.comparisons {
            let col = table[c.column]
            // Counted as the frequencies are: people where the column counts people (organizations), records elsewhere.
            let nonNull = col.people.isEmpty ? Double((0..<table.count).reduce(0) { $0 + (col.values(of: $1).isEmpty ? 0 : 1) })
                                             : Double(col.people.reduce(0) { $0 + Int($1) })
            // Too few values to know what is common: no adjustment.
            let on = c.levels.count > 1 && c.levels[1].tfAdjusted && nonNull >= 100
            enabled.append(on); nonNulls.append(nonNull); us.append(c.levels.count > 1 ? c.levels[1].u : 1)
            if on {
                let snap = ColumnSnapshot(col)
                snaps.append(snap)
                freqs.append(snap.view.frequency)
            } else {
                freqs.append(UnsafeBufferPointer(start: nil, count: 0))
            }
        }
        tfEnabled = enabled; tfNonNull = nonNulls; tfUExact = us; tfFrequency = freqs; snapshots = snaps
        if let g = settings.comparisons.firstIndex(where: { $0.column == .givenName }),
           let f = settings.comparisons.firstIndex(where: { $0.column == .familyName }),
           enabled[g], enabled[f], table.fullNameCount >= 100 {
            fullName = (g, f)
        } else {
            fullName = nil
        }
        fullNameFrequency = table.fullNameFrequency
        fullNameCount = Double(table.fullNameCount)
        fullNameOwnRecords = table.fullNameOwnRecords
        if let g = settings.comparisons.firstIndex(where: { $0.column == .givenName }),
           let f = settings.comparisons.firstIndex(where: { $0.column == .familyName }) {
            names = (g, f)
            givenDifferentLevel = settings.comparisons[g].levels.lastIndex { $0.canHoldApart == true } ?? -1
            familyDifferentLevel = settings.comparisons[f].differentLevel
            rarityNeedsNames = settings.comparisons.map { $0.column == .familyName ? 1 : $0.column == .organization ? 2 : 0 }
        } else {
            names = nil
            givenDifferentLevel = -1
            familyDifferentLevel = -1
            rarityNeedsNames = settings.comparisons.map { _ in 0 }
        }
        let shared = settings.comparisons.map { c in
            c.kind.hasSharedLevel ? c.levels.firstIndex { $0.label.hasPrefix("shared") } ?? -1 : -1
        }
        householdComparisons = settings.comparisons.indices.filter { i in
            // A street is judged at each pair's place (``FeatureColumnData/isHousehold(_:_:_:)``): any shared one
            // may be a household's there.
            let column = table[settings.comparisons[i].column]
            return shared[i] > 1 && (column.pastHouseholdHere.isEmpty ? column.householdShared : column.shared).contains(true)
        }
        householdColumns = settings.comparisons.map { table[$0.column] }
        if let e = settings.comparisons.firstIndex(where: { $0.kind == .email }),
           let l = settings.comparisons[e].levels.firstIndex(where: { $0.label == "same local part" }) {
            localPart = (e, l)
        } else {
            localPart = nil
        }
        sharedLevel = shared
        let decisive = settings.comparisons.indices.map { i in
            settings.comparisons[i].levels.indices.map { l in
                settings.comparisons[i].levels[l].canHoldApart == true && weights[i][l] <= 3 * settings.cannotLinkWeight
            }
        }
        self.decisive = decisive
        decisiveComparisons = decisive.indices.filter { decisive[$0].contains(true) }
        householdSpellingLevel = settings.comparisons.map { c in
            c.kind == .street ? c.levels.firstIndex { $0.label == "close" } : nil
        }
        if let fit = table.singlesFit, let (g, f) = fullName {
            // The share u / 2^(−prior − both exact levels) makes a name-only pair weigh odds 1; the fit's odds scale it.
            let scale = tfUExact[g] * tfUExact[f] * exp2(priorWeight + (weights[g][1] + weights[f][1]))
            fullNameStrangerCap = table.fullNameSingles.mapValues { scale * fit.strangerOdds(expected: $0) }
        } else {
            fullNameStrangerCap = [:]
        }
        if let (g, f) = fullName, weights[g].count > 1, weights[f].count > 1 {
            let given = table[.givenName], family = table[.familyName]
            let base = weights[g][1] + weights[f][1]
            let u = tfUExact[g] * tfUExact[f], limit = tfLimit, count = fullNameCount, frequency = fullNameFrequency
            exactNameWeight = (0..<table.count).map { r in
                // A name seen once says nothing about how common it is beyond the input's size. The cap counts
                // the name's own records (not ``strangerFrequency``): a nickname or a typo of a rare name is as
                // often a relative's (Mary and Maria Rockmore) as the same person's, so it stays weaker than an
                // exact rare name, which is what the stranger frequency strengthens.
                guard let gv = given.first(of: r), let fv = family.first(of: r),
                      let n = frequency[FeatureTable.fullNameKey(gv, fv)], n >= 2 else { return .infinity }
                return base + min(limit, max(-limit, log2(u / max(Double(n) / count, 1e-12))))
            }
        } else {
            exactNameWeight = []
        }
    }

    /// What agreeing on a household's shared value (a home phone two or three people use) weighs above its
    /// shared level when the two records also agree on the name (at a level that covers a local part: exact,
    /// nickname, typo): among so few people the name says who, and the value counts as one person's would
    /// (its exact level). 0 otherwise — a main line, an office address, another name. An email or phone must be
    /// the one value both records carry; a street agrees at its shared level when its two spellings are close
    /// enough to be one address ("4604 bristol st" / "4604 bristol st apt 34", a typo), so the mark may be on
    /// either — when neither is shared past a household — and two spellings count as its close level.
    @inline(__always) func householdExcess(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> (total: Double, by: [(Int, Double)]) {
        guard !householdComparisons.isEmpty, let (g, f) = names,
              levels.covers[g][Int((pattern >> UInt64(4 * g)) & 0xF)], levels.covers[f][Int((pattern >> UInt64(4 * f)) & 0xF)] else { return (0, []) }
        // Two people of that name share the household: Sr. and Jr., or two accounts numbered apart. Then the name
        // does not say who, and the household's value stays a household's.
        for i in decisiveComparisons where decisive[i][Int((pattern >> UInt64(4 * i)) & 0xF)] { return (0, []) }
        var total = 0.0
        var by: [(Int, Double)] = []
        for i in householdComparisons where Int((pattern >> UInt64(4 * i)) & 0xF) == sharedLevel[i] {
            let view = comparer.views[i], column = householdColumns[i]
            var found = false
            for x in view.values(of: a) {
                for y in view.values(of: b) where view.ids[y] == view.ids[x] && column.isHousehold(view.ids[x], x, y) { found = true; break }
                if found { break }
            }
            var level = 1
            if !found, let spelling = householdSpellingLevel[i] {
                // Two spellings: one is a household's, and neither is an address shared past one (an office
                // where a namesake works is not the household's home).
                // Over both records' values without building an array: this runs in the scoring loop.
                let ra = view.values(of: a), rb = view.values(of: b)
                func any(_ test: (Int) -> Bool) -> Bool { ra.contains(where: test) || rb.contains(where: test) }
                // Each spelling judged where its record is (the other record's place is unknown to it: its own).
                func isHousehold(_ x: Int) -> Bool { column.isHousehold(view.ids[x], x, x) }
                found = any { isHousehold($0) }
                    && !any { view.shared[Int(view.ids[$0])] && !isHousehold($0) }
                level = spelling
            }
            guard found else { continue }
            let up = weights[i][level] - levelWeight(i, pattern: pattern)
            if up > 0 { total += up; by.append((i, up)) }
        }
        return (total, by)
    }

    /// How much a pair's name agreement (both names at a positive, not both exact, level) weighs above the
    /// exact full name of the more common of its two records' names: the part ``weight(_:_:_:pattern:)`` takes
    /// off. 0 when the names agree exactly, disagree, or the full-name adjustment is off.
    @inline(__always) func nameExcess(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> Double {
        guard let (g, f) = fullName else { return 0 }
        let lg = Int((pattern >> UInt64(4 * g)) & 0xF), lf = Int((pattern >> UInt64(4 * f)) & 0xF)
        guard weights[g][lg] > 0, weights[f][lf] > 0, !(lg == 1 && lf == 1) else { return 0 }
        guard let cap = exactNameCap(a, b) else { return 0 }
        return max(0, namesWeight(comparer, a, pattern: pattern, given: g, family: f) - cap)
    }

    /// The weight of the exact full name of the more common of records a's and b's names (the cap of
    /// ``nameExcess(_:_:_:pattern:)`` and ``localPartExcess(_:_:_:pattern:)``); nil when either name is carried
    /// by one record only.
    @inline(__always) func exactNameCap(_ a: Int, _ b: Int) -> Double? {
        let cap = min(exactNameWeight[a], exactNameWeight[b])
        return cap.isFinite ? cap : nil
    }

    /// The given name's and surname's weights in `pattern` as the score counts them: their levels, plus the
    /// term-frequency correction of an exact one (a rare surname's bonus only when the given names do not differ).
    @inline(__always) func namesWeight(_ comparer: Comparer, _ a: Int, pattern: UInt64, given g: Int, family f: Int) -> Double {
        var names = levelWeight(g, pattern: pattern) + levelWeight(f, pattern: pattern)
        if Int((pattern >> UInt64(4 * g)) & 0xF) == 1, let v = comparer.views[g].first(of: a) { names += tfDelta(g, value: v, pattern: pattern) }
        if Int((pattern >> UInt64(4 * f)) & 0xF) == 1, let v = comparer.views[f].first(of: a) { names += tfDelta(f, value: v, pattern: pattern) }
        return names
    }

    /// How much a pair's names and a shared email local part that spells a surname of theirs ("donna.brown@" at
    /// two domains) weigh together above the exact full name of the more common of the two records' names: the
    /// part ``weight(_:_:_:pattern:)`` takes off (with ``nameExcess(_:_:_:pattern:)``, the larger of the two).
    ///
    /// Such a local part says what the names are, not who: "D. Brown" with donna.brown@yahoo.com and
    /// "Donna Brown" with donna.brown@ at her employer agree on a name — Donna Brown — that thirty people carry
    /// in a million contacts. Weighed in full (+10 bits) on top of the initial and the surname, it made that
    /// pair stronger than two exact "Donna Brown"s, and one such record joined thirty Donna Browns. 0 when the
    /// local part names neither record's surname, when the names already cover it, or the name is rare.
    @inline(__always) func localPartExcess(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> Double {
        guard let (g, f) = fullName, let (e, l) = localPart, Int((pattern >> UInt64(4 * e)) & 0xF) == l else { return 0 }
        let local = levelWeight(e, pattern: pattern)
        guard local > 0 else { return 0 }
        guard let cap = exactNameCap(a, b), spellsSurname(comparer, a, b, email: e, family: f) else { return 0 }
        let names = namesWeight(comparer, a, pattern: pattern, given: g, family: f)
        return max(0, max(0, names) + local - cap)
    }

    /// Whether the local part the two records' addresses share contains either record's surname: "donna.brown",
    /// "dbrown", "brownd". A surname of two letters counts only at an edge of the local part or beside a
    /// separator or digit ("li.tao", "tli88"), not inside a word ("blinker77" is no Li's). Allocation-free.
    @inline(__always) func spellsSurname(_ comparer: Comparer, _ a: Int, _ b: Int, email e: Int, family f: Int) -> Bool {
        let mail = comparer.views[e], family = comparer.views[f]
        @inline(__always) func spells(_ local: UnsafeBufferPointer<UInt8>, _ r: Int) -> Bool {
            guard let v = family.first(of: r) else { return false }
            let name = family.bytes(v)
            return name.count >= 2 && Self.contains(local, name, wholeWordBelow: 3)
        }
        for x in mail.values(of: a) {
            for y in mail.values(of: b) where mail.ids[x] != mail.ids[y] && mail.aux[Int(mail.ids[x])] == mail.aux[Int(mail.ids[y])] {
                let address = mail.bytes(mail.ids[x])
                let at = address.firstIndex(of: UInt8(ascii: "@")) ?? address.count
                let local = UnsafeBufferPointer(rebasing: address[0..<at])
                if spells(local, a) || spells(local, b) { return true }
            }
        }
        return false
    }

    /// Whether `haystack` contains `needle` as a run of bytes; a needle shorter than `short` bytes only where no
    /// letter stands right before or after it.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                         wholeWordBelow short: Int = 0) -> Bool {
        guard needle.count <= haystack.count, !needle.isEmpty else { return needle.isEmpty }
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 || c >= 0x80 }
        outer: for start in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[start + k] != needle[k] { continue outer }
            if needle.count < short {
                let end = start + needle.count
                if start > 0 && isLetter(haystack[start - 1]) { continue }
                if end < haystack.count && isLetter(haystack[end]) { continue }
            }
            return true
        }
        return false
    }

    /// The weight correction for an exact match on value `v` of comparison `i`.
    @inline(__always) func tfDelta(_ i: Int, value v: Int32) -> Double {
        guard tfEnabled[i], v >= 0 else { return 0 }
        let freq = Double(tfFrequency[i][Int(v)]) / tfNonNull[i]
        return min(tfLimit, max(-tfLimit, log2(tfUExact[i] / max(freq, 1e-9))))
    }

    /// The correction for an exact match on a whole name (given and family value IDs), replacing both names' own.
    ///
    /// What the correction needs is how likely a *stranger* is to carry the name: the share of the other records
    /// carrying it, leaving the pair being scored out. Counting the pair itself (as term frequencies usually do)
    /// makes every name at least 2/N common: in 10,000 records "Alicia Winbury", carried by one person's two
    /// records and nobody else's, weighed 4.9 bits *less* than an average name. Left out, the other records say
    /// nothing of a name nobody else carries; then the two names' own frequencies among the other records
    /// (each seen at least once, add-one) say how likely a stranger is to have both: Alicia is common, Winbury
    /// is not. The larger of the two estimates counts, so a full name common in the input (Maria Garcia, more
    /// common than Maria and Garcia apart would make it) stays weak evidence.
    @inline(__always) func fullNameDelta(given g: Int32, family f: Int32, leaving: Double = 0) -> Double {
        guard let fullName, let count = fullNameFrequency[FeatureTable.fullNameKey(g, f)] else { return 0 }
        let u = tfUExact[fullName.given] * tfUExact[fullName.family]
        return min(tfLimit, max(-tfLimit, log2(u / max(strangerFrequency(given: g, family: f, count: count, leaving: leaving), 1e-12))))
    }

    /// How likely a record of someone else is to carry this full name, `count` records of the input carrying it
    /// (see ``fullNameDelta(given:family:)``).
    @inline(__always) func strangerFrequency(given g: Int32, family f: Int32, count: Int32, leaving: Double = 0) -> Double {
        guard let (gi, fi) = fullName, g >= 0, f >= 0 else { return 1 }
        let key = FeatureTable.fullNameKey(g, f)
        return Self.strangerFrequency(count: count, of: fullNameCount,
                                      given: tfFrequency[gi][Int(g)], of: tfNonNull[gi],
                                      family: tfFrequency[fi][Int(f)], of: tfNonNull[fi],
                                      own: max(leaving, fullNameOwnRecords[key] ?? 1), cap: fullNameStrangerCap[key] ?? .infinity)
    }

    /// The larger of the full name's share among the other records and the product of its two names' shares
    /// among them (each seen at least once): counts of records carrying it, out of the records with a value.
    /// The other records leave out the pair being scored — or, when that is more, `own`: how many records of
    /// the name one person has, on average over the name's records, by the evidence of identifiers
    /// (``FeatureTable/fullNameOwnRecords``), so a name one person carries on ten lists is not ten strangers'.
    /// One average per name, applied to every pair of it, namesakes' pairs included.
    static func strangerFrequency(count: Int32, of total: Double, given: Int32, of givenTotal: Double,
                                  family: Int32, of familyTotal: Double, own: Double = 1, cap: Double = .infinity) -> Double {
        guard total > 2, givenTotal > 2, familyTotal > 2 else { return 1 }
        let others = min(cap, max(0, Double(count) - max(2, own)) / (total - 2))
        let g = Double(max(1, Int(given) - 1)) / (givenTotal - 1), f = Double(max(1, Int(family) - 1)) / (familyTotal - 1)
        return max(others, g * f)
    }

    /// The whole name's value IDs when both names agree exactly as written (not crosswise) and the full-name
    /// adjustment applies; nil otherwise.
    @inline(__always) func fullNameMatch(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> (given: Int32, family: Int32)? {
        guard let (g, f) = fullName, (pattern >> UInt64(4 * g)) & 0xF == 1, (pattern >> UInt64(4 * f)) & 0xF == 1,
              let ga = comparer.views[g].first(of: a), let fa = comparer.views[f].first(of: a),
              ga == comparer.views[g].first(of: b), fa == comparer.views[f].first(of: b) else { return nil }
        return (ga, fa)
    }

    /// The term-frequency corrections of a pair with γ `pattern`, total and per comparison (for explanations).
    func tfDeltas(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> (total: Double, byComparison: [Int: Double]) {
        var total = 0.0
        var by: [Int: Double] = [:]
        var handled: Set<Int> = []
        if let (g, f) = fullName, let (ga, fa) = fullNameMatch(comparer, a, b, pattern: pattern) {
            let d = fullNameDelta(given: ga, family: fa)
            // Shown on the first-name line as "exact (full name)" in explanations.
            by[g] = d
            by[f] = 0
            total += d
            handled = [g, f]
        }
        for i in 0..<weights.count where tfEnabled[i] && !handled.contains(i) {
            guard (pattern >> UInt64(4 * i)) & 0xF == 1, let v = comparer.views[i].first(of: a) else { continue }
            let d = tfDelta(i, value: v, pattern: pattern)
            by[i] = d
            total += d
        }
        for (i, up) in householdExcess(comparer, a, b, pattern: pattern).by {
            by[i, default: 0] += up
            total += up
        }
        if let (g, _) = fullName {
            let excess = nameExcess(comparer, a, b, pattern: pattern)
            // Shown on the first-name line: "nickname (no stronger than the exact full name −3.99)".
            if excess > 0 { by[g, default: 0] -= excess; total -= excess }
            // And on the email line, what a local part spelling the name would add past the exact full name —
            // only where the score takes it off: not when both names agree exactly (see weight(_:_:_:pattern:)).
            let local = handled.isEmpty ? localPartExcess(comparer, a, b, pattern: pattern) - excess : 0
            if local > 0, let (e, _) = localPart { by[e, default: 0] -= local; total -= local }
        }
        return (total, by)
    }

    /// The term-frequency correction of comparison i's exact value v in a pair with this pattern.
    ///
    /// A surname's rarity says how unlikely two *strangers* are to share it. When the given names differ, the
    /// other explanation of a shared surname is a relative — a spouse, a parent, a child, often at the same
    /// address and employer — and relatives share a rare surname as readily as a common one: "Adam Wilasford"
    /// and "Rose Wilasford" at one roofing firm are no likelier one person because few people are called
    /// Wilasford. So with a different given name a surname keeps a common name's penalty (Smith is weak
    /// evidence whatever the first names) but not a rare name's bonus. The same holds for a small
    /// organization when either name differs: colleagues and relatives share one as readily as a large one
    /// ("Charlotte Phillips" and "James Phillips" at their family's firm of four, "Peggy Dombrowski" and "Greta
    /// Zimmerman" on its office line). A correction never turns an agreement into evidence against: at most it
    /// takes the level's weight away (a hospital system's 400 contacts).
    @inline(__always) func tfDelta(_ i: Int, value v: Int32, pattern: UInt64) -> Double {
        let d = max(tfDelta(i, value: v), -max(0, levelWeight(i, pattern: pattern)))
        guard d > 0, rarityNeedsNames[i] > 0, !rarityBonusApplies(i, pattern: pattern) else { return d }
        return 0
    }

    /// False when a name that comparison i's rarity bonus needs differs in the pair (``rarityNeedsNames``): a
    /// shared surname is then a family's, a shared small organization colleagues'.
    @inline(__always) func rarityBonusApplies(_ i: Int, pattern: UInt64) -> Bool {
        guard let (g, f) = names else { return true }
        if givenDifferentLevel > 0, Int((pattern >> UInt64(4 * g)) & 0xF) == givenDifferentLevel { return false }
        if rarityNeedsNames[i] > 1, familyDifferentLevel > 0, Int((pattern >> UInt64(4 * f)) & 0xF) == familyDifferentLevel {
            return false
        }
        return true
    }

    /// The weight of comparison i's level in `pattern` (``LevelWeights/levelWeight(_:pattern:)``).
    @inline(__always) func levelWeight(_ i: Int, pattern: UInt64) -> Double { levels.levelWeight(i, pattern: pattern) }

    /// The comparison covering comparison i whose agreement sets what i's agreement weighs in `pattern`.
    func coveringAgreement(_ i: Int, pattern: UInt64) -> Int? { levels.coveringAgreement(i, pattern: pattern) }

    /// The comparison whose disagreement covers comparison i's in `pattern` (see ``levelWeight(_:pattern:)``).
    func coveringDisagreement(_ i: Int, pattern: UInt64) -> Int? { levels.coveringDisagreement(i, pattern: pattern) }

    /// The total weight of a pair (prior included). Allocation-free: this runs once per candidate pair.
    func weight(_ comparer: Comparer, _ a: Int, _ b: Int, pattern: UInt64) -> Double {
        var w = priorWeight
        for i in 0..<weights.count { w += levelWeight(i, pattern: pattern) }
        var skipG = -1, skipF = -1
        if let (g, f) = fullName, let (ga, fa) = fullNameMatch(comparer, a, b, pattern: pattern) {
            w += fullNameDelta(given: ga, family: fa)
            skipG = g; skipF = f
        }
        for i in 0..<weights.count where tfEnabled[i] && i != skipG && i != skipF {
            if (pattern >> UInt64(4 * i)) & 0xF == 1, let v = comparer.views[i].first(of: a) { w += tfDelta(i, value: v, pattern: pattern) }
        }
        if skipG < 0 { w -= max(nameExcess(comparer, a, b, pattern: pattern), localPartExcess(comparer, a, b, pattern: pattern)) }
        if !householdComparisons.isEmpty { w += householdExcess(comparer, a, b, pattern: pattern).total }
        return w
    }
}
