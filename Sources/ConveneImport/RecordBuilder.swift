import ConveneModel
import ConveneNormalize
import Dispatch
import Foundation

/// Turns the data rows of a table into model values, numbering records and keeping provenance: the generic
/// part of every import. What one export does differently (its names, the end of its records, rows that refer
/// back) its ``KnownExport`` says, asked once here in `init`.
struct RecordBuilder {
    var file: String
    var source: SourceKind
    var headers: [String]
    var fields: [ColumnField]
    var options: ImportOptions
    var profile: SourceProfile
    /// The export's own rows: where its records end.
    let export: any KnownExport

    private(set) var result: ImportResult
    /// Column indexes per field, in column order (looked up for every cell of every record).
    var columnsByField: [ColumnField: [Int]] { reader.columnsByField }
    /// The pure part: one row → one contact, run on both cores for a batch of rows (see ``flush()``).
    let reader: RowReader

    init(file: String, source: SourceKind, headers: [String], fields: [ColumnField], options: ImportOptions,
         result: ImportResult) {
        self.file = file
        self.source = source
        self.headers = headers
        self.fields = fields
        self.options = options
        self.export = SourceCatalogue.export(source)
        self.profile = export.profile
        self.result = result
        var byField: [ColumnField: [Int]] = [:]
        for (i, f) in fields.enumerated() { byField[f, default: []].append(i) }
        self.reader = RowReader(columnsByField: byField, headers: headers, source: source,
                                phoneRegion: options.defaultPhoneRegion, nameCleanup: export.nameCleanup)
        self.forgetsRecords = !options.keepsRecords && !export.rowsReferBack
        self.namesPeople = fields.contains { $0 == .fullName || $0 == .firstName || $0 == .lastName }
    }

    /// Raw-value keys: the header, made unique ("Email", "Email (2)") so no raw value is lost.
    lazy var rawKeys: [String] = Self.rawKeys(headers)

    /// The keys a row's raw cells are kept under, in column order: each header, made unique.
    static func rawKeys(_ headers: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return headers.map { header in
            let n = (seen[header] ?? 0) + 1
            seen[header] = n
            return n == 1 ? header : "\(header) (\(n))"
        }
    }

    /// Reads every row of `rows`. Blank lines, repeated headers and one-cell section titles get no number;
    /// an export may end its records with a one-cell line (a Teams report's next numbered section).
    mutating func build(rows: ArraySlice<TextRow>, headerRow: TextRow?) {
        begin(headerRow: headerRow)
        for row in rows where !consume(row) { break }
        finish()
    }

    /// Prepares for ``consume(_:)``: the header the data rows are judged against.
    mutating func begin(headerRow: TextRow?) {
        self.headerRow = headerRow
        headerKey = headerRow.map { row in (0..<row.trimmedCount).map { HeaderText.key(row.value($0)) } }
    }

    /// Takes one row after the header (rows arrive one at a time, so a large file is never held whole).
    /// - Returns: false when the records have ended (``KnownExport/endsRecords(oneCellLine:)``): later rows are
    ///   not data.
    mutating func consume(_ row: TextRow) -> Bool {
        if row.isBlank { return true }
        let width = fields.count
        // Cheap test first (same width, same first cell) so ordinary records never pay for the full comparison.
        if let headerKey, row.trimmedCount == headerKey.count, HeaderText.key(row.value(0)) == headerKey.first,
           (0..<row.trimmedCount).map({ HeaderText.key(row.value($0)) }) == headerKey {
            flush()
            warn(row.line, "repeated header row skipped")
            return true
        }
        if width >= 3 && row.trimmedCount == 1 && !(fields.first == .fullName && isWalkIn(row.value(0))) {
            if export.endsRecords(oneCellLine: row.value(0)) { return false }
            titles.append(row)
            return true
        }
        // Titles between records are worth a warning each; a block after the last record (a report footer)
        // gets one, in finish().
        if !titles.isEmpty { flush() }
        for title in titles {
            warn(title.line, "one-cell line \"\(clip(title.value(0)))\" taken as a title, not a record")
        }
        titles.removeAll()
        record += 1
        if namesSeen < Self.namesToLearn { learnNames(row) }
        // Judged against the header (a headerless file: the widest row); workbooks pad rows, so only CSV
        // rows can be short.
        let expected = headerRow?.trimmedCount ?? width
        if row.trimmedCount > expected || (row.fields.count < expected && row.fields.count > 1 && result.format == "csv") {
            flush()
            result.warnings.append(ImportWarning(file: file, line: row.line,
                                                 message: "expected \(expected) fields, found \(row.fields.count); kept as is",
                                                 kind: .raggedRow))
        }
        var raw: [String: String] = [:]
        if options.keepsRawValues {
            for (i, key) in rawKeys.enumerated() where i < row.fields.count { raw[key] = row.fields[i] }
            if row.fields.count > width {
                for i in width..<row.fields.count where !row.value(i).isEmpty { raw["Column \(i + 1)"] = row.fields[i] }
            }
        }
        let sourceRecord = SourceRecord(file: file, record: record, line: row.line, source: source, raw: raw)
        add(row: row, source: sourceRecord)
        if forgetsRecords { forgetRecords() }
        return true
    }

    /// Whether a one-cell line in a name column is someone who wrote only their name — and perhaps where they
    /// work or how to reach them: "Bob Schultz - Fox Valley Tech" or "Bob Jones - 608-555-0101" when the name
    /// part reads as a person (``looksLikePersonName(_:)``) and what follows reads as a phone, an email, or an
    /// employer or title (``NameCellDetail``) with no word or number a section
    /// title has ("Green Bay - Tuesday", "Stevens Point – March 14", "Ann Lee - Room 204", "Stevens Point -
    /// Afternoon Session" stay titles; an organization word such as "College" is no section word here).
    func isWalkIn(_ cell: String) -> Bool {
        guard let (name, detail) = NameParser.nameAndDetail(cell) else { return looksLikePersonName(cell) }
        guard let read = NameCellDetail.read(detail: detail) else { return false }
        // "Bob Jones - 608-555-0101", "Ann Lee - ann@acme.com": a contact detail, which no section title has.
        if read.organization == nil && read.title == nil { return looksLikePersonName(name) }
        // A section word that is no organization word: "Session", "Room", "Lunch" — not "College" or "County".
        func sectionWord(_ w: String) -> Bool {
            Self.calendarWords.contains(w) || Self.titleWords.contains(w) && !NameCellDetail.isOrganizationWord(w)
        }
        let words = detail.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        guard !detail.contains(where: \.isNumber), !words.contains(where: sectionWord) else {
            return false
        }
        return looksLikePersonName(name)
    }

    /// Days and months, which date a section title ("Green Bay - Tuesday", "Kickoff - March").
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "today", "tomorrow", "am", "pm",
    ]

    /// Whether a one-cell line in a name column reads as a person, not a section title: two to four words that
    /// read as a name (``ContentInference/looksLikePersonName(_:)``: letters, no organization word), none of
    /// them a word titles are made of ("Session", "Meeting", "Office", "Page"), and a name
    /// the file itself vouches for — on a sign-in sheet any such name (walk-ins write only their names);
    /// elsewhere a given name the nickname table knows, or a given name or surname the file's earlier records
    /// carry ("Kevin Morris" in a list with other Kevins or Morrises). "Bob Jones", "Jones, Bob" and
    /// "Dr. Maria Lopez" are people; "Morning Session", "April Meeting" and "Advanced Manufacturing" in a
    /// roster are titles, each with its warning.
    func looksLikePersonName(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "," }
        guard words.count >= 2, ContentInference.looksLikePersonName(text),
              !words.contains(where: { Self.titleWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) })
        else { return false }
        let name = NameParser.parse(text)
        guard let given = name.given, let family = name.family, !family.isEmpty else { return false }
        if source == .signInSheet || Nicknames.isKnown(given) { return true }
        return seenGivenNames.contains(given.lowercased()) || seenFamilyNames.contains(family.lowercased())
    }

    /// Records whose names are learned for ``looksLikePersonName(_:)``: enough to know a list's common names.
    static let namesToLearn = 5_000

    /// Notes the given name and surname of a record, read from its name cells by the ``NameParser`` that reads
    /// the one-cell lines they are compared with.
    private mutating func learnNames(_ row: TextRow) {
        namesSeen += 1
        func note(_ word: String?, _ into: inout Set<String>) {
            guard let w = word, w.count >= 2 else { return }
            into.insert(w.lowercased())
        }
        for i in columnsByField[.firstName] ?? [] { note(row.value(i).split(separator: " ").first.map(String.init), &seenGivenNames) }
        for i in columnsByField[.lastName] ?? [] { note(row.value(i).split(separator: " ").last.map(String.init), &seenFamilyNames) }
        for i in columnsByField[.fullName] ?? [] where !row.value(i).isEmpty {
            let name = NameParser.parse(row.value(i))
            note(name.given, &seenGivenNames)
            note(name.family, &seenFamilyNames)
        }
    }

    /// Words section titles of sign-in sheets and reports are made of, never a surname one would bet on.
    static let titleWords: Set<String> = [
        "meeting", "meetings", "session", "sessions", "call", "office", "room", "hall", "chapter", "campus", "center",
        "centre", "library", "workshop", "lunch", "luncheon", "break", "breakfast", "dinner", "table", "panel",
        "track", "day", "group", "committee", "team", "breakout", "keynote", "agenda", "page", "walk", "walkins",
        "guests", "guest", "attendees", "registration", "list", "morning", "afternoon", "evening", "networking",
        "reception", "tour", "class", "cohort", "round", "floor", "building", "suite", "beach", "garden", "park",
        "county", "city", "district", "school", "college", "university", "summit", "forum", "event", "total",
        "section", "part", "staff", "volunteers", "speakers", "sponsors", "members", "continued", "cont",
    ]

    /// Counts what was built and lets it go (inspect mode), unless later rows refer back to earlier records
    /// (``KnownExport/rowsReferBack``: Teams' leave rows).
    private mutating func forgetRecords() {
        flush()
        for p in result.participations { forgottenStatuses[p.participation.status, default: 0] += 1 }
        result.notKept.contacts += result.contacts.count
        result.notKept.organizations += result.organizations.count
        result.notKept.participations += result.participations.count
        result.notKept.actionItems += result.actionItems.count
        result.contacts.removeAll(keepingCapacity: true)
        result.organizations.removeAll(keepingCapacity: true)
        result.participations.removeAll(keepingCapacity: true)
        result.actionItems.removeAll(keepingCapacity: true)
        result.volunteers.removeAll(keepingCapacity: true)
    }

    /// After the last row: the footer warning, capped warnings' summaries, the record count.
    mutating func finish() {
        flush()
        if let first = titles.first, let last = titles.last {
            warn(first.line, "\(titles.count) one-cell line(s) after the last record (lines \(first.line)–\(last.line), a report footer?) skipped")
        }
        titles.removeAll()
        finishUnreadKinds()
        finishLimitedWarnings()
        result.recordCount = record
    }

    private var headerRow: TextRow?
    private var headerKey: [String]?
    private var record = 0
    /// One-cell lines seen since the last record (section titles, or a footer if no record follows).
    private var titles: [TextRow] = []
    /// Given names and surnames of the first records (see ``looksLikePersonName(_:)``).
    private var seenGivenNames: Set<String> = []
    private var seenFamilyNames: Set<String> = []
    private var namesSeen = 0
    /// Person rows whose contacts are not built yet: built together, in order, by ``flush()``.
    private var pending: [(row: TextRow, source: SourceRecord)] = []
    /// The statuses of the participations let go in inspect mode (``forgetRecords()``): how the file is read
    /// (``MeetingReading``) counts them with the ones kept, so `inspect` says what `import` will do.
    private(set) var forgottenStatuses: [ParticipationStatus: Int] = [:]
    /// The organization of the last record added, for a ditto mark on the next line (``OrganizationCell``).
    private var organizationAbove: String?
    private let namesPeople: Bool
    /// Inspect mode on an export whose rows never refer back: each record is counted and let go.
    private let forgetsRecords: Bool
    /// Rows per parallel batch: large enough to keep both cores busy, small enough to stay a few MB.
    static let batchSize = 8_192

    private func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }

    mutating func warn(_ line: Int?, _ message: String) {
        result.warnings.append(ImportWarning(file: file, line: line, message: message))
    }

    private func values(_ field: ColumnField, in row: TextRow) -> [String] { reader.values(field, in: row) }

    /// The valid addresses in the row's email columns; a cell with text but no valid address is warned about
    /// (see ``RowReader/emails(in:)``).
    private mutating func validEmails(in row: TextRow) -> [String] {
        let (valid, invalidColumns) = reader.emails(in: row)
        warnInvalidEmails(line: row.line, columns: invalidColumns)
        return valid
    }

    /// The user is told which column and line held text that is not an email address — not the value, which may
    /// be someone's contact details.
    private mutating func warnInvalidEmails(line: Int, columns: [Int]) {
        for i in columns {
            limitedWarning(line, kind: .invalidEmail,
                           "not an email address: column \"\(clip(headers[i]))\" (the value is kept in the raw record only)")
        }
    }

    /// Warnings of one kind stop after ``warningLimit`` (a 100 MB file of bad cells would otherwise print a
    /// million lines); the rest are counted and summarized once by ``finishLimitedWarnings()``.
    private mutating func limitedWarning(_ line: Int, kind: ImportWarning.Kind, _ message: String) {
        let n = (limitedCounts[kind] ?? 0) + 1
        limitedCounts[kind] = n
        if n <= Self.warningLimit {
            result.warnings.append(ImportWarning(file: file, line: line, message: message, kind: kind))
        }
    }

    private mutating func finishLimitedWarnings() {
        for (kind, n) in limitedCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where n > Self.warningLimit {
            result.warnings.append(ImportWarning(file: file, line: nil,
                                                 message: "\(n - Self.warningLimit) more \(kind.rawValue) warning(s) not shown",
                                                 kind: .suppressed))
        }
    }

    static let warningLimit = 100
    private var limitedCounts: [ImportWarning.Kind: Int] = [:]

    private func first(_ field: ColumnField, in row: TextRow) -> String? { reader.first(field, in: row) }

    private mutating func add(row: TextRow, source sourceRecord: SourceRecord) {
        if source == .actionPlan {
            addActionItem(row: row, source: sourceRecord)
            return
        }
        // A partner list (organization, address, main phone — no one's name) describes organizations.
        if !namesPeople && fields.contains(.organization) {
            addOrganization(row: row, source: sourceRecord)
            return
        }
        // Teams' older report writes a "Left" row after each "Joined": it closes that person's last session
        // instead of adding a person again.
        if let action = first(.userAction, in: row), action.lowercased().hasPrefix("left") {
            flush()
            closeSession(row: row, at: first(.joinTime, in: row))
            return
        }
        pending.append((row, sourceRecord))
        if pending.count >= Self.batchSize { flush() }
    }

    /// Builds the pending rows' contacts on both cores, then adds them in row order, so the result (contacts,
    /// participations, warnings) is exactly what one row at a time would give.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        let built = reader.contacts(pending)
        for (k, item) in pending.enumerated() {
            warnInvalidEmails(line: item.row.line, columns: built[k].invalidEmailColumns)
            add(contact: built[k].contact, row: item.row, source: item.source)
        }
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func add(contact built: ContactRecord?, row: TextRow, source sourceRecord: SourceRecord) {
        guard var contact = built else {
            organizationAbove = nil
            limitedWarning(row.line, kind: .noPerson,
                           "record \(sourceRecord.record) names no person (no name, email or phone): left out")
            return
        }
        // A ditto mark under a colleague's line: the organization of the line above.
        if contact.organization == nil,
           let cell = values(.organization, in: row).first(where: { OrganizationCell.read($0) == .sameAsAbove }) {
            contact.organization = organizationAbove
            if organizationAbove == nil {
                warn(row.line, "organization \"\(clip(cell))\" means the line above's, which names none")
            }
        }
        organizationAbove = contact.organization
        let index = result.contacts.count
        result.contacts.append(contact)
        if let org = contact.organization {
            noteKind(of: org, row: row) {
                contact.emails.first.flatMap { EmailNormalizer.normalize($0) }.flatMap { e in
                    e.isFreeMail || e.domain.isEmpty ? nil : e.domain
                }
            }
        }
        if let answer = first(.volunteer, in: row), Self.isYes(answer) { result.volunteers.append(index) }
        if let participation = participation(row: row, source: sourceRecord) {
            result.participations.append(ImportedParticipation(contact: index, participation: participation))
        }
        if result.meeting?.name == nil, let name = first(.meetingName, in: row) {
            var hint = result.meeting ?? MeetingHint(isVirtual: profile.isVirtual)
            hint.name = name
            if hint.date == nil, let d = first(.meetingDate, in: row).flatMap(Normalization.date) { hint.date = d }
            result.meeting = hint
        }
    }


    /// Mailchimp writes a whole address in one cell with parts separated by two spaces:
    /// "100 Main St  Suite 2  Springfield  IL  62701  US".
    static func splitAddress(_ text: String, into contact: inout ContactRecord) {
        let parts = text.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 4 else {
            if contact.street == nil { contact.street = text }
            return
        }
        var rest = parts
        if let last = rest.last, last.count == 2, last.allSatisfy(\.isLetter), rest.count >= 5 {
            contact.country = contact.country ?? last
            rest.removeLast()
        }
        contact.postalCode = contact.postalCode ?? rest.removeLast()
        contact.region = contact.region ?? rest.removeLast()
        contact.city = contact.city ?? rest.removeLast()
        contact.street = contact.street ?? rest.joined(separator: ", ")
    }

    private mutating func participation(row: TextRow, source: SourceRecord) -> Participation? {
        let join = first(.joinTime, in: row)
        let leave = first(.leaveTime, in: row)
        let duration = first(.duration, in: row)
        let attended = first(.attended, in: row)
        let registration = first(.registrationStatus, in: row)
        let participationColumns = fields.contains { [.attended, .registrationStatus, .joinTime, .duration, .walkIn].contains($0) }
        guard profile.participation != nil || participationColumns else { return nil }
        var status = profile.participation ?? .registered
        if source.source == .generic && registration == nil && attended == nil && (join != nil || duration != nil) {
            status = .attended
        }
        if let registration {
            guard let s = Self.status(registration) else {
                if Self.isCancelled(registration) { return nil }
                warn(row.line, "registration status \"\(clip(registration))\" not understood; taken as \(status.rawValue)")
                return makeParticipation(status, join, leave, duration, row, source)
            }
            status = s
        }
        if let attended {
            if Self.isYes(attended) || Self.isTime(attended) {
                status = status == .walkIn ? .walkIn : .attended
            } else if Self.isNo(attended), status == .registered || source.source == .generic {
                status = .noShow
            }
        }
        if let walkIn = first(.walkIn, in: row), Self.isYes(walkIn) { status = .walkIn }
        return makeParticipation(status, join, leave, duration, row, source)
    }

    private mutating func makeParticipation(_ status: ParticipationStatus, _ join: String?, _ leave: String?,
                                            _ duration: String?, _ row: TextRow, _ source: SourceRecord) -> Participation {
        var minutes: Double?
        if let duration {
            minutes = Normalization.minutes(duration)
            if minutes == nil { warn(row.line, "duration \"\(clip(duration))\" not understood") }
        }
        return Participation(meeting: options.meeting, status: status,
                             joinTime: join.map { Normalization.dateTime($0) ?? $0 },
                             leaveTime: leave.map { Normalization.dateTime($0) ?? $0 },
                             minutes: minutes, role: first(.role, in: row), source: source)
    }

    /// Sets leave time and minutes on the latest open participation of the person named in `row`.
    private mutating func closeSession(row: TextRow, at time: String?) {
        let name = first(.fullName, in: row).map(MatchText.fold)
        guard let time, let name,
              let index = result.participations.lastIndex(where: { p in
                  p.participation.leaveTime == nil && p.contact.map { MatchText.fold(result.contacts[$0].name.raw) } == name
              }) else {
            warn(row.line, "a leave with no open join before it")
            return
        }
        result.participations[index].participation.leaveTime = Normalization.dateTime(time) ?? time
        if let joinText = result.participations[index].participation.joinTime,
           let join = DateTimeParser.dateTime(joinText), let leave = DateTimeParser.dateTime(time) {
            let minutes = (leave.wallClockSeconds - join.wallClockSeconds) / 60
            if minutes >= 0 { result.participations[index].participation.minutes = (minutes * 100).rounded() / 100 }
        }
    }

    static func isYes(_ s: String) -> Bool {
        ["yes", "y", "x", "true", "1", "checked in", "attended", "present", "✓", "✔"].contains(s.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// Whether a cell holds a time or a date and time ("2026-11-12T14:05:00Z", "11/12/2026 9:05 AM", "9:05 AM"):
    /// under an attended column ("checked_in_at", "Checked In", one a mapping file names) it says when they came.
    /// Columns about other events ("Last Event Attended", "Events attended") are not attended columns
    /// (``HeaderSynonyms/field(for:actionPlan:)``), and a yes/no volunteer or walk-in answer never reads a date.
    static func isTime(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count >= 4, t.first?.isNumber == true || t.first?.isLetter == true else { return false }
        if t.range(of: #"^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?\s*([AaPp]\.?[Mm]\.?)?$"#, options: .regularExpression) != nil {
            return true
        }
        return Normalization.dateTime(t) != nil
    }

    static func isNo(_ s: String) -> Bool {
        let t = s.lowercased().trimmingCharacters(in: .whitespaces)
        return ["no", "n", "false", "0", "absent", "not checked in"].contains(t) || deniesAttendance(t)
    }

    static func isCancelled(_ s: String) -> Bool {
        let t = s.lowercased()
        // A plain "No" to "Will you attend?" is a decline.
        return t == "no" || t == "n" || t.contains("refund") || t.contains("cancel") || t.contains("not attending") || t.contains("declin")
            || t.contains("transferred") || t == "deleted" || t.contains("not going")
    }

    /// "Not checked in", "Did not attend", "Never arrived", "Not yet present", "Hasn't signed in": a word that
    /// says someone came, with a negation one or two words before it ("Checked in, not registered" denies the
    /// registration, not the check-in). `t` is lowercased; only text holding a negation is split into words.
    static func deniesAttendance(_ t: String) -> Bool {
        guard mayBeNegated(t) else { return false }
        let words = t.split { !$0.isLetter && $0 != "'" && $0 != "’" }
        for (i, w) in words.enumerated() {
            let came = w.hasPrefix("check") || w.hasPrefix("attend") || w == "present" || w.hasPrefix("arriv")
                || (w.hasPrefix("sign") && i + 1 < words.count && words[i + 1] == "in")
            if came && words[max(0, i - 2)..<i].contains(where: isNegation) { return true }
        }
        return false
    }

    /// A registration word denied the same way ("Not registered", "Never confirmed").
    static func deniesRegistration(_ t: String) -> Bool {
        guard mayBeNegated(t) else { return false }
        let words = t.split { !$0.isLetter && $0 != "'" && $0 != "’" }
        for (i, w) in words.enumerated() where ["registered", "going", "confirmed", "accepted", "rsvp", "rsvpd", "rsvped"].contains(w) {
            if words[max(0, i - 2)..<i].contains(where: isNegation) { return true }
        }
        return false
    }

    private static func mayBeNegated(_ t: String) -> Bool {
        t.contains("not") || t.contains("n't") || t.contains("n’t") || t.contains("never")
    }

    /// "not", "never", "didn't", "hasn’t" — a word of its own, never part of one ("Nottingham").
    private static func isNegation(_ word: Substring) -> Bool {
        word == "not" || word == "never" || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }

    /// Registration / RSVP / attendance words → status. A denied attendance word ("Not Checked In", "Did not
    /// attend") is a no-show; a denied registration word ("Not registered", "Not confirmed") is not understood.
    static func status(_ text: String) -> ParticipationStatus? {
        let t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if isCancelled(t) { return nil }
        if t.contains("walk") { return .walkIn }
        if t.contains("no show") || t.contains("no-show") || t.contains("noshow") || t == "absent" { return .noShow }
        if deniesAttendance(t) { return .noShow }
        if t.contains("checked in") || t.contains("attended") || t == "present" { return .attended }
        let registers = t.contains("attending") || t.contains("registered") || t == "yes" || t.contains("going") || t.contains("rsvp")
            || t.contains("confirmed") || t.contains("accepted") || t == "approved"
        if registers { return deniesRegistration(t) ? nil : .registered }
        if t.contains("invited") || t.contains("pending") || t.contains("tentative") || t == "maybe" || t.contains("waitlist") {
            return .invited
        }
        return nil
    }

    private mutating func addOrganization(row: TextRow, source: SourceRecord) {
        guard let name = values(.organization, in: row).first(where: {
            if case .organization = OrganizationCell.read($0) { return true } else { return false }
        }) else {
            // "N/A" or "Retired" in a partner list's name column is no partner.
            warn(row.line, "record \(source.record) names no organization")
            return
        }
        let email = validEmails(in: row).first
        let org = OrganizationRecord(source: source, name: name, street: first(.street, in: row),
                                     city: first(.city, in: row), postalCode: first(.postalCode, in: row),
                                     phone: Normalization.phones(values(.phone, in: row), region: options.defaultPhoneRegion).first,
                                     website: first(.website, in: row), email: email)
        result.organizations.append(org)
        noteKind(of: name, row: row) { email.flatMap { EmailNormalizer.normalize($0) }.flatMap { $0.isFreeMail ? nil : $0.domain } }
    }

    /// Notes the organization's kind: the one the row's "Organization Type" cells state, when one names a kind
    /// and no earlier row stated one (``OrganizationKindCell``; with several such columns, the first cell that
    /// names a kind); otherwise, once, the one its name and work email domain suggest. A row whose cells name no
    /// kind is counted for one warning at the end of the file.
    private mutating func noteKind(of org: String, row: TextRow, emailDomain: () -> String?) {
        let cells = result.statedOrganizationKinds.contains(org) ? [] : values(.organizationKind, in: row)
        // The work domain is read only when this row decides a kind: a cell to read, or the name's first reading.
        guard !cells.isEmpty || result.organizationKinds[org] == nil else { return }
        let domain = emailDomain()
        for cell in cells {
            if let kind = OrganizationKindCell.read(cell, name: org, emailDomain: domain) {
                result.organizationKinds[org] = kind
                result.statedOrganizationKinds.insert(org)
                return
            }
        }
        if let cell = cells.first(where: { !OrganizationKindCell.saysNothing($0) }) {
            unreadKinds.count += 1
            if unreadKinds.example == nil { unreadKinds.example = (clip(cell), row.line) }
        }
        if result.organizationKinds[org] == nil {
            result.organizationKinds[org] = Normalization.organizationKind(name: org, emailDomain: domain)
        }
    }

    /// "Organization Type" cells that named no kind: how many, and the first with its line.
    private var unreadKinds: (count: Int, example: (text: String, line: Int)?) = (0, nil)

    /// One warning for the file's "Organization Type" cells that named no kind.
    private mutating func finishUnreadKinds() {
        guard let example = unreadKinds.example, let columns = columnsByField[.organizationKind], !columns.isEmpty else { return }
        let n = unreadKinds.count
        let named = columns.map { "\"\(clip(headers[$0]))\"" }.joined(separator: ", ")
        warn(example.line, "\(columns.count == 1 ? "column" : "columns") \(named): \(n) \(n == 1 ? "cell names" : "cells name") no kind of partner "
             + "(first: \"\(example.text)\"; the kinds are business, \(OrganizationKindCell.publicKindsList)); "
             + "\(n == 1 ? "its organization's kind is" : "their organizations' kinds are") read from the name")
    }

    private mutating func addActionItem(row: TextRow, source: SourceRecord) {
        func date(_ field: ColumnField) -> CalendarDate? {
            guard let text = first(field, in: row) else { return nil }
            if let d = Normalization.date(text) { return d }
            warn(row.line, "\(field.rawValue) \"\(clip(text))\" is not a date")
            return nil
        }
        guard let itemText = first(.actionItem, in: row) else {
            warn(row.line, "record \(source.record) has no action item")
            return
        }
        var status = ActionStatus.notStarted
        if let text = first(.status, in: row) {
            if let s = ActionStatus(text: text) { status = s } else {
                warn(row.line, "status \"\(clip(text))\" is not one of \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")); taken as Not started")
            }
        }
        let id = first(.itemID, in: row) ?? String(format: "A%04d", source.record)
        let item = ActionItem(id: id, priorityArea: first(.priorityArea, in: row) ?? "", item: itemText,
                              team: first(.actionTeam, in: row) ?? "", champion: first(.champion, in: row),
                              support: first(.support, in: row), start: date(.start), due: date(.due), status: status,
                              nextStep: first(.nextStep, in: row), lastUpdated: date(.lastUpdated),
                              notes: first(.notes, in: row))
        result.actionItems.append(ImportedActionItem(item: item, source: source))
    }
}

/// What one row says about one person, read without side effects so rows can be read on both cores.
struct RowReader: Sendable {
    let columnsByField: [ColumnField: [Int]]
    let headers: [String]
    let source: SourceKind
    let phoneRegion: String
    /// The export's reading of its full-name cell (``KnownExport/nameCleanup``), nil to read it as written.
    let nameCleanup: (@Sendable (String) -> String)?
    /// A name column beside a first-name or a last-name column, not both: a form's "Name" and "Surname",
    /// "Nom" and "Prénom" (see ``Normalization/nameBesideOnePart(_:given:middle:family:organization:)``).
    /// Decided once per file, not per row.
    let nameBesideOnePart: Bool

    init(columnsByField: [ColumnField: [Int]], headers: [String], source: SourceKind, phoneRegion: String,
         nameCleanup: (@Sendable (String) -> String)?) {
        self.columnsByField = columnsByField
        self.headers = headers
        self.source = source
        self.phoneRegion = phoneRegion
        self.nameCleanup = nameCleanup
        nameBesideOnePart = columnsByField[.fullName] != nil
            && (columnsByField[.firstName] == nil) != (columnsByField[.lastName] == nil)
    }

    /// The first non-empty value of the columns mapped to `field`.
    func first(_ field: ColumnField, in row: TextRow) -> String? {
        guard let indexes = columnsByField[field] else { return nil }
        for i in indexes {
            let v = row.value(i)
            if !v.isEmpty { return v }
        }
        return nil
    }

    /// The non-empty values of the columns mapped to `field`, in column order.
    func values(_ field: ColumnField, in row: TextRow) -> [String] {
        guard let indexes = columnsByField[field] else { return [] }
        var out: [String] = []
        for i in indexes {
            let v = row.value(i)
            if !v.isEmpty { out.append(v) }
        }
        return out
    }

    /// The valid addresses in the row's email columns, and the columns whose text held no valid address
    /// ("ann lee", "ann@"): such a value is not an email and stays in the raw record only.
    func emails(in row: TextRow) -> (valid: [String], invalidColumns: [Int]) {
        guard let indexes = columnsByField[.email] else { return ([], []) }
        var out: [String] = [], invalid: [Int] = []
        for i in indexes {
            let cell = row.value(i)
            if cell.isEmpty { continue }
            var bad = false
            for e in EmailNormalizer.extractAll(cell) {
                if e.isValid {
                    if !out.contains(e.address) { out.append(e.address) }
                } else {
                    bad = true
                }
            }
            if bad { invalid.append(i) }
        }
        return (out, invalid)
    }

    /// The person a row names, or nil when it names none (no name, email or phone).
    func contact(row: TextRow, source record: SourceRecord) -> (contact: ContactRecord?, invalidEmailColumns: [Int]) {
        var full = first(.fullName, in: row)
        if let nameCleanup, let f = full { full = nameCleanup(f) }
        var organization: String?, title = first(.title, in: row)
        // The first organization cell that names one: "N/A", "Retired" or a ditto mark does not (a ditto is
        // resolved in row order, by ``add``), nor hide a name in the next column.
        var status: String?
        for cell in values(.organization, in: row) where organization == nil {
            switch OrganizationCell.read(cell) {
            case .organization: organization = cell
            case .status(let s): status = status ?? s
            case .nothing, .sameAsAbove: break
            }
        }
        if organization == nil, let status { title = title ?? status }
        let name = Normalization.personName(full: full, honorific: first(.honorific, in: row),
                                            given: first(.firstName, in: row), middle: first(.middleName, in: row),
                                            family: first(.lastName, in: row), suffix: first(.nameSuffix, in: row),
                                            organization: organization, besideOnePart: nameBesideOnePart)
        // "Bob Schultz - Northwoods Paper": a display name that says where the person works, on a row with no
        // organization of its own (a Zoom or Teams report has no such column); "Bob Jones - 608-555-0101": a
        // walk-in's number, on a row with none.
        let detail = full.flatMap { NameCellDetail.read($0) }
        organization = organization ?? detail?.organization
        title = title ?? detail?.title
        let read = self.emails(in: row)
        var emails = read.valid
        let invalid = read.invalidColumns
        var phones = Normalization.phones(values(.phone, in: row), region: phoneRegion)
        if emails.isEmpty, let e = detail?.email, let address = EmailNormalizer.normalize(e), address.isValid {
            emails = [address.address]
        }
        if phones.isEmpty, let p = detail?.phone { phones = Normalization.phones([p], region: phoneRegion) }
        guard !name.isEmpty || !emails.isEmpty || !phones.isEmpty else { return (nil, invalid) }
        var contact = ContactRecord(source: record, name: name, emails: emails, phones: phones,
                                    organization: organization, title: title,
                                    street: first(.street, in: row), city: first(.city, in: row),
                                    region: first(.region, in: row), postalCode: first(.postalCode, in: row),
                                    country: first(.country, in: row), website: first(.website, in: row),
                                    notes: values(.notes, in: row).joined(separator: "\n").nilIfEmpty)
        if let dob = first(.dateOfBirth, in: row) {
            contact.dateOfBirth = Normalization.date(dob)?.iso ?? dob
        }
        if let address = first(.address, in: row) { RecordBuilder.splitAddress(address, into: &contact) }
        return (contact, invalid)
    }

    /// ``contact(row:source:)`` for every row, split over the machine's cores; results in row order. Small
    /// batches (a sign-in sheet) stay on the calling thread.
    /// `CONVENE_THREADS`, read once, as ConveneMatch's `Parallel` reads it: any count gives the same result
    /// (tested with odd splits). ConveneImport does not depend on ConveneMatch, hence its own split below.
    static let configuredThreads: Int? = ProcessInfo.processInfo.environment["CONVENE_THREADS"].flatMap(Int.init).map { max(1, $0) }

    func contacts(_ rows: [(row: TextRow, source: SourceRecord)]) -> [(contact: ContactRecord?, invalidEmailColumns: [Int])] {
        let workers = Self.configuredThreads.map { min($0, rows.count) }
            ?? min(ProcessInfo.processInfo.activeProcessorCount, max(1, rows.count / 1_024))
        if workers <= 1 { return rows.map { contact(row: $0.row, source: $0.source) } }
        typealias Built = (contact: ContactRecord?, invalidEmailColumns: [Int])
        return [Built](unsafeUninitializedCapacity: rows.count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            let chunk = (rows.count + workers - 1) / workers
            rows.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let rows = input
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let lo = w * chunk, hi = min(rows.count, lo + chunk)
                    guard lo < hi else { return }
                    // Each worker writes only its own slice of the output.
                    for i in lo..<hi { (out.baseAddress! + i).initialize(to: contact(row: rows[i].row, source: rows[i].source)) }
                }
            }
            initialized = rows.count
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
