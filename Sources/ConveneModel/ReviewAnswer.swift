import Foundation

/// An answer to "are these the same person?", as the review sheet's Decision dropdown offers it.
///
/// ```swift
/// let choices = ReviewAnswer.allCases.map(\.rawValue)   // ["Same", "Not the same", "Skip"]
/// ```
public enum ReviewAnswer: String, Codable, Sendable, CaseIterable {
    /// One person: applying it merges the two people (the older ID stays).
    case same = "Same"
    /// Two people: they are kept apart for good.
    case notSame = "Not the same"
    /// Decide later: the pair stays open.
    case skip = "Skip"

    /// Parses the dropdown text leniently ("same", "NOT THE SAME", "not same", "skip", empty → nil).
    ///
    /// ```swift
    /// ReviewAnswer(text: "NOT THE SAME")   // .notSame
    /// ReviewAnswer(text: "yes")            // .same
    /// ReviewAnswer(text: "")               // nil
    /// ```
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch t {
        case "same", "yes", "y": self = .same
        case "not the same", "not same", "different", "no", "n": self = .notSame
        case "skip": self = .skip
        default: return nil
        }
    }
}
