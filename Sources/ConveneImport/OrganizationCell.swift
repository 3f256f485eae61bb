import Foundation
import ConveneNormalize

/// What a typed sign-in sheet's organization cell says when it does not name an organization.
///
/// Paper sign-in sheets come back with "N/A", "none" or a dash where someone has no employer to write, "Retired" or
/// "Student" where they wrote what they are instead, and ditto marks ("〃", `"`, "same as above") under a
/// colleague's line. Read as organization names, each became a business — "N/A" with its own row in the
/// business count, every retiree one firm. The raw cell stays in the record's provenance either way.
///
/// ```swift
/// OrganizationCell.read("N/A")            // .nothing
/// OrganizationCell.read("Retired")        // .status("Retired")
/// OrganizationCell.read("same as above")  // .sameAsAbove
/// OrganizationCell.read("Acme Tool")      // .organization("Acme Tool")
/// ```
enum OrganizationCell: Equatable {
    /// An organization's name.
    case organization(String)
    /// No organization: a placeholder such as "N/A", "none", "-".
    case nothing
    /// What the person is rather than where they work ("Retired", "Student", "Self-employed"): kept as their title
    /// when they gave none, never an organization.
    case status(String)
    /// A ditto mark: the organization of the line above.
    case sameAsAbove

    /// Placeholders, folded (``MatchText/fold(_:)``); a cell of punctuation alone ("-", "—", "?") is one too.
    /// Words that are also firms' names ("Nothing", "Citizen", "Blank") are left out: a whole cell is compared.
    static let placeholders: Set<String> = MatchText.placeholders.union([
        "no", "no affiliation", "unaffiliated", "no organization", "no org", "no company", "no employer",
    ])
    /// What a person is rather than where they work, folded.
    static let statuses: Set<String> = [
        "retired", "student", "unemployed", "job seeker", "jobseeker", "self employed", "individual",
        "community member", "private citizen", "homemaker", "between jobs",
    ]
    /// Ditto words, folded; the marks themselves are punctuation and are matched as typed.
    static let dittoWords: Set<String> = ["ditto", "dito", "same", "same as above", "as above", "same as previous"]
    static let dittoMarks: Set<String> = ["\"", "\"\"", "''", "\u{201C}", "\u{201D}", "\u{201E}", "\u{3003}", "^", "\u{2191}"]

    /// Reads a (non-empty) organization cell.
    static func read(_ text: String) -> OrganizationCell {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if dittoMarks.contains(trimmed) { return .sameAsAbove }
        let folded = MatchText.fold(trimmed)
        if folded.isEmpty || placeholders.contains(folded) { return .nothing }
        if dittoWords.contains(folded) { return .sameAsAbove }
        if statuses.contains(folded) { return .status(trimmed) }
        return .organization(text)
    }
}
