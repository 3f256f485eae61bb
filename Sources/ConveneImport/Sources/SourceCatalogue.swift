import ConveneModel

/// The exports Convene knows, one ``KnownExport`` per file of this folder, most specific first. Header layouts
/// and their origins: Tests/ConveneImportTests/Fixtures/README.md.
enum SourceCatalogue {
    /// Every known export in the order their signatures are tried: the first whose signature the header matches
    /// wins.
    static let exports: [any KnownExport] = [
        TeamsAttendanceReport(),
        ZoomParticipantsReport(),
        EventbriteAttendees(),
        MailchimpAudience(),
        ConstantContactExport(),
        OutlookContacts(),
        GoogleContacts(),
        LinkedInConnections(),
        SalesforceContacts(),
        HubSpotContacts(),
        ActionPlanList(),
        GoogleFormsResponses(),
        SignInSheet(),
    ]

    /// When no signature decided: the exports given a second look, in this order.
    static let secondLooks: [SourceKind] = [.googleForms, .teamsAttendance, .signInSheet]

    /// The list that is none of them.
    static let generic = GenericList()

    private static let byKind: [SourceKind: any KnownExport] = {
        var table: [SourceKind: any KnownExport] = [.generic: generic]
        for export in exports { table[export.kind] = export }
        return table
    }()

    /// The export of `kind` (``GenericList`` for `.generic`).
    static func export(_ kind: SourceKind) -> any KnownExport {
        byKind[kind] ?? generic
    }

    static func profile(_ kind: SourceKind) -> SourceProfile {
        export(kind).profile
    }

    /// Every known export's profile, in catalogue order.
    static var all: [SourceProfile] { exports.map(\.profile) }

    /// The export a header row is: the first whose signature decides and matches; else the second looks (Google
    /// Forms when "Timestamp" is the first column, a Teams summary above a session table, a sign-in sheet by its
    /// columns, title or file name); else `.generic`.
    static func recognize(headers: [String], preamble: [[String]], fileName: String, format: String) -> SourceKind {
        let shape = HeaderShape(headers: headers, preamble: preamble, fileName: fileName)
        for export in exports where export.signatureDecides {
            if export.profile.matches(shape.keys) { return export.kind }
        }
        for kind in secondLooks where export(kind).recognizesOtherwise(shape) { return kind }
        return .generic
    }
}
