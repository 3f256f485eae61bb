import ConveneImport
import ConveneModel
import Foundation

/// How `convene import` reads its files.
public struct WorkspaceImportOptions: Sendable {
    /// Force a source kind (`--source zoom`) instead of recognizing it from the headers.
    public var source: SourceKind?
    /// The meeting the files belong to (`--meeting NAME --date DATE --kind KIND`).
    public var meeting: MeetingRequest?
    /// The kind given to meetings the files name themselves (`--kind` without `--meeting`).
    public var meetingKind: MeetingKind?
    /// Test-only: pause mid-transaction (see ``ImportPause``).
    public var pause: ImportPause?

    public init(source: SourceKind? = nil, meeting: MeetingRequest? = nil, meetingKind: MeetingKind? = nil,
                pause: ImportPause? = nil) {
        self.source = source
        self.meeting = meeting
        self.meetingKind = meetingKind
        self.pause = pause
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
    /// - Throws: ``ImportError`` for a refused file (naming file, line and problem), ``WorkspaceError`` otherwise.
    public func importFiles(_ paths: [String], options: WorkspaceImportOptions = WorkspaceImportOptions(),
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> [FileImportSummary] {
        var incoming: [IncomingFile] = []
        for path in paths {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ImportError.unreadable(file: path, reason: (error as NSError).localizedDescription)
            }
            let result = try Importer.read(data: data, name: path, options: ImportOptions(
                forceSource: options.source, defaultPhoneRegion: settings.defaultPhoneRegion, displayName: path))
            incoming.append(IncomingFile(result, sha256: SHA256.hexDigest(of: [UInt8](data))))
        }
        return try record(incoming, meeting: options.meeting, meetingKind: options.meetingKind, pause: options.pause, progress: progress)
    }
}

extension IncomingFile {
    /// What the importer read, ready to record.
    public init(_ result: ImportResult, sha256: String) {
        self.init(path: result.file, sha256: sha256, source: result.source, contacts: result.contacts,
                  organizations: result.organizations,
                  participations: result.participations.map { ($0.contact, $0.participation) },
                  meetingName: result.meeting?.name, meetingDate: result.meeting?.date,
                  meetingStart: result.meeting?.startTime, meetingEnd: result.meeting?.endTime,
                  isVirtual: result.meeting?.isVirtual ?? [.zoomParticipants, .teamsAttendance].contains(result.source),
                  actionItems: result.actionItems.map(\.item), organizationKinds: result.organizationKinds,
                  volunteers: result.volunteers, warnings: result.warnings.map(\.description), recordCount: result.recordCount)
    }
}
