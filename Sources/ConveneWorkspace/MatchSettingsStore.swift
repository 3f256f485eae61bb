import ConveneMatch
import ConveneModel
import Foundation

/// The match engine's settings kept in the workspace: ConveneMatch's comparisons, guards and thresholds, with
/// m, u and the prior estimated from the workspace's own records once there are enough of them.
extension Workspace {
    /// ConveneMatch's person settings with the workspace's thresholds. Stricter than a batch run's: a record
    /// linked here is never re-clustered later, so a link must be surer (an unsure pair costs one review row, a
    /// wrong link a person's history); between the two thresholds a person decides.
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

    /// The settings to link `incoming` records with, inside the caller's transaction. Parameters are
    /// (re-)estimated by ConveneMatch's training over every contact record (stored + incoming) when there are
    /// at least `minimumRecordsForEstimation` of them, their number has doubled since the last check, and they
    /// overlap enough to hold matches to learn from (``minimumRepeatShare``) — so training runs a handful of
    /// times over a workspace's life, and a sign-in sheet never waits for it. Otherwise the engine's defaults
    /// are used, as in a batch run on small data.
    static func matchSettingsForLinking(_ tx: any StorageTransaction, incoming: [ContactRecord]) throws -> MatchSettings {
        switch try trainingPlan(tx, incoming: incoming) {
        case .keep(let settings):
            return settings
        case let .check(base, records, train, total):
            let trained = train ? CandidateScorer.estimate(base, records: records) : base
            try tx.saveMatchSettings(trained, estimatedFrom: total)
            return trained
        }
    }

    /// An import into a workspace that holds no one yet: ConveneMatch's batch run clusters the `incoming`
    /// records all at once — `merge`'s run, as `convene rebuild` makes it — with the parameters chosen, estimated
    /// and stored as ``matchSettingsForLinking(_:incoming:)`` would (the run that estimates them is the one that
    /// clusters; where that keeps the defaults because the records hardly repeat, `merge` might have tried to
    /// estimate them). Asked about: the run's questions in the workspace's review band and, as in a rebuild, a
    /// link made on weaker evidence than the workspace links a record on.
    /// Linked one at a time instead, a record could only join the people read before it, at the stricter
    /// threshold: 100,000 contacts took 3.5 minutes and came out further from `merge`'s partition.
    static func clusterFirstImport(_ tx: any StorageTransaction, incoming: [ContactRecord],
                                   matching: (@Sendable (MatchPhase) -> Void)? = nil) throws -> (settings: MatchSettings, batch: FirstImportBatch) {
        // `linking`: what later imports link one record at a time with (the workspace's thresholds); `run`: the
        // same parameters, deciding as merge does.
        var linking: MatchSettings, run: MatchSettings
        var check: (total: Int, train: Bool)?
        switch try trainingPlan(tx, incoming: incoming) {
        case .keep(let kept):
            linking = kept
            run = kept
            run.estimateParameters = false
        case let .check(base, _, train, total):
            linking = base
            run = base
            run.estimateParameters = train
            check = (total, train)
        }
        run = forBatch(run)
        let records = namedApart(incoming)
        let result = Matcher.run(records: records, settings: run, progress: matching)
        if let check {
            if check.train { linking = forLinking(result.settings) }
            try tx.saveMatchSettings(linking, estimatedFrom: check.total)
        }

        var cluster = [Int](repeating: 0, count: records.count)
        for (c, members) in result.clusters.enumerated() {
            for m in members.members { cluster[m] = c }
        }
        let questions = batchQuestions(result, weakLinkReason: "matching the whole import at once joined them on weaker evidence than an import links a record on")
        return (linking, FirstImportBatch(refs: incoming.map { RecordRef($0.source) }, cluster: cluster, questions: questions))
    }

    /// `records` as a batch run of the workspace's own reads them: a run names each record by its file and number,
    /// and a record whose name an earlier one took — two files of one name in a command (possible through the
    /// library, where a file's path need not be its records' name), a stored file and a new one — is named by
    /// its position instead.
    static func namedApart(_ records: [ContactRecord]) -> [ContactRecord] {
        var records = records
        var seen: Set<RecordRef> = []
        for i in records.indices where !seen.insert(RecordRef(records[i].source)).inserted {
            records[i].source.file = ""
            records[i].source.record = i + 1
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

    /// What linking `incoming` does about the parameters: keep the stored settings (or the defaults), or check
    /// them over `records` — every stored and incoming contact record — estimating them when `train`, and noting
    /// that the check ran at `total` records.
    private enum TrainingPlan {
        case keep(MatchSettings)
        case check(base: MatchSettings, records: [ContactRecord], train: Bool, total: Int)
    }

    private static func trainingPlan(_ tx: any StorageTransaction, incoming: [ContactRecord]) throws -> TrainingPlan {
        let stored = try storedSettings(tx)
        let base = defaultMatchSettings                  // the workspace's thresholds; parameters re-estimated
        let existing = try tx.contactRecordCount()
        let total = existing + incoming.count
        let last = stored?.estimatedFrom ?? 0
        guard total >= base.minimumRecordsForEstimation, total >= 2 * last else {
            return .keep(stored?.settings ?? base)
        }
        var records = try tx.contactRecords().map(\.contact)
        records += incoming
        // EM learns what a match looks like from the matches in the data; a workspace whose records hardly ever
        // repeat (one big list of distinct people) teaches it that sharing a name is a match. Until the records
        // show real overlap, keep the engine's defaults — and note the check, so it is not repeated until the
        // workspace doubles again.
        return .check(base: base, records: records, train: repeatShare(records) >= minimumRepeatShare, total: total)
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

/// The records of an import into an empty workspace, clustered at once (``Workspace/clusterFirstImport(_:incoming:)``),
/// by their position among the command's new contact records — the order the import links them in.
struct FirstImportBatch {
    /// Each record's file and number, to check that the import links the records in this order.
    var refs: [RecordRef]
    /// Each record's cluster (an index: one person per cluster).
    var cluster: [Int]
    /// The run's review questions, and the links it made below the workspace's link threshold (records by
    /// position).
    var questions: [BatchQuestion]
}
