import ConveneModel

/// A Mailchimp audience export. Its "Address" holds a whole address in one cell, parts separated by two spaces
/// (split by the record builder, for any column mapped to a whole address).
struct MailchimpAudience: KnownExport {
    let profile = SourceProfile(
        kind: .mailchimp,
        signatures: [["MEMBER_RATING", "OPTIN_TIME"], ["LEID", "EUID"]],
        fields: [("Email Address", .email), ("Address", .address), ("Phone Number", .phone),
                 ("Birthday", .ignore), ("MEMBER_RATING", .ignore), ("OPTIN_TIME", .ignore),
                 ("OPTIN_IP", .ignore), ("CONFIRM_TIME", .ignore), ("CONFIRM_IP", .ignore),
                 ("LATITUDE", .ignore), ("LONGITUDE", .ignore), ("GMTOFF", .ignore), ("DSTOFF", .ignore),
                 ("TIMEZONE", .ignore), ("CC", .ignore), ("REGION", .ignore), ("LAST_CHANGED", .ignore),
                 ("LEID", .ignore), ("EUID", .ignore), ("NOTES", .notes), ("TAGS", .ignore)])
}
