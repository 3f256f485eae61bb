import ConveneModel
import ConveneNormalize

/// Watches a meeting file's rows as they are read — form timestamps against the meeting date, test and double
/// submissions, Zoom's extra devices and dial-ins — and then corrects what the record builder made of them.
///
/// The builder numbers every record (so `file#record` stays the same whatever is left out); the corrections work on
/// the contacts and participations it built, by line.
struct FormHygiene {
    let source: SourceKind
    /// Rows are one submission or signature each (``KnownExport/rowsAreSubmissions``); a Zoom row is a
    /// session: rejoins are normal.
    let checksSubmissions: Bool
    let columns: [ColumnField: [Int]]
    let headerKeys: [String]
    var tally: TimestampTally?

    /// Lines of test submissions, with what gave them away.
    private(set) var tests: [(line: Int, why: String, before: Bool)] = []
    /// Lines that repeat an earlier line's person, with that line.
    private(set) var duplicates: [(line: Int, of: Int)] = []
    /// Zoom: lines whose name is a phone number ("16085550142") or a placeholder ("Call-in User").
    private(set) var dialIns: [Int: String?] = [:]
    /// Zoom: lines named for a device of someone ("Angela's iPhone"), with the given name.
    private(set) var devices: [Int: String] = [:]
    /// Zoom, for a file read without keeping its records (`inspect`): each other line's folded given name, when
    /// the line names a whole person, and the device lines that carry an email — what ``correctZoom(_:file:phoneRegion:)``
    /// judges on the records, kept as the rows go by.
    private var zoomGivenNames: [(line: Int, given: String, name: String)] = []
    private var devicesWithEmail: Set<Int> = []

    private var byEmail: [String: Seen] = [:]
    private var byName: [String: [Seen]] = [:]
    private struct Seen { var line: Int; var name: String; var emails: Set<String>; var organization: String }

    /// `meetingFile`: the file is read for a meeting (a meeting, date or `--as` was given, or the file names its
    /// meeting). A generic list read for no meeting is a contact list, not submissions: finding its repeated people
    /// is the match engine's job, and it is not watched row by row.
    init(source: SourceKind, columns: [ColumnMapping], headers: [String], meetingDate: CalendarDate?, meetingFile: Bool = true) {
        self.source = source
        self.checksSubmissions = SourceCatalogue.export(source).rowsAreSubmissions && (source != .generic || meetingFile)
        var byField: [ColumnField: [Int]] = [:]
        for c in columns { byField[c.field, default: []].append(c.index) }
        self.columns = byField
        self.headerKeys = headers.map(HeaderText.key)
        if let meetingDate, byField[.timestamp] != nil { tally = TimestampTally(date: meetingDate) }
    }

    private func first(_ field: ColumnField, _ row: TextRow) -> String {
        for i in columns[field] ?? [] where !row.value(i).isEmpty { return row.value(i) }
        return ""
    }

    mutating func observe(_ row: TextRow) {
        guard !row.isBlank, row.trimmedCount > 1 || columns.count <= 2 else { return }
        // A repeated header: the cheap test first (same first cell), so ordinary rows never fold every cell.
        if let first = headerKeys.first, HeaderText.key(row.value(0)) == first,
           (0..<row.trimmedCount).map({ HeaderText.key(row.value($0)) }) == Array(headerKeys.prefix(row.trimmedCount)) { return }
        var stamp: CalendarDate?
        let stampText = first(.timestamp, row)
        if !stampText.isEmpty, let day = DateTimeParser.date(stampText) {
            stamp = day
            tally?.add(day)
        }
        if source == .zoomParticipants {
            let name = first(.fullName, row)
            observeZoomName(name, line: row.line)
            if devices[row.line] != nil {
                if !first(.email, row).isEmpty { devicesWithEmail.insert(row.line) }
            } else if dialIns[row.line] == nil {
                let parsed = NameParser.parse(name)
                if let given = parsed.given, parsed.family != nil {
                    zoomGivenNames.append((row.line, MatchText.fold(given), Self.nameKey(name)))
                }
            }
        }
        guard checksSubmissions else { return }

        var nameText = first(.fullName, row)
        if nameText.isEmpty { nameText = [first(.firstName, row), first(.lastName, row)].joined(separator: " ") }
        let name = Self.nameKey(nameText)
        let organizationText = first(.organization, row)
        let organization = MatchText.fold(organizationText)
        if let why = Self.testWord(name: name, organization: organization) {
            let before = stamp.map { d in tally.map { d < $0.date } ?? false } ?? false
            tests.append((row.line, why, before))
            return
        }
        var emails = Set<String>()
        for i in columns[.email] ?? [] {
            for e in EmailNormalizer.extractAll(row.value(i)) where e.isValid { emails.insert(e.address.lowercased()) }
        }
        let seen = Seen(line: row.line, name: name, emails: emails, organization: OrganizationNormalizer.key(organizationText))
        if let earlier = duplicate(of: seen) {
            duplicates.append((row.line, earlier))
            return
        }
        for e in emails where byEmail[e] == nil { byEmail[e] = seen }
        if !name.isEmpty { byName[name, default: []].append(seen) }
    }

    /// An earlier row with the same person: the same address and no other name, or the same name with no
    /// address or organization that says it is someone else (two Jane Smiths of two companies stay two).
    private func duplicate(of row: Seen) -> Int? {
        for e in row.emails {
            if let earlier = byEmail[e], earlier.name == row.name || earlier.name.isEmpty || row.name.isEmpty { return earlier.line }
        }
        guard !row.name.isEmpty, row.name.contains(" ") else { return nil }
        for earlier in byName[row.name] ?? [] {
            let emailsDiffer = !earlier.emails.isEmpty && !row.emails.isEmpty && earlier.emails.isDisjoint(with: row.emails)
            let a = earlier.organization.replacingOccurrences(of: " ", with: ""), b = row.organization.replacingOccurrences(of: " ", with: "")
            let organizationsDiffer = !a.isEmpty && !b.isEmpty && !a.hasPrefix(b) && !b.hasPrefix(a)
            if !emailsDiffer && !organizationsDiffer { return earlier.line }
        }
        return nil
    }

    /// The name's folded words in order ("Smith, Robert" and "Robert Smith" are one key).
    static func nameKey(_ text: String) -> String {
        MatchText.fold(text).split(separator: " ").sorted().joined(separator: " ")
    }

    static let testWords: Set<String> = ["test", "testing", "tester", "test test", "test user", "test submission",
                                         "test entry", "test response", "asdf"]

    static func testWord(name: String, organization: String) -> String? {
        if testWords.contains(name) { return "name \"\(name)\"" }
        if testWords.contains(organization) { return "organization \"\(organization)\"" }
        return nil
    }

    // MARK: Zoom

    static let devices = ["iphone", "ipad", "android", "phone", "galaxy", "samsung", "pixel", "laptop", "macbook",
                          "ipod", "tablet", "surface", "chromebook", "pc", "mac", "computer"]

    private mutating func observeZoomName(_ text: String, line: Int) {
        guard !text.isEmpty else { return }
        let digits = text.filter(\.isNumber)
        let rest = text.filter { !$0.isNumber && !" +-().*".contains($0) }
        if rest.isEmpty && digits.count >= 7 {
            dialIns[line] = text.contains("*") ? .some(nil) : .some(text)
            return
        }
        let folded = MatchText.fold(text)
        if folded.hasPrefix("call in user") || folded.hasPrefix("callin user") || folded == "dial in user" {
            dialIns[line] = .some(nil)
            return
        }
        // "Angela's iPhone", "Angela’s Galaxy S21": the owner's given name, then a device.
        for apostrophe in ["'s ", "’s "] {
            if let range = text.range(of: apostrophe, options: .caseInsensitive) {
                let owner = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let device = MatchText.fold(String(text[range.upperBound...]))
                if !owner.isEmpty, !owner.contains(" "), Self.devices.contains(where: { device.hasPrefix($0) }) {
                    devices[line] = MatchText.fold(owner)
                }
                return
            }
        }
    }

    // MARK: Corrections

    /// Applies what was seen to the records the builder kept, and says so in warnings. Test submissions lose
    /// their contact and participation; a double submission keeps its contact (every value is kept) but not a
    /// second participation; a second device and a dial-in are read as the person they are.
    func correct(_ result: inout ImportResult, file: String, keepsRecords: Bool, phoneRegion: String) {
        let participates = !result.participations.isEmpty || result.notKept.participations > 0
        if checksSubmissions && participates {
            for t in tests {
                result.warnings.append(ImportWarning(
                    file: file, line: t.line,
                    message: "test submission (\(t.why)\(t.before ? ", submitted before the meeting" : "")) left out",
                    kind: .testSubmission))
            }
            for d in duplicates {
                result.warnings.append(ImportWarning(
                    file: file, line: d.line, message: "same person as line \(d.of) (submitted twice): counted once",
                    kind: .duplicateSubmission))
            }
            if keepsRecords {
                let testLines = Set(tests.map(\.line)), duplicateLines = Set(duplicates.map(\.line))
                result.participations.removeAll { testLines.contains($0.participation.source.line ?? 0)
                    || duplicateLines.contains($0.participation.source.line ?? 0) }
                Self.removeContacts(&result) { testLines.contains($0.source.line ?? 0) }
            } else {
                result.notKept.contacts = max(0, result.notKept.contacts - tests.count)
                result.notKept.participations = max(0, result.notKept.participations - tests.count - duplicates.count)
            }
        }
        guard source == .zoomParticipants else { return }
        if keepsRecords { correctZoom(&result, file: file, phoneRegion: phoneRegion) } else { foreseeZoom(&result, file: file) }
    }

    /// The warnings ``correctZoom(_:file:phoneRegion:)`` would give, for a file read without keeping its records
    /// (`inspect`), from what the rows showed: dial-ins, and a second device when one participant has its name.
    private func foreseeZoom(_ result: inout ImportResult, file: String) {
        for (line, text) in dialIns.sorted(by: { $0.key < $1.key }) {
            result.warnings.append(ImportWarning(file: file, line: line, message: Self.dialInMessage(number: text), kind: .dialIn))
        }
        for (line, given) in devices.sorted(by: { $0.key < $1.key }) where !devicesWithEmail.contains(line) {
            let owners = zoomGivenNames.filter { $0.given == given }
            guard let owner = owners.first, Set(owners.map(\.name)).count == 1 else { continue }
            result.warnings.append(ImportWarning(file: file, line: line, message: Self.secondDeviceMessage(owner: owner.line),
                                                 kind: .secondDevice))
        }
    }

    static func dialInMessage(number: String?) -> String {
        number == nil ? "a phone dial-in without a number: counted as one caller"
                      : "a phone dial-in: the number is read as the caller's phone, not a name"
    }

    static func secondDeviceMessage(owner line: Int) -> String {
        "a second device of the participant on line \(line): read as the same person"
    }

    private func correctZoom(_ result: inout ImportResult, file: String, phoneRegion: String) {
        var unusable: Set<Int> = []
        for (line, text) in dialIns.sorted(by: { $0.key < $1.key }) {
            guard let i = result.contacts.firstIndex(where: { $0.source.line == line }) else { continue }
            result.contacts[i].name = PersonName()
            if let text {
                for p in Normalization.phones([text], region: phoneRegion) where !result.contacts[i].phones.contains(p) {
                    result.contacts[i].phones.append(p)
                }
            }
            if result.contacts[i].emails.isEmpty && result.contacts[i].phones.isEmpty { unusable.insert(line) }
            result.warnings.append(ImportWarning(file: file, line: line, message: Self.dialInMessage(number: text), kind: .dialIn))
        }
        for (line, given) in devices.sorted(by: { $0.key < $1.key }) {
            guard let i = result.contacts.firstIndex(where: { $0.source.line == line }), result.contacts[i].emails.isEmpty else { continue }
            let owners = result.contacts.indices.filter { j in
                j != i && devices[result.contacts[j].source.line ?? 0] == nil
                    && result.contacts[j].name.given.map(MatchText.fold) == given && result.contacts[j].name.family != nil
            }
            // Only one person of that given name in the call: the device is theirs.
            guard owners.count == 1 || Set(owners.map { Self.nameKey(result.contacts[$0].name.raw) }).count == 1,
                  let owner = owners.first else { continue }
            let ownerContact = result.contacts[owner]
            result.contacts[i].name = ownerContact.name
            result.contacts[i].emails = ownerContact.emails
            if result.contacts[i].organization == nil { result.contacts[i].organization = ownerContact.organization }
            result.warnings.append(ImportWarning(file: file, line: line,
                                                 message: Self.secondDeviceMessage(owner: ownerContact.source.line ?? 0),
                                                 kind: .secondDevice))
        }
        if !unusable.isEmpty {
            // A row that names nobody still counts as one participant, as the builder's own nameless rows do.
            let removed = result.contacts.indices.filter { unusable.contains(result.contacts[$0].source.line ?? 0) }
            for k in result.participations.indices where result.participations[k].contact.map(removed.contains) == true {
                result.participations[k].contact = nil
            }
            Self.removeContacts(&result) { unusable.contains($0.source.line ?? 0) }
        }
    }

    /// Removes contacts and renumbers what refers to them (participations, volunteers).
    static func removeContacts(_ result: inout ImportResult, where drop: (ContactRecord) -> Bool) {
        var newIndex: [Int?] = []
        var kept: [ContactRecord] = []
        for c in result.contacts {
            if drop(c) { newIndex.append(nil) } else { newIndex.append(kept.count); kept.append(c) }
        }
        guard kept.count != result.contacts.count else { return }
        result.contacts = kept
        result.participations = result.participations.compactMap { p in
            guard let c = p.contact else { return p }
            guard let n = newIndex[c] else { return nil }
            var p = p
            p.contact = n
            return p
        }
        result.volunteers = result.volunteers.compactMap { $0 < newIndex.count ? newIndex[$0] : nil }
    }
}

/// Google Forms adds a column when a question is reworded ("Organization", later "Where do you work?") and never
/// fills the old one again: the rows answer one or the other. Such a last column is read as the earlier field.
enum RewordedQuestions {
    /// Maps each trailing column that nothing recognized to the field of an earlier column whose answers it
    /// continues: no row answers both, and every answer to the old question comes before the first to the new.
    static func remap(_ columns: [ColumnMapping], rows: ArraySlice<TextRow>) -> [ColumnMapping] {
        var columns = columns
        let records = rows.filter { !$0.isBlank }
        var j = columns.count - 1
        while j > 0, columns[j].reason == .unknown {
            let new = records.indices.filter { !records[$0].value(j).isEmpty }
            if let firstNew = new.first {
                let candidates = (0..<j).filter { i in
                    let field = columns[i].field
                    guard field != .ignore && field != .timestamp && columns[i].reason != .reworded else { return false }
                    let old = records.indices.filter { !records[$0].value(i).isEmpty }
                    guard let lastOld = old.last, lastOld < firstNew else { return false }
                    // The same question in other words, or a required one: answered by every row before the
                    // rewording and by every row after it.
                    let everyRow = old.count == firstNew && new.count == records.count - firstNew
                    return everyRow || sharesWord(columns[i].header, columns[j].header)
                }
                // Of several earlier questions that stopped before this one started, the one answered last.
                if let i = candidates.max(by: { a, b in
                    (records.indices.last { !records[$0].value(a).isEmpty } ?? -1) < (records.indices.last { !records[$0].value(b).isEmpty } ?? -1)
                }) {
                    columns[j].field = columns[i].field
                    columns[j].reason = .reworded
                }
            }
            j -= 1
        }
        return columns
    }

    static let stopWords: Set<String> = ["your", "you", "the", "what", "which", "are", "with", "and", "for", "from",
                                         "please", "enter", "who", "where", "how", "our", "this", "that", "name"]

    /// A word of three letters or more, other than question words, in both headers ("Organization" and
    /// "Organization / Company"). "name" alone is too common a word to say two questions are one.
    static func sharesWord(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            Set(MatchText.fold(s).split(separator: " ").map(String.init).filter { $0.count >= 3 && !stopWords.contains($0) })
        }
        return !words(a).isDisjoint(with: words(b))
    }
}
