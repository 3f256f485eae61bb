import ConveneModel

/// An Eventbrite attendee report: one row per ticket, "Attendee Status" (Attending, Checked In, Not Attending,
/// Refunded …) and, after the event, a check-in column. Registrations unless a row says more.
struct EventbriteAttendees: KnownExport {
    let profile = SourceProfile(
        kind: .eventbrite,
        signatures: [["Order #", "Attendee Status"], ["Order #", "Ticket Type", "Email"]],
        fields: [("Order #", .ignore), ("Order Date", .timestamp), ("Email", .email),
                 ("Attendee Status", .registrationStatus), ("Event Name", .meetingName),
                 ("Attendee #", .ignore), ("Group", .ignore), ("Quantity", .ignore),
                 ("Price Tier", .ignore), ("Ticket Type", .ignore), ("Order Type", .ignore),
                 ("Currency", .ignore), ("Total Paid", .ignore), ("Fees Paid", .ignore),
                 ("Eventbrite Fees", .ignore), ("Eventbrite Payment Processing", .ignore),
                 ("Home Address 1", .street), ("Home City", .city), ("Home State", .region),
                 ("Home Zip", .postalCode), ("Home Country", .country), ("Job Title", .title),
                 ("Company", .organization), ("Work Phone", .phone), ("Cell Phone", .phone),
                 ("Checked In", .attended), ("Check-In Status", .attended)],
        participation: .registered)

    var speaksForItself: Bool { true }
}
