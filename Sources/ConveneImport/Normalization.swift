import ConveneModel
import ConveneNormalize

/// The one place the importer calls ConveneNormalize, so every cell is cleaned the same way.
enum Normalization {
    /// A name from one cell ("Smith, Robert J.", "Dr. Ann Lee") or from separate columns. The row's
    /// `organization` tells "Ann Lee, Acme" (Ann Lee of Acme) from "Smith, Robert" (Last, First).
    /// `besideOnePart`: the file's name column stands beside a first-name or a last-name column, not both
    /// (``nameBesideOnePart(_:given:middle:family:organization:)``).
    static func personName(full: String?, honorific: String?, given: String?, middle: String?, family: String?,
                           suffix: String?, organization: String? = nil, besideOnePart: Bool = false) -> PersonName {
        var name: PersonName
        if besideOnePart, let full, !full.isEmpty, (given == nil) != (family == nil),
           let split = nameBesideOnePart(full, given: given, middle: middle, family: family, organization: organization) {
            name = split
        } else if given != nil || family != nil {
            name = NameParser.parse(given: given, family: family, middle: middle, raw: full)
        } else if let full, !full.isEmpty {
            name = NameParser.parse(full, organization: organization)
        } else {
            return PersonName()
        }
        if let honorific, !honorific.isEmpty, name.honorific == nil { name.honorific = honorific }
        if let suffix, !suffix.isEmpty, name.suffix == nil { name.suffix = suffix }
        return name
    }

    /// A name cell beside only one of the name parts, in a file whose columns are laid out so: a form's "Name"
    /// and "Surname" (Spanish "Nombre" and "Apellido"), French "Nom" and "Prénom". The cell is the whole name when
    /// it holds the other part as whole words, accents and case aside ("Dr. Maria Garcia" or "Garcia, Maria"
    /// beside "García"; "Ann Lee" beside "Lee Jr.", whose suffix is kept); otherwise it is the part that is
    /// missing ("Maria" beside "García"; "María de los Ángeles" beside "De León"; "Sainte-Marie" beside "Marie").
    /// Nil when the cell repeats the part it stands beside, so the caller reads that part alone.
    static func nameBesideOnePart(_ full: String, given: String?, middle: String? = nil, family: String?,
                                  organization: String? = nil) -> PersonName? {
        // Words as written (a hyphenated name is one), each folded: "Sainte-Marie" is not "Marie".
        func words(_ s: String) -> [String] {
            s.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { MatchText.compactKey(String($0)) }.filter { !$0.isEmpty }
        }
        func holds(_ cell: [String], _ part: [String]) -> Bool {
            guard !part.isEmpty, cell.count > part.count else { return false }
            return (0...(cell.count - part.count)).contains { cell[$0..<($0 + part.count)].elementsEqual(part) }
        }
        let cell = words(full)
        guard !cell.isEmpty else { return nil }
        if let family {
            let surname = NameParser.parse(given: nil, family: family)   // "Lee Jr." → Lee, suffix Jr.
            guard cell != words(family) else { return nil }
            if holds(cell, words(surname.family ?? family)) {
                var name = NameParser.parse(full, organization: organization)
                if name.suffix == nil { name.suffix = surname.suffix }
                return name
            }
            return NameParser.parse(given: full, family: family, middle: middle, raw: "\(full) \(family)")
        }
        if let given {
            let part = words(given)
            guard cell != part else { return nil }
            if holds(cell, part) { return NameParser.parse(full, organization: organization) }
            return NameParser.parse(given: given, family: full, middle: middle, raw: "\(given) \(full)")
        }
        return nil
    }

    /// Every number in the cells (a cell may hold several: "608-555-0101 / 608-555-0199"), E.164 where it can be
    /// trusted, else the digits; an extension is kept as ";ext=204" (RFC 3966 style). No repeats.
    static func phones(_ cells: [String], region: String) -> [String] {
        var out: [String] = []
        for cell in cells {
            for p in PhoneNormalizer.extractAll(cell, defaultRegion: region) where p.isUsable {
                var value = p.e164 ?? p.digits
                if let ext = p.extension, !ext.isEmpty { value += ";ext=\(ext)" }
                if !value.isEmpty && !out.contains(value) { out.append(value) }
            }
        }
        return out
    }

    /// Public-partner kind from the organization name and a work email domain (free-mail domains say nothing).
    static func organizationKind(name: String, emailDomain: String?) -> OrganizationKind {
        OrganizationNormalizer.inferKind(name: name, emailDomain: emailDomain)
    }

    /// A calendar date from the formats exports write ("2026-02-01", "3/5/24", "7/20/23, 4:16:29 PM", "12 Aug 2023").
    static func date(_ raw: String) -> CalendarDate? { DateTimeParser.date(raw) }

    /// ISO-8601 (offset kept when the source gave one) where parseable; nil otherwise.
    static func dateTime(_ raw: String) -> String? { DateTimeParser.dateTime(raw)?.iso8601 }

    /// Minutes from "1h 5m", "59m 35s", "58" (Zoom's minutes), "1:05:00"; rounded to 1/100 minute.
    static func minutes(_ raw: String) -> Double? {
        guard let seconds = DateTimeParser.duration(raw, bareNumberUnit: .minutes) else { return nil }
        return (seconds / 60 * 100).rounded() / 100
    }
}
