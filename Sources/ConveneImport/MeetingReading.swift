import ConveneModel
import ConveneNormalize
import Foundation

/// What a file's rows mean for the meeting they are imported into: `convene import --as invited|registered|attended`.
///
/// ```swift
/// var options = ImportOptions(meeting: MeetingID("M0001"))
/// options.readAs = .registered          // convene import launch-rsvps.csv --as registered
/// MeetingRole.registered.status         // .registered
/// ```
public enum MeetingRole: String, Codable, Sendable, CaseIterable {
    case invited
    case registered
    case attended

    /// The status a row gets when it says nothing more itself (no-show and walk-in rows keep theirs).
    public var status: ParticipationStatus {
        switch self {
        case .invited: .invited
        case .registered: .registered
        case .attended: .attended
        }
    }

    /// "invitations", "registrations", "attendance": what the summary says the file was read as.
    public var noun: String {
        switch self {
        case .invited: "invitations"
        case .registered: "registrations"
        case .attended: "attendance"
        }
    }
}

/// How a file was read for its meeting, and why: given with `--as`, or inferred from its name and timestamps.
///
/// ```swift
/// let result = try Importer.read(url: URL(fileURLWithPath: "June signin (Responses).csv"),
///                                options: ImportOptions(meetingDate: CalendarDate(iso: "2026-06-10")))
/// result.reading?.description   // "attendance (file name says sign-in; 6 of 6 timestamps on 2026-06-10)"
/// ```
public struct MeetingReading: Codable, Sendable, Hashable, CustomStringConvertible {
    /// What the rows were read as: invitations, registrations or attendance.
    public var role: MeetingRole
    /// Why, strongest first.
    public var evidence: [ReadingEvidence]

    /// A reading with the properties of the same names.
    ///
    /// ```swift
    /// let reading = MeetingReading(role: .attended, evidence: [.words(place: .fileName, says: "sign-in", role: .attended)])
    /// print(reading)   // attendance (file name says sign-in)
    /// ```
    public init(role: MeetingRole, evidence: [ReadingEvidence]) {
        self.role = role
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case role, because, evidence }

    /// `{"role": "attended", "because": "file name says sign-in; 6 of 6 timestamps on 2026-06-10", "evidence": […]}`:
    /// the reasons as the summary prints them.
    ///
    /// ```swift
    /// let json = try JSONEncoder().encode(result.reading)   // {"role":"attended","because":"…","evidence":[…]}
    /// ```
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(role, forKey: .role)
        try c.encode(evidence.map(\.description).joined(separator: "; "), forKey: .because)
        try c.encode(evidence.map(\.description), forKey: .evidence)
    }

    /// Reads back the role; the reasons come back as text only (they were printed, not stored).
    ///
    /// ```swift
    /// let reading = try JSONDecoder().decode(MeetingReading.self, from: json)
    /// reading.role   // .attended
    /// ```
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        role = try c.decode(MeetingRole.self, forKey: .role)
        evidence = []
    }

    /// "attendance (file name says sign-in; 65 of 67 timestamps on 2026-06-10)".
    public var description: String {
        evidence.isEmpty ? role.noun : "\(role.noun) (\(evidence.map(\.description).joined(separator: "; ")))"
    }
}

/// Where a word that says what a file is was found.
///
/// ```swift
/// let evidence = ReadingEvidence.words(place: .sheetName, says: "RSVPs", role: .registered)
/// ```
public enum ReadingPlace: String, Codable, Sendable, Hashable {
    case fileName = "file name"
    case sheetName = "sheet name"
    case title
}

/// One reason for a ``MeetingReading``.
///
/// ```swift
/// for reason in result.reading?.evidence ?? [] {
///     print(reason)   // "6 of 6 timestamps on 2026-06-10"
/// }
/// ```
public enum ReadingEvidence: Sendable, Hashable, CustomStringConvertible {
    /// `--as ROLE` on the command line.
    case given(MeetingRole)
    /// "sign-in", "check-in", "attendance" (→ attended) or "RSVP", "registration" (→ registered) in the file name,
    /// the sheet name or the title above the header.
    case words(place: ReadingPlace, says: String, role: MeetingRole)
    /// Form timestamps against the meeting date: `near` within a day of it, `before` earlier, of `total` that parse.
    case timestamps(near: Int, onTheDay: Int, before: Int, total: Int, date: CalendarDate)
    /// The export itself says (a Zoom or Teams report is attendance, an Eventbrite export registrations).
    case source(SourceKind)
    /// A list of people imported with a meeting: its invitation list.
    case contactList
    /// Each row says it itself, in this column ("Will you attend?", "Attendee Status", "Checked In").
    case rowsSay(column: String)

    /// The evidence as the import summary says it ("--as attended", "file name says sign-in", …).
    public var description: String {
        switch self {
        case .given(let role): "--as \(role.rawValue)"
        case .words(let place, let says, _): "\(place.rawValue) says \(says)"
        case .timestamps(let near, let onTheDay, let before, let total, let date):
            if near * 2 > total {
                onTheDay == near ? "\(near) of \(total) timestamps on \(date.iso)"
                                 : "\(near) of \(total) timestamps within a day of \(date.iso)"
            } else {
                "\(before) of \(total) timestamps before \(date.iso)"
            }
        case .source(let kind): kind.displayName
        case .contactList: "a list of people imported with a meeting"
        case .rowsSay(let column): "each row's \"\(column)\" answer"
        }
    }

    /// The role this piece of evidence points to, when it points to one.
    var role: MeetingRole? {
        switch self {
        case .given(let role): role
        case .words(_, _, let role): role
        case .timestamps(let near, _, let before, let total, _):
            near * 2 > total ? .attended : (before * 2 > total ? .registered : nil)
        case .source, .contactList, .rowsSay: nil
        }
    }
}

/// The words that say what a file is. Matched on the name's words (separators folded to spaces), so
/// "launch_signin.csv", "Sign-In Sheet.xlsx" and "Q2 check in (Responses)" are found and "designing" is not.
enum ReadingWords {
    static let phrases: [(words: [String], says: String, role: MeetingRole)] = [
        (["sign", "in"], "sign-in", .attended), (["signin"], "sign-in", .attended), (["signins"], "sign-in", .attended),
        (["check", "in"], "check-in", .attended), (["checkin"], "check-in", .attended),
        (["checkins"], "check-in", .attended), (["attendance"], "attendance", .attended),
        (["attendees"], "attendees", .attended),
        (["rsvp"], "RSVP", .registered), (["rsvps"], "RSVP", .registered),
        (["registration"], "registration", .registered), (["registrations"], "registration", .registered),
    ]

    /// The first phrase found in `text`, attendance words before registration words.
    static func find(in text: String) -> (says: String, role: MeetingRole)? {
        let words = MatchText.fold(text).split(separator: " ").map(String.init)
        for role in [MeetingRole.attended, .registered] {
            for phrase in phrases where phrase.role == role {
                let n = phrase.words.count
                guard words.count >= n else { continue }
                for i in 0...(words.count - n) where Array(words[i..<(i + n)]) == phrase.words {
                    return (phrase.says, role)
                }
            }
        }
        return nil
    }
}

extension MeetingReading {
    /// The sources whose rows mean what they are regardless of their name (a Zoom report is attendance).
    static func speaksForItself(_ source: SourceKind) -> Bool {
        SourceCatalogue.export(source).speaksForItself
    }

    /// Decides how a file is read: `given` wins; else words in the file name, sheet name or title and the form's
    /// timestamps against the meeting date (timestamps win when they disagree: they are what happened); else
    /// what the export is. Nil for a list of people with nothing saying otherwise (the workspace makes it the
    /// meeting's invitations when one is given).
    static func infer(given: MeetingRole?, source: SourceKind, statusColumn: String? = nil, fileName: String,
                      sheet: String?, title: String, timestamps: TimestampTally?,
                      defaultStatus: ParticipationStatus?) -> MeetingReading? {
        if let given { return MeetingReading(role: given, evidence: [.given(given)]) }
        if let statusColumn {
            return defaultStatus.flatMap(Self.role).map { MeetingReading(role: $0, evidence: [.rowsSay(column: statusColumn)]) }
        }
        if speaksForItself(source) {
            return defaultStatus.flatMap(Self.role).map { MeetingReading(role: $0, evidence: [.source(source)]) }
        }
        var evidence: [ReadingEvidence] = []
        var stem = fileName
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        for (place, text) in [(ReadingPlace.fileName, stem), (.sheetName, sheet ?? ""), (.title, title)] {
            if let found = ReadingWords.find(in: text),
               !evidence.contains(where: { $0.role == found.role }) {
                evidence.append(.words(place: place, says: found.says, role: found.role))
            }
        }
        if let t = timestamps, t.total > 0 {
            let stamp = ReadingEvidence.timestamps(near: t.near, onTheDay: t.onTheDay, before: t.before, total: t.total, date: t.date)
            if let role = stamp.role {
                // What happened wins: words that agree are listed first, words that disagree are dropped.
                let agreeing = evidence.filter { $0.role == role }
                return MeetingReading(role: role, evidence: agreeing + [stamp])
            }
        }
        if let role = evidence.first?.role { return MeetingReading(role: role, evidence: evidence) }
        return defaultStatus.flatMap(Self.role).map { MeetingReading(role: $0, evidence: [.source(source)]) }
    }

    /// Decides ``ImportResult/reading`` and gives the rows that role: every participation that says nothing more
    /// (invited, registered, attended) takes it; no-show and walk-in rows keep theirs. A file whose rows carry
    /// their own status (an RSVP or check-in column) is read as its rows say unless `--as` is given.
    /// `forgotten` counts the statuses of participations not kept (inspect mode), which decide as the kept ones do.
    static func read(_ result: inout ImportResult, options: ImportOptions, tally: TimestampTally?, title: String,
                     forgotten: [ParticipationStatus: Int] = [:]) {
        let statusColumn = result.columns.first { [.registrationStatus, .attended, .walkIn].contains($0.field) }?.header
        var counts = forgotten
        for p in result.participations { counts[p.participation.status, default: 0] += 1 }
        let participates = !result.participations.isEmpty || result.notKept.participations > 0
        let profile = SourceCatalogue.profile(result.source)
        let defaultStatus = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
            ?? (participates ? profile.participation ?? .registered : nil)
        let inferOnly = statusColumn != nil && options.readAs == nil
        guard let reading = infer(given: options.readAs, source: result.source, statusColumn: options.readAs == nil ? statusColumn : nil,
                                  fileName: (result.file as NSString).lastPathComponent, sheet: result.sheet,
                                  title: title, timestamps: tally, defaultStatus: defaultStatus) else { return }
        result.reading = reading
        guard !inferOnly else { return }
        for k in result.participations.indices {
            switch result.participations[k].participation.status {
            case .invited, .registered, .attended: result.participations[k].participation.status = reading.role.status
            case .walkIn, .noShow: break
            }
        }
    }

    static func role(_ status: ParticipationStatus) -> MeetingRole? {
        switch status {
        case .invited: .invited
        case .registered: .registered
        case .attended, .walkIn: .attended
        case .noShow: nil
        }
    }
}

/// Form timestamps counted against the meeting date as rows are read.
struct TimestampTally: Sendable, Hashable {
    var date: CalendarDate
    var near = 0
    var onTheDay = 0
    var before = 0
    var total = 0

    mutating func add(_ day: CalendarDate) {
        total += 1
        let offset = day.daysSinceEpoch - date.daysSinceEpoch
        if abs(offset) <= 1 { near += 1 }
        if offset == 0 { onTheDay += 1 }
        if offset < -1 { before += 1 }
    }
}
