/// The settings that describe a partnership (kept in the workspace's settings file).
///
/// ```swift
/// var settings = PartnershipSettings(name: "Tri-County Advanced Manufacturing Partnership", sector: "Manufacturing")
/// settings.coChairs = ["Angela Chen", "Robert Smith"]
/// ```
public struct PartnershipSettings: Hashable, Codable, Sendable {
    /// The partnership's name, e.g. "Tri-County Advanced Manufacturing Partnership".
    public var name: String
    /// The industry sector, e.g. "Advanced manufacturing".
    public var sector: String?
    /// The region it serves.
    public var region: String?
    /// The date of the launch meeting.
    public var launchDate: CalendarDate?
    /// ISO 3166 region used when a phone number has no country code ("US").
    public var defaultPhoneRegion: String
    /// The business co-chairs' names, as reports sign them.
    public var coChairs: [String]

    /// Settings from the partnership's name; the rest is optional and phone numbers default to the US.
    ///
    /// ```swift
    /// let settings = PartnershipSettings(name: "Tri-County Advanced Manufacturing Partnership",
    ///                                    launchDate: CalendarDate(iso: "2026-08-25"), coChairs: ["Angela Chen", "Robert Smith"])
    /// ```
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
///
/// ```swift
/// let snapshot = PartnershipSnapshot(settings: settings, people: people, meetings: meetings,
///                                    participations: participations, actionItems: items)
/// let businesses = snapshot.organizations.filter { $0.kind == .business }.count
/// ```
public struct PartnershipSnapshot: Codable, Sendable {
    /// The partnership's settings.
    public var settings: PartnershipSettings
    /// Every person (golden record).
    public var people: [Person]
    /// Every organization.
    public var organizations: [Organization]
    /// Every meeting.
    public var meetings: [Meeting]
    /// Every participation in every meeting.
    public var participations: [Participation]
    /// The action plan.
    public var actionItems: [ActionItem]
    /// Teams: name → member person IDs (from action-team meetings and the action plan).
    public var teams: [String: [PersonID]]
    /// People who volunteered as champions (from forms or the action plan).
    public var volunteers: [PersonID]

    /// A snapshot from its parts; a workspace's `snapshot()` builds the real one.
    ///
    /// ```swift
    /// let snapshot = PartnershipSnapshot(settings: PartnershipSettings(name: "TCAMP"), people: people, meetings: meetings)
    /// ```
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
