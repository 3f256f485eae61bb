import ConveneImport
import ConveneMatch
import ConveneModel
import ConveneNormalize
import Foundation

extension Workspace {
    /// Records already-read files in ONE transaction: source files and records (raw values kept), people linked
    /// incrementally (existing IDs never change) — or, in a workspace that holds no one yet or one the command
    /// matches as a whole (once there are 200 records, stored and new: it reaches 200 or doubles since it was
    /// last matched as a whole, or grows by a quarter at once), clustered all at once by the engine's batch run with the stored
    /// records, as `convene merge` would, IDs kept stable as a rebuild keeps them — organizations, meetings,
    /// participations and action items.
    /// A file whose content was imported before is skipped. Throws — and changes nothing — on any failure.
    ///
    /// ```swift
    /// let summaries = try workspace.record(files, meeting: MeetingRequest(name: "Launch"), meetingKind: .launch) { done, total in
    ///     print("\(done)/\(total) records")
    /// }
    /// for s in summaries { print(s.file, s.newPeople, s.matchedPeople, s.reviewItems) }
    /// ```
    ///
    /// - Parameters:
    ///   - files: the files, read and recognized (``IncomingFile``), in the order given.
    ///   - meeting: the meeting named by the user (flags); otherwise the meeting the file names itself.
    ///     Contact lists imported with a meeting become its invitation list.
    ///   - meetingKind: the kind given to a meeting a file names itself (default: launch for the launch date's
    ///     meeting, action-team for Zoom/Teams calls, otherwise other).
    ///   - pause: test-only; sleeps inside the transaction after that many records (see ``ImportPause``).
    ///   - progress: called with (records done, records total) as records are linked.
    ///   - matching: called as each phase of the import's batch run starts, when it makes one (a first import,
    ///     one that matches the whole workspace; see `ConveneMatch`'s `MatchPhase`).
    public func record(_ files: [IncomingFile], meeting: MeetingRequest? = nil, meetingKind: MeetingKind? = nil,
                       pause: ImportPause? = nil,
                       progress: (@Sendable (Int, Int) -> Void)? = nil,
                       matching: (@Sendable (MatchPhase) -> Void)? = nil) throws -> [FileImportSummary] {
        let total = files.reduce(0) { $0 + $1.contacts.count + $1.organizations.count }
        return try storage.write { tx in
            // The files this command adds (a file listed twice, or imported before, is skipped when recorded).
            var digests: Set<String> = []
            let incoming = try files.filter { try !tx.isImported(sha256: $0.sha256) && digests.insert($0.sha256).inserted }
                .flatMap(\.contacts)
            var linker: WorkspaceLinker
            var rematch: WorkspaceRematch?
            let how = try Self.importMatching(tx, incoming: incoming)
            if how != .rowByRow {
                // The engine clusters every record at once, as `merge` would (8 s at 100,000 records): the new ones,
                // and the stored ones when the command doubles the workspace. The count shows before it starts,
                // and each of its phases as it starts.
                progress?(0, total)
                let trigger: WorkspaceRematch.Trigger? = if case .wholeWorkspace(let why) = how { why } else { nil }
                let (settings, batch, again) = try Self.clusterAtOnce(tx, incoming: incoming, trigger: trigger, matching: matching)
                linker = WorkspaceLinker(tx: tx, settings: settings, batch: batch)
                rematch = again
            } else {
                linker = WorkspaceLinker(tx: tx, settings: try Self.storedSettings(tx)?.settings ?? Self.defaultMatchSettings)
                linker.expect(incoming)
            }
            var done = 0
            var summaries: [FileImportSummary] = []
            for file in files {
                summaries.append(try recordOne(file, tx: tx, linker: &linker, meeting: meeting, meetingKind: meetingKind) {
                    done += 1
                    progress?(done, total)
                    if let pause, done == pause.afterRecords { pause.onPause?(); Thread.sleep(forTimeInterval: pause.seconds) }
                })
            }
            try linker.finish()
            if let rematch, let first = summaries.firstIndex(where: { $0.matchedAtOnce }) { summaries[first].rematch = rematch }
            return summaries
        }
    }

    private func recordOne(_ file: IncomingFile, tx: any StorageTransaction, linker: inout WorkspaceLinker,
                           meeting request: MeetingRequest?, meetingKind: MeetingKind?, tick: () -> Void) throws -> FileImportSummary {
        var summary = FileImportSummary(file: file.path, source: file.source, alreadyImported: false, recordsRead: file.recordCount,
                                        newPeople: 0, matchedPeople: 0, reviewItems: 0, participations: 0,
                                        meeting: nil, meetingName: nil, warnings: file.warnings, mapping: file.mapping)
        if try tx.isImported(sha256: file.sha256) {
            summary.alreadyImported = true
            summary.warnings = []
            summary.mapping = nil
            return summary
        }

        // The meeting: the user's flags win, else what the file says about itself.
        var meeting: Meeting?
        let given = file.reading?.evidence.contains { if case .given = $0 { true } else { false } } ?? false
        let wantsMeeting = !file.participations.isEmpty || request != nil || given
        if wantsMeeting {
            guard let name = request?.name ?? file.meetingName, !name.isEmpty else {
                throw WorkspaceError.invalidRequest(
                    "\(file.path): this \(file.source.displayName) records attendance but names no meeting; pass --meeting NAME --date YYYY-MM-DD")
            }
            let date = request?.date ?? file.meetingDate
            let inferred: MeetingKind = date != nil && date == settings.launchDate ? .launch : (file.isVirtual ? .actionTeam : .other)
            let kind = request?.kind ?? meetingKind ?? inferred
            meeting = try Self.findOrCreateMeeting(tx, Meeting(
                id: MeetingID(""), name: name, date: date, kind: kind,
                isVirtual: file.isVirtual, startTime: file.meetingStart, endTime: file.meetingEnd))
            summary.meeting = meeting?.id
            summary.meetingName = meeting?.name
        }
        let listRead = file.reading.map { $0.role != .invited } ?? false
        let role = !file.participations.isEmpty || (meeting != nil && listRead) ? "participation"
            : (meeting != nil ? "invitations" : (file.contacts.isEmpty ? "organizations" : "contacts"))
        let fileID = try tx.insertSourceFile(path: file.path, sha256: file.sha256, source: file.source, role: role,
                                             meeting: meeting?.id, recordCount: file.recordCount,
                                             reading: file.columnReading)
        if let mapping = file.mappingToRemember { try tx.remember(mapping, fromFile: fileID) }

        // Source records, one per data record; contacts, organizations and participations of one row share it.
        var recordIDs: [Int: Int64] = [:]
        func recordID(for source: SourceRecord) throws -> Int64 {
            if let id = recordIDs[source.record] { return id }
            let id = try tx.insertRecord(source, file: fileID)
            recordIDs[source.record] = id
            return id
        }

        summary.matchedAtOnce = linker.matchesAtOnce && !file.contacts.isEmpty
        var contactRecordIDs: [Int64] = []
        var contactPeople: [PersonID] = []                                  // per contact, the person it went to
        for contact in file.contacts {
            let id = try recordID(for: contact.source)
            try tx.setContact(contact, ofRecord: id)
            contactRecordIDs.append(id)
            if let org = contact.organization, !org.isEmpty {
                try linker.noteOrganization(name: org, kind: file.organizationKinds[org],
                                            stated: file.statedOrganizationKinds.contains(org), source: contact.source)
            }
            let (outcome, person, questions, mixed) = try linker.link(recordID: id, contact: contact)
            contactPeople.append(person)
            if let mixed { summary.warnings.append(Self.mixedPersonWarning(mixed, file: file.path, contact: contact)) }
            switch outcome {
            case .newPerson: summary.newPeople += 1
            case .matched: summary.matchedPeople += 1
            }
            summary.reviewItems += questions
            tick()
        }
        for index in file.volunteers where contactRecordIDs.indices.contains(index) {
            try tx.markVolunteer(record: contactRecordIDs[index])
        }
        for org in file.organizations {
            let id = try recordID(for: org.source)
            try tx.setOrganization(org, ofRecord: id)
            try linker.noteOrganization(name: org.name, kind: file.organizationKinds[org.name],
                                        stated: file.statedOrganizationKinds.contains(org.name), source: org.source, record: org)
            tick()
        }

        // Participation: the file's own rows, or — for a list imported with a meeting — invitations.
        var participations = file.participations
        if participations.isEmpty, let meeting {
            // A list of people is the meeting's invitations, unless `--as` or its name says otherwise.
            let reading = file.reading ?? MeetingReading(role: .invited, evidence: [.contactList])
            participations = file.contacts.indices.map { i in
                (i, Participation(meeting: meeting.id, status: reading.role.status, source: file.contacts[i].source))
            }
            if !participations.isEmpty { summary.reading = reading }
        } else if meeting != nil {
            summary.reading = file.reading
        }
        for (contact, p) in participations {
            guard let meeting else { break }
            let id = try contact.map { contactRecordIDs[$0] } ?? recordID(for: p.source)
            try tx.insertParticipation(p, meeting: meeting.id, record: id)
            summary.participations += 1
        }
        if meeting != nil, !file.participations.isEmpty {
            summary.warnings += Self.rowsJoinedInOnePerson(file, recordIDs: contactRecordIDs, people: contactPeople)
        }

        for item in file.actionItems { try tx.saveActionItem(item) }
        return summary
    }

    /// A row that agrees near-certainly with one of a stored person's records and is held apart by another of
    /// them (Sr. against Jr., accounts numbered apart): the person likely joined two people's records earlier,
    /// before any list told them apart — a father and son on one firm's line and their one surname, in a first
    /// import too small to know better. The row became a person of its own and the pair is asked about; only
    /// a person can part the stored records, with `convene split` or by `convene rebuild`. No names or addresses
    /// in the message.
    static func mixedPersonWarning(_ mixed: WorkspaceLinker.MixedPerson, file: String, contact: ContactRecord) -> String {
        let p = mixed.person.rawValue
        let records = mixed.parted.map(String.init).joined(separator: ",")
        let parting = mixed.parted.isEmpty
            ? "`convene split \(p) --records …` or `convene rebuild` parts them"
            : "if it does, `convene split \(p) --records \(records)` parts off the "
              + (mixed.parted.count == 1 ? "record" : "records")
              + " the engine puts with this row (on \(p)'s records and this row alone), and \"Same\" on the review "
              + "question joins this row to \(mixed.parted.count == 1 ? "it" : "them"); `convene rebuild` re-matches every record"
        return "\(file):\(contact.source.line ?? contact.source.record): agrees with \(p)'s record \(mixed.matched.id) "
            + "(\(mixed.matched.reference), probability \(String(format: "%.3f", mixed.probability))), but \(p)'s record "
            + "\(mixed.conflicting.id) (\(mixed.conflicting.reference)) says it is someone else, so it is a person of its own "
            + "and a review question: \(p) may hold two people's records (a father and son, two namesakes); see "
            + "`convene person \(p)`; " + parting
    }

    /// Rows of one attendance or registration list that went to one person although their names (beyond a
    /// nickname or an initial) or emails differ: they count once at the meeting. Usually one person written two
    /// ways; sometimes two people the workspace joined earlier (a father and son on their firm's line, before any
    /// list showed the line is shared), which only a person can tell and `convene split` undoes. Rows the reader
    /// already took for a double submission (same name and email) are not repeated here. No names or addresses
    /// in the message. `recordIDs` and `people`: per contact of the file, its record and the person it went to.
    static func rowsJoinedInOnePerson(_ file: IncomingFile, recordIDs: [Int64], people: [PersonID]) -> [String] {
        var rows: [PersonID: [Int]] = [:]                                   // person → indices into file.contacts
        var order: [PersonID] = []
        for (i, person) in people.enumerated() {
            if rows[person] == nil { order.append(person) }
            rows[person, default: []].append(i)
        }
        // One name written two ways is not news: "Bob Smith" rejoining a call as "Robert Smith", "J. Smith".
        func emails(_ c: ContactRecord) -> Set<String> { Set(c.emails.map { $0.lowercased() }) }
        var warnings: [String] = []
        for person in order {
            guard let indices = rows[person], indices.count > 1 else { continue }
            let contacts = indices.map { file.contacts[$0] }
            let named = contacts.dropFirst().contains { !Nicknames.sameName($0.name, contacts[0].name) }
            let addressed = contacts.map(emails).filter { !$0.isEmpty }
            let mailed = addressed.count > 1 && addressed.dropFirst().contains { $0.isDisjoint(with: addressed[0]) }
            guard named || mailed else { continue }
            let lines = contacts.map { $0.source.line ?? $0.source.record }
            // Splitting the later rows off leaves the first with the person.
            let records = indices.dropFirst().map { String(recordIDs[$0]) }.joined(separator: ",")
            let what = [named ? "names" : nil, mailed ? "emails" : nil].compactMap { $0 }.joined(separator: " and ")
            warnings.append("\(file.path):\(lines[0]): lines \(lines.map(String.init).joined(separator: ", ")) went to one "
                            + "person, \(person.rawValue), and count once at this meeting, though their \(what) differ: "
                            + "see `convene person \(person.rawValue)`; if they are two people, "
                            + "`convene split \(person.rawValue) --records \(records)` moves the later row off, "
                            + "and `convene rebuild` re-matches every record")
        }
        return warnings
    }
}
