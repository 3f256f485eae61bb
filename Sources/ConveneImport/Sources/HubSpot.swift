import ConveneModel

/// A HubSpot contacts export.
struct HubSpotContacts: KnownExport {
    let profile = SourceProfile(
        kind: .hubspot,
        signatures: [["Record ID", "Contact owner"], ["Record ID", "Lifecycle Stage"], ["Record ID", "Create Date", "Email"]],
        fields: [("Record ID", .ignore), ("Contact owner", .ignore), ("Lifecycle Stage", .ignore),
                 ("Lead Status", .ignore), ("Create Date", .ignore), ("Last Activity Date", .ignore),
                 ("Associated Company", .organization), ("Company Name", .organization),
                 ("Phone Number", .phone), ("Mobile Phone Number", .phone), ("Job Title", .title),
                 ("Marketing contact status", .ignore), ("Country/Region", .country),
                 ("State/Region", .region), ("Postal Code", .postalCode), ("Website URL", .website)])
}
