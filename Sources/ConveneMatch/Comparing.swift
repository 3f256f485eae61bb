/// Computing comparison levels for a pair of records: the γ vector of Fellegi-Sunter.
///
/// Level indices follow ``Comparison/defaultLevels(for:tf:)``: 0 is missing, 1 is exact, the last is different.
/// Multi-valued fields (several emails or phones) take the best level over all value pairs.
struct Comparer {
    let table: FeatureTable
    let comparisons: [Comparison]
    let columnIndex: [Int]

    /// The given-name and family-name comparisons, when both exist: names written in the wrong order
    /// ("Watson, Noah" typed as given "Watson", family "Noah") are compared crosswise too.
    let nameComparisons: (given: Int, family: Int)?

    init(table: FeatureTable, comparisons: [Comparison]) {
        self.table = table
        self.comparisons = comparisons
        self.columnIndex = comparisons.map(\.column.index)
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
        if let (g, f) = nameComparisons, let (lg, lf) = swappedNameLevels(a, b) {
            p &= ~(0xF << UInt64(4 * g) | 0xF << UInt64(4 * f))
            p |= UInt64(lg) << UInt64(4 * g) | UInt64(lf) << UInt64(4 * f)
        }
        return p
    }

    /// Name levels with b's given and family names swapped, when that agrees clearly better than as written.
    func swappedNameLevels(_ a: Int, _ b: Int) -> (UInt8, UInt8)? {
        guard let (g, f) = nameComparisons else { return nil }
        let given = table.columns[columnIndex[g]], family = table.columns[columnIndex[f]]
        let ga = given.first(of: a), fa = family.first(of: a), gb = given.first(of: b), fb = family.first(of: b)
        // Swapping can only help when some name is present crosswise.
        guard (ga != nil && fb != nil) || (fa != nil && gb != nil) else { return nil }
        let direct = (level(g, a, b), level(f, a, b))
        var crossG: UInt8 = 0, crossF: UInt8 = 0
        if let ga, let fb { crossG = Comparer.crossLevel(.givenName, given, ga, family, fb) }
        if let fa, let gb { crossF = Comparer.crossLevel(.familyName, family, fa, given, gb) }
        func goodness(_ l: UInt8, _ levels: Int) -> Int { l == 0 ? 0 : levels - Int(l) }
        let gl = comparisons[g].levels.count, fl = comparisons[f].levels.count
        let directScore = goodness(direct.0, gl) + goodness(direct.1, fl)
        let crossScore = goodness(crossG, gl) + goodness(crossF, fl)
        // Only an exact or close crosswise agreement counts as a swap, and it must beat the names as written.
        guard crossScore > directScore, crossG == 1 || crossF == 1 || (crossG == 2 && crossF == 2) else { return nil }
        return (crossG, crossF)
    }

    /// The level of comparison i, and the value IDs that produced it (for TF adjustment and explanations).
    func level(_ i: Int, _ a: Int, _ b: Int) -> UInt8 { levelAndValues(i, a, b).level }

    func levelAndValues(_ i: Int, _ a: Int, _ b: Int) -> (level: UInt8, va: Int32, vb: Int32) {
        let col = table.columns[columnIndex[i]]
        let ra = col.values(of: a), rb = col.values(of: b)
        if ra.isEmpty || rb.isEmpty { return (0, -1, -1) }
        let kind = comparisons[i].kind
        var best: UInt8 = 0, bestA: Int32 = -1, bestB: Int32 = -1
        for x in ra {
            for y in rb {
                let va = col.ids[x], vb = col.ids[y]
                let l = Comparer.level(kind, col, va, vb)
                if l != 0 && (best == 0 || l < best) { best = l; bestA = va; bestB = vb }
            }
        }
        if best == 0, let x = ra.first, let y = rb.first { return (0, col.ids[x], col.ids[y]) }
        return (best, bestA, bestB)
    }

    /// The level of two values of one column. 0 = not comparable (a role/shared email).
    static func level(_ kind: ComparisonKind, _ col: FeatureColumnData, _ va: Int32, _ vb: Int32) -> UInt8 {
        if kind == .email && (col.ignored[Int(va)] || col.ignored[Int(vb)]) { return 0 }
        if va == vb { return 1 }
        let sameAux = col.aux[Int(va)] == col.aux[Int(vb)]
        return col.bytes(va) { a in col.bytes(vb) { b in level(kind, a, b, sameAux: sameAux) } }
    }

    /// The level of two values from different columns (a given name against a family name): no shared IDs.
    static func crossLevel(_ kind: ComparisonKind, _ colA: FeatureColumnData, _ va: Int32, _ colB: FeatureColumnData,
                           _ vb: Int32) -> UInt8 {
        colA.bytes(va) { a in colB.bytes(vb) { b in
            a.count == b.count && Similarity.memcmpEqual(a, b) ? 1 : level(kind, a, b, sameAux: false)
        } }
    }

    static func level(_ kind: ComparisonKind, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                      sameAux: Bool) -> UInt8 {
            switch kind {
            case .givenName:
                if sameAux { return 2 }
                if Similarity.jaroWinkler(a, b) >= 0.88 { return 3 }
                if (a.count == 1 || b.count == 1) && a[0] == b[0] { return 4 }
                return 5
            case .familyName:
                let jw = Similarity.jaroWinkler(a, b)
                if jw >= 0.92 { return 2 }
                if jw >= 0.80 { return 3 }
                if (a.count == 1 || b.count == 1) && a[0] == b[0] { return 4 }
                return 5
            case .email:
                if sameAux { return 2 }
                if Similarity.damerauLevenshtein(a, b, limit: 2) <= 2 || Similarity.jaroWinkler(a, b) >= 0.95 { return 3 }
                return 4
            case .phone:
                return sameAux ? 2 : 3
            case .text:
                let jw = Similarity.jaroWinkler(a, b)
                if jw >= 0.92 || tokenContainment(a, b) { return 2 }
                if jw >= 0.80 { return 3 }
                return 4
            case .street:
                let jw = Similarity.jaroWinkler(a, b)
                if jw >= 0.93 { return 2 }
                if sameAux && jw >= 0.75 { return 3 }
                return 4
            case .postalCode:
                return sameAux ? 2 : 3
            case .date:
                if Similarity.damerauLevenshtein(a, b, limit: 1) <= 1 || swappedDayMonth(a, b) { return 2 }
                return sameAux ? 3 : 4
            case .exact:
                return 2
            }
    }

    /// True when every word of the shorter value appears in the longer one and the shorter has at least two
    /// words ("bethel new life" in "bethel new life lake and pulaski").
    static func tokenContainment(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let shortWords = short.split(separator: 32), longWords = long.split(separator: 32)
        guard shortWords.count >= 2 else { return false }
        return shortWords.allSatisfy { w in longWords.contains { $0.elementsEqual(w) } }
    }

    /// "2015-10-03" vs "2015-03-10": day and month written the other way round.
    static func swappedDayMonth(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == 10, b.count == 10 else { return false }
        for i in 0..<4 where a[i] != b[i] { return false }
        return a[5] == b[8] && a[6] == b[9] && a[8] == b[5] && a[9] == b[6]
    }
}
