import ConveneMatch
import ConveneModel
import Foundation

/// Links new records to the people already in the workspace, inside the caller's transaction. (ConveneMatch's
/// own `IncrementalLinker` links new records to a batch run's clusters in memory; this one works on the stored
/// people.)
///
/// Candidate retrieval is the workspace's job: a record is compared only with the people sharing one of its
/// blocking keys (``PeopleStorage/people(withAnyKey:limit:)``), so linking costs the same at a hundred people or
/// a hundred thousand. Deciding is the match engine's: ConveneMatch's ``CandidateScorer`` scores the record
/// against those people with the workspace's stored (trained) ``MatchSettings`` and applies its guards (role and
/// shared emails are not evidence, conflicting strong evidence goes to review). A `link` joins the best person;
/// otherwise the record becomes a new person, and a `review` adds a review pair. A record linked so never merges two
/// existing people: that takes a decision (review "Same" or `merge-people`), so a "Not the same" can never be
/// undone by a later import. Row by row, existing person IDs never change; golden records of touched people are rebuilt
/// once, in ``finish()``. In a workspace that holds no one yet, or one the command matches as a whole, the command's
/// records were clustered by the batch engine beforehand, with the stored ones (``ImportBatch``), and each
/// record joins the person its cluster became.
struct WorkspaceLinker {
    /// What ``link(recordID:contact:)`` did with a record.
    enum Outcome { case newPerson, matched }

    /// A stored person the new record links to on one of their records but is held apart from by another — a
    /// suffix conflict, accounts numbered apart: the person likely holds two people's records.
    struct MixedPerson {
        var person: PersonID
        /// The person's record the new one agrees with, and the one that says it is someone else: their IDs
        /// (as `convene person` numbers them) and `file#record` references.
        var matched: (id: Int64, reference: String), conflicting: (id: Int64, reference: String)
        var probability: Double
        /// The person's records that go with the new row rather than with the rest, as the engine clusters the
        /// person's records and the row by themselves (``partingSuggestion(of:records:keeping:settings:)``); empty when that run
        /// does not part them so, or parts the conflicting record off with the row.
        var parted: [Int64] = []
    }

    /// The command's transaction.
    let tx: any StorageTransaction
    /// The engine, with the settings the command links with.
    let scorer: CandidateScorer
    /// Person → their contact records (record ID, value), loaded once per command.
    private var recordsByPerson: [PersonID: [(recordID: Int64, contact: ContactRecord)]] = [:]
    private var touched: Set<PersonID> = []
    /// The rows of this command's files not yet linked, by their email and phone keys (``expect(_:)``).
    private var upcoming: [String: [ContactRecord]] = [:]
    private var linkedSources: Set<SourceRecord> = []
    private var organizations: [String: Organization] = [:]
    private var dirtyOrganizations: Set<String> = []
    /// Blocks larger than this (a very common surname) are not searched by name alone.
    static let maxCandidates = 200
    /// A key for a retyped name (``LookupKeys``' `d:`, `h:` and `l:`) held by more people than this is not
    /// searched: ``MatchSettings/maxBlockSize``, the batch's largest block compared in full.
    static let maxRetypedBlock = MatchSettings.people().maxBlockSize
    /// At most this many people from the phonetic keys, the smaller blocks' first (a Soundex block of a common
    /// surname holds hundreds).
    static let maxPhoneticCandidates = 50

    /// An import matched at once (``Workspace/clusterAtOnce(_:incoming:trigger:matching:)``): the batch run's clusters
    /// and questions by each record's position in the run (the stored records first), the person each cluster
    /// became, and the records stored so far (a question is asked once both of its records are).
    private var batch: ImportBatch?
    private var batchNext = 0
    private var batchPerson: [Int: PersonID] = [:]
    private var batchQuestions: [Int: [BatchQuestion]] = [:]
    private var storedRecord: [Int: Int64] = [:]
    /// The people a batch-clustered import created: every one of their records is in `recordsByPerson`.
    private var createdAtOnce: Set<PersonID> = []

    /// Whether this command's records were clustered at once (a first import, or one that matched the workspace as a whole).
    var matchesAtOnce: Bool { batch != nil }

    /// A linker working in `tx` with the engine configured by `settings`. With `batch` — the command's records
    /// clustered at once by the engine, with the stored ones — each record joins the person its cluster became
    /// instead of being scored against the stored people.
    init(tx: any StorageTransaction, settings: MatchSettings, batch: ImportBatch? = nil) {
        self.tx = tx
        scorer = CandidateScorer(settings: settings)
        self.batch = batch
        guard let batch else { return }
        for q in batch.questions {
            batchQuestions[q.a, default: []].append(q)
            batchQuestions[q.b, default: []].append(q)
        }
        for (position, id) in batch.stored.enumerated() { storedRecord[position] = id }
        for (c, person) in batch.person.enumerated() { if let person { batchPerson[c] = person } }
        touched = batch.touched
    }

    /// The rows this command is about to link, so each is scored knowing how the rows after it use its email
    /// and phone, as a batch run that reads the whole file knows (see ``CandidateScorer/score(_:against:decisions:context:)``).
    mutating func expect(_ contacts: [ContactRecord]) {
        for c in contacts {
            for key in Linking.blockingKeys(c) where Self.isStrong(key) { upcoming[key, default: []].append(c) }
        }
    }

    /// An email or phone lookup key (``LookupKeys``): one person's identifier, searched first.
    private static func isStrong(_ key: String) -> Bool { key.hasPrefix("e:") || key.hasPrefix("p:") }

    /// Rows still to be linked that share an email or phone with `contact` (at most 50: a handful of other
    /// names already mark a value as shared).
    private func context(for contact: ContactRecord, strong: [String]) -> [ContactRecord] {
        var seen: Set<SourceRecord> = [contact.source]
        var out: [ContactRecord] = []
        for key in strong {
            for c in upcoming[key] ?? [] where !linkedSources.contains(c.source) && seen.insert(c.source).inserted {
                out.append(c)
                if out.count == 50 { return out }
            }
        }
        return out
    }

    /// Links one stored record: to the best candidate the engine links it to, or else to a new person (with a
    /// review pair when the engine was unsure). Returns what it did, the person the record now belongs to and
    /// how many review questions it added.
    mutating func link(recordID: Int64, contact: ContactRecord) throws
        -> (outcome: Outcome, person: PersonID, questions: Int, mixed: MixedPerson?) {
        if let batch {
            let (outcome, person, questions) = try join(batch, recordID: recordID, contact: contact)
            return (outcome, person, questions, nil)
        }
        linkedSources.insert(contact.source)
        let keys = Linking.blockingKeys(contact)
        // Strong keys (email, phone) first: when they already give a link, the name blocks — which can be
        // large for a common surname — are not searched at all.
        let strong = keys.filter(Self.isStrong)
        let context = self.context(for: contact, strong: strong)
        // Then the exact name and organization keys; the ones for a retyped name (date of birth, house number,
        // an email's local part at another domain) and the phonetic ones (a surname typed "Jonson") only when
        // those gave no link, each with its own limit: an office's street or a Soundex block of a common surname
        // is large, and one query's limit over all the keys would crowd out the person the name finds.
        let phonetic = keys.filter { $0.hasPrefix("s:") }
        let retyped = keys.filter { $0.hasPrefix("d:") || $0.hasPrefix("h:") || $0.hasPrefix("l:") }
        let weak = keys.filter { !strong.contains($0) && !phonetic.contains($0) && !retyped.contains($0) }
        var candidates: [MatchCandidate] = []
        var recordIDs: [[Int64]] = []
        var seen: Set<PersonID> = []
        var best: (score: CandidateScore, record: Int64, mixed: MixedPerson?)?
        // Each group with the most people it may bring; nil: only its keys that single a few people out (at
        // most ``maxRetypedBlock``, as the batch windows its large blocks: an office's street or a date of birth
        // shared by many finds no one in particular), with every holder of those. The phonetic keys bring their
        // people smallest block first, up to the one limit: a row typed with its name columns swapped has its own
        // key (a block of a common surname, "Smith" with W) and the swapped one its twin stored ("William" with
        // S, a handful of people), and one query over both let the large block crowd the twin out.
        let groups: [(keys: [String], limit: Int?, smallestFirst: Bool)] = [
            (strong, Self.maxCandidates, false), (weak, Self.maxCandidates, false), (retyped, nil, false),
            (phonetic, Self.maxPhoneticCandidates, true),
        ]
        for (searched, limit, smallestFirst) in groups where !searched.isEmpty {
            if let best, best.score.decision == .link { break }
            let group = limit == nil ? try tx.keys(searched, heldByAtMost: Self.maxRetypedBlock) : searched
            if group.isEmpty { continue }
            let most = limit ?? group.count * Self.maxRetypedBlock
            let found = smallestFirst
                ? try Self.smallestBlocksFirst(group.map { try tx.people(withAnyKey: [$0], limit: most) }, limit: most)
                : try tx.people(withAnyKey: group, limit: most)
            var added = false
            for person in found where seen.insert(person).inserted {
                let records = try records(of: person)
                guard !records.isEmpty else { continue }
                candidates.append(MatchCandidate(id: person.rawValue, records: records.map(\.contact)))
                recordIDs.append(records.map(\.recordID))
                added = true
            }
            guard added else { continue }
            let scores = scorer.score(contact, against: candidates, context: context)
            if let top = CandidateScorer.best(scores), let c = candidates.firstIndex(where: { $0.id == top.candidateID }) {
                let records = candidates[c].records, ids = recordIDs[c]
                best = (top, ids[top.bestRecord], top.heldApartBy.map {
                    MixedPerson(person: PersonID(top.candidateID), matched: (ids[top.bestRecord], records[top.bestRecord].source.reference),
                                conflicting: (ids[$0], records[$0].source.reference), probability: top.probability)
                })
            }
        }
        if let best, best.score.decision == .link {
            let person = PersonID(best.score.candidateID)
            try attach(recordID: recordID, contact: contact, to: person)
            return (.matched, person, 0, nil)
        }
        let person = try tx.newPerson()
        recordsByPerson[person] = []
        try attach(recordID: recordID, contact: contact, to: person)
        if let best, best.score.decision == .review {
            let asked = try Linking.insertReviewPair(tx, record: recordID, candidate: best.record, probability: best.score.probability,
                                                     explanation: best.score.explanation, reason: best.score.reason)
            var mixed = best.mixed
            if let m = mixed {
                mixed?.parted = try Self.partingSuggestion(of: contact, records: records(of: m.person), keeping: m.conflicting.id,
                                                           settings: scorer.settings)
            }
            return (.newPerson, person, asked ? 1 : 0, mixed)
        }
        return (.newPerson, person, 0, nil)
    }

    /// The people of `blocks` (one per lookup key), the smaller blocks' first, at most `limit` of them: a key
    /// held by a few people singles them out, and a large block's people — in no particular order — only fill
    /// what is left.
    ///
    /// ```swift
    /// WorkspaceLinker.smallestBlocksFirst([[a, b, c], [d], [c, e]], limit: 4)   // [d, c, e, a]
    /// ```
    static func smallestBlocksFirst(_ blocks: [[PersonID]], limit: Int) -> [PersonID] {
        var seen: Set<PersonID> = []
        var out: [PersonID] = []
        let order = blocks.indices.sorted { (blocks[$0].count, $0) < (blocks[$1].count, $1) }
        for k in order {
            for person in blocks[k] where seen.insert(person).inserted {
                guard out.count < limit else { return out }
                out.append(person)
            }
        }
        return out
    }

    /// The records of a person a new row says is two people, that the engine puts with the row rather than with
    /// the rest when it clusters the person's records and the row by themselves under `settings`, the ones the
    /// import links with (the row's conflict with `keeping` holds it apart; the rest follows the evidence).
    /// Empty when that run keeps the person whole, takes all of them, or puts `keeping` with the row. A few
    /// dozen records: no cost that shows, and only for a row that raised the warning.
    static func partingSuggestion(of contact: ContactRecord, records: [(recordID: Int64, contact: ContactRecord)],
                                  keeping: Int64, settings: MatchSettings) -> [Int64] {
        guard records.count >= 2 else { return [] }
        let result = Matcher.run(records: Workspace.namedApart(records.map(\.contact) + [contact]), settings: settings)
        let row = records.count
        guard let cluster = result.clusters.first(where: { $0.members.contains(row) }) else { return [] }
        let parted = cluster.members.filter { $0 != row }.map { records[$0].recordID }
        guard !parted.isEmpty, parted.count < records.count, !parted.contains(keeping) else { return [] }
        return parted.sorted()
    }

    /// A record of a batch-clustered import, the next in the command's order: to the person its cluster became,
    /// or a new person for a cluster of new records only; the run's questions about it are stored once the other
    /// record is.
    private mutating func join(_ batch: ImportBatch, recordID: Int64, contact: ContactRecord) throws -> (outcome: Outcome, person: PersonID, questions: Int) {
        let next = batchNext
        batchNext += 1
        guard next < batch.refs.count, batch.refs[next] == RecordRef(contact.source) else {
            throw WorkspaceError.invalidRequest("\(contact.source.reference): not the record the import clustered at position \(next + 1)")
        }
        let position = batch.stored.count + next
        storedRecord[position] = recordID
        var asked = 0
        for question in batchQuestions[position] ?? [] {
            guard let ra = storedRecord[question.a], let rb = storedRecord[question.b], ra != rb else { continue }
            if try Linking.insertReviewPair(tx, record: max(ra, rb), candidate: min(ra, rb), probability: question.probability,
                                            explanation: question.explanation, reason: question.reason) { asked += 1 }
        }
        let cluster = batch.cluster[position]
        if let person = batchPerson[cluster] {
            try attach(recordID: recordID, contact: contact, to: person, searched: false)
            return (.matched, person, asked)
        }
        let person = try tx.newPerson()
        recordsByPerson[person] = []
        createdAtOnce.insert(person)
        batchPerson[cluster] = person
        try attach(recordID: recordID, contact: contact, to: person, searched: false)
        return (.newPerson, person, asked)
    }

    /// Attaches the record to `person`. Its lookup keys are stored at once when a later record of this import
    /// may search them (`searched`); a batch-clustered import searches none, and ``finish()`` stores every
    /// touched person's keys anyway.
    private mutating func attach(recordID: Int64, contact: ContactRecord, to person: PersonID, searched: Bool = true) throws {
        try tx.attach(record: recordID, to: person)
        if searched { try tx.addKeys(Linking.blockingKeys(contact), to: person) }
        recordsByPerson[person, default: []].append((recordID, contact))
        touched.insert(person)
    }

    private mutating func records(of person: PersonID) throws -> [(recordID: Int64, contact: ContactRecord)] {
        if let cached = recordsByPerson[person] { return cached }
        let loaded = try tx.contacts(ofPerson: person)
        recordsByPerson[person] = loaded
        return loaded
    }

    /// Adds an organization seen in a record (a person's employer or a partner-list row), matched by key.
    mutating func noteOrganization(name: String, kind: OrganizationKind?, stated: Bool = false, source: SourceRecord,
                                   record: OrganizationRecord? = nil) throws {
        let key = Linking.organizationKey(name)
        guard !key.isEmpty else { return }
        var org: Organization
        if let cached = organizations[key] {
            org = cached
        } else if let stored = try tx.organization(key: key) {
            org = stored
        } else {
            org = Organization(id: OrganizationID(try tx.nextID(.organization)), name: name.trimmingCharacters(in: .whitespaces), key: key)
        }
        // A kind inferred from a name fills an unknown one; a kind a file's column stated replaces whatever an
        // earlier name or list said. A kind set by hand (`convene classify`) stays.
        if !org.kindOverridden, let kind, kind != .unknown, org.kind == .unknown || stated { org.kind = kind }
        if org.name != name, !(org.alternates["name"] ?? []).contains(where: { $0.value == name }) {
            org.alternates["name", default: []].append(Sourced(name, raw: name, source: source))
        }
        // Provenance: the partner-list rows that describe it, and the first record that named it. Not every
        // employee's record — a large employer would carry tens of thousands of them in every load and save.
        if record != nil || org.sources.isEmpty { org.sources.append(source) }
        if let record {
            org.website = org.website ?? record.website
            org.phone = org.phone ?? record.phone
            if org.address == nil, let street = record.street {
                org.address = [street, record.city, record.postalCode].compactMap { $0 }.joined(separator: ", ")
            }
        }
        organizations[key] = org
        dirtyOrganizations.insert(key)
    }

    /// Saves organizations and rebuilds the golden record of every person touched.
    mutating func finish() throws {
        for key in dirtyOrganizations.sorted() { if let org = organizations[key] { try tx.saveOrganization(org) } }
        for person in touched.sorted() {
            // A person a batch-clustered import created has all of their records here, stored in file order
            // (record IDs count up as the files and their rows are read); anyone else's are read.
            let held = createdAtOnce.contains(person) ? recordsByPerson[person]?.sorted { $0.recordID < $1.recordID }.map(\.contact) : nil
            try Workspace.rebuildPerson(tx, person, contacts: held)
        }
    }
}
