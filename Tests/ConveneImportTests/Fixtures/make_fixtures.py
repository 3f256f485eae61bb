#!/usr/bin/env python3
"""Writes the import fixtures byte for byte (encoding, BOM, line endings, preambles).

Header layouts come from the real tools' exports; see README.md for where each was found. People are fictional,
domains are reserved example domains, phone numbers are 555-01xx. Run from this folder: python3 make_fixtures.py
"""
import openpyxl

def write(name, text, encoding="utf-8", bom=b"", newline="\r\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(name, "wb") as f:
        f.write(bom + data)

# Microsoft Teams attendance report: UTF-16 LE with BOM, tab separated, three numbered sections.
write("teams-attendance.csv", """1. Summary
Meeting title\tAdvanced Manufacturing Partnership - Launch
Attended participants\t4
Start time\t3/5/24, 9:55:12 AM
End time\t3/5/24, 11:02:40 AM
Meeting duration\t1h 7m 28s
Average attendance time\t56m 56s

2. Participants
Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole
Ann Lee\t3/5/24, 9:55:12 AM\t3/5/24, 11:02:40 AM\t1h 7m 28s\tann.lee@example.com\tann.lee@example.com\tOrganizer
Okafor, Chidi\t3/5/24, 9:58:03 AM\t3/5/24, 11:01:10 AM\t1h 3m 7s\tchidi@okafortool.example.com\tchidi@okafortool.example.com\tPresenter
Maria Garcia\t3/5/24, 10:02:44 AM\t3/5/24, 10:59:02 AM\t45m 10s\tMGarcia@Example.org\t\tAttendee
Tom Nguyen (Guest)\t3/5/24, 10:05:00 AM\t3/5/24, 10:37:00 AM\t32m\t\t\tAttendee

3. In-Meeting Activities
Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole
Ann Lee\t3/5/24, 9:55:12 AM\t3/5/24, 11:02:40 AM\t1h 7m 28s\tann.lee@example.com\tOrganizer
Okafor, Chidi\t3/5/24, 9:58:03 AM\t3/5/24, 11:01:10 AM\t1h 3m 7s\tchidi@okafortool.example.com\tPresenter
Maria Garcia\t3/5/24, 10:02:44 AM\t3/5/24, 10:20:00 AM\t17m 16s\tMGarcia@Example.org\tAttendee
Maria Garcia\t3/5/24, 10:31:08 AM\t3/5/24, 10:59:02 AM\t27m 54s\tMGarcia@Example.org\tAttendee
Tom Nguyen (Guest)\t3/5/24, 10:05:00 AM\t3/5/24, 10:37:00 AM\t32m\t\tAttendee
""", encoding="utf-16-le", bom=b"\xff\xfe")

# Zoom participants report with the meeting-details block ("Export with meeting data"), UTF-8 with BOM.
write("zoom-participants-details.csv", """Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,Pipeline Action Team,03/12/2024 02:00:00 PM,03/12/2024 03:04:00 PM,ann.lee@example.com,64,4

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Ann Lee,ann.lee@example.com,03/12/2024 02:00:00 PM,03/12/2024 03:04:00 PM,64,No
Chidi Okafor,chidi@okafortool.example.com,03/12/2024 02:01:10 PM,03/12/2024 02:20:40 PM,20,No
Chidi Okafor,chidi@okafortool.example.com,03/12/2024 02:24:05 PM,03/12/2024 03:03:30 PM,40,No
iPhone (Maria Garcia),,03/12/2024 02:05:00 PM,03/12/2024 02:50:00 PM,45,Yes
""", bom=b"\xef\xbb\xbf")

# Zoom participants report without the meeting details.
write("zoom-participants.csv", """Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Rachel Green,rgreen@northfieldfab.example.com,03/19/2024 09:00:30 AM,03/19/2024 09:41:00 AM,41,No
Rachel Green,rgreen@northfieldfab.example.com,03/19/2024 09:43:12 AM,03/19/2024 10:00:00 AM,17,No
Sam (Samuel Ortiz),sortiz@example.net,03/19/2024 09:02:00 AM,03/19/2024 10:00:00 AM,58,Yes
""", bom=b"\xef\xbb\xbf")

# Eventbrite attendee summary report: comma, CRLF, UTF-8; custom questions appended after the standard columns.
write("eventbrite-attendees.csv", """Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,Group,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Event Name,Home Address 1,Home City,Home State,Home Zip,Job Title,Company,Work Phone
1001001,2026-01-12 09:14:03-06:00,Bob,Smith,RSmith@Acme-Mfg.example.com,1,,General Admission,2001,,Free Order,USD,0.00,0.00,0.00,0.00,Attending,Advanced Manufacturing Partnership Launch,12 Mill Rd,Riverton,WI,53001,VP Operations,"Acme Manufacturing, Inc.",608-555-0101
1001002,2026-01-12 10:02:44-06:00,Katherine,O'Neil,koneil@rivertonprecision.example.com,1,,General Admission,2002,,Free Order,USD,0.00,0.00,0.00,0.00,Checked In,Advanced Manufacturing Partnership Launch,,,,,HR Director,Riverton Precision Machining,(608) 555-0102 x204
1001003,2026-01-13 16:40:00-06:00,Luis,Hernández,lhernandez@tricountywdb.example.org,1,,General Admission,2003,,Free Order,USD,0.00,0.00,0.00,0.00,Not Attending,Advanced Manufacturing Partnership Launch,,,,,Business Services Manager,Tri-County Workforce Development Board,608-555-0105
""")

# Google Forms "Download responses (.csv)": every field quoted, Timestamp first, questions as headers.
write("google-forms-rsvp.csv", """"Timestamp","Email Address","Your name","Organization","Job title","Will you attend the launch on March 5?","Interested in being a champion?"
"2024/02/20 9:14:05 AM CST","ann.lee@example.com","Ann Lee","Lee Industrial Supply","Owner","Yes","Yes"
"2024/02/21 1:02:44 PM CST","jsmith@northfieldfab.example.com","Jane Smith","Northfield Fabrication Co.","Training Coordinator","Yes","No"
"2024/02/22 4:30:00 PM CST","hbauer@rivertonchamber.example.org","Heidi Bauer","Riverton Area Chamber of Commerce","President","No",""
""", newline="\n")

# Mailchimp audience export (subscribed_members): quoted multi-word headers, merge fields then system columns.
write("mailchimp-audience.csv", '''"Email Address","First Name","Last Name",Address,"Phone Number",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS
Rachel.Green@NorthfieldFab.example.com,Rachel,Green,"200 Industrial Pkwy  Suite 4  Riverton  WI  53001  US",608-555-0116,4,"2023-04-02 15:20:11",,"2023-04-02 15:21:40",203.0.113.7,43.0000000,-89.0000000,-6,-5,America/Chicago,US,WI,"2024-01-05 08:00:00",123456789,a1b2c3d4e5,,"""Launch 2026"""
info@summitcnc.example.com,,,,,2,"2023-06-18 10:00:00",,"2023-06-18 10:01:00",198.51.100.2,,,,,,,,"2023-06-18 10:01:00",123456790,b2c3d4e5f6,,
''')

# Constant Contact contact export.
write("constant-contact.csv", """Email address,First name,Last name,Company,Job title,Email status,Email permission status,Email Lists,Tags,Source Name,Created At,Updated At
dwalker@rivertonedc.example.org,Denise,Walker,Riverton Economic Development Corp.,Executive Director,Active,Express,Partners,,Hosted Signup Form,2021-11-15 19:42:23 +0000,2023-02-01 08:00:00 +0000
mjohnson@valleytech.example.edu,Marcus,Johnson,Valley Technical College,Dean of Workforce Programs,Unsubscribed,Implied,Partners,,Import,2022-03-01 12:00:00 +0000,2023-02-01 08:00:00 +0000
""", newline="\n")

# Outlook "Export to a file" → Comma Separated Values: every header and value quoted, CRLF.
outlook_headers = ["Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Street","Business Street 2","Business Street 3","Business City","Business State","Business Postal Code","Business Country/Region","Home Street","Home Street 2","Home Street 3","Home City","Home State","Home Postal Code","Home Country/Region","Other Street","Other Street 2","Other Street 3","Other City","Other State","Other Postal Code","Other Country/Region","Assistant's Phone","Business Fax","Business Phone","Business Phone 2","Callback","Car Phone","Company Main Phone","Home Fax","Home Phone","Home Phone 2","ISDN","Mobile Phone","Other Fax","Other Phone","Pager","Primary Phone","Radio Phone","TTY/TDD Phone","Telex","Account","Anniversary","Assistant's Name","Billing Information","Birthday","Business Address PO Box","Categories","Children","Directory Server","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 2 Type","E-mail 2 Display Name","E-mail 3 Address","E-mail 3 Type","E-mail 3 Display Name","Gender","Government ID Number","Hobby","Home Address PO Box","Initials","Internet Free Busy","Keywords","Language","Location","Manager's Name","Mileage","Notes","Office Location","Organizational ID Number","Other Address PO Box","Priority","Private","Profession","Referred By","Sensitivity","Spouse","User 1","User 2","User 3","User 4","Web Page"]
def outlook_row(values):
    return ",".join('"%s"' % values.get(h, "") for h in outlook_headers)
rows = [
    {"Title": "Dr.", "First Name": "Marcus", "Last Name": "Johnson", "Suffix": "EdD", "Company": "Valley Technical College",
     "Job Title": "Dean of Workforce Programs", "Business Street": "1 College Dr", "Business City": "Riverton",
     "Business State": "WI", "Business Postal Code": "53002", "Business Country/Region": "United States of America",
     "Business Phone": "(608) 555-0107", "Mobile Phone": "608-555-0117", "E-mail Address": "mjohnson@valleytech.example.edu",
     "E-mail Type": "SMTP", "E-mail Display Name": "Marcus Johnson (mjohnson@valleytech.example.edu)",
     "Birthday": "0/0/00", "Gender": "Unspecified", "Initials": "M.J.", "Priority": "Normal", "Private": "False",
     "Sensitivity": "Normal", "Web Page": "https://valleytech.example.edu"},
    {"First Name": "Heidi", "Last Name": "Bauer", "Company": "Riverton Area Chamber of Commerce", "Job Title": "President",
     "Business Phone": "608-555-0114", "E-mail Address": "hbauer@rivertonchamber.example.org", "E-mail Type": "SMTP",
     "E-mail Display Name": "Heidi Bauer (hbauer@rivertonchamber.example.org)", "Birthday": "0/0/00",
     "Gender": "Unspecified", "Priority": "Normal", "Private": "False", "Sensitivity": "Normal"},
]
write("outlook-contacts.csv", "\n".join([",".join('"%s"' % h for h in outlook_headers)] + [outlook_row(r) for r in rows]) + "\n")

# Google Contacts, older export generation ("Google CSV" with Given Name / Family Name / Group Membership).
old_headers = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description".split(",")
def google_old(v):
    return ",".join(v.get(h, "") for h in old_headers)
write("google-contacts-old.csv", "\n".join([",".join(old_headers),
    google_old({"Name": "Angela Chen", "Given Name": "Angela", "Family Name": "Chen", "Birthday": "1975-04-09",
                "Group Membership": "* myContacts", "E-mail 1 - Type": "* Work",
                "E-mail 1 - Value": "achen@helixcontrols.example.com ::: angela.chen@example.net",
                "Phone 1 - Type": "Work", "Phone 1 - Value": "+1 608-555-0108",
                "Organization 1 - Name": "Helix Controls Corp", "Organization 1 - Title": "Chief Executive Officer"}),
    google_old({"Name": "Bill Park", "Given Name": "Bill", "Family Name": "Park", "Group Membership": "* myContacts",
                "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "bpark@summitcnc.example.com",
                "Organization 1 - Name": "Summit CNC LLC"}),
]) + "\n")

# Google Contacts, newer export generation (First Name / Last Name / Labels, "E-mail 1 - Label").
new_headers = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value".split(",")
def google_new(v):
    out = []
    for h in new_headers:
        x = v.get(h, "")
        out.append('"%s"' % x if ("," in x or "\n" in x) else x)
    return ",".join(out)
write("google-contacts-new.csv", "\n".join([",".join(new_headers),
    google_new({"First Name": "Grace", "Middle Name": "B", "Last Name": "Park", "Name Prefix": "Ms.",
                "Organization Name": "Summit CNC LLC", "Organization Title": "Operations Manager",
                "Labels": "* myContacts", "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "gpark@summitcnc.example.com",
                "Phone 1 - Label": "Mobile", "Phone 1 - Value": "608.555.0129",
                "Address 1 - Label": "Work", "Address 1 - Formatted": "5 Tool Ln\nRiverton, WI 53001\nUS",
                "Address 1 - Street": "5 Tool Ln", "Address 1 - City": "Riverton", "Address 1 - Region": "WI",
                "Address 1 - Postal Code": "53001", "Address 1 - Country": "US",
                "Website 1 - Label": "", "Website 1 - Value": "https://summitcnc.example.com"}),
]) + "\n")

# LinkedIn Connections.csv (from "Get a copy of your data"): the "Notes:" preamble, a blank line, LF endings.
write("linkedin-connections.csv", """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Tom,Nguyen,https://www.linkedin.com/in/tom-nguyen-example,,Acme Manufacturing,Maintenance Supervisor,12 Aug 2023
Denise,Walker,https://www.linkedin.com/in/denise-walker-example,dwalker@rivertonedc.example.org,"Riverton Economic Development Corp.",Executive Director,03 Sep 2022
""", newline="\n")

# Salesforce contact report "Export Details" (CSV): every cell quoted, CRLF, a footer after the records.
write("salesforce-contacts.csv", """"Salutation","First Name","Last Name","Title","Account Name","Mailing Street","Mailing City","Mailing State/Province","Mailing Zip/Postal Code","Mailing Country","Phone","Mobile","Fax","Email","Account Owner"
"Mr.","Robert","Smith","VP of Operations","Acme Manufacturing, Inc.","12 Mill Rd","Riverton","WI","53001","USA","(608) 555-0101","","","rsmith@acme-mfg.example.com","Ann Lee"
"Ms.","Jane","Smith","Plant Manager","Blue Lake Plastics","9 Lake St","Riverton","WI","53001","USA","608.555.0103","","","jane.smith@bluelakeplastics.example.com","Ann Lee"
""
"Contacts by Account"
"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."
"Confidential Information - Do Not Distribute"
"Generated By:  Ann Lee  3/6/2024 9:12 AM"
"Example Partnership"
""")

# HubSpot contacts export (CSV).
write("hubspot-contacts.csv", """Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,Contact owner,Lifecycle Stage,Create Date
901,Chidi,Okafor,chidi@okafortool.example.com,608-555-0113,Owner,Okafor Tool & Die,Ann Lee,Customer,2024-01-15 10:00
902,Angela,Chen,achen@helixcontrols.example.com,,CEO,Helix Controls,Ann Lee,Lead,2024-01-16 11:30
""")

# A sign-in sheet typed into Excel and saved as CSV (Windows-1252, CRLF): a title, a date, then the header.
write("signin-typed.csv", """Launch Meeting Sign-In,,,,
Date: 3/5/2024,,,,
,,,,
Name,Organization,Email,Phone,Signature
Luis Hernández,Tri-County Workforce Board,lhernandez@tricountywdb.example.org,608-555-0105,
ROBERT SMITH,Acme,rsmith@acme-mfg.example.com,608 555 0101,
,,,,
Rachel Green,Northfield Fab,,608-555-0116,
""", encoding="cp1252")

# The same kind of sheet as a workbook.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sign-in"
ws.append(["Pipeline Action Team Sign-In"])
ws.append(["Date: 4/2/2024"])
ws.append([])
ws.append(["Name", "Organization", "Email", "Phone", "Walk-in?"])
ws.append(["Kathy O'Neil", "Riverton Precision", "koneil@rivertonprecision.example.com", 6085550102, "No"])
ws.append(["Tom Nguyen", "Acme Manufacturing", "tom.nguyen@acme-mfg.example.com", "608-555-0111", "Yes"])
wb.save("signin-typed.xlsx")

# The partnership's action plan as a plain CSV (the tracker's columns).
write("action-plan.csv", """Priority area,Action item,Action team,Business champion,Public-partner support,Start,Due,Status,Next step,Last updated,Notes,Item ID
Talent pipeline,Host 3 plant tours for high-school CTE students,Pipeline,Angela Chen,Denise Walker,2026-02-01,2026-05-15,On track,Confirm tour dates,2026-02-20,Buses funded by the district,A0001
Talent pipeline,Launch a shared maintenance-technician apprenticeship,Pipeline,Robert Smith,Marcus Johnson,2026-02-15,9/30/2026,Not started,Draft the work-process schedule,2026-02-20,,A0002
Incumbent worker training,Pool demand for a CNC programming cohort,Upskilling,Chidi Okafor,,2026-03-01,2026-06-30,Stalled,,2026-02-20,,A0003
""")

# Generic lists: synonyms (semicolon, Windows-1252), headerless, organizations only.
write("generic-synonyms.csv", """Full Name;Employer;E-mail;Cell;Position;Zip
"Smith, Robert J.";ACME Mfg.;bob.smith@gmail.example.com;6085550101;VP Ops;53001
O'Neil, Kathy;Riverton Precision Machining;koneil@rivertonprecision.example.com;(608) 555-0102 x204;HR Director;
Renée Dubois;Valley Technical College;rdubois@valleytech.example.edu;;Instructor;53002
""", encoding="cp1252")
write("headerless.csv", """Ann Lee,ann@example.com,608-555-0150
Bob Stone,bob.stone@example.org,608-555-0151
Cara Diaz,cdiaz@example.net,
""", newline="\n")
write("partners-orgs.csv", """Organization,Street,City,Zip,Phone,Website
Riverton Area Chamber of Commerce,1 Main St,Riverton,53001,608-555-0140,https://rivertonchamber.example.org
Tri-County Workforce Development Board,20 Oak Ave,Riverton,53001,608-555-0141,https://tricountywdb.example.org
""")

# Microsoft Teams attendance list, older generation (2020–21): UTF-16 LE with BOM, tab, one row per join/leave.
write("teams-attendance-2021.csv", """Full Name\tUser Action\tTimestamp
Ann Lee\tJoined\t3/5/2021, 9:55:12 AM
Maria Garcia\tJoined\t3/5/2021, 10:02:44 AM
Maria Garcia\tLeft\t3/5/2021, 10:20:00 AM
Maria Garcia\tJoined\t3/5/2021, 10:31:08 AM
Ann Lee\tLeft\t3/5/2021, 11:02:40 AM
""", encoding="utf-16-le", bom=b"\xff\xfe")
