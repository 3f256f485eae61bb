import ConveneModel

/// LinkedIn's Connections.csv (after its "Notes:" preamble, which header detection skips): "URL" is a profile,
/// not a website.
struct LinkedInConnections: KnownExport {
    let profile = SourceProfile(
        kind: .linkedInConnections,
        signatures: [["First Name", "Last Name", "Connected On"]],
        fields: [("URL", .ignore), ("Email Address", .email), ("Company", .organization),
                 ("Position", .title), ("Connected On", .ignore)])
}
