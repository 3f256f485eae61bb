import Foundation

/// Hostile files a convener may be handed, each with the verdict the importer must give it: refused (one line
/// naming file, line and column, nothing imported) or imported (records counted, warnings naming file and line).
/// Built in code so the bytes are exact and the big ones are not stored in the repository.
enum HostileCorpus {
    enum Verdict {
        /// Refused: the error's line and column, and a word its message must hold.
        case refused(line: Int, column: Int, mentions: String)
        /// Imported: data records, the encoding reported, and the lines warnings must name (in order).
        case imported(records: Int, encoding: String, warningLines: [Int])
    }

    struct Case {
        var name: String
        var bytes: Data
        var verdict: Verdict
    }

    static func utf8(_ s: String) -> Data { Data(s.utf8) }

    /// Every case. `xlsx` is a real workbook's bytes (renamed .csv by a user).
    static func cases(xlsx: Data) -> [Case] {
        var zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        zip.append(Data("mimetypeapplication/zip".utf8) + Data(repeating: 0, count: 40))
        var binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        binary.append(Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
        var cp1252 = Data("Name,Company,Email,Notes\n".utf8)
        // "Renée Côté,Café “Bon” Ltd,renee@example.com,“quoted” — dash" in Windows-1252.
        cp1252.append(Data([0x52, 0x65, 0x6E, 0xE9, 0x65, 0x20, 0x43, 0xF4, 0x74, 0xE9, 0x2C,
                            0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x42, 0x6F, 0x6E, 0x94, 0x20, 0x4C, 0x74, 0x64, 0x2C]))
        cp1252.append(Data("renee@example.com,".utf8) + Data([0x93]) + Data("quoted".utf8) + Data([0x94, 0x20, 0x97])
                      + Data(" dash\n".utf8))
        let teamsLike = "Name\tEmail\tRole\r\nAnn Lee\tann@example.com\tAttendee\r\nBob Stone\tbob@example.org\tPresenter\r\n"
        var utf16BE = Data([0xFE, 0xFF])
        utf16BE.append("Name\tEmail\nAnn Lee\tann@example.com\nRenée Côté\trenee@example.com\n".data(using: .utf16BigEndian)!)
        let bigField = "Name,Email,Notes\nAnn Lee,ann@example.com,\"" + String(repeating: "x", count: 8 << 20)
            + "\"\nBob Stone,bob@example.org,short\n"
        var wide = "Name,Email\nAnn Lee,ann@example.com"
        wide.reserveCapacity(1_600_000)
        for i in 3...200_000 { wide += ",c\(i)" }
        wide += "\nBob Stone,bob@example.org\n"

        return [
            Case(name: "empty.csv", bytes: Data(), verdict: .refused(line: 1, column: 1, mentions: "empty")),
            Case(name: "bom-only.csv", bytes: Data([0xEF, 0xBB, 0xBF]), verdict: .refused(line: 1, column: 1, mentions: "empty")),
            Case(name: "binary.csv", bytes: binary, verdict: .refused(line: 1, column: 1, mentions: "binary")),
            Case(name: "zip.csv", bytes: zip, verdict: .refused(line: 1, column: 1, mentions: "zip")),
            Case(name: "workbook.csv", bytes: xlsx, verdict: .refused(line: 1, column: 1, mentions: "zip")),
            Case(name: "unterminated.csv",
                 bytes: utf8("Name,Email,Notes\nAnn Lee,ann@example.com,ok\nBob Stone,bob@example.org,\"never closed\nCara Diaz,cara@example.net,x\n"),
                 verdict: .refused(line: 3, column: 27, mentions: "closing quote")),
            Case(name: "nul.csv", bytes: utf8("Name,Email\nAnn\u{0} Lee,ann@example.com\nBob Stone,bob@example.org\n"),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [2])),
            Case(name: "cr-only.csv", bytes: utf8("Name,Email\rAnn Lee,ann@example.com\rBob Stone,bob@example.org\r"),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [])),
            Case(name: "ragged.csv",
                 bytes: utf8("Name,Email,Company\nAnn Lee,ann@example.com\nBob Stone,bob@example.org,Acme,extra\nCara Diaz,cara@example.net,Beta\n"),
                 verdict: .imported(records: 3, encoding: "UTF-8", warningLines: [2, 3])),
            Case(name: "duplicate-headers.csv",
                 bytes: utf8("Name,Email,Email,Phone,Phone\nAnn Lee,ann@example.com,ann.lee@work.example,608-555-0101,608-555-0199\n"),
                 verdict: .imported(records: 1, encoding: "UTF-8", warningLines: [])),
            Case(name: "windows-1252.csv", bytes: cp1252,
                 verdict: .imported(records: 1, encoding: "Windows-1252", warningLines: [])),
            Case(name: "utf16le-no-bom.csv", bytes: teamsLike.data(using: .utf16LittleEndian)!,
                 verdict: .imported(records: 2, encoding: "UTF-16 LE (no BOM)", warningLines: [])),
            Case(name: "utf16be-bom.csv", bytes: utf16BE,
                 verdict: .imported(records: 2, encoding: "UTF-16 BE with BOM", warningLines: [])),
            Case(name: "sep-line.csv", bytes: utf8("sep=;\r\nName;Email;Company\r\nAnn Lee;ann@example.com;Acme, Inc.\r\n"),
                 verdict: .imported(records: 1, encoding: "UTF-8", warningLines: [])),
            Case(name: "8mb-field.csv", bytes: utf8(bigField),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [])),
            Case(name: "200000-columns.csv", bytes: utf8(wide),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [2])),
            Case(name: "second-header.csv",
                 bytes: utf8("Name,Email,Company\nAnn Lee,ann@example.com,Acme\n\nName,Email,Company\nBob Stone,bob@example.org,Beta\n"),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [4])),
            Case(name: "formulas.csv",
                 bytes: utf8("Name,Email,Company,Notes\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",ann@example.com,+1,-2\nBob Stone,bob@example.org,@SUM(A1:A2),=1+1\n"),
                 verdict: .imported(records: 2, encoding: "UTF-8", warningLines: [])),
        ]
    }
}
