import ConveneModel
import GRDB

extension SQLiteTransaction: ReviewStorage {
    /// An insert on the pair's unique index that reopens a moot row of the pair (its ID kept) and leaves an
    /// open or decided one alone; the evidence as JSON.
    func insertReviewPair(record: Int64, candidate: Int64, score: Double, explanation: String,
                          evidence: ReviewPair.Evidence) throws -> Bool {
        try db.executeCached(sql: """
            INSERT INTO review_pair(record_id, candidate_record_id, score, explanation, evidence_json)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(record_id, candidate_record_id) DO UPDATE SET
              score = excluded.score, explanation = excluded.explanation, evidence_json = excluded.evidence_json, status = 'open'
            WHERE status = 'moot'
            """, arguments: [record, candidate, score, explanation, try Self.json(evidence)])
        return db.changesCount > 0
    }

    /// The row, if its status is still open.
    func openReviewPair(_ id: Int64) throws -> ReviewQuestion? {
        try Row.fetchOne(db, sql: "SELECT * FROM review_pair WHERE id = ? AND status = 'open'", arguments: [id]).map(Self.question(from:))
    }

    /// The open rows by ID.
    func openReviewPairs() throws -> [ReviewQuestion] {
        try Row.fetchAll(db, sql: "SELECT * FROM review_pair WHERE status = 'open' ORDER BY id").map(Self.question(from:))
    }

    /// Counts the open rows.
    func openReviewPairCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_pair WHERE status = 'open'") ?? 0
    }

    /// The open rows' records' `person_id`s, by row ID.
    func openReviewPairPeople() throws -> [(a: PersonID?, b: PersonID?)] {
        try Row.fetchAll(db, sql: """
            SELECT ra.person_id AS pa, rb.person_id AS pb FROM review_pair q
            JOIN source_record ra ON ra.id = q.record_id JOIN source_record rb ON rb.id = q.candidate_record_id
            WHERE q.status = 'open' ORDER BY q.id
            """).map { row in ((row["pa"] as String?).map(PersonID.init), (row["pb"] as String?).map(PersonID.init)) }
    }

    /// Sets the row's status to decided.
    func markReviewPairDecided(_ id: Int64) throws {
        try db.executeCached(sql: "UPDATE review_pair SET status = 'decided' WHERE id = ?", arguments: [id])
    }

    /// Sets decided on the open rows whose two records have one `person_id`.
    func closeReviewPairsWithinOnePerson() throws {
        try db.executeCached(sql: """
            UPDATE review_pair SET status = 'decided' WHERE status = 'open' AND
              (SELECT person_id FROM source_record WHERE id = record_id) = (SELECT person_id FROM source_record WHERE id = candidate_record_id)
            """)
    }

    /// Sets moot on the open rows whose two records have one `person_id`. Kept, not deleted: SQLite gives a new
    /// row the highest ID plus one, so deleting the newest questions would hand their IDs to the next ones, and
    /// a review sheet written before would answer those.
    func setAsideReviewPairsWithinOnePerson() throws {
        try db.executeCached(sql: """
            UPDATE review_pair SET status = 'moot' WHERE status = 'open' AND (
              (SELECT person_id FROM source_record WHERE id = record_id)
                = (SELECT person_id FROM source_record WHERE id = candidate_record_id))
            """)
    }

    /// A `decision` row stamped with the time.
    func insertDecision(kind: String, recordA: Int64, recordB: Int64?, origin: String) throws {
        try db.executeCached(sql: "INSERT INTO decision(kind, record_a, record_b, origin, decided_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [kind, recordA, recordB, origin, Timestamp.now()])
    }

    /// Every row, by ID.
    func decisions() throws -> [StoredDecision] {
        try Row.fetchAll(db, sql: "SELECT kind, record_a, record_b, origin FROM decision ORDER BY id").map(Self.decision(from:))
    }

    /// The rows naming the record on either side (the `decision_a` and `decision_b` indexes).
    func decisions(naming id: Int64) throws -> [StoredDecision] {
        try Row.fetchAll(db, sql: """
            SELECT kind, record_a, record_b, origin FROM decision WHERE record_a = ? OR record_b = ? ORDER BY id
            """, arguments: [id, id]).map(Self.decision(from:))
    }

    /// Every row with both records, joined with the records' `person_id`.
    func decisionsBetweenPeople() throws -> [(kind: String, a: PersonID?, b: PersonID?)] {
        try Row.fetchAll(db, sql: """
            SELECT d.kind, ra.person_id AS pa, rb.person_id AS pb FROM decision d
            JOIN source_record ra ON ra.id = d.record_a JOIN source_record rb ON rb.id = d.record_b
            """).map { row in (row["kind"], (row["pa"] as String?).map(PersonID.init), (row["pb"] as String?).map(PersonID.init)) }
    }

    /// A ``ReviewQuestion`` from a `review_pair` row.
    private static func question(from row: Row) throws -> ReviewQuestion {
        ReviewQuestion(id: row["id"], record: row["record_id"], candidate: row["candidate_record_id"], score: row["score"],
                       explanation: row["explanation"],
                       evidence: try (row["evidence_json"] as String?).map { try decode(ReviewPair.Evidence.self, $0) })
    }

    /// A ``StoredDecision`` from a `decision` row.
    private static func decision(from row: Row) -> StoredDecision {
        (row["kind"], row["record_a"], row["record_b"], row["origin"])
    }
}
