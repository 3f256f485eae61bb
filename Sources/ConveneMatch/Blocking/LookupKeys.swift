import ConveneModel
import ConveneNormalize
import Foundation

/// The keys a store indexes people by, so that linking one new record (a sign-in sheet into a workspace) reads
/// only the people sharing a key with it — the incremental counterpart of ``BlockingKey`` for a batch.
///
/// ```swift
/// for key in LookupKeys.keys(contact) { index[key, default: []].append(personID) }
/// ```
/// Keys: exact email (`e:`), phone with at least 7 digits (`p:`), folded surname + an initial of the given
/// name or of one of its nickname variants (`n:`), the surname's Soundex + the same initials, and the given
/// name's Soundex + the surname's initial for names typed into each other's columns (`s:`, as the batch's
/// ``BlockingKey/phoneticSurnameFirstInitial``: "Jonson" on a typed sign-in sheet finds "Johnson"),
/// organization key + surname (`o:`), a lone given name with no surname and no email (`g:`), and the batch's
/// other blocks for records whose names were retyped: date of birth with an initial or the postal code (`d:`,
/// as ``BlockingKey/dateOfBirthInitial``), house number with the street's first letters or the postal code
/// (`h:`, as ``BlockingKey/streetNumberPostal``), and an email's local part of eight characters or more at
/// any domain (`l:`; the batch's ``BlockingKey/emailLocalPart`` takes shorter ones too, since it leaves out the
/// local parts several people use, which a store does not know). ConveneMatch computes them; a store only saves and
/// looks them up.
public enum LookupKeys {
    /// The lookup keys of `c`, as listed above; a record with nothing usable has none.
    ///
    /// ```swift
    /// // Bob Smith, bob@acme.com, at Acme:
    /// // ["e:bob@acme.com", "n:smith|b", "n:smith|r", "s:S530|b", "s:S530|r", "s:B100|s", "o:acme|smith"]
    /// let keys = LookupKeys.keys(contact)
    /// ```
    public static func keys(_ c: ContactRecord) -> [String] {
        var keys: [String] = []
        for e in c.emails where !e.isEmpty { keys.append("e:" + e.lowercased()) }
        for p in c.phones where p.count >= 7 { keys.append("p:" + p) }
        let family = fold(c.name.family ?? "")
        let given = fold(c.name.given ?? "")
        if !family.isEmpty {
            // One key per initial among the given name's nickname variants: Bob → b and r (Robert).
            let initials = Set(Nicknames.variants(of: given).compactMap(\.first)).union(given.prefix(1))
            for initial in initials.sorted() { keys.append("n:" + family + "|" + String(initial)) }
            let sound = Similarity.soundex(family)
            if !sound.isEmpty {
                for initial in initials.sorted() { keys.append("s:" + sound + "|" + String(initial)) }
            }
            let swapped = Similarity.soundex(given)
            if !swapped.isEmpty, let initial = family.first {
                let key = "s:" + swapped + "|" + String(initial)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        // Organization + surname: finds "Bob Smith" at Acme for "Robert Smith" at Acme (nicknames change the initial).
        if !family.isEmpty, let org = c.organization, case let key = OrganizationNormalizer.key(org), !key.isEmpty {
            keys.append("o:" + key + "|" + family)
        }
        // A lone first name ("Sam" on a Zoom report) without an email still finds its namesakes.
        if family.isEmpty, !given.isEmpty, c.emails.isEmpty { keys.append("g:" + given) }
        keys += retypedNameKeys(c, given: given, family: family)
        return keys
    }

    /// The `d:`, `h:` and `l:` keys: what still finds a person whose name was typed differently, folded as the
    /// batch's feature table folds the field (``FeatureTable/key(_:_:)``).
    static func retypedNameKeys(_ c: ContactRecord, given: String, family: String) -> [String] {
        var keys: [String] = []
        let postal = c.postalCode.flatMap { FeatureTable.key(.postalCode, $0)?.0 }
        if let born = c.dateOfBirth.flatMap({ FeatureTable.key(.dateOfBirth, $0)?.0 }) {
            for initial in Set([given.first, family.first].compactMap { $0 }).sorted() { keys.append("d:" + born + "|" + String(initial)) }
            if let postal { keys.append("d:" + born + "|#" + postal) }
        }
        if let street = c.street.flatMap({ FeatureTable.key(.street, $0)?.0 }),
           let (number, name) = Folding.houseNumberAndStreet(street) {
            keys.append("h:" + number + " " + name)
            if let postal { keys.append("h:" + number + "|#" + postal) }
        }
        for e in c.emails {
            guard let (_, local) = FeatureTable.key(.email, e), let local, local.count >= 8, !keys.contains("l:" + local) else { continue }
            keys.append("l:" + local)
        }
        return keys
    }

    /// The engine's own folding (``MatchText/fold(_:)``): case, accents and apostrophes go, so "O'Neil" and
    /// "ONeil" find each other as the comparisons already say they agree. Keys stored before this folding are
    /// recomputed by `convene rebuild`.
    static func fold(_ s: String) -> String { MatchText.fold(s) }
}
