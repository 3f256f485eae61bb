import ConveneTestSupport
import Foundation
import XCTest

/// A small workspace for the per-command tests: the three contact lists of `Inputs` (Acme's, the college's,
/// the chamber's) imported into a new workspace — eight people, Robert Smith on two lists as one person.
enum ContactListsWorkspace {
    static let files = ["acme-contacts.csv", "college-contacts.csv", "chamber-members.csv"]

    static func build(_ convene: ConveneRunner, in folder: TemporaryDirectory, file: StaticString = #filePath, line: UInt = #line) throws {
        try convene.ok(["init", "--name", "North Valley Advanced Manufacturing", "-q"], file: file, line: line)
        for (name, text) in zip(files, [Inputs.acmeContacts, Inputs.collegeContacts, Inputs.chamberContacts]) {
            try Inputs.write(text, to: folder.file(name))
        }
        try convene.ok(["import"] + files + ["-q"], file: file, line: line)
    }

    /// The ID of the person with this email.
    static func id(_ convene: ConveneRunner, email: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(convene.people().first { $0["email"] as? String == email }?["id"] as? String, "no person \(email)",
                      file: file, line: line)
    }
}
