import ConveneModel
import ConveneSpreadsheet

extension TrackerWorkbook {
    var index: SnapshotIndex { analytics.index }

    func writeTeams(_ workbook: Workbook) throws {
        var rows: [[CellValue]] = []
        var champions: [String: Set<PersonID>] = [:], support: [String: Set<PersonID>] = [:]
        for item in snapshot.actionItems {
            if let c = item.championID { champions[item.team, default: []].insert(c) }
            if let s = item.supportID { support[item.team, default: []].insert(s) }
        }
        let teams = Set(snapshot.teams.keys).union(champions.keys).union(support.keys).sorted()
        for team in teams {
            let members = Set(snapshot.teams[team] ?? []).union(champions[team] ?? []).union(support[team] ?? [])
            for person in index.sortedByLastName(members) {
                let role = champions[team]?.contains(person.id) == true ? "Champion"
                    : support[team]?.contains(person.id) == true ? "Public-partner support" : "Member"
                rows.append([.string(team), .string(role), .string(person.name.displayName),
                             SheetStyle.text(index.organizationName(of: person)), .string(index.partnerKind(of: person).rawValue),
                             SheetStyle.text(person.email), SheetStyle.text(MailingLists.displayPhone(person.phone))])
            }
        }
        let order = ["Champion": 0, "Public-partner support": 1, "Member": 2]
        rows.sort { a, b in
            guard case .string(let ta) = a[0], case .string(let tb) = b[0], case .string(let ra) = a[1],
                  case .string(let rb) = b[1] else { return false }
            return ta != tb ? ta < tb : order[ra]! < order[rb]!
        }
        try SheetStyle.tableSheet(workbook, name: "Action Teams", tableName: "ActionTeams",
                                  title: "Action teams", columns: ["Action team", "Role", "Name", "Organization",
                                                                    "Partner kind", "Email", "Phone"].map { TableColumn($0) },
                                  rows: rows)
    }

    func writePeople(_ workbook: Workbook) throws {
        let rows: [[CellValue]] = orderedPeople.map { p in
            let attended = analytics.meetingsAttended(by: p.id)
            let files = Set(p.sources.map(\.file)).sorted()
            return [.string(p.name.displayName), SheetStyle.text(p.name.family), SheetStyle.text(p.name.given),
                    SheetStyle.text(index.organizationName(of: p)), .string(index.partnerKind(of: p).rawValue),
                    SheetStyle.text(p.email), SheetStyle.text(MailingLists.displayPhone(p.phone)), SheetStyle.text(p.title),
                    SheetStyle.text(files.joined(separator: "; ")), SheetStyle.cell(attended.first?.date),
                    SheetStyle.cell(attended.last?.date), .number(Double(attended.count)), .string(p.id.rawValue)]
        }
        let headers = ["Name", "Last name", "First name", "Organization", "Partner kind", "Email", "Phone", "Title",
                       "Sources", "First meeting", "Last meeting", "Meetings attended", "Person ID"]
        let columns = headers.enumerated().map { i, h in
            TableColumn(h, format: (i == 9 || i == 10) ? SheetStyle.date : (i == 11 ? Format.integer : nil))
        }
        try SheetStyle.tableSheet(workbook, name: "People", tableName: "People", title: "People", columns: columns,
                                  rows: rows, widths: [8: 30])
    }

    func writeOrganizations(_ workbook: Workbook) throws {
        var peopleByOrg: [OrganizationID: [Person]] = [:]
        for p in snapshot.people { if let o = p.organizationID { peopleByOrg[o, default: []].append(p) } }
        let orgs = snapshot.organizations.sorted { SnapshotIndex.sortKey($0.name) < SnapshotIndex.sortKey($1.name) }
        let rows: [[CellValue]] = orgs.map { org in
            let members = Set((peopleByOrg[org.id] ?? []).map(\.id))
            let met = analytics.meetings.filter { !$0.attended.isDisjoint(with: members) }.map(\.meeting)
            let files = Set(org.sources.map(\.file) + (peopleByOrg[org.id] ?? []).flatMap { $0.sources.map(\.file) }).sorted()
            return [.string(org.name), .string(org.kind.displayName),
                    .string(org.kind == .business ? "Business" : org.kind.isPublicPartner ? "Public partner" : "Unknown"),
                    .number(Double(members.count)), SheetStyle.text(org.domains.joined(separator: "; ")),
                    SheetStyle.text(files.joined(separator: "; ")), SheetStyle.cell(met.first?.date),
                    SheetStyle.cell(met.last?.date), .number(Double(met.count)), .string(org.id.rawValue)]
        }
        let headers = ["Organization", "Kind", "Business or public", "People", "Web domains", "Sources",
                       "First meeting", "Last meeting", "Meetings attended", "Organization ID"]
        let columns = headers.enumerated().map { i, h in TableColumn(h, format: (i == 6 || i == 7) ? SheetStyle.date : nil) }
        try SheetStyle.tableSheet(workbook, name: "Organizations", tableName: "Organizations", title: "Organizations",
                                  columns: columns, rows: rows, widths: [5: 30])
    }

    func writeMeetings(_ workbook: Workbook) throws {
        let rows: [[CellValue]] = analytics.meetings.map { m in
            let mins = m.minutesAttended.values
            return [.string(m.meeting.id.rawValue), .string(m.meeting.name), SheetStyle.cell(m.meeting.date),
                    .string(m.meeting.kind.rawValue), .string(m.meeting.isVirtual ? "Online" : "In person"),
                    SheetStyle.text(m.meeting.location), .number(Double(m.invited.count)),
                    .number(Double(m.registered.count)), .number(Double(m.attended.count)), .number(Double(m.registeredButAbsent.count)),
                    .number(Double(m.walkInsNotInvited.count)), .number(Double(m.newAttendees.count)),
                    .number(Double(m.returningAttendees.count)), .number(Double(m.businessCount)),
                    .number(Double(m.publicPartnerCount)), .number(Double(m.organizationsRepresented.count)),
                    mins.isEmpty ? .blank : .number((mins.reduce(0, +) / Double(mins.count)).rounded())]
        }
        // Invited, Registered, Attended and Walk-ins are the counts `convene meetings` prints.
        let headers = ["Meeting ID", "Meeting", "Date", "Kind", "Format", "Location", "Invited", "Registered", "Attended",
                       "Registered, absent", "Walk-ins", "New", "Returning", "Business", "Public partners",
                       "Organizations", "Avg minutes"]
        let columns = headers.enumerated().map { i, h in TableColumn(h, format: i == 2 ? SheetStyle.date : nil) }
        try SheetStyle.tableSheet(workbook, name: "Meetings", tableName: "Meetings", title: "Meetings",
                                  columns: columns, rows: rows, widths: [1: 30, 5: 24])
    }

    func writeAttendance(_ workbook: Workbook) throws {
        let meetings = analytics.meetings
        let everyone = Set(meetings.flatMap { $0.attended.union($0.invited).union($0.registeredButAbsent) })
        let rows: [[CellValue]] = index.sortedByLastName(everyone).map { p in
            var row: [CellValue] = [.string(p.name.sortName), SheetStyle.text(index.organizationName(of: p)),
                                    .string(index.partnerKind(of: p).rawValue)]
            for m in meetings {
                row.append(m.attended.contains(p.id) ? .string("Attended")
                           : (m.invited.contains(p.id) || m.registeredButAbsent.contains(p.id)) ? .string("Absent") : .blank)
            }
            row.append(.number(Double(meetings.filter { $0.attended.contains(p.id) }.count)))
            return row
        }
        // Meeting headers must be unique table headers: the ID keeps two meetings with one name apart.
        let headers = ["Name", "Organization", "Partner kind"]
            + meetings.map { "\($0.meeting.date?.iso ?? "undated") \($0.meeting.id.rawValue)" } + ["Meetings attended"]
        let sheet = try SheetStyle.tableSheet(workbook, name: "Attendance", tableName: "Attendance",
                                              title: "Attendance by meeting", columns: headers.map { TableColumn($0) },
                                              rows: rows)
        try sheet.freezePanes(rows: 1, columns: 1)
        if !meetings.isEmpty, !rows.isEmpty {
            let range = CellRange(firstRow: 1, firstColumn: 3, lastRow: rows.count, lastColumn: 2 + meetings.count)
            let good = Format().with { $0.fillColor = .goodFill; $0.fontColor = .goodText }
            try sheet.addConditionalFormat(ConditionalFormat(.textContains("Attended", format: good)), to: range)
        }
    }

    func writeFollowUps(_ workbook: Workbook) throws {
        let meetingNames = Dictionary(snapshot.meetings.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows: [[CellValue]] = FollowUps.list(for: snapshot, analytics: analytics).map { f in
            [.string(f.reason.rawValue), .string(f.name), SheetStyle.text(f.organization), .string(f.kind.rawValue),
             SheetStyle.text(f.email), SheetStyle.text(MailingLists.displayPhone(f.phone)), SheetStyle.text(f.meeting.flatMap { meetingNames[$0] }),
             SheetStyle.text(f.detail), .blank]
        }
        try SheetStyle.tableSheet(workbook, name: "Follow-ups", tableName: "FollowUps", title: "Follow-ups",
                                  columns: ["Reason", "Name", "Organization", "Partner kind", "Email", "Phone",
                                            "Meeting", "Detail", "Done"].map { TableColumn($0) },
                                  rows: rows, widths: [7: 34, 8: 8])
    }

    func writeChecklist(_ workbook: Workbook) throws {
        let tasks = ConvenerChecklist.tasks(for: snapshot)
        let rows: [[CellValue]] = tasks.map { t in
            [.string(t.phase.rawValue), .string(t.task), .string(t.owner), SheetStyle.cell(t.due),
             .string(t.status.rawValue), SheetStyle.text(t.evidence)]
        }
        let columns = [TableColumn("Phase"), TableColumn("Task", format: SheetStyle.wrap), TableColumn("Owner"),
                       TableColumn("Due", format: SheetStyle.date), TableColumn("Status"),
                       TableColumn("Evidence / notes", format: SheetStyle.wrap)]
        let sheet = try SheetStyle.tableSheet(workbook, name: "Convener checklist", tableName: "Checklist",
                                              title: "Convener checklist", columns: columns, rows: rows,
                                              widths: [0: 20, 1: 60, 2: 20, 3: 11, 4: 9, 5: 40])
        let last = max(rows.count, 1) + 50
        try sheet.addDataValidation(DataValidation(.list(ChecklistStatus.allCases.map(\.rawValue))),
                                    to: CellRange(firstRow: 1, firstColumn: 4, lastRow: last, lastColumn: 4))
        let whole = CellRange(firstRow: 1, firstColumn: 0, lastRow: last, lastColumn: 5)
        try sheet.addConditionalFormat(ConditionalFormat(.formula("=AND($D2<>\"\",$D2<TODAY(),$E2<>\"Done\")",
                                                                  format: SheetStyle.overdue)), to: whole)
        try sheet.addConditionalFormat(ConditionalFormat(.formula("=$E2=\"Done\"", format: SheetStyle.done)), to: whole)
    }
}
