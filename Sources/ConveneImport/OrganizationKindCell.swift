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
/// A cell that names no kind ("Manufacturing" under a "Sector" header that means industry, "Other", "TBD")
/// says nothing: the kind is inferred from the name as before, and the file gets one warning that counts them.
/// Two broad answers lean on the name: "Education" is a K-12 school when the name says so and a college
/// otherwise; "Public" (or "Public partner", "Public sector") is the public kind the name gives, or government
/// when the name gives none.
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
        add(.business, ["Business", "Businesses", "Private", "Private sector", "Private business", "Industry",
                        "Industry partner", "Business partner", "Employer", "Employers", "Company", "For-profit",
                        "For profit", "Corporate", "Corporation", "Small business", "Manufacturer", "Private employer",
                        "Business/Industry", "Industry/Business", "Business-led", "Business leader"])
        add(.workforceBoard, ["Workforce board", "Workforce development board", "Workforce", "Workforce development",
                              "WDB", "WIB", "LWDB", "Workforce investment board", "American Job Center", "AJC",
                              "One-stop", "One stop", "Workforce partner"])
        add(.chamber, ["Chamber", "Chamber of commerce", "Chambers"])
        add(.economicDevelopment, ["Economic development", "Economic development organization", "EDO", "EDC",
                                   "Economic development corporation", "Econ dev", "Economic dev"])
        add(.industryAssociation, ["Industry association", "Trade association", "Association",
                                   "Professional association", "Business association", "Trade group"])
        add(.college, ["College", "University", "Higher education", "Higher ed", "Community college",
                       "Postsecondary", "Post-secondary", "Technical college", "College/University",
                       "Higher education institution", "IHE"])
        add(.k12, ["K-12", "K12", "K-12 education", "School district", "High school", "Secondary education",
                   "Secondary", "Career-technical center", "Career technical center", "CTE", "ISD"])
        add(.government, ["Government", "Gov", "Govt", "Government agency", "Public agency", "State agency",
                          "Local government", "Municipal", "Municipality", "City", "County", "State", "Federal",
                          "Elected official", "Elected officials", "Public official"])
        add(.communityOrganization, ["Nonprofit", "Non-profit", "Not-for-profit", "Not for profit", "NPO", "NGO",
                                     "Community organization", "Community-based organization",
                                     "Community based organization", "CBO", "Community partner", "Foundation",
                                     "Philanthropy", "Faith-based", "Faith based organization",
                                     "Community-based", "Social services", "Human services",
                                     // A labor union is a 501(c)(5) nonprofit and a public partner, not a business.
                                     "Union", "Labor union", "Labor", "Labor organization"])
        return table
    }()

    /// Broad answers the name refines: education (K-12 or college), public (any public partner).
    static let education: Set<String> = ["education", "educational institution", "education partner", "school",
                                         "training provider", "education training", "education and training"]
    static let publicPartner: Set<String> = ["public", "public sector", "public partner", "public partners",
                                             "public entity", "public organization"]

    /// Whether the cell is a placeholder that says nothing ("N/A", "Other", "Unknown", "-"): no warning.
    static func saysNothing(_ text: String) -> Bool {
        let folded = MatchText.fold(text)
        return folded.isEmpty || OrganizationCell.placeholders.contains(folded) || unanswered.contains(folded)
    }
    static let unanswered: Set<String> = ["other", "others", "not sure", "unsure", "misc", "miscellaneous", "n a"]

    /// The public kinds as a warning lists them.
    static let publicKindsList = "workforce board, chamber, economic development, industry association, college, "
        + "K-12, government, nonprofit"

    /// The kind the cell states for an organization of that name (and work email domain), or nil when it
    /// names none.
    static func read(_ text: String, name: String, emailDomain: String?) -> OrganizationKind? {
        let folded = MatchText.fold(text)
        if folded.isEmpty { return nil }
        if let kind = answer(folded, name: name, emailDomain: emailDomain) { return kind }
        // "Business / Industry", "Education - K12", "Nonprofit (501c3)": the most specific part that names a kind.
        // A dash splits only between spaces: "K-12" and "Non-profit" are one answer.
        let parts = text.replacingOccurrences(of: " - ", with: "/")
            .split(whereSeparator: { "/|,;()–—".contains($0) }).map { MatchText.fold(String($0)) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        if let kind = parts.lazy.compactMap({ kinds[$0] }).first { return kind }
        return parts.lazy.compactMap { answer($0, name: name, emailDomain: emailDomain) }.first
    }

    private static func answer(_ folded: String, name: String, emailDomain: String?) -> OrganizationKind? {
        if let kind = kinds[folded] { return kind }
        if education.contains(folded) {
            return OrganizationNormalizer.inferKind(name: name, emailDomain: emailDomain) == .k12 ? .k12 : .college
        }
        if publicPartner.contains(folded) {
            let inferred = OrganizationNormalizer.inferKind(name: name, emailDomain: emailDomain)
            return inferred.isPublicPartner ? inferred : .government
        }
        return nil
    }
}
