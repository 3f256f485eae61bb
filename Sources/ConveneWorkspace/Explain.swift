import ConveneMatch
import ConveneModel
import Foundation
import GRDB

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
        return try read { db in
            let (settings, estimatedFrom) = try Self.storedMatchSettings(db) ?? (Self.defaultMatchSettings, 0)
            let scorer = CandidateScorer(settings: settings)
            let rows = try Row.fetchAll(db, sql: "SELECT id, contact_json FROM source_record WHERE person_id = ? AND contact_json IS NOT NULL ORDER BY id",
                                        arguments: [id.rawValue])
            let contacts = try rows.map { (row: Row) -> (Int64, ContactRecord) in (row["id"], try Store.decode(ContactRecord.self, row["contact_json"] as String)) }
            var links: [PersonExplanation.RecordLink] = []
            for (k, (recordID, contact)) in contacts.enumerated() {
                var strongest: PairExplanation?
                if k > 0 {
                    let earlier = contacts[..<k].map(\.1)
                    let score = scorer.score(contact, against: [MatchCandidate(id: id.rawValue, records: earlier)]).first
                    strongest = score?.explanation
                }
                let decisions = try Row.fetchAll(db, sql: """
                    SELECT kind, record_a, record_b, origin FROM decision WHERE record_a = ? OR record_b = ? ORDER BY id
                    """, arguments: [recordID, recordID]).compactMap { row -> (String, Int64, String)? in
                    let a: Int64 = row["record_a"]
                    guard let b = row["record_b"] as Int64? else { return nil }
                    return (row["kind"], a == recordID ? b : a, row["origin"])
                }
                let source = detail.records.first { $0.recordID == recordID }?.source ?? contact.source
                links.append(.init(recordID: recordID, source: source, strongest: strongest, decisions: decisions))
            }
            return PersonExplanation(person: detail.person, records: links,
                                     parameterSource: estimatedFrom > 0 ? "parameters estimated from \(estimatedFrom) records"
                                                                        : "parameters: the engine's defaults")
        }
    }
}
