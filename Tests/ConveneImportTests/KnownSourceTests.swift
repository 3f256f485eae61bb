@testable import ConveneImport
import ConveneModel
import XCTest

/// One test per known export: recognized kind, mapping, record count, normalized values, provenance.
final class KnownSourceTests: XCTestCase {
    func testTeamsAttendanceReport() throws {
        let r = try Fixture.read("teams-attendance.csv")
        XCTAssertEqual(r.source, .teamsAttendance)
        XCTAssertTrue(r.encoding.hasPrefix("UTF-16 LE"), r.encoding)
        XCTAssertEqual(r.delimiter, "\t")
        XCTAssertEqual(r.headerLine, 10)
        XCTAssertEqual(r.recordCount, 4, "the participants section only; activities are not records")
        XCTAssertEqual(r.field("In-Meeting Duration"), .duration)
        XCTAssertEqual(r.field("Participant ID (UPN)"), .ignore)
        XCTAssertEqual(r.meeting?.name, "Advanced Manufacturing Partnership - Launch")
        XCTAssertEqual(r.meeting?.date, CalendarDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(r.meeting?.startTime, "3/5/24, 9:55:12 AM")
        XCTAssertEqual(r.meeting?.isVirtual, true)

        let chidi = try XCTUnwrap(r.contact(email: "chidi@okafortool.example.com"))
        XCTAssertEqual(chidi.name.given, "Chidi")
        XCTAssertEqual(chidi.name.family, "Okafor")
        XCTAssertEqual(chidi.source.record, 2)
        XCTAssertEqual(chidi.source.line, 12)
        XCTAssertEqual(chidi.source.raw["Name"], "Okafor, Chidi")
        XCTAssertEqual(r.contact(email: "mgarcia@example.org")?.source.raw["Email"], "MGarcia@Example.org")

        XCTAssertEqual(r.participations.count, 4)
        let ann = try XCTUnwrap(r.participations.first)
        XCTAssertEqual(ann.participation.status, .attended)
        XCTAssertEqual(ann.participation.minutes ?? 0, 67.47, accuracy: 0.01)   // "1h 7m 28s"
        XCTAssertEqual(ann.participation.joinTime, "2024-03-05T09:55:12")
        XCTAssertEqual(ann.participation.leaveTime, "2024-03-05T11:02:40")
        XCTAssertEqual(ann.participation.role, "Organizer")
        XCTAssertEqual(r.participations[3].participation.minutes, 32)           // "32m"
        XCTAssertEqual(r.contacts.map(\.source.record), [1, 2, 3, 4])
        XCTAssertEqual(r.warnings, [], "summary and activity rows are other sections, not ragged records")
    }

    func testTeamsOlderJoinLeaveList() throws {
        let r = try Fixture.read("teams-attendance-2021.csv")
        XCTAssertEqual(r.source, .teamsAttendance)
        XCTAssertEqual(r.field("User Action"), .userAction)
        XCTAssertEqual(r.recordCount, 5, "every join and leave row is a record")
        // A "Left" row closes the person's open session: one participation per join, with minutes.
        XCTAssertEqual(r.participations.count, 3)
        let ann = r.participations[0].participation
        XCTAssertEqual(ann.joinTime, "2021-03-05T09:55:12")
        XCTAssertEqual(ann.leaveTime, "2021-03-05T11:02:40")
        XCTAssertEqual(ann.minutes ?? 0, 67.47, accuracy: 0.01)
        XCTAssertEqual(r.participations[1].participation.minutes ?? 0, 17.27, accuracy: 0.01)
        XCTAssertNil(r.participations[2].participation.leaveTime, "Maria never left before the report ended")
        XCTAssertEqual(r.contacts.map(\.source.record), [1, 2, 4])
    }

    func testZoomWithMeetingDetailsKeepsOneRowPerRejoin() throws {
        let r = try Fixture.read("zoom-participants-details.csv")
        XCTAssertEqual(r.source, .zoomParticipants)
        XCTAssertEqual(r.encoding, "UTF-8 with BOM")
        XCTAssertEqual(r.headerLine, 4)
        XCTAssertEqual(r.recordCount, 4)
        XCTAssertEqual(r.meeting?.name, "Pipeline Action Team")
        XCTAssertEqual(r.meeting?.date, CalendarDate(year: 2024, month: 3, day: 12))
        XCTAssertEqual(r.field("Duration (Minutes)"), .duration)
        XCTAssertEqual(r.field("Guest"), .guest)
        // Chidi left and rejoined: two participations, each with its own times and minutes, one contact each.
        let chidi = r.participations.filter { p in
            p.contact.map { r.contacts[$0].emails == ["chidi@okafortool.example.com"] } ?? false
        }
        XCTAssertEqual(chidi.map(\.participation.minutes), [20, 40])
        XCTAssertEqual(chidi.map(\.participation.joinTime), ["2024-03-12T14:01:10", "2024-03-12T14:24:05"])
        XCTAssertEqual(chidi.map(\.participation.source.record), [2, 3])
        // "iPhone (Maria Garcia)": the device name is dropped, the account name kept; raw value untouched.
        let maria = r.contacts[3]
        XCTAssertEqual(maria.name.given, "Maria")
        XCTAssertEqual(maria.name.family, "Garcia")
        XCTAssertEqual(maria.source.raw["Name (Original Name)"], "iPhone (Maria Garcia)")
    }

    func testZoomWithoutMeetingDetails() throws {
        let r = try Fixture.read("zoom-participants.csv")
        XCTAssertEqual(r.source, .zoomParticipants)
        XCTAssertEqual(r.headerLine, 1)
        XCTAssertEqual(r.recordCount, 3)
        XCTAssertNil(r.meeting)
        XCTAssertEqual(r.participations.map(\.participation.minutes), [41, 17, 58])
        // "Sam (Samuel Ortiz)": the account name in parentheses is the fuller one.
        XCTAssertEqual(r.contacts[2].name.given, "Samuel")
        XCTAssertEqual(r.contacts[2].name.family, "Ortiz")
        XCTAssertEqual(r.contacts[2].source.raw["Name (Original Name)"], "Sam (Samuel Ortiz)")
    }

    func testZoomDisplayNamesAreReadAsTheNamesTheyHold() {
        let read = ZoomParticipantsReport.name
        XCTAssertEqual(read("Deborah L (Deborah Lindgren)"), "Deborah Lindgren", "an initial written out in the account name")
        XCTAssertEqual(read("Janet G (Janet Green)"), "Janet Green")
        XCTAssertEqual(read("Ann Lee (she/her)"), "Ann Lee")
        XCTAssertEqual(read("Michael's iPhone"), "Michael")
        XCTAssertEqual(read("Ann’s iPad"), "Ann")
        XCTAssertEqual(read("margaret.thompson"), "margaret thompson")
        XCTAssertEqual(read("j_kaminski"), "j_kaminski", "an initial is no given name: left as written")
        XCTAssertEqual(read("iPhone (Maria Garcia)"), "Maria Garcia")
        XCTAssertEqual(read("Bob Schultz - Northwoods Paper"), "Bob Schultz - Northwoods Paper", "left to the name parser")
        XCTAssertEqual(read("Ann Lee"), "Ann Lee")
        XCTAssertEqual(read("Sam (Samuel Ortiz)"), "Samuel Ortiz")
        XCTAssertEqual(read("Samuel Ortiz (Sam Ortiz)"), "Samuel Ortiz", "the display name is the fuller one")
        XCTAssertEqual(read("Bob Smith (Mary Smith)"), "Bob Smith", "someone on another's account: who joined")
        XCTAssertEqual(read("Michael's iPhone (Michael Brown)"), "Michael Brown")
        XCTAssertEqual(read("Michael Brown's iPhone"), "Michael Brown")
        XCTAssertEqual(read("Phonethip Sengdara (she/her)"), "Phonethip Sengdara", "a name that starts like a device")
        XCTAssertEqual(read("Galaxy S21 (Ann Lee)"), "Ann Lee")
    }

    func testEventbriteAttendeeReport() throws {
        let r = try Fixture.read("eventbrite-attendees.csv")
        XCTAssertEqual(r.source, .eventbrite)
        XCTAssertEqual(r.recordCount, 3)
        XCTAssertEqual(r.field("Attendee Status"), .registrationStatus)
        XCTAssertEqual(r.field("Order #"), .ignore)
        XCTAssertEqual(r.meeting?.name, "Advanced Manufacturing Partnership Launch")
        let bob = try XCTUnwrap(r.contact(email: "rsmith@acme-mfg.example.com"))
        XCTAssertEqual(bob.organization, "Acme Manufacturing, Inc.")
        XCTAssertEqual(bob.phones, ["+16085550101"])
        XCTAssertEqual(bob.city, "Riverton")
        let kathy = try XCTUnwrap(r.contact(email: "koneil@rivertonprecision.example.com"))
        XCTAssertEqual(kathy.phones, ["+16085550102;ext=204"])
        // Attending → registered, Checked In → attended, Not Attending → no participation (the contact stays).
        XCTAssertEqual(r.participations.map(\.participation.status), [.registered, .attended])
        XCTAssertEqual(r.participations.map(\.participation.source.record), [1, 2])
        XCTAssertEqual(r.contacts.count, 3)
        XCTAssertEqual(r.organizationKinds["Tri-County Workforce Development Board"], .workforceBoard)
    }

    func testGoogleFormsResponses() throws {
        let r = try Fixture.read("google-forms-rsvp.csv")
        XCTAssertEqual(r.source, .googleForms)
        XCTAssertEqual(r.recordCount, 3)
        XCTAssertEqual(r.field("Timestamp"), .timestamp)
        XCTAssertEqual(r.field("Your name"), .fullName)
        XCTAssertEqual(r.field("Interested in being a champion?"), .volunteer)
        XCTAssertEqual(r.contacts[0].name.family, "Lee")
        XCTAssertEqual(r.contacts[0].organization, "Lee Industrial Supply")
        XCTAssertEqual(r.volunteers, [0])
        XCTAssertEqual(r.field("Will you attend the launch on March 5?"), .registrationStatus)
        // Two said yes (registered); Heidi said no: a contact, but no registration.
        XCTAssertEqual(r.participations.map(\.participation.status), [.registered, .registered])
        XCTAssertEqual(r.participations.map(\.contact), [0, 1])
        XCTAssertEqual(r.organizationKinds["Riverton Area Chamber of Commerce"], .chamber)
    }

    func testMailchimpAudienceExport() throws {
        let r = try Fixture.read("mailchimp-audience.csv")
        XCTAssertEqual(r.source, .mailchimp)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("MEMBER_RATING"), .ignore)
        XCTAssertEqual(r.field("Address"), .address)
        let rachel = r.contacts[0]
        XCTAssertEqual(rachel.emails, ["rachel.green@northfieldfab.example.com"])
        XCTAssertEqual(rachel.street, "200 Industrial Pkwy, Suite 4")
        XCTAssertEqual(rachel.city, "Riverton")
        XCTAssertEqual(rachel.region, "WI")
        XCTAssertEqual(rachel.postalCode, "53001")
        XCTAssertEqual(rachel.country, "US")
        XCTAssertEqual(r.contacts[1].emails, ["info@summitcnc.example.com"])
        XCTAssertTrue(r.contacts[1].name.isEmpty)
    }

    func testConstantContactExport() throws {
        let r = try Fixture.read("constant-contact.csv")
        XCTAssertEqual(r.source, .constantContact)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("Email status"), .ignore)
        XCTAssertEqual(r.contacts[0].title, "Executive Director")
        XCTAssertEqual(r.organizationKinds["Riverton Economic Development Corp."], .economicDevelopment)
        XCTAssertEqual(r.organizationKinds["Valley Technical College"], .college)
    }

    func testOutlookContacts() throws {
        let r = try Fixture.read("outlook-contacts.csv")
        XCTAssertEqual(r.source, .outlookContacts)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("Title"), .honorific, "Outlook's Title is Dr./Ms., not a job title")
        XCTAssertEqual(r.field("Job Title"), .title)
        let marcus = r.contacts[0]
        XCTAssertEqual(marcus.name.honorific, "Dr.")
        XCTAssertEqual(marcus.title, "Dean of Workforce Programs")
        XCTAssertEqual(marcus.phones, ["+16085550107", "+16085550117"])
        XCTAssertEqual(marcus.website, "https://valleytech.example.edu")
        XCTAssertEqual(marcus.postalCode, "53002")
    }

    func testGoogleContactsOlderGeneration() throws {
        let r = try Fixture.read("google-contacts-old.csv")
        XCTAssertEqual(r.source, .googleContacts)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("Given Name"), .firstName)
        XCTAssertEqual(r.field("Organization 1 - Name"), .organization)
        let angela = r.contacts[0]
        XCTAssertEqual(angela.emails, ["achen@helixcontrols.example.com", "angela.chen@example.net"], "\" ::: \" holds several")
        XCTAssertEqual(angela.dateOfBirth, "1975-04-09")
        XCTAssertEqual(angela.title, "Chief Executive Officer")
    }

    func testGoogleContactsNewerGeneration() throws {
        let r = try Fixture.read("google-contacts-new.csv")
        XCTAssertEqual(r.source, .googleContacts)
        XCTAssertEqual(r.recordCount, 1, "a quoted multi-line address stays inside one record")
        XCTAssertEqual(r.field("First Name"), .firstName)
        XCTAssertEqual(r.field("Address 1 - Formatted"), .ignore)
        let grace = r.contacts[0]
        XCTAssertEqual(grace.name.given, "Grace")
        XCTAssertEqual(grace.name.family, "Park")
        XCTAssertEqual(grace.name.honorific, "Ms.")
        XCTAssertEqual(grace.phones, ["+16085550129"])
        XCTAssertEqual(grace.city, "Riverton")
        XCTAssertEqual(grace.organization, "Summit CNC LLC")
    }

    func testLinkedInConnectionsWithNotesPreamble() throws {
        let r = try Fixture.read("linkedin-connections.csv")
        XCTAssertEqual(r.source, .linkedInConnections)
        XCTAssertEqual(r.headerLine, 4)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("URL"), .ignore, "a profile link is not the company website")
        XCTAssertEqual(r.field("Position"), .title)
        XCTAssertEqual(r.contacts[0].emails, [])
        XCTAssertEqual(r.contacts[0].source.line, 5)
        XCTAssertEqual(r.contacts[1].organization, "Riverton Economic Development Corp.")
    }

    func testSalesforceReportFooterIsNotData() throws {
        let r = try Fixture.read("salesforce-contacts.csv")
        XCTAssertEqual(r.source, .salesforce)
        XCTAssertEqual(r.recordCount, 2, "the footer (copyright, generated by) gets no record number")
        XCTAssertEqual(r.field("Salutation"), .honorific)
        XCTAssertEqual(r.field("Title"), .title)
        XCTAssertEqual(r.contacts[0].organization, "Acme Manufacturing, Inc.")
        XCTAssertEqual(r.contacts[1].phones, ["+16085550103"])
        XCTAssertEqual(r.warnings.map(\.line), [5], "one warning for the whole footer")
    }

    func testHubSpotContacts() throws {
        let r = try Fixture.read("hubspot-contacts.csv")
        XCTAssertEqual(r.source, .hubspot)
        XCTAssertEqual(r.recordCount, 2)
        XCTAssertEqual(r.field("Record ID"), .ignore)
        XCTAssertEqual(r.field("Contact owner"), .ignore, "the owner is our colleague, not the contact")
        XCTAssertEqual(r.contacts[0].organization, "Okafor Tool & Die")
        XCTAssertEqual(r.contacts[0].name.displayName, "Chidi Okafor")
    }

    func testSignInSheetTypedIntoExcelSavedAsCSV() throws {
        let r = try Fixture.read("signin-typed.csv")
        XCTAssertEqual(r.source, .signInSheet)
        XCTAssertEqual(r.encoding, "Windows-1252")
        XCTAssertEqual(r.headerLine, 4)
        XCTAssertEqual(r.recordCount, 3, "the empty ,,,, row between people is blank")
        XCTAssertEqual(r.meeting?.name, "Launch Meeting Sign-In")
        XCTAssertEqual(r.meeting?.date, CalendarDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(r.contacts[0].name.family, "Hernández")
        XCTAssertEqual(r.contacts[1].name.given, "Robert", "all-caps names are re-cased")
        XCTAssertEqual(r.contacts[2].source.record, 3)
        XCTAssertEqual(r.contacts[2].source.line, 8)
        XCTAssertEqual(r.participations.map(\.participation.status), [.attended, .attended, .attended])
    }

    func testActionPlan() throws {
        let r = try Fixture.read("action-plan.csv")
        XCTAssertEqual(r.source, .actionPlan)
        XCTAssertEqual(r.recordCount, 3)
        XCTAssertEqual(r.actionItems.count, 3)
        XCTAssertTrue(r.contacts.isEmpty)
        let first = r.actionItems[0].item
        XCTAssertEqual(first.id, "A0001")
        XCTAssertEqual(first.team, "Pipeline")
        XCTAssertEqual(first.champion, "Angela Chen")
        XCTAssertEqual(first.status, .onTrack)
        XCTAssertEqual(first.due, CalendarDate(year: 2026, month: 5, day: 15))
        XCTAssertEqual(r.actionItems[1].item.due, CalendarDate(year: 2026, month: 9, day: 30), "US dates too")
        // "Stalled" is not a tracker status: kept as Not started, with a warning naming the line.
        XCTAssertEqual(r.actionItems[2].item.status, .notStarted)
        XCTAssertTrue(r.warnings.contains { $0.line == 4 && $0.message.contains("Stalled") })
        XCTAssertEqual(r.actionItems[2].source.record, 3)
    }
}
