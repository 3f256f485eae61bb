import ConveneModel

/// Splits a person's name as lists write it into parts: honorific, given, middle, family, suffix, credentials.
///
/// ```swift
/// NameParser.parse("SMITH, ROBERT J JR")
/// // given "Robert", middle "J.", family "Smith", suffix "Jr."
/// NameParser.parse("Dr. Maria José García-López, PhD")
/// // honorific "Dr.", given "Maria", middle "José", family "García-López", credentials ["PhD"]
/// NameParser.parse("ludwig van beethoven")   // given "Ludwig", family "van Beethoven"
/// ```
/// The raw text is always kept in `raw`. Case is repaired only when a part is all capitals or all lowercase;
/// a name written in mixed case ("DeShawn McDonald") is trusted as written.
public enum NameParser {
    /// Parses a whole name from one cell ("Last, First M.", "First Middle Last", "Dr. Jane Doe, PhD, SPHR",
    /// "jane.doe@acme.com", "Madonna").
    public static func parse(_ raw: String) -> PersonName {
        var name = PersonName(raw: raw)
        var text = cleanup(raw)
        if text.isEmpty { return name }

        // An email address typed in the name column: "jane.doe@acme.com" → Jane Doe; "jdoe@…" tells nothing.
        if text.contains("@") {
            if let open = text.firstIndex(of: "<") {  // "Jane Doe <jane@acme.com>": the display name wins
                let before = String(text[..<open]).trimmingSpaces
                if !before.isEmpty { return parse(before).with(raw: raw) }
            }
            if !text.contains(" ") { return fromEmail(text, raw: raw) }
        }

        // Segments between commas: the first is the name (or the family name in "Last, First"), later ones are
        // credentials/suffixes ("Jane Doe, PhD, SPHR") or the given names.
        var segments = text.split(separator: ",").map { tokens(String($0)) }.filter { !$0.isEmpty }
        guard !segments.isEmpty else { return name }
        var credentials: [String] = []
        var suffix: String? = nil
        var honorifics: [String] = []

        var head = segments.removeFirst()
        var givenPart: [String]? = nil
        // "Smith, JD": after a one-word head, the next segment is the given name even if it looks like a
        // credential; only a suffix ("Smith, Jr.") is read as such.
        if head.count == 1, let first = segments.first, !first.allSatisfy(isSuffix) {
            givenPart = segments.removeFirst()
        }
        for segment in segments {
            if segment.allSatisfy({ isSuffix($0) || isCredential($0) || isHonorific($0) }) {
                for t in segment {
                    if isSuffix(t) && suffix == nil { suffix = canonicalSuffix(t) }
                    else if isCredential(t) { credentials.append(canonicalCredential(t)) }
                    else if isHonorific(t) { honorifics.append(canonicalHonorific(t)) }
                }
            } else if givenPart == nil {
                givenPart = segment
            } else {
                // A third free-text segment ("Smith, Robert, Acme Corp"): keep nothing of it but the raw text.
                continue
            }
        }

        // "Last, First": the head is the family name, possibly with a suffix ("Smith Jr., Robert").
        if var given = givenPart {
            stripLeadingHonorifics(&head, into: &honorifics)
            stripLeadingHonorifics(&given, into: &honorifics)
            stripTrailing(&head, suffix: &suffix, credentials: &credentials, keep: 1)
            stripTrailing(&given, suffix: &suffix, credentials: &credentials, keep: 1)
            let recase = needsRecasing(head + given)
            name.family = joinFamily(head, recase: recase)
            assignGivenAndMiddle(given, to: &name, recase: recase)
        } else {
            stripLeadingHonorifics(&head, into: &honorifics)
            stripTrailing(&head, suffix: &suffix, credentials: &credentials, keep: 2)
            let recase = needsRecasing(head)
            if head.count == 1 {
                name.given = caseName(head[0], recase: recase, position: 0)
            } else if !head.isEmpty {
                // The family name is the last word plus the particles before it ("van der Berg", "de la Cruz").
                var familyStart = head.count - 1
                while familyStart > 1, isParticle(head[familyStart - 1]) { familyStart -= 1 }
                name.family = joinFamily(Array(head[familyStart...]), recase: recase)
                assignGivenAndMiddle(Array(head[..<familyStart]), to: &name, recase: recase)
            }
        }
        name.honorific = honorifics.isEmpty ? nil : honorifics.joined(separator: " ")
        name.suffix = suffix
        name.credentials = credentials
        return name
    }

    /// Builds a name from separate columns (First / Middle / Last), cleaning each: an honorific typed into the
    /// first-name column, a middle initial after the first name ("Jane M."), a suffix or credential after the
    /// last name ("Smith Jr.", "Doe, PhD"), and case.
    public static func parse(given: String?, family: String?, middle: String? = nil, raw: String? = nil) -> PersonName {
        let g = cleanup(given ?? "")
        let f = cleanup(family ?? "")
        let m = cleanup(middle ?? "")
        let rawText = raw ?? [g, m, f].filter { !$0.isEmpty }.joined(separator: " ")
        // Only one column filled with a whole name ("Jane Doe" in First Name, Last Name empty): parse it whole.
        if f.isEmpty && m.isEmpty && (g.contains(" ") || g.contains(",")) { return parse(g).with(raw: rawText) }
        if g.isEmpty && m.isEmpty && f.contains(",") { return parse(f).with(raw: rawText) }

        var name = PersonName(raw: rawText)
        var honorifics: [String] = []
        var suffix: String? = nil
        var credentials: [String] = []
        var givenTokens = tokens(g.replacingCommasWithSpaces)
        var familySegments = f.split(separator: ",").map { tokens(String($0)) }.filter { !$0.isEmpty }
        var familyTokens = familySegments.isEmpty ? [] : familySegments.removeFirst()
        for segment in familySegments {
            for t in segment {
                if isSuffix(t) && suffix == nil { suffix = canonicalSuffix(t) }
                else if isCredential(t) { credentials.append(canonicalCredential(t)) }
            }
        }
        var middleTokens = tokens(m)
        stripLeadingHonorifics(&givenTokens, into: &honorifics)
        stripTrailing(&givenTokens, suffix: &suffix, credentials: &credentials, keep: 1)
        stripTrailing(&familyTokens, suffix: &suffix, credentials: &credentials, keep: 1)
        stripTrailing(&middleTokens, suffix: &suffix, credentials: &credentials, keep: 0)
        let recase = needsRecasing(givenTokens + middleTokens + familyTokens)
        assignGivenAndMiddle(givenTokens + middleTokens, to: &name, recase: recase)
        if !familyTokens.isEmpty { name.family = joinFamily(familyTokens, recase: recase) }
        name.honorific = honorifics.isEmpty ? nil : honorifics.joined(separator: " ")
        name.suffix = suffix
        name.credentials = credentials
        return name
    }

    // MARK: Steps

    /// Trims, drops invisible characters, quotes and parenthesized nicknames ("Robert (Bob) Smith",
    /// "Robert “Bob” Smith"), and collapses whitespace.
    static func cleanup(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var depth = 0
        var inQuote = false
        var lastWasSpace = true
        for ch in raw {
            switch ch {
            case "(", "[": depth += 1; continue
            case ")", "]": depth = max(0, depth - 1); continue
            case "\"", "“", "”": inQuote.toggle(); continue
            case "\u{FEFF}", "\u{200B}", "\u{200D}": continue
            default: break
            }
            if depth > 0 || inQuote { continue }
            if ch.isWhitespace || ch == "_" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if ch == "," {
                while out.last == " " { out.removeLast() }
                out.append(",")
                lastWasSpace = false
            } else {
                if lastWasSpace == false, out.last == "," { out.append(" ") }
                out.append(ch)
                lastWasSpace = false
            }
        }
        // An unclosed quote or parenthesis swallowed the rest: fall back to the plain text.
        if (depth > 0 || inQuote) && out.trimmingSpaces.isEmpty {
            return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return out.trimmingSpaces
    }

    /// Words of a segment, with stray symbols and emoji dropped ("🙂", "-", "/").
    static func tokens(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "|" })
            .map(String.init)
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
            .map { t in
                // Strip symbols at the edges but keep letters, digits, inner hyphens, apostrophes and periods.
                var s = Substring(t)
                while let f = s.first, !(f.isLetter || f.isNumber) { s = s.dropFirst() }
                while let l = s.last, !(l.isLetter || l.isNumber || l == ".") { s = s.dropLast() }
                return String(s)
            }
    }

    static func fromEmail(_ address: String, raw: String) -> PersonName {
        var local = Substring(address.split(separator: "@").first ?? "")
        if let plus = local.firstIndex(of: "+") { local = local[..<plus] }
        let words = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" })
            .map { $0.filter { $0.isLetter } }
            .filter { !$0.isEmpty }
        var name = PersonName(raw: raw)
        // Only "first.last" shapes are trusted; "jdoe" or "info" could be anything.
        guard words.count >= 2, words.first!.count > 1, words.last!.count > 1 else { return name }
        name.given = titleCase(String(words.first!))
        name.family = titleCase(String(words.last!))
        if words.count == 3 { name.middle = caseName(String(words[1]), recase: true, position: 1) }
        return name
    }

    static func stripLeadingHonorifics(_ tokens: inout [String], into honorifics: inout [String]) {
        // Keep at least one word: "Dean" or "Judge" alone is more likely a name than a title.
        while tokens.count > 1, isHonorific(tokens[0]) {
            honorifics.append(canonicalHonorific(tokens.removeFirst()))
        }
    }

    /// Removes suffixes and credentials from the end, leaving at least `keep` words (so "John Md" stays a name,
    /// while "Jane Doe MD" loses its credential).
    static func stripTrailing(_ tokens: inout [String], suffix: inout String?, credentials: inout [String], keep: Int) {
        var found: [String] = []
        while tokens.count > keep, let last = tokens.last {
            if isSuffix(last) && !isAmbiguousTrailing(last, tokens: tokens) {
                if suffix == nil { suffix = canonicalSuffix(last) }
            } else if isCredential(last) && !isAmbiguousTrailing(last, tokens: tokens) {
                found.append(canonicalCredential(last))
            } else {
                break
            }
            tokens.removeLast()
        }
        credentials.append(contentsOf: found.reversed())
    }

    /// A trailing word that is also a plausible name or initial when written without periods in a two-word name:
    /// "Kim Do", "Jane Ma" keep their family names.
    static func isAmbiguousTrailing(_ word: String, tokens: [String]) -> Bool {
        guard tokens.count <= 2 else { return false }
        return ambiguousCredentials.contains(MatchText.compactKey(word)) && !word.contains(".")
    }

    static func assignGivenAndMiddle(_ words: [String], to name: inout PersonName, recase: Bool) {
        guard let first = words.first else { return }
        name.given = caseName(first, recase: recase, position: 0)
        let middle = words.dropFirst().enumerated().map { caseName($0.element, recase: recase, position: $0.offset + 1) }
        if !middle.isEmpty { name.middle = middle.joined(separator: " ") }
    }

    static func joinFamily(_ words: [String], recase: Bool) -> String? {
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { i, w in
            // Particles stay lowercase inside a family name ("van der Berg") unless the name leads with them
            // in a source that wrote them capitalized; recasing lowercases them.
            if isParticle(w) && i < words.count - 1 && !w.lowercased().hasPrefix("st") {
                return recase ? w.lowercased() : w
            }
            return caseName(w, recase: recase, position: i)
        }.joined(separator: " ")
    }

    /// True when the name as a whole is written in one case (ALL CAPS or all lowercase) and needs title case.
    static func needsRecasing(_ words: [String]) -> Bool {
        var upper = false, lower = false
        for w in words where !isCredential(w) {
            for ch in w where ch.isLetter {
                if ch.isUppercase { upper = true } else if ch.isLowercase { lower = true }
            }
        }
        return !(upper && lower)
    }

    /// Case for display. A lone letter becomes an initial with a period ("j" → "J.").
    static func caseName(_ word: String, recase: Bool, position: Int) -> String {
        let letters = word.filter { $0.isLetter }
        if letters.count == 1 && word.count <= 2 { return letters.uppercased() + "." }
        guard recase || isSingleCase(word) else { return word }
        return titleCase(word)
    }

    static func isSingleCase(_ word: String) -> Bool {
        // A word in one case inside a mixed-case name ("Bob SMITH"): fix it, except short all-caps words that may
        // be initials ("JJ", "TJ").
        let letters = word.filter { $0.isLetter }
        if letters.count <= 2 && letters == letters.uppercased() { return false }
        return letters == letters.uppercased() || letters == letters.lowercased()
    }

    /// "mcdonald" → "McDonald", "o'neil" → "O'Neil", "garcia-lopez" → "Garcia-Lopez", "d'angelo" → "D'Angelo".
    static func titleCase(_ word: String) -> String {
        var out = ""
        var startOfPart = true
        var previous: Character? = nil
        var partLength = 0
        for ch in word.lowercased() {
            if startOfPart && ch.isLetter {
                out.append(contentsOf: ch.uppercased())
                startOfPart = false
            } else {
                out.append(ch)
            }
            if ch.isLetter { partLength += 1 }
            if ch == "-" || ch == " " || ch == "." {
                startOfPart = true
                partLength = 0
            } else if ch == "'" || ch == "’" {
                // O'Neil, D'Angelo: capitalize after a one-letter prefix; "Ke'shawn" stays.
                startOfPart = partLength == 1
                partLength = 0
            }
            previous = ch
        }
        _ = previous
        // "Mc" prefix: McDonald, McCarthy (but not "Mc" alone). "Mac" is ambiguous (Mack, Macy) and left alone.
        if out.count > 3, out.hasPrefix("Mc"), let third = out.dropFirst(2).first, third.isLetter {
            out = "Mc" + third.uppercased() + out.dropFirst(3)
        }
        return out
    }

    // MARK: Word classes

    static func isHonorific(_ w: String) -> Bool { honorifics[MatchText.compactKey(w)] != nil }
    static func canonicalHonorific(_ w: String) -> String { honorifics[MatchText.compactKey(w)] ?? w }
    static func isSuffix(_ w: String) -> Bool { suffixes[MatchText.compactKey(w)] != nil }
    static func canonicalSuffix(_ w: String) -> String { suffixes[MatchText.compactKey(w)] ?? w }
    static func isCredential(_ w: String) -> Bool { credentialsTable[MatchText.compactKey(w)] != nil }
    static func canonicalCredential(_ w: String) -> String { credentialsTable[MatchText.compactKey(w)] ?? w }
    static func isParticle(_ w: String) -> Bool { particles.contains(w.lowercased()) }

    static let honorifics: [String: String] = [
        "dr": "Dr.", "doctor": "Dr.", "mr": "Mr.", "mister": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss",
        "mx": "Mx.", "prof": "Prof.", "professor": "Prof.", "rev": "Rev.", "reverend": "Rev.", "hon": "Hon.",
        "honorable": "Hon.", "honourable": "Hon.", "sen": "Sen.", "senator": "Sen.", "rep": "Rep.",
        "representative": "Rep.", "gov": "Gov.", "governor": "Gov.", "mayor": "Mayor", "judge": "Judge",
        "capt": "Capt.", "captain": "Capt.", "col": "Col.", "colonel": "Col.", "gen": "Gen.", "general": "Gen.",
        "lt": "Lt.", "sgt": "Sgt.", "maj": "Maj.", "major": "Maj.", "cmdr": "Cmdr.", "adm": "Adm.",
        "fr": "Fr.", "father": "Fr.", "pastor": "Pastor", "rabbi": "Rabbi", "imam": "Imam", "sir": "Sir",
        "dame": "Dame", "dean": "Dean", "supt": "Supt.", "superintendent": "Supt.", "commissioner": "Commissioner",
        "councilmember": "Councilmember", "councilman": "Councilman", "councilwoman": "Councilwoman",
        "chief": "Chief", "coach": "Coach", "officer": "Officer",
    ]

    static let suffixes: [String: String] = [
        "jr": "Jr.", "junior": "Jr.", "sr": "Sr.", "senior": "Sr.", "ii": "II", "iii": "III", "iv": "IV",
        "2nd": "II", "3rd": "III", "4th": "IV",
    ]

    /// Degrees, licenses and certifications written after names on sign-in sheets and email signatures.
    static let credentialsTable: [String: String] = {
        let list = [
            "PhD", "EdD", "MD", "DO", "DDS", "DMD", "DVM", "PharmD", "PsyD", "JD", "Esq.", "MBA", "MPA", "MPH",
            "MPP", "MSW", "MSN", "MEd", "MS", "MA", "MFA", "MSc", "BA", "BS", "BSN", "BSc", "AA", "AAS", "LLM",
            "RN", "LPN", "NP", "APRN", "CNA", "PA", "PA-C", "PT", "DPT", "OT", "CPA", "CFA", "CFP", "CMA", "EA",
            "P.E.", "PMP", "SPHR", "PHR", "SHRM-CP", "SHRM-SCP", "GPHR", "CCP", "CEBS", "CPP", "LCSW", "LMSW",
            "LPC", "LMFT", "CDFM", "GCDF", "CWDP", "CWDS", "CPRW", "NCC", "CCNA", "CISSP", "CISA", "CPIM", "CSCP",
            "CQE", "CQA", "CMfgE", "CMRP", "AIA", "LEED AP", "FACHE", "CAE", "IOM", "CEcD", "EDFP", "CFRE", "CPM",
            "CCIM", "CPCU", "CLU", "ChFC", "RPh", "RD", "FNP", "CRNA", "ATC", "CSP", "CIH", "ASP", "OHST",
        ]
        var table: [String: String] = [:]
        for c in list { table[MatchText.compactKey(c)] = c }
        table["esquire"] = "Esq."
        table["ph"] = nil
        return table
    }()

    /// Credentials that are also common family names or initials, so only trusted with periods or capitals.
    static let ambiguousCredentials: Set<String> = ["do", "ma", "pa", "pt", "ot", "ea", "ms", "ba", "aa", "ra"]

    static let particles: Set<String> = [
        "van", "von", "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten",
        "van't", "vander", "st", "st.", "bin", "ibn", "al", "el", "y", "zu", "af",
    ]
}

extension PersonName {
    func with(raw: String) -> PersonName {
        var copy = self
        copy.raw = raw
        return copy
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    var replacingCommasWithSpaces: String { String(map { $0 == "," ? " " : $0 }) }
}
