import ConveneModel
import Foundation

/// A sign-in sheet: printed by `convene export signin` and typed back in, or a convener's own sheet with a title
/// such as "Launch Meeting Sign-In" above the header. Attendance.
///
/// Recognized by its columns ("Name" and "Signature", "Initials" or "Time In"), or by a title or file name that
/// says sign-in above columns that name people. Every row is one signature (a person who signed twice is
/// looked for).
struct SignInSheet: KnownExport {
    let profile = SourceProfile(
        kind: .signInSheet,
        signatures: [["Name", "Signature"], ["Name", "Initials"], ["Print Name", "Signature"], ["Name", "Time In"]],
        fields: [("Signature", .ignore), ("Initials", .ignore)],
        participation: .attended)

    /// A sheet's columns are plain ("Name"): every other export is tried first.
    var signatureDecides: Bool { false }
    var rowsAreSubmissions: Bool { true }

    static let signInWords = ["sign-in", "sign in", "signin", "sign_in", "attendance sheet", "attendance"]

    /// Its signature, or a sheet typed into Excel: a title such as "Launch Meeting Sign-In" above the header, or
    /// the file named so.
    func recognizesOtherwise(_ header: HeaderShape) -> Bool {
        if profile.matches(header.keys) { return true }
        let preambleText = header.preamble.flatMap { $0 }.joined(separator: " ").lowercased()
        let name = header.fileName.lowercased()
        let signIn = Self.signInWords
        let hasPersonColumns = header.headers.contains { HeaderSynonyms.field(for: $0)?.isPersonField == true }
        return hasPersonColumns && (signIn.contains { preambleText.contains($0) } ||
                                    signIn.dropLast().contains { name.contains($0.replacingOccurrences(of: " ", with: "-")) || name.contains($0) })
    }

    /// A title line ("Advanced Manufacturing Partnership — Launch Sign-In") and a date line, if any.
    func meetingHint(preamble rows: [TextRow]) -> MeetingHint? {
        var hint = MeetingHint()
        for row in rows where !row.isBlank {
            for i in 0..<row.trimmedCount {
                let cell = row.value(i)
                if cell.isEmpty { continue }
                let afterLabel = cell.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? cell
                if hint.date == nil, let d = Normalization.date(afterLabel) { hint.date = d; continue }
                if hint.name == nil, HeaderText.key(cell) != "date" { hint.name = cell }
            }
        }
        return hint.name == nil && hint.date == nil ? nil : hint
    }
}
