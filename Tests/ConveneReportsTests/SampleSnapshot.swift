import ConveneModel

/// A small partnership shaped like real data: a launch in person, an action-team call on Zoom with rejoins,
/// and a quarterly meeting. Counts asserted in tests are worked out by hand from this fixture.
enum SampleSnapshot {
    static let launch = CalendarDate(year: 2024, month: 3, day: 5)

    static func make() -> PartnershipSnapshot {
        let orgs = [
            Organization(id: OrganizationID("O1"), name: "Acme Manufacturing", key: "acme manufacturing", kind: .business),
            Organization(id: OrganizationID("O2"), name: "Birch Precision Tools", key: "birch precision tools", kind: .business),
            Organization(id: OrganizationID("O3"), name: "Metro Workforce Board", key: "metro workforce board", kind: .workforceBoard),
            Organization(id: OrganizationID("O4"), name: "Lakeside Community College", key: "lakeside community college", kind: .college),
            Organization(id: OrganizationID("O5"), name: "Cobalt Castings", key: "cobalt castings", kind: .business),
        ]
        func person(_ id: String, _ given: String, _ family: String, _ org: String?, email: String?,
                    phone: String? = nil, raw: [String: String] = [:]) -> Person {
            Person(id: PersonID(id), name: PersonName(raw: "\(given) \(family)", given: given, family: family),
                   email: email, phone: phone, organization: nil, organizationID: org.map(OrganizationID.init),
                   title: "Director", city: "Springfield",
                   sources: [SourceRecord(file: "contacts.csv", record: Int(id.dropFirst())!, source: raw.isEmpty ? .generic : .mailchimp, raw: raw)])
        }
        let people = [
            person("P1", "Dana", "Reyes", "O1", email: "dana.reyes@acme.example", phone: "+15555550101"),
            person("P2", "Robert", "Smith", "O2", email: "bob@birch.example"),
            person("P3", "Priya", "Natarajan", "O3", email: "priya@metrowb.example"),
            person("P4", "Lee", "Okafor", "O4", email: "lee.okafor@lakeside.example"),
            person("P5", "Zoe", "Adams", "O5", email: "zoe@cobalt.example",
                   raw: ["Email Address": "zoe@cobalt.example", "Member Status": "cleaned"]),
            person("P6", "Marco", "Bianchi", "O1", email: "marco at acme"),
            person("P7", "Ana", "Éclair, Jr", "O5", email: "ana@cobalt.example"),
        ]
        let meetings = [
            Meeting(id: MeetingID("M1"), name: "Launch meeting", date: launch, kind: .launch, location: "Acme Plant, 1 Main St, Springfield"),
            Meeting(id: MeetingID("M2"), name: "Talent pipeline action team", date: CalendarDate(year: 2024, month: 3, day: 26),
                    kind: .actionTeam, isVirtual: true),
            Meeting(id: MeetingID("M3"), name: "Quarterly partnership meeting", date: CalendarDate(year: 2024, month: 6, day: 4),
                    kind: .partnership, location: "Lakeside Community College", startTime: "08:30", endTime: "10:30"),
        ]
        func p(_ m: String, _ who: String?, _ status: ParticipationStatus, join: String? = nil, leave: String? = nil,
               minutes: Double? = nil) -> Participation {
            Participation(meeting: MeetingID(m), person: who.map(PersonID.init), status: status, joinTime: join,
                          leaveTime: leave, minutes: minutes, source: SourceRecord(file: "\(m).csv", record: 1))
        }
        let participations = [
            // Launch: invited P1-P5; P1, P2, P3 attended; P4 registered but absent; P5 invited only;
            // P6 walked in without an invitation; one sign-in row could not be matched.
            p("M1", "P1", .invited), p("M1", "P2", .invited), p("M1", "P3", .invited), p("M1", "P4", .invited),
            p("M1", "P5", .invited), p("M1", "P4", .registered),
            p("M1", "P1", .attended), p("M1", "P2", .attended), p("M1", "P3", .attended), p("M1", "P6", .walkIn),
            p("M1", nil, .attended),
            // Action-team call on Zoom: P1 joined twice with overlap (09:00-09:40, 09:30-10:00 → 60 min),
            // P3 left and rejoined (09:00-09:20, 09:25-09:45 → 40 min), P7 new.
            p("M2", "P1", .registered), p("M2", "P3", .registered),
            p("M2", "P1", .attended, join: "2024-03-26T09:00:00-05:00", leave: "2024-03-26T09:40:00-05:00", minutes: 40),
            p("M2", "P1", .attended, join: "2024-03-26T09:30:00-05:00", leave: "2024-03-26T10:00:00-05:00", minutes: 30),
            p("M2", "P3", .attended, join: "2024-03-26T09:00:00-05:00", leave: "2024-03-26T09:20:00-05:00", minutes: 20),
            p("M2", "P3", .attended, join: "2024-03-26T09:25:00-05:00", leave: "2024-03-26T09:45:00-05:00", minutes: 20),
            p("M2", "P7", .attended, minutes: 15),
            // Quarterly: P1, P2, P4 attended (P4 first time), P3 invited but absent.
            p("M3", "P1", .invited), p("M3", "P2", .invited), p("M3", "P3", .invited), p("M3", "P4", .invited),
            p("M3", "P1", .attended), p("M3", "P2", .attended), p("M3", "P4", .attended),
        ]
        let items = [
            ActionItem(id: "A0001", priorityArea: "Talent pipeline", item: "Host a plant tour for high-school teachers",
                       team: "Talent pipeline", champion: "Dana Reyes", championID: PersonID("P1"),
                       support: "Lee Okafor", supportID: PersonID("P4"), start: launch,
                       due: CalendarDate(year: 2024, month: 5, day: 1), status: .done,
                       nextStep: nil, lastUpdated: CalendarDate(year: 2024, month: 5, day: 2)),
            ActionItem(id: "A0002", priorityArea: "Talent pipeline", item: "Map apprenticeship programs in the region",
                       team: "Talent pipeline", champion: "Robert Smith", championID: PersonID("P2"),
                       support: "Priya Natarajan", supportID: PersonID("P3"), start: launch,
                       due: CalendarDate(year: 2024, month: 4, day: 15), status: .onTrack,
                       nextStep: "Call the workforce board", lastUpdated: CalendarDate(year: 2024, month: 4, day: 1)),
            ActionItem(id: "A0003", priorityArea: "Supply chain", item: "List local machining suppliers; share capacity",
                       team: "Supply chain", champion: "Zoe Adams", championID: PersonID("P5"),
                       start: CalendarDate(year: 2024, month: 4, day: 1), due: CalendarDate(year: 2024, month: 9, day: 30),
                       status: .atRisk, nextStep: "Survey members", lastUpdated: CalendarDate(year: 2024, month: 5, day: 20),
                       notes: "=HYPERLINK(\"http://evil.example\")"),
            ActionItem(id: "A0004", priorityArea: "Infrastructure", item: "Ask the city about a bus stop at the industrial park",
                       team: "Infrastructure", start: CalendarDate(year: 2024, month: 4, day: 1), status: .notStarted),
        ]
        return PartnershipSnapshot(
            settings: PartnershipSettings(name: "Metro Manufacturing Partnership", sector: "Advanced manufacturing",
                                          region: "Metro", launchDate: launch, coChairs: ["Dana Reyes"]),
            people: people, organizations: orgs, meetings: meetings, participations: participations,
            actionItems: items,
            teams: ["Talent pipeline": [PersonID("P1"), PersonID("P2"), PersonID("P3"), PersonID("P4")],
                    "Supply chain": [PersonID("P5"), PersonID("P7")]],
            volunteers: [PersonID("P2"), PersonID("P7")])
    }
}
