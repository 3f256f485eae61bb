import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation

/// The workspace's side of linking: the blocking keys stored per person (candidate retrieval from SQLite),
/// the text kept with a review pair, and the golden record of a person. Whether two records are the same
/// person is decided by ConveneMatch (``CandidateScorer``), never here.
enum Linking {
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

    /// The text kept with a review pair: each comparison's level and weight, then the guard or decision
    /// that overruled the probability ("email different -3.05, …, conflict: different-emails-and-organizations").
    /// No field values: review pairs are shown in logs and sheets next to the records themselves.
    static func summary(_ score: CandidateScore) -> String {
        var parts = score.explanation.terms.map { t in
            "\(t.comparison) \(t.level) \(t.weight >= 0 ? "+" : "")\(String(format: "%.2f", t.weight))"
        }
        if let reason = score.reason { parts.append(reason) }
        return parts.joined(separator: ", ")
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

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
