import ConveneNormalize
import Foundation

/// What a name cell says after the name. People set their Zoom and Teams display names to "Jane Doe - Acme
/// Corp" or "Jane Doe | HR Director", and a sign-in sheet typed into one column reads the same way. The name
/// parser keeps the name; this reads the rest, so a row without an organization or title column (a Zoom
/// report has neither) still says where the person works — and a walk-in who wrote "Bob Jones - 608-555-0101"
/// on a sign-in sheet keeps the number.
///
/// ```swift
/// NameCellDetail.read("Bob Schultz - Northwoods Paper Converting")   // organization "Northwoods Paper Converting"
/// NameCellDetail.read("Jane Doe | HR Director")                      // title "HR Director"
/// NameCellDetail.read("Maria Lopez - Riverton Precision | Buyer")    // organization and title
/// NameCellDetail.read("Ann Lee - Bob Lee")                           // nil: another person on one device
/// NameCellDetail.read("Ann Lee - Host")                              // nil: a meeting role
/// ```
///
/// Anything that is not a role, a second person, a contact detail or a title is read as the organization:
/// that is what people put there. A place ("Jane Doe - Green Bay") is read as one too; an organization is
/// weak evidence in matching (people move), and a record's own organization column always wins.
struct NameCellDetail: Equatable {
    /// The employer named after the name, if any.
    var organization: String?
    /// The job title named after the name, if any.
    var title: String?
    /// A phone number or an email address written after the name ("Bob Jones - 608-555-0101"), if any.
    var phone: String?, email: String?

    /// The organization, title, phone and email a name cell names after the name, or nil when it names none.
    /// Each part after a spaced dash or bar is read on its own ("Maria Lopez - Riverton Precision | Buyer");
    /// the first of each kind counts.
    static func read(_ cell: String) -> NameCellDetail? {
        NameParser.nameAndDetail(cell).flatMap { read(detail: $0.detail) }
    }

    /// ``read(_:)`` of what follows the name (``NameParser/nameAndDetail(_:)``'s `detail`).
    static func read(detail: String) -> NameCellDetail? {
        var found = NameCellDetail(), rest: String? = detail
        while let text = rest {
            let part: String
            if let split = NameParser.nameAndDetail(text) { (part, rest) = (split.name, split.detail) } else { (part, rest) = (text, nil) }
            switch kind(of: part) {
            case .organization(let o)? where found.organization == nil: found.organization = o
            case .title(let t)? where found.title == nil: found.title = t
            case .phone(let p)? where found.phone == nil: found.phone = p
            case .email(let e)? where found.email == nil: found.email = e
            default: break
            }
        }
        return found == NameCellDetail() ? nil : found
    }

    /// What one part after the name is.
    enum Part: Equatable { case organization(String), title(String), phone(String), email(String) }

    /// One part of what follows a name: an organization, a title, a phone number, an email address, or nothing
    /// about the person's work.
    static func kind(of text: String) -> Part? {
        var detail = text
        // "Acme (she/her)": a note in parentheses is no part of the organization.
        if let open = detail.firstIndex(of: "(") { detail = detail[..<open].trimmingCharacters(in: .whitespaces) }
        if ContentInference.isPhone(detail) { return .phone(detail) }
        if ContentInference.isEmail(detail) { return .email(detail) }
        guard !detail.isEmpty, detail.count <= 80, detail.contains(where: \.isLetter), !detail.contains("@") else { return nil }
        let words = detail.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { MatchText.fold(String($0)) }
        guard !words.isEmpty, !words.allSatisfy(roles.contains) else { return nil }
        // "Tom Reilly - Jr.", "Ann Lee - RN, BSN": a suffix or credentials, which the name parser reads itself.
        if NameParser.isSuffixesOrCredentials(detail) { return nil }
        if words.contains(where: isOrganizationWord) { return .organization(detail) }
        if words.contains(where: titleWords.contains) { return .title(detail) }
        // "Ann Lee - Bob Lee": two people at one screen; what follows is the second one, not a detail of Ann.
        if ContentInference.looksLikePersonName(detail), let first = detail.split(separator: " ").first,
           Nicknames.isKnown(String(first)) { return nil }
        return .organization(detail)
    }

    /// A word that marks an organization name, in either list the importer has (``ContentInference`` reads
    /// columns, ``NameParser`` tells "Ann Lee, Acme Inc" from "Lee, Ann").
    static func isOrganizationWord(_ word: String) -> Bool {
        ContentInference.organizationWords.contains(word) || NameParser.organizationWords.contains(word)
    }

    /// Meeting roles, pronouns and devices people add to a display name: nothing about the person's work.
    static let roles: Set<String> = [
        "host", "cohost", "co", "guest", "moderator", "presenter", "panelist", "panel", "speaker", "facilitator",
        "interpreter", "asl", "captioner", "captions", "notetaker", "notes", "organizer", "attendee", "mobile",
        "phone", "cell", "iphone", "ipad", "android", "laptop", "tablet", "audio", "video", "only", "she", "her",
        "hers", "he", "him", "his", "they", "them", "theirs", "pronouns", "in", "room", "remote", "zoom", "teams",
        "person", "virtual", "online", "retired", "volunteer", "parent", "member", "board",
    ]

    /// Words that make a detail a job title rather than an employer ("HR Director", "Plant Mgr", "Owner"). Not
    /// "tech" or "head", which name employers as often ("Fox Valley Tech", "Head Start").
    static let titleWords: Set<String> = [
        "director", "dir", "manager", "mgr", "coordinator", "coord", "president", "vp", "ceo", "cfo", "coo", "cto",
        "cio", "owner", "founder", "cofounder", "specialist", "engineer", "instructor", "professor", "faculty",
        "recruiter", "hr", "supervisor", "superintendent", "chair", "chairman", "chairwoman", "dean", "analyst",
        "consultant", "officer", "lead", "administrator", "admin", "assistant", "representative", "rep", "advisor",
        "adviser", "counselor", "navigator", "teacher", "principal", "executive", "exec", "secretary", "treasurer",
        "technician", "planner", "buyer", "trainer", "foreman", "operator", "intern", "student", "liaison",
        "commissioner", "mayor", "alderman", "councilmember", "senator", "chief", "controller", "generalist",
    ]
}
