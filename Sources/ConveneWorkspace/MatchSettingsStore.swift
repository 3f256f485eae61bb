import ConveneMatch
import ConveneModel
import Foundation

/// The match engine's settings kept in the workspace: ConveneMatch's comparisons, guards and thresholds, with
/// m, u and the prior estimated from the workspace's own records once there are enough of them.
extension Workspace {
    /// ConveneMatch's person settings with the workspace's thresholds. Stricter than a batch run's: a record
    /// linked here is re-clustered only when a later import matches the workspace at once or a person runs a rebuild, so a
    /// link must be surer (an unsure pair costs one review row, a wrong link a person's history); between the two
    /// thresholds a person decides.
    public static var defaultMatchSettings: MatchSettings {
        var settings = MatchSettings.people()
        settings.matchThreshold = 0.92
        settings.reviewThreshold = 0.5
        return settings
    }

    /// The stored settings, or the defaults when none were stored yet.
    ///
    /// ```swift
    /// let settings = try workspace.matchSettings()
    /// print(settings.matchThreshold, settings.comparisons.map(\.name))
    /// ```
    public func matchSettings() throws -> MatchSettings {
        try storage.read { tx in try Self.storedSettings(tx)?.settings ?? Self.defaultMatchSettings }
    }

    /// The stored model with the workspace's thresholds (``defaultMatchSettings``'s), and the record count it
    /// was last checked at. No command sets other thresholds; a rebuild before 6fda82f stored merge's (0.5 / 0.05)
    /// with its parameters, and they are not read: every import after it would link at 0.5.
    static func storedSettings(_ tx: any StorageTransaction) throws -> (settings: MatchSettings, estimatedFrom: Int)? {
        guard let stored = try tx.storedMatchSettings() else { return nil }
        return (forLinking(stored.settings), stored.estimatedFrom)
    }

    /// How an import of `incoming` is matched: all at once (``clusterAtOnce(_:incoming:trigger:matching:)``), or
    /// each new record linked to the people already there. At once, always, in a workspace that holds no record
    /// yet (two records or more: there is no one to link to).
    /// Otherwise once the records, stored and new, are at least `minimumRecordsForEstimation` (the fewest the
    /// parameters are estimated from), when
    /// - the workspace reaches that many for the first time since it was matched as a whole (a first import or
    ///   a rebuild below it noted no count): the model can be estimated now; or
    /// - it has doubled since it was last matched as a whole (a first import or a rebuild of that size, or an
    ///   import like this one): rows linked one at a time in between are matched again with the rest, and these
    ///   runs over a workspace's life add up to about two of its final size; or
    /// - the import brings at least a quarter as many records as are stored: one batch run then costs less than
    ///   linking them one at a time (synthetic 100k as 75,000 + 25,000: 53 s row by row, F1 0.949; 22 s at
    ///   once, 0.958, `merge`'s).
    /// A record linked one at a time can only join the people read before it, at the stricter threshold, and
    /// never brings two stored people together; the partnership corpus imported file by file came out at F1
    /// 0.934 that way, against 0.979 matched at once when it doubled. Whichever import crosses the doubling line
    /// runs the batch — a sign-in sheet too, once per doubling.
    static func importMatching(_ tx: any StorageTransaction, incoming: [ContactRecord]) throws -> ImportMatching {
        guard !incoming.isEmpty else { return .rowByRow }
        let stored = try tx.contactRecordCount(), total = stored + incoming.count
        if stored == 0 { return incoming.count >= 2 ? .firstImport : .rowByRow }
        guard total >= defaultMatchSettings.minimumRecordsForEstimation else { return .rowByRow }
        let last = try storedSettings(tx)?.estimatedFrom ?? 0
        if last == 0 { return .wholeWorkspace(.enoughRecords) }
        if total >= 2 * last { return .wholeWorkspace(.doubled) }
        if 4 * incoming.count >= stored { return .wholeWorkspace(.largeImport) }
        return .rowByRow
    }

    /// How an import matches its records (``importMatching(_:incoming:)``).
    enum ImportMatching: Equatable {
        /// Each new record is linked to the people already stored, one at a time.
        case rowByRow
        /// The workspace holds no record yet: the import's records are clustered at once.
        case firstImport
        /// Every stored record and the new ones are clustered at once, for this reason.
        case wholeWorkspace(WorkspaceRematch.Trigger)
    }

    /// An import that matches the whole workspace at once (``importMatching(_:incoming:)``): ConveneMatch's batch
    /// run clusters every stored record and the `incoming` ones together — `merge`'s run, as `convene rebuild`
    /// makes it, with every review decision, merge and split applied — with parameters estimated from all of
    /// them when they overlap enough to learn from (``minimumRepeatShare``), and stored for the imports after it.
    /// The stored records go to the people the clusters become (``assignPeople(_:recordIDs:oldPerson:retiredBy:_:)``: IDs
    /// stay stable, every one that changed is redirected); the new ones join them as the import stores them.
    /// Asked about: the run's questions in the workspace's review band and, as in a rebuild, a link made on
    /// weaker evidence than the workspace links a record on.
    /// - Parameter trigger: why the stored records are matched again; nil for a first import (none are stored).
    /// - Returns: the settings the import links with, the clusters by run position, and — when there were
    ///   stored records — what matching them again did.
    static func clusterAtOnce(_ tx: any StorageTransaction, incoming: [ContactRecord], trigger: WorkspaceRematch.Trigger?,
                              matching: (@Sendable (MatchPhase) -> Void)? = nil) throws
        -> (settings: MatchSettings, batch: ImportBatch, rematch: WorkspaceRematch?) {
        // The run's records — the stored ones named as a rebuild names them, then the new ones — and who each
        // stored one belonged to. (The stored tuples, with their files, go before the run.)
        var stored = try storedRun(tx.contactRecords(), tx)
        var records = stored.records
        stored.records = []                                   // one copy of the contacts, appended to in place
        records += namedApart(incoming, taken: Set(stored.refs), numberedFrom: Int(stored.recordIDs.max() ?? 0))
        let (recordIDs, oldPerson, decisions) = (stored.recordIDs, stored.oldPerson, stored.decisions)
        let storedCount = recordIDs.count

        // `linking`: what later imports link one record at a time with (the workspace's thresholds); `run`: the
        // same parameters, deciding as merge does. From `minimumRecordsForEstimation` records on, the run checks
        // the parameters and the count it ran at is noted: the workspace was matched as a whole.
        let kept = try storedSettings(tx)?.settings ?? defaultMatchSettings
        var linking = kept, run = kept
        run.estimateParameters = false
        var check: (total: Int, train: Bool)?
        if records.count >= defaultMatchSettings.minimumRecordsForEstimation {
            // EM learns what a match looks like from the matches in the data; a workspace whose records hardly
            // ever repeat (one big list of distinct people) teaches it that sharing a name is a match. Until the
            // records show real overlap, keep what the workspace has — the parameters an earlier check estimated,
            // or the engine's defaults.
            let train = repeatShare(records) >= minimumRepeatShare
            if train { linking = defaultMatchSettings; run = linking }
            run.estimateParameters = train
            check = (records.count, train)
        }
        let result = Matcher.run(records: records, settings: forBatch(run), decisions: decisions, progress: matching)
        if let check {
            // Estimated: the new model. Where the engine declined (too few near-certain pairs), what the workspace
            // had stays, not the defaults the run started from.
            if check.train, result.statistics.parametersEstimated { linking = forLinking(result.settings) }
            try tx.saveMatchSettings(linking, estimatedFrom: check.total)
        }

        var files: [String] = []
        for contact in incoming where !files.contains(contact.source.file) { files.append(contact.source.file) }
        let retiredBy = "convene import of " + (files.first ?? "") + (files.count > 1 ? " and \(files.count - 1) more" : "")
        let people = try assignPeople(result.clusters.map(\.members), recordIDs: recordIDs, oldPerson: oldPerson,
                                      retiredBy: retiredBy, tx)
        var cluster = [Int](repeating: 0, count: records.count)
        for (c, members) in result.clusters.enumerated() {
            for m in members.members { cluster[m] = c }
        }
        // The review queue: questions between stored records that now share a person are not asked again (the
        // run asks its own, below); the run's questions between two stored records are asked now, the others
        // once the new record is stored.
        if storedCount > 0 { try tx.setAsideReviewPairsWithinOnePerson() }
        let reason = storedCount == 0 ? "matching the whole import at once joined them on weaker evidence than an import links a record on"
            : "matching the whole workspace at once joined them on weaker evidence than an import links a record on"
        var pending: [BatchQuestion] = []
        var asked = 0
        for question in batchQuestions(result, weakLinkReason: reason) {
            guard question.a < storedCount, question.b < storedCount else { pending.append(question); continue }
            let a = recordIDs[question.a], b = recordIDs[question.b]
            if try Linking.insertReviewPair(tx, record: max(a, b), candidate: min(a, b), probability: question.probability,
                                            explanation: question.explanation, reason: question.reason) { asked += 1 }
        }
        let batch = ImportBatch(stored: recordIDs, refs: incoming.map { RecordRef($0.source) }, cluster: cluster,
                                person: people.person, questions: pending, touched: people.touched)
        let keptSource = linking.comparisons == defaultMatchSettings.comparisons && linking.prior == defaultMatchSettings.prior
            ? "the engine's defaults" : "the workspace's, as estimated before"
        let parameterSource = run.estimateParameters ? result.statistics.parameterSource
            : check != nil ? "\(keptSource) (the records hardly repeat one another: nothing new to learn from)" : "as stored"
        let rematch = storedCount == 0 ? nil : trigger.map {
            WorkspaceRematch(trigger: $0, storedRecords: storedCount, newRecords: incoming.count, redirects: people.redirects,
                             parameterSource: parameterSource, reviewItems: asked)
        }
        return (linking, batch, rematch)
    }

    /// `records` as a batch run of the workspace's own reads them: a run names each record by its file and number,
    /// and a record whose name an earlier one took — two files of one name in a command (possible through the
    /// library, where a file's path need not be its records' name), a stored file and a new one (`taken`: the
    /// names the run's stored records have, ``runRefs(_:_:)``) — is named by its position after
    /// `numberedFrom` instead (the highest stored record ID: a stored record renamed so is named by its ID).
    static func namedApart(_ records: [ContactRecord], taken: Set<RecordRef> = [], numberedFrom: Int = 0) -> [ContactRecord] {
        var records = records
        var seen = taken
        for i in records.indices where !seen.insert(RecordRef(records[i].source)).inserted {
            records[i].source.file = ""
            records[i].source.record = numberedFrom + i + 1
            seen.insert(RecordRef(records[i].source))
        }
        return records
    }

    /// A model as a batch run (a first import, a rebuild) decides with it: merge's thresholds, asking only from
    /// the workspace's review threshold.
    static func forBatch(_ settings: MatchSettings) -> MatchSettings {
        var run = settings
        let batch = MatchSettings.people()
        run.matchThreshold = batch.matchThreshold
        run.reviewThreshold = batch.reviewThreshold
        run.questionFloor = defaultMatchSettings.reviewThreshold
        return run
    }

    /// A model (as a batch run estimated or was given it) with the workspace's thresholds: what imports link one
    /// record at a time with. A batch decides at merge's thresholds; stored as they are, they would have every
    /// later import link at 0.5.
    static func forLinking(_ settings: MatchSettings) -> MatchSettings {
        var linking = settings
        let workspace = defaultMatchSettings
        linking.estimateParameters = false
        linking.matchThreshold = workspace.matchThreshold
        linking.reviewThreshold = workspace.reviewThreshold
        linking.questionFloor = nil
        return linking
    }

    /// What a batch run (a first import, a rebuild, run with ``forBatch(_:)``) leaves for the workspace's review
    /// queue: its questions, in the workspace's review band — merge's reaches down to 0.05, where two people are
    /// nearly certain — and every link it made below the workspace's link threshold, with `weakLinkReason`. Its
    /// records are named by their index in the run's input (each reference the run read names one record).
    static func batchQuestions(_ result: MatchResult, weakLinkReason: String) -> [BatchQuestion] {
        let linking = defaultMatchSettings
        let index = Dictionary(result.records.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var questions = result.reviewList.compactMap { item -> BatchQuestion? in
            guard item.probability >= linking.reviewThreshold, let a = index[item.a], let b = index[item.b] else { return nil }
            return BatchQuestion(a: a, b: b, probability: item.probability, explanation: item.explanation, reason: item.reason)
        }
        for link in result.links where !link.decided && link.probability < linking.matchThreshold {
            guard let explanation = result.explanation(of: link) else { continue }
            questions.append(BatchQuestion(a: link.a, b: link.b, probability: link.probability,
                                           explanation: explanation, reason: weakLinkReason))
        }
        return questions
    }

    /// Parameters are estimated only when at least this share of records repeats an earlier record's identifier
    /// (``repeatShare(_:)``).
    static let minimumRepeatShare = 0.05

    /// The share of records that repeat an earlier record's identifier: a cheap sign of how much the lists
    /// overlap, i.e. of how many matches the training data holds. An identifier is an email, a phone (digits), or
    /// a full name written exactly as before together with the same date of birth or the same street — a list
    /// typed from paper (no email, no phone) repeats its people that way, while a list of distinct people does
    /// not: a common name recurs, but at another street, and a household's members differ in given name.
    ///
    /// ```swift
    /// Workspace.repeatShare(records)   // 0.0 for 100,000 distinct people; 0.41 for FEBRL 3's typed copies
    /// ```
    static func repeatShare(_ records: [ContactRecord]) -> Double {
        guard !records.isEmpty else { return 0 }
        func folded(_ s: String?) -> String { (s ?? "").lowercased().filter { $0.isLetter || $0.isNumber } }
        var seen: Set<String> = []
        var repeats = 0
        for r in records {
            var keys = r.emails.map { "e:" + $0.lowercased() } + r.phones.map { "p:" + $0.filter(\.isNumber) }.filter { $0.count > 8 }
            let given = folded(r.name.given), family = folded(r.name.family)
            if !given.isEmpty, !family.isEmpty {
                let name = given + " " + family
                let born = folded(r.dateOfBirth), street = folded(r.street)
                if !born.isEmpty { keys.append("b:" + name + "|" + born) }
                if !street.isEmpty { keys.append("a:" + name + "|" + street) }
            }
            if keys.contains(where: seen.contains) { repeats += 1 }
            seen.formUnion(keys)
        }
        return Double(repeats) / Double(records.count)
    }
}

/// A question a batch run leaves for the review queue about two of its records, by their index in the run's
/// input (``Workspace/batchQuestions(_:weakLinkReason:)``).
struct BatchQuestion {
    var a: Int
    var b: Int
    var probability: Double
    var explanation: PairExplanation
    var reason: String?
}

/// An import's records clustered at once with the stored ones (``Workspace/clusterAtOnce(_:incoming:matching:)``),
/// by their position in the run: the stored records first, then the command's new contact records in the order
/// the import links them.
struct ImportBatch {
    /// The stored records' IDs (positions `0..<stored.count`): none in a workspace that held no one.
    var stored: [Int64]
    /// Each new record's file and number, to check that the import links the records in this order.
    var refs: [RecordRef]
    /// Each record's cluster (an index: one person per cluster).
    var cluster: [Int]
    /// Each cluster's person, where it holds a stored record; nil where the import creates it.
    var person: [PersonID?]
    /// The run's review questions naming a new record, and the links it made below the workspace's link
    /// threshold (records by position).
    var questions: [BatchQuestion]
    /// People whose stored records moved: their golden records are due.
    var touched: Set<PersonID>
}
