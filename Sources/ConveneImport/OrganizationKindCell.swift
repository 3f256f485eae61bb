import Foundation
import ConveneModel
import ConveneNormalize

/// What an "Organization Type" cell says about the kind of partner an organization is.
///
/// Invitation lists and partner rosters often carry a column a convener filled in by hand: "Business",
/// "Workforce Board", "K-12", "Nonprofit". That is better evidence than the organization's name — "Acme
/// Consulting" reads as a business, and the list says it is a nonprofit — so a kind read here is *stated*:
/// it replaces a kind inferred from a name (``ImportResult/statedOrganizationKinds``), though never one set
/// with `convene classify`.
///
/// Broad answers lean on the name (``broad``): "Education" is the K-12 school or college the name says (a college
/// when it says neither), "School" the same (K-12 when it says neither), "Public" the public kind the name gives
/// (government otherwise), "Private" a business unless the name is a private college, school or nonprofit,
/// "Workforce" a workforce board unless the name is a nonprofit or college doing workforce work. A cell naming
/// several kinds states the one they agree on ("College or University", "Business / Industry"), the association
/// when it pairs one with business ("Business / Trade Association"), and nothing when they disagree
/// ("Public/Private", "Education/Workforce"). A cell that names no kind ("Manufacturing" under a header that
/// means the industry) says nothing: the kind is inferred from the name as before, and the file gets one
/// warning that counts such cells.
///
/// ```swift
/// OrganizationKindCell.read("Non-profit", name: "Acme Consulting", emailDomain: nil)       // .communityOrganization
/// OrganizationKindCell.read("Education", name: "Lincoln High School", emailDomain: nil)    // .k12
/// OrganizationKindCell.read("Business / Industry", name: "Acme", emailDomain: nil)         // .business
/// OrganizationKindCell.read("Manufacturing", name: "Acme", emailDomain: nil)               // nil
/// ```
enum OrganizationKindCell {
    /// Answers that name a kind, folded (``MatchText/fold(_:)``).
    static let kinds: [String: OrganizationKind] = {
        var table: [String: OrganizationKind] = [:]
        func add(_ kind: OrganizationKind, _ answers: [String]) { for a in answers { table[MatchText.fold(a)] = kind } }
        add(.business, ["Business", "Businesses", "Private business", "Industry", "Industry partner",
                        "Business partner", "Employer", "Employers", "Company", "For-profit", "For profit",
                        "For-profit business", "For-profit company", "Corporate", "Corporation", "Small business",
                        "Manufacturer", "Private employer", "Business-led", "Business leader", "Business/Industry",
                        // LinkedIn's company types: a listed company is a business, not a public partner.
                        "Public company", "Publicly held", "Publicly traded", "Privately held", "Private company",
                        "Self-employed", "Sole proprietorship", "Partnership"])
        add(.workforceBoard, ["Workforce board", "Workforce development board", "Local workforce development board",
                              "WDB", "WIB", "LWDB", "Workforce investment board", "American Job Center", "AJC",
                              "One-stop", "One stop", "One-stop center", "Workforce agency"])
        add(.chamber, ["Chamber", "Chamber of commerce", "Chambers", "Chambers of commerce"])
        add(.economicDevelopment, ["Economic development", "Economic development organization", "EDO", "EDC",
                                   "Economic development corporation", "Economic development agency",
                                   "Economic development partner", "Econ dev", "Economic dev"])
        add(.industryAssociation, ["Industry association", "Trade association", "Association",
                                   "Professional association", "Business association", "Trade group",
                                   "Industry group", "Trade organization"])
        add(.college, ["College", "University", "Higher education", "Higher ed", "Community college",
                       "Postsecondary", "Post-secondary", "Postsecondary education", "Post-secondary education",
                       "Technical college", "Higher education institution", "IHE", "Colleges", "Universities"])
        add(.k12, ["K-12", "K12", "K-12 education", "K-12 school", "K-12 schools", "School district",
                   "Public school", "Public schools", "Public school district", "High school", "Secondary education",
                   "Secondary", "Career-technical center", "Career technical center", "CTE", "ISD"])
        add(.government, ["Government", "Gov", "Govt", "Government agency", "Public agency", "State agency",
                          "Local government", "State government", "City government", "County government",
                          "Federal government", "Municipal", "Municipality", "City", "County", "State", "Federal",
                          "Elected official", "Elected officials", "Public official"])
        add(.communityOrganization, ["Nonprofit", "Non-profit", "Not-for-profit", "Not for profit", "NPO", "NGO",
                                     "Nonprofit organization", "Non-profit organization", "Community organization",
                                     "Community-based organization", "Community based organization", "CBO",
                                     "Community partner", "Foundation", "Philanthropy", "Faith-based",
                                     "Faith based organization", "Community-based", "Social services",
                                     "Human services",
                                     // A labor union is a 501(c)(5) nonprofit and a public partner, not a business.
                                     "Union", "Labor union", "Labor", "Labor organization"])
        return table
    }()

    /// Broad answers, folded: the kind the name gives when it is one of `accepts`, else `otherwise`.
    static let broad: [String: (accepts: Set<OrganizationKind>, otherwise: OrganizationKind)] = {
        var table: [String: (accepts: Set<OrganizationKind>, otherwise: OrganizationKind)] = [:]
        func add(_ answers: [String], _ accepts: Set<OrganizationKind>, _ otherwise: OrganizationKind) {
            for a in answers { table[MatchText.fold(a)] = (accepts, otherwise) }
        }
        let schools: Set<OrganizationKind> = [.k12, .college]
        add(["Education", "Educational", "Educational institution", "Education partner", "Training provider",
             "Education/Training", "Education and training"], schools, .college)
        add(["School", "Schools"], schools, .k12)
        add(["Public", "Public sector", "Public partner", "Public partners", "Public entity", "Public organization"],
            Set(OrganizationKind.allCases.filter(\.isPublicPartner)), .government)
        add(["Private", "Private sector", "Private organization"],
            [.business, .college, .k12, .communityOrganization, .industryAssociation, .chamber], .business)
        add(["Workforce", "Workforce development", "Workforce partner", "Workforce development partner"],
            [.workforceBoard, .communityOrganization, .college], .workforceBoard)
        return table
    }()

    /// Whether the cell is a placeholder that says nothing ("N/A", "Other", "Unknown", "-"): no warning.
    static func saysNothing(_ text: String) -> Bool {
        let folded = MatchText.fold(text)
        return folded.isEmpty || OrganizationCell.placeholders.contains(folded) || unanswered.contains(folded)
    }
    static let unanswered: Set<String> = ["other", "others", "not sure", "unsure", "misc", "miscellaneous"]

    /// The public kinds as a warning lists them.
    static let publicKindsList = "workforce board, chamber, economic development, industry association, college, "
        + "K-12, government, nonprofit"

    /// The kind the cell states for an organization of that name (and work email domain), or nil when it
    /// names none.
    static func read(_ text: String, name: String, emailDomain: String?) -> OrganizationKind? {
        var inferred: OrganizationKind?
        func answer(_ folded: String) -> OrganizationKind? {
            if let kind = kinds[folded] { return kind }
            guard let (accepts, otherwise) = broad[folded] else { return nil }
            let byName = inferred ?? OrganizationNormalizer.inferKind(name: name, emailDomain: emailDomain)
            inferred = byName
            return accepts.contains(byName) ? byName : otherwise
        }
        let folded = MatchText.fold(text)
        if folded.isEmpty { return nil }
        if let kind = answer(folded) { return kind }
        // "Business / Industry", "College or University", "Nonprofit (501c3)", "State/City/County Government":
        // the parts' kinds. A dash splits only between spaces ("K-12" and "Non-profit" are one answer).
        let parts = text.replacingOccurrences(of: " - ", with: "/")
            .split(whereSeparator: { "/|,;()&–—".contains($0) })
            .flatMap { MatchText.fold(String($0)).components(separatedBy: " or ") }
            .flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        // A specific part outranks a broad one: "Education - K-12" is K-12 whatever the name.
        let specific = parts.compactMap { kinds[$0] }
        let found = Set(specific.isEmpty ? parts.compactMap(answer) : specific)
        if found.count == 1 { return found.first }
        // An association or chamber is business-led: "Business / Trade Association" is the association.
        let led = found.subtracting([.business])
        if found.contains(.business), led.count == 1, let body = led.first, [.industryAssociation, .chamber].contains(body) {
            return body
        }
        return nil   // "Public/Private", "Education/Workforce": the cell names two kinds and states neither
    }
}
