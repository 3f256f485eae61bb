import ConveneImport
import ConveneModel
import XCTest

/// Header matching by whole phrase with precedence: what a cell holds about a person wins wherever it stands,
/// and between an address part and an organization word the one named last is the head.
final class HeaderPrecedenceTests: XCTestCase {
    /// The field a generic list gives a column headed `header` (beside a Name column, so the file is a contact list).
    private func field(_ header: String, file: StaticString = #filePath, line: UInt = #line) throws -> ColumnField? {
        let r = try Importer.read(rows: [(1, ["Name", header]), (2, ["Ann Lee", "x"])], name: "h.csv")
        XCTAssertEqual(r.source, .generic, header, file: file, line: line)
        return r.columns.first { $0.index == 1 }?.field
    }

    private func check(_ expected: [(String, ColumnField)], file: StaticString = #filePath, line: UInt = #line) throws {
        for (header, want) in expected {
            XCTAssertEqual(try field(header), want, "\"\(header)\"", file: file, line: line)
        }
    }

    func testAnAddressPartNamedAfterTheOrganizationIsThatPart() throws {
        try check([("Company City", .city), ("Company State", .region), ("Company Zip Code", .postalCode),
                   ("Company Country", .country), ("Organization Street", .street), ("Employer City/State", .city),
                   ("Organization Address", .street), ("Site City", .city)])
    }

    func testTheOrganizationNamedLastIsTheOrganization() throws {
        try check([("State Agency", .organization), ("Company Name", .organization), ("Employer Name", .organization),
                   ("Name of your employer", .organization), ("Company (optional)", .organization),
                   ("Organization", .organization), ("Employer", .organization), ("Company", .organization),
                   ("Which organization do you represent?", .organization)])
    }

    func testSiteNameIsTheOrganizationButASiteAloneIsNot() throws {
        try check([("Site name", .organization), ("SITE NAME", .organization), ("Work site name", .organization)])
        XCTAssertEqual(try field("Site"), .ignore, "a bare \"Site\" may be a meeting location: left for a mapping file")
    }

    func testAnotherPersonsDetailBesideTheRecordsOwnIsIgnored() throws {
        // Eventbrite's buyer columns, Outlook's and Salesforce's assistant, an emergency contact, a guardian.
        let headers = ["First Name", "Last Name", "Email", "Phone", "Buyer First Name", "Buyer Last Name", "Buyer Email",
                       "Assistant's Phone", "Asst. Phone", "Emergency Contact Phone", "Parent/Guardian Email",
                       "Referrer Email", "Assistant Principal Email", "Site Supervisor Phone"]
        let values = ["Ann", "Lee", "ann@acme.com", "555-111-2222", "Carl", "Buyer", "carl@acme.com", "555-333-4444",
                      "555-333-5555", "555-999-0000", "mom@example.com", "ref@example.com", "ap@school.org", "555-777-8888"]
        let r = try Importer.read(rows: [(1, headers), (2, values)], name: "h.csv")
        let field = { (h: String) in r.columns.first { $0.header == h }?.field }
        let reason = { (h: String) in r.columns.first { $0.header == h }?.reason }
        for h in ["Buyer First Name", "Buyer Last Name", "Buyer Email", "Assistant's Phone", "Asst. Phone",
                  "Emergency Contact Phone", "Parent/Guardian Email", "Referrer Email"] {
            XCTAssertEqual(field(h), .ignore, h)
            XCTAssertEqual(reason(h), .otherPerson, h)
        }
        // Whole words: an assistant principal's email and a site supervisor's phone are the person's own.
        XCTAssertEqual(field("Assistant Principal Email"), .email)
        XCTAssertEqual(field("Site Supervisor Phone"), .phone)
        let ann = try XCTUnwrap(r.contacts.first)
        XCTAssertEqual(ann.name.given, "Ann")
        XCTAssertFalse(ann.emails.contains("carl@acme.com"))
        XCTAssertFalse(ann.phones.contains { $0.contains("5553334444") || $0.contains("5559990000") })
    }

    func testAnEmergencyContactIsNeverTheRecordsOwnAParentMayStandIn() throws {
        // A youth roster with no phone or email of the student's own: the emergency contact's phone is not how to
        // reach the student; the guardian's email is (two siblings share it: the match engine weighs it shared).
        let r = try Importer.read(rows: [(1, ["Name", "School", "Parent/Guardian Email", "Emergency Contact Phone"]),
                                         (2, ["Maya Ortiz", "East High", "ortiz.family@example.com", "608-555-0142"]),
                                         (3, ["Leo Ortiz", "East High", "ortiz.family@example.com", "608-555-0142"])],
                                  name: "youth.csv")
        XCTAssertEqual(r.columns.map(\.field), [.fullName, .organization, .email, .ignore])
        XCTAssertEqual(r.columns[3].reason, .otherPerson)
        XCTAssertEqual(r.contacts.map(\.emails), [["ortiz.family@example.com"], ["ortiz.family@example.com"]])
        XCTAssertEqual(r.contacts.map(\.phones), [[], []])
        // A referrer's or an assistant's never stands in: Pat referred both, and is neither.
        let referred = try Importer.read(rows: [(1, ["Name", "Referred By", "Referrer Email", "Asst. Phone"]),
                                                (2, ["Ann Lee", "Pat Kay", "pat@chamber.org", "608-555-0170"]),
                                                (3, ["Bob Ray", "Pat Kay", "pat@chamber.org", "608-555-0170"])],
                                         name: "referrals.csv")
        XCTAssertEqual(referred.contacts.map(\.emails), [[], []])
        XCTAssertEqual(referred.contacts.map(\.phones), [[], []])
        // A parents' roster: the parent is the person the row is about.
        let parents = try Importer.read(rows: [(1, ["Student", "Parent Email", "Parent Phone"]),
                                               (2, ["Leo Ortiz", "rosa@example.com", "608-555-0150"])], name: "parents.csv")
        XCTAssertEqual(parents.contacts.first?.emails, ["rosa@example.com"])
        XCTAssertEqual(parents.contacts.first?.phones.count, 1)
    }

    func testAHeaderNamingBothNamePartsIsTheWholeName() throws {
        try check([("First and last name", .fullName), ("First & Last Name", .fullName), ("Name (Last, First)", .fullName),
                   ("Last Name, First Name", .fullName), ("Attendee Name (First Last)", .fullName),
                   ("Nombre y apellido(s)", .fullName),
                   ("First Name/Given Name", .firstName), ("Surname/Last Name", .lastName),
                   ("Title/Role", .title), ("Org Name", .organization), ("Representing", .organization),
                   // A phrase before the name parts says what the cell holds.
                   ("Email (first.last@company.com)", .email), ("Work email (e.g. first.last@agency.gov)", .email),
                   ("Phone (first, last 4 digits)", .phone),
                   ("First and last name (as it appears on your email)", .fullName),
                   ("Preferred First Name", .ignore), ("Nickname", .ignore), ("Preferred Email", .email)])
        XCTAssertNotEqual(try field("First seen / Last seen"), .fullName, "no name in it")
        // A preferred name beside the file's own name is not the name; alone it is.
        let beside = try Importer.read(rows: [(1, ["Full Name", "Preferred First Name"]), (2, ["Robert Smith", "Bob"])],
                                       name: "hr.csv")
        XCTAssertEqual(beside.columns[1].reason, .preferredName)
        XCTAssertEqual(beside.contacts.first?.name.given, "Robert")
        let alone = try Importer.read(rows: [(1, ["Preferred First Name", "Preferred Last Name", "Work Email"]),
                                             (2, ["Bob", "Smith", "bob@acme.com"])], name: "hr2.csv")
        XCTAssertEqual(alone.contacts.first?.name.given, "Bob")
        XCTAssertEqual(alone.contacts.first?.name.family, "Smith")
        // Beside only a surname column it is the given name the file has (it was ignored: "Smith" alone).
        let surnameOnly = try Importer.read(rows: [(1, ["Preferred First Name", "Last Name", "Email"]),
                                                   (2, ["Bob", "Smith", "bob@acme.com"])], name: "hr3.csv")
        XCTAssertEqual(surnameOnly.columns[0].field, .firstName)
        XCTAssertEqual([surnameOnly.contacts.first?.name.given, surnameOnly.contacts.first?.name.family], ["Bob", "Smith"])
        // Beside its own part it is still left out, whichever other name column is there.
        let both = try Importer.read(rows: [(1, ["First Name", "Preferred First Name", "Last Name"]),
                                            (2, ["Robert", "Bob", "Smith"])], name: "hr4.csv")
        XCTAssertEqual(both.columns[1].reason, .preferredName)
        XCTAssertEqual(both.contacts.first?.name.given, "Robert")
        XCTAssertNotEqual(try field("Date of first and last visit"), .fullName)
        let r = try Importer.read(rows: [(1, ["Timestamp", "Email Address", "First and last name", "Title/Role"]),
                                         (2, ["2026/11/12 9:01:02 AM CST", "ann@acme.com", "Ann Lee", "Plant Manager"])],
                                  name: "form.csv")
        XCTAssertEqual(r.contacts.first?.name.given, "Ann", "not a surname \"Ann Lee\"")
        XCTAssertEqual(r.contacts.first?.name.family, "Lee")
        XCTAssertEqual(r.contacts.first?.title, "Plant Manager")
    }

    func testABuyerOnlyOrderExportIsTheBuyersOwn() throws {
        // No attendee columns: the buyer is the person the row is about.
        let r = try Importer.read(rows: [(1, ["Order #", "Buyer First Name", "Buyer Last Name", "Buyer Email"]),
                                         (2, ["1001", "Carl", "Young", "carl@acme.com"])], name: "orders.csv")
        XCTAssertEqual(r.contacts.first?.name.family, "Young")
        XCTAssertEqual(r.contacts.first?.emails, ["carl@acme.com"])
    }

    func testContactChannelsAndNamesWinWhereverTheyStand() throws {
        try check([("Company Phone", .phone), ("Company Email", .email), ("Organization Website", .website),
                   ("Email Address", .email), ("Your name and company", .fullName), ("Organization Title", .title),
                   ("Company Position", .title), ("Business City", .city), ("Business Phone", .phone)])
    }

    func testWordsAboutAnOrganizationThatAreNotItsName() throws {
        for header in ["Company Size", "Company ID", "Company Description", "Organization 1 - Location",
                       "Company LinkedIn URL"] {
            XCTAssertEqual(try field(header), .ignore, "\"\(header)\" is not the organization's name")
        }
        try check([("IP Address", .ignore), ("Home Address PO Box", .ignore), ("Web address", .website)])
    }

    /// "Joined" in a member list is when someone joined the chamber, not a call: a join or leave column of dates
    /// without a time of day is left out, and the list records no attendance (importing it had demanded a
    /// meeting). A call's report, with times, is read as before; so is a column a mapping file names.
    func testAJoinedColumnOfDatesIsAMembershipDateNotAJoinTime() throws {
        let members = try Importer.read(rows: [(1, ["Name", "Company", "Email", "Joined"]),
                                               (2, ["Ann Lee", "Acme", "ann@acme.com", "2012-03-01"]),
                                               (3, ["Bo Park", "SteelCo", "bo@steelco.com", ""]),
                                               (4, ["Cy Diaz", "Helix", "cy@helix.com", "2019"])], name: "members.csv")
        XCTAssertEqual(members.columns[3].field, .ignore)
        XCTAssertEqual(members.columns[3].reason, .dateOnly)
        XCTAssertTrue(members.participations.isEmpty)
        XCTAssertEqual(members.contacts.count, 3)
        let call = try Importer.read(rows: [(1, ["Name", "Email", "Joined", "Left"]),
                                            (2, ["Ann Lee", "ann@acme.com", "2026-11-12 09:02:11", "2026-11-12 10:00:00"]),
                                            (3, ["Bo Park", "bo@steelco.com", "9:05 AM", "9:50 AM"])], name: "call.csv")
        XCTAssertEqual(call.columns.map(\.field), [.fullName, .email, .joinTime, .leaveTime])
        XCTAssertEqual(call.participations.map(\.participation.status), [.attended, .attended])
        var options = ImportOptions()
        options.mapping = MappingFile(columns: ["Joined": .joinTime])
        let mapped = try Importer.read(rows: [(1, ["Name", "Email", "Joined"]), (2, ["Ann Lee", "ann@acme.com", "2026-11-12"])],
                                       name: "mapped.csv", options: options)
        XCTAssertEqual(mapped.columns[2].field, .joinTime, "a mapping file has the last word")
    }

    /// Which kind of partner an organization is: "Organization Type", and an organization word followed by
    /// type, kind or category however the form words it. "Sector" and "Industry" alone stay unread (in a sector
    /// partnership they name the industry).
    func testAnOrganizationsTypeIsItsKind() throws {
        try check([("Organization Type", .organizationKind), ("Type of Organization", .organizationKind),
                   ("Partner Type", .organizationKind), ("Stakeholder Type", .organizationKind),
                   ("Employer type (business, school, agency)", .organizationKind),
                   ("Organization Category", .organizationKind), ("Company Size", .ignore)])
        // "Type" as a verb, another attribute first, Google Contacts' second organization's type: not the kind.
        try check([("Type your organization", .organization), ("Please type your company or organization", .organization),
                   ("Company Size Category", .ignore), ("Company Industry Type", .ignore), ("Agency Funding Type", .ignore),
                   ("Employer Type of Work", .ignore), ("Organization 2 - Type", .ignore)])
        for header in ["Sector", "Industry", "Ticket Type", "Attendee Type", "Member Type"] {
            XCTAssertNotEqual(try field(header), .organizationKind, header)
        }
    }

    func testAmongAddressPartsAloneTheFirstListedWins() throws {
        try check([("City/State", .city), ("Home Street Address 2", .street)])
    }

    /// A generic list whose Company City/State columns come before its Company column: the values go where
    /// they belong, and the organization is the company.
    func testAGenericListPutsCityAndStateOnTheContact() throws {
        let rows: [(line: Int, fields: [String])] = [
            (1, ["First Name", "Last Name", "Company City", "Company State", "Company Name", "Email"]),
            (2, ["Ann", "Lee", "Riverton", "WI", "Acme Tool & Die", "ann@acmetool.example.com"]),
        ]
        let r = try Importer.read(rows: rows, name: "members.csv")
        XCTAssertEqual(r.columns.map(\.field), [.firstName, .lastName, .city, .region, .organization, .email])
        let ann = try XCTUnwrap(r.contacts.first)
        XCTAssertEqual(ann.organization, "Acme Tool & Die")
        XCTAssertEqual(ann.city, "Riverton")
        XCTAssertEqual(ann.region, "WI")
    }
}
