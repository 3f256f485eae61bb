import Foundation
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
    /// and "Surname" (Spanish "Nombre" and "Apellido"), French "Nom" and "Prénom".
    ///
    /// When the cell names the other part — holds it as a run of whole words, hyphens and spaces alike, or holds
    /// its main word (a surname's first word past "de", "van" …; a given name's first) — it is the whole name,
    /// read as one (honorifics, suffixes, credentials, "Last, First Middle"), with the column's part as written:
    /// "Maria Garcia Lopez" beside "García-López" is Maria García-López, "Mary Ann Smith" beside "Mary" Mary Ann
    /// Smith, "Ann Lee PhD" beside "Lee" Ann Lee PhD. Otherwise the cell is the missing part: "Maria" beside
    /// "García", "María de los Ángeles" beside "De León", "Sainte-Marie" beside "Marie". Nil when the cell
    /// repeats the part.
    static func nameBesideOnePart(_ full: String, given: String?, middle: String? = nil, family: String?,
                                  organization: String? = nil) -> PersonName? {
        // Words as written, folded: a hyphenated name is one word ("Sainte-Marie" is not "Marie").
        func words(_ s: String) -> [String] {
            s.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { MatchText.compactKey(String($0)) }.filter { !$0.isEmpty }
        }
        // A part's words with hyphens split, particles left out: "De León" → ["leon"], "Lee-Smith" → ["lee", "smith"].
        func mainWords(_ s: String) -> [String] {
            MatchText.fold(s).split(separator: " ").map(String.init).filter { !Self.particles.contains($0) }
        }
        // Some run of the cell's words, squeezed together, is the part squeezed ("garcia" + "lopez").
        func holdsRun(_ cell: [String], _ part: String) -> Bool {
            guard !part.isEmpty else { return false }
            for i in cell.indices {
                var text = ""
                for j in i..<cell.count {
                    text += cell[j]
                    if text == part { return true }
                    if text.count >= part.count { break }
                }
            }
            return false
        }
        let cell = words(full)
        guard !cell.isEmpty else { return nil }
        let cellWords = Set(MatchText.fold(full).split(separator: " ").map(String.init))
        if let family {
            let column = NameParser.parse(given: nil, family: family)   // "Lee Jr." → Lee, suffix Jr.
            let surname = column.family ?? family
            let squeezed = words(surname).joined()
            guard cell.joined() != squeezed, cell.joined() != words(family).joined() else { return nil }
            guard holdsRun(cell, squeezed) || cell.count >= 2 && mainWords(surname).first.map(cellWords.contains) == true else {
                return NameParser.parse(given: full, family: family, middle: middle, raw: "\(full) \(family)")
            }
            var name = NameParser.parse(full, organization: organization)
            // The surname as its column writes it; a middle name that is part of it ("Garcia" of Garcia Lopez) goes.
            if let m = name.middle, squeezed.contains(MatchText.compactKey(m)) { name.middle = nil }
            // Surname first without a comma ("O'Neil Pat"): the parser's given name is the surname, its family the
            // given name.
            if let g = name.given, let f = name.family, MatchText.compactKey(g) == squeezed,
               !squeezed.contains(MatchText.compactKey(f)) {
                name.given = f
            }
            name.family = surname
            if name.suffix == nil { name.suffix = column.suffix }
            return name
        }
        if let given {
            let squeezed = words(given).joined()
            guard cell.joined() != squeezed else { return nil }
            guard holdsRun(cell, squeezed) || cell.count >= 2 && mainWords(given).first.map(cellWords.contains) == true else {
                return NameParser.parse(given: given, family: full, middle: middle, raw: "\(given) \(full)")
            }
            var name = NameParser.parse(full, organization: organization)
            // The given name as its column writes it, when the cell spells it in parts ("Jean Pierre" for Jean-Pierre).
            let read = [name.given, name.middle].compactMap { $0 }.map { MatchText.compactKey($0) }.joined()
            if !read.isEmpty, squeezed.hasPrefix(read) || read == squeezed { name.given = given; name.middle = nil }
            return name
        }
        return nil
    }

    /// Surname particles: not a surname's main word ("De León" is found by "León").
    static let particles: Set<String> = ["de", "del", "la", "las", "los", "le", "les", "du", "da", "das", "do", "dos",
                                         "di", "van", "von", "der", "den", "ter", "ten", "y", "e", "st", "saint", "sainte"]

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
