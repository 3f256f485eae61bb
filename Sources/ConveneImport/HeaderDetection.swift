import ConveneModel

/// Where the header is: after preamble lines (Zoom meeting details, LinkedIn "Notes:", Teams "1. Summary"),
/// or nowhere (the first row is already data).
struct HeaderLocation: Sendable, Equatable {
    /// Index into `TextTable.rows` of the header row; nil when the file is headerless.
    var rowIndex: Int?
    /// Index of the first row that may hold data.
    var dataStart: Int
}

enum HeaderDetection {
    /// How many non-blank rows are searched for a header (preambles are short).
    static let searchDepth = 40

    /// How much a row looks like a header: cells that are known headers (synonyms or a known export's
    /// own headers), minus cells that look like data (an email address, a phone number, a date).
    static func score(_ row: TextRow) -> Int {
        var score = 0
        // The first few hundred cells decide; a 200,000-column row need not be read whole to judge it.
        let count = min(row.trimmedCount, 512)
        guard count >= 1 else { return 0 }
        for i in 0..<count {
            let cell = row.value(i)
            if cell.isEmpty { continue }
            if ContentInference.looksLikeData(cell) { score -= 2; continue }
            if HeaderSynonyms.field(for: cell) != nil || knownHeaders.contains(HeaderText.key(cell)) { score += 1 }
        }
        return score
    }

    /// Every header some known export writes, for scoring.
    static let knownHeaders: Set<String> = {
        var keys = Set<String>()
        for profile in SourceCatalogue.all {
            for alternative in profile.signatures { for h in alternative { keys.insert(HeaderText.key(h)) } }
            for k in profile.fields.keys { keys.insert(k) }
        }
        for k in HeaderSynonyms.actionPlan.keys { keys.insert(k) }
        return keys
    }()

    /// Finds the header row. The best-scoring row among the first rows wins; ties go to the earlier row. A file
    /// whose best row scores below 2 (below 1 for one- or two-column files) and whose first row holds data is
    /// headerless.
    static func locate(_ rows: [TextRow]) -> HeaderLocation {
        var best: (index: Int, score: Int)?
        var seen = 0
        var firstNonBlank: Int?
        let width = widestRow(rows)
        for (i, row) in rows.enumerated() {
            if row.isBlank { continue }
            if firstNonBlank == nil { firstNonBlank = i }
            seen += 1
            if seen > searchDepth { break }
            // A lone cell ("Notes:", "1. Summary", a title) is never the header of a multi-column file.
            if row.trimmedCount < 2 && width > 1 { continue }
            let s = score(row)
            if best == nil || s > best!.score { best = (i, s) }
        }
        guard let first = firstNonBlank else { return HeaderLocation(rowIndex: nil, dataStart: rows.count) }
        let threshold = width <= 2 ? 1 : 2
        if let best, best.score >= threshold {
            return HeaderLocation(rowIndex: best.index, dataStart: best.index + 1)
        }
        // No convincing header: if the first row holds data, the file is headerless.
        let firstRow = rows[first]
        if (0..<firstRow.trimmedCount).contains(where: { ContentInference.looksLikeData(firstRow.value($0)) }) {
            return HeaderLocation(rowIndex: nil, dataStart: first)
        }
        // Otherwise take the first row with the most cells as a header of unknown words.
        if let best, best.score >= 0 {
            return HeaderLocation(rowIndex: best.index, dataStart: best.index + 1)
        }
        return HeaderLocation(rowIndex: nil, dataStart: first)
    }

    private static func widestRow(_ rows: [TextRow]) -> Int {
        var width = 0
        for row in rows.prefix(200) { width = max(width, row.trimmedCount) }
        return width
    }
}
