/// The kinds of ID the workspace hands out, each with its own counter and shape.
enum IDKind: String {
    /// People: `P000123`.
    case person
    /// Organizations: `O000042`.
    case organization
    /// Meetings: `M0003`.
    case meeting

    /// The letter an ID of this kind starts with.
    var prefix: String {
        switch self {
        case .person: "P"
        case .organization: "O"
        case .meeting: "M"
        }
    }

    /// How many digits an ID of this kind has at least.
    var width: Int { self == .meeting ? 4 : 6 }
}

/// ID counters, one per ``IDKind``. A number is never handed out twice, so a retired person's ID never comes
/// back as somebody else.
protocol IDCounterStorage {
    /// The next number of `kind`'s counter (1 the first time), which is then used up.
    func takeNumber(_ kind: IDKind) throws -> Int
}

extension IDCounterStorage {
    /// The next ID of `kind`, as its counter's next number in the kind's shape (`P000123`, `O000042`, `M0003`).
    func nextID(_ kind: IDKind) throws -> String {
        let digits = String(try takeNumber(kind))
        return kind.prefix + String(repeating: "0", count: max(0, kind.width - digits.count)) + digits
    }
}
