import ConveneModel
import ConveneNormalize

/// Guessing what a column is from its values, for files without a header row ("Ann Lee,ann@example.com").
enum ContentInference {
    /// True for cells that are clearly values, never headers: an email address, a phone number, a date, a number.
    static func looksLikeData(_ cell: String) -> Bool {
        let s = cell.trimmingCharacters(in: .whitespaces)
        if s.isEmpty { return false }
        if isEmail(s) || isPhone(s) || isDateLike(s) { return true }
        if s.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }) && s.contains(where: \.isNumber) { return true }
        return false
    }

    static func isEmail(_ s: String) -> Bool {
        guard s.contains("@"), !s.contains(" ") else { return false }
        return EmailNormalizer.normalize(s)?.isValid == true
    }

    /// Seven or more digits with only phone punctuation around them.
    static func isPhone(_ s: String) -> Bool {
        var digits = 0
        for ch in s {
            if ch.isASCII && ch.isNumber { digits += 1; continue }
            if " ()-.+/x".contains(ch) || ch == "e" || ch == "t" { continue }
            return false
        }
        return digits >= 7 && digits <= 15
    }

    static func isDateLike(_ s: String) -> Bool {
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" })
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Words that mark an organization name.
    static let organizationWords: Set<String> = [
        "inc", "llc", "ltd", "co", "corp", "corporation", "company", "manufacturing", "mfg", "industries", "group",
        "college", "university", "school", "district", "board", "chamber", "association", "assn", "county", "city",
        "department", "services", "systems", "solutions", "technologies", "partners", "foundation", "center",
        "institute", "agency", "bank", "hospital", "plastics", "fabrication", "machining", "controls", "tool",
    ]

    static func looksLikePersonName(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...4).contains(words.count), s.count <= 60 else { return false }
        if words.contains(where: { organizationWords.contains(MatchText.fold(String($0))) }) { return false }
        return words.allSatisfy { w in w.allSatisfy { $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" || $0 == "’" } }
    }

    static func looksLikeOrganization(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.contains { organizationWords.contains(MatchText.fold(String($0))) }
    }

    /// Infers each column's field from up to 100 data rows: mostly emails → email, mostly phones → phone,
    /// person-like names → name (the first such column; a second single-word column next to it → last name),
    /// organization-like text → organization.
    static func inferColumns(_ rows: [TextRow], width: Int) -> [ColumnField] {
        let sample = rows.filter { !$0.isBlank }.prefix(100)
        var fields = Array(repeating: ColumnField.ignore, count: width)
        var nameColumns: [Int] = []
        var singleWord = Array(repeating: true, count: width)
        for column in 0..<width {
            var filled = 0, emails = 0, phones = 0, names = 0, orgs = 0
            for row in sample {
                let v = row.value(column)
                if v.isEmpty { continue }
                filled += 1
                if isEmail(v) { emails += 1 } else if isPhone(v) { phones += 1 } else if looksLikeOrganization(v) {
                    orgs += 1
                } else if looksLikePersonName(v) { names += 1 }
                if v.contains(" ") || v.contains(",") { singleWord[column] = false }
            }
            guard filled > 0 else { continue }
            func most(_ n: Int) -> Bool { n * 2 > filled }
            if most(emails) { fields[column] = .email }
            else if most(phones) { fields[column] = .phone }
            else if most(orgs) { fields[column] = .organization }
            else if most(names) { nameColumns.append(column) }
        }
        // "Ann,Lee,ann@…": two adjacent single-word name columns are first and last; otherwise the first name-like
        // column is the full name and any other is taken as the organization.
        if nameColumns.count >= 2, nameColumns[1] == nameColumns[0] + 1, singleWord[nameColumns[0]], singleWord[nameColumns[1]] {
            fields[nameColumns[0]] = .firstName
            fields[nameColumns[1]] = .lastName
            for extra in nameColumns.dropFirst(2) where fields[extra] == .ignore { fields[extra] = .organization }
        } else if let first = nameColumns.first {
            fields[first] = .fullName
            for extra in nameColumns.dropFirst() { fields[extra] = .organization; break }
        }
        return fields
    }
}
