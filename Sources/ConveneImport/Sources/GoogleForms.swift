import ConveneModel

/// Google Forms responses (the linked sheet downloaded as CSV or .xlsx): "Timestamp" first, then one column per
/// question, worded as the form's author wrote it. Registrations unless the file name, the title or the
/// timestamps against the meeting date say the form was a sign-in.
///
/// Quirks: every row is one submission (test and double submissions are looked for); a reworded question's
/// answers move to a new last column (``RewordedQuestions``, applied by the importer).
struct GoogleFormsResponses: KnownExport {
    let profile = SourceProfile(
        kind: .googleForms,
        signatures: [["Timestamp"]],
        fields: [("Timestamp", .timestamp), ("Email Address", .email), ("Username", .email)],
        participation: .registered)

    /// "Timestamp" alone is too common a header to decide before every other export has had its say.
    var signatureDecides: Bool { false }
    var rowsAreSubmissions: Bool { true }

    /// Only when "Timestamp" is the first column, with at least one question after it.
    func recognizesOtherwise(_ header: HeaderShape) -> Bool {
        guard let first = header.headers.first else { return false }
        return HeaderText.key(first) == "timestamp" && header.headers.count >= 2
    }
}
