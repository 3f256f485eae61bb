import ConveneModel
import ConveneNormalize
import Foundation

/// The seam between the workspace and the matcher: blocking keys stored per person, the score of a new record
/// against a person's records, and the golden record of a person.
///
/// Why not ConveneMatch's engine here: its `IncrementalLinker` keeps every record in memory, so each command
/// would first load and re-index the whole workspace (seconds at 100,000 people, against a 1 s budget), and
/// `Matcher.run` on just a record's neighbourhood (tried) runs with untrained default weights and linked
/// "Jane Smith, jsmith@acme" to "Robert Smith, rsmith@acme". This scorer uses the same Fellegi-Sunter form
/// (prior + one weight per comparison where both have a value) and the same conflict guard.
///
/// The workspace links incrementally: a new record is compared only with the people sharing one of its
/// blocking keys (found through the `person_key` index), so linking a sign-in sheet costs the same whether
/// the workspace holds a hundred people or a hundred thousand.
enum Linking {
    /// Posterior probability at or above which a record joins a person.
    static let matchThreshold = 0.92
    /// Probabilities in [reviewThreshold, matchThreshold) become review pairs.
    static let reviewThreshold = 0.5

    /// Keys that make two records candidates: exact email, exact phone, folded surname + first initial,
    /// organization key + surname.
    static func blockingKeys(_ c: ContactRecord) -> [String] {
        var keys: [String] = []
        for e in c.emails where !e.isEmpty { keys.append("e:" + e.lowercased()) }
        for p in c.phones where p.count >= 7 { keys.append("p:" + p) }
        let family = fold(c.name.family ?? "")
        let given = fold(c.name.given ?? "")
        if !family.isEmpty {
            // One key per initial among the given name's nickname variants: Bob → b and r (Robert).
            let initials = Set(Nicknames.variants(of: given).compactMap(\.first)).union(given.prefix(1))
            for initial in initials.sorted() { keys.append("n:" + family + "|" + String(initial)) }
        }
        // Organization + surname: finds "Bob Smith" at Acme for "Robert Smith" at Acme (nicknames change the initial).
        if !family.isEmpty, let org = c.organization, case let key = organizationKey(org), !key.isEmpty {
            keys.append("o:" + key + "|" + family)
        }
        // A lone first name ("Sam" on a Zoom report) without an email still finds its namesakes.
        if family.isEmpty, !given.isEmpty, c.emails.isEmpty { keys.append("g:" + given) }
        return keys
    }

    struct Score {
        var probability: Double
        /// Which comparisons fired, e.g. "email exact +9.6, last name exact +7.4".
        var explanation: String
    }

    /// The best score of `record` against any of `candidates` (one person's records).
    static func score(_ record: ContactRecord, against candidates: [ContactRecord]) -> Score {
        candidates.map { pair(record, $0) }.max { $0.probability < $1.probability } ?? Score(probability: 0, explanation: "")
    }

    /// Fellegi-Sunter style: a prior log-odds plus one weight per comparison where both records have a value.
    static func pair(_ a: ContactRecord, _ b: ContactRecord) -> Score {
        var weight = log2(0.1 / 0.9)
        var fired: [String] = []
        func add(_ label: String, _ w: Double) { weight += w; fired.append("\(label) \(w >= 0 ? "+" : "")\(String(format: "%.1f", w))") }

        let emailsA = Set(a.emails.map { $0.lowercased() }), emailsB = Set(b.emails.map { $0.lowercased() })
        if !emailsA.isEmpty, !emailsB.isEmpty {
            if !emailsA.isDisjoint(with: emailsB) { add("email exact", 9.6) }
            else if !Set(emailsA.map(localPart)).isDisjoint(with: emailsB.map(localPart)) { add("email local part", 4) }
            else { add("email different", -1.5) }
        }
        if !a.phones.isEmpty, !b.phones.isEmpty {
            Set(a.phones).isDisjoint(with: b.phones) ? add("phone different", -1) : add("phone exact", 7)
        }
        let fa = fold(a.name.family ?? ""), fb = fold(b.name.family ?? "")
        if !fa.isEmpty, !fb.isEmpty { fa == fb ? add("last name exact", 7.4) : add("last name different", -6) }
        let ga = fold(a.name.given ?? ""), gb = fold(b.name.given ?? "")
        if !ga.isEmpty, !gb.isEmpty {
            if ga == gb { add("first name exact", 6.3) }
            else if Nicknames.areEquivalent(ga, gb) { add("first name nickname", 4.6) }
            else if ga.first == gb.first, ga.count == 1 || gb.count == 1 || ga.hasPrefix(gb) || gb.hasPrefix(ga) { add("first name initial/prefix", 1.5) }
            else { add("first name different", -4.5) }
        }
        let oa = organizationKey(a.organization ?? ""), ob = organizationKey(b.organization ?? "")
        if !oa.isEmpty, !ob.isEmpty { oa == ob ? add("organization exact", 3) : add("organization different", -1) }
        let odds = pow(2, weight)
        var probability = odds.isFinite ? odds / (1 + odds) : 1
        // Conflicting strong evidence — different emails AND different organizations — is never linked
        // automatically however well the names agree (two Jane Smiths at two companies): a person decides.
        let emailsDiffer = !emailsA.isEmpty && !emailsB.isEmpty && emailsA.isDisjoint(with: emailsB)
        if emailsDiffer, !oa.isEmpty, !ob.isEmpty, oa != ob, probability >= matchThreshold {
            probability = (matchThreshold + reviewThreshold) / 2
            fired.append("conflict: different emails and organizations → review")
        }
        return Score(probability: probability, explanation: fired.joined(separator: ", "))
    }

    /// The golden record: the most frequent value per field (ties: the latest), others kept as alternates.
    static func golden(id: PersonID, records: [ContactRecord]) -> Person {
        func pick(_ field: String, _ values: [(String, SourceRecord)], into alternates: inout [String: [Sourced<String>]]) -> String? {
            let present = values.filter { !$0.0.isEmpty }
            guard !present.isEmpty else { return nil }
            var counts: [String: Int] = [:]
            for (v, _) in present { counts[v, default: 0] += 1 }
            let best = present.reversed().max { counts[$0.0]! < counts[$1.0]! }!.0
            let others = present.filter { $0.0 != best }.map { Sourced($0.0, raw: $0.0, source: $0.1) }
            if !others.isEmpty { alternates[field] = others }
            return best
        }
        var alternates: [String: [Sourced<String>]] = [:]
        // The fullest name (most parts), latest on ties.
        let name = records.reversed().max { namePartCount($0.name) < namePartCount($1.name) }?.name ?? PersonName()
        let otherNames = records.map(\.name.displayName).filter { $0 != name.displayName }
        if !otherNames.isEmpty {
            alternates["name"] = zip(records, records.map(\.name.displayName)).filter { $0.1 != name.displayName }
                .map { Sourced($0.1, raw: $0.0.name.raw, source: $0.0.source) }
        }
        let email = pick("email", records.flatMap { r in r.emails.map { ($0, r.source) } }, into: &alternates)
        let phone = pick("phone", records.flatMap { r in r.phones.map { ($0, r.source) } }, into: &alternates)
        let org = pick("organization", records.compactMap { r in r.organization.map { ($0, r.source) } }, into: &alternates)
        let title = pick("title", records.compactMap { r in r.title.map { ($0, r.source) } }, into: &alternates)
        let city = pick("city", records.compactMap { r in r.city.map { ($0, r.source) } }, into: &alternates)
        return Person(id: id, name: name, email: email, phone: phone, organization: org, title: title, city: city,
                      alternates: alternates, sources: records.map(\.source))
    }

    /// The organization match key ("The ACME Mfg. Co., Inc." → "acme manufacturing"), from ConveneNormalize.
    static func organizationKey(_ name: String) -> String { OrganizationNormalizer.key(name) }

    private static func namePartCount(_ n: PersonName) -> Int {
        [n.given, n.middle, n.family, n.suffix].compactMap { $0 }.filter { !$0.isEmpty }.count
    }

    private static func localPart(_ email: String) -> String { String(email.split(separator: "@").first ?? "") }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
