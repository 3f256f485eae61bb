/// The settings that describe a partnership (kept in the workspace's settings file).
public struct PartnershipSettings: Hashable, Codable, Sendable {
    public var name: String
    public var sector: String?
    public var region: String?
    public var launchDate: CalendarDate?
    /// ISO 3166 region used when a phone number has no country code ("US").
    public var defaultPhoneRegion: String
    public var coChairs: [String]

    public init(name: String, sector: String? = nil, region: String? = nil, launchDate: CalendarDate? = nil,
                defaultPhoneRegion: String = "US", coChairs: [String] = []) {
        self.name = name
        self.sector = sector
        self.region = region
        self.launchDate = launchDate
        self.defaultPhoneRegion = defaultPhoneRegion
        self.coChairs = coChairs
    }
}

/// Everything a report needs, as plain values: the workspace loads it, reports render it.
public struct PartnershipSnapshot: Codable, Sendable {
    public var settings: PartnershipSettings
    public var people: [Person]
    public var organizations: [Organization]
    public var meetings: [Meeting]
    public var participations: [Participation]
    public var actionItems: [ActionItem]
    /// Teams: name → member person IDs (from action-team meetings and the action plan).
    public var teams: [String: [PersonID]]
    /// People who volunteered as champions (from forms or the action plan).
    public var volunteers: [PersonID]

    public init(settings: PartnershipSettings, people: [Person] = [], organizations: [Organization] = [],
                meetings: [Meeting] = [], participations: [Participation] = [], actionItems: [ActionItem] = [],
                teams: [String: [PersonID]] = [:], volunteers: [PersonID] = []) {
        self.settings = settings
        self.people = people
        self.organizations = organizations
        self.meetings = meetings
        self.participations = participations
        self.actionItems = actionItems
        self.teams = teams
        self.volunteers = volunteers
    }
}
