import Foundation

/// Header text compared loosely: case, accents, surrounding spaces, punctuation and a trailing `*` or `:` don't
/// matter.
enum HeaderText {
    /// "E-mail Address *" → "e mail address"; "Job_Title" → "job title"; "Téléphone" → "telephone".
    static func key(_ header: String) -> String {
        var out = ""
        var lastWasSpace = true
        let folded = header.unicodeScalars.allSatisfy(\.isASCII) ? header.lowercased()
            : header.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            let isWord = (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)))
            if isWord {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if scalar == "#" {
                if !lastWasSpace { out += " " }
                out += "#"
                lastWasSpace = false
            } else if !lastWasSpace {
                out += " "
                lastWasSpace = true
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}

/// Header synonyms for generic files: the words people actually type above a column.
enum HeaderSynonyms {
    /// Exact (normalized) header → field. Checked first.
    static let exact: [String: ColumnField] = {
        var table: [String: ColumnField] = [:]
        func add(_ field: ColumnField, _ headers: [String]) {
            for h in headers { table[HeaderText.key(h)] = field }
        }
        add(.fullName, ["Name", "Full Name", "Attendee", "Attendee Name", "Participant", "Participant Name",
                        "Contact", "Contact Name", "Your Name", "Display Name", "Guest Name", "Person",
                        "Name (Original Name)", "Registrant", "Member Name", "Print Name", "Please print your name"])
        add(.honorific, ["Prefix", "Salutation", "Name Prefix", "Title (Mr/Ms)"])
        add(.firstName, ["First", "First Name", "FirstName", "Given Name", "Given", "Forename", "First_Name", "FName"])
        add(.middleName, ["Middle", "Middle Name", "Middle Initial", "MI", "Additional Name"])
        add(.lastName, ["Last", "Last Name", "LastName", "Surname", "Family Name", "Last_Name", "LName"])
        add(.nameSuffix, ["Suffix", "Name Suffix"])
        add(.email, ["Email", "E-mail", "Email Address", "E-mail Address", "Email Addr", "Work Email", "Business Email",
                     "Work E-mail", "Primary Email", "Email 1", "Personal Email", "Mail", "User Email", "Contact Email",
                     "Your Email", "Your email address", "Username", "Emailaddress"])
        add(.phone, ["Phone", "Phone Number", "Telephone", "Tel", "Work Phone", "Business Phone", "Office Phone",
                     "Mobile", "Mobile Phone", "Cell", "Cell Phone", "Cellphone", "Home Phone", "Primary Phone",
                     "Phone #", "Direct Line", "Direct Phone", "Contact Number", "Phone No"])
        add(.organization, ["Company", "Company Name", "Organization", "Organisation", "Organization Name", "Org",
                            "Employer", "Business", "Business Name", "Agency", "Institution", "School", "Affiliation",
                            "Account Name", "Account", "Firm", "Company / Organization", "Organization/Company",
                            "Partner", "Partner Organization", "Member Organization", "Org Name", "Representing",
                            "Organization Represented", "Company Represented"])
        add(.organizationKind, ["Organization Type", "Organisation Type", "Org Type", "Type of Organization",
                                "Type of Organisation", "Organization Kind", "Organization Category", "Partner Type",
                                "Partner Kind", "Partner Category", "Type of Partner", "Partner Sector",
                                "Stakeholder Type", "Stakeholder Category", "Type of Stakeholder", "Company Type",
                                "Employer Type", "Agency Type", "Business or Public Partner"])
        add(.title, ["Title", "Job Title", "Position", "Role/Title", "Job", "Job Role", "Occupation", "Designation",
                     "Organization Title", "Job title", "Title/Role", "Job Title/Role"])
        add(.street, ["Address", "Street", "Street Address", "Address 1", "Address Line 1", "Address1", "Mailing Address",
                      "Mailing Street", "Business Street", "Home Address 1", "Work Address 1"])
        add(.city, ["City", "Town", "Mailing City", "Business City", "Home City", "Work City"])
        add(.region, ["State", "Province", "State/Province", "Region", "Mailing State/Province", "Business State",
                      "Home State", "Work State", "State/Region"])
        add(.postalCode, ["Zip", "ZIP Code", "Zipcode", "Zip/Postal Code", "Postal Code", "Postcode", "Postal",
                          "Mailing Zip/Postal Code", "Business Postal Code", "Home Zip", "Work Zip"])
        add(.country, ["Country", "Country/Region", "Mailing Country", "Business Country", "Business Country/Region"])
        add(.website, ["Website", "Web Site", "Web Page", "URL", "Homepage", "Company Website", "Website URL", "Web"])
        add(.dateOfBirth, ["DOB", "Date of Birth", "Birthday", "Birth Date", "Birthdate"])
        add(.notes, ["Notes", "Note", "Comments", "Comment", "Remarks"])
        add(.attended, ["Attended", "Checked In", "Check In", "Checked-In", "Check-In", "Present", "Attendance",
                        "Checked In?", "Attended?", "Here"])
        add(.registrationStatus, ["Status", "Registration Status", "RSVP", "RSVP Status", "Attendee Status", "Status of Registration",
                                  "Response", "Registered", "Approval Status"])
        add(.walkIn, ["Walk-in", "Walk-in?", "Walk in", "Walk in?", "Walkin", "Walk-up", "Not registered"])
        add(.joinTime, ["Join Time", "Joined", "First Join", "Time In", "Arrival", "Arrived", "Check In Time", "Sign In Time",
                        "Time joined"])   // Google Meet's attendance report: "Time joined", "Time exited"
        add(.leaveTime, ["Leave Time", "Left", "Last Leave", "Time Out", "Departure", "Check Out Time", "Time exited"])
        add(.duration, ["Duration", "Duration (Minutes)", "Minutes", "Time in Session", "In-Meeting Duration",
                        "Total Duration (Minutes)", "Attendance Duration"])
        add(.role, ["Role", "Meeting Role", "Participant Role"])
        add(.meetingName, ["Meeting", "Meeting Name", "Event", "Event Name", "Session", "Topic", "Meeting Title"])
        add(.meetingDate, ["Meeting Date", "Event Date", "Session Date", "Date"])
        add(.volunteer, ["Interested in being a champion?", "Champion?", "Volunteer", "Volunteer?", "Willing to champion",
                         "Interested in volunteering?"])
        add(.timestamp, ["Timestamp", "Submitted", "Submitted At", "Submission Date", "Created", "Created At"])
        // Spanish and French forms (a community partner's sign-in sheet, a Quebec roster). Accents don't matter
        // (see ``HeaderText/key(_:)``). "Nombre" or "Nom" alone is a whole name; beside "Apellido" it is the
        // given name, beside "Prénom" the surname (the record builder reads a name cell beside one part so).
        // Left out on purpose: "Estado" (a state, or a registration's status), "Poste" (a job, or a phone
        // extension), "Título" (a job, or a degree).
        add(.fullName, ["Nombre", "Nom", "Nombre completo", "Nombre y apellido", "Nombre y apellidos", "Nom complet",
                        "Nom et prénom", "Prénom et nom", "Participante", "Participant(e)"])
        add(.firstName, ["Nombres", "Primer nombre", "Prénom", "Prénoms"])
        add(.middleName, ["Segundo nombre", "Deuxième prénom"])
        add(.lastName, ["Apellido", "Apellidos", "Apellido paterno", "Primer apellido", "Nom de famille"])
        add(.email, ["Correo", "Correo electrónico", "Dirección de correo electrónico",
                     "Courriel", "Adresse courriel", "Adresse électronique", "Adresse e-mail", "Courriel professionnel"])
        add(.phone, ["Teléfono", "Número de teléfono", "Celular", "Móvil", "Teléfono celular", "Tél", "Tél.",
                     "Numéro de téléphone", "Cellulaire", "Portable", "Téléphone cellulaire", "Téléphone au travail"])
        add(.organization, ["Organización", "Empresa", "Compañía", "Institución", "Agencia", "Empleador",
                            "Nombre de la empresa", "Nombre de la organización", "Organisme", "Entreprise",
                            "Société", "Employeur", "Établissement", "Nom de l'organisation", "Nom de l'entreprise"])
        add(.title, ["Cargo", "Puesto", "Ocupación", "Fonction", "Titre du poste"])
        add(.street, ["Dirección", "Domicilio", "Calle", "Adresse", "Adresse postale"])
        add(.city, ["Ciudad", "Ville", "Municipalité"])
        add(.region, ["Provincia", "Région"])
        add(.postalCode, ["Código postal", "Code postal"])
        add(.country, ["País", "Pays"])
        return table
    }()


    /// Action-plan headers; only used once a file is recognized as an action plan (they are too generic —
    /// "Status", "Team", "Owner" — to trust in a contact list).
    static let actionPlan: [String: ColumnField] = {
        var table: [String: ColumnField] = [:]
        func add(_ field: ColumnField, _ headers: [String]) {
            for h in headers { table[HeaderText.key(h)] = field }
        }
        add(.priorityArea, ["Priority area", "Priority", "Focus area"])
        add(.actionItem, ["Action item", "Action", "Action step", "Task"])
        add(.actionTeam, ["Action team", "Team", "Work group", "Workgroup"])
        add(.champion, ["Business champion", "Champion", "Lead", "Owner"])
        add(.support, ["Public-partner support", "Public partner support", "Support", "Staff support"])
        add(.start, ["Start", "Start date"])
        add(.due, ["Due", "Due date", "Deadline"])
        add(.status, ["Status"])
        add(.nextStep, ["Next step", "Next steps"])
        add(.lastUpdated, ["Last updated", "Updated"])
        add(.itemID, ["Item ID", "ID"])
        return table
    }()

    /// Phrases that, found inside a longer header, say what the cell holds wherever they stand: "Company Email"
    /// is an email, "Company Phone" a phone, "Your name and company" a name. Whole words only; more specific first.
    static let contains: [(String, ColumnField)] = [
        ("ip address", .ignore), ("web address", .website), ("po box", .ignore),
        // An event app's crypto wallet ("eth_address", "solana_address") is no street.
        ("eth address", .ignore), ("solana address", .ignore), ("wallet", .ignore),
        ("e mail", .email), ("email", .email),
        ("first name", .firstName), ("given name", .firstName),
        ("last name", .lastName), ("family name", .lastName), ("surname", .lastName),
        ("full name", .fullName),
        ("phone", .phone), ("mobile", .phone), ("cell", .phone), ("telephone", .phone),
        ("job title", .title), ("position", .title),
        ("website", .website), ("birth", .dateOfBirth),
        ("champion", .volunteer), ("volunteer", .volunteer),
        ("checked in", .attended), ("attended", .attended),
        // RSVP questions on forms: "Will you attend the launch on March 5?", "Are you able to attend?"
        ("will you attend", .registrationStatus), ("able to attend", .registrationStatus),
        ("plan to attend", .registrationStatus), ("rsvp", .registrationStatus), ("will you be attending", .registrationStatus),
        ("your name", .fullName),
    ]

    /// Words that make an attendance header about other events than the one imported.
    static let otherEventWords: Set<Substring> = ["last", "first", "previous", "prior", "events", "meetings",
                                                  "number", "count", "total", "since", "orientation"]

    /// Words naming the given part and the family part of a name: a header with one of each, and a word of
    /// ``nameWords``, names both.
    static let givenPartWords: Set<Substring> = ["first", "given", "prenom", "nombre", "nombres"]
    static let familyPartWords: Set<Substring> = ["last", "family", "surname", "apellido", "apellidos"]
    static let nameWords: Set<Substring> = ["name", "names", "nombre", "nombres", "nom", "prenom", "surname",
                                            "apellido", "apellidos"]

    /// Parts of an address, found inside a longer header ("Home Zip Code", "Company City").
    static let addressParts: [(String, ColumnField)] = [
        ("zip", .postalCode), ("postal", .postalCode), ("street", .street), ("address", .street),
        ("city", .city), ("state", .region), ("country", .country),
    ]

    /// Words naming an organization ("Employer", "Name of your company", "Site name" in a list of employer sites).
    static let organizationWords: [(String, ColumnField)] = [
        ("company", .organization), ("organization", .organization), ("organisation", .organization),
        ("employer", .organization), ("business name", .organization), ("agency", .organization),
        ("site name", .organization),
    ]

    /// Words that, after an organization word, name something else about it: "Company Size" holds "50-99",
    /// "Organization Type" "Business" or "Education" (``kindWords``) — not the organization's name.
    static let organizationAttributes: Set<Substring> = [
        "type", "size", "industry", "sector", "category", "kind", "id", "number", "#", "code", "description",
        "revenue", "employees", "logo", "domain", "linkedin", "url", "profile", "count", "department", "location",
        "symbol", "yomi", "phonetic",
    ]

    /// Words that, beside an organization word, ask which kind of partner it is ("Organization Type").
    static let kindWords: Set<Substring> = ["type", "kind", "category"]

    /// Whether the header asks which kind of partner the organization is: a kind word right after an organization
    /// word ("Organization Type", "Employer type (business, school, agency)") or "Type of Organization". Not
    /// "Type your organization" (a verb), "Company Size Category" or "Organization 2 - Type" (Google Contacts'
    /// second organization's "Work" or "Other"), nor "Employer Type of Work".
    static func asksForKind(_ words: [Substring]) -> Bool {
        for (phrase, _) in organizationWordsSplit {
            var i = 0
            while i + phrase.count <= words.count {
                defer { i += 1 }
                guard words[i..<(i + phrase.count)].elementsEqual(phrase) else { continue }
                let next = i + phrase.count
                if next < words.count, kindWords.contains(words[next]),
                   next + 1 == words.count || words[next + 1] != "of" { return true }
                if i >= 2, words[i - 1] == "of", kindWords.contains(words[i - 2]) { return true }
            }
        }
        return false
    }

    /// Words that make a column another person's detail: Eventbrite's "Buyer Email" (whoever paid for the
    /// ticket), Outlook's "Assistant's Phone", Salesforce's "Asst. Phone", an "Emergency Contact Phone", a
    /// "Parent/Guardian Email", a "Referrer Email". Whole words: "Assistant Principal Email" is the person's own.
    static let otherPersonWords = split([("buyer", .ignore), ("purchaser", .ignore), ("assistant s", .ignore),
                                         ("assistants", .ignore), ("asst", .ignore), ("emergency contact", .ignore),
                                         ("parent", .ignore), ("guardian", .ignore), ("referrer", .ignore),
                                         ("referred by", .ignore), ("spouse", .ignore), ("spouse s", .ignore)])

    /// Whether the header names another person's detail (see ``otherPersonWords``). Such a column is the
    /// record's own only when the file has no column of its own for that field and it is a buyer's or a
    /// parent's (``mayStandIn(_:)``).
    static func namesAnotherPerson(_ header: String) -> Bool {
        let words = HeaderText.key(header).split(separator: " ")
        return firstListed(otherPersonWords, in: words, Set(words)) != nil
    }

    /// Whether the header names a preferred name or nickname ("Preferred First Name", "Nickname"): beside the
    /// file's own name columns it is not the name the other lists carry (see `ColumnMapper`).
    static func namesAPreferredName(_ header: String) -> Bool {
        !wordSet(header).isDisjoint(with: ["nickname", "preferred"])
    }

    /// Whether another person's column may stand in for the record's own when the file has none: a buyer's
    /// (the person an order export is about) and a parent's or guardian's (how a youth roster reaches the
    /// student; a value siblings share is the match engine's to weigh as shared). An emergency contact's, an
    /// assistant's, a referrer's or a spouse's never: they reach someone else, and a mailing list built from
    /// them would write to that person.
    static func mayStandIn(_ header: String) -> Bool { !wordSet(header).isDisjoint(with: standInWords) }

    /// The header's words (``HeaderText/key(_:)``), as a set.
    private static func wordSet(_ header: String) -> Set<Substring> { Set(HeaderText.key(header).split(separator: " ")) }
    /// Whose column may stand in (``mayStandIn(_:)``): a buyer's, a parent's or guardian's.
    static let standInWords: Set<Substring> = ["buyer", "purchaser", "parent", "parents", "guardian", "guardians"]

    /// The synonym field for a header, or nil.
    ///
    /// Precedence, after the exact table: a phrase of ``contains`` anywhere (first listed wins); then, between an
    /// address part and an organization word, the one named last — English puts the head noun last, so
    /// "Company City" is a city, "Company State" a state and "State Agency" an agency; among address parts alone,
    /// the first listed ("City/State" is a city). A header asking which kind of partner (``asksForKind(_:)``,
    /// without "name") is the organization's kind; an organization word followed by another of
    /// ``organizationAttributes`` ("Company Size", "Organization ID") gives no field.
    static func field(for header: String, actionPlan: Bool = false) -> ColumnField? {
        let key = HeaderText.key(header)
        if key.isEmpty { return nil }
        if actionPlan, let f = self.actionPlan[key] { return f }
        if let f = exact[key] { return f }
        // A bilingual sheet's "Nombre / Name" or "Courriel (Email)": every part names the same field.
        let parts = header.split(whereSeparator: { "/|()".contains($0) }).map { HeaderText.key(String($0)) }.filter { !$0.isEmpty }
        if parts.count > 1, let f = exact[parts[0]], parts.dropFirst().allSatisfy({ exact[$0] == f }) { return f }
        // Whole-word phrases only ("cell" must not match "excellent"); compared as word arrays, with a cheap
        // first-word test, because very wide files ask this for every one of their headers.
        let words = key.split(separator: " ")
        let wordSet = Set(words)
        // A header naming both parts of a name holds the whole name: a form's "First and last name", "Name (Last,
        // First)", "Attendee Name (First Last)" — not a last name because "last name" is in it. It must say
        // "name" ("First seen / Last seen" is no name), and a phrase standing before the parts says what the cell
        // holds instead: "Email (first.last@agency.gov)" is an email, "First and last name (as on your email)" a name.
        let namePartsStart: Int? = {
            guard !wordSet.isDisjoint(with: givenPartWords), !wordSet.isDisjoint(with: familyPartWords),
                  !wordSet.isDisjoint(with: nameWords) else { return nil }
            return words.firstIndex { givenPartWords.contains($0) || familyPartWords.contains($0) }
        }()
        for (phrase, field) in containsWords where wordSet.contains(phrase[0]) {
            guard let at = start(of: phrase, in: words) else { continue }
            // "Last Event Attended", "Events attended", "Date first attended": about other events, not this one.
            if field == .attended, !wordSet.isDisjoint(with: otherEventWords) { return .ignore }
            if let parts = namePartsStart, field == .firstName || field == .lastName || parts < at { return .fullName }
            return field
        }
        if namePartsStart != nil { return .fullName }
        let address = firstListed(addressPartWords, in: words, wordSet)
        let organization = firstListed(organizationWordsSplit, in: words, wordSet)
        switch (address, organization) {
        case (nil, nil):
            return nil
        case (let a?, nil):
            return a.field
        case (let a?, let o?) where a.lastEnd > o.lastEnd:
            return a.field
        case (_, let o?):
            if asksForKind(words), !wordSet.contains("name") { return .organizationKind }
            if words[o.lastEnd...].contains(where: organizationAttributes.contains) { return nil }
            return o.field
        }
    }

    /// The first phrase of `list` found in `words`, with the end (exclusive word index) of the last phrase of
    /// `list` found there: which of two groups is named last is decided by the group's last word.
    private static func firstListed(_ list: [([Substring], ColumnField)], in words: [Substring],
                                    _ wordSet: Set<Substring>) -> (field: ColumnField, lastEnd: Int)? {
        var found: ColumnField?
        var latest = -1
        for (phrase, field) in list where wordSet.contains(phrase[0]) {
            guard let end = start(of: phrase, in: words, last: true).map({ $0 + phrase.count }) else { continue }
            if found == nil { found = field }
            latest = max(latest, end)
        }
        return found.map { ($0, latest) }
    }

    /// The start (word index) of the first occurrence of `phrase` in `words` — or, with `last`, of the last —
    /// or nil.
    private static func start(of phrase: [Substring], in words: [Substring], last: Bool = false) -> Int? {
        guard words.count >= phrase.count else { return nil }
        let starts = 0...(words.count - phrase.count)
        func occurs(_ i: Int) -> Bool { words[i] == phrase[0] && words[i..<(i + phrase.count)].elementsEqual(phrase) }
        return last ? starts.reversed().first(where: occurs) : starts.first(where: occurs)
    }

    static func split(_ list: [(String, ColumnField)]) -> [([Substring], ColumnField)] {
        list.map { (HeaderText.key($0.0).split(separator: " "), $0.1) }
    }

    /// ``contains`` split into words once.
    static let containsWords = split(contains)
    static let addressPartWords = split(addressParts)
    static let organizationWordsSplit = split(organizationWords)
}
