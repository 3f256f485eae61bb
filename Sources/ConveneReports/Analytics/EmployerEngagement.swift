import ConveneModel

/// The employer-engagement figures a board reports, from attendance.
///
/// Definitions (the attendance workbook's "Employer engagement" and "Business ratio" sheets print them too):
/// - A business is **engaged** in a calendar year when at least one person linked to it (an organization of kind
///   business) attended or walked in to a meeting dated that year. Undated meetings count in no year.
/// - **Repeat**: engaged this year and in any of the ``lookbackYears`` calendar years before (for 2026: 2023,
///   2024 or 2025).
/// - **New**: engaged this year and in no earlier year on record.
/// - **Back after a gap**: engaged this year and in some earlier year, but in none of the three before (engaged
///   in 2021 and 2026: in 2026 neither repeat nor new). Engaged = repeat + new + back after a gap.
/// - **Business to public-partner ratio** per meeting: business attendees ÷ public-partner attendees (people,
///   each once); no ratio when no public partner attended. People whose organization is not classified count
///   in neither.
///
/// ```swift
/// let engagement = EmployerEngagement(AttendanceAnalytics(snapshot))
/// engagement.years.last?.repeatBusinesses.count
/// ```
public struct EmployerEngagement: Sendable {
    /// How many calendar years before a year count for "repeat".
    public static let lookbackYears = 3

    /// One calendar year's figures.
    ///
    /// ```swift
    /// for year in EmployerEngagement(AttendanceAnalytics(snapshot)).years {
    ///     print(year.year, year.businesses.count, year.newBusinesses.count, year.repeatBusinesses.count)
    /// }
    /// ```
    public struct Year: Sendable, Hashable {
        /// The calendar year.
        public var year: Int
        /// Meetings dated that year that someone attended.
        public var meetings: Int
        /// Businesses engaged that year.
        public var businesses: Set<OrganizationID>
        /// Engaged that year and in any of the three years before.
        public var repeatBusinesses: Set<OrganizationID>
        /// Engaged that year for the first time on record.
        public var newBusinesses: Set<OrganizationID>
        /// Engaged that year and earlier, but not in any of the three years before.
        public var backAfterGap: Set<OrganizationID>
        /// Public-partner organizations with someone at a meeting that year.
        public var publicPartners: Set<OrganizationID>
    }

    /// One meeting's business and public-partner attendance.
    ///
    /// ```swift
    /// for mix in EmployerEngagement(AttendanceAnalytics(snapshot)).meetings {
    ///     print(mix.meeting.name, mix.businessPeople, mix.publicPartnerPeople, mix.ratio ?? 0)
    /// }
    /// ```
    public struct MeetingMix: Sendable, Hashable {
        /// The meeting.
        public var meeting: Meeting
        /// Business attendees (people).
        public var businessPeople: Int
        /// Public-partner attendees (people).
        public var publicPartnerPeople: Int
        /// Attendees whose organization is unknown or not classified.
        public var unknownPeople: Int
        /// Distinct businesses represented.
        public var businesses: Int
        /// Distinct public-partner organizations represented.
        public var publicPartners: Int
        /// Business attendees per public-partner attendee; nil when no public partner attended.
        public var ratio: Double? { publicPartnerPeople == 0 ? nil : Double(businessPeople) / Double(publicPartnerPeople) }
    }

    /// Every calendar year from the first attended dated meeting's to the last's, oldest first (years without
    /// one included, with zeros, so a gap shows).
    public let years: [Year]
    /// Every meeting in calendar order.
    public let meetings: [MeetingMix]

    /// The figures from attendance analytics (each person once per meeting).
    ///
    /// ```swift
    /// let engagement = EmployerEngagement(AttendanceAnalytics(snapshot))
    /// ```
    public init(_ analytics: AttendanceAnalytics) {
        let index = analytics.index
        var businessesByYear: [Int: Set<OrganizationID>] = [:], publicByYear: [Int: Set<OrganizationID>] = [:]
        var meetingsByYear: [Int: Int] = [:]
        var mixes: [MeetingMix] = []
        for m in analytics.meetings {
            var businesses = Set<OrganizationID>(), publicPartners = Set<OrganizationID>()
            for id in m.attended {
                guard let person = index.peopleByID[id], let org = index.organization(of: person) else { continue }
                if org.kind == .business { businesses.insert(org.id) } else if org.kind.isPublicPartner { publicPartners.insert(org.id) }
            }
            mixes.append(MeetingMix(meeting: m.meeting, businessPeople: m.businessCount, publicPartnerPeople: m.publicPartnerCount,
                                    unknownPeople: m.unknownKindCount, businesses: businesses.count,
                                    publicPartners: publicPartners.count))
            guard let year = m.meeting.date?.year, !m.attended.isEmpty else { continue }
            meetingsByYear[year, default: 0] += 1
            businessesByYear[year, default: []].formUnion(businesses)
            publicByYear[year, default: []].formUnion(publicPartners)
        }
        meetings = mixes
        guard let first = meetingsByYear.keys.min(), let last = meetingsByYear.keys.max() else { years = []; return }
        var everBefore = Set<OrganizationID>()
        var result: [Year] = []
        for year in first...last {
            let engaged = businessesByYear[year] ?? []
            let recent = ((year - Self.lookbackYears)..<year).reduce(into: Set<OrganizationID>()) { $0.formUnion(businessesByYear[$1] ?? []) }
            let repeated = engaged.intersection(recent)
            let new = engaged.subtracting(everBefore)
            result.append(Year(year: year, meetings: meetingsByYear[year] ?? 0, businesses: engaged, repeatBusinesses: repeated,
                               newBusinesses: new, backAfterGap: engaged.subtracting(repeated).subtracting(new),
                               publicPartners: publicByYear[year] ?? []))
            everBefore.formUnion(engaged)
        }
        years = result
    }
}
