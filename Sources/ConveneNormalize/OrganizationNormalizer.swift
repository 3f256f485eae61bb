import ConveneModel

/// Match keys and partner kinds for organization names.
///
/// ```swift
/// OrganizationNormalizer.key("The ACME Mfg. Co., Inc.")        // "acme manufacturing"
/// OrganizationNormalizer.key("Acme Manufacturing Company")     // "acme manufacturing"
/// OrganizationNormalizer.inferKind(name: "Lake County Workforce Development Board", emailDomain: nil)
/// // .workforceBoard
/// ```
public enum OrganizationNormalizer {
    /// A key under which spelling variants of one organization agree: folded case and diacritics, no
    /// punctuation, no leading "The", no trailing legal form (Inc, LLC, Corp, Co …), "&" and "and" dropped, and
    /// common abbreviations unified into one canonical word each (Mfg → manufacturing, Assn → association …).
    /// Returns "" for an empty name.
    ///
    /// ```swift
    /// OrganizationNormalizer.key("The ACME Mfg. Co., Inc.")   // "acme manufacturing"
    /// OrganizationNormalizer.key("Acme Manufacturing")        // "acme manufacturing"
    /// ```
    public static func key(_ name: String) -> String {
        var words = keyWords(name)
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        if words.last == "the" && words.count > 1 { words.removeLast() }  // "Home Depot, The" (sorted lists)
        // Legal forms only at the end, repeatedly ("Acme Co., Inc."), never emptying the name.
        while words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        // "L.L.C." → "l l c" after folding: glue trailing single letters and test again.
        if words.count > 2 {
            var letters = ""
            var cut = words.count
            while cut > 1, words[cut - 1].utf8.count == 1 { letters = words[cut - 1] + letters; cut -= 1 }
            if letters.count >= 2, legalForms.contains(letters) { words.removeLast(words.count - cut) }
        }
        return words.map { canonicalWords[$0] ?? $0 }.joined(separator: " ")
    }

    /// Words of a name, folded, with "&" and "and" removed and periods/apostrophes inside abbreviations closed up
    /// ("Int'l" → "intl", "Mfg." → "mfg", "L.L.C." → "llc").
    static func keyWords(_ name: String) -> [String] {
        let cleaned: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var previousIsLetter = false
            for b in name.utf8 {
                // "St.Louis" keeps a gap; "L.L.C." and "Int'l" close up.
                if (b == UInt8(ascii: ".") || b == UInt8(ascii: "'")) && previousIsLetter { continue }
                bytes.append(b == UInt8(ascii: "&") || b == UInt8(ascii: "+") ? 0x20 : b)
                previousIsLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            }
            cleaned = String(decoding: bytes, as: UTF8.self)
        } else {
            var scalars = String.UnicodeScalarView()
            var previousIsLetter = false
            for u in name.unicodeScalars {
                if (u == "." || u == "'" || u == "\u{2019}") && previousIsLetter { continue }
                scalars.append(u == "&" || u == "+" ? " " : u)
                previousIsLetter = u.properties.isAlphabetic
            }
            cleaned = String(scalars)
        }
        var words: [String] = []
        for piece in MatchText.fold(cleaned).utf8.split(separator: 0x20) {
            let word = String(decoding: piece, as: UTF8.self)
            if word != "and" { words.append(word) }
        }
        return words
    }

    /// Infers what kind of partner an organization is from its name and, if known, an email domain of someone
    /// who works there. Name evidence outranks domain evidence; a free-mail domain says nothing.
    ///
    /// ```swift
    /// OrganizationNormalizer.inferKind(name: "Northwest WDB", emailDomain: nil)   // .workforceBoard
    /// OrganizationNormalizer.inferKind(name: "CareerSource Tampa Bay", emailDomain: "careersourcetampabay.com")
    /// // .workforceBoard
    /// ```
    public static func inferKind(name: String, emailDomain: String?) -> OrganizationKind {
        let words = keyWords(name)
        let domain = (emailDomain ?? "").lowercased().trimmingSpaces
        let found = phraseKinds(in: words)
        func has(_ kind: PhraseKind) -> Bool { found.contains(kind) }
        func word(_ set: Set<String>) -> Bool { words.contains(where: set.contains) }

        let domainLabels = domain.split(separator: ".").map(String.init)
        let isK12Domain = domainLabels.contains { $0 == "k12" || $0.hasPrefix("k12") || $0.hasSuffix("k12") }
        if isK12Domain || has(.k12) || word(k12Words) { return .k12 }
        if has(.workforce) || word(workforceWords) {
            return .workforceBoard
        }
        if word(chamberWords) { return .chamber }
        if has(.economic) || word(economicWords) { return .economicDevelopment }
        if has(.college) || word(collegeWords) { return .college }
        // Before government: "United Way of Lake County" names a place but is a nonprofit.
        if has(.community) || word(communityWords) {
            return .communityOrganization
        }
        if has(.government) || words.first == "county" || word(governmentWords) {
            // "Orange County Plumbing LLC" is a business named after a place: a legal form decides.
            if let last = words.last, legalForms.contains(last) { return .business }
            return .government
        }
        if word(associationWords) && !(words.last.map(legalForms.contains) ?? false) {
            return .industryAssociation
        }
        // Domain evidence when the name said nothing.
        if let tld = domainLabels.last {
            if tld == "gov" || tld == "mil" || domainLabels.contains("gov") { return .government }
            if tld == "edu" { return .college }
            if tld == "us" && domainLabels.count >= 3 { return .government }  // ci.city.st.us, co.x.st.us
        }
        return words.isEmpty ? .unknown : .business
    }

    /// Legal forms removed from the end of a key.
    static let legalForms: Set<String> = [
        "inc", "incorporated", "llc", "lc", "ltd", "limited", "corp", "corporation", "co", "company", "pllc",
        "llp", "lp", "pc", "pa", "plc", "gmbh", "ag", "sa", "srl", "bv", "nv", "pty", "lllp", "dba",
    ]

    /// Abbreviations and their long forms, all mapped to one canonical word so both directions agree.
    static let canonicalWords: [String: String] = {
        let groups: [(String, [String])] = [
            ("manufacturing", ["mfg", "mfr", "mfrs", "manufacturer", "manufacturers", "manuf", "manufacturing"]),
            ("association", ["assn", "assoc", "associates", "association", "associations", "asso", "assocs"]),
            ("university", ["univ", "university", "u", "universite", "universidad", "universita", "universitat"]),
            ("international", ["intl", "international", "int", "internat"]),
            ("center", ["ctr", "cntr", "center", "centre", "centers", "centres"]),
            ("department", ["dept", "dpt", "department"]),
            ("national", ["natl", "nat", "national"]),
            ("services", ["svcs", "svc", "srvcs", "serv", "service", "services"]),
            ("technology", ["tech", "techs", "technology", "technologies", "technol", "technical"]),
            ("hospital", ["hosp", "hospital"]),
            ("medical", ["med", "medical"]),
            ("management", ["mgmt", "mgt", "management"]),
            ("systems", ["sys", "syst", "system", "systems"]),
            ("group", ["grp", "group"]),
            ("brothers", ["bros", "brothers"]),
            ("institute", ["inst", "institute"]),
            ("government", ["govt", "government"]),
            ("development", ["dev", "devel", "development"]),
            ("economic", ["econ", "economic"]),
            ("county", ["cnty", "cty", "county"]),
            ("district", ["dist", "district"]),
            ("school", ["sch", "school"]),
            ("board", ["bd", "board"]),
            ("engineering", ["eng", "engr", "engg", "engineering"]),
            ("construction", ["const", "constr", "construction"]),
            ("distribution", ["distrib", "distr", "distribution"]),
            ("industries", ["ind", "inds", "indus", "industry", "industries", "industrial"]),
            ("products", ["prod", "prods", "product", "products"]),
            ("solutions", ["soln", "solns", "solution", "solutions"]),
            ("community", ["comm", "cmty", "community"]),
            ("mount", ["mt", "mount"]),
            ("fort", ["ft", "fort"]),
            ("saint", ["st", "saint"]),
            ("north", ["n", "north"]), ("south", ["s", "south"]), ("east", ["e", "east"]), ("west", ["w", "west"]),
            ("american", ["amer", "american"]),
            ("laboratories", ["lab", "labs", "laboratory", "laboratories"]),
            ("health", ["hlth", "health"]),
            ("insurance", ["ins", "insurance"]),
            ("financial", ["fin", "finl", "financial"]),
            ("equipment", ["equip", "eqpt", "equipment"]),
            ("electric", ["elec", "electric", "electrical"]),
            ("machine", ["mach", "machine", "machines", "machining"]),
        ]
        var table: [String: String] = [:]
        for (canonical, forms) in groups { for f in forms { table[f] = canonical } }
        return table
    }()

    enum PhraseKind: Int { case k12, workforce, economic, college, government, community }

    /// Which kinds of phrase occur in `words`, found word by word through an index keyed by each phrase's first
    /// word — no substring search, so it stays fast over a million names.
    static func phraseKinds(in words: [String]) -> Set<PhraseKind> {
        var found = Set<PhraseKind>()
        for i in words.indices {
            guard let candidates = phraseIndex[words[i]] else { continue }
            for (phrase, kind) in candidates where !found.contains(kind) {
                guard i + phrase.count <= words.count else { continue }
                var match = true
                for j in 1..<phrase.count where words[i + j] != phrase[j] { match = false; break }
                if match { found.insert(kind) }
            }
        }
        return found
    }

    static let phraseIndex: [String: [([String], PhraseKind)]] = {
        var index: [String: [([String], PhraseKind)]] = [:]
        let lists: [(PhraseKind, [String])] = [
            (.k12, k12Phrases), (.workforce, workforcePhrases), (.economic, economicPhrases),
            (.college, collegePhrases), (.government, governmentPhrases), (.community, communityPhrases),
        ]
        for (kind, phrases) in lists {
            for phrase in phrases {
                // Phrases go through the same word split as names, so "boys & girls" and "u.s." agree.
                let words = keyWords(phrase)
                if let first = words.first { index[first, default: []].append((words, kind)) }
            }
        }
        return index
    }()

    static let k12Words: Set<String> = ["isd", "usd", "cusd", "boces"]
    static let workforceWords: Set<String> = ["wdb", "wib", "careersource", "ajc", "workforceboard"]
    static let chamberWords: Set<String> = ["chamber", "chambers"]
    static let economicWords: Set<String> = ["edc", "edo", "edp"]
    static let collegeWords: Set<String> = ["college", "university", "univ", "polytechnic"]
    static let governmentWords: Set<String> = ["county", "municipality", "township"]
    static let communityWords: Set<String> = ["foundation", "ymca", "ywca", "goodwill", "nonprofit", "charities",
                                              "ministries", "library", "church"]
    static let associationWords: Set<String> = ["association", "assn", "assoc", "alliance", "council", "society",
                                                "federation", "consortium", "coalition", "guild"]

    static let k12Phrases = [
        "school district", "public schools", "public school", "unified school", "independent school",
        "high school", "middle school", "elementary school", "elementary", "board of education", "city schools",
        "county schools", "area schools", "community schools", "k 12", "k12", "charter school",
        "vocational school", "technical high", "career and technical center",
    ]
    static let workforcePhrases = [
        "workforce board", "workforce development board", "workforce investment", "american job center",
        "careersource", "career source", "workforce solutions", "workforce connection", "workforce alliance",
        "workforce development council", "workforce council", "workforce partnership", "job center", "workforce one",
        "workforce investment board", "employment security", "career center", "one stop", "onestop", "ncworks", "workforce commission", "workforce agency",
        "workforce development area", "worksource",
    ]
    static let economicPhrases = [
        "economic development", "development corporation", "development authority", "development council",
        "development partnership", "growth alliance", "business development center", "sbdc",
        "small business development", "industrial development", "port authority",
    ]
    static let collegePhrases = [
        "community college", "technical college", "state college", "institute of technology", "state university",
        "technical institute", "junior college", "polytechnic",
    ]
    static let governmentPhrases = [
        "city of", "town of", "village of", "county of", "state of", "commonwealth of", "department of",
        "dept of", "office of", "bureau of", "division of", "ministry of", "board of supervisors",
        "county commission", "county government", "city council", "mayors office", "governors office",
        "us department", "u s department", "federal", "municipal", "parish of", "borough of", "tribal nation",
    ]
    static let communityPhrases = [
        "united way", "boys and girls", "boys girls", "salvation army", "habitat for humanity", "catholic charities",
        "urban league", "food bank", "community action", "non profit", "literacy council", "big brothers",
        "family services", "goodwill industries", "ymca", "ywca", "public library", "rotary club", "lions club",
        "kiwanis", "neighborhood", "refugee", "immigrant", "veterans of foreign wars",
    ]
}
