/// An email address as a list wrote it, normalized: trimmed, "mailto:" and display names removed, case-folded.
///
/// Invalid addresses are kept and flagged, never dropped: a typo is still evidence for the person who typed it.
///
/// ```swift
/// let email = EmailNormalizer.normalize("Ann Lee <Ann.Lee+events@Acme.COM>")!
/// email.domain    // "acme.com"
/// email.isValid   // true
/// ```
public struct NormalizedEmail: Hashable, Codable, Sendable {
    /// The cleaned, lowercased address ("ann.lee@acme.com"); for an invalid one, the cleaned text.
    public var address: String
    /// The part before the last "@" (lowercased); empty when there is no "@".
    public var local: String
    /// The part after the last "@" (lowercased, trailing dot removed); empty when there is no "@".
    public var domain: String
    /// True when the address is syntactically plausible: one "@", a local part, a dotted domain with a
    /// letters-only top-level label, no spaces.
    public var isValid: Bool
    /// True for shared mailboxes (info@, office@, hr@ …): they say which organization, not which person.
    public var isRoleAddress: Bool
    /// True for personal mail providers (gmail.com, yahoo.com …): the domain says nothing about the employer.
    public var isFreeMail: Bool

    /// A key for matching: for Gmail the dots and "+tag" of the local part are removed (Gmail ignores them);
    /// for other domains only a "+tag". Equal keys mean the same mailbox.
    public var matchKey: String {
        guard isValid else { return address }
        var l = Substring(local)
        if let plus = l.firstIndex(of: "+"), plus != l.startIndex { l = l[..<plus] }
        let d = domain == "googlemail.com" ? "gmail.com" : domain
        if d == "gmail.com" { return String(l.filter { $0 != "." }) + "@" + d }
        return String(l) + "@" + d
    }

    /// An address with the properties of the same names, as given; ``EmailNormalizer/normalize(_:)`` makes them
    /// from a cell.
    ///
    /// ```swift
    /// let email = NormalizedEmail(address: "ann.lee@acme.com", local: "ann.lee", domain: "acme.com",
    ///                             isValid: true, isRoleAddress: false, isFreeMail: false)
    /// email.matchKey   // "ann.lee@acme.com"
    /// ```
    public init(address: String, local: String, domain: String, isValid: Bool, isRoleAddress: Bool,
                isFreeMail: Bool) {
        self.address = address
        self.local = local
        self.domain = domain
        self.isValid = isValid
        self.isRoleAddress = isRoleAddress
        self.isFreeMail = isFreeMail
    }
}

/// Cleans email cells.
///
/// ```swift
/// EmailNormalizer.normalize(" Ann Lee <Ann.Lee@ACME.com> ")?.address   // "ann.lee@acme.com"
/// EmailNormalizer.normalize("info@acme.com")?.isRoleAddress            // true
/// EmailNormalizer.extractAll("a@x.com; b@y.com").count                // 2
/// ```
public enum EmailNormalizer {
    /// Normalizes one address. Returns nil for an empty or whitespace-only cell (and for placeholders such as
    /// "n/a", "none", "-"); anything else comes back, flagged invalid if it is not a plausible address.
    ///
    /// ```swift
    /// EmailNormalizer.normalize("x@yahoo.com")?.isFreeMail   // true
    /// EmailNormalizer.normalize("ann.lee@acme")?.isValid     // false: kept, flagged
    /// EmailNormalizer.normalize("n/a")                       // nil
    /// ```
    public static func normalize(_ raw: String) -> NormalizedEmail? {
        // Work on UTF-8 bytes: every delimiter we look for is ASCII, and multi-byte sequences never contain ASCII
        // bytes, so this is exact for any text and avoids grapheme-cluster work on a million cells.
        var b = Array(raw.utf8)[...]
        trim(&b)
        // "Ann Lee <ann@acme.com>" and "<ann@acme.com>": the address is inside the angle brackets.
        if let open = b.lastIndex(of: UInt8(ascii: "<")) {
            let after = b[(open + 1)...]
            b = after.firstIndex(of: UInt8(ascii: ">")).map { after[..<$0] } ?? after
            trim(&b)
        }
        if b.count >= 7, b.prefix(7).map({ $0 | 0x20 }).elementsEqual("mailto:".utf8) {
            b = b.dropFirst(7)
            trim(&b)
        }
        let at = UInt8(ascii: "@")
        // Drop a "?subject=…" from a mailto: link and wrapping quotes, brackets or a trailing sentence period.
        if b.contains(at), let q = b.firstIndex(of: UInt8(ascii: "?")) { b = b[..<q] }
        while let f = b.first, leadingJunk.contains(f) { b = b.dropFirst() }
        while let l = b.last, trailingJunk.contains(l) { b = b.dropLast() }
        trim(&b)
        guard !b.isEmpty else { return nil }
        let address: String
        if b.allSatisfy({ $0 < 0x80 }) {
            address = String(decoding: b.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        } else {
            address = String(decoding: b, as: UTF8.self).lowercased()
        }
        if placeholders.contains(address) { return nil }
        let bytes = Array(address.utf8)
        guard let atIndex = bytes.lastIndex(of: at) else {
            return NormalizedEmail(address: address, local: "", domain: "", isValid: false, isRoleAddress: false,
                                   isFreeMail: false)
        }
        let local = String(decoding: bytes[..<atIndex], as: UTF8.self)
        var domainBytes = bytes[(atIndex + 1)...]
        while domainBytes.last == UInt8(ascii: ".") { domainBytes = domainBytes.dropLast() }
        let domain = String(decoding: domainBytes, as: UTF8.self)
        let cleaned = domain.isEmpty ? address : local + "@" + domain
        let valid = isValid(local: local, domain: domain, whole: cleaned)
        return NormalizedEmail(address: cleaned, local: local, domain: domain, isValid: valid,
                               isRoleAddress: isRole(local: local), isFreeMail: isFreeMail(domain: domain))
    }

    /// The printable symbols RFC 5322 allows in an unquoted local part.
    private static let localSymbols: Set<UInt8> = Set("!#$%&'*+-/=?^_`{|}~.".utf8)
    private static let leadingJunk: Set<UInt8> = Set("\"'([{".utf8)
    private static let trailingJunk: Set<UInt8> = Set("\"')]}.,;:".utf8)

    /// Every address in a cell that may hold several ("a@x.com; b@y.com", "a@x.com, b@y.com", one per line,
    /// "Ann <a@x.com>, Bob <b@y.com>"). Duplicates are removed, order kept.
    ///
    /// ```swift
    /// EmailNormalizer.extractAll("ann@acme.com; Bob <bob@okafor.com>").map(\.address)
    /// // ["ann@acme.com", "bob@okafor.com"]
    /// ```
    public static func extractAll(_ raw: String) -> [NormalizedEmail] {
        var result: [NormalizedEmail] = []
        var seen = Set<String>()
        // Split on list separators; a comma only separates when it is outside angle brackets and quotes.
        var parts: [Substring] = []
        var start = raw.startIndex
        var inQuotes = false
        var depth = 0
        var i = raw.startIndex
        while i < raw.endIndex {
            let c = raw[i]
            switch c {
            case "\"": inQuotes.toggle()
            case "<": depth += 1
            case ">": depth = max(0, depth - 1)
            case ";", ",", "\n", "\r", "\t", "|", " ":
                // A space separates only when both sides hold an address ("a@x.com b@y.com"); decided below.
                if !inQuotes && depth == 0 {
                    parts.append(raw[start..<i])
                    start = raw.index(after: i)
                }
            default: break
            }
            i = raw.index(after: i)
        }
        parts.append(raw[start...])
        // Re-glue pieces that have no "@" onto their neighbours when they are display-name words, so that
        // "Ann Lee <ann@x.com>" survives the space split: only pieces containing "@" become addresses.
        for part in parts where part.utf8.contains(UInt8(ascii: "@")) {
            guard let e = normalize(String(part)), !seen.contains(e.address) else { continue }
            seen.insert(e.address)
            result.append(e)
        }
        if result.isEmpty, let single = normalize(raw) { result.append(single) }
        return result
    }

    /// True when a local part names a function, not a person.
    ///
    /// ```swift
    /// EmailNormalizer.isRole(local: "info")       // true
    /// EmailNormalizer.isRole(local: "ann.lee")    // false
    /// ```
    public static func isRole(local: String) -> Bool {
        if roleLocals.contains(local) { return true }
        // "info.chicago", "hr-team", "noreply+x": judge the first word.
        guard let cut = local.utf8.firstIndex(where: {
            $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "+")
        }), cut != local.startIndex else { return false }
        return roleLocals.contains(String(local[..<cut]))
    }

    /// True when a domain belongs to a personal mail provider.
    ///
    /// ```swift
    /// EmailNormalizer.isFreeMail(domain: "gmail.com")   // true
    /// EmailNormalizer.isFreeMail(domain: "acme.com")    // false
    /// ```
    public static func isFreeMail(domain: String) -> Bool { freeMailDomains.contains(domain) }

    /// One pass over the bytes (already lowercased): RFC 5321 lengths, a dot-atom local part, LDH domain labels,
    /// at least two labels and a letters-only top-level label of two or more. Non-ASCII (internationalized
    /// addresses) is accepted as is.
    static func isValid(local: String, domain: String, whole: String) -> Bool {
        let dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
        guard !local.isEmpty, local.utf8.count <= 64, !domain.isEmpty, whole.utf8.count <= 254 else { return false }
        var previousWasDot = true  // so a leading dot fails
        for b in local.utf8 {
            if b == dot {
                if previousWasDot { return false }
                previousWasDot = true
                continue
            }
            previousWasDot = false
            switch b {
            case 0x61...0x7A, 0x30...0x39, 0x80...0xFF: continue
            default: if !localSymbols.contains(b) { return false }
            }
        }
        if previousWasDot { return false }
        var labelLength = 0, dots = 0, previous = dot, topLevelIsAlpha = true
        for b in domain.utf8 {
            if b == dot {
                if labelLength == 0 || previous == hyphen { return false }
                dots += 1
                labelLength = 0
                topLevelIsAlpha = true
                previous = b
                continue
            }
            switch b {
            case 0x61...0x7A, 0x80...0xFF: break
            case 0x30...0x39: topLevelIsAlpha = false
            case hyphen:
                if labelLength == 0 { return false }
                topLevelIsAlpha = false
            default: return false
            }
            labelLength += 1
            if labelLength > 63 { return false }
            previous = b
        }
        return dots >= 1 && labelLength >= 2 && previous != hyphen && topLevelIsAlpha
    }

    /// Trims ASCII whitespace and control bytes, no-break space (C2 A0), zero-width space (E2 80 8B) and a BOM
    /// (EF BB BF) from both ends.
    private static func trim(_ b: inout ArraySlice<UInt8>) {
        while true {
            if let f = b.first, f <= 0x20 { b = b.dropFirst(); continue }
            if b.starts(with: [0xC2, 0xA0]) { b = b.dropFirst(2); continue }
            if b.starts(with: [0xE2, 0x80, 0x8B]) || b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3); continue }
            break
        }
        while true {
            if let l = b.last, l <= 0x20 { b = b.dropLast(); continue }
            if b.count >= 2, b.suffix(2).elementsEqual([0xC2, 0xA0]) { b = b.dropLast(2); continue }
            if b.count >= 3, b.suffix(3).elementsEqual([0xE2, 0x80, 0x8B]) { b = b.dropLast(3); continue }
            break
        }
    }

    static let placeholders: Set<String> = ["n/a", "na", "none", "-", "--", "null", "nil", "no email", "unknown",
                                            "tbd", "?", "x", "0"]

    /// Shared-mailbox local parts seen on partner and employer lists.
    static let roleLocals: Set<String> = [
        "info", "information", "office", "hr", "humanresources", "admin", "administrator", "contact", "contactus",
        "sales", "support", "help", "helpdesk", "hello", "hi", "team", "careers", "career", "jobs", "job",
        "employment", "recruiting", "recruitment", "talent", "hiring", "frontdesk", "front.desk", "reception",
        "receptionist", "noreply", "no-reply", "donotreply", "do-not-reply", "mail", "email", "general",
        "enquiries", "inquiries", "inquiry", "marketing", "media", "press", "news", "newsletter", "events",
        "event", "billing", "accounts", "accounting", "finance", "payroll", "orders", "service",
        "customerservice", "webmaster", "postmaster", "hostmaster", "abuse", "security", "it", "ops",
        "operations", "main", "staff", "all", "everyone", "board", "membership",
        "members", "registration", "register", "rsvp", "programs", "training", "workforce", "partnerships",
        "community", "volunteer", "volunteers", "donations", "development", "communications", "outreach",
        "scheduling", "appointments", "records", "legal", "compliance", "purchasing", "procurement", "safety",
        "quality", "engineering", "plant", "shop", "warehouse", "shipping", "receiving", "dispatch", "clerk",
        "chamber", "management", "feedback", "questions",
    ]

    /// Personal mail providers (and their country variants) common in US contact lists.
    static let freeMailDomains: Set<String> = [
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.ca",
        "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com", "passport.com", "windowslive.com",
        "aol.com", "aim.com", "icloud.com", "me.com", "mac.com", "comcast.net", "xfinity.com", "verizon.net",
        "att.net", "sbcglobal.net", "bellsouth.net", "pacbell.net", "ameritech.net", "swbell.net", "flash.net",
        "prodigy.net", "charter.net", "spectrum.net", "roadrunner.com", "rr.com", "twc.com", "cox.net",
        "earthlink.net", "mindspring.com", "juno.com", "netzero.net", "netzero.com", "frontier.com",
        "frontiernet.net", "centurylink.net", "embarqmail.com", "q.com", "windstream.net", "optonline.net",
        "optimum.net", "suddenlink.net", "mediacombb.net", "protonmail.com", "proton.me", "pm.me", "tutanota.com",
        "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com", "zoho.com", "zohomail.com", "yandex.com",
        "yandex.ru", "fastmail.com", "hey.com", "inbox.com", "usa.net", "excite.com", "lycos.com", "qq.com",
        "163.com", "126.com", "naver.com", "hanmail.net", "rediffmail.com", "btinternet.com", "sky.com",
        "virginmedia.com", "shaw.ca", "rogers.com", "sympatico.ca", "bigpond.com", "optusnet.com.au",
    ]
}
