import ConveneModel

/// Links new records (tonight's sign-in sheet) to the people of an earlier run without re-clustering everything.
///
/// It keeps the earlier run's trained settings, feature table, blocking index and clusters; each call compares only
/// the new records with their blocks and neighbours, applies the same guards, and keeps every existing person ID
/// (when two people merge, the older ID survives). Linking in steps gives the same clusters as one batch run with
/// the same settings over all records (see the tests).
///
/// ```swift
/// let linker = IncrementalLinker(records: everyone, result: lastRun)
/// let updated = linker.link(tonight, decisions: savedDecisions)
/// ```
public final class IncrementalLinker {
    /// Every record linked so far, earlier run's first, in input order.
    public private(set) var records: [ContactRecord]
    /// The latest result over ``records``.
    public private(set) var result: MatchResult
    private var table = FeatureTable()
    private var state: ClusterState
    private var index: [UInt64: [Int32]] = [:]
    private var orders: [[(key: String, record: Int32)]]
    private let settings: MatchSettings

    /// Starts from an earlier run over `records` (same records, same order as that run's input).
    ///
    /// ```swift
    /// let earlier = Matcher.run(records: records)
    /// let linker = IncrementalLinker(records: records, result: earlier)
    /// ```
    public init(records: [ContactRecord], result: MatchResult) {
        var settings = result.settings
        settings.estimateParameters = false
        self.settings = settings
        self.records = records
        self.result = result
        for r in records { table.append(RecordFields(r)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        state = ClusterState(table: table, settings: settings, refs: records.map { RecordRef($0.source) })
        orders = IncrementalLinker.orderSpecs(settings.entity).map { _ in [] }
        // Rebuild the clusters of the earlier run as they were (its links are the evidence).
        for l in result.links { state.unions.union(l.a, l.b) }
        state.links = result.links
        for r in 0..<table.count { _ = candidates(for: r) }
    }

    static func orderSpecs(_ entity: MatchEntity) -> [[FeatureColumn]] {
        entity == .person ? [[.familyName, .givenName], [.givenName, .familyName], [.email]] : [[.organization], [.street]]
    }

    /// Records already indexed that share a block with record r or sit next to it in name order; then indexes r.
    private func candidates(for r: Int) -> [Int] {
        var found: Set<Int> = []
        let blocker = Blocker(table: table, settings: settings, orders: [])
        for key in settings.blockingKeys {
            for k in blocker.keys(key, record: r) {
                let members = index[k, default: []]
                // A huge block (a shared info@) is compared with its latest members only, as batch windows it.
                for m in members.suffix(settings.maxBlockSize) { found.insert(Int(m)) }
                index[k, default: []].append(Int32(r))
            }
        }
        if settings.sortedNeighbourhoodWindow > 0 {
            for (o, cols) in IncrementalLinker.orderSpecs(settings.entity).enumerated() {
                let key = cols.map { c in table[c].first(of: r).map { table[c].text($0) } ?? "" }.joined(separator: "\u{1}")
                if !key.contains(where: { $0 != "\u{1}" }) { continue }
                var lo = 0, hi = orders[o].count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    let e = orders[o][mid]
                    if (e.key, e.record) < (key, Int32(r)) { lo = mid + 1 } else { hi = mid }
                }
                let w = settings.sortedNeighbourhoodWindow
                for j in max(0, lo - w)..<min(orders[o].count, lo + w) { found.insert(Int(orders[o][j].record)) }
                orders[o].insert((key, Int32(r)), at: lo)
            }
        }
        found.remove(r)
        return found.sorted()
    }

    /// Links `newRecords` to the existing people; returns the updated result (all records, stable IDs).
    ///
    /// ```swift
    /// let linker = IncrementalLinker(records: records, result: Matcher.run(records: records))
    /// let updated = linker.link(tonightsSignIns)
    /// print(updated.statistics.clusters, "people")   // earlier IDs kept, walk-ins get new ones
    /// ```
    @discardableResult
    public func link(_ newRecords: [ContactRecord], decisions: [ReviewDecision] = []) -> MatchResult {
        let known = result.idsByRecord
        let first = table.count
        for r in newRecords { table.append(RecordFields(r)) }
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        records += newRecords
        state.extend(table: table, refs: newRecords.map { RecordRef($0.source) })
        let model = MatchModel(table: table, settings: settings)
        state.unions.conflicts = { a, b, link in model.cannotLink(a, b, againstLink: link) }
        var pairs: [UInt64] = []
        for r in first..<table.count {
            for c in candidates(for: r) { pairs.append(ClusterState.key(c, r)) }
        }
        pairs = Array(Set(pairs)).sorted()
        let weights = pairs.map { model.score(Int($0 >> 32), Int($0 & 0xFFFF_FFFF)).weight }
        state.apply(decisions: decisions)
        state.link(pairs: pairs, weights: weights)
        var stats = result.statistics
        stats.records = table.count
        stats.candidatePairs += pairs.count
        var updated = state.result(model: model, stats: stats, pairs: pairs, weights: weights, knownIDs: known,
                                   idPrefix: settings.entity == .person ? "P" : "O")
        updated.people = GoldenRecords.people(updated, records: records)
        result = updated
        return updated
    }
}
