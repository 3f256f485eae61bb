import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// A sign-in sheet's walk-in who wrote only a name attended. A one-cell line in a name column is a record when it
/// reads as a person's name the file vouches for (any name on a sign-in sheet; elsewhere a known given name, or a
/// given name or surname of the file's other records); section titles ("Afternoon Session", "Page 2") stay
/// titles, each with its warning.
final class WalkInNameTests: XCTestCase {
    private let sheet = """
        Quarterly Meeting Sign-In
        Name,Organization,Email,Phone
        Jane Smith,Acme Tool & Die,jane@acmetool.com,330-555-0101
        Bob Jones,,,
        Afternoon Session,,,
        "Lopez, Maria",,,
        Dr. Kathy O’Neil,,,
        Page 2,,,
        Oluwaseun Okonkwo-Brandt,,,
        Ann Lee,City College,,
        """

    func testAWalkInWithOnlyANameIsARecord() throws {
        let r = try Importer.read(data: Data(sheet.utf8), name: "signin.csv")
        XCTAssertEqual(r.source, .signInSheet)
        XCTAssertEqual(r.contacts.map(\.name.displayName),
                       ["Jane Smith", "Bob Jones", "Maria Lopez", "Kathy O’Neil", "Oluwaseun Okonkwo-Brandt", "Ann Lee"],
                       "on a sign-in sheet any name is a walk-in's, known to the nickname table or not")
        XCTAssertEqual(r.contacts.map(\.source.record), [1, 2, 3, 4, 5, 6], "titles get no number")
        XCTAssertEqual(r.contacts.map(\.source.line), [3, 4, 6, 7, 9, 10])
    }

    func testSectionTitlesStayTitlesWithAWarning() throws {
        let r = try Importer.read(data: Data(sheet.utf8), name: "signin.csv")
        let titles = r.warnings.filter { $0.message.contains("taken as a title") }
        XCTAssertEqual(titles.map(\.line), [5, 8])
    }

    func testInARosterANameTheFileVouchesForIsARecord() throws {
        // Not a sign-in sheet: a name-only line counts when the file's earlier records carry its given name or
        // surname (or the nickname table knows the given name); an unknown pair of words stays a title.
        let text = """
            Full Name,Email Address,Company Name
            Kevin Hart,khart@acme.example.com,Acme
            Dana Morris,dmorris@beta.example.com,Beta
            Kevin Morris,,
            Advanced Manufacturing,,
            Zebedee Quark,,
            Ann Lee,ann@gamma.example.com,Gamma
            """
        let r = try Importer.read(data: Data(text.utf8), name: "roster.csv")
        XCTAssertNotEqual(r.source, .signInSheet)
        XCTAssertEqual(r.contacts.map(\.name.displayName), ["Kevin Hart", "Dana Morris", "Kevin Morris", "Ann Lee"])
        XCTAssertEqual(r.warnings.filter { $0.message.contains("taken as a title") }.map(\.line), [5, 6])
    }

    func testTitlesMadeOfAGivenNameAndATitleWordStayTitles() throws {
        let lines = ["April Meeting", "Will Call", "Austin Office", "Florence Room", "Rose Garden Room",
                     "Virginia Beach Chapter", "Morning Session"]
        let text = "Name,Organization,Email,Phone\nJane Smith,Acme,jane@acme.com,\n" + lines.map { $0 + ",,," }.joined(separator: "\n")
            + "\nMark Lee,,,\n"
        let r = try Importer.read(data: Data(text.utf8), name: "signin.csv")
        XCTAssertEqual(r.contacts.map(\.name.displayName), ["Jane Smith", "Mark Lee"])
        XCTAssertEqual(r.warnings.filter { $0.message.contains("taken as a title") }.count, lines.count)
    }

    func testOnlyANameColumnMakesAOneCellLineAPerson() throws {
        // The first column is the organization: "Bob Jones" alone there is no person's record.
        let text = "Organization,Name,Email\nAcme,Ann Lee,ann@acme.com\nBob Jones,,\nBeta,Cy Young,cy@beta.com\n"
        let r = try Importer.read(data: Data(text.utf8), name: "list.csv")
        XCTAssertEqual(r.contacts.count, 2)
        XCTAssertEqual(r.warnings.filter { $0.message.contains("taken as a title") }.map(\.line), [3])
    }
}
