import ConveneTestSupport
import Foundation

/// Real-shaped exports a partnership receives, written by the tests into a temporary folder.
enum Inputs {
    /// An Outlook-style contact list from Acme (the employer convening the partnership).
    static let acmeContacts = """
    First Name,Last Name,E-mail Address,Company,Job Title,Business Phone
    Robert,Smith,rsmith@acme-mfg.example.com,Acme Manufacturing,VP Operations,608-555-0101
    Tom,Nguyen,tom.nguyen@acme-mfg.example.com,Acme Manufacturing,Maintenance Supervisor,608-555-0111
    Priya,Raman,priya.raman@acme-mfg.example.com,"Acme Manufacturing, Inc.",HR Manager,608-555-0120

    """

    /// The college's list: one Name column, "Last, First" in places, a different header vocabulary.
    static let collegeContacts = """
    Name,Email,Organization,Phone
    "Johnson, Marcus",mjohnson@valleytech.example.edu,Valley Technical College,608 555 0107
    Angela Chen,achen@helixcontrols.example.com,Helix Controls Corp,
    Jane Smith,jane.smith@bluelake.example.com,Blue Lake Plastics,608-555-0131

    """

    /// The chamber's member list.
    static let chamberContacts = """
    Contact,Company,Email,Phone
    Heidi Bauer,Riverton Area Chamber of Commerce,hbauer@rivertonchamber.example.org,608-555-0140
    Chidi Okafor,Okafor Tool & Die,chidi@okafortool.example.com,608-555-0113
    "Smith, Robert",ACME Mfg.,rsmith@acme-mfg.example.com,608-555-0101

    """

    /// Eventbrite attendee report for the launch.
    static let launchRSVP = """
    Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Job Title,Company,Work Phone
    1001001,2024-02-12 09:14:03-06:00,Bob,Smith,rsmith@acme-mfg.example.com,1,,General Admission,2001,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,VP Operations,Acme Manufacturing,608-555-0101
    1001002,2024-02-12 10:02:44-06:00,Angela,Chen,achen@helixcontrols.example.com,1,,General Admission,2002,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,CEO,Helix Controls,608-555-0108
    1001003,2024-02-13 08:40:10-06:00,Chidi,Okafor,chidi@okafortool.example.com,1,,General Admission,2003,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,President,Okafor Tool & Die,608-555-0113
    1001004,2024-02-13 15:22:51-06:00,Marcus,Johnson,mjohnson@valleytech.example.edu,1,,General Admission,2004,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,Dean,Valley Technical College,608 555 0107

    """

    /// The launch sign-in sheet typed into Excel: Bob and Angela came, Chidi and Marcus did not, two walk-ins.
    /// The second Jane Smith (Acme, another address) must go to review, not be merged with Blue Lake's.
    static let launchSignIn = """
    Name,Organization,Email,Phone
    ROBERT SMITH,Acme,rsmith@acme-mfg.example.com,608-555-0101
    angela chen,Helix Controls,,608 555 0108
    Jane Smith,Acme Manufacturing,jsmith@acme-mfg.example.com,
    Luis Hernandez,Tri-County Workforce Development Board,lhernandez@tricountywdb.example.org,608-555-0150

    """

    /// A Zoom participants report for the first action-team call (Tom rejoined once).
    static let zoomCall = """
    Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
    Tom Nguyen,tom.nguyen@acme-mfg.example.com,04/02/2024 09:00:30 AM,04/02/2024 09:41:00 AM,41,No
    Tom Nguyen,tom.nguyen@acme-mfg.example.com,04/02/2024 09:43:12 AM,04/02/2024 10:00:00 AM,17,No
    Marcus Johnson,mjohnson@valleytech.example.edu,04/02/2024 09:02:00 AM,04/02/2024 10:00:00 AM,58,No
    Priya Raman,priya.raman@acme-mfg.example.com,04/02/2024 09:05:00 AM,04/02/2024 09:55:00 AM,50,No

    """

    /// A Teams attendance report (UTF-16 LE, tab-separated, with its summary naming the meeting).
    static let teamsCall = """
    1. Summary
    Meeting title\tTalent Pipeline Action Team
    Attended participants\t3
    Start time\t4/16/24, 9:00:12 AM
    End time\t4/16/24, 10:01:40 AM
    Meeting duration\t1h 1m 28s

    2. Participants
    Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole
    Robert Smith\t4/16/24, 9:00:12 AM\t4/16/24, 10:01:40 AM\t1h 1m 28s\trsmith@acme-mfg.example.com\trsmith@acme-mfg.example.com\tOrganizer
    Heidi Bauer\t4/16/24, 9:02:03 AM\t4/16/24, 10:01:10 AM\t59m 7s\thbauer@rivertonchamber.example.org\t\tAttendee
    Luis Hernandez\t4/16/24, 9:05:44 AM\t4/16/24, 9:59:02 AM\t53m 18s\tlhernandez@tricountywdb.example.org\t\tAttendee

    """

    /// The quarterly partnership meeting's sign-in sheet.
    static let quarterlySignIn = """
    Name,Organization,Email
    Robert Smith,Acme Manufacturing,rsmith@acme-mfg.example.com
    Heidi Bauer,Riverton Area Chamber of Commerce,hbauer@rivertonchamber.example.org
    Angela Chen,Helix Controls,achen@helixcontrols.example.com
    Maria Garcia,Riverton Public Schools,mgarcia@rivertonschools.example.org

    """

    /// A long contact list of `n` different people (``DistinctNames``), each with an email of their own, for the
    /// kill and concurrency tests.
    static func bigList(_ n: Int, domain: String) -> String {
        var text = "First Name,Last Name,Email,Company\n"
        for i in 0..<n {
            let (given, family) = DistinctNames.name(i)
            text += "\(given),\(family),p\(i)@\(domain),Company \(i % 40)\n"
        }
        return text
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// UTF-16 LE with a BOM and CRLF line ends, as Teams writes its reports.
    static func writeTeams(_ text: String, to url: URL) throws {
        var data = Data([0xFF, 0xFE])
        data.append(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: .utf16LittleEndian)!)
        try data.write(to: url)
    }
}
