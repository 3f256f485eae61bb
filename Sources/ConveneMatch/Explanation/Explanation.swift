import Foundation
/// One comparison's contribution to a pair's score: which level fired and its weight.
///
/// ```swift
/// for term in explanation.terms {
///     print(term.comparison, term.level, term.valueA, term.valueB, term.weight)   // email exact bob@acme.com bob@acme.com 9.1
/// }
/// ```
public struct ExplanationTerm: Hashable, Codable, Sendable {
    /// The comparison's name ("first name").
    public var comparison: String
    /// The level that fired, with any note ("exact (frequency +2.10)", "different").
    public var level: String
    /// Record A's value as compared (folded).
    public var valueA: String
    /// Record B's value as compared; "(swapped)" is appended when names were compared the other way round.
    public var valueB: String
    /// Match weight in bits (log2 m/u, with term-frequency adjustment where it applies).
    public var weight: Double
}

/// Why two records were (or were not) linked: the prior, each comparison's level and weight, and the total.
///
/// ```swift
/// let why = result.explain(RecordRef(file: "a.csv", record: 3), RecordRef(file: "b.csv", record: 17))!
/// print(why.priorWeight, why.totalWeight, why.probability)
/// print(why.text)                                   // one line per comparison: level and weight
/// let rows = [PairExplanation.tableHeader] + why.tableRows
/// ```
public struct PairExplanation: Hashable, Codable, Sendable {
    /// The first record.
    public var a: RecordRef
    /// The second record.
    public var b: RecordRef
    /// The prior's weight in bits, log2(prior / (1 − prior)).
    public var priorWeight: Double
    /// One term per comparison both records could be compared on, in the settings' order.
    public var terms: [ExplanationTerm]
    /// The prior plus every term, in bits.
    public var totalWeight: Double
    /// The total weight as a probability, 2^total / (1 + 2^total).
    public var probability: Double

    /// A readable waterfall:
    /// ```
    /// a.csv#1 ↔ b.csv#4: total +21.3 bits, probability 1.000
    ///   prior                      -3.17
    ///   first name   nickname   +4.02   bob | robert
    /// ```
    public var text: String {
        var lines = ["\(a) ↔ \(b): total \(Self.signed(totalWeight)) bits, probability \(Self.fixed(probability, 3))"]
        // The level column is as wide as its longest label: a label cut short ("exact (full name, frequency +2")
        // ran into its weight and read as another number.
        let width = max(28, (terms.map(\.level.count).max() ?? 0) + 2)
        lines.append("  " + "prior".padding(toLength: 16, withPad: " ", startingAt: 0) + "".padding(toLength: width, withPad: " ", startingAt: 0)
                     + Self.signed(priorWeight))
        for t in terms {
            lines.append("  " + t.comparison.padding(toLength: 16, withPad: " ", startingAt: 0)
                         + t.level.padding(toLength: width, withPad: " ", startingAt: 0) + Self.signed(t.weight)
                         + (t.valueA.isEmpty && t.valueB.isEmpty ? "" : "   \(t.valueA) | \(t.valueB)"))
        }
        return lines.joined(separator: "\n")
    }

    /// Header of ``tableRows`` (for the workbook's explanation sheet).
    public static let tableHeader = ["Record A", "Record B", "Comparison", "Level", "Value A", "Value B", "Weight",
                                     "Total weight", "Probability"]

    /// One row per comparison, plus the prior, ready for a worksheet.
    public var tableRows: [[String]] {
        var rows = [[a.description, b.description, "prior", "", "", "", Self.fixed(priorWeight, 2),
                     Self.fixed(totalWeight, 2), Self.fixed(probability, 4)]]
        for t in terms {
            rows.append([a.description, b.description, t.comparison, t.level, t.valueA, t.valueB,
                         Self.fixed(t.weight, 2), Self.fixed(totalWeight, 2), Self.fixed(probability, 4)])
        }
        return rows
    }

    static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + fixed(x, 2) }
    static func fixed(_ x: Double, _ digits: Int) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let r = (x * p).rounded() / p
        var s = "\(r)"
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        } else if digits > 0 { s += "." + String(repeating: "0", count: digits) }
        return s
    }
}

/// Why a cluster holds together: the links that joined it (a spanning tree), and whether it is weak.
///
/// ```swift
/// let cluster = result.explanation(of: result.clusters[0])
/// print(cluster.clusterID, cluster.members, cluster.isWeak)
/// print(cluster.text)                               // every link that joined it
/// ```
public struct ClusterExplanation: Hashable, Codable, Sendable {
    /// The cluster's ID (`P000001`).
    public var clusterID: String
    /// Its records.
    public var members: [RecordRef]
    /// The explanation of each link that joined it.
    public var links: [PairExplanation]
    /// True when some link is below ``MatchSettings/weakLinkProbability``.
    public var isWeak: Bool

    /// The cluster as text: its ID and size, each member, then each link's waterfall (``PairExplanation/text``).
    ///
    /// ```swift
    /// print(result.explanation(of: result.clusters[0]).text)
    /// // P000001: 2 records
    /// //   - contacts-chamber.csv#1
    /// //   - contacts-workforce-board.csv#1
    /// // contacts-chamber.csv#1 ↔ contacts-workforce-board.csv#1: total +19.39 bits, probability 1.000
    /// // …
    /// ```
    public var text: String {
        var out = "\(clusterID): \(members.count) records" + (isWeak ? " (weak)" : "") + "\n"
        out += members.map { "  - \($0)" }.joined(separator: "\n")
        for link in links { out += "\n" + link.text }
        return out
    }
}

extension MatchSettings {
    /// Header of ``parameterRows``.
    public static let parameterHeader = ["Comparison", "Level", "m", "u", "Weight (bits)", "Bounds"]

    /// The model's parameters, one row per comparison level (the prior first): what `convene merge --parameters`
    /// prints and the workbook's Parameters sheet holds.
    ///
    /// ```swift
    /// for row in result.settings.parameterRows { print(row.joined(separator: "\t")) }
    /// // prior                            -5.61   probability 0.02
    /// // first name  exact  0.8  0.01  +6.32   ≥ +0.00, term-frequency adjusted
    /// ```
    public var parameterRows: [[String]] {
        var rows = [["prior", "", "", "", PairExplanation.signed(MatchWeight.log2Ratio(prior, 1 - prior)),
                     "probability \(String(format: "%.3g", prior))"]]
        for c in comparisons {
            for l in c.levels where !l.isNull {
                var bounds: [String] = []
                if let lo = l.minimumWeight { bounds.append("≥ " + PairExplanation.signed(lo)) }
                if let hi = l.maximumWeight { bounds.append("≤ " + PairExplanation.signed(hi)) }
                if l.tfAdjusted { bounds.append("term-frequency adjusted") }
                rows.append([c.name, l.label, String(format: "%.4g", l.m), String(format: "%.4g", l.u),
                             PairExplanation.signed(l.effectiveWeight(limit: weightLimit)),
                             bounds.joined(separator: ", ")])
                for given in l.ifCoverAgrees ?? [] {
                    let covering = comparisons.first { $0.column == given.column }?.name ?? given.column.rawValue
                    rows.append([c.name, "\(l.label), given the same \(covering)",
                                 String(format: "%.4g", given.m), String(format: "%.4g", given.u),
                                 PairExplanation.signed(l.weightIfCoverAgrees(given.column, limit: weightLimit)),
                                 "≥ +0.00, ≤ the plain weight"])
                }
                if let cm = l.mIfCoverDiffers, let cu = l.uIfCoverDiffers, !c.conditionedOn.isEmpty {
                    let covering = c.conditionedOn.compactMap { col in comparisons.first { $0.column == col }?.name }
                    rows.append([c.name, "\(l.label), given another \(covering.joined(separator: " or "))",
                                 String(format: "%.4g", cm), String(format: "%.4g", cu),
                                 PairExplanation.signed(l.weightIfCoverDiffers(limit: weightLimit)),
                                 l.effectiveWeight(limit: weightLimit) < 0 ? "≥ the plain weight, ≤ +0.00"
                                     : l.agreementIsConditional == true ? "≥ +0.00, ≤ the plain weight"
                                     : "an agreement: its plain weight"])
                }
            }
        }
        return rows
    }

    /// ``parameterRows`` as aligned text.
    public var parameterText: String {
        let rows = [Self.parameterHeader] + parameterRows
        let widths = (0..<Self.parameterHeader.count).map { i in rows.map { $0[i].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
