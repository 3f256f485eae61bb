import ConveneModel

/// Decides each column's field: the mapping file first, then the recognized export's own headers, then the
/// generic synonyms, and for headerless files the content.
enum ColumnMapper {
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
        return columns
    }
}
