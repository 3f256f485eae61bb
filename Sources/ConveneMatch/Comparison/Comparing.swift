import ConveneNormalize

/// Computing comparison levels for a pair of records: the γ vector of Fellegi-Sunter.
///
/// Level indices follow ``Comparison/defaultLevels(for:tf:)``: 0 is missing, 1 is exact, then down to different
/// (an email's "numbered apart" comes after it). Multi-valued fields (several emails or phones) take the best level
/// over all value pairs, except that accounts numbered apart outrank a merely different address (``ranks(_:_:before:)``).
struct Comparer {
    let table: FeatureTable
    let comparisons: [Comparison]
    let columnIndex: [Int]
    /// Hot-loop views of the compared columns (raw pointers into snapshots: no reference counting per pair,
    /// which would make two threads fight over the same cache lines).
    let views: [ColumnView]
    let kinds: [ComparisonKind]
    let levelCounts: [Int]
    private let snapshots: [ColumnSnapshot]

    /// The given-name and family-name comparisons, when both exist: names written in the wrong order
    /// ("Watson, Noah" typed as given "Watson", family "Noah") are compared crosswise too.
    let nameComparisons: (given: Int, family: Int)?

    /// `memoize`: whether to precompute each small column's level matrix (every value against every value) and
    /// give large ones a cache of computed levels. A batch run compares millions of pairs, so the n² levels once
    /// are cheaper; ``CandidateScorer`` compares one new record with a few dozen others, where building the
    /// matrices took 13 % of a 10,000-row `convene import` and served a few dozen lookups each.
    init(table: FeatureTable, comparisons: [Comparison], memoize: Bool = true) {
        self.table = table
        self.comparisons = comparisons
        self.columnIndex = comparisons.map(\.column.index)
        let snapshots = comparisons.map {
            ColumnSnapshot(table.columns[$0.column.index], kind: $0.kind, memoizeLevels: memoize)
        }
        self.snapshots = snapshots
        self.views = snapshots.map(\.view)
        self.kinds = comparisons.map(\.kind)
        self.levelCounts = comparisons.map(\.levels.count)
        if let g = comparisons.firstIndex(where: { $0.column == .givenName && $0.kind == .givenName }),
           let f = comparisons.firstIndex(where: { $0.column == .familyName && $0.kind == .familyName }) {
            nameComparisons = (g, f)
        } else {
            nameComparisons = nil
        }
    }

    /// Levels of every comparison for records a and b, packed 4 bits each (comparison i at bits 4i..4i+3).
    func pattern(_ a: Int, _ b: Int) -> UInt64 {
        var p: UInt64 = 0
        for i in 0..<comparisons.count {
            p |= UInt64(level(i, a, b)) << UInt64(4 * i)
        }
        if let (g, f) = nameComparisons,
           let (lg, lf) = swappedNameLevels(a, b, direct: (UInt8((p >> UInt64(4 * g)) & 0xF), UInt8((p >> UInt64(4 * f)) & 0xF))) {
            p &= ~(0xF << UInt64(4 * g) | 0xF << UInt64(4 * f))
            p |= UInt64(lg) << UInt64(4 * g) | UInt64(lf) << UInt64(4 * f)
        }
        return p
    }

    /// Name levels with b's given and family names swapped, when that agrees clearly better than as written.
    func swappedNameLevels(_ a: Int, _ b: Int, direct known: (UInt8, UInt8)? = nil) -> (UInt8, UInt8)? {
        guard let (g, f) = nameComparisons else { return nil }
        // A name that agrees as written (exact, nickname, close) means the fields are not swapped.
        if let known, (known.0 >= 1 && known.0 <= 3) || known.1 == 1 || known.1 == 2 { return nil }
        let given = views[g], family = views[f]
        let ga = given.first(of: a), fa = family.first(of: a), gb = given.first(of: b), fb = family.first(of: b)
        // Swapping can only help when some name is present crosswise.
        guard (ga != nil && fb != nil) || (fa != nil && gb != nil) else { return nil }
        let direct = known ?? (level(g, a, b), level(f, a, b))
        var crossG: UInt8 = 0, crossF: UInt8 = 0
        if let ga, let fb { crossG = Comparer.crossLevel(.givenName, given, ga, family, fb) }
        if let fa, let gb { crossF = Comparer.crossLevel(.familyName, family, fa, given, gb) }
        func goodness(_ l: UInt8, _ levels: Int) -> Int { l == 0 ? 0 : levels - Int(l) }
        let gl = levelCounts[g], fl = levelCounts[f]
        let directScore = goodness(direct.0, gl) + goodness(direct.1, fl)
        let crossScore = goodness(crossG, gl) + goodness(crossF, fl)
        // A swap must beat the names as written, and no name present crosswise may be "different"
        // ("Cooper, Isabella" / "Isabell Coopr", "J. Evans" / "Evans, Jacob").
        // One name may disagree crosswise only when the other agrees exactly or closely: "Timothy Coffey" /
        // "Dominey, Timothy" (a surname changed), "Sian Crosser" / "Beelitz, Siawn" (changed, and typed badly).
        let differentG = UInt8(gl - 1), differentF = UInt8(fl - 1)
        guard crossScore > directScore, crossG != 0 || crossF != 0,
              (crossG < differentG && crossF < differentF) || (crossG != 0 && crossG <= 3) || (crossF != 0 && crossF <= 2),
              crossG == 0 || crossF == 0 || min(crossG, crossF) <= 3 else { return nil }
        // Agreeing only crosswise is weaker than agreeing as written: "Grant Thomas" and "Thomas Grant" can be
        // two people. An exact crosswise name counts as close, so other evidence has to carry the match.
        return (crossG == 1 || crossG == 2 ? 3 : crossG, crossF == 1 ? 2 : crossF)
    }

    /// Between two value pairs of one comparison, whether level `l` says more than `best`: the stronger agreement
    /// (levels run from the strongest agreement down), except that two email accounts numbered apart say more than
    /// another address of theirs that merely differs — a son with lortega2@ and a gmail address against his
    /// father's lortega@ is two people, not "different".
    @inline(__always) static func ranks(_ kind: ComparisonKind, _ l: UInt8, before best: UInt8) -> Bool {
        if kind == .email, max(l, best) == numberedApartLevel, min(l, best) == numberedApartLevel - 1 {
            return l == numberedApartLevel
        }
        return l < best
    }

    /// The email level "numbered apart" (after "different"; see ``Comparison/defaultLevels(for:tf:)``).
    static let numberedApartLevel: UInt8 = 6

    /// The level of comparison i, and the value IDs that produced it (for TF adjustment and explanations).
    func level(_ i: Int, _ a: Int, _ b: Int) -> UInt8 { levelAndValues(i, a, b).level }

    func levelAndValues(_ i: Int, _ a: Int, _ b: Int) -> (level: UInt8, va: Int32, vb: Int32) {
        let col = views[i]
        let ra = col.values(of: a), rb = col.values(of: b)
        if ra.isEmpty || rb.isEmpty { return (0, -1, -1) }
        let kind = kinds[i]
        var best: UInt8 = 0, bestA: Int32 = -1, bestB: Int32 = -1
        for x in ra {
            for y in rb {
                let va = col.ids[x], vb = col.ids[y]
                let l = Comparer.level(kind, col, va, vb)
                if l != 0 && (best == 0 || Comparer.ranks(kind, l, before: best)) { best = l; bestA = va; bestB = vb }
            }
        }
        if best == 0, let x = ra.first, let y = rb.first { return (0, col.ids[x], col.ids[y]) }
        return (best, bestA, bestB)
    }

    /// The level of two values of one column, on the hot-loop view.
    @inline(__always)
    static func level(_ kind: ComparisonKind, _ col: ColumnView, _ va: Int32, _ vb: Int32) -> UInt8 {
        if kind.hasSharedLevel {
            return identifierLevel(kind, col.bytes(va), col.bytes(vb), equal: va == vb,
                                   shared: col.shared[Int(va)] || col.shared[Int(vb)],
                                   sameAux: col.sameAux(va, vb) && !col.isAuxShared(va))
        }
        if va == vb { return 1 }
        if !col.levels.isEmpty { return col.levels[Int(va) * col.starts.count + Int(vb)] }
        // Values repeat across pairs (one employer's name, one title against another): a direct-mapped cache of
        // computed levels, keyed by the value pair. Slots are single 64-bit words written whole, so a reader on
        // the other core sees either the old entry or the new one, and checks the key before trusting it.
        let (lo, hi) = va < vb ? (va, vb) : (vb, va)
        let key = UInt64(UInt32(bitPattern: lo)) << 34 | UInt64(UInt32(bitPattern: hi)) << 4
        let slot = Int(truncatingIfNeeded: splitmix(key) & ColumnView.cacheMask)
        if let cache = col.cache {
            let entry = cache[slot]
            if entry & ~0xF == key | 1 << 63 { return UInt8(entry & 0xF) }
        }
        let known: Bool? = col.knownNames.isEmpty ? nil : col.knownNames[Int(va)] && col.knownNames[Int(vb)]
        let l = level(kind, col.bytes(va), col.bytes(vb), sameAux: col.sameAux(va, vb), bothKnownNames: known,
                      misspeltNickname: col.isMisspeltNickname(va, vb))
        col.cache?[slot] = key | 1 << 63 | UInt64(l)
        return l
    }

    /// Emails, phones and streets: identifiers whose agreement is weak evidence when the value is shared (used by
    /// clearly different people in this input), and no evidence either way when a shared value meets another.
    static func identifierLevel(_ kind: ComparisonKind, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                                equal: Bool, shared: Bool, sameAux: Bool) -> UInt8 {
        switch kind {
        case .email:
            if equal { return shared ? 4 : 1 }
            if shared { return 0 }
            return level(.email, a, b, sameAux: sameAux)
        case .phone:
            if equal { return shared ? 3 : 1 }
            if sameAux {
                // One line: two extensions are two desks; a bare main number against a desk is the shared line.
                return hasExtension(a) && hasExtension(b) ? 4 : 3
            }
            if shared { return 0 }
            return lastDigitsEqual(a, b, 7) ? 2 : 5
        case .street:
            if equal { return shared ? 4 : 1 }
            if shared {
                // The same address, close or with and without its unit: the shared one. "12 oak st" against "12 oak
                // st apt 12b" is too short for Jaro-Winkler's 0.93.
                let one = Similarity.jaroWinkler(a, b) >= 0.93
                    || (sameAux && (Folding.isSite(a, of: b) || Folding.isSite(b, of: a)))
                return one ? 4 : 5
            }
            return level(.street, a, b, sameAux: sameAux)
        default:
            return equal ? 1 : level(kind, a, b, sameAux: sameAux)
        }
    }

    /// Two email local parts written as names ("charles.stewart" / "charles.warren", "ann_lee" / "ann_kim"): as
    /// many parts on each side, two or more, and a part that is another name — neither a letter or two off nor
    /// alike (Jaro-Winkler under 0.8), and longer than an initial.
    static func namePartsDiffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Walked in step without allocating: it runs for every candidate pair whose addresses look alike.
        @inline(__always) func isSeparator(_ c: UInt8) -> Bool { c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") }
        @inline(__always) func parts(_ x: UnsafeBufferPointer<UInt8>) -> Int {
            var n = 0, inPart = false
            for c in x { if isSeparator(c) { inPart = false } else if !inPart { inPart = true; n += 1 } }
            return n
        }
        @inline(__always) func next(_ x: UnsafeBufferPointer<UInt8>, from i: inout Int) -> UnsafeBufferPointer<UInt8> {
            while i < x.count && isSeparator(x[i]) { i += 1 }
            let start = i
            while i < x.count && !isSeparator(x[i]) { i += 1 }
            return UnsafeBufferPointer(rebasing: x[start..<i])
        }
        let n = parts(a)
        guard n >= 2, parts(b) == n else { return false }
        var i = 0, j = 0
        for _ in 0..<n {
            let u = next(a, from: &i), v = next(b, from: &j)
            if u.count >= 2, v.count >= 2, Similarity.jaroWinkler(u, v) < 0.8, Similarity.damerauLevenshtein(u, v, limit: 2) > 1 {
                return true
            }
        }
        return false
    }

    /// One word is the other's beginning, two or more letters shorter ("martin" / "martinez").
    static func extendsByTwoOrMore(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count >= 2, !short.isEmpty else { return false }
        for k in short.indices where short[k] != long[k] { return false }
        return true
    }

    @inline(__always) static func hasExtension(_ a: UnsafeBufferPointer<UInt8>) -> Bool {
        a.contains(UInt8(ascii: ";"))
    }

    /// The last `n` digits of two phone keys' lines (extensions left out) are equal.
    static func lastDigitsEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        let ea = a.firstIndex(of: UInt8(ascii: ";")) ?? a.count, eb = b.firstIndex(of: UInt8(ascii: ";")) ?? b.count
        guard ea >= n, eb >= n else { return false }
        for k in 1...n where a[ea - k] != b[eb - k] { return false }
        return true
    }

    /// The level of two values from different columns (a given name against a family name): no shared IDs.
    static func crossLevel(_ kind: ComparisonKind, _ colA: ColumnView, _ va: Int32, _ colB: ColumnView,
                           _ vb: Int32) -> UInt8 {
        let a = colA.bytes(va), b = colB.bytes(vb)
        return a.count == b.count && Similarity.memcmpEqual(a, b) ? 1 : level(kind, a, b, sameAux: false)
    }

    static func level(_ kind: ComparisonKind, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                      sameAux: Bool, bothKnownNames: Bool? = nil, misspeltNickname: Bool = false) -> UInt8 {
            switch kind {
            case .givenName:
                if sameAux { return 2 }
                if (a.count == 1 || b.count == 1) && a[0] == b[0] { return 5 }
                let close = Similarity.jaroWinkler(a, b) >= 0.88
                // A nickname of a misspelt name ("Liz" / "Elizzabeth") is as good as a typo, not another name.
                guard close || Similarity.isTypoOrScramble(a, b) else { return misspeltNickname ? 4 : 6 }
                // Two real names a letter apart are two names, not a typo: Jane and Janet, Mark and Mary.
                if bothKnownNames ?? distinctKnownNames(a, b) { return 6 }
                return close ? 3 : 4
            case .familyName:
                if equalIgnoringSpaces(a, b) { return 2 }                     // "h o" / "ho", "de la cruz" / "delacruz"
                let jw = Similarity.jaroWinkler(a, b)
                // One surname extending another by two letters or more is another surname (Martin / Martinez,
                // Johns / Johnson), however alike Jaro-Winkler's prefix bonus makes them: somewhat close at most.
                if jw >= 0.92, !Self.extendsByTwoOrMore(a, b) { return 2 }
                if jw >= 0.80 || Similarity.isTypoOrScramble(a, b) { return 3 }
                if (a.count == 1 || b.count == 1) && a[0] == b[0] { return 4 }
                return 5
            case .email:
                // A local part identifies a person only when it is more than a first name: "david@" at two
                // firms, or "dave@" and "david@" at one, are different people.
                let la = a.firstIndex(of: UInt8(ascii: "@")) ?? a.count, lb = b.firstIndex(of: UInt8(ascii: "@")) ?? b.count
                if min(la, lb) < 6 { return 5 }
                if sameAux { return 2 }
                // A different first letter is a different initial, not a typo: jsmith@ and rsmith@ at one company
                // are two colleagues named Smith; so is a different last letter (naafieldj@ / naafieldm@) or a
                // number added to tell them apart (mjones@ / mjones2@).
                if a[0] != b[0] { return 5 }
                // The last letter is judged before any trailing digits: "stevensb2" / "stevensd" are Brandon and
                // Donna Stevens.
                let sa = Self.stemLength(UnsafeBufferPointer(rebasing: a[0..<la])), sb = Self.stemLength(UnsafeBufferPointer(rebasing: b[0..<lb]))
                if sa == sb, sa > 1, a[sa - 1] != b[sb - 1], Similarity.memcmpEqual(UnsafeBufferPointer(rebasing: a[0..<(sa - 1)]),
                                                                                  UnsafeBufferPointer(rebasing: b[0..<(sb - 1)])) { return 5 }
                if differOnlyByTrailingDigits(UnsafeBufferPointer(rebasing: a[0..<la]), UnsafeBufferPointer(rebasing: b[0..<lb])) {
                    return sameWorkDomain(a, la, b, lb) ? numberedApartLevel : 5
                }
                guard Similarity.damerauLevenshtein(a, b, limit: 2) <= 2 || Similarity.jaroWinkler(a, b) >= 0.95 else { return 5 }
                // A long shared domain and a shared first name make two surnames look like a typo: charles.stewart@
                // and charles.warren@garfieldvalley.k12.oh.us are two teachers.
                return Self.namePartsDiffer(UnsafeBufferPointer(rebasing: a[0..<la]), UnsafeBufferPointer(rebasing: b[0..<lb])) ? 5 : 3
            case .phone:
                return lastDigitsEqual(a, b, 7) ? 2 : 5
            case .text:
                let jw = Similarity.jaroWinkler(a, b)
                if jw >= 0.92 || tokenContainment(a, b) || isAcronym(a, of: b) || isAcronym(b, of: a) { return 2 }
                if jw >= 0.80 || partialContainment(a, b) { return 3 }
                return 4
            case .street:
                let jw = Similarity.jaroWinkler(a, b)
                if jw >= 0.93 { return 2 }
                if sameAux && jw >= 0.75 { return 3 }
                // One list left the house number out ("goossensg pl" / "10 goossens pl"): the street names alone,
                // a typo apart, are a close address — not a different one.
                let na = Self.afterHouseNumber(a), nb = Self.afterHouseNumber(b)
                if (na.count == a.count) != (nb.count == b.count), na.count >= 4, nb.count >= 4,
                   Similarity.jaroWinkler(na, nb) >= 0.93 { return 3 }
                return 5
            case .postalCode:
                // A ZIP+4 against its ZIP ("45409-6633" / "45409"): the same code, once written in full.
                let (s, l) = a.count <= b.count ? (a, b) : (b, a)
                if s.count >= 5, s.count < l.count, Similarity.memcmpEqual(s, UnsafeBufferPointer(rebasing: l[0..<s.count])) {
                    return 1
                }
                return sameAux ? 2 : 3
            case .date:
                if Similarity.damerauLevenshtein(a, b, limit: 1) <= 1 || swappedDayMonth(a, b) { return 2 }
                return sameAux ? 3 : 4
            case .exact:
                return 2
            case .generation:
                return 2
            }
    }

    /// A street key without its leading house number ("10 goossens pl" → "goossens pl"); the key itself when it
    /// starts with none.
    static func afterHouseNumber(_ x: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var i = 0
        while i < x.count && x[i] >= 48 && x[i] <= 57 { i += 1 }
        guard i > 0, i < x.count, x[i] == 32 else { return x }
        return UnsafeBufferPointer(rebasing: x[(i + 1)...])
    }

    /// The length of a local part without its trailing digits ("stevensb2" → 8).
    static func stemLength(_ x: UnsafeBufferPointer<UInt8>) -> Int {
        var n = x.count
        while n > 0 && x[n - 1] >= 48 && x[n - 1] <= 57 { n -= 1 }
        return n
    }

    /// "mjones" / "mjones2", "bfigueroa2" / "bfigueroa": equal once trailing digits are dropped, and not equal.
    static func differOnlyByTrailingDigits(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func stem(_ x: UnsafeBufferPointer<UInt8>) -> Int {
            var n = x.count
            while n > 0 && x[n - 1] >= 48 && x[n - 1] <= 57 { n -= 1 }
            return n
        }
        let sa = stem(a), sb = stem(b)
        guard sa == sb, sa > 0, a.count != b.count || !Similarity.memcmpEqual(a, b) else { return false }
        return Similarity.memcmpEqual(UnsafeBufferPointer(rebasing: a[0..<sa]), UnsafeBufferPointer(rebasing: b[0..<sb]))
    }

    /// Both addresses are at one domain, and it is not free mail: an employer's, which numbers a second
    /// account for a namesake (mjones@ / mjones2@). At a free-mail provider people pick their own numbers, and a
    /// digit typed wrong ("lucky2879" / "lucky8279") is one person's.
    static func sameWorkDomain(_ a: UnsafeBufferPointer<UInt8>, _ la: Int, _ b: UnsafeBufferPointer<UInt8>, _ lb: Int) -> Bool {
        guard la < a.count, lb < b.count, a.count - la == b.count - lb,
              Similarity.memcmpEqual(UnsafeBufferPointer(rebasing: a[la...]), UnsafeBufferPointer(rebasing: b[lb...])) else { return false }
        return !FeatureTable.isFreeMail(String(decoding: UnsafeBufferPointer(rebasing: a[(la + 1)...]), as: UTF8.self))
    }

    static func equalIgnoringSpaces(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0, j = 0
        while true {
            while i < a.count && a[i] == 32 { i += 1 }
            while j < b.count && b[j] == 32 { j += 1 }
            if i == a.count || j == b.count { return i == a.count && j == b.count }
            if a[i] != b[j] { return false }
            i += 1; j += 1
        }
    }

    /// Both are given names in the nickname table and neither is a form of the other.
    static func distinctKnownNames(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = String(decoding: a, as: UTF8.self), y = String(decoding: b, as: UTF8.self)
        return Nicknames.isKnown(x) && Nicknames.isKnown(y) && !Nicknames.areEquivalent(x, y)
    }

    /// True when `short` is one word of 2–8 letters made of the first letters of `long`'s words, with or without
    /// its small words ("uwc" / "united way of capital", "vp" / "vice president", "dh" / "dalton harliman"):
    /// lists write an employer or a title by its initials. Initials written around an ampersand fold to short
    /// words ("BG&M" → "bg m", "P & G" → "p g"); when every word of `short` has at most three letters, they are
    /// read as one ("bgm" / "badger gear machine").
    static func isAcronym(_ short: UnsafeBufferPointer<UInt8>, of long: UnsafeBufferPointer<UInt8>) -> Bool {
        if short.contains(32) {
            // Checked before anything is allocated: this runs for every organization and title compared.
            var word = 0, total = 0
            for c in short {
                if c == 32 { word = 0; continue }
                word += 1; total += 1
                guard word <= 3, total <= 8 else { return false }
            }
            let letters = short.filter { $0 != 32 }
            return letters.withUnsafeBufferPointer { isAcronym($0, of: long) }
        }
        guard (2...8).contains(short.count), long.count > short.count,
              short.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        func initials(skippingSmallWords: Bool) -> Bool {
            var k = 0, start = 0
            var i = 0
            while i <= long.count {
                if i == long.count || long[i] == 32 {
                    if i > start, !(skippingSmallWords && isSmallWord(long, start, i)) {
                        guard k < short.count, long[start] == short[k] else { return false }
                        k += 1
                    }
                    start = i + 1
                }
                i += 1
            }
            return k == short.count
        }
        return initials(skippingSmallWords: false) || initials(skippingSmallWords: true)
    }

    private static let smallWords = ["of", "the", "and", "for", "at", "in"].map { Array($0.utf8) }

    /// Whether `text[start..<end]` is one of ``smallWords``.
    static func isSmallWord(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        Folding.isWord(text, start..<end, oneOf: smallWords)
    }

    /// True when every word of the shorter value appears in the longer one and the shorter has at least two
    /// words ("bethel new life" in "bethel new life lake and pulaski").
    static func tokenContainment(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (words, found, _) = wordsContained(a, b, skippingSmallWords: false)
        return words >= 2 && found == words
    }

    /// True when the longer value holds the shorter one's only word (four letters or more: "graham" in
    /// "chicago public schools graham alexander") or all but one of its words, at least two ("south harper
    /// montessori school" in "marcy newberry association south harper montessori"): a site named within its
    /// parent's name, a name missing a word. Small words ("of", "the") are not counted: "Bank of America" is not
    /// half of "First Bank of Oshkosh". Weaker than ``tokenContainment(_:_:)``.
    static func partialContainment(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (words, found, shortLength) = wordsContained(a, b, skippingSmallWords: true)
        return words == 1 ? found == 1 && shortLength >= 4 : found >= 2 && found >= words - 1
    }

    /// The shorter value's words (optionally without ``smallWords``), how many of them the longer value holds
    /// as whole words, and the shorter value's length. Allocation-free: walks the words of the shorter value and
    /// looks each up in the longer.
    static func wordsContained(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                               skippingSmallWords: Bool) -> (words: Int, found: Int, shortLength: Int) {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var words = 0, found = 0
        var i = 0
        while i < short.count {
            while i < short.count && short[i] == 32 { i += 1 }
            let start = i
            while i < short.count && short[i] != 32 { i += 1 }
            if start == i { break }
            if skippingSmallWords && isSmallWord(short, start, i) { continue }
            words += 1
            if containsWord(long, short, start, i) { found += 1 }
        }
        return (words, found, short.count)
    }

    static func containsWord(_ text: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>, _ ws: Int, _ we: Int) -> Bool {
        let n = we - ws
        var i = 0
        while i < text.count {
            while i < text.count && text[i] == 32 { i += 1 }
            let start = i
            while i < text.count && text[i] != 32 { i += 1 }
            if i - start == n {
                var same = true
                for k in 0..<n where text[start + k] != w[ws + k] { same = false; break }
                if same { return true }
            }
        }
        return false
    }

    /// "2015-10-03" vs "2015-03-10": day and month written the other way round.
    static func swappedDayMonth(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == 10, b.count == 10 else { return false }
        for i in 0..<4 where a[i] != b[i] { return false }
        return a[5] == b[8] && a[6] == b[9] && a[8] == b[5] && a[9] == b[6]
    }
}

/// A column's arrays as raw buffers, for the pair loop. Valid while its ``ColumnSnapshot`` lives.
struct ColumnView: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int32>
    let ids: UnsafeBufferPointer<Int32>
    let starts: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Int32>
    let aux: UnsafeBufferPointer<Int32>
    let arena: UnsafeBufferPointer<UInt8>
    let shared: UnsafeBufferPointer<Bool>
    var auxShared: UnsafeBufferPointer<Bool> = UnsafeBufferPointer(start: nil, count: 0)
    /// Value ID → what term frequencies count: its records, or for organizations its people
    /// (``FeatureColumnData/people``).
    let frequency: UnsafeBufferPointer<Int32>
    /// For columns with few distinct values (titles, cities, given names): every level precomputed, [va * n + vb].
    var levels: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    /// Given names only: value ID → the aux IDs of its nicknames present in the data
    /// (`nicknameIDs[nicknameOffsets[v]..<nicknameOffsets[v+1]]`), from ConveneNormalize's `Nicknames`.
    var nicknameOffsets: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    var nicknameIDs: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    /// Given names only: value ID → the aux IDs it is a nickname of a misspelling to, either way ("Liz" /
    /// "Elizzabeth"), in the same layout.
    var slipOffsets: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    var slipIDs: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    /// Level cache for columns without a matrix (see ``Comparer/level(_:_:_:_:)``); value IDs below 2²⁹, so a key
    /// (lower ID << 34 | higher ID << 4) never reaches bit 63, the slot's valid flag.
    var cache: UnsafeMutablePointer<UInt64>?
    static let cacheMask: UInt64 = (1 << 18) - 1
    /// Given names only: value ID → the name is in the nickname table (a real name, so a near miss is another name).
    var knownNames: UnsafeBufferPointer<Bool> = UnsafeBufferPointer(start: nil, count: 0)

    /// Equal derived keys, or — for given names — one is a nickname of the other.
    @inline(__always) func sameAux(_ va: Int32, _ vb: Int32) -> Bool {
        let target = aux[Int(vb)]
        if aux[Int(va)] == target { return true }
        if nicknameOffsets.isEmpty { return false }
        for i in Int(nicknameOffsets[Int(va)])..<Int(nicknameOffsets[Int(va) + 1]) where nicknameIDs[i] == target {
            return true
        }
        return false
    }

    /// Given names only: one is a nickname of the name the other misspells ("Liz" / "Elizzabeth").
    @inline(__always) func isMisspeltNickname(_ va: Int32, _ vb: Int32) -> Bool {
        if slipOffsets.isEmpty { return false }
        let target = aux[Int(vb)]
        for i in Int(slipOffsets[Int(va)])..<Int(slipOffsets[Int(va) + 1]) where slipIDs[i] == target { return true }
        return false
    }

    @inline(__always) func isAuxShared(_ v: Int32) -> Bool {
        let a = Int(aux[Int(v)])
        return a >= 0 && a < auxShared.count && auxShared[a]
    }

    @inline(__always) func values(of record: Int) -> Range<Int> { Int(offsets[record])..<Int(offsets[record + 1]) }
    @inline(__always) func first(of record: Int) -> Int32? {
        let r = values(of: record)
        return r.isEmpty ? nil : ids[r.lowerBound]
    }
    @inline(__always) func bytes(_ id: Int32) -> UnsafeBufferPointer<UInt8> {
        let s = Int(starts[Int(id)])
        return UnsafeBufferPointer(rebasing: arena[s..<(s + Int(lengths[Int(id)]))])
    }
}

/// An immutable copy of a column's arrays in manually managed memory, so the pair loop can read it through
/// ``ColumnView`` without retains and releases.
final class ColumnSnapshot: @unchecked Sendable {
    private(set) var view: ColumnView
    private var buffers: [UnsafeMutableRawPointer]

    /// Columns with at most this many distinct values get a precomputed level matrix (≤ 256 KiB).
    static let matrixLimit = 512

    /// `kind`: the comparison the column serves (nickname relations for given names). `memoizeLevels`: with a
    /// kind, a level matrix (few values) or a level cache (many); without, every level is computed when asked.
    init(_ c: FeatureColumnData, kind: ComparisonKind? = nil, memoizeLevels: Bool = true) {
        var buffers: [UnsafeMutableRawPointer] = []
        func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            _ = UnsafeMutableBufferPointer(start: p, count: array.count).initialize(from: array)
            buffers.append(UnsafeMutableRawPointer(p))
            return UnsafeBufferPointer(start: p, count: array.count)
        }
        view = ColumnView(offsets: copy(c.offsets), ids: copy(c.ids), starts: copy(c.starts), lengths: copy(c.lengths),
                          aux: copy(c.aux), arena: copy(c.arena), shared: copy(c.shared),
                          frequency: copy(c.people.isEmpty ? c.frequency : c.people))
        view.auxShared = copy(c.auxShared)
        if kind == .givenName {
            // Nickname groups overlap, so equivalence is a relation per value, not one group key per value.
            // A misspelt formal name is related, more weakly, to the nicknames of the name it stands for
            // ("Elizzabeth" and "Liz", ``FeatureColumnData/isMisspeltNickname(_:_:)``), both ways. Few values are
            // misspelt, so those pairs are gathered apart and the plain relation stays one flat list.
            var offsets: [Int32] = [0], ids: [Int32] = []
            var slips: [Int32: [Int32]] = [:]                                // value → related aux IDs
            var slipAux: [(aux: Int32, value: Int32)] = []                   // the other direction, by aux
            for v in 0..<c.starts.count {
                let own = c.aux[v]
                for name in Nicknames.variants(of: c.text(Int32(v))) {
                    if let a = c.auxLookup[name], a != own { ids.append(a) }
                }
                offsets.append(Int32(ids.count))
                guard let corrected = c.corrections[Int32(v)] else { continue }
                for name in Nicknames.variants(of: corrected) where name != corrected {
                    guard let a = c.auxLookup[name], a != own else { continue }
                    slips[Int32(v), default: []].append(a)
                    slipAux.append((a, own))
                }
            }
            if !slipAux.isEmpty {
                let targets = Dictionary(grouping: slipAux, by: \.aux)
                for v in 0..<c.starts.count {
                    guard let back = targets[c.aux[v]] else { continue }
                    slips[Int32(v), default: []] += back.map(\.value)
                }
                var slipOffsets: [Int32] = [0], slipIDs: [Int32] = []
                for v in 0..<Int32(c.starts.count) {
                    slipIDs += slips[v] ?? []
                    slipOffsets.append(Int32(slipIDs.count))
                }
                view.slipOffsets = copy(slipOffsets)
                view.slipIDs = copy(slipIDs)
            }
            view.knownNames = copy((0..<c.starts.count).map { Nicknames.isKnown(c.text(Int32($0))) })
            view.nicknameOffsets = copy(offsets)
            view.nicknameIDs = copy(ids)
        }
        self.buffers = buffers
        let n = c.starts.count
        if let kind, memoizeLevels, !kind.hasSharedLevel, n > 1, n <= ColumnSnapshot.matrixLimit {
            // Values repeat across millions of pairs; n² comparisons once is far cheaper.
            let m = UnsafeMutablePointer<UInt8>.allocate(capacity: n * n)
            for a in 0..<n {
                for b in 0..<n {
                    m[a * n + b] = a == b ? 1 : Comparer.level(kind, view.bytes(Int32(a)), view.bytes(Int32(b)),
                                                                sameAux: view.sameAux(Int32(a), Int32(b)),
                                                                bothKnownNames: view.knownNames.isEmpty ? nil
                                                                    : view.knownNames[a] && view.knownNames[b],
                                                                misspeltNickname: view.isMisspeltNickname(Int32(a), Int32(b)))
                }
            }
            self.buffers.append(UnsafeMutableRawPointer(m))
            view.levels = UnsafeBufferPointer(start: m, count: n * n)
        } else if let kind, memoizeLevels, !kind.hasSharedLevel, n > ColumnSnapshot.matrixLimit, n < 1 << 29 {
            let cache = UnsafeMutablePointer<UInt64>.allocate(capacity: Int(ColumnView.cacheMask) + 1)
            cache.initialize(repeating: 0, count: Int(ColumnView.cacheMask) + 1)
            self.buffers.append(UnsafeMutableRawPointer(cache))
            view.cache = cache
        }
    }

    deinit { for b in buffers { b.deallocate() } }
}

extension ComparisonKind {
    /// Identifiers with a "shared" level (see ``FeatureTable/markShared(_:people:)``).
    var hasSharedLevel: Bool { self == .email || self == .phone || self == .street }
}
