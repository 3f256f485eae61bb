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
    /// and "Surname" (Spanish "Nombre" and "Apellido"), French "Nom" and "Prénom". When the cell holds the other
    /// part — as consecutive whole words, hyphens and spaces alike, accents and case aside — or begins with the
    /// given name's first word / ends with the surname's last, it is the whole name and the rest of it is the
    /// missing part: "Dr. Maria Garcia Lopez" or "Garcia-Lopez, Maria" beside "García-López" give Maria; "Maria
    /// Lopez" beside "Garcia Lopez" gives Maria; "Mary Smith" beside "Mary Ann" gives Smith. Otherwise the cell is
    /// the missing part ("Maria" beside "García"; "María de los Ángeles" beside "De León"; "Sainte-Marie" beside
    /// "Marie"). The column's own part is kept as written (its suffix too). Nil when the cell repeats the part.
    static func nameBesideOnePart(_ full: String, given: String?, middle: String? = nil, family: String?,
                                  organization: String? = nil) -> PersonName? {
        // Words as written (a hyphenated name is one word: "Sainte-Marie" is not "Marie"), and each folded.
        let written = full.split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { !MatchText.compactKey($0).isEmpty }
        let cell = written.map { MatchText.compactKey($0) }
        func words(_ s: String) -> [String] {
            s.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { MatchText.compactKey(String($0)) }.filter { !$0.isEmpty }
        }
        // The run of the cell's words that, squeezed together, is the part squeezed ("garcia"+"lopez").
        func run(of part: [String]) -> Range<Int>? {
            let target = part.joined()
            guard !target.isEmpty else { return nil }
            for i in cell.indices {
                var text = ""
                for j in i..<cell.count {
                    text += cell[j]
                    if text == target { return i..<(j + 1) }
                    if text.count >= target.count { break }
                }
            }
            return nil
        }
        func text(_ r: Range<Int>) -> String {
            written[r].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", "))
        }
        guard !cell.isEmpty else { return nil }
        if let family {
            let part = words(NameParser.parse(given: nil, family: family).family ?? family)   // "Lee Jr." → Lee
            guard cell.joined() != part.joined(), cell.joined() != words(family).joined() else { return nil }
            guard let found = run(of: part) ?? (cell.count >= 2 && cell.last == part.last ? (cell.count - 1)..<cell.count : nil) else {
                return NameParser.parse(given: full, family: family, middle: middle, raw: "\(full) \(family)")
            }
            // The words before the surname, or after it when it comes first ("Garcia, Maria").
            let rest = found.lowerBound > 0 ? 0..<found.lowerBound : found.upperBound..<cell.count
            guard !rest.isEmpty else { return nil }
            return NameParser.parse(given: text(rest), family: family, middle: middle, raw: full)
        }
        if let given {
            let part = words(given)
            guard cell.joined() != part.joined() else { return nil }
            guard let found = run(of: part) ?? (cell.count >= 2 && cell.first == part.first ? 0..<1 : nil) else {
                return NameParser.parse(given: given, family: full, middle: middle, raw: "\(given) \(full)")
            }
            // The words after the given name ("Dr. Ann Lee": Lee, with "Dr." read before the given name), or
            // before it when it comes last ("LEE, Ann").
            if found.upperBound < cell.count {
                let before = found.lowerBound > 0 ? text(0..<found.lowerBound) + " " : ""
                return NameParser.parse(given: before + given, family: text(found.upperBound..<cell.count), middle: middle, raw: full)
            }
            guard found.lowerBound > 0 else { return nil }
            return NameParser.parse(given: given, family: text(0..<found.lowerBound), middle: middle, raw: full)
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
