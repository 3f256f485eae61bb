import ConveneModel

/// A nickname table for matching given names: Bob ↔ Robert, Kathy ↔ Katherine ↔ Catherine.
///
/// ```swift
/// Nicknames.areEquivalent("Bob", "ROBERT")   // true
/// Nicknames.areEquivalent("Chris", "Christine") // true
/// Nicknames.areEquivalent("Christopher", "Christine") // false — related only through "Chris"
/// Nicknames.variants(of: "Peggy")            // ["peggy", "margaret", "maggie", "meg", …]
/// ```
public enum Nicknames {
    /// Every name equivalent to `given` (folded), including `given` itself folded; just `{given}` if unknown,
    /// and empty for empty input.
    ///
    /// ```swift
    /// Nicknames.variants(of: "Bob").contains("robert")   // true
    /// ```
    public static func variants(of given: String) -> Set<String> {
        let key = MatchText.compactKey(given)
        if key.isEmpty { return [] }
        return table[key] ?? [key]
    }

    /// True when the two given names are the same name folded, or one is a nickname of the other (or both are
    /// forms in one group, like Catherine and Katherine). O(1).
    ///
    /// ```swift
    /// Nicknames.areEquivalent("Bob", "Robert")          // true
    /// Nicknames.areEquivalent("Catherine", "Katherine") // true
    /// Nicknames.areEquivalent("Bob", "Jane")            // false
    /// ```
    public static func areEquivalent(_ a: String, _ b: String) -> Bool {
        let ka = MatchText.compactKey(a)
        let kb = MatchText.compactKey(b)
        if ka.isEmpty || kb.isEmpty { return false }
        if ka == kb { return true }
        return table[ka]?.contains(kb) ?? false
    }

    /// The table's name a misspelt given name may stand for: the name is not in the table, has five letters or
    /// more, and is one slip from a table name of six letters or more — a letter left out, added or changed, or
    /// two neighbours swapped, with the first letter kept and the end not merely cut or extended ("Elizzabeth" →
    /// "elizabeth", "Robrt" → "robert"; not Michaela → Michael, Kellie → Nellie). Shorter table names are too
    /// close to one another for a letter left out, added or changed (Jane, June; Mark, Mary), but two neighbours
    /// swapped between the first and the last letter — the commonest slip at a keyboard — stand for the table
    /// name of the same length, from four letters up ("Blil" → "bill", "Jhon" → "john", "Setve" → "steve").
    /// A real name can be such a swap of another (Maire, Marie): the caller's data must show the spelling far
    /// rarer, as for every correction. nil when it is in the table, when nothing is that close, or when the
    /// close names are not forms of one name.
    ///
    /// The table holds only names that have nicknames, so a real name outside it can still be one slip from one
    /// (Marvin, Martin): whoever uses this must also ask the data, as ConveneMatch's `FeatureTable` does — a misspelling is far
    /// rarer than the name it misspells.
    ///
    /// ```swift
    /// Nicknames.correction(of: "Elizzabeth")   // "elizabeth"
    /// Nicknames.correction(of: "Elizabeth")    // nil — a name of the table
    /// ```
    public static func correction(of given: String) -> String? {
        let key = MatchText.compactKey(given)
        guard key.count >= 4, table[key] == nil else { return nil }
        var found: Set<String> = []
        if key.count >= 5 {
            for probe in [key] + deletions(of: key) { found.formUnion(slips[probe] ?? []) }
        }
        found.formUnion(interiorSwaps(of: key).filter { table[$0] != nil })
        // The index also pairs names two letters apart (one left out of each); keep the single slips.
        let word = Array(key.utf8)
        found = found.filter { isOneSlip(word, Array($0.utf8)) }
        guard let first = found.min() else { return nil }
        // Aulison is one slip from Alison and from Allison: forms of one name, so either reading will do.
        return found.allSatisfy { areEquivalent($0, first) } ? first : nil
    }

    /// One letter left out, added or changed, or two neighbours swapped — with the same first letter, and not a
    /// letter added, dropped or changed at the very end (that makes another name: Michael, Michaela).
    static func isOneSlip(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a != b, a.first == b.first, abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < min(a.count, b.count) && a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return i < a.count - 1 }                    // changed, not last
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return i < short.count && short[i...] == long[(i + 1)...]                            // added, not at the end
    }

    /// The table's names of six letters or more, each under itself and under every spelling with one letter left
    /// out: a name one slip from another is found under the other's keys by itself or by one of its own spellings
    /// with one letter left out (a symmetric-delete index; the table has no edit-distance search of its own, and a
    /// few thousand keys cover it). The index also finds names two letters apart — one left out of each —
    /// which ``correction(of:)`` filters out with ``isOneSlip(_:_:)``.
    static let slips: [String: [String]] = {
        var index: [String: [String]] = [:]
        for name in table.keys where name.count >= 6 {
            for key in [name] + deletions(of: name) { index[key, default: []].append(name) }
        }
        return index
    }()

    /// Every spelling with two neighbouring letters swapped, neither of them the first or the last letter.
    static func interiorSwaps(of s: String) -> [String] {
        let letters = Array(s)
        guard letters.count >= 4 else { return [] }
        return (1..<(letters.count - 2)).compactMap { i in
            guard letters[i] != letters[i + 1] else { return nil }
            var swapped = letters
            swapped.swapAt(i, i + 1)
            return String(swapped)
        }
    }

    static func deletions(of s: String) -> [String] {
        let letters = Array(s)
        return letters.indices.map { i in
            var rest = letters
            rest.remove(at: i)
            return String(rest)
        }
    }

    /// True when `given` appears in the table at all (useful to decide how much a nickname match says).
    ///
    /// ```swift
    /// Nicknames.isKnown("Robert")   // true
    /// Nicknames.isKnown("Zyx")      // false
    /// ```
    public static func isKnown(_ given: String) -> Bool { table[MatchText.compactKey(given)] != nil }

    /// True when two parsed names are one name written two ways: the same surname, and the given name the same
    /// (folded), a nickname of it, or its initial — "Bob Smith", "Robert Smith", "R. Smith". What a warning about
    /// rows joined in one person and a golden record's suffix both ask.
    ///
    /// ```swift
    /// Nicknames.sameName(PersonName(given: "Bob", family: "Smith"), PersonName(given: "R.", family: "SMITH"))   // true
    /// Nicknames.sameName(PersonName(given: "Bob", family: "Smith"), PersonName(given: "Jane", family: "Smith")) // false
    /// ```
    public static func sameName(_ a: PersonName, _ b: PersonName) -> Bool {
        guard MatchText.fold(a.family ?? "") == MatchText.fold(b.family ?? "") else { return false }
        let ga = MatchText.compactKey(a.given ?? ""), gb = MatchText.compactKey(b.given ?? "")
        if ga == gb || areEquivalent(ga, gb) { return true }
        return (ga.count == 1 && gb.hasPrefix(ga)) || (gb.count == 1 && ga.hasPrefix(gb))
    }

    /// True when `given` is a formal name of the table: the name one of its groups starts with ("Richard",
    /// "Margaret", "Katherine"), whose short forms follow it ("Dick", "Peggy", "Kate"). False for a short form
    /// only, and for a name the table does not know (a typo, a surname in the given-name column, most names
    /// from outside English).
    ///
    /// ```swift
    /// Nicknames.isFormalName("Richard")   // true
    /// Nicknames.isFormalName("Dick")      // false
    /// Nicknames.isFormalName("Lsia")      // false — not in the table
    /// ```
    public static func isFormalName(_ given: String) -> Bool { formalNames.contains(MatchText.compactKey(given)) }

    /// The names each group of ``nicknameGroups`` starts with.
    static let formalNames: Set<String> = Set(nicknameGroups.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Number of distinct names in the table.
    public static var count: Int { table.count }

    /// Folded name → every name sharing a group with it. Built once from ``nicknameGroups``; a global `let` is
    /// initialized lazily and thread-safely.
    static let table: [String: Set<String>] = {
        var result: [String: Set<String>] = [:]
        for line in nicknameGroups {
            let names = Set(line.split(separator: " ").map(String.init))
            for name in names { result[name, default: []].formUnion(names) }
        }
        return result
    }()
}
