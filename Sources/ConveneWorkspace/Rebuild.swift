import ConveneImport
import ConveneMatch
import ConveneModel
import Foundation

/// Where one person ID went in a rebuild.
///
/// ```swift
/// for redirect in try workspace.redirects(of: "P000031") {
///     print(redirect.reason.rawValue, redirect.newIDs, redirect.rebuiltAt)   // merged-into ["P000004"] 2026-11-02T…
/// }
/// ```
public struct PersonRedirect: Codable, Sendable, Hashable {
    /// Why the old ID no longer names a person of its own: merged into an older person, or split apart.
    ///
    /// ```swift
    /// let merged = try workspace.rebuild().redirects.filter { $0.reason == .mergedInto }.count
    /// ```
    public enum Reason: String, Codable, Sendable {
        /// Most of the person's records are now in an older person's cluster: the older ID is kept.
        case mergedInto = "merged-into"
        /// No cluster holds most of the person's records: each part got a new ID.
        case splitInto = "split-into"
    }
    /// The person ID before the run (`P000031`).
    public var oldID: String
    /// Where its records went: the one older ID it merged into, or the new IDs of a split's parts.
    public var newIDs: [String]
    /// Merged or split.
    public var reason: Reason
    /// When the run that retired the ID ran (ISO 8601).
    public var rebuiltAt: String
    /// What ran it: "convene rebuild", or the import that matched the workspace at once ("convene import of
    /// rsvp.csv"); "convene rebuild" for IDs retired before schema v7, when only a rebuild could.
    public var retiredBy: String
}

/// The people a batch run's clusters became (``Workspace/assignPeople(_:recordIDs:oldPerson:retiredBy:_:)``).
struct ClusterPeople {
    /// Per cluster, its person; nil for a cluster of an import's new records only.
    var person: [PersonID?]
    /// Clusters that got a new ID although they hold stored records (a split's parts, records that were no one's).
    var created: Int
    /// Every old ID that no longer names the same person, and where its records went (stored already).
    var redirects: [PersonRedirect]
    /// People whose stored records changed: their golden records are due (those left with none go).
    var touched: Set<PersonID>
}

/// What `convene rebuild` did.
///
/// ```swift
/// let report = try workspace.rebuild()
/// print("\(report.peopleBefore) → \(report.peopleAfter) people, \(report.keptIDs) IDs kept, \(report.newIDs) new")
/// ```
public struct RebuildReport: Codable, Sendable {
    /// Contact records re-clustered.
    public var records: Int
    /// People in the workspace before the rebuild.
    public var peopleBefore: Int
    /// People in the workspace after it.
    public var peopleAfter: Int
    /// People whose ID survived (their cluster kept most of their records).
    public var keptIDs: Int
    /// People created by the rebuild (a split's parts, records that were no one's).
    public var newIDs: Int
    /// Every old ID that no longer names the same person, and where its records went.
    public var redirects: [PersonRedirect]
    /// Review decisions and manual merges/splits applied as must-link / cannot-link.
    public var decisionsApplied: Int
    /// Open review questions after the rebuild (answered or moot ones are not asked again).
    public var openReviewPairs: Int
    /// Where the model's parameters came from ("estimated from …" / "defaults: …").
    public var parameterSource: String
    /// Contact records read again from their raw cells, under their file's stored column reading, before the
    /// match: what today's normalization rules make of them.
    public var rereadRecords: Int
    /// Of those, the records whose contact came out different (and was stored as re-read).
    public var changedRecords: Int
    /// Contact records re-clustered as stored, not read again: their file was imported by a release that did not
    /// keep how its columns were read, or a record no longer names anyone by today's rules.
    public var keptAsStoredRecords: Int
}

extension Workspace {
    /// Reads every contact record again from its raw cells under its file's stored column reading (today's name,
    /// email, phone and address rules), then re-clusters them all with the current match engine — the same run
    /// `convene merge` does on the same records, decisions applied — in one transaction, keeping IDs stable:
    /// a cluster keeps an old person's ID when it holds most of that person's records (the oldest such ID
    /// when it holds most of several: a merge keeps the older ID); a person whose records no cluster holds
    /// most of is split, and its parts get new IDs. Old → new IDs are stored, so `person(_:)` can say where a
    /// person went.
    ///
    /// ```swift
    /// let report = try workspace.rebuild()
    /// for r in report.redirects { print(r.oldID, r.reason.rawValue, r.newIDs.joined(separator: ", ")) }
    /// ```
    /// `matching` is called as each phase of the batch run starts (see `ConveneMatch`'s `MatchPhase`).
    public func rebuild(matching: (@Sendable (MatchPhase) -> Void)? = nil) throws -> RebuildReport {
        try storage.write { tx in
            var stored = try tx.contactRecords()
            let (reread, changed) = try Self.reread(&stored, tx)
            let run = try Self.storedRun(stored, tx)
            let (contacts, recordIDs, oldPerson, decisions) = (run.records, run.recordIDs, run.oldPerson, run.decisions)
            let peopleBefore = try tx.personCount()

            // The same engine and settings as a batch run: parameters estimated from all of the records.
            // Exactly `convene merge`'s configuration (an import links one record at a time with the stricter
            // thresholds of ``defaultMatchSettings``, sending the unsure band to review; a rebuild decides the
            // whole partition at once, as merge does).
            let result = Matcher.run(records: contacts, settings: Self.forBatch(MatchSettings.people()), decisions: decisions,
                                     progress: matching)
            let people = try Self.assignPeople(result.clusters.map(\.members), recordIDs: recordIDs, oldPerson: oldPerson,
                                               retiredBy: "convene rebuild", tx)

            // The golden records and lookup keys of every person (the current engine's survivorship for all);
            // people left without records go.
            for p in people.touched.union(oldPerson.compactMap { $0 }).sorted(by: { $0.rawValue < $1.rawValue }) {
                try Self.rebuildPerson(tx, p)
            }

            // The review queue is the engine's: questions whose records now share a person are not asked again
            // (unless the link is weak, below); the batch run's questions are added.
            try tx.setAsideReviewPairsWithinOnePerson()
            // A link the batch made on weaker evidence than an import would link on is asked about, not settled
            // unseen: "Not the same" splits it off and is remembered. The run's own questions are asked in the
            // workspace's review band, as an import asks them.
            for item in Self.batchQuestions(result, weakLinkReason: "a rebuild joined them on weaker evidence than an import links on") {
                let a = recordIDs[item.a], b = recordIDs[item.b]
                try Linking.insertReviewPair(tx, record: max(a, b), candidate: min(a, b), probability: item.probability,
                                             explanation: item.explanation, reason: item.reason)
            }
            let open = try tx.openReviewPairCount()
            // Imports after it link with the parameters the rebuild used, at the workspace's thresholds.
            // Noted at the count it ran at even when the records taught nothing (the defaults kept), once there
            // are enough to learn from (estimation needs as many): imports match the whole workspace again once it
            // has doubled since (`Workspace.importMatching`).
            let checked = contacts.count >= MatchSettings.people().minimumRecordsForEstimation
            try tx.saveMatchSettings(Self.forLinking(result.settings), estimatedFrom: checked ? contacts.count : 0)
            let peopleAfter = try tx.personCount()
            return RebuildReport(records: contacts.count, peopleBefore: peopleBefore, peopleAfter: peopleAfter,
                                 keptIDs: result.clusters.count - people.created, newIDs: people.created, redirects: people.redirects,
                                 decisionsApplied: decisions.count, openReviewPairs: open,
                                 parameterSource: result.statistics.parameterSource, rereadRecords: reread,
                                 changedRecords: changed, keptAsStoredRecords: stored.count - reread)
        }
    }

    /// The people a batch run's clusters become, as a rebuild and an import that matches the workspace at once
    /// (``importMatching(_:incoming:)``) decide them; IDs stay stable. The run's records `0..<recordIDs.count` are
    /// stored ones (record ID, the person each belonged to); any after them are an import's new records, not
    /// stored yet. A cluster keeps an old person's ID when it holds most of that person's records (the oldest
    /// such ID when it holds most of several: a merge keeps the older ID); a person whose records no cluster
    /// holds most of is split, and its parts get new IDs. Every cluster holding a stored record gets its person
    /// here, stored records that changed person are moved, and every ID that no longer names the same person
    /// is stored as a redirect; a cluster of new records only gets none (the import creates it with its first
    /// record).
    /// `retiredBy` says what ran it, as ``PersonRedirect/retiredBy``.
    static func assignPeople(_ clusters: [[Int]], recordIDs: [Int64], oldPerson: [PersonID?], retiredBy: String,
                             _ tx: any StorageTransaction) throws -> ClusterPeople {
        var oldSize: [PersonID: Int] = [:]
        for case let p? in oldPerson { oldSize[p, default: 0] += 1 }
        var majorityCluster: [PersonID: Int] = [:]
        var clustersOf: [PersonID: [Int]] = [:]                   // old person → the clusters holding their records
        for (c, members) in clusters.enumerated() {
            var held: [PersonID: Int] = [:]
            for m in members where m < oldPerson.count { if let p = oldPerson[m] { held[p, default: 0] += 1 } }
            for (p, n) in held {
                clustersOf[p, default: []].append(c)
                if 2 * n > oldSize[p]! { majorityCluster[p] = c }
            }
        }
        // A cluster takes the oldest of the IDs it holds most of (the smallest: ``PersonID``'s order).
        var person = [PersonID?](repeating: nil, count: clusters.count)
        for (p, c) in majorityCluster where person[c].map({ p < $0 }) ?? true { person[c] = p }
        var created = 0
        for (c, members) in clusters.enumerated() where person[c] == nil && members.contains(where: { $0 < recordIDs.count }) {
            person[c] = try tx.newPerson()                            // its row first: records point at it
            created += 1
        }
        let rebuiltAt = Timestamp.now()
        var redirects: [PersonRedirect] = []
        for p in oldSize.keys.sorted() {
            if let c = majorityCluster[p] {
                if person[c] != p {
                    redirects.append(PersonRedirect(oldID: p.rawValue, newIDs: [person[c]!.rawValue], reason: .mergedInto,
                                                    rebuiltAt: rebuiltAt, retiredBy: retiredBy))
                }
            } else {
                let parts = Set(clustersOf[p, default: []].map { person[$0]! }).sorted().map(\.rawValue)
                redirects.append(PersonRedirect(oldID: p.rawValue, newIDs: parts, reason: .splitInto, rebuiltAt: rebuiltAt,
                                                retiredBy: retiredBy))
            }
        }
        for r in redirects { try tx.insertRedirect(r) }
        try redirectActionItems(tx, Dictionary(uniqueKeysWithValues: redirects.filter { $0.reason == .mergedInto }
            .map { (PersonID($0.oldID), PersonID($0.newIDs[0])) }))
        // Every stored record that changed person moves; both people's golden records are due.
        var touched: Set<PersonID> = []
        for (c, members) in clusters.enumerated() {
            for m in members where m < recordIDs.count && oldPerson[m] != person[c] {
                try tx.attach(record: recordIDs[m], to: person[c]!)
                touched.insert(person[c]!)
                if let old = oldPerson[m] { touched.insert(old) }
            }
        }
        return ClusterPeople(person: person, created: created, redirects: redirects, touched: touched)
    }

    /// The stored records as a batch run over the workspace reads them (a rebuild, an import that matches the
    /// workspace at once): each named as ``runRefs(_:_:)`` names it, with its record ID and the person it
    /// belonged to, and the stored decisions between them as must-link / cannot-link.
    struct StoredRun {
        var records: [ContactRecord] = []
        var recordIDs: [Int64] = []
        var oldPerson: [PersonID?] = []
        /// The run's name of each record, in order.
        var refs: [RecordRef] = []
        var decisions: [ReviewDecision] = []
    }

    /// `stored` (``StorageTransaction``'s `contactRecords()`, as read or re-read) as a batch run reads it.
    static func storedRun(_ stored: [(recordID: Int64, file: Int64, person: PersonID?, contact: ContactRecord)],
                          _ tx: any StorageTransaction) throws -> StoredRun {
        guard !stored.isEmpty else { return StoredRun() }
        var run = StoredRun()
        run.refs = try runRefs(stored, tx)
        run.records.reserveCapacity(stored.count)
        for (k, record) in stored.enumerated() {
            var contact = record.contact
            contact.source.file = run.refs[k].file
            contact.source.record = run.refs[k].record
            run.records.append(contact)
        }
        run.recordIDs = stored.map(\.recordID)
        run.oldPerson = stored.map(\.person)
        run.decisions = try runDecisions(tx, runRefOfRecord: Dictionary(uniqueKeysWithValues: zip(run.recordIDs, run.refs)))
        return run
    }

    /// The stored review decisions, merges and splits as a batch run's must-link / cannot-link between its
    /// records, named as the run names them (`runRefOfRecord`: record ID → the run's name for it).
    static func runDecisions(_ tx: any StorageTransaction, runRefOfRecord: [Int64: RecordRef]) throws -> [ReviewDecision] {
        try tx.decisions().compactMap { d -> ReviewDecision? in
            guard let b = d.recordB else { return nil }
            let verdict: ReviewVerdict
            switch d.kind {
            case "same": verdict = .same
            case "not-same", "split": verdict = .notSame
            default: return nil
            }
            guard let a = runRefOfRecord[d.recordA], let b = runRefOfRecord[b] else { return nil }
            return ReviewDecision(a, b, verdict)
        }
    }

    /// Reads `stored` contacts again from their raw cells, file by file, under each file's ``ColumnReading``, and
    /// stores those that come out different. Records of a file without a reading (imported by an older release),
    /// records without raw cells and records that no longer name anyone stay as they were.
    /// - Returns: how many were read again, and how many of them changed.
    private static func reread(_ stored: inout [(recordID: Int64, file: Int64, person: PersonID?, contact: ContactRecord)],
                               _ tx: any StorageTransaction) throws -> (reread: Int, changed: Int) {
        let readings = try tx.columnReadings()
        var byFile: [Int64: [Int]] = [:]
        for (k, record) in stored.enumerated() where !record.contact.source.raw.isEmpty {
            byFile[record.file, default: []].append(k)
        }
        var reread = 0, changed = 0
        for (file, indices) in byFile.sorted(by: { $0.key < $1.key }) {
            guard let reading = readings[file] else { continue }
            let fresh = Importer.reread(indices.map { stored[$0].contact.source }, as: reading)
            for (k, i) in indices.enumerated() {
                guard let contact = fresh[k] else { continue }
                reread += 1
                guard contact != stored[i].contact else { continue }
                changed += 1
                try tx.setContact(contact, ofRecord: stored[i].recordID)
                stored[i].contact = contact
            }
        }
        return (reread, changed)
    }

    /// Where an ID that no longer names a person went, latest rebuild first; empty when it was never redirected.
    ///
    /// ```swift
    /// if try !workspace.personExists(PersonID("P000031")), let last = try workspace.redirects(of: "P000031").first {
    ///     print("P000031 is now", last.newIDs.joined(separator: ", "))
    /// }
    /// ```
    public func redirects(of id: String) throws -> [PersonRedirect] {
        try storage.read { tx in try tx.redirects(of: id) }
    }

    /// Whether a person with this ID exists now.
    ///
    /// ```swift
    /// try workspace.personExists(PersonID("P000001"))   // true
    /// ```
    public func personExists(_ id: PersonID) throws -> Bool {
        try storage.read { tx in try tx.personExists(id) }
    }

    /// Within a rebuild's run, a record is named by where it came from — its file as imported and its record
    /// number — not by its workspace record ID, which counts in import order: the engine reads records in the
    /// order of their names (`ReadingOrder`), so the same files imported in any order rebuild to the same people,
    /// as `merge` gives. A path imported more than once (next month's export under the same name) is told apart
    /// by its content's digest, which no import order changes.
    static func runRefs(_ stored: [(recordID: Int64, file: Int64, person: PersonID?, contact: ContactRecord)],
                        _ tx: any StorageTransaction) throws -> [RecordRef] {
        let digests = try tx.sourceFileDigests()
        var filesOfPath: [String: Set<Int64>] = [:]
        for record in stored { filesOfPath[record.contact.source.file, default: []].insert(record.file) }
        var refs = stored.map { record -> RecordRef in
            let path = record.contact.source.file
            let file = filesOfPath[path]!.count == 1 ? path : "\(path) [\(digests[record.file]?.prefix(12) ?? "file \(record.file)")]"
            return RecordRef(file: file, record: record.contact.source.record)
        }
        // Two records can still share a name (a file whose rows were numbered alike by an older release): the
        // later one is named by its workspace ID under an empty file name, which no imported file has, so every
        // record of the run has a name of its own.
        var seen: Set<RecordRef> = []
        for k in refs.indices where !seen.insert(refs[k]).inserted {
            refs[k] = RecordRef(file: "", record: Int(stored[k].recordID))
            seen.insert(refs[k])
        }
        return refs
    }
}
