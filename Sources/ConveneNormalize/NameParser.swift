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
    ///
    /// ```swift
    /// let name = NameParser.parse("Smith, Robert J.")
    /// name.given    // "Robert"
    /// name.middle   // "J."
    /// name.family   // "Smith"
    /// ```
    public static func parse(_ raw: String) -> PersonName {
        parse(raw, organization: nil)
    }

    /// ``parse(_:)`` for a name cell of a row that also names the person's organization: "Ann Lee, Acme" is Ann
    /// Lee of Acme — not "Last, First" — when what follows the comma is that organization.
    ///
    /// ```swift
    /// NameParser.parse("Ann Lee, Acme", organization: "Acme")        // given "Ann", family "Lee"
    /// NameParser.parse("Ann Lee, Acme Tool LLC", organization: nil)  // given "Ann", family "Lee" (a legal form)
    /// NameParser.parse("García López, María", organization: "Acme") // given "María", family "García López"
    /// ```
    /// What follows the comma is read as an organization only after a name of two words or more (so "Lee, Ann"
    /// is always Last, First) and only when it is the row's organization (compared by
    /// ``OrganizationNormalizer/key(_:)``) or holds an organization word (``NameParser/organizationWords``: Inc, LLC,
    /// College, County …).
    public static func parse(_ raw: String, organization: String?) -> PersonName {
        var name = PersonName(raw: raw)
        var text = cleanup(raw)
        if text.isEmpty { return name }

        // An email address typed in the name column: "jane.doe@acme.com" → Jane Doe; "jdoe@…" tells nothing.
        if text.hasByte("@") {
            if let open = text.firstIndex(of: "<") {  // "Jane Doe <jane@acme.com>": the display name wins
                let before = String(text[..<open]).trimmingSpaces
                if !before.isEmpty { return parse(before).with(raw: raw) }
            }
            if !text.hasByte(" ") { return fromEmail(text, raw: raw) }
        }

        // Segments between commas: the first is the name (or the family name in "Last, First"), later ones are
        // credentials/suffixes ("Jane Doe, PhD, SPHR") or the given names.
        // "Jane Doe - Acme Corp", "Jane Doe | Acme", "Jane Doe / John Doe": what follows a spaced dash, bar or
        // slash is an organization or another person; the name is the first part — unless all that follows is
        // a suffix or credentials ("Tom Reilly - Jr.", "Ann Lee - RN, BSN"), which are the name's.
        if let split = listSeparator(in: text) {
            let bytes = Array(text.utf8)
            let detail = String(decoding: bytes[split.tail...], as: UTF8.self)
            text = String(decoding: bytes[..<split.head], as: UTF8.self)
            if !split.isSlash, isSuffixesOrCredentials(detail) { text += ", " + detail }
        }
        // "Lee," alone: a family name waiting for its given name.
        let endsWithComma = text.utf8.last == UInt8(ascii: ",")
        var segments = text.split(separator: ",").map { tokens(String($0)) }.filter { !$0.isEmpty }
        guard !segments.isEmpty else { return name }
        var credentials: [String] = []
        var suffix: String? = nil
        var honorifics: [String] = []

        var head = segments.removeFirst()
        var givenPart: [Word]? = nil
        // "Smith, JD": after a one-word head, the next segment is the given name even if it looks like a
        // credential; only a suffix ("Smith, Jr.") is read as such.
        if head.count == 1, let first = segments.first, !first.allSatisfy({ isSuffix($0) }) {
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
                // "Ann Lee, Acme Inc": a whole name, then where the person works.
                if head.count >= 2 && (isOrganization(segment, row: organization) || isNameThenPlace(head, segment)) { continue }
                givenPart = segment
            } else {
                // A third free-text segment ("Smith, Robert, Acme Corp"): keep nothing of it but the raw text.
                continue
            }
        }

        // "Last, First": the head is the family name, possibly with a suffix ("Smith Jr., Robert").
        if var given = givenPart {
            resolveCouple(&head)
            resolveCouple(&given)
            stripLeadingHonorifics(&head, into: &honorifics)
            stripLeadingHonorifics(&given, into: &honorifics)
            stripTrailing(&head, suffix: &suffix, credentials: &credentials, keep: 1)
            stripTrailing(&given, suffix: &suffix, credentials: &credentials, keep: 1)
            let recase = needsRecasing(head + given)
            name.family = joinFamily(head, recase: recase)
            assignGivenAndMiddle(given, to: &name, recase: recase)
        } else {
            resolveCouple(&head)
            stripLeadingHonorifics(&head, into: &honorifics)
            stripTrailing(&head, suffix: &suffix, credentials: &credentials, keep: 2)
            let recase = needsRecasing(head)
            // "Lee," or "Dr. Smith": one word after a title or before a comma is a family name.
            if head.count == 1 && (endsWithComma || !honorifics.isEmpty) {
                name.family = joinFamily(head, recase: recase)
            } else if head.count == 1 {
                name.given = caseName(head[0].text, recase: recase, position: 0)
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

    /// Words that make a comma's second part an organization, not given names: legal forms and the words that
    /// name institutions, none of them a common given name. What the rule can still get wrong: a family name of
    /// two words or more written "Last, First" whose given name is one of these words (a rare "Co", "City") or
    /// is exactly the row's organization ("De La Cruz, Hope" at a church called Hope) — then the part before the
    /// comma is read as the whole name and the given name is left in the raw text only.
    public static let organizationWords: Set<String> = [
        "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "pllc", "llp", "plc",
        "gmbh", "college", "university", "univ", "school", "schools", "district", "isd", "county", "city",
        "chamber", "association", "assn", "foundation", "institute", "hospital", "bank", "agency", "board",
        "department", "dept", "manufacturing", "mfg", "industries", "group", "partners", "services", "solutions",
        "systems", "technologies", "center", "centre", "council", "alliance", "academy", "clinic", "ymca", "ywca",
    ]

    /// "Kathy ONeil, Riverton Precision Machining": a head that starts with a known given name and ends with a
    /// word that is not one, then two or more words none of which is a given name — a whole name, then where the
    /// person works. ("García López, María" and "Jordan Lee, Ann Marie" stay Last, First; what it can misread: a
    /// two-word family name starting with a given name, followed by given names the nickname table does not know.)
    static func isNameThenPlace(_ head: [Word], _ segment: [Word]) -> Bool {
        guard let first = head.first, let last = head.last, segment.count >= 2 else { return false }
        return Nicknames.isKnown(first.text) && !Nicknames.isKnown(last.text)
            && !segment.contains { Nicknames.isKnown($0.text) }
    }

    /// A comma's second part that is the row's organization or names one.
    static func isOrganization(_ segment: [Word], row organization: String?) -> Bool {
        let text = segment.map(\.text).joined(separator: " ")
        let words = OrganizationNormalizer.keyWords(text)
        if words.contains(where: organizationWords.contains) { return true }
        guard let organization, !organization.isEmpty else { return false }
        let key = OrganizationNormalizer.key(text)
        return !key.isEmpty && key == OrganizationNormalizer.key(organization)
    }

    /// Builds a name from separate columns (First / Middle / Last), cleaning each: an honorific typed into the
    /// first-name column, a middle initial after the first name ("Jane M."), a suffix or credential after the
    /// last name ("Smith Jr.", "Doe, PhD"), and case.
    ///
    /// ```swift
    /// let name = NameParser.parse(given: "Jane M.", family: "Doe, PhD")
    /// name.middle        // "M."
    /// name.family        // "Doe"
    /// name.credentials   // ["PhD"]
    /// ```
    public static func parse(given: String?, family: String?, middle: String? = nil, raw: String? = nil) -> PersonName {
        let g = cleanup(given ?? "")
        let f = cleanup(family ?? "")
        let m = cleanup(middle ?? "")
        let rawText = raw ?? [g, m, f].filter { !$0.isEmpty }.joined(separator: " ")
        // Only one column filled with a whole name ("Jane Doe" in First Name, Last Name empty): parse it whole.
        if f.isEmpty && m.isEmpty && (g.hasByte(" ") || g.hasByte(",")) { return parse(g).with(raw: rawText) }
        if g.isEmpty && m.isEmpty && f.hasByte(",") { return parse(f).with(raw: rawText) }

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
        resolveCouple(&givenTokens)
        resolveCouple(&familyTokens)
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
        var out = String.UnicodeScalarView()
        var depth = 0
        var inQuote = false
        var lastWasSpace = true
        for u in raw.unicodeScalars {
            switch u {
            case "(", "[": depth += 1; continue
            case ")", "]": depth = max(0, depth - 1); continue
            case "\"", "\u{201C}", "\u{201D}": inQuote.toggle(); continue
            case "\u{FEFF}", "\u{200B}", "\u{200D}": continue
            default: break
            }
            if depth > 0 || inQuote { continue }
            let isSpace = u == " " || u == "_" || u == "\t" || (u.value >= 0x80 ? u.properties.isWhitespace : u.value < 0x20)
            if isSpace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if u == "," {
                while out.last == " " { out.removeLast() }
                out.append(",")
                lastWasSpace = false
            } else {
                if !lastWasSpace, out.last == "," { out.append(" ") }
                out.append(u)
                lastWasSpace = false
            }
        }
        while out.last == " " { out.removeLast() }
        // An unclosed quote or parenthesis swallowed everything: fall back to the plain text.
        if (depth > 0 || inQuote) && out.isEmpty {
            return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return String(out)
    }

    /// A name cell split at its first spaced dash or bar: the name, and what follows it — "Acme Corp" in "Jane
    /// Doe - Acme Corp", "HR Director" in "Jane Doe | HR Director" — both trimmed; nil when there is no such
    /// separator or nothing after it, or when the first separator is a slash ("Ann Lee / Bob Lee" is two
    /// people, and what follows is no detail of the first).
    ///
    /// ```swift
    /// NameParser.nameAndDetail("Bob Schultz - Northwoods Paper")   // ("Bob Schultz", "Northwoods Paper")
    /// NameParser.nameAndDetail("Ann Lee / Bob Lee")                // nil
    /// NameParser.nameAndDetail("Mary Smith-Jones")                 // nil: an unspaced hyphen joins a name
    /// ```
    public static func nameAndDetail(_ text: String) -> (name: String, detail: String)? {
        guard let split = listSeparator(in: text), !split.isSlash else { return nil }
        let bytes = Array(text.utf8)
        let detail = String(decoding: bytes[split.tail...], as: UTF8.self).trimmingSpaces
        guard !detail.isEmpty else { return nil }
        return (String(decoding: bytes[..<split.head], as: UTF8.self).trimmingSpaces, detail)
    }

    /// The first spaced "-", "–", "—", "|" or "/" after the first character: the byte offset where the text
    /// before it ends (the space before the separator), where the text after it starts, and whether it is a
    /// slash. A byte scan: name cells are read once per row.
    static func listSeparator(in text: String) -> (head: Int, tail: Int, isSlash: Bool)? {
        let b = Array(text.utf8)
        var i = 2
        while i + 1 < b.count {
            if b[i - 1] == 0x20 {
                let c = b[i]
                if (c == UInt8(ascii: "-") || c == UInt8(ascii: "|") || c == UInt8(ascii: "/")) && b[i + 1] == 0x20 {
                    return (i - 1, i + 2, c == UInt8(ascii: "/"))
                }
                // En dash E2 80 93, em dash E2 80 94.
                if c == 0xE2, i + 3 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94,
                   b[i + 3] == 0x20 {
                    return (i - 1, i + 4, false)
                }
            }
            i += 1
        }
        return nil
    }

    /// Words of a segment, with stray symbols and emoji dropped ("🙂", "-", "/").
    static func tokens(_ s: String) -> [Word] {
        var words: [Word] = []
        let bytes = Array(s.utf8)
        @inline(__always) func isSeparator(_ b: UInt8) -> Bool {
            b == UInt8(ascii: " ") || b == UInt8(ascii: "/") || b == UInt8(ascii: "|")
        }
        var i = 0
        while i < bytes.count {
            while i < bytes.count, isSeparator(bytes[i]) { i += 1 }
            var j = i
            while j < bytes.count, !isSeparator(bytes[j]) { j += 1 }
            if j > i, let word = word(bytes[i..<j]) { words.append(word) }
            i = j
        }
        return words
    }

    /// One word from its bytes: symbols stripped at the edges, letters, digits, inner hyphens, apostrophes and
    /// periods kept; nil when nothing of a word is left (an emoji, "-").
    static func word(_ piece: ArraySlice<UInt8>) -> Word? {
        @inline(__always) func isAlnum(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
        }
        if piece.count == 1 && piece.first == UInt8(ascii: "&") { return Word("&") }  // kept for resolveCouple
        var p = piece
        while let f = p.first, f < 0x80, !isAlnum(f) { p = p.dropFirst() }
        while let l = p.last, l < 0x80, !isAlnum(l), l != UInt8(ascii: ".") { p = p.dropLast() }
        guard let first = p.first, let last = p.last else { return nil }
        if first < 0x80 && last < 0x80 { return Word(String(decoding: p, as: UTF8.self)) }
        // A non-ASCII character at an edge: decide by Unicode properties (keep "José", drop "🙂").
        var t = String(decoding: p, as: UTF8.self).unicodeScalars[...]
        while let f = t.first, !isWordScalar(f) { t = t.dropFirst() }
        while let l = t.last, !(isWordScalar(l) || l == ".") { t = t.dropLast() }
        return t.isEmpty ? nil : Word(String(String.UnicodeScalarView(t)))
    }

    /// Letters, digits, and combining marks (a decomposed "é" ends in U+0301, which must stay with its word).
    @inline(__always) static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            let p = u.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
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

    /// Couples on sign-in sheets: "John & Jane Smith" → John Smith, "Mr. & Mrs. John Smith" → Mr. Mrs. John
    /// Smith, "John and Jane" (a given-name segment) → John. The first person named is the one we keep.
    static func resolveCouple(_ words: inout [Word]) {
        guard let k = words.firstIndex(where: { $0.text == "&" || $0.info.isConjunction }) else { return }
        let before = Array(words[..<k])
        let after = Array(words[(k + 1)...])
        if before.allSatisfy({ isHonorific($0) }) {
            words = before + after
        } else if after.count >= 2 {
            var familyStart = after.count - 1
            while familyStart > 1, isParticle(after[familyStart - 1]) { familyStart -= 1 }
            words = before + after[familyStart...]
        } else {
            words = before
        }
    }

    static func stripLeadingHonorifics(_ tokens: inout [Word], into honorifics: inout [String]) {
        // Keep at least one word: "Dean" or "Judge" alone is more likely a name than a title.
        while tokens.count > 1, isHonorific(tokens[0]) || (tokens.count > 2 && tokens[0].info.suffix == "Sr.") {
            // A leading "Sr." before a full name is "Sister" (a title), never the suffix "Senior".
            honorifics.append(canonicalHonorific(tokens.removeFirst()))
        }
    }

    /// Removes suffixes and credentials from the end, leaving at least `keep` words (so "John Md" stays a name,
    /// while "Jane Doe MD" loses its credential).
    static func stripTrailing(_ tokens: inout [Word], suffix: inout String?, credentials: inout [String], keep: Int) {
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
    static func isAmbiguousTrailing(_ word: Word, tokens: [Word]) -> Bool {
        guard tokens.count <= 2 else { return false }
        return word.info.isAmbiguousCredential && !word.text.hasByte(".")
    }

    static func assignGivenAndMiddle(_ words: [Word], to name: inout PersonName, recase: Bool) {
        guard let first = words.first else { return }
        name.given = caseName(first.text, recase: recase, position: 0)
        let middle = words.dropFirst().enumerated().map {
            caseName($0.element.text, recase: recase, position: $0.offset + 1)
        }
        if !middle.isEmpty { name.middle = middle.joined(separator: " ") }
    }

    static func joinFamily(_ words: [Word], recase: Bool) -> String? {
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { i, word in
            let w = word.text
            // Particles stay lowercase inside a family name ("van der Berg") unless the name leads with them
            // in a source that wrote them capitalized; recasing lowercases them.
            if word.info.isParticle && i < words.count - 1 && word.info.particleKeepsCase == false {
                return recase ? w.lowercased() : w
            }
            return caseName(w, recase: recase, position: i)
        }.joined(separator: " ")
    }

    /// True when the name as a whole is written in one case (ALL CAPS or all lowercase) and needs title case.
    static func needsRecasing(_ words: [Word]) -> Bool {
        var upper = false, lower = false
        for w in words where w.info.credential == nil {
            caseOf(w.text, upper: &upper, lower: &lower)
            if upper && lower { return false }
        }
        return true
    }

    /// Sets `upper` / `lower` when the word has an uppercase / lowercase letter (ASCII without table lookups).
    @inline(__always) static func caseOf(_ s: String, upper: inout Bool, lower: inout Bool) {
        for u in s.unicodeScalars {
            switch u.value {
            case 0x41...0x5A: upper = true
            case 0x61...0x7A: lower = true
            case 0..<0x80: continue
            default:
                if u.properties.isUppercase { upper = true } else if u.properties.isLowercase { lower = true }
            }
        }
    }

    /// Case for display. A lone letter becomes an initial with a period ("j" → "J.").
    static func caseName(_ word: String, recase: Bool, position: Int) -> String {
        if word.unicodeScalars.count <= 3, word.count <= 2 {
            let letters = word.filter { $0.isLetter }
            if letters.count == 1 { return letters.uppercased() + "." }
        }
        guard recase || isSingleCase(word) else { return word }
        return titleCase(word)
    }

    static func isSingleCase(_ word: String) -> Bool {
        // A word in one case inside a mixed-case name ("Bob SMITH"): fix it, except short all-caps words that may
        // be initials ("JJ", "TJ").
        var upper = false, lower = false
        caseOf(word, upper: &upper, lower: &lower)
        if upper && lower { return false }
        if upper && word.unicodeScalars.count <= 2 { return false }
        return true
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

    /// Whether a text is made only of generational suffixes and credentials, as written after a name ("Jr.",
    /// "III", "RN, BSN", "PhD SPHR"); false for a text with no word.
    ///
    /// ```swift
    /// NameParser.isSuffixesOrCredentials("Jr.")        // true
    /// NameParser.isSuffixesOrCredentials("RN, BSN")    // true
    /// NameParser.isSuffixesOrCredentials("Acme RN")    // false
    /// ```
    public static func isSuffixesOrCredentials(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        return !words.isEmpty && words.allSatisfy { let w = Word(String($0)); return isSuffix(w) || isCredential(w) }
    }

    static func isHonorific(_ w: Word) -> Bool { w.info.honorific != nil }
    static func canonicalHonorific(_ w: Word) -> String { w.info.honorific ?? w.info.suffix ?? w.text }
    static func isSuffix(_ w: Word) -> Bool { w.info.suffix != nil }
    static func canonicalSuffix(_ w: Word) -> String { w.info.suffix ?? w.text }
    static func isCredential(_ w: Word) -> Bool { w.info.credential != nil }
    static func canonicalCredential(_ w: Word) -> String { w.info.credential ?? w.text }
    static func isParticle(_ w: Word) -> Bool { w.info.isParticle }

    /// One word of a name with its folded key looked up once in ``wordInfo``.
    struct Word {
        var text: String
        var info: WordInfo
        init(_ text: String) {
            self.text = text
            self.info = NameParser.wordInfo[MatchText.compactKey(text)] ?? WordInfo()
        }
    }

    /// What a word can be, from every table at once, so each word costs one fold and one lookup.
    struct WordInfo: Sendable {
        var honorific: String?
        var suffix: String?
        var credential: String?
        var isParticle = false
        var particleKeepsCase = false
        var isAmbiguousCredential = false
        var isConjunction = false
    }

    static let wordInfo: [String: WordInfo] = {
        var table: [String: WordInfo] = [:]
        for (k, v) in honorifics { table[k, default: WordInfo()].honorific = v }
        for (k, v) in suffixes { table[k, default: WordInfo()].suffix = v }
        for (k, v) in credentialsTable { table[k, default: WordInfo()].credential = v }
        for p in particles {
            let k = MatchText.compactKey(p)
            table[k, default: WordInfo()].isParticle = true
            // "St. John" keeps its capital; "van", "de" are lowercased when a name is recased.
            table[k, default: WordInfo()].particleKeepsCase = k == "st"
        }
        for k in ambiguousCredentials { table[k, default: WordInfo()].isAmbiguousCredential = true }
        table["and", default: WordInfo()].isConjunction = true
        return table
    }()

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
        // French and Spanish lists ("Mme Claire Dubois", "Sra. Ana Ruiz"). Not "M." (an initial) nor "Sr." (the
        // suffix "Senior" and, before a name, "Sister"), which mean something else in English lists.
        "mme": "Mme", "mlle": "Mlle", "sra": "Sra.", "srta": "Srta.", "dra": "Dra.",
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

    /// True when the text contains the ASCII character (a byte scan: no Foundation, no grapheme breaking).
    func hasByte(_ c: Unicode.Scalar) -> Bool { utf8.contains(UInt8(c.value)) }

    var replacingCommasWithSpaces: String { String(map { $0 == "," ? " " : $0 }) }
}
