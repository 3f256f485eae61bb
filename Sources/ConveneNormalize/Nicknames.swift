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

    /// True when `given` appears in the table at all (useful to decide how much a nickname match says).
    ///
    /// ```swift
    /// Nicknames.isKnown("Robert")   // true
    /// Nicknames.isKnown("Zyx")      // false
    /// ```
    public static func isKnown(_ given: String) -> Bool { table[MatchText.compactKey(given)] != nil }

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
