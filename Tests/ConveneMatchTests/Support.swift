import ConveneModel
@testable import ConveneMatch

/// A contact as a list would carry it: "Given Family", optional email/org/phone.
func contact(_ record: Int, _ given: String?, _ family: String?, file: String = "list.csv", email: String? = nil,
             org: String? = nil, phone: String? = nil, title: String? = nil, street: String? = nil,
             city: String? = nil, postal: String? = nil, website: String? = nil, dob: String? = nil) -> ContactRecord {
    ContactRecord(source: SourceRecord(file: file, record: record),
                  name: PersonName(raw: [given, family].compactMap { $0 }.joined(separator: " "), given: given, family: family),
                  emails: email.map { [$0] } ?? [], phones: phone.map { [$0] } ?? [], organization: org, title: title,
                  street: street, city: city, postalCode: postal, website: website, dateOfBirth: dob)
}

/// The label of the level comparison `name` gives records a and b (in a table that also holds `others`).
func levelLabel(_ name: String, _ a: ContactRecord, _ b: ContactRecord, others: [ContactRecord] = [],
                settings: MatchSettings = .people()) -> String {
    var table = FeatureTable()
    table.append(RecordFields(a))
    table.append(RecordFields(b))
    for o in others { table.append(RecordFields(o)) }
    table.finish(sharedPeople: settings.sharedIdentifierPeople)
    let comparer = Comparer(table: table, comparisons: settings.comparisons)
    let i = settings.comparisons.firstIndex { $0.name == name }!
    let pattern = comparer.pattern(0, 1)
    return settings.comparisons[i].levels[Int((pattern >> UInt64(4 * i)) & 0xF)].label
}

/// A deterministic draw for generated inputs (splitmix64), so a generated roster is the same on every run.
struct Draw {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state = splitmix(state)
        return Int(state % UInt64(n))
    }
    mutating func chance(_ p: Double) -> Bool { Double(next(1_000_000)) < p * 1_000_000 }
}

/// Thirty common given names for generated inputs.
let commonGivenNames = ["james", "olivia", "noah", "emma", "liam", "ava", "mason", "sophia", "lucas", "mia",
                        "ethan", "isabella", "logan", "chloe", "jack", "grace", "owen", "zoe", "henry", "ella",
                        "samuel", "ruby", "thomas", "lily", "oscar", "ivy", "harper", "leo", "aria", "finn"]

extension Draw {
    /// A made-up surname of a syllable and an ending ("hollford", "valski"): 128 of them, none a real name's.
    mutating func surname() -> String {
        let syllables = ["bar", "cal", "den", "fer", "gal", "hol", "kin", "lor", "mar", "nel", "pel", "ros",
                         "sel", "tam", "val", "wor"]
        let endings = ["by", "ford", "ley", "ton", "well", "wood", "ski", "man"]
        return syllables[next(syllables.count)] + endings[next(endings.count)]
    }
}
