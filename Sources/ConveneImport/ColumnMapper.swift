import Foundation
import ConveneModel
import ConveneNormalize

/// Decides each column's field: the mapping file first, then the recognized export's own headers, then the
/// generic synonyms, and for headerless files the content.
enum ColumnMapper {
    /// A date with no time of day ("2012-03-01", "3/1/2012", "March 2012") or a year ("2012").
    static func isDateWithoutTime(_ v: String) -> Bool {
        if v.count == 4, let year = Int(v) { return (1900...2100).contains(year) }
        if let parsed = DateTimeParser.dateTime(v) { return !parsed.hasTime }
        return DateTimeParser.date(v) != nil
    }

    static func map(headers: [String], headerless: Bool, source: SourceKind, mapping: MappingFile?,
                    dataRows: [TextRow]) -> [ColumnMapping] {
        let profile = SourceCatalogue.profile(source)
        let inferred = headerless ? ContentInference.inferColumns(dataRows, width: headers.count) : []
        var columns: [ColumnMapping] = []
        for (i, header) in headers.enumerated() {
            if let forced = mapping?.field(forHeader: header, index: i) {
                columns.append(ColumnMapping(index: i, header: header, field: forced, reason: .mappingFile))
            } else if headerless {
                columns.append(ColumnMapping(index: i, header: header, field: inferred[i], reason: .content))
            } else if let f = profile.field(for: header) {
                columns.append(ColumnMapping(index: i, header: header, field: f, reason: .source))
            } else if let f = HeaderSynonyms.field(for: header, actionPlan: source == .actionPlan) {
                columns.append(ColumnMapping(index: i, header: header, field: f, reason: .synonym))
            } else {
                columns.append(ColumnMapping(index: i, header: header, field: .ignore, reason: .unknown))
            }
        }
        // Another person's detail ("Buyer Email", "Assistant's Phone") beside the record's own column for that
        // field is not the record's: read as its own, a buyer's address would join every colleague they
        // registered, an assistant's line the boss and the assistant. Where the file has none of its own, a
        // buyer's or a parent's stands in (an order export, a youth roster); an emergency contact's, an
        // assistant's, a referrer's never (``HeaderSynonyms/mayStandIn(_:)``).
        // The name is one field however it is split: "Buyer First Name" beside a "Name" column is the buyer's.
        func kind(_ f: ColumnField) -> ColumnField { f == .firstName || f == .lastName ? .fullName : f }
        func ignore(_ k: Int, because reason: ColumnMapping.Reason) {
            columns[k] = ColumnMapping(index: columns[k].index, header: columns[k].header, field: .ignore, reason: reason)
        }
        let another = columns.map { HeaderSynonyms.namesAnotherPerson($0.header) }
        let own = Set(columns.indices.filter { !another[$0] }.map { kind(columns[$0].field) })
        for k in columns.indices where another[k] && (columns[k].reason == .source || columns[k].reason == .synonym) {
            if columns[k].field != .ignore,
               own.contains(kind(columns[k].field)) || !HeaderSynonyms.mayStandIn(columns[k].header) {
                ignore(k, because: .otherPerson)
            }
        }
        // A preferred name or nickname beside the file's own column for that part of the name is not the name the
        // other lists carry: "Preferred First Name" beside "Full Name" had made Robert Smith "Bob Robert Smith".
        // Where the file has no other column for that part it is the name: alone, or a "Preferred First Name"
        // beside only "Last Name" (which left everyone with a surname and no given name).
        let nameFields: Set<ColumnField> = [.fullName, .firstName, .lastName, .middleName]
        let preferred = columns.map { nameFields.contains($0.field) && HeaderSynonyms.namesAPreferredName($0.header) }
        // The part of the name a column's field gives (a "Preferred Name" cell holds the name a person goes by).
        func part(_ field: ColumnField) -> [ColumnField] {
            switch field {
            case .lastName: [.lastName, .fullName]
            default: [.firstName, .fullName]
            }
        }
        for k in columns.indices where preferred[k] {
            let covering = part(columns[k].field)
            if columns.indices.contains(where: { !preferred[$0] && covering.contains(columns[$0].field) }) {
                ignore(k, because: .preferredName)
            }
        }
        // "Joined" in a member list says when someone joined the chamber ("2012-03-01", "2012"), not when they
        // joined a call: a join or leave column named by a synonym whose every value is a date without a time of
        // day is no meeting time. Read as one, a member list recorded attendance, and importing it demanded a
        // meeting (`--meeting`). A call's report writes a time ("2026-11-12 09:02:11", "9:02 AM").
        for k in columns.indices where [.joinTime, .leaveTime].contains(columns[k].field) && columns[k].reason == .synonym {
            var values = 0
            var datesOnly = true
            for row in dataRows.prefix(500) {
                let v = row.value(columns[k].index).trimmingCharacters(in: .whitespaces)
                if v.isEmpty { continue }
                values += 1
                if !isDateWithoutTime(v) { datesOnly = false; break }
            }
            if values > 0 && datesOnly { ignore(k, because: .dateOnly) }
        }
        return columns
    }
}
