/// The order the engine reads a run's records in: by reference — the file's name, then its path as the user gave
/// it, then the record number — whatever order the files were listed in.
///
/// Where the engine has to choose between equals it chooses by position: the organization an address stands for
/// when two are named equally often, which record's given name is read against the other's family name in a
/// swapped-name comparison, a sorted neighbourhood's window, the random pairs u is counted on, the order links
/// of equal weight are made. Read in input order, `convene merge a.csv b.csv` and `convene merge b.csv a.csv`
/// (or a workspace that imported the files in another order) could give different people. Read in reference
/// order, the people are a function of the files, not of how they were listed; the file's name comes first so
/// that `./a.csv`, `a.csv` and `/home/me/a.csv` read alike. Results are handed back in input order
/// (``restore(_:refs:knownIDs:idPrefix:)``).
///
/// ```swift
/// let order = ReadingOrder([RecordRef(file: "b.csv", record: 1), RecordRef(file: "a.csv", record: 1)])
/// order.input(0)   // 1: a.csv#1 is read first
/// ```
struct ReadingOrder: Sendable {
    /// Row (reading position) → input index; nil when the input is already in reference order (one file, or
    /// files listed by name), so nothing is permuted.
    let inputOfRow: [Int]?
    /// Input index → row; nil as ``inputOfRow``.
    let rowOfInput: [Int]?

    /// The reading order of records named by `refs` (input order). Equal references — the same file listed
    /// twice — keep their input order: their records are the same.
    init(_ refs: [RecordRef]) {
        // Each file's rank among the files (by name, then path): a run has a few files and many records, which
        // come file by file, so a path is looked up once per run of its records, not once per record.
        var starts: [Int] = []
        for k in refs.indices where k == 0 || refs[k].file != refs[k - 1].file { starts.append(k) }
        let paths = Array(Set(starts.map { refs[$0].file }))
        let names = paths.map { $0.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? $0 }
        var rank: [String: Int] = [:]
        for (r, k) in paths.indices.sorted(by: { (names[$0], paths[$0]) < (names[$1], paths[$1]) }).enumerated() {
            rank[paths[k]] = r
        }
        var fileRank = [Int](repeating: 0, count: refs.count)
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : refs.count
            let r = rank[refs[start].file]!
            for k in start..<end { fileRank[k] = r }
        }
        func before(_ i: Int, _ j: Int) -> Bool {
            (fileRank[i], refs[i].record, i) < (fileRank[j], refs[j].record, j)
        }
        if refs.indices.dropLast().allSatisfy({ before($0, $0 + 1) }) {
            inputOfRow = nil
            rowOfInput = nil
            return
        }
        let rows = refs.indices.sorted(by: before)
        var inverse = [Int](repeating: 0, count: rows.count)
        for (row, input) in rows.enumerated() { inverse[input] = row }
        inputOfRow = rows
        rowOfInput = inverse
    }

    /// The input index read at `row`.
    func input(_ row: Int) -> Int { inputOfRow?[row] ?? row }
    /// The row the record at input index `input` is read at.
    func row(_ input: Int) -> Int { rowOfInput?[input] ?? input }

    /// `values` (in input order) in reading order.
    func rows<T>(_ values: [T]) -> [T] {
        guard let inputOfRow else { return values }
        return inputOfRow.map { values[$0] }
    }

    /// A result computed over rows, in input order: records, entity IDs, cluster members and link ends become
    /// input indices; clusters are in order of their first input record and take their IDs in that order (as a
    /// run over input order would number them); the model keeps reading rows (``MatchResult/explain(_:_:)``).
    func restore(_ result: MatchResult, refs: [RecordRef], knownIDs: [RecordRef: String], idPrefix: String) -> MatchResult {
        guard let inputOfRow else { return result }
        var restored = result
        restored.links = result.links.map { link in
            var l = link
            l.a = inputOfRow[link.a]
            l.b = inputOfRow[link.b]
            return l
        }
        var clusters = result.clusters.map { cluster in
            var c = cluster
            c.members = cluster.members.map { inputOfRow[$0] }.sorted()
            return c
        }
        clusters.sort { $0.members[0] < $1.members[0] }
        let ids = ClusterState.assignIDs(clusters.map(\.members), refs: refs, knownIDs: knownIDs, prefix: idPrefix)
        var entityIDs = [String](repeating: "", count: refs.count)
        for c in clusters.indices {
            clusters[c].id = ids[c]
            for m in clusters[c].members { entityIDs[m] = ids[c] }
        }
        restored.clusters = clusters
        restored.entityIDs = entityIDs
        restored.records = refs
        restored.rowOfRecord = rowOfInput
        return restored
    }
}
