import ConveneImport
import ConveneMatch
import ConveneModel
import Foundation

/// How `convene import` reads its files.
///
/// ```swift
/// var options = WorkspaceImportOptions(meeting: MeetingRequest(name: "Launch", kind: .launch))
/// options.readAs = .attended
/// ```
public struct WorkspaceImportOptions: Sendable {
    /// Force a source kind (`--source zoom`) instead of recognizing it from the headers.
    public var source: SourceKind?
    /// The meeting the files belong to (`--meeting NAME --date DATE --kind KIND`).
    public var meeting: MeetingRequest?
    /// The kind given to meetings the files name themselves (`--kind` without `--meeting`).
    public var meetingKind: MeetingKind?
    /// Test-only: pause mid-transaction (see ``ImportPause``).
    public var pause: ImportPause?
    /// A mapping file (`--mapping FILE`) every file is read with; it is remembered for each file's header shape.
    /// Without one, a file whose shape has a remembered mapping is read with that.
    public var mapping: NamedMappingFile?
    /// What every file's rows mean for the meeting (`--as invited|registered|attended`); nil to infer it per file
    /// from its name, sheet, title and form timestamps.
    public var readAs: MeetingRole?

    /// Options with the properties of the same names; ``mapping`` and ``readAs`` are set afterwards.
    ///
    /// ```swift
    /// var options = WorkspaceImportOptions(meeting: MeetingRequest(name: "Launch", date: CalendarDate(iso: "2026-08-25")),
    ///                                      meetingKind: .launch)
    /// options.readAs = .registered
    /// let summaries = try workspace.importFiles(["launch-rsvps.csv"], options: options)
    /// ```
    public init(source: SourceKind? = nil, meeting: MeetingRequest? = nil, meetingKind: MeetingKind? = nil,
                pause: ImportPause? = nil) {
        self.source = source
        self.meeting = meeting
        self.meetingKind = meetingKind
        self.pause = pause
    }
}

/// A mapping file as read for `import --mapping FILE`, with FILE as the user named it.
///
/// ```swift
/// let named = NamedMappingFile(try MappingFile.load(url: URL(fileURLWithPath: "m.yaml")), name: "m.yaml")
/// ```
public struct NamedMappingFile: Sendable {
    /// The mapping.
    public var mapping: MappingFile
    /// The file as the user named it.
    public var name: String

    /// `mapping`, read from the file the user called `name`.
    ///
    /// ```swift
    /// var options = WorkspaceImportOptions()
    /// options.mapping = NamedMappingFile(try MappingFile.load(url: URL(fileURLWithPath: "partners.yaml")), name: "partners.yaml")
    /// ```
    public init(_ mapping: MappingFile, name: String) {
        self.mapping = mapping
        self.name = name
    }
}

extension Workspace {
    /// Reads every file (nothing is written until all have been read), then records them all in ONE
    /// transaction: completes, or changes nothing. A file whose bytes were imported before does nothing.
    ///
    /// ```swift
    /// let summaries = try workspace.importFiles(["acme-contacts.csv", "launch-signin.xlsx"],
    ///     options: WorkspaceImportOptions(meeting: MeetingRequest(name: "Launch", date: launchDate, kind: .launch)))
    /// ```
    /// - Throws: `ImportError` for a refused file (naming file, line and problem), ``WorkspaceError`` otherwise.
    public func importFiles(_ paths: [String], options: WorkspaceImportOptions = WorkspaceImportOptions(),
                            progress: (@Sendable (Int, Int) -> Void)? = nil,
                            matching: (@Sendable (MatchPhase) -> Void)? = nil) throws -> [FileImportSummary] {
        var incoming: [IncomingFile] = []
        let remembered = options.mapping == nil ? try rememberedMappings() : [:]
        for path in paths {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ImportError.unreadable(file: path, reason: (error as NSError).localizedDescription)
            }
            var readOptions = ImportOptions(mapping: options.mapping?.mapping, forceSource: options.source,
                                            defaultPhoneRegion: settings.defaultPhoneRegion, displayName: path)
            readOptions.rememberedMappings = remembered.mapValues(\.mapping)
            readOptions.readAs = options.readAs
            readOptions.meetingDate = options.meeting?.date
            readOptions.forMeeting = options.meeting != nil
            let result = try Importer.read(data: data, name: path, options: readOptions)
            var file = IncomingFile(result, sha256: SHA256.hexDigest(of: [UInt8](data)))
            file.columnReading = ColumnReading(result, phoneRegion: readOptions.defaultPhoneRegion)
            switch (result.mappingOrigin, result.headerSignature) {
            case (.given?, let signature):
                if let signature, let given = options.mapping {
                    file.mappingToRemember = RememberedMapping(signature: signature, mapping: given.mapping, name: given.name)
                }
                file.mapping = MappingNote(origin: .given, file: options.mapping?.name ?? "", remembered: signature != nil)
            case (.remembered?, let signature?):
                file.mapping = MappingNote(origin: .remembered, file: remembered[signature]?.name ?? "", remembered: true)
            default:
                break
            }
            incoming.append(file)
        }
        return try record(incoming, meeting: options.meeting, meetingKind: options.meetingKind, pause: options.pause, progress: progress,
                          matching: matching)
    }
}

extension IncomingFile {
    /// What the importer read, ready to record.
    ///
    /// ```swift
    /// let data = try Data(contentsOf: url)
    /// let file = IncomingFile(try Importer.read(data: data, name: url.lastPathComponent),
    ///                         sha256: SHA256.hexDigest(of: [UInt8](data)))
    /// let summaries = try workspace.record([file])
    /// ```
    public init(_ result: ImportResult, sha256: String) {
        self.init(path: result.file, sha256: sha256, source: result.source, contacts: result.contacts,
                  organizations: result.organizations,
                  participations: result.participations.map { ($0.contact, $0.participation) },
                  meetingName: result.meeting?.name, meetingDate: result.meeting?.date,
                  meetingStart: result.meeting?.startTime, meetingEnd: result.meeting?.endTime,
                  isVirtual: result.meeting?.isVirtual ?? [.zoomParticipants, .teamsAttendance].contains(result.source),
                  actionItems: result.actionItems.map(\.item), organizationKinds: result.organizationKinds,
                  volunteers: result.volunteers, warnings: result.warnings.map(\.description), recordCount: result.recordCount)
        statedOrganizationKinds = result.statedOrganizationKinds
        reading = result.reading
    }
}
