import ConveneModel
import Foundation

/// The match pipeline, as Splink lays it out: features → blocking → comparisons → training (u by random pairs,
/// m by EM) → scoring → guarded clustering → golden records.
///
/// ```swift
/// let result = Matcher.run(records: contacts, settings: .people(), decisions: savedDecisions,
///                          knownIDs: previousRun.idsByRecord)
/// for person in result.people { print(person.id, person.name.displayName, person.sources.count) }
/// ```
public enum Matcher {
    /// Links people. `decisions` are always respected; `knownIDs` (record → person ID from an earlier run)
    /// keeps person IDs stable: a cluster takes the oldest known ID among its records.
    ///
    /// ```swift
    /// let contacts = try ["a.csv", "b.csv"].flatMap { try Importer.read(url: URL(fileURLWithPath: $0)).contacts }
    /// let result = Matcher.run(records: contacts, settings: .people(), decisions: decisions, knownIDs: earlier.idsByRecord)
    /// ```
    public static func run(records: [ContactRecord], settings: MatchSettings = .people(),
                           decisions: [ReviewDecision] = [], knownIDs: [RecordRef: String] = [:],
                           progress: (@Sendable (MatchPhase) -> Void)? = nil) -> MatchResult {
        var result = run(count: records.count, fields: { RecordFields(records[$0]) },
                         refs: records.map { RecordRef($0.source) }, settings: settings,
                         decisions: decisions, knownIDs: knownIDs, idPrefix: "P", progress: progress)
        let start = Date()
        progress?(.goldenRecords(people: result.clusters.count))
        result.people = GoldenRecords.people(result, records: records)
        result.statistics.phaseSeconds["golden records"] = Date().timeIntervalSince(start)
        MatchTrace.report("match", "golden records", seconds: result.statistics.phaseSeconds["golden records"]!)
        return result
    }

    /// Links organizations (name key, address, phone, website) with the same machinery.
    ///
    /// ```swift
    /// let partners = try Importer.read(url: URL(fileURLWithPath: "partners.csv")).organizations
    /// let result = Matcher.run(organizations: partners)
    /// print(result.organizations.map(\.name))
    /// ```
    public static func run(organizations: [OrganizationRecord], settings: MatchSettings = .organizations(),
                           decisions: [ReviewDecision] = [], knownIDs: [RecordRef: String] = [:],
                           progress: (@Sendable (MatchPhase) -> Void)? = nil) -> MatchResult {
        var result = run(count: organizations.count, fields: { RecordFields(organizations[$0]) },
                         refs: organizations.map { RecordRef($0.source) }, settings: settings,
                         decisions: decisions, knownIDs: knownIDs, idPrefix: "O", progress: progress)
        progress?(.goldenRecords(people: result.clusters.count))
        result.organizations = GoldenRecords.organizations(result, records: organizations)
        return result
    }

    /// A trained model over a run's records, before any pair is scored: the features, the candidate pairs with
    /// their γ patterns, and the settings with the m/u and prior training chose.
    struct Trained {
        var table: FeatureTable
        var settings: MatchSettings
        var comparer: Comparer
        var pairs: [UInt64]
        /// One slot per candidate pair, holding its γ pattern's bits (see ``train(count:fields:settings:blocking:lap:progress:)``).
        var patterns: [Double]
        var stats: MatchStatistics
        var model: MatchModel { MatchModel(table: table, settings: settings, comparer: comparer) }
    }

    /// Features → blocking → comparing → training: everything a pair's score depends on. `fields(i)` is called
    /// once per record, in order: records are folded one at a time (no second copy of them all). With `blocking`
    /// false and nothing to estimate (settings given, e.g. a saved model), no candidate pair is formed at all.
    static func train(count: Int, fields: @Sendable (Int) -> RecordFields, settings input: MatchSettings,
                      blocking: Bool = true, lap: (String) -> Void = { _ in },
                      progress: (@Sendable (MatchPhase) -> Void)? = nil) -> Trained {
        var settings = input
        progress?(.features(records: count))
        var table = FeatureTable()
        table.appendAll(count: count, fields)
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        lap("features")
        var stats = MatchStatistics()
        stats.records = table.count
        stats.untiedRecords = SinglesFit.summary(table.singlesFit)
        let estimate = settings.estimateParameters && table.count >= settings.minimumRecordsForEstimation
        let comparer = Comparer(table: table, comparisons: settings.comparisons)
        guard blocking || estimate else {
            stats.parameterSource = settings.estimateParameters
                ? "defaults: input too small or too distinct (\(table.count) records; \(settings.minimumRecordsForEstimation) needed)"
                : "given"
            return Trained(table: table, settings: settings, comparer: comparer, pairs: [], patterns: [], stats: stats)
        }
        progress?(.blocking)
        var blocked = Blocker(table: table, settings: settings).candidatePairs(trainingSample: estimate ? 200_000 : 0)
        let pairs = blocked.0
        stats.proposedPairsByKey = blocked.1
        stats.candidatePairs = pairs.count
        if MatchTrace.isOn {
            let keys = stats.proposedPairsByKey.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("match trace: \(pairs.count) candidate pairs; proposed by \(keys)\n".utf8))
        }
        lap("blocking")
        progress?(.comparing(pairs: pairs.count))

        // One 8-byte slot per candidate pair, first holding its γ pattern, then overwritten in place by its weight
        // (peak memory at a million records). A pattern uses at most 60 low bits with the exponent bits clear,
        // so as a Double it is a zero or subnormal, never a NaN: the bits survive every copy unchanged.
        let patterns: [Double] = Parallel.map(pairs) { p in
            Double(bitPattern: comparer.pattern(Int(p >> 32), Int(p & 0xFFFF_FFFF)))
        }
        lap("comparing")
        if estimate { progress?(.training) }
        var learnable = estimate
        if estimate {
            // EM learns what a match looks like from the matches in the data: an input of distinct people has
            // none to show it, and would teach it that sharing a name is a match. Keep the defaults then.
            let confident = Training.confidentPairs(scorer: Scorer(settings: settings, table: table), comparer: comparer,
                                                    pairs: pairs, patterns: patterns)
            learnable = confident >= settings.minimumConfidentPairsForEstimation
            stats.parameterSource = learnable
                ? "estimated from \(table.count) records (about \(confident) near-certain pairs to learn from)"
                : "defaults: input too small or too distinct (about \(confident) near-certain pairs; \(settings.minimumConfidentPairsForEstimation) needed)"
        } else {
            stats.parameterSource = settings.estimateParameters
                ? "defaults: input too small or too distinct (\(table.count) records; \(settings.minimumRecordsForEstimation) needed)"
                : "given"
        }
        if learnable {
            var levels = settings.comparisons.map(\.levels)
            Training.estimateU(comparer, recordCount: table.count, sampleSize: settings.uSampleSize,
                               seed: settings.seed, into: &levels)
            Training.estimateParameters(comparer, recordCount: table.count, sessions: blocked.2, allPatterns: patterns,
                                        candidatePairs: pairs, levels: &levels,
                                        prior: &settings.prior, iterations: settings.emIterations,
                                        weightLimit: settings.weightLimit)
            Training.enforceMonotoneWeights(&levels)
            // A few shares per covered level need no more than 100,000 pairs per session (comparing them costs
            // about 0.3 s a session at a million records).
            Training.estimateCoverAgreement(comparer, table: table, levels: &levels, limit: settings.weightLimit,
                                            seed: settings.seed, sampleSize: min(settings.uSampleSize, 100_000),
                                            iterations: settings.emIterations)
            for i in settings.comparisons.indices { settings.comparisons[i].levels = levels[i] }
            stats.parametersEstimated = true
        }
        // The training sample is no longer needed: give its memory back before scoring (peak RSS at 1M records).
        blocked.2 = []
        lap("training")
        return Trained(table: table, settings: settings, comparer: comparer, pairs: pairs, patterns: patterns, stats: stats)
    }

    /// The whole run over `count` records: ``train(count:fields:settings:blocking:lap:progress:)``, then scoring and
    /// guarded clustering.
    static func run(count: Int, fields: @Sendable (Int) -> RecordFields, refs: [RecordRef], settings input: MatchSettings,
                    decisions: [ReviewDecision], knownIDs: [RecordRef: String], idPrefix: String,
                    progress: (@Sendable (MatchPhase) -> Void)? = nil) -> MatchResult {
        var clock = Date()
        var phases: [String: Double] = [:]
        func lap(_ name: String) {
            phases[name] = Date().timeIntervalSince(clock); clock = Date()
            MatchTrace.report("match", name, seconds: phases[name]!)
        }
        // Read in reference order, so the people do not depend on the order the files were listed in.
        let order = ReadingOrder(refs)
        var trained = train(count: count, fields: { fields(order.input($0)) }, settings: input, lap: lap, progress: progress)
        let pairs = trained.pairs, comparer = trained.comparer, settings = trained.settings
        let model = trained.model
        progress?(.scoring(pairs: pairs.count))
        var scores = trained.patterns
        trained.patterns = []
        Parallel.update(&scores) { k, pattern in
            model.scorer.weight(comparer, Int(pairs[k] >> 32), Int(pairs[k] & 0xFFFF_FFFF), pattern: pattern.bitPattern)
        }
        let weights = scores
        scores = []
        lap("scoring")
        progress?(.clustering)
        var state = ClusterState(table: trained.table, settings: settings, refs: order.rows(refs), model: model)
        state.apply(decisions: decisions)
        state.link(pairs: pairs, weights: weights)
        var result = order.restore(state.result(model: model, stats: trained.stats, pairs: pairs, weights: weights,
                                                knownIDs: knownIDs, idPrefix: idPrefix),
                                   refs: refs, knownIDs: knownIDs, idPrefix: idPrefix)
        lap("clustering")
        result.statistics.phaseSeconds = phases
        return result
    }
}

/// Where a ``Matcher`` run is, reported as each phase starts: what a command shows while a large input is
/// matched (a million contacts take a minute or more, most of it in these phases).
///
/// ```swift
/// let result = Matcher.run(records: contacts) { phase in print(phase.description) }   // preparing 5000 records …
/// ```
public enum MatchPhase: Sendable, Equatable, CustomStringConvertible {
    /// Folding each record's fields for comparison.
    case features(records: Int)
    /// Finding the candidate pairs (blocking).
    case blocking
    /// Comparing each candidate pair, field by field.
    case comparing(pairs: Int)
    /// Estimating m, u and the prior from the input.
    case training
    /// Weighing each candidate pair.
    case scoring(pairs: Int)
    /// Joining the pairs into people, with the guards.
    case clustering
    /// Building each cluster's golden record: a person's, or an organization's in an organizations run.
    case goldenRecords(people: Int)

    /// In words, for a status line.
    ///
    /// ```swift
    /// MatchPhase.comparing(pairs: 1_234_567).description   // "comparing 1234567 candidate pairs"
    /// ```
    public var description: String {
        switch self {
        case .features(let records): return "preparing \(records) records"
        case .blocking: return "finding candidate pairs"
        case .comparing(let pairs): return "comparing \(pairs) candidate pairs"
        case .training: return "estimating the model's parameters"
        case .scoring(let pairs): return "weighing \(pairs) candidate pairs"
        case .clustering: return "joining records into people"
        case .goldenRecords(let people): return "building \(people) golden records"
        }
    }
}
