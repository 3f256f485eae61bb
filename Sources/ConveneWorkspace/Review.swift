import ConveneModel
import Foundation
import GRDB

/// An answer to "are these the same person?", as the review sheet's Decision dropdown offers it.
public enum ReviewAnswer: String, Codable, Sendable, CaseIterable {
    /// One person: applying it merges the two people (the older ID stays).
    case same = "Same"
    /// Two people: they are kept apart for good.
    case notSame = "Not the same"
    /// Decide later: the pair stays open.
    case skip = "Skip"

    /// Parses the dropdown text leniently ("same", "NOT THE SAME", "not same", "skip", empty → nil).
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch t {
        case "same", "yes", "y": self = .same
        case "not the same", "not same", "different", "no", "n": self = .notSame
        case "skip": self = .skip
        default: return nil
        }
    }
}

/// A pair the matcher was unsure about: a record (now its own person) against a record of another person.
public struct ReviewPair: Codable, Sendable, Hashable {
    /// The pair's ID, the first column of the review sheet.
    public var pairID: Int64
    /// The probability that the two records are one person, as the engine scored them.
    public var score: Double
    /// Which comparisons fired, with their weights.
    public var explanation: String
    /// The new record (now its own person).
    public var left: Side
    /// The record of the person it might be.
    public var right: Side

    /// One side of a review pair: a record and the person it now belongs to.
    public struct Side: Codable, Sendable, Hashable {
        /// The person the record belongs to now.
        public var person: PersonID?
        /// Where the record came from.
        public var source: SourceRecord
        /// The record's values, when stored.
        public var contact: ContactRecord?
    }
}

/// What applying a review sheet did.
public struct ReviewApplySummary: Codable, Sendable, Hashable {
    /// Pairs answered "Same": their people were merged.
    public var merged = 0
    /// Pairs answered "Not the same".
    public var keptApart = 0
    /// Pairs answered "Skip" (left open).
    public var skipped = 0
    /// Rows with no decision (left open).
    public var undecided = 0
    /// Rows naming a pair that is no longer open (already decided, or unknown).
    public var stale = 0
    /// An empty summary (all counts 0).
    public init() {}
}

extension Workspace {
    /// The open review pairs, most likely matches first.
    public func openReviewPairs() throws -> [ReviewPair] {
        try read { db in
            let pairs = try Row.fetchAll(db, sql: "SELECT * FROM review_pair WHERE status = 'open' ORDER BY score DESC, id")
            return try pairs.map { row in
                ReviewPair(pairID: row["id"], score: row["score"], explanation: row["explanation"],
                           left: try Self.side(db, row["record_id"]), right: try Self.side(db, row["candidate_record_id"]))
            }
        }
    }

    private static func side(_ db: Database, _ recordID: Int64) throws -> ReviewPair.Side {
        let row = try Row.fetchOne(db, sql: """
            SELECT \(Store.sourceRecordColumns), r.person_id, r.contact_json FROM source_record r JOIN source_file f ON f.id = r.file_id WHERE r.id = ?
            """, arguments: [recordID])!
        return ReviewPair.Side(person: (row["person_id"] as String?).map(PersonID.init), source: try Store.sourceRecord(row),
                               contact: try (row["contact_json"] as String?).map { try Store.decode(ContactRecord.self, $0) })
    }

    /// Applies review answers by pair ID in one transaction. "Same" merges the two people (the older ID stays),
    /// "Not the same" keeps them apart for good, "Skip" leaves the pair open. Every answer is remembered.
    @discardableResult
    public func applyReview(_ answers: [(pairID: Int64, answer: ReviewAnswer?)]) throws -> ReviewApplySummary {
        try write { db in
            var summary = ReviewApplySummary()
            for (pairID, answer) in answers {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM review_pair WHERE id = ? AND status = 'open'", arguments: [pairID]) else {
                    summary.stale += 1
                    continue
                }
                guard let answer else { summary.undecided += 1; continue }
                let a: Int64 = row["record_id"], b: Int64 = row["candidate_record_id"]
                switch answer {
                case .skip:
                    summary.skipped += 1
                    continue
                case .notSame:
                    let pa = try String.fetchOne(db, sql: "SELECT person_id FROM source_record WHERE id = ?", arguments: [a])
                    let pb = try String.fetchOne(db, sql: "SELECT person_id FROM source_record WHERE id = ?", arguments: [b])
                    if let pa, pa == pb {
                        // A rebuild joined them on weak evidence and asked: the newer record leaves that person now.
                        _ = try Self.split(db, PersonID(pa), moving: [max(a, b)], staying: [min(a, b)], origin: "review")
                    } else {
                        try db.execute(sql: "INSERT INTO decision(kind, record_a, record_b, origin, decided_at) VALUES ('not-same', ?, ?, 'review', ?)",
                                       arguments: [a, b, Store.now()])
                    }
                    summary.keptApart += 1
                case .same:
                    let pa = try String.fetchOne(db, sql: "SELECT person_id FROM source_record WHERE id = ?", arguments: [a])
                    let pb = try String.fetchOne(db, sql: "SELECT person_id FROM source_record WHERE id = ?", arguments: [b])
                    if let pa, let pb, pa != pb {
                        let (keep, retire) = pa < pb ? (pa, pb) : (pb, pa)
                        try Self.merge(db, into: PersonID(keep), from: PersonID(retire), origin: "review")
                    }
                    summary.merged += 1
                }
                try db.execute(sql: "UPDATE review_pair SET status = 'decided' WHERE id = ?", arguments: [pairID])
            }
            return summary
        }
    }

    /// Every remembered decision and manual correction, oldest first: (kind, record A, record B, origin).
    public func decisions() throws -> [(kind: String, recordA: Int64, recordB: Int64?, origin: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT kind, record_a, record_b, origin FROM decision ORDER BY id").map {
                ($0["kind"], $0["record_a"], $0["record_b"], $0["origin"])
            }
        }
    }
}
