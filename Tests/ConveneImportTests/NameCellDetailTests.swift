import ConveneImport
import ConveneModel
import Foundation
import XCTest

/// People set their Zoom and Teams display names to "Name - Employer", and typed-up sign-in sheets put the
/// employer in the name column: a row with no organization (or title) of its own takes it from there, so the
/// record can be matched to the person's work records by organization.
final class NameCellDetailTests: XCTestCase {
    /// A Zoom participants report (no organization or title column) as the partnership corpus has it.
    private let zoom = """
        Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
        Linh Kim - Great Lakes Hyd.,kiml@glhydraulics.example.com,07/16/2026 09:06:06 AM,07/16/2026 09:46:57 AM,41,Yes
        Tom Reilly - Northstar Aerospace,,07/16/2026 08:58:57 AM,07/16/2026 09:51:32 AM,53,Yes
        Bob Schultz – Northwoods Paper Converting (he/him),bobschultz62@gmail.com,07/16/2026 09:06:42 AM,07/16/2026 09:27:57 AM,21,Yes
        Jane Doe | HR Director,jdoe@example.com,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
        Ann Lee - Bob Lee,annlee.home@gmail.com,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
        Priya Raman - Co-Host,praman@example.org,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,No
        Carla Mendes - 920-555-0199,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
        Greg Paulsen,gpaulsen@example.com,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
        """

    func testAZoomDisplayNameGivesTheOrganizationOrTitleItNames() throws {
        let r = try Importer.read(data: Data(zoom.utf8), name: "participants_88120945512.csv")
        XCTAssertEqual(r.source, .zoomParticipants)
        XCTAssertEqual(r.contacts.map(\.name.displayName),
                       ["Linh Kim", "Tom Reilly", "Bob Schultz", "Jane Doe", "Ann Lee", "Priya Raman", "Carla Mendes",
                        "Greg Paulsen"])
        XCTAssertEqual(r.contacts.map { $0.organization ?? "-" },
                       ["Great Lakes Hyd.", "Northstar Aerospace", "Northwoods Paper Converting", "-",
                        "-", "-", "-", "-"],
                       "an employer after the name; not a title, a second person, a meeting role or a phone number")
        XCTAssertEqual(r.contacts.map { $0.title ?? "-" }, ["-", "-", "-", "HR Director", "-", "-", "-", "-"])
        XCTAssertEqual(r.contacts[2].source.raw["Name (Original Name)"],
                       "Bob Schultz – Northwoods Paper Converting (he/him)", "the cell is kept as written")
    }

    func testARowsOwnOrganizationAndTitleWin() throws {
        let text = """
            Name,Organization,Title,Email
            Jane Smith - Acme Tool & Die,Acme Tool and Die Inc.,,jane@acmetool.example.com
            Bob Jones | Plant Manager,,Maintenance Lead,bjones@example.com
            Maria Lopez - Riverton Precision | Buyer,,,mlopez@example.com
            """
        let r = try Importer.read(data: Data(text.utf8), name: "roster.csv")
        XCTAssertEqual(r.contacts.map { $0.organization ?? "-" }, ["Acme Tool and Die Inc.", "-", "Riverton Precision"])
        XCTAssertEqual(r.contacts.map { $0.title ?? "-" }, ["-", "Maintenance Lead", "Buyer"],
                       "each part after the name is read on its own")
    }

    func testSuffixesCredentialsRolesAndEmployersThatLookLikeTitles() throws {
        let text = """
            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Tom Reilly - Jr.,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Ann Lee - RN, BSN,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Kim Vo - Board Member,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Raj Iyer - In Person,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Eve Park - Fox Valley Tech,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Lu Chen - Head Start,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            Al Ng - Tech Council,,07/16/2026 09:00:00 AM,07/16/2026 10:00:00 AM,60,Yes
            """
        let r = try Importer.read(data: Data(text.utf8), name: "participants.csv")
        XCTAssertEqual(r.contacts.map { $0.organization ?? "-" },
                       ["-", "-", "-", "-", "Fox Valley Tech", "Head Start", "Tech Council"])
        XCTAssertEqual(r.contacts.map { $0.title ?? "-" }, ["-", "-", "-", "-", "-", "-", "-"])
    }

    func testAWalkInWhoWroteAnEmployerIsARecordNotATitle() throws {
        // A one-cell line on a sign-in sheet is a record when its name part reads as a person's name and what
        // follows as an employer, a title, a phone number or an email address.
        let sheet = """
            Quarterly Meeting Sign-In
            Name,Organization,Email,Phone
            Jane Smith,Acme Tool & Die,jane@acmetool.com,330-555-0101
            Bob Schultz - Fox Valley Technical College,,,
            Bob Jones - 608-555-0101,,,
            Ann Lee - ann.lee@acme.example.com,,,
            Afternoon Session - Room 204,,,
            Green Bay - Tuesday,,,
            Stevens Point – March 14,,,
            Kim Vo - Afternoon Session,,,
            Ann Lee,City College,,
            """
        let r = try Importer.read(data: Data(sheet.utf8), name: "signin.csv")
        XCTAssertEqual(r.contacts.map(\.name.displayName), ["Jane Smith", "Bob Schultz", "Bob Jones", "Ann Lee", "Ann Lee"])
        XCTAssertEqual(r.contacts[1].organization, "Fox Valley Technical College")
        XCTAssertEqual(r.contacts[2].phones, ["+16085550101"], "a walk-in's number after the name is kept")
        XCTAssertEqual(r.contacts[3].emails, ["ann.lee@acme.example.com"])
        XCTAssertEqual(r.warnings.filter { $0.message.contains("taken as a title") }.map(\.line), [7, 8, 9, 10],
                       "a place and a day, a date, a session: section titles, whatever stands before the dash")
    }
}
