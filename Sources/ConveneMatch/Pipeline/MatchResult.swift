import ConveneModel

/// A linked pair: two records (indices into ``MatchResult/records``) joined because their probability reached
/// the match threshold (or a person said "same").
///
/// ```swift
/// for link in result.links where !link.decided {
///     print(result.records[link.a], result.records[link.b], link.weight)   // a.csv#3 b.csv#17 14.2
/// }
/// ```
public struct MatchLink: Hashable, Codable, Sendable {
    /// The first record (index into ``MatchResult/records``).
    public var a: Int
    /// The second record (index into ``MatchResult/records``).
    public var b: Int
    /// The pair's total weight in bits (infinite for a "same" decision).
    public var weight: Double
    /// The pair's probability (1 for a "same" decision).
    public var probability: Double
    /// True when a "same" review decision made this link, whatever the score.
    public var decided: Bool
}

/// One cluster: the records the engine believes are one person (or organization).
///
/// ```swift
/// for cluster in result.clusters where cluster.members.count > 1 {
///     print(cluster.id, cluster.members.map { result.records[$0] }, cluster.isWeak ? "weak" : "")
/// }
/// ```
public struct MatchCluster: Hashable, Codable, Sendable {
    /// The person or organization ID (`P000001`, `O000001`), stable across runs given the previous IDs.
    public var id: String
    /// Indices into ``MatchResult/records``, ascending.
    public var members: [Int]
    /// Indices into ``MatchResult/links`` of the links that hold it together (a spanning tree).
    public var links: [Int]
    /// The lowest probability among its links (1 for a single record).
    public var weakestLink: Double
    /// Internal agreement is weak: some link is below ``MatchSettings/weakLinkProbability``.
    public var isWeak: Bool
}

/// Counts that show what the run did and what it cost.
///
/// ```swift
/// let s = result.statistics
/// print("\(s.records) records, \(s.candidatePairs) pairs compared, \(s.clusters) people, \(s.reviewPairs) to review")
/// ```
public struct MatchStatistics: Hashable, Codable, Sendable {
    /// Records in the run.
    public var records = 0
    /// Pairs proposed by each blocking key (and "sorted-neighbourhood") before deduplication.
    public var proposedPairsByKey: [String: Int] = [:]
    /// Distinct candidate pairs compared.
    public var candidatePairs = 0
    /// Links made (including those a "same" decision forced).
    public var linkedPairs = 0
    /// Questions in the review queue, all of them (``MatchResult/reviewList`` keeps the first 5,000).
    public var reviewPairs = 0
    /// Links at or above the threshold refused by a review decision or a cannot-link floor.
    public var refusedUnions = 0
    /// Connected components of the confident links that were split because records in them could not be one
    /// person (strong negative evidence between them).
    public var splitClusters = 0
    /// Clusters (people or organizations), singletons included.
    public var clusters = 0
    /// Clusters reported as weak (``MatchCluster/isWeak``).
    public var weakClusters = 0
    /// Whether m/u were estimated from this data (false: defaults or given values were used).
    public var parametersEstimated = false
    /// Where the parameters came from, in words: "estimated from 9,919 records (1,204 confident pairs)",
    /// "defaults: input too small or too distinct (…)", or "given".
    public var parameterSource = ""
    /// How the input's records of a name that no email or phone ties to another of it split between the name's
    /// known person and strangers, in words (see `SinglesFit`): "a known person's 0.248 per name, strangers'
    /// 0.612 per record expected by chance (fitted on 104,897 names)", the default line a small input uses
    /// ("default: …"), or why there is none.
    public var untiedRecords = ""
    /// Wall-clock seconds per phase (features, blocking, comparing, training, scoring, clustering, golden records).
    public var phaseSeconds: [String: Double] = [:]
}

/// The outcome of a match run: clusters, golden records, the review list, and the trained settings.
///
/// `Codable` so a workspace can keep it; the in-memory model behind ``explain(_:_:)`` is not encoded.
///
/// ```swift
/// let result = Matcher.run(records: contacts)
/// print(result.people.count, "people;", result.reviewList.count, "questions")
/// let idOfFirst = result.idsByRecord[result.records[0]]
/// ```
public struct MatchResult: Codable, Sendable {
    /// The settings with the m/u and prior this run used (estimated or given): save them to reproduce the run.
    public var settings: MatchSettings
    /// Every input record, in input order (the engine reads them in reference order, see `ReadingOrder`; every
    /// index here is an input index).
    public var records: [RecordRef]
    /// Record index → its cluster's ID (person or organization ID).
    public var entityIDs: [String]
    /// The clusters, in order of their first record.
    public var clusters: [MatchCluster]
    /// Every link that holds a cluster together; ``MatchCluster/links`` indexes into it.
    public var links: [MatchLink]
    /// The review queue, ranked (see ``ReviewItem``), at most 5,000 items; ``MatchStatistics/reviewPairs``
    /// counts all of it.
    public var reviewList: [ReviewItem]
    /// Golden records (person runs), in cluster order.
    public var people: [Person]
    /// Golden records (organization runs), in cluster order.
    public var organizations: [Organization]
    /// What the run did and what it cost.
    public var statistics: MatchStatistics

    var model: MatchModel?
    /// When the engine read the records in another order than input order: input index → the model's row
    /// (`ReadingOrder`); nil when the two orders are the same.
    var rowOfRecord: [Int]?

    enum CodingKeys: String, CodingKey {
        case settings, records, entityIDs, clusters, links, reviewList, people, organizations, statistics
    }

    /// The ID each record was given, keyed by reference (what `--clusters` writes and the workspace stores).
    public var idsByRecord: [RecordRef: String] {
        Dictionary(zip(records, entityIDs), uniquingKeysWith: { a, _ in a })
    }

    /// Explains the comparison of two records of this run (nil if a record is unknown or the result was decoded).
    ///
    /// ```swift
    /// if let why = result.explain(RecordRef(reference: "a.csv#3")!, RecordRef(reference: "b.csv#17")!) {
    ///     print(why.text)
    /// }
    /// ```
    public func explain(_ a: RecordRef, _ b: RecordRef) -> PairExplanation? {
        guard let i = records.firstIndex(of: a), let j = records.firstIndex(of: b) else { return nil }
        return explain(records: i, j)
    }

    /// The model's explanation of input records i and j, read as the run scored them: by their rows, the
    /// earlier row first.
    func explain(records i: Int, _ j: Int) -> PairExplanation? {
        guard let model else { return nil }
        let (a, b) = (rowOfRecord?[i] ?? i, rowOfRecord?[j] ?? j)
        return a <= b ? model.explain(a, b, names: (records[i], records[j]))
                      : model.explain(b, a, names: (records[j], records[i]))
    }

    /// The explanation of one link of ``links``.
    ///
    /// ```swift
    /// let texts = result.links.compactMap { result.explanation(of: $0)?.text }
    /// ```
    public func explanation(of link: MatchLink) -> PairExplanation? {
        explain(records: link.a, link.b)
    }

    /// The explanation of a cluster: its members and every link that joined it.
    ///
    /// ```swift
    /// let weak = result.clusters.filter(\.isWeak).map { result.explanation(of: $0).text }
    /// ```
    public func explanation(of cluster: MatchCluster) -> ClusterExplanation {
        ClusterExplanation(clusterID: cluster.id, members: cluster.members.map { records[$0] },
                           links: cluster.links.compactMap { explanation(of: links[$0]) }, isWeak: cluster.isWeak)
    }

    /// Rows for the workbook's explanation sheet: one per comparison per link, with the cluster ID first.
    ///
    /// ```swift
    /// let rows = [MatchResult.explanationHeader] + result.explanationRows()   // the workbook's Explanation sheet
    /// ```
    public func explanationRows() -> [[String]] {
        var rows: [[String]] = []
        for cluster in clusters where cluster.members.count > 1 {
            for l in cluster.links {
                guard let e = explanation(of: links[l]) else { continue }
                rows += e.tableRows.map { [cluster.id] + $0 }
            }
        }
        return rows
    }

    /// Header of ``explanationRows()``.
    public static let explanationHeader = ["ID"] + PairExplanation.tableHeader
}
