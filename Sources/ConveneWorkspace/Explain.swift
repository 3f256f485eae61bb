import ConveneMatch
import ConveneModel
import Foundation

/// Why a person in the workspace holds the records they hold, read from what the workspace stored: its records,
/// its match settings (the parameters its last training or `rebuild` estimated) and every decision about them.
///
/// ```swift
/// let why = try workspace.explain(person: PersonID("P000001"))   // convene explain --person P000001
/// print(why.text)
/// ```
public struct PersonExplanation: Sendable {
    /// One record, and the evidence joining it to the person's other records.
    ///
    /// ```swift
    /// for link in try workspace.explain(person: PersonID("P000001")).records {
    ///     print(link.recordID, link.source.reference, link.strongest?.totalWeight ?? 0, link.decisions.count)
    /// }
    /// ```
    public struct RecordLink: Sendable {
        /// The workspace's number for the record.
        public var recordID: Int64
        /// The file and row it came from.
        public var source: SourceRecord
        /// The comparison with the most alike of the person's earlier records (nil for the first record).
        public var strongest: PairExplanation?
        /// The decisions naming this record: (kind, other record, origin).
        public var decisions: [(kind: String, other: Int64, origin: String)]
    }
    /// The golden record explained.
    public var person: Person
    /// Each of the person's records, with its evidence.
    public var records: [RecordLink]
    /// Where the settings came from ("estimated from N records" / "defaults").
    public var parameterSource: String

    /// The explanation as `convene explain` prints it.
    public var text: String {
        var lines = ["\(person.id)  \(person.name.displayName): \(records.count) record(s); \(parameterSource)"]
        for r in records {
            lines.append("[\(r.recordID)] \(r.source.reference)")
            if let e = r.strongest {
                lines += e.text.split(separator: "\n").map { "    " + $0 }
            } else {
                lines.append("    (the person's first record)")
            }
            for d in r.decisions { lines.append("    decision: \(d.kind) with [\(d.other)] (\(d.origin))") }
        }
        return lines.joined(separator: "\n")
    }
}

extension Workspace {
    /// Explains one person from the stored records, settings and decisions (no files are read, nothing re-run
    /// but the comparisons of this person's own records).
    ///
    /// ```swift
    /// print(try workspace.explain(person: PersonID("P000012")).text)
    /// ```
    public func explain(person id: PersonID) throws -> PersonExplanation {
        let detail = try person(id)
        return try storage.read { tx in
            let (settings, estimatedFrom) = try Self.storedSettings(tx) ?? (Self.defaultMatchSettings, 0)
            let scorer = CandidateScorer(settings: settings)
            let contacts = try tx.contacts(ofPerson: id)
            var links: [PersonExplanation.RecordLink] = []
            for (k, (recordID, contact)) in contacts.enumerated() {
                var strongest: PairExplanation?
                if k > 0 {
                    let earlier = contacts[..<k].map(\.contact)
                    let score = scorer.score(contact, against: [MatchCandidate(id: id.rawValue, records: earlier)]).first
                    strongest = score?.explanation
                }
                let decisions = try tx.decisions(naming: recordID).compactMap { d -> (String, Int64, String)? in
                    guard let b = d.recordB else { return nil }
                    return (d.kind, d.recordA == recordID ? b : d.recordA, d.origin)
                }
                let source = detail.records.first { $0.recordID == recordID }?.source ?? contact.source
                links.append(.init(recordID: recordID, source: source, strongest: strongest, decisions: decisions))
            }
            // A check that kept the defaults (records that hardly repeat, or too few near-certain pairs: nothing to
            // learn from) is noted at the count it ran at, so that it is not repeated; the model is the defaults.
            let defaults = Self.defaultMatchSettings
            let kept = settings.comparisons == defaults.comparisons && settings.prior == defaults.prior
            let source = estimatedFrom == 0 ? "parameters: the engine's defaults"
                : kept ? "parameters: the engine's defaults (checked at \(estimatedFrom) records: nothing to learn from)"
                : "parameters estimated from \(estimatedFrom) records"
            return PersonExplanation(person: detail.person, records: links, parameterSource: source)
        }
    }
}
