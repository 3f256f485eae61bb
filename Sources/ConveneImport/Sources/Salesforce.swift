import ConveneModel

/// A Salesforce contacts report.
struct SalesforceContacts: KnownExport {
    let profile = SourceProfile(
        kind: .salesforce,
        signatures: [["Mailing State/Province", "Account Name"], ["Mailing Zip/Postal Code", "Email"],
                     ["Contact ID", "Account Name"]],
        fields: [("Salutation", .honorific), ("Title", .title), ("Account Name", .organization),
                 ("Mailing Street", .street), ("Mailing City", .city), ("Mailing State/Province", .region),
                 ("Mailing Zip/Postal Code", .postalCode), ("Mailing Country", .country), ("Phone", .phone),
                 ("Mobile", .phone), ("Fax", .ignore), ("Email", .email), ("Account Owner", .ignore),
                 ("Contact Owner", .ignore), ("Contact ID", .ignore), ("Lead Source", .ignore),
                 ("Created Date", .ignore), ("Last Activity", .ignore)])
}
