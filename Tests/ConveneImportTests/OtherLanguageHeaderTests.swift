import ConveneImport
import ConveneModel
import XCTest

/// Spanish, French and bilingual headers, and a name cell beside only one name part ("Name" and "Surname").
final class OtherLanguageHeaderTests: XCTestCase {
    private func read(_ lines: [[String]]) throws -> ImportResult {
        try Importer.read(rows: lines.enumerated().map { ($0.offset + 1, $0.element) }, name: "list.csv")
    }

    func testAQuebecRosterIsMappedAccentsOrNot() throws {
        for header in [["Nom", "Prénom", "Courriel", "Téléphone", "Organisme", "Ville", "Code postal", "Pays"],
                       ["NOM", "Prenom", "Adresse courriel", "Telephone", "Entreprise", "Ville", "Code Postal", "Pays"]] {
            let r = try read([header, ["Tremblay", "Émilie", "emilie@exemple.ca", "514-555-0101", "Centre d'emploi",
                                       "Montréal", "H2X 1Y4", "Canada"]])
            XCTAssertEqual(r.columns.map(\.field), [.fullName, .firstName, .email, .phone, .organization, .city,
                                                    .postalCode, .country], "\(header)")
            let c = try XCTUnwrap(r.contacts.first)
            XCTAssertEqual(c.name.given, "Émilie", "beside Prénom, Nom is the surname")
            XCTAssertEqual(c.name.family, "Tremblay")
            XCTAssertEqual(c.emails, ["emilie@exemple.ca"])
            XCTAssertEqual(c.organization, "Centre d'emploi")
            XCTAssertEqual(c.city, "Montréal")
        }
    }

    func testASpanishSignInSheetReadsNombreBesideApellidoAsTheGivenName() throws {
        let r = try read([["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Empresa", "Cargo", "Ciudad"],
                          ["María", "García López", "maria.garcia@ejemplo.com", "608-555-0101", "Panadería La Esperanza",
                           "Dueña", "Madison"],
                          ["José Hernández", "Hernández", "", "608-555-0102", "Taller Hernández", "", ""]])
        XCTAssertEqual(r.columns.map(\.field), [.fullName, .lastName, .email, .phone, .organization, .title, .city])
        XCTAssertEqual(r.contacts.map(\.name.given), ["María", "José"])
        XCTAssertEqual(r.contacts.map(\.name.family), ["García López", "Hernández"],
                       "a cell that already holds the surname is the whole name, not a given name")
        XCTAssertEqual(r.contacts[0].title, "Dueña")

        // Accents and case aside: "Jose Hernandez" already holds "HERNÁNDEZ"; a middle column is kept.
        let typed = try read([["Nombre", "Segundo nombre", "Apellido"], ["Jose Hernandez", "", "HERNÁNDEZ"],
                              ["Ana", "Lucía", "Ruiz"]])
        XCTAssertEqual(typed.contacts.map(\.name.given), ["Jose", "Ana"])
        XCTAssertEqual(typed.contacts.map(\.name.family), ["Hernández", "Ruiz"], "the surname column as written, recased")
        XCTAssertEqual(typed.contacts[1].name.middle, "Lucía")
    }

    func testABilingualHeaderMapsWhenBothHalvesAgree() throws {
        let r = try read([["Nombre / Name", "Apellido / Last Name", "Correo electrónico (Email)", "Teléfono | Phone",
                           "Empresa / Company", "Nombre / Email"],
                          ["Ana", "Ruiz", "ana@example.com", "608-555-0103", "Ruiz Farms", "x"]])
        XCTAssertEqual(Array(r.columns.map(\.field).prefix(5)), [.fullName, .lastName, .email, .phone, .organization])
        XCTAssertNotEqual(r.columns[5].field, .fullName, "halves that disagree map to neither")
        XCTAssertEqual(r.contacts.first?.name.given, "Ana")
        XCTAssertEqual(r.contacts.first?.name.family, "Ruiz")
    }

    func testWordsWithTwoMeaningsAreLeftForAMappingFile() throws {
        // "Estado": a state or a registration's status; "Poste": a job or a phone extension.
        let r = try read([["Name", "Estado", "Poste"], ["Ann Lee", "WI", "204"]])
        XCTAssertNotEqual(r.columns[1].field, .region)
        XCTAssertNotEqual(r.columns[1].field, .registrationStatus)
        XCTAssertNotEqual(r.columns[2].field, .title)
    }

    func testANameCellBesideTheSurnameIsTheGivenNameOrTheWholeName() throws {
        let r = try read([["Name", "Surname", "Email"],
                          ["Maria", "Garcia", "maria@example.org"],
                          ["John Smith", "Smith", "john@example.org"],
                          ["Smith, John", "Smith", "john.s@example.org"],
                          ["Mary Ann", "Lee-Park", "ml@example.org"],
                          ["Okafor", "Okafor", "okafor@example.org"],
                          ["", "Nguyen", "nguyen@example.org"]])
        XCTAssertEqual(r.contacts.map(\.name.given), ["Maria", "John", "John", "Mary", nil, nil])
        XCTAssertEqual(r.contacts[3].name.middle, "Ann", "read as a First Name cell of two words is")
        XCTAssertEqual(r.contacts.map(\.name.family), ["Garcia", "Smith", "Smith", "Lee-Park", "Okafor", "Nguyen"])
    }

    func testANameCellBesideBothPartsOrAPartWithItsHonorificIsReadWhole() throws {
        // Google Contacts' layout (Name beside Given Name and Family Name): a row missing one part is read as
        // its columns say, never with the name cell standing in for the part.
        let google = try read([["Name", "Given Name", "Additional Name", "Family Name", "Name Prefix", "Name Suffix"],
                               ["Dr. Ann", "Ann", "", "", "Dr.", ""],
                               ["Ann Marie", "Ann", "Marie", "", "", ""]])
        XCTAssertEqual(google.contacts.map(\.name.given), ["Ann", "Ann"])
        XCTAssertEqual(google.contacts.map(\.name.family), [nil, nil])
        XCTAssertEqual(google.contacts[1].name.middle, "Marie")
        // Beside one part only, each row as (cell, part) → (given, middle, family).
        func expect(_ header: [String], _ cases: [(row: [String], given: String?, middle: String?, family: String?)],
                    line: UInt = #line) throws {
            let r = try read([header] + cases.map(\.row))
            XCTAssertEqual(r.contacts.map(\.name.given), cases.map(\.given), "given", line: line)
            XCTAssertEqual(r.contacts.map(\.name.middle), cases.map(\.middle), "middle", line: line)
            XCTAssertEqual(r.contacts.map(\.name.family), cases.map(\.family), "family", line: line)
        }
        // An honorific, a "Last, First" cell; a surname first without a comma.
        try expect(["Prénom", "Nom"], [(["Jean", "Dr Jean Dupont"], "Jean", nil, "Dupont"), (["Ann", "LEE, Ann"], "Ann", nil, "Lee"),
                                      (["Mary Ann", "Mary Smith"], "Mary Ann", nil, "Smith"),
                                      (["Jean-Pierre", "Jean Pierre Dupont"], "Jean-Pierre", nil, "Dupont"),
                                      // A hyphenated surname that holds the given name is the surname.
                                      (["Marie", "Sainte-Marie"], "Marie", nil, "Sainte-Marie")])
        try expect(["First Name", "Name"], [(["Ann", "Lee, Ann J."], "Ann", "J.", "Lee"), (["Mary", "Mary Ann Smith"], "Mary", "Ann", "Smith")])
        // The whole name read as one — credentials, suffixes, "Last, First", middle names stay where they belong —
        // with the surname column as written; a surname's particle is not its main word; hyphens and spaces alike.
        try expect(["Name", "Last Name"], [(["Ann Lee", "Lee Jr."], "Ann", nil, "Lee"), (["Dr. Bob Smith", "Smith"], "Bob", nil, "Smith"),
                                           (["Ann Lee PhD", "Lee"], "Ann", nil, "Lee"), (["Lee Jr., Ann", "Lee"], "Ann", nil, "Lee"),
                                           (["Mary Ann Smith", "Smith"], "Mary", "Ann", "Smith"),
                                           (["Juan Perez", "Perez Garcia"], "Juan", nil, "Perez Garcia"),
                                           (["Ann Lee", "Lee-Smith"], "Ann", nil, "Lee-Smith"), (["O'Neil Pat", "O'Neil"], "Pat", nil, "O'Neil"),
                                           (["María de los Ángeles", "De León"], "María", "De Los Ángeles", "De León"),
                                           (["Maria Garcia Lopez", "García-López"], "Maria", nil, "García-López"),
                                           (["Ana Smith Jones", "Smith-Jones"], "Ana", nil, "Smith-Jones")])
        let marks = try read([["Name", "Last Name"], ["Ann Lee PhD", "Lee"], ["Ann Lee", "Lee Jr."]])
        XCTAssertEqual(marks.contacts[0].name.credentials, ["PhD"])
        XCTAssertEqual(marks.contacts[1].name.suffix, "Jr.")
    }

    func testANameCellBesideTheGivenNameIsTheSurnameOrTheWholeName() throws {
        let r = try read([["First Name", "Name", "Email"],
                          ["Ann", "Lee", "ann@example.org"],
                          ["Bob", "Bob Jones", "bob@example.org"]])
        XCTAssertEqual(r.contacts.map(\.name.given), ["Ann", "Bob"])
        XCTAssertEqual(r.contacts.map(\.name.family), ["Lee", "Jones"])
    }
}
