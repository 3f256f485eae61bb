import ConveneModel
import Foundation

/// One person with everything the workspace knows: every source record (with its raw values) and every
/// meeting they took part in.
///
/// ```swift
/// let detail = try workspace.person(PersonID("P000001"))
/// for record in detail.records { print(record.recordID, record.source.file, record.source.line ?? 0) }
/// for attendance in detail.meetings { print(attendance.meeting.name, attendance.status) }
/// ```
public struct PersonDetail: Codable, Sendable {
    /// One source record of the person, with the workspace's record number (for `convene split --records`).
    ///
    /// ```swift
    /// for record in try workspace.person(PersonID("P000001")).records {
    ///     print(record.recordID, record.source.reference)   // 212 chamber-members.csv#17
    /// }
    /// ```
    public struct Record: Codable, Sendable, Hashable {
        /// The workspace's number for the record.
        public var recordID: Int64
        /// Where the record came from, with its raw values.
        public var source: SourceRecord
    }
    /// One meeting the person took part in, with how: their rows for it folded into one (`MeetingPresence`),
    /// the strongest status shown and every row kept.
    ///
    /// ```swift
    /// for attendance in try workspace.person(PersonID("P000001")).meetings {
    ///     print(attendance.meeting.name, attendance.status.rawValue, attendance.minutes ?? 0, attendance.rows.count)
    /// }
    /// ```
    public struct Attendance: Codable, Sendable, Hashable {
        /// The meeting.
        public var meeting: Meeting
        /// The strongest status over the person's rows (attended or walk-in > registered > invited).
        public var status: ParticipationStatus
        /// Minutes in a virtual meeting as the reports give them, added up over the rows that have some.
        public var minutes: Double?
        /// Every row the status was folded from: what each row said, and where it came from.
        public var rows: [SourceRow]
    }
    /// One participation row as its source wrote it.
    ///
    /// ```swift
    /// let rows = try workspace.person(PersonID("P000001")).meetings.flatMap(\.rows)
    /// print(rows.map { "\($0.status.rawValue) in \($0.source.reference)" })
    /// ```
    public struct SourceRow: Codable, Sendable, Hashable {
        /// What this row said.
        public var status: ParticipationStatus
        /// The file and row it came from.
        public var source: SourceRecord
    }
    /// The golden record.
    public var person: Person
    /// Every source record of the person.
    public var records: [Record]
    /// Every meeting they took part in, one entry per meeting.
    public var meetings: [Attendance]
}

extension Workspace {
    /// The golden record of `id` with every source value and every meeting attended.
    ///
    /// ```swift
    /// let detail = try workspace.person(PersonID("P000001"))   // convene person P000001
    /// print(detail.person.name.displayName, detail.records.count, detail.meetings.count)
    /// ```
    public func person(_ id: PersonID) throws -> PersonDetail {
        try storage.read { tx in
            guard let person = try tx.person(id) else { throw WorkspaceError.notFound(kind: "person", id: id.rawValue) }
            let records = try tx.sourceRecords(ofPerson: id)
            let attendance = try tx.meetings(withParticipationOf: id).compactMap { meeting -> PersonDetail.Attendance? in
                let counts = MeetingHeadcount(meeting: meeting.id, rows: try tx.participations(in: meeting.id))
                guard let presence = counts.presence(of: id) else { return nil }
                let minutes = presence.rows.compactMap(\.minutes)
                return PersonDetail.Attendance(meeting: meeting, status: presence.status,
                                               minutes: minutes.isEmpty ? nil : minutes.reduce(0, +),
                                               rows: presence.rows.map { PersonDetail.SourceRow(status: $0.status, source: $0.source) })
            }
            return PersonDetail(person: person, records: records, meetings: attendance)
        }
    }

    /// Merges person `b` into person `a` (a manual correction). `a` keeps its ID; `b`'s ID is retired. The
    /// merge is remembered as "same" decisions, like a review answer.
    ///
    /// ```swift
    /// let merged = try workspace.mergePeople(PersonID("P000004"), PersonID("P000019"))   // P000019 is retired
    /// ```
    @discardableResult
    public func mergePeople(_ a: PersonID, _ b: PersonID) throws -> Person {
        guard a != b else { throw WorkspaceError.invalidRequest("cannot merge \(a) with itself") }
        return try storage.write { tx in
            try Self.merge(tx, into: a, from: b, origin: "merge-people")
            return try tx.person(a)!
        }
    }

    /// Moves `b`'s records to `a`, remembering "same" between `pair` (a review question's two records) or else
    /// the two people's first records.
    static func merge(_ tx: any StorageTransaction, into a: PersonID, from b: PersonID, origin: String,
                      pair: (Int64, Int64)? = nil) throws {
        let recordsA = try tx.recordIDs(ofPerson: a), recordsB = try tx.recordIDs(ofPerson: b)
        guard let firstA = recordsA.first else { throw WorkspaceError.notFound(kind: "person", id: a.rawValue) }
        guard let firstB = recordsB.first else { throw WorkspaceError.notFound(kind: "person", id: b.rawValue) }
        try tx.insertDecision(kind: "same", recordA: pair?.0 ?? firstA, recordB: pair?.1 ?? firstB, origin: origin)
        try redirectActionItems(tx, [b: a])
        try tx.moveRecords(of: b, to: a)
        // Pairs between the two are answered by the merge.
        try tx.closeReviewPairsWithinOnePerson()
        try rebuildPerson(tx, b)
        try rebuildPerson(tx, a)
    }

    /// Points the action plan's champions and support people at the person an ID was merged into (`moved`: old
    /// ID → the ID that holds its records now), so a team does not count one person twice or name a retired ID.
    /// A split's parts are not guessed at: the item keeps the old ID, which `convene person` explains.
    static func redirectActionItems(_ tx: any StorageTransaction, _ moved: [PersonID: PersonID]) throws {
        guard !moved.isEmpty else { return }
        for var item in try tx.actionItems() {
            let champion = item.championID.flatMap { moved[$0] }, support = item.supportID.flatMap { moved[$0] }
            guard champion != nil || support != nil else { continue }
            if let champion { item.championID = champion }
            if let support { item.supportID = support }
            try tx.saveActionItem(item)
        }
    }

    /// Splits records off person `id` into a new person (a manual correction, remembered as "not the same"
    /// decisions). With no `records`, the records of the last file that joined the person move out.
    /// Returns the new person's ID.
    ///
    /// ```swift
    /// let newID = try workspace.split(PersonID("P000031"), records: [212, 215])   // convene split P000031 --records 212,215
    /// ```
    @discardableResult
    public func split(_ id: PersonID, records: [Int64]? = nil) throws -> PersonID {
        try storage.write { tx in
            let all = try tx.recordIDs(ofPerson: id)
            guard !all.isEmpty else { throw WorkspaceError.notFound(kind: "person", id: id.rawValue) }
            let moving: [Int64]
            if let records, !records.isEmpty {
                let unknown = records.filter { !all.contains($0) }
                guard unknown.isEmpty else {
                    throw WorkspaceError.invalidRequest("records \(unknown.map(String.init).joined(separator: ", ")) are not records of \(id) (see `convene person \(id)`)")
                }
                moving = records
            } else {
                moving = try tx.recordIDsOfLastFile(ofPerson: id)
            }
            let staying = all.filter { !moving.contains($0) }
            guard !staying.isEmpty else {
                throw WorkspaceError.invalidRequest("splitting every record off \(id) would leave it empty; name the records to move with --records")
            }
            return try Self.split(tx, id, moving: moving, staying: staying, origin: "split")
        }
    }

    /// Moves `moving` off person `id` into a new person, remembering "not the same" against `staying[0]`.
    static func split(_ tx: any StorageTransaction, _ id: PersonID, moving: [Int64], staying: [Int64], origin: String) throws -> PersonID {
        let newID = try tx.newPerson()
        for record in moving {
            try tx.attach(record: record, to: newID)
            try tx.insertDecision(kind: "not-same", recordA: record, recordB: staying[0], origin: origin)
        }
        try rebuildPerson(tx, id)
        try rebuildPerson(tx, newID)
        return newID
    }
}
