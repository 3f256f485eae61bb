import ConveneModel

/// Outlook's contacts CSV: "Title" is an honorific, three e-mail addresses, home and other addresses that are not
/// the work address a partnership wants.
struct OutlookContacts: KnownExport {
    let profile = SourceProfile(
        kind: .outlookContacts,
        signatures: [["E-mail Address", "E-mail Display Name"], ["First Name", "Middle Name", "Business Street"]],
        fields: [("Title", .honorific), ("Suffix", .nameSuffix), ("Company", .organization),
                 ("Department", .ignore), ("Job Title", .title), ("Business Street", .street),
                 ("Business City", .city), ("Business State", .region), ("Business Postal Code", .postalCode),
                 ("Business Country/Region", .country), ("Business Country", .country),
                 ("Business Phone", .phone), ("Mobile Phone", .phone), ("Home Phone", .phone),
                 ("Company Main Phone", .phone), ("Primary Phone", .phone), ("Business Fax", .ignore),
                 ("Home Fax", .ignore), ("E-mail Address", .email), ("E-mail 2 Address", .email),
                 ("E-mail 3 Address", .email), ("E-mail Type", .ignore), ("E-mail Display Name", .ignore),
                 ("E-mail 2 Type", .ignore), ("E-mail 2 Display Name", .ignore), ("E-mail 3 Type", .ignore),
                 ("E-mail 3 Display Name", .ignore), ("Web Page", .website), ("Birthday", .dateOfBirth),
                 ("Anniversary", .ignore), ("Notes", .notes), ("Categories", .ignore),
                 ("Home Street", .ignore), ("Home City", .ignore), ("Home State", .ignore),
                 ("Home Postal Code", .ignore), ("Home Country/Region", .ignore),
                 ("Other Street", .ignore), ("Other City", .ignore), ("Other State", .ignore),
                 ("Other Postal Code", .ignore), ("Other Country/Region", .ignore), ("Priority", .ignore),
                 ("Private", .ignore), ("Sensitivity", .ignore), ("Gender", .ignore), ("Initials", .ignore),
                 ("Keywords", .ignore), ("Language", .ignore), ("Location", .ignore),
                 ("Office Location", .ignore), ("Account", .ignore), ("Manager's Name", .ignore),
                 ("Assistant's Name", .ignore), ("Assistant's Phone", .ignore), ("Callback", .ignore),
                 ("Car Phone", .ignore), ("Other Phone", .ignore), ("Pager", .ignore), ("Radio Phone", .ignore),
                 ("Telex", .ignore), ("TTY/TDD Phone", .ignore), ("ISDN", .ignore), ("Spouse", .ignore),
                 ("Children", .ignore), ("Hobby", .ignore), ("Profession", .ignore), ("Referred By", .ignore),
                 ("Business Phone 2", .phone), ("Home Phone 2", .ignore), ("Other Fax", .ignore),
                 ("User 1", .ignore), ("User 2", .ignore), ("User 3", .ignore), ("User 4", .ignore)])
}
