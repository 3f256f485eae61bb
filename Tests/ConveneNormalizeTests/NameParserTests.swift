import ConveneModel
import ConveneNormalize
import XCTest

final class NameParserTests: XCTestCase {
    /// (raw, honorific, given, middle, family, suffix, credentials)
    typealias Case = (String, String?, String?, String?, String?, String?, [String])

    func check(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) {
        for (raw, honorific, given, middle, family, suffix, credentials) in cases {
            let n = NameParser.parse(raw)
            let got = "\(n.honorific ?? "-")|\(n.given ?? "-")|\(n.middle ?? "-")|\(n.family ?? "-")|\(n.suffix ?? "-")|\(n.credentials)"
            let want = "\(honorific ?? "-")|\(given ?? "-")|\(middle ?? "-")|\(family ?? "-")|\(suffix ?? "-")|\(credentials)"
            XCTAssertEqual(got, want, "parsing \(raw.debugDescription)", file: file, line: line)
            XCTAssertEqual(n.raw, raw, "raw text kept", file: file, line: line)
        }
    }

    func testFirstLast() {
        check([
            ("Jane Doe", nil, "Jane", nil, "Doe", nil, []),
            ("  Jane    Doe  ", nil, "Jane", nil, "Doe", nil, []),
            ("Robert J. Smith", nil, "Robert", "J.", "Smith", nil, []),
            ("Robert J Smith", nil, "Robert", "J.", "Smith", nil, []),
            ("Mary Ann Louise Baker", nil, "Mary", "Ann Louise", "Baker", nil, []),
            ("J. Robert Oppenheimer", nil, "J.", "Robert", "Oppenheimer", nil, []),
            ("Madonna", nil, "Madonna", nil, nil, nil, []),
            ("Jane\tDoe", nil, "Jane", nil, "Doe", nil, []),
        ])
    }

    func testLastCommaFirst() {
        check([
            ("Smith, Robert", nil, "Robert", nil, "Smith", nil, []),
            ("SMITH, ROBERT J JR", nil, "Robert", "J.", "Smith", "Jr.", []),
            ("Smith Jr., Robert", nil, "Robert", nil, "Smith", "Jr.", []),
            ("smith,robert j.", nil, "Robert", "J.", "Smith", nil, []),
            ("Doe, Jane, PhD", nil, "Jane", nil, "Doe", nil, ["PhD"]),
            ("García-López, María José", nil, "María", "José", "García-López", nil, []),
            ("VAN DER BERG, PIETER", nil, "Pieter", nil, "van der Berg", nil, []),
            ("Smith, JD", nil, "JD", nil, "Smith", nil, []),   // initials, not the law degree
        ])
    }

    func testHonorificsSuffixesCredentials() {
        check([
            ("Dr. Maria José García-López, PhD", "Dr.", "Maria", "José", "García-López", nil, ["PhD"]),
            ("Jane Doe, PhD, SPHR", nil, "Jane", nil, "Doe", nil, ["PhD", "SPHR"]),
            ("Jane Doe, SHRM-CP", nil, "Jane", nil, "Doe", nil, ["SHRM-CP"]),
            ("John Smith P.E.", nil, "John", nil, "Smith", nil, ["P.E."]),
            ("Mr. John Smith III", "Mr.", "John", nil, "Smith", "III", []),
            ("Rev. Dr. Martin Luther King Jr.", "Rev. Dr.", "Martin", "Luther", "King", "Jr.", []),
            ("Ms Jane Doe MBA", "Ms.", "Jane", nil, "Doe", nil, ["MBA"]),
            ("Prof. Ada Lovelace", "Prof.", "Ada", nil, "Lovelace", nil, []),
            ("Hon. Jane Roe, Esq.", "Hon.", "Jane", nil, "Roe", nil, ["Esq."]),
            ("Mx. Sam Lee", "Mx.", "Sam", nil, "Lee", nil, []),
            ("Mme Claire Dubois", "Mme", "Claire", nil, "Dubois", nil, []),
            ("Sra. Ana Ruiz", "Sra.", "Ana", nil, "Ruiz", nil, []),
            ("Dra. Lucía Pérez", "Dra.", "Lucía", nil, "Pérez", nil, []),
            ("James Brown, Jr., CPA", nil, "James", nil, "Brown", "Jr.", ["CPA"]),
            ("Kim Do", nil, "Kim", nil, "Do", nil, []),
            ("JANE MA", nil, "Jane", nil, "Ma", nil, []),
            ("Judge", nil, "Judge", nil, nil, nil, []),
            ("Sr. Mary Catherine", "Sr.", "Mary", nil, "Catherine", nil, []),
            ("Dr. Smith", "Dr.", nil, nil, "Smith", nil, []),
            ("John & Jane Smith", nil, "John", nil, "Smith", nil, []),
            ("John and Jane van Damme", nil, "John", nil, "van Damme", nil, []),
            ("Mr. & Mrs. John Smith", "Mr. Mrs.", "John", nil, "Smith", nil, []),
            ("Smith, John & Jane", nil, "John", nil, "Smith", nil, []),
            ("Ann Anderson", nil, "Ann", nil, "Anderson", nil, []),
            ("Ann Lee, RN, BSN", nil, "Ann", nil, "Lee", nil, ["RN", "BSN"]),
            ("Dr. Ann Lee, Ed.D.", "Dr.", "Ann", nil, "Lee", nil, ["EdD"]),
            ("Ann Lee 3rd", nil, "Ann", nil, "Lee", "III", []),
            ("Smith, Robert (Bob) J., Jr.", nil, "Robert", "J.", "Smith", "Jr.", []),
        ])
    }

    func testCaseRepair() {
        check([
            ("ROBERT MCDONALD", nil, "Robert", nil, "McDonald", nil, []),
            ("shannon o'neil", nil, "Shannon", nil, "O'Neil", nil, []),
            ("DeShawn McDonald", nil, "DeShawn", nil, "McDonald", nil, []),
            ("Bob SMITH", nil, "Bob", nil, "Smith", nil, []),
            ("ludwig van beethoven", nil, "Ludwig", nil, "van Beethoven", nil, []),
            ("Pieter van der Berg", nil, "Pieter", nil, "van der Berg", nil, []),
            ("JUAN DE LA CRUZ", nil, "Juan", nil, "de la Cruz", nil, []),
            ("anna d'angelo", nil, "Anna", nil, "D'Angelo", nil, []),
            ("MARY-KATE SMITH-JONES", nil, "Mary-Kate", nil, "Smith-Jones", nil, []),
            ("TJ Miller", nil, "TJ", nil, "Miller", nil, []),
        ])
    }

    func testUglyInput() {
        check([
            ("", nil, nil, nil, nil, nil, []),
            ("   ", nil, nil, nil, nil, nil, []),
            ("Robert (Bob) Smith", nil, "Robert", nil, "Smith", nil, []),
            ("Robert \"Bob\" Smith", nil, "Robert", nil, "Smith", nil, []),
            ("Jane Doe 🙂", nil, "Jane", nil, "Doe", nil, []),
            ("🎉🎉", nil, nil, nil, nil, nil, []),
            ("jane.doe@acme.com", nil, "Jane", nil, "Doe", nil, []),
            ("jdoe@acme.com", nil, nil, nil, nil, nil, []),
            ("Jane Doe <jane.doe@acme.com>", nil, "Jane", nil, "Doe", nil, []),
            ("\u{FEFF}Jane Doe", nil, "Jane", nil, "Doe", nil, []),
            ("Jane Doe - Acme Corp", nil, "Jane", nil, "Doe", nil, []),
            ("Jane Doe – Acme Corp", nil, "Jane", nil, "Doe", nil, []),
            ("Jane Doe | Acme", nil, "Jane", nil, "Doe", nil, []),
            ("Jane Doe / John Doe", nil, "Jane", nil, "Doe", nil, []),
            ("Tom Reilly - Jr.", nil, "Tom", nil, "Reilly", "Jr.", []),
            ("Ann Lee - RN, BSN", nil, "Ann", nil, "Lee", nil, ["RN", "BSN"]),
            ("Ann Lee (she/her)", nil, "Ann", nil, "Lee", nil, []),
            ("Lee,", nil, nil, nil, "Lee", nil, []),
            ("  ,  ", nil, nil, nil, nil, nil, []),
            ("李小龙", nil, "李小龙", nil, nil, nil, []),
        ])
    }

    func testTheDetailAfterANameIsSplitOffAtASpacedDashOrBar() {
        func split(_ s: String) -> String? { NameParser.nameAndDetail(s).map { "\($0.name)|\($0.detail)" } }
        XCTAssertEqual(split("Bob Schultz - Northwoods Paper"), "Bob Schultz|Northwoods Paper")
        XCTAssertEqual(split("Jane Doe – Acme Corp"), "Jane Doe|Acme Corp", "an en dash")
        XCTAssertEqual(split("Jane Doe — Acme Corp"), "Jane Doe|Acme Corp", "an em dash")
        XCTAssertEqual(split("Jane Doe | HR Director"), "Jane Doe|HR Director")
        XCTAssertEqual(split("Linh Kim -  Great Lakes Hyd. "), "Linh Kim|Great Lakes Hyd.")
        XCTAssertEqual(split("Mary Smith-Jones"), nil, "an unspaced hyphen is part of the name")
        XCTAssertEqual(split("Ann Lee / Bob Lee"), nil, "after a slash comes another person")
        XCTAssertEqual(split("Ann Lee - "), nil, "nothing after the dash")
        XCTAssertEqual(split("Ann Lee"), nil)
    }

    func testSeparateColumns() {
        let cases: [(String?, String?, String?, String)] = [
            ("Jane", "Doe", nil, "-|Jane|-|Doe|-|[]"),
            ("JANE", "DOE", nil, "-|Jane|-|Doe|-|[]"),
            ("Dr. Jane M.", "Doe", nil, "Dr.|Jane|M.|Doe|-|[]"),
            ("Robert", "Smith Jr.", nil, "-|Robert|-|Smith|Jr.|[]"),
            ("Jane", "Doe, PhD", nil, "-|Jane|-|Doe|-|[\"PhD\"]"),
            ("Jane", "Doe", "marie", "-|Jane|Marie|Doe|-|[]"),
            ("Jane Doe", "", nil, "-|Jane|-|Doe|-|[]"),
            (nil, "Doe", nil, "-|-|-|Doe|-|[]"),
            ("pieter", "van der berg", nil, "-|Pieter|-|van der Berg|-|[]"),
            ("John & Jane", "Smith", nil, "-|John|-|Smith|-|[]"),
            ("Robert (Bob)", "Smith", nil, "-|Robert|-|Smith|-|[]"),
            (nil, nil, nil, "-|-|-|-|-|[]"),
        ]
        for (g, f, m, want) in cases {
            let n = NameParser.parse(given: g, family: f, middle: m)
            let got = "\(n.honorific ?? "-")|\(n.given ?? "-")|\(n.middle ?? "-")|\(n.family ?? "-")|\(n.suffix ?? "-")|\(n.credentials)"
            XCTAssertEqual(got, want, "given \(g ?? "nil") family \(f ?? "nil")")
        }
        XCTAssertEqual(NameParser.parse(given: "Jane", family: "Doe", raw: "Doe Jane").raw, "Doe Jane")
        XCTAssertEqual(NameParser.parse(given: "Jane", family: "Doe").raw, "Jane Doe")
    }

    func testDisplayAndSortNames() {
        let n = NameParser.parse("SMITH, ROBERT J JR")
        XCTAssertEqual(n.displayName, "Robert J. Smith Jr.")
        XCTAssertEqual(n.sortName, "Smith, Robert Jr.")
    }
}
