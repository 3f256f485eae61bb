/// Clustering: connected components over linked pairs, built strongest link first, with guards against chaining.
///
/// A union is refused when it would put together records a person said are not the same, or two groups with
/// conflicting strong evidence (see ``ConflictRule``) — so "Jane Smith, Acme, jane@acme.com" and
/// "Jane Smith, Beta, jsmith@beta.org" stay apart even if a third record resembles both.
struct GuardedUnionFind {
    private(set) var parent: [Int32]
    private var size: [Int32]
    private var emails: [[Int32]]
    private var organizations: [[Int32]]
    private var dates: [[Int32]]
    private var streetNumbers: [[Int32]]
    private var phones: [[Int32]]
    /// The organization column, to tell "close" organization names (variants) from different ones.
    private let organizationColumn: FeatureColumnData
    private var forbidden: [[Int32]]
    /// Members of each root with more than one record (a singleton's only member is itself).
    private var members: [[Int32]]
    /// Scores a pair of records (total match weight), for the average-link check; nil disables it.
    var pairWeight: ((Int, Int) -> Double)?
    /// Two clusters join only if the mean weight of the pairs between them is at least this.
    var minimumAverageWeight: Double = 0
    let rules: Set<ConflictRule>
    private(set) var refused = 0

    init(table: FeatureTable, rules: [ConflictRule]) {
        let n = table.count
        parent = (0..<Int32(n)).map { $0 }
        size = [Int32](repeating: 1, count: n)
        self.rules = Set(rules)
        let email = table[.email], org = table[.organization], dob = table[.dateOfBirth]
        emails = (0..<n).map { r in email.values(of: r).map { email.ids[$0] }.filter { !email.ignored[Int($0)] }.sorted() }
        organizations = (0..<n).map { r in org.values(of: r).map { org.ids[$0] }.sorted() }
        dates = (0..<n).map { r in dob.values(of: r).map { dob.ids[$0] }.sorted() }
        streetNumbers = (0..<n).map { GuardedUnionFind.houseNumbers(table, $0) }
        let phone = table[.phone]
        phones = (0..<n).map { r in phone.values(of: r).map { phone.ids[$0] }.sorted() }
        organizationColumn = org
        forbidden = [[Int32]](repeating: [], count: n)
        members = [[Int32]](repeating: [], count: n)
    }

    /// Grows the structure for records appended to the table (incremental linking).
    mutating func extend(table: FeatureTable) {
        let email = table[.email], org = table[.organization], dob = table[.dateOfBirth]
        for r in parent.count..<table.count {
            parent.append(Int32(r)); size.append(1)
            emails.append(email.values(of: r).map { email.ids[$0] }.filter { !email.ignored[Int($0)] }.sorted())
            organizations.append(org.values(of: r).map { org.ids[$0] }.sorted())
            dates.append(dob.values(of: r).map { dob.ids[$0] }.sorted())
            streetNumbers.append(GuardedUnionFind.houseNumbers(table, r))
            let phone = table[.phone]
            phones.append(phone.values(of: r).map { phone.ids[$0] }.sorted())
            forbidden.append([])
            members.append([])
        }
    }

    /// The house-number keys of a record's street (the street column's derived key; negative = no number).
    static func houseNumbers(_ table: FeatureTable, _ r: Int) -> [Int32] {
        let street = table[.street]
        return street.values(of: r).map { street.aux[Int(street.ids[$0])] }.filter { $0 >= 0 }.sorted()
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != Int32(r) { r = Int(parent[r]) }
        var c = x
        while parent[c] != Int32(r) { let next = Int(parent[c]); parent[c] = Int32(r); c = next }
        return r
    }

    mutating func forbid(_ a: Int, _ b: Int) {
        forbidden[a].append(Int32(b))
        forbidden[b].append(Int32(a))
        let ra = find(a), rb = find(b)
        if ra != a { forbidden[ra].append(Int32(b)) }
        if rb != b { forbidden[rb].append(Int32(a)) }
    }

    /// Would joining the clusters of a and b break a decision or a conflict rule?
    mutating func conflict(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        let (small, other) = forbidden[ra].count <= forbidden[rb].count ? (ra, rb) : (rb, ra)
        for f in forbidden[small] where find(Int(f)) == other { return true }
        if rules.contains(.differentEmailsAndOrganizations),
           disjoint(emails[ra], emails[rb]), disjoint(organizations[ra], organizations[rb]) { return true }
        if rules.contains(.differentDatesOfBirth), disjoint(dates[ra], dates[rb]) { return true }
        if rules.contains(.differentOrganizationsWithoutSharedContact), disjoint(organizations[ra], organizations[rb]),
           !shareAny(emails[ra], emails[rb]), !shareAny(phones[ra], phones[rb]),
           !organizationsClose(organizations[ra], organizations[rb]) { return true }
        if rules.contains(.differentStreetNumbers), disjoint(streetNumbers[ra], streetNumbers[rb]) { return true }
        if let pairWeight, !averageAgrees(ra, rb, pairWeight) { return true }
        return false
    }

    /// Chaining guard: a link between two clusters must be backed by the other pairs across them. A chain
    /// A–B–C where A and C disagree is refused when the mean weight across the clusters is below the minimum.
    /// At most 8×8 pairs are scored, so the check costs O(1) per union.
    private func averageAgrees(_ ra: Int, _ rb: Int, _ score: (Int, Int) -> Double) -> Bool {
        let ma = members[ra].isEmpty ? [Int32(ra)] : members[ra]
        let mb = members[rb].isEmpty ? [Int32(rb)] : members[rb]
        if ma.count == 1 && mb.count == 1 { return true }              // the link itself is the only evidence
        func sample(_ m: [Int32]) -> [Int32] {
            m.count <= 8 ? m : (0..<8).map { m[$0 * m.count / 8] }
        }
        var total = 0.0, n = 0
        for x in sample(ma) { for y in sample(mb) { total += score(Int(x), Int(y)); n += 1 } }
        return total / Double(n) >= minimumAverageWeight
    }

    /// Joins the clusters of a and b unless guarded; `force` (a "same" decision) skips the guards.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, force: Bool = false) -> Bool {
        var ra = find(a), rb = find(b)
        if ra == rb { return true }
        if !force && conflict(a, b) { refused += 1; return false }
        // Lower index wins ties so the root is deterministic; union by size otherwise.
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        emails[ra] = merged(emails[ra], emails[rb]); emails[rb] = []
        organizations[ra] = merged(organizations[ra], organizations[rb]); organizations[rb] = []
        dates[ra] = merged(dates[ra], dates[rb]); dates[rb] = []
        streetNumbers[ra] = merged(streetNumbers[ra], streetNumbers[rb]); streetNumbers[rb] = []
        phones[ra] = merged(phones[ra], phones[rb]); phones[rb] = []
        forbidden[ra] += forbidden[rb]; forbidden[rb] = []
        members[ra] = (members[ra].isEmpty ? [Int32(ra)] : members[ra]) + (members[rb].isEmpty ? [Int32(rb)] : members[rb])
        members[rb] = []
        return true
    }

    /// Both non-empty and sharing no value.
    private func disjoint(_ x: [Int32], _ y: [Int32]) -> Bool {
        if x.isEmpty || y.isEmpty { return false }
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { return false }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    private func shareAny(_ x: [Int32], _ y: [Int32]) -> Bool {
        !x.isEmpty && !y.isEmpty && !disjoint(x, y)
    }

    /// Some organization of one side is a close variant of one of the other ("acme technologies" / "acme tech").
    private func organizationsClose(_ x: [Int32], _ y: [Int32]) -> Bool {
        for a in x { for b in y {
            if Comparer.level(.text, organizationColumn, a, b) <= 2 { return true }
        } }
        return false
    }

    private func merged(_ x: [Int32], _ y: [Int32]) -> [Int32] {
        if y.isEmpty { return x }
        if x.isEmpty { return y }
        var out: [Int32] = []
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            let v: Int32
            if j >= y.count || (i < x.count && x[i] <= y[j]) { v = x[i]; i += 1 } else { v = y[j]; j += 1 }
            if out.last != v { out.append(v) }
        }
        return out
    }
}
