import ConveneModel

/// A Google Contacts CSV, the older (Given Name / Family Name) and newer (First Name / Last Name / Labels) layouts.
struct GoogleContacts: KnownExport {
    let profile = SourceProfile(
        kind: .googleContacts,
        signatures: [["Given Name", "Family Name", "E-mail 1 - Value"], ["First Name", "Last Name", "E-mail 1 - Value"],
                     ["Given Name", "Family Name", "Group Membership"], ["First Name", "Last Name", "File As", "Labels"]],
        fields: [("Name", .fullName), ("Given Name", .firstName), ("Additional Name", .middleName),
                 ("Family Name", .lastName), ("First Name", .firstName), ("Middle Name", .middleName),
                 ("Last Name", .lastName), ("Name Prefix", .honorific), ("Name Suffix", .nameSuffix),
                 ("Nickname", .ignore), ("File As", .ignore), ("Labels", .ignore), ("Group Membership", .ignore),
                 ("Birthday", .dateOfBirth), ("Notes", .notes),
                 ("E-mail 1 - Value", .email), ("E-mail 2 - Value", .email), ("E-mail 3 - Value", .email),
                 ("E-mail 1 - Type", .ignore), ("E-mail 2 - Type", .ignore), ("E-mail 1 - Label", .ignore),
                 ("E-mail 2 - Label", .ignore), ("Phone 1 - Value", .phone), ("Phone 2 - Value", .phone),
                 ("Phone 3 - Value", .phone), ("Phone 1 - Type", .ignore), ("Phone 2 - Type", .ignore),
                 ("Phone 1 - Label", .ignore), ("Phone 2 - Label", .ignore),
                 ("Organization 1 - Name", .organization), ("Organization 1 - Title", .title),
                 ("Organization Name", .organization), ("Organization Title", .title),
                 ("Organization 1 - Department", .ignore), ("Organization Department", .ignore),
                 ("Organization 1 - Type", .ignore),
                 ("Address 1 - Formatted", .ignore), ("Address 1 - Street", .street),
                 ("Address 1 - City", .city), ("Address 1 - Region", .region),
                 ("Address 1 - Postal Code", .postalCode), ("Address 1 - Country", .country),
                 ("Address 1 - PO Box", .ignore), ("Address 1 - Type", .ignore), ("Address 1 - Label", .ignore),
                 ("Address 1 - Extended Address", .ignore),
                 ("Website 1 - Value", .website), ("Website 1 - Type", .ignore), ("Website 1 - Label", .ignore)])
}
