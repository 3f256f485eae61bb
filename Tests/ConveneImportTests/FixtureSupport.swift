import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// Fixture files shipped with this test target (see Fixtures/README.md for where each layout came from).
enum Fixture {
    static func url(_ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            fatalError("missing fixture \(name)")
        }
        return url
    }

    /// Reads a fixture, naming it as a user would ("teams-attendance.csv").
    static func read(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        var options = options
        options.displayName = name
        return try Importer.read(url: url(name), options: options)
    }
}

extension ImportResult {
    /// Field of the column with this header.
    func field(_ header: String) -> ColumnField? { columns.first { $0.header == header }?.field }

    func contact(email: String) -> ContactRecord? { contacts.first { $0.emails.contains(email) } }
}
