import ConveneModel
import ConveneNormalize

/// A field the matcher reads, as a column of precomputed keys.
public enum FeatureColumn: String, Codable, Sendable, CaseIterable {
    case givenName, familyName, email, phone, organization, title, street, city, postalCode, website, dateOfBirth

    var index: Int { FeatureColumn.allCases.firstIndex(of: self)! }

    /// Columns whose values repeat across many records (worth memoizing their keys while folding).
    var repeatsAcrossRecords: Bool {
        switch self {
        case .givenName, .familyName, .organization, .title, .city, .postalCode, .website: true
        case .email, .phone, .street, .dateOfBirth: false
        }
    }
}

/// One column of a ``FeatureTable``: every distinct value interned once, records point at value IDs.
///
/// Values are stored in one byte arena (folded UTF-8), so the pair loop works on integer IDs and raw bytes —
/// no strings, no dictionaries. A class, so the hot loop reads it without copying a dozen array references per
/// access; it is only mutated while a table is being built, never while pairs are scored (hence `@unchecked`).
final class FeatureColumnData: @unchecked Sendable {
    /// Record r's value IDs are `ids[offsets[r]..<offsets[r+1]]` (emails and phones may have several).
    var offsets: [Int32] = [0]
    var ids: [Int32] = []
    /// Value ID → bytes in `arena`.
    var starts: [Int32] = []
    var lengths: [Int32] = []
    var arena: [UInt8] = []
    /// Value ID → a derived key (nickname group, last-7 digits, local part, house number, postal prefix, year).
    var aux: [Int32] = []
    /// Value ID → number of records carrying it (for term-frequency adjustment).
    var frequency: [Int32] = []
    /// Value ID → the value is not evidence of identity (a role or shared email).
    var ignored: [Bool] = []
    var lookup: [String: Int32] = [:]
    var auxLookup: [String: Int32] = [:]

    func text(_ id: Int32) -> String {
        let s = Int(starts[Int(id)]), l = Int(lengths[Int(id)])
        return String(decoding: arena[s..<(s + l)], as: UTF8.self)
    }

    /// The folded bytes of a value, for the comparison functions.
    @inline(__always) func bytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            body(UnsafeBufferPointer(rebasing: arena[Int(starts[Int(id)])..<Int(starts[Int(id)] + lengths[Int(id)])]))
        }
    }

    @inline(__always) func values(of record: Int) -> Range<Int> { Int(offsets[record])..<Int(offsets[record + 1]) }

    func first(of record: Int) -> Int32? {
        let r = values(of: record)
        return r.isEmpty ? nil : ids[r.lowerBound]
    }

    func intern(_ value: String, aux auxKey: String?) -> Int32 {
        if let id = lookup[value] { frequency[Int(id)] += 1; return id }
        let id = Int32(starts.count)
        lookup[value] = id
        starts.append(Int32(arena.count))
        lengths.append(Int32(value.utf8.count))
        arena.append(contentsOf: value.utf8)
        frequency.append(1)
        ignored.append(false)
        if let auxKey, !auxKey.isEmpty {
            if let a = auxLookup[auxKey] { aux.append(a) } else {
                let a = Int32(auxLookup.count); auxLookup[auxKey] = a; aux.append(a)
            }
        } else {
            aux.append(-1 - id)                               // unique: never equal to another value's aux
        }
        return id
    }
}

/// The match keys of every record, column by column, computed once per record before blocking.
struct FeatureTable: Sendable {
    var count = 0
    var columns = FeatureColumn.allCases.map { _ in FeatureColumnData() }
    /// Record → folded full name key (for shared-email detection and sorted neighbourhood).
    var nameKeys: [String] = []

    subscript(_ c: FeatureColumn) -> FeatureColumnData {
        get { columns[c.index] }
        set { columns[c.index] = newValue }
    }

    /// Adds one record's raw field values (already split into fields), folding each into its key.
    mutating func append(_ fields: RecordFields) {
        // Mutate the columns in place: copying a column out and back would copy its arrays (quadratic time).
        for column in FeatureColumn.allCases {
            let c = column.index
            for raw in fields[column] {
                guard let (key, aux) = FeatureTable.key(column, raw) else { continue }
                let id = columns[c].intern(key, aux: aux)
                columns[c].ids.append(id)
            }
            columns[c].offsets.append(Int32(columns[c].ids.count))
        }
        let g = columns[FeatureColumn.givenName.index].first(of: count).map { columns[FeatureColumn.givenName.index].text($0) } ?? ""
        let f = columns[FeatureColumn.familyName.index].first(of: count).map { columns[FeatureColumn.familyName.index].text($0) } ?? ""
        nameKeys.append(f + " " + g)
        count += 1
    }

    /// Adds many records: folding (the costly part) runs on both cores in chunks, interning stays in order, so
    /// the table is exactly what appending one by one would build.
    mutating func appendAll(count: Int, _ fields: (Int) -> RecordFields) {
        let chunk = 50_000
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            let raw = (start..<end).map(fields)
            // Blocks of records, each with its own memo: names, organizations, titles and cities repeat across
            // records, so each distinct value is folded once per block instead of once per record.
            let blocks = stride(from: 0, to: raw.count, by: 5_000).map { $0..<min(raw.count, $0 + 5_000) }
            let keyed = Parallel.map(blocks, minimumChunk: 1) { range -> [[[(String, String?)]]] in
                var memo = [[String: (String, String?)?]](repeating: [:], count: FeatureColumn.allCases.count)
                return range.map { i in
                    FeatureColumn.allCases.map { c in
                        raw[i][c].compactMap { value -> (String, String?)? in
                            guard c.repeatsAcrossRecords else { return FeatureTable.key(c, value) }
                            if let hit = memo[c.index][value] { return hit }
                            let k = FeatureTable.key(c, value)
                            memo[c.index][value] = k
                            return k
                        }
                    }
                }
            }
            for block in keyed { for k in block { append(keyed: k) } }
            start = end
        }
    }

    /// Appends one record whose values are already folded (see ``appendAll(count:_:)``).
    mutating func append(keyed: [[(String, String?)]]) {
        for column in FeatureColumn.allCases {
            let c = column.index
            for (key, aux) in keyed[c] { columns[c].ids.append(columns[c].intern(key, aux: aux)) }
            columns[c].offsets.append(Int32(columns[c].ids.count))
        }
        let g = columns[FeatureColumn.givenName.index].first(of: count).map { columns[FeatureColumn.givenName.index].text($0) } ?? ""
        let f = columns[FeatureColumn.familyName.index].first(of: count).map { columns[FeatureColumn.familyName.index].text($0) } ?? ""
        nameKeys.append(f + " " + g)
        count += 1
    }

    /// The folded key and derived key of one raw value, or nil when nothing identifying is left.
    static func key(_ column: FeatureColumn, _ raw: String) -> (String, String?)? {
        switch column {
        case .givenName:
            // The aux key is the compact name itself; nickname equivalence is looked up per value pair
            // (``FeatureColumnData/nicknames``), since nickname groups overlap (Chris: Christopher, Christine).
            let k = MatchText.fold(raw)
            return k.isEmpty ? nil : (k, MatchText.compactKey(k))
        case .familyName, .title, .city:
            let k = MatchText.fold(raw)
            return k.isEmpty ? nil : (k, nil)
        case .organization:
            let k = OrganizationNormalizer.key(raw)
            return k.isEmpty ? nil : (k, nil)
        case .email:
            let k = Folding.emailKey(raw)
            guard !k.isEmpty else { return nil }
            // Local part without dots, so "bob.smith@gmail.com" (key "bobsmith@…") meets "bob.smith@acme.com".
            let local = (k.split(separator: "@", maxSplits: 1).first.map(String.init) ?? k).filter { $0 != "." }
            return (k, local)
        case .phone:
            let k = Folding.phoneKey(raw)
            return k.isEmpty ? nil : (k, String(k.suffix(7)))
        case .street:
            let k = Folding.streetKey(raw)
            guard !k.isEmpty else { return nil }
            let number = k.split(separator: " ").first.flatMap { $0.first?.isNumber == true ? String($0) : nil }
            return (k, number)
        case .postalCode:
            let k = MatchText.compactKey(raw)
            return k.isEmpty ? nil : (k, String(k.prefix(3)))
        case .website:
            let k = Folding.host(raw)
            return k.isEmpty ? nil : (k, nil)
        case .dateOfBirth:
            let k = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return k.isEmpty ? nil : (k, String(k.prefix(4)))
        }
    }

    /// Marks role addresses and addresses used by several differently named records as not-evidence.
    ///
    /// "Differently named" means clearly different people: names that share a similar word (a typo, a swapped
    /// order, a missing part — "Noah Morris", "Morris Noah", "Msrio") count as one, so a person whose name is
    /// typed badly on several lists keeps their email as evidence.
    mutating func markSharedEmails(nameCount threshold: Int) {
        let email = columns[FeatureColumn.email.index]
        // Distinct name keys per email, capped: past a few dozen spellings the address is shared anyway.
        let cap = max(threshold * 8, 16)
        var namesPerEmail = [Set<String>](repeating: [], count: email.starts.count)
        for r in 0..<count where !nameKeys[r].trimmingCharacters(in: .whitespaces).isEmpty {
            for i in email.values(of: r) {
                let id = Int(email.ids[i])
                if namesPerEmail[id].count < cap { namesPerEmail[id].insert(nameKeys[r]) }
            }
        }
        for id in 0..<email.starts.count {
            let text = email.text(Int32(id))
            let local = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
            if EmailNormalizer.isRole(local: local)
                || (namesPerEmail[id].count >= threshold && FeatureTable.distinctPeople(namesPerEmail[id]) >= threshold) {
                email.ignored[id] = true
            }
        }
    }

    /// How many clearly different people a set of "family given" name keys names: a name joins the first
    /// representative with which it shares a word of Jaro-Winkler ≥ 0.8.
    static func distinctPeople(_ names: Set<String>) -> Int {
        var representatives: [[String]] = []
        for name in names.sorted() {
            let words = name.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            let same = representatives.contains { rep in
                words.contains { w in rep.contains { r in Similarity.jaroWinkler(w, r) >= 0.8 } }
            }
            if !same { representatives.append(words) }
        }
        return representatives.count
    }
}

/// One record's raw values per column (before folding).
struct RecordFields: Sendable {
    var values = [[String]](repeating: [], count: FeatureColumn.allCases.count)
    subscript(_ c: FeatureColumn) -> [String] {
        get { values[c.index] }
        set { values[c.index] = newValue }
    }

    init() {}

    init(_ r: ContactRecord) {
        var given = r.name.given, family = r.name.family
        if (given ?? "").isEmpty && (family ?? "").isEmpty && !r.name.raw.isEmpty {
            let parsed = NameParser.parse(r.name.raw)
            (given, family) = (parsed.given, parsed.family)
        }
        self[.givenName] = given.map { [$0] } ?? []
        self[.familyName] = family.map { [$0] } ?? []
        self[.email] = r.emails
        self[.phone] = r.phones
        self[.organization] = r.organization.map { [$0] } ?? []
        self[.title] = r.title.map { [$0] } ?? []
        self[.street] = r.street.map { [$0] } ?? []
        self[.city] = r.city.map { [$0] } ?? []
        self[.postalCode] = r.postalCode.map { [$0] } ?? []
        self[.website] = r.website.map { [$0] } ?? []
        self[.dateOfBirth] = r.dateOfBirth.map { [$0] } ?? []
    }

    init(_ r: OrganizationRecord) {
        self[.organization] = [r.name]
        self[.street] = r.street.map { [$0] } ?? []
        self[.city] = r.city.map { [$0] } ?? []
        self[.postalCode] = r.postalCode.map { [$0] } ?? []
        self[.phone] = r.phone.map { [$0] } ?? []
        self[.website] = r.website.map { [$0] } ?? []
        self[.email] = r.email.map { [$0] } ?? []
    }
}
