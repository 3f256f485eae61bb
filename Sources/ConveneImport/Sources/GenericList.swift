import ConveneModel

/// Any other list: no signature, every column mapped by the header synonyms (or, without a header, by its
/// content). A list with a registration, attendance or join-time column records a meeting; every row is one
/// person's entry (a person listed twice is looked for).
struct GenericList: KnownExport {
    let profile = SourceProfile(kind: .generic, signatures: [], fields: [])

    var rowsAreSubmissions: Bool { true }
}
