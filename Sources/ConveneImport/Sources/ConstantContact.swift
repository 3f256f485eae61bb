import ConveneModel

/// A Constant Contact contacts export.
struct ConstantContactExport: KnownExport {
    let profile = SourceProfile(
        kind: .constantContact,
        signatures: [["Email address", "Email status"], ["Email address", "Email permission status"]],
        fields: [("Email address", .email), ("Email status", .ignore), ("Email permission status", .ignore),
                 ("Email Lists", .ignore), ("Tags", .ignore), ("Source Name", .ignore),
                 ("Created At", .ignore), ("Updated At", .ignore), ("Phone - work", .phone),
                 ("Phone - mobile", .phone), ("Phone - home", .phone), ("Job title", .title),
                 ("Street address line 1 - Work", .street), ("City - Work", .city),
                 ("State/Province - Work", .region), ("Zip/Postal Code - Work", .postalCode),
                 ("Country - Work", .country), ("Birthday", .ignore), ("Anniversary", .ignore)])
}
