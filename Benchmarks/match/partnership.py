#!/usr/bin/env python3
"""A year of a sector partnership's exports, for benchmarking person matching: the "partnership corpus".

    partnership.py --out DIR [--seed 5]

Models what the convener of a regional manufacturing sector partnership (here the Fox River Valley
Manufacturing Partnership, convened by a workforce board with the chamber, the economic development
corporation and the technical college) has on disk after one year: 15 files, each exported by the tool that
really wrote it, about 740 records of about 120 people at 40 organizations.

  01  workforce-board-crm-export.csv        CRM contacts (January): First Name, Last Name, Email, Phone, ...
  02  chamber-member-contacts.csv           chamber directory (February): one "Contact Name" column,
                                            "Last, First" or "First Last", Business Name, Work Phone
  03  launch-summit-eventbrite.csv          Eventbrite attendee summary (March); some buyers register
                                            colleagues under the buyer's own email
  04  launch-summit-signin.csv              paper sign-in typed into Excel, saved as "CSV UTF-8" (BOM)
  05  edc-business-retention-list.csv       EDC business-retention visit list (April): Company, Contact, ...
  06  participants_84513377201.csv          Zoom participants report with the meeting header (May)
  07  advisory-committee-roster.csv         technical college advisory committees (June): Name, Organization,
                                            Title, Email (credentials: "Dr. ..., EdD")
  08  quarterly-meeting-signin.csv          sign-in typed on a Windows PC: Windows-1252, comma (June)
  09  participants_88120945512.csv          Zoom participants report, newer column names, no header (July)
  10  mep-partner-list.csv                  the manufacturing extension center's partner list (August):
                                            honorifics and credentials ("Ms. Liz Brennan, SHRM-CP")
  11  mfg-day-breakfast-eventbrite.csv      Eventbrite attendee summary with a custom question (September)
  12  mfg-day-breakfast-signin.csv          sign-in, Windows-1252, ";" separated, a title row (October)
  13  image-team-attendance-report.csv      Microsoft Teams attendance report: UTF-16, tabs, summary
                                            preamble, participants, in-meeting activities (October)
  14  annual-meeting-eventbrite.csv         Eventbrite attendee summary with buyer columns and check-in
                                            status (November)
  15  action-team-roster.csv                the convener's action-team owners list (December)

Truth: DIR/partnership.truth.csv, columns file,record,truth (file = bare file name, record = the 1-based
data-record number in that file as `convene merge --clusters` numbers it, truth = person id).

The people: champions (about 25, 8-15 appearances), regulars, occasional participants and one-time
walk-ins or guests. Most are ordinary (distinct names at distinct employers, nickname or not). The hard cases,
fixed in the story and about a fifth of the people:
  - Richard Kowalski Sr. and Jr. ("Dick" and "Rick") at Kowalski Tool & Die, sharing the main line; the
    suffix is missing on most records;
  - the Esposito brothers (Tony and Mark) at Esposito Brothers Plastics: one surname, one company, one line;
  - Dan and Linda Hoffman, who own Hoffman Precision Grinding: one phone, and often info@;
  - two Mike Johnsons (a production manager and a school-district CTE coordinator) and two Maria Garcias
    (an HR manager and a job-center employment specialist);
  - four people who changed employer during the year (new domain, new phone, same name), read from stale
    lists too;
  - two women who changed surname mid-year (old, new and hyphenated surnames; email changed later or never);
  - nickname people (Bob/Robert, Liz/Elizabeth, Kate/Katherine, ...) with a personal Gmail/Yahoo address on
    some records;
  - shared mailboxes: hr@ of Lakeshore Castings (three HR people, one main line with extensions) and info@
    of Cedar Creek Woodworks (the owner and the office manager).
Noise everywhere, heavier on typed sign-ins and meeting reports: typos, swapped first/last, all caps or all
lowercase, missing cells, phones in several formats, organization abbreviations, device names in Zoom.

Deterministic per seed; the standard library only. Domains and phone numbers are invented.
"""
import argparse
import csv
import datetime
import io
import os
import random
import sys

# --------------------------------------------------------------------------------------------------------------
# Organizations: key, kind, name variants (first = legal name; weights favour the first few), domain, area code,
# main-line exchange, chamber member, action teams' host or not.
# --------------------------------------------------------------------------------------------------------------

ORGS = [
    # key, kind, variants, domain, area, size
    ("kowalski", "business", ["Kowalski Tool & Die, Inc.", "Kowalski Tool & Die", "Kowalski Tool and Die",
                              "Kowalski T&D", "Kowalski Tool"], "kowalskitool.com", "920", 2),
    ("esposito", "business", ["Esposito Brothers Plastics", "Esposito Bros. Plastics", "Esposito Plastics",
                              "Esposito Bros"], "espositoplastics.com", "920", 2),
    ("hoffman", "business", ["Hoffman Precision Grinding LLC", "Hoffman Precision Grinding", "Hoffman Grinding",
                             "Hoffman Precision"], "hoffmangrinding.com", "920", 2),
    ("badger", "business", ["Badger Gear & Machine Co.", "Badger Gear & Machine", "Badger Gear", "Badger Gear Co",
                            "BG&M"], "badgergear.com", "920", 4),
    ("lakeshore", "business", ["Lakeshore Castings Corporation", "Lakeshore Castings Corp.", "Lakeshore Castings",
                               "Lakeshore Casting"], "lakeshorecastings.com", "920", 5),
    ("northwoods", "business", ["Northwoods Paper Converting, Inc.", "Northwoods Paper Converting",
                                "Northwoods Paper", "NW Paper Converting"], "nwpaperconverting.com", "715", 3),
    ("foxfab", "business", ["Fox Valley Fabrication", "Fox Valley Fabrication LLC", "Fox Valley Fab", "FV Fab"],
     "foxvalleyfab.com", "920", 3),
    ("glh", "business", ["Great Lakes Hydraulics, Inc.", "Great Lakes Hydraulics", "GL Hydraulics",
                         "Great Lakes Hyd."], "glhydraulics.com", "920", 3),
    ("pss", "business", ["Precision Stamping Solutions", "Precision Stamping Solutions Inc", "Precision Stamping",
                         "PSS"], "precisionstamping.net", "262", 2),
    ("meridian", "business", ["Meridian Food Packaging", "Meridian Food Packaging Co.", "Meridian Packaging",
                              "Meridian Foods Pkg"], "meridianpack.com", "920", 3),
    ("tristar", "business", ["Tri-Star Electronics Assembly", "Tri-Star Electronics", "TriStar Electronics",
                             "Tristar"], "tristarelectronics.com", "920", 3),
    ("sorensen", "business", ["Sorensen Dairy Equipment Co.", "Sorensen Dairy Equipment", "Sorensen Dairy",
                              "Sorensen Equipment"], "sorensendairy.com", "920", 2),
    ("cedarcreek", "business", ["Cedar Creek Woodworks", "Cedar Creek Woodworks LLC", "Cedar Creek Wood",
                                "Cedar Creek"], "cedarcreekwood.com", "920", 2),
    ("apex", "business", ["Apex Robotics Integration", "Apex Robotics Integration, LLC", "Apex Robotics", "Apex"],
     "apexrobotics.io", "920", 3),
    ("wvalve", "business", ["Winnebago Valve & Fitting", "Winnebago Valve and Fitting", "Winnebago Valve",
                            "WV&F"], "wvalve.com", "920", 2),
    ("heartland", "business", ["Heartland Coatings, Inc.", "Heartland Coatings", "Heartland Coating"],
     "heartlandcoatings.com", "920", 2),
    ("rivertown", "business", ["Rivertown Brewing Equipment", "Rivertown Brewing Equipment Co", "Rivertown Brewing",
                               "Rivertown"], "rivertownbrew.com", "920", 2),
    ("olsen", "business", ["Olsen Trucking & Logistics", "Olsen Trucking", "Olsen Logistics"],
     "olsenlogistics.com", "920", 2),
    ("superior", "business", ["Superior Foundry Works", "Superior Foundry", "Superior Foundry Works Inc."],
     "superiorfoundry.com", "715", 2),
    ("promed", "business", ["ProMed Device Manufacturing", "ProMed Device Mfg.", "ProMed Devices", "ProMed"],
     "promeddevice.com", "920", 3),
    ("keller", "business", ["Keller Industrial Controls", "Keller Industrial Controls, Inc.", "Keller Controls"],
     "kellercontrols.com", "262", 2),
    ("twinports", "business", ["Twin Ports Composites", "Twin Ports Composites LLC", "Twin Ports"],
     "twinportscomposites.com", "715", 2),
    ("brightline", "business", ["Brightline Optics", "Brightline Optics Corp.", "BrightLine Optics"],
     "brightlineoptics.com", "920", 2),
    ("menasha", "business", ["Menasha Metal Spinning", "Menasha Metal Spinning Co.", "Menasha Metal"],
     "menashametalspinning.com", "920", 2),
    ("stonebridge", "business", ["Stonebridge Machining", "Stonebridge Machining, Inc.", "Stonebridge Machine"],
     "stonebridgemachining.com", "920", 2),
    ("northstar", "business", ["Northstar Aerospace Components", "Northstar Aerospace", "NorthStar Aero",
                               "Northstar Aerospace Components LLC"], "northstaraero.com", "920", 3),
    ("dairyland", "business", ["Dairyland Extrusion", "Dairyland Extrusion Inc.", "Dairyland Extrusions"],
     "dairylandextrusion.com", "715", 2),
    ("lindqvist", "business", ["Lindqvist Pumps", "Lindqvist Pump Company", "Lindqvist Pumps Inc."],
     "lindqvistpumps.com", "920", 2),
    ("summitpack", "business", ["Summit Packaging Systems", "Summit Packaging", "Summit Packaging Systems, Inc."],
     "summitpackaging.com", "262", 2),
    ("valleyweld", "business", ["Valley Welding Supply", "Valley Welding Supply Co.", "Valley Welding"],
     "valleywelding.com", "920", 1),
    # public partners
    ("wdb", "workforce", ["Fox River Valley Workforce Development Board", "Fox River Valley WDB",
                          "FRV Workforce Development Board", "Workforce Board", "FRVWDB"], "frvwdb.org", "920", 5),
    ("nvtc", "college", ["Northeast Valley Technical College", "NE Valley Technical College", "NVTC",
                         "Northeast Valley Tech"], "nvtc.edu", "920", 5),
    ("lakeside", "college", ["Lakeside State University", "Lakeside State", "LSU - College of Engineering"],
     "lakesidestate.edu", "920", 2),
    ("riverview", "school", ["Riverview Area School District", "Riverview School District", "Riverview Schools",
                             "RASD"], "riverview.k12.wi.us", "920", 3),
    ("kettlelake", "school", ["Kettle Lake School District", "Kettle Lake Schools", "Kettle Lake SD",
                              "Kettle Lake High School"], "kettlelake.k12.wi.us", "920", 2),
    ("oakprairie", "school", ["Oak Prairie School District", "Oak Prairie Schools", "Oak Prairie SD",
                              "Oak Prairie High School"], "oakprairie.k12.wi.us", "262", 2),
    ("chamber", "chamber", ["Greater Harbor Chamber of Commerce", "Greater Harbor Chamber", "Harbor Chamber",
                            "GHCC"], "harborchamber.org", "920", 2),
    ("edc", "edo", ["Valley Economic Development Corporation", "Valley Economic Development Corp.", "Valley EDC",
                    "VEDC"], "valleyedc.org", "920", 2),
    ("mep", "mep", ["Midwest Manufacturing Extension Center", "Midwest MEP", "Midwest Mfg Extension Center",
                    "MMEC"], "midwestmep.org", "608", 2),
    ("jobcenter", "jobcenter", ["Harbor County Job Center", "Harbor Co. Job Center", "Job Center of Harbor County",
                                "Job Center"], "harborcountywi.gov", "920", 2),
]
ORG = {o[0]: {"key": o[0], "kind": o[1], "names": o[2], "domain": o[3], "area": o[4], "size": o[5]} for o in ORGS}
PUBLIC_KINDS = {"workforce", "college", "school", "chamber", "edo", "mep", "jobcenter"}

TITLES = {
    "business": ["Plant Manager", "HR Manager", "Human Resources Director", "Director of Operations",
                 "Operations Manager", "Production Supervisor", "Maintenance Manager", "Training Coordinator",
                 "Talent Acquisition Specialist", "President", "General Manager", "Engineering Manager",
                 "EHS Manager", "Quality Manager", "Recruiter", "VP of Manufacturing", "Controller",
                 "HR Generalist"],
    "workforce": ["Business Services Representative", "Sector Strategies Manager", "Youth Program Manager",
                  "Executive Director", "Business Services Manager"],
    "college": ["Dean of Manufacturing & Engineering", "Business & Industry Services Manager",
                "Apprenticeship Coordinator", "Welding Instructor", "Associate Dean, Trades"],
    "school": ["CTE Coordinator", "High School Principal", "School Counselor", "Technology Education Teacher",
               "Youth Apprenticeship Coordinator"],
    "chamber": ["President & CEO", "Membership Director", "Events Coordinator"],
    "edo": ["Executive Director", "Business Retention Manager"],
    "mep": ["Regional Manager", "Project Manager"],
    "jobcenter": ["Job Center Manager", "Employment Specialist"],
}
LEADER_WORDS = ("President", "Owner", "CEO", "General Manager", "Plant Manager", "Director", "VP")
TITLE_SHORT = {"Human Resources Director": ["HR Director", "Dir. of HR"], "VP of Manufacturing": ["VP Mfg"],
               "Director of Operations": ["Dir. Operations", "Operations Director"], "HR Manager": ["HR Mgr"],
               "Production Supervisor": ["Prod. Supervisor"], "Maintenance Manager": ["Maint. Manager"],
               "President": ["Pres.", "President/Owner"], "Business Services Representative": ["Business Svcs Rep"],
               "Talent Acquisition Specialist": ["Recruiter", "TA Specialist"]}

NICKS = {
    "James": ["Jim"], "Robert": ["Bob", "Rob"], "Michael": ["Mike"], "William": ["Bill"], "Thomas": ["Tom"],
    "Christopher": ["Chris"], "Daniel": ["Dan"], "David": ["Dave"], "Steven": ["Steve"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Douglas": ["Doug"], "Jeffrey": ["Jeff"], "Joseph": ["Joe"], "Richard": ["Rick", "Rich"],
    "Anthony": ["Tony"], "Elizabeth": ["Liz", "Beth"], "Katherine": ["Kate", "Kathy"], "Jennifer": ["Jen"],
    "Patricia": ["Pat", "Trish"], "Margaret": ["Peggy", "Maggie"], "Susan": ["Sue"], "Deborah": ["Deb"],
    "Rebecca": ["Becky"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Samantha": ["Sam"],
    "Alexander": ["Alex"], "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Matthew": ["Matt"], "Andrew": ["Andy"],
    "Jonathan": ["Jon"], "Edward": ["Ed"], "Kenneth": ["Ken"], "Ronald": ["Ron"], "Donald": ["Don"],
    "Charles": ["Chuck"], "Theresa": ["Terri"], "Victoria": ["Vicki"], "Kathleen": ["Kathy", "Katie"],
    "Jessica": ["Jess"], "Zachary": ["Zach"], "Nathaniel": ["Nate"], "Joshua": ["Josh"], "Samuel": ["Sam"],
}
# Given names and surnames by heritage, so that names look like the region's (Wisconsin: German, Polish,
# Scandinavian, Irish, Hmong, Mexican-American, ...). A generic given name goes with any surname now and then.
GENERIC_M = ["James", "Robert", "Michael", "William", "Thomas", "Christopher", "Daniel", "David", "Steven",
             "Timothy", "Gregory", "Douglas", "Jeffrey", "Joseph", "Brian", "Kevin", "Jason", "Eric", "Scott", "Ryan",
             "Gary", "Todd", "Chad", "Peter", "Benjamin", "Nathaniel", "Aaron", "Travis", "Cody", "Matthew",
             "Andrew", "Jonathan", "Kenneth", "Charles", "Zachary", "Joshua", "Samuel", "Brett", "Trent", "Marcus"]
GENERIC_F = ["Elizabeth", "Katherine", "Jennifer", "Patricia", "Margaret", "Susan", "Deborah", "Rebecca",
             "Kimberly", "Pamela", "Cynthia", "Samantha", "Theresa", "Victoria", "Jessica", "Amanda", "Nicole",
             "Heather", "Melissa", "Laura", "Rachel", "Megan", "Ashley", "Brenda", "Carol", "Janet", "Kristin",
             "Monica", "Danielle", "Holly", "Lori", "Shannon", "Colleen", "Renee", "Denise"]
HERITAGE = [
    # weight, male given names, female given names, surnames
    (10, ["Nils", "Lars", "Erik"], ["Ingrid", "Greta"],
     ["Schmidt", "Mueller", "Wagner", "Becker", "Krueger", "Schroeder", "Koch", "Weber", "Fischer", "Neumann",
      "Jablonski", "Nowak", "Zielinski", "Wisniewski", "Larson", "Hanson", "Peterson", "Lindgren", "Halvorsen",
      "Thorson", "O'Brien", "Murphy", "Sullivan", "Doyle", "Kelly", "Rasmussen", "Jorgensen", "Meyer", "Bauer",
      "Vogel", "Zimmerman", "Hartmann", "Kraus", "Lange", "Brandl", "Dvorak", "Novotny", "Kowal", "Baker",
      "Miller", "Anderson", "Olson", "Nelson", "Carlson", "Smith", "Brown", "Davis", "Wilson", "Moore", "Taylor",
      "Thompson", "White", "Harris", "Clark", "Lewis", "Hall", "Allen", "Young", "King", "Wright", "Scott",
      "Green", "Adams", "Campbell", "Evans", "Reed", "Cook", "Bell", "Kaminski", "Nielsen", "Engel", "Pfeiffer",
      "Marchetti", "Russo", "Stein", "Frank", "Voss", "Reinholt", "Gruber", "Lindahl"]),
    (1.2, ["Luis", "Carlos", "Miguel", "Hector", "Jorge"], ["Lucia", "Alejandra", "Guadalupe", "Veronica"],
     ["Hernández", "Martinez", "Torres", "Galvan", "Ibarra", "Rios", "Mendoza", "Castillo"]),
    (1.0, ["Tou", "Pao", "Kou", "Fue"], ["Mai", "Pa Houa", "Yer", "Bao"], ["Xiong", "Yang", "Thao", "Lor", "Her"]),
    (0.6, ["Raj", "Vikram", "Arjun"], ["Priya", "Anjali"], ["Patel", "Shah", "Iyer"]),
    (0.6, ["Wei", "Minh", "Hiro"], ["Mei", "Linh", "Yuki"], ["Chen", "Liu", "Nguyen", "Kim", "Sato", "Tran"]),
    (0.3, ["Ahmed", "Omar", "Yusuf"], ["Fatima", "Amina"], ["Haddad", "Farah", "Hassan"]),
    (0.3, ["Kwame", "Chidi", "Emeka"], ["Ngozi", "Ama"], ["Okonkwo", "Adeyemi", "Mensah"]),
    (0.8, ["DeShawn", "Darnell", "Andre", "Terrence"], ["Tamika", "Keisha", "Latoya"],
     ["Washington", "Jackson", "Robinson", "Coleman", "Brooks", "Walker"]),
]


def pick_name(rng, gender):
    """(given, surname): a heritage-specific given name with a surname of its heritage, or a generic given name
    (with any heritage's surname, mostly the majority's)."""
    w = [h[0] for h in HERITAGE]
    h = rng.choices(HERITAGE, w)[0]
    own = h[1] if gender == "m" else h[2]
    generic = GENERIC_M if gender == "m" else GENERIC_F
    given = rng.choice(own) if rng.random() < (0.25 if h is HERITAGE[0] else 0.55) else rng.choice(generic)
    return given, rng.choice(h[3])


FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com",
            "hotmail.com", "charter.net"]

# --------------------------------------------------------------------------------------------------------------
# The hard cases, fixed in the story. Jobs: [(from month 1-12, org key, title, email, direct line or None)].
# Phones are filled in later from the organization's main line when given as "main".
# --------------------------------------------------------------------------------------------------------------

HARD = [
    # Sr./Jr.
    dict(tag="sr-jr", first="Richard", nick="Dick", nick_inf=0.45, nick_for=0.1, last="Kowalski", suffix="Sr.",
         suffix_rate=0.3, gender="m", tier="champion", mobile=False,
         jobs=[(1, "kowalski", "President", "dkowalski@kowalskitool.com", "main")]),
    dict(tag="sr-jr", first="Richard", nick="Rick", nick_inf=0.75, nick_for=0.35, last="Kowalski", suffix="Jr.",
         suffix_rate=0.35, gender="m", tier="regular", mobile=True,
         jobs=[(1, "kowalski", "Vice President", "rick@kowalskitool.com", "main")]),
    # brothers
    dict(tag="brothers", first="Anthony", nick="Tony", nick_inf=0.9, nick_for=0.6, last="Esposito",
         gender="m", tier="champion", mobile=True,
         jobs=[(1, "esposito", "President", "tony@espositoplastics.com", "main")]),
    dict(tag="brothers", first="Mark", last="Esposito", gender="m", tier="occasional", mobile=False,
         jobs=[(1, "esposito", "Plant Manager", "mark@espositoplastics.com", "main")]),
    # married couple, shared phone and info@
    dict(tag="couple", first="Daniel", nick="Dan", nick_inf=0.85, nick_for=0.5, last="Hoffman", gender="m",
         tier="regular", mobile=False, shared="info@hoffmangrinding.com", shared_rate=0.35,
         jobs=[(1, "hoffman", "Owner", "dan@hoffmangrinding.com", "main")]),
    dict(tag="couple", first="Linda", last="Hoffman", gender="f", tier="regular", mobile=False,
         shared="info@hoffmangrinding.com", shared_rate=0.55,
         jobs=[(1, "hoffman", "Co-Owner / Office Manager", "linda@hoffmangrinding.com", "main")]),
    # same full name, different people
    dict(tag="same-name", first="Michael", nick="Mike", nick_inf=0.8, nick_for=0.5, last="Johnson", gender="m",
         tier="champion", mobile=True, jobs=[(1, "badger", "Production Manager", "mjohnson@badgergear.com", "ext")]),
    dict(tag="same-name", first="Michael", nick="Mike", nick_inf=0.7, nick_for=0.3, last="Johnson", gender="m",
         tier="regular", mobile=False, middle="R",
         jobs=[(1, "oakprairie", "CTE Coordinator", "johnsonm@oakprairie.k12.wi.us", "direct")]),
    dict(tag="same-name", first="Maria", last="Garcia", gender="f", tier="regular", mobile=False,
         jobs=[(1, "meridian", "HR Manager", "mgarcia@meridianpack.com", "direct")]),
    dict(tag="same-name", first="Maria", last="Garcia", gender="f", tier="occasional", mobile=False,
         middle="E", jobs=[(1, "jobcenter", "Employment Specialist", "maria.garcia@harborcountywi.gov", "direct")]),
    # changed employer
    dict(tag="moved", first="Sarah", last="Mitchell", gender="f", tier="champion", mobile=True, credential="SHRM-CP",
         jobs=[(1, "lakeshore", "HR Director", "smitchell@lakeshorecastings.com", "ext"),
               (6, "promed", "Director of Human Resources", "sarah.mitchell@promeddevice.com", "direct")]),
    dict(tag="moved", first="Kevin", last="Brandt", gender="m", tier="champion", mobile=True,
         jobs=[(1, "wdb", "Business Services Representative", "kbrandt@frvwdb.org", "direct"),
               (8, "nvtc", "Apprenticeship Coordinator", "kevin.brandt@nvtc.edu", "direct")]),
    dict(tag="moved", first="Thomas", nick="Tom", nick_inf=0.85, nick_for=0.5, last="Reilly", gender="m",
         tier="regular", mobile=False,
         jobs=[(1, "glh", "Plant Manager", "treilly@glhydraulics.com", "direct"),
               (5, "northstar", "Operations Manager", "treilly@northstaraero.com", "direct")]),
    dict(tag="moved", first="Angela", last="Ruiz", gender="f", tier="regular", mobile=True,
         jobs=[(1, "tristar", "Operations Manager", "aruiz@tristarelectronics.com", "direct"),
               (9, "apex", "Director of Operations", "angela.ruiz@apexrobotics.io", "direct")]),
    # changed surname
    dict(tag="surname", first="Emily", last="Carter", new_last="Novak", change=6, gender="f", tier="champion",
         mobile=True, jobs=[(1, "foxfab", "HR Generalist", "ecarter@foxvalleyfab.com", "direct")],
         new_email="enovak@foxvalleyfab.com", email_change=8),
    dict(tag="surname", first="Jessica", nick="Jess", nick_inf=0.3, nick_for=0.1, last="Thompson",
         new_last="Vang", change=7, gender="f", tier="regular", mobile=False,
         jobs=[(1, "riverview", "Youth Apprenticeship Coordinator", "jthompson@riverview.k12.wi.us", "direct")]),
    # nicknames with personal email
    dict(tag="nickname", first="Robert", nick="Bob", nick_inf=0.9, nick_for=0.45, last="Schultz", middle="J",
         gender="m", tier="champion", mobile=True, personal="bobschultz62@gmail.com", personal_rate=0.4,
         jobs=[(1, "northwoods", "Maintenance Manager", "rschultz@nwpaperconverting.com", "direct")]),
    dict(tag="nickname", first="Elizabeth", nick="Liz", nick_inf=0.85, nick_for=0.4, last="Brennan", gender="f",
         tier="champion", mobile=True, personal="lizbrennan.hr@gmail.com", personal_rate=0.3, credential="SHRM-CP",
         jobs=[(1, "meridian", "Human Resources Director", "ebrennan@meridianpack.com", "direct")]),
    dict(tag="nickname", first="Katherine", nick="Kate", nick_inf=0.8, nick_for=0.35, last="Lindqvist",
         gender="f", tier="champion", mobile=True, personal="katelindqvist@yahoo.com", personal_rate=0.3,
         jobs=[(1, "lindqvist", "President", "klindqvist@lindqvistpumps.com", "direct")]),
    dict(tag="nickname", first="William", nick="Bill", nick_inf=0.85, nick_for=0.5, last="Sorensen",
         gender="m", tier="regular", mobile=False, personal="billsorensen@charter.net", personal_rate=0.45,
         jobs=[(1, "sorensen", "Owner", "bill@sorensendairy.com", "main")]),
    dict(tag="nickname", first="James", nick="Jim", nick_inf=0.85, nick_for=0.4, last="Olsen", gender="m",
         tier="regular", mobile=True, personal="jimolsen.trucks@gmail.com", personal_rate=0.35,
         jobs=[(1, "olsen", "General Manager", "jolsen@olsenlogistics.com", "direct")]),
    dict(tag="nickname", first="Christopher", nick="Chris", nick_inf=0.9, nick_for=0.6, last="Nakamura",
         gender="m", tier="champion", mobile=True, personal="cnakamura88@gmail.com", personal_rate=0.25,
         jobs=[(1, "apex", "Engineering Manager", "cnakamura@apexrobotics.io", "direct")]),
    dict(tag="nickname", first="Kathleen", nick="Katie", nick_inf=0.7, nick_for=0.2, last="O'Neil", gender="f",
         tier="regular", mobile=False, personal="katieoneil@outlook.com", personal_rate=0.3,
         jobs=[(1, "heartland", "Quality Manager", "koneil@heartlandcoatings.com", "direct")]),
    dict(tag="nickname", first="Margaret", nick="Peggy", nick_inf=0.75, nick_for=0.4, last="Dombrowski",
         gender="f", tier="occasional", mobile=False, personal="pdombrowski@att.net", personal_rate=0.5,
         jobs=[(1, "menasha", "Office Manager", "peggy@menashametalspinning.com", "main")]),
    # an ordinary regular whose name carries accents (folded in some sources)
    dict(tag="ordinary", first="José", last="Ramírez", gender="m", tier="regular", mobile=True,
         jobs=[(1, "stonebridge", "Production Supervisor", "jramirez@stonebridgemachining.com", "direct")]),
    # shared hr@ at Lakeshore Castings (main line with extensions)
    dict(tag="shared-mailbox", first="Karen", last="Wojcik", gender="f", tier="champion", mobile=False,
         shared="hr@lakeshorecastings.com", shared_rate=0.3,
         jobs=[(1, "lakeshore", "Training Coordinator", "kwojcik@lakeshorecastings.com", "ext")]),
    dict(tag="shared-mailbox", first="Jamal", last="Carter", gender="m", tier="regular", mobile=True,
         shared="hr@lakeshorecastings.com", shared_rate=0.5,
         jobs=[(1, "lakeshore", "Talent Acquisition Specialist", "jcarter@lakeshorecastings.com", "ext")]),
    dict(tag="shared-mailbox", first="Rosa", last="Delgado", gender="f", tier="occasional", mobile=False,
         shared="hr@lakeshorecastings.com", shared_rate=0.6,
         jobs=[(1, "lakeshore", "HR Assistant", "rdelgado@lakeshorecastings.com", "ext")]),
    # shared info@ at Cedar Creek Woodworks
    dict(tag="shared-mailbox", first="Gregory", nick="Greg", nick_inf=0.9, nick_for=0.6, last="Tollefson",
         gender="m", tier="regular", mobile=True, shared="info@cedarcreekwood.com", shared_rate=0.45,
         jobs=[(1, "cedarcreek", "Owner", "greg@cedarcreekwood.com", "main")]),
    dict(tag="shared-mailbox", first="Diane", last="Marsh", gender="f", tier="regular", mobile=False,
         shared="info@cedarcreekwood.com", shared_rate=0.7,
         jobs=[(1, "cedarcreek", "Office Manager", "diane@cedarcreekwood.com", "main")]),
]

# Credentialed public partners (some ordinary people get these at random too).
DOCTOR_TITLES = {"Dean of Manufacturing & Engineering": "EdD", "Associate Dean, Trades": "PhD"}

KEYBOARD = {c: n for c, n in zip("abcdefghijklmnopqrstuvwxyz",
                                 ["qs", "vn", "xv", "sf", "wr", "dg", "fh", "gj", "uo", "hk", "jl", "k", "n",
                                  "bm", "ip", "o", "w", "et", "ad", "ry", "yi", "cb", "qe", "zc", "tu", "x"])}


class Person:
    pass


# --------------------------------------------------------------------------------------------------------------
# Building the population
# --------------------------------------------------------------------------------------------------------------

def main_line(rng, org, used):
    while True:
        exch = rng.randint(220, 989)
        if exch % 100 == 11:
            continue
        last4 = rng.choice([f"{rng.randint(1, 9)}{rng.randint(0, 9)}00", f"{rng.randint(1, 9)}{rng.randint(0, 9)}50",
                            f"{rng.randint(1000, 9999)}"])
        num = f"{org['area']}{exch}{last4}"
        if num not in used:
            used.add(num)
            return num


def direct_line(rng, main, used):
    while True:
        num = main[:6] + f"{rng.randint(1000, 9999):04d}"
        if num not in used and num[6:] != main[6:]:
            used.add(num)
            return num


def mobile_line(rng, used):
    while True:
        num = rng.choice(["920", "920", "414", "262", "608"]) + f"{rng.randint(230, 989)}{rng.randint(0, 9999):04d}"
        if num not in used:
            used.add(num)
            return num


def email_for(rng, org, first, last, used, pattern=None):
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    pattern = pattern or org["pattern"]
    local = {"flast": f[0] + l, "first.last": f + "." + l, "first": f, "lastf": l + f[0], "firstl": f + l[0]}[pattern]
    addr = f"{local}@{org['domain']}"
    n = 2
    while addr in used:
        addr = f"{local}{n}@{org['domain']}"
        n += 1
    used.add(addr)
    return addr


def ascii_fold(s):
    table = str.maketrans("áéíóúñüÁÉÍÓÚÑÜ’", "aeiounuAEIOUNU'")
    return s.translate(table)


def build_people(rng):
    used_phone, used_email = set(), set()
    for o in ORG.values():
        o["main"] = main_line(rng, o, used_phone)
        o["pattern"] = rng.choice(["flast", "flast", "first.last", "first.last", "first", "lastf", "firstl"])
        o["member"] = o["kind"] == "business" and rng.random() < 0.75
        o["street"] = f"{rng.randint(100, 9999)} {rng.choice(['Industrial', 'Commerce', 'Main', 'Lake', 'Enterprise', 'Progress', 'Mill', 'River'])} " \
                      f"{rng.choice(['Dr', 'St', 'Pkwy', 'Ave', 'Ct', 'Rd'])}"
        o["city"] = rng.choice(["Harbor City", "Kettle Lake", "Riverview", "Oak Prairie", "Menasha", "Kaukauna",
                                "Little Chute"])
        o["since"] = str(rng.choice([1998, 2003, 2008, 2011, 2015, 2017, 2019, 2021, 2023, 2024]))
        o["level"] = rng.choice(["Bronze", "Silver", "Silver", "Gold", "Trustee"])
        o["naics"] = rng.choice(["332313", "332710", "333914", "332999", "326199", "311999", "336413", "334418",
                                 "332721", "333249"])
        o["employees"] = str(rng.choice([12, 25, 40, 65, 110, 180, 240, 420, 650]))
        o["visit"] = rng.choice(["2025-10-14", "2026-01-22", "2026-03-03", "", ""])
    ORG["riverview"]["pattern"] = "flast"
    for h in HARD:
        for j in h["jobs"]:
            used_email.add(j[3])
        for k in ("shared", "personal", "new_email"):
            if h.get(k):
                used_email.add(h[k])

    people = []

    def finish(p, jobs_spec):
        p.jobs = []
        for start, okey, title, email, phone_kind in jobs_spec:
            o = ORG[okey]
            direct, ext = None, None
            if phone_kind == "direct":
                direct = direct_line(rng, o["main"], used_phone)
            elif phone_kind == "ext":
                ext = str(rng.randint(201, 489))
            p.jobs.append(dict(start=start, org=okey, title=title, email=email, direct=direct, ext=ext))
        p.mobile = mobile_line(rng, used_phone) if p.has_mobile else None
        people.append(p)

    for h in HARD:
        p = Person()
        p.tag = h["tag"]
        p.first, p.last, p.gender, p.tier = h["first"], h["last"], h["gender"], h["tier"]
        p.nick = h.get("nick")
        p.nick_inf, p.nick_for = h.get("nick_inf", 0.0), h.get("nick_for", 0.0)
        p.middle = h.get("middle") or (rng.choice("ABCDEJKLMRST") if rng.random() < 0.3 else None)
        p.suffix, p.suffix_rate = h.get("suffix"), h.get("suffix_rate", 0.0)
        p.new_last, p.change = h.get("new_last"), h.get("change")
        p.new_email, p.email_change = h.get("new_email"), h.get("email_change")
        p.personal, p.personal_rate = h.get("personal"), h.get("personal_rate", 0.0)
        p.shared, p.shared_rate = h.get("shared"), h.get("shared_rate", 0.0)
        p.credential = h.get("credential")
        p.doctor = False
        p.has_mobile = h.get("mobile", False)
        finish(p, h["jobs"])

    # Ordinary people: fill each organization up to its size, then extra staff at random organizations.
    taken_names = {(p.first, p.last) for p in people}
    count_at = {}
    for p in people:
        for j in p.jobs[:1]:
            count_at[j["org"]] = count_at.get(j["org"], 0) + 1
    slots = []
    for o in ORG.values():
        slots += [o["key"]] * max(0, o["size"] - count_at.get(o["key"], 0))
    rng.shuffle(slots)
    target = 120 - len(people)
    while len(slots) < target:
        slots.append(rng.choice([o for o in ORG if ORG[o]["kind"] == "business"]))
    slots = slots[:target]
    surnames_used = {}
    for okey in slots:
        o = ORG[okey]
        p = Person()
        p.tag = "ordinary"
        p.gender = rng.choice("mf")
        while True:
            first, last = pick_name(rng, p.gender)
            # a surname repeats across the region now and then, never a full name
            if (first, last) not in taken_names and surnames_used.get(last, 0) < 2:
                break
        taken_names.add((first, last))
        surnames_used[last] = surnames_used.get(last, 0) + 1
        p.first, p.last = first, last
        p.nick = rng.choice(NICKS[first]) if first in NICKS and rng.random() < 0.45 else None
        p.nick_inf = rng.uniform(0.5, 0.95) if p.nick else 0.0
        p.nick_for = p.nick_inf * rng.uniform(0.2, 0.6) if p.nick else 0.0
        p.middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.35 else None
        p.suffix, p.suffix_rate = None, 0.0
        p.new_last = p.change = p.new_email = p.email_change = None
        p.personal = None
        if rng.random() < 0.12:
            fl = ascii_fold(first).lower().replace(" ", "")
            ll = ascii_fold(last).lower().replace("'", "")
            p.personal = rng.choice([f"{fl}.{ll}", f"{fl}{ll}{rng.randint(1, 99)}", f"{fl[0]}{ll}"]) + "@" + \
                rng.choice(FREEMAIL)
        p.personal_rate = rng.uniform(0.2, 0.5) if p.personal else 0.0
        p.shared, p.shared_rate = None, 0.0
        p.has_mobile = rng.random() < 0.35
        kind = o["kind"]
        title = rng.choice(TITLES[kind])
        p.doctor = title in DOCTOR_TITLES or (kind in ("college", "school") and rng.random() < 0.12)
        p.credential = DOCTOR_TITLES.get(title) or (rng.choice(["EdD", "PhD"]) if p.doctor else None)
        if not p.credential and rng.random() < 0.08:
            p.credential = rng.choice(["SHRM-CP", "SHRM-SCP", "P.E.", "MBA", "PHR", "CPIM"])
        email = email_for(rng, o, first, last, used_email)
        phone_kind = rng.choice(["direct", "direct", "main", "ext"]) if o["size"] >= 3 else \
            rng.choice(["direct", "main", "main"])
        p.tier = None
        finish(p, [(1, okey, title, email, phone_kind)])

    # Tiers: the hard cases carry theirs; ordinary people fill up to 25 champions, 15 one-time people.
    ordinary = [p for p in people if p.tier is None]
    rng.shuffle(ordinary)
    n_champ = 25 - sum(1 for p in people if p.tier == "champion")
    staff = [p for p in ordinary if p.jobs[0]["org"] in ("wdb", "nvtc", "chamber", "edc")]
    others = [p for p in ordinary if p not in staff]
    # The convener's own staff are champions by role (they are at everything).
    for p in staff[:4]:
        p.tier = "champion"
        n_champ -= 1
    for p in others:
        if n_champ > 0:
            p.tier = "champion"
            n_champ -= 1
        elif sum(1 for q in people if q.tier == "once") < 15:
            p.tier = "once"
        elif sum(1 for q in people if q.tier == "regular") < 30:
            p.tier = "regular"
        else:
            p.tier = "occasional"
    for p in staff[4:]:
        p.tier = "regular"
    people.sort(key=lambda p: (p.jobs[0]["org"], p.last, p.first))
    for i, p in enumerate(people, 1):
        p.pid = f"P{i:03d}"
    return people


# --------------------------------------------------------------------------------------------------------------
# A person as a given month's source sees them
# --------------------------------------------------------------------------------------------------------------

def job_at(p, month):
    job = p.jobs[0]
    for j in p.jobs:
        if j["start"] <= month:
            job = j
    return job


def surname_at(rng, p, month):
    if not p.new_last or month < p.change:
        return p.last
    return rng.choices([p.new_last, f"{p.last}-{p.new_last}", p.last], [0.6, 0.3, 0.1])[0]


def work_email_at(p, month):
    job = job_at(p, month)
    if p.new_email and month >= p.email_change and job is p.jobs[-1]:
        return p.new_email
    return job["email"]


def typo(rng, s):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 3:
        return s
    i = rng.choice(letters[1:])
    op = rng.choice(["drop", "swap", "double", "key"])
    if op == "drop":
        return s[:i] + s[i + 1:]
    if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == "double":
        return s[:i] + s[i] + s[i:]
    c = s[i].lower()
    if c in KEYBOARD:
        r = rng.choice(KEYBOARD[c])
        return s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1:]
    return s


def fmt_phone(rng, digits, ext=None, style=None):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    style = style or rng.choices(["dash", "paren", "dot", "plain", "space", "plus1"], [5, 4, 2, 1, 1, 1])[0]
    s = {"dash": f"{a}-{b}-{c}", "paren": f"({a}) {b}-{c}", "dot": f"{a}.{b}.{c}", "plain": f"{a}{b}{c}",
         "space": f"{a} {b} {c}", "plus1": f"+1 {a}-{b}-{c}"}[style]
    if ext:
        s += rng.choice([f" x{ext}", f" ext. {ext}", f" Ext {ext}", f" x {ext}"])
    return s


class View:
    """What one record says about a person: chosen once per record with the source's habits."""


def view(rng, p, month, formality, noise):
    """formality: 0 = the person typing (sign-in, Zoom), 1 = staff keying a business card into a CRM."""
    v = View()
    v.p = p
    job = job_at(p, month)
    v.org = ORG[job["org"]]
    v.job = job
    informal = rng.random() > formality
    if p.nick and rng.random() < (p.nick_inf if informal else p.nick_for):
        v.given = p.nick
    else:
        v.given = p.first
    v.last = surname_at(rng, p, month)
    v.suffix = p.suffix if p.suffix and rng.random() < p.suffix_rate else None
    v.middle = p.middle if p.middle and rng.random() < 0.35 * formality else None
    # email: work, or personal, or the shared mailbox
    r = rng.random()
    if p.personal and r < p.personal_rate * (1.3 - formality):
        v.email = p.personal
    elif p.shared and r < (p.personal_rate * (1.3 - formality)) + p.shared_rate:
        v.email = p.shared
    else:
        v.email = work_email_at(p, month)
    # phone: direct, main line (with the extension when there is one), or mobile
    r = rng.random()
    main = v.org["main"]
    if p.mobile and r < (0.3 if informal else 0.12):
        v.phone = fmt_phone(rng, p.mobile)
    elif job["direct"] and r < 0.75:
        v.phone = fmt_phone(rng, job["direct"])
    elif job["ext"]:
        v.phone = fmt_phone(rng, main, job["ext"] if rng.random() < 0.7 else None)
    else:
        v.phone = fmt_phone(rng, main)
    v.title = job["title"]
    if v.title in TITLE_SHORT and rng.random() < 0.3 + 0.3 * (1 - formality):
        v.title = rng.choice(TITLE_SHORT[v.title])
    v.noise = noise
    return v


def org_name(rng, v, casual=0.0):
    names = v.org["names"]
    weights = [5, 3] + [1] * (len(names) - 2)
    if rng.random() < casual:
        weights = [1] * len(names)
    s = rng.choices(names, weights[:len(names)])[0]
    if rng.random() < casual * 0.25:
        s = s.replace("Manufacturing", "Mfg").replace("Company", "Co").replace("Corporation", "Corp")
    if rng.random() < v.noise * 0.3:
        s = typo(rng, s)
    return s


def noisy_name(rng, s, v):
    if rng.random() < v.noise * 0.25:
        s = typo(rng, s)
    return s


def given_last(rng, v):
    given, last = v.given, v.last
    given = noisy_name(rng, given, v)
    last = noisy_name(rng, last, v)
    if v.suffix:
        last = last + rng.choice([" " + v.suffix, " " + v.suffix.rstrip("."), ", " + v.suffix])
    return given, last


def apply_case(rng, s, v):
    r = rng.random()
    if r < v.noise * 0.2:
        return s.lower()
    if r < v.noise * 0.3:
        return s.upper()
    return s


def full_name(rng, v, order=None, middle=True):
    given, last = given_last(rng, v)
    mid = f" {v.middle}." if middle and v.middle else ""
    if order == "last-first":
        return f"{last}, {given}{mid}"
    return f"{given}{mid} {last}"


def honorific_name(rng, v):
    p = v.p
    given, last = given_last(rng, v)
    mid = f" {v.middle}." if v.middle else ""
    pre = ""
    if p.doctor and rng.random() < 0.8:
        pre = "Dr. "
    elif rng.random() < 0.45:
        pre = "Mr. " if p.gender == "m" else rng.choice(["Ms. ", "Ms. ", "Mrs. "])
    cred = f", {p.credential}" if p.credential and rng.random() < 0.75 else ""
    return f"{pre}{given}{mid} {last}{cred}"


def noisy_email(rng, email, v):
    if rng.random() < v.noise * 0.08:
        local, _, dom = email.partition("@")
        if rng.random() < 0.5:
            local = typo(rng, local)
        else:
            dom = typo(rng, dom)
        email = f"{local}@{dom}"
    if rng.random() < v.noise * 0.15:
        email = email[0].upper() + email[1:]
    return email


# --------------------------------------------------------------------------------------------------------------
# Who is where
# --------------------------------------------------------------------------------------------------------------

TIER_P = {"champion": 1.15, "regular": 0.75, "occasional": 0.33, "once": 0.0}


def chance(rng, p, scale=1.0, invitation=False):
    """Invitation lists reach the occasional participants far more than meetings do."""
    boost = 1.8 if invitation and p.tier == "occasional" else 1.0
    return rng.random() < min(1.0, TIER_P[p.tier] * scale * boost)


def is_business(p, month):
    return ORG[job_at(p, month)["org"]]["kind"] == "business"


def is_leader(p, month):
    return any(w in job_at(p, month)["title"] for w in LEADER_WORDS)


# --------------------------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------------------------

def write_csv(path, header, rows, encoding="utf-8", delimiter=",", preamble=(), postamble=(), bom=False,
              lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    for line in preamble:
        w.writerow(line)
    w.writerow(header)
    for fields in rows:
        w.writerow(fields)
    for line in postamble:
        w.writerow(line)
    text = buf.getvalue()
    if encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def generate(out_dir, seed=5):
    rng = random.Random(seed)
    people = build_people(rng)
    os.makedirs(out_dir, exist_ok=True)
    truth = []
    per_file = []
    once_pool = [p for p in people if p.tier == "once"]
    # every one-time person is assigned the one file they appear in
    once_file = {}
    once_targets = ["04", "04", "08", "08", "12", "12", "12", "06", "09", "13", "03", "11", "14", "01", "05"]
    for i, p in enumerate(once_pool):
        once_file[p.pid] = once_targets[i % len(once_targets)]

    def present(p, fid):
        return p.tier == "once" and once_file[p.pid] == fid

    def emit(name, header, recs, **kw):
        """recs: [(fields, pid)] in file order; every one is a record."""
        write_csv(os.path.join(out_dir, name), header, [f for f, _ in recs], **kw)
        for i, (_, pid) in enumerate(recs, 1):
            truth.append((name, i, pid))
        per_file.append((name, len(recs)))

    # ---- 02 chamber member contacts (February): businesses that are members ----
    recs = []
    for p in people:
        m = 2
        ok = is_business(p, m) and ORG[job_at(p, m)["org"]]["member"] and chance(rng, p, 0.95, True)
        if p.jobs[0]["org"] == "chamber" and chance(rng, p, 1.0):
            ok = True
        if not (ok or present(p, "02")):
            continue
        v = view(rng, p, m - rng.choice([0, 0, 3, 6]), 0.7, 0.12)
        order = "last-first" if rng.random() < 0.6 else None
        name = full_name(rng, v, order, middle=True)
        o = v.org
        recs.append(([org_name(rng, v), name, v.email if rng.random() > 0.08 else "",
                      fmt_phone(rng, o["main"], None, "paren") if rng.random() < 0.6 else v.phone,
                      o["street"], o["city"], "WI", o["since"], o["level"]], p.pid))
    recs.sort(key=lambda r: r[0][0].lower())
    emit("chamber-member-contacts.csv",
         ["Business Name", "Contact Name", "Email", "Work Phone", "Address", "City", "State", "Member Since",
          "Membership Level"], recs)

    # ---- 03/04 launch summit (March): Eventbrite + sign-in ----
    launch_reg = [p for p in people if chance(rng, p, 1.0) or present(p, "03")]
    launch_att = [p for p in launch_reg if rng.random() < 0.85 and p.tier != "once" or present(p, "03")]
    walkins = [p for p in people if p not in launch_reg and (chance(rng, p, 0.15) or present(p, "04"))]
    recs = eventbrite_rows(rng, launch_reg, 3, "Fox River Valley Manufacturing Partnership Launch Summit",
                           buyer_cols=False, question=None, checkin=False)
    emit("launch-summit-eventbrite.csv", EB_HEADER_BASE + ["Job Title", "Company", "Work Phone"],
         recs, bom=False)
    signers = [p for p in launch_att + walkins if rng.random() < 0.92 or present(p, "04")]
    recs = signin_rows(rng, signers, 3, champion_col=True)
    emit("launch-summit-signin.csv", ["Name", "Organization", "Email", "Phone", "Interested in an action team?"],
         recs, bom=True)

    # ---- 05 EDC business-retention list (April): business leaders and some HR ----
    recs = []
    for p in people:
        m = 4
        ok = is_business(p, m) and chance(rng, p, 0.85 if is_leader(p, m) else 0.35, True)
        if not (ok or present(p, "05")):
            continue
        v = view(rng, p, m - rng.choice([0, 2, 5]), 0.8, 0.1)
        name = full_name(rng, v, None, middle=True)
        recs.append(([org_name(rng, v), name, v.title, fmt_phone(rng, v.org["main"]) if rng.random() < 0.5 else v.phone,
                      v.email if rng.random() > 0.1 else "",
                      v.org["naics"], v.org["employees"], v.org["visit"]], p.pid))
    recs.sort(key=lambda r: r[0][0].lower())
    emit("edc-business-retention-list.csv",
         ["Company", "Contact", "Title", "Phone", "Email", "NAICS", "Employees", "Last BRE Visit"], recs)

    # ---- action teams (used by Zoom, Teams and the roster) ----
    teams = {"Talent Pipeline": [], "Upskilling": [], "Industry Image": [], "Transportation": []}
    for p in people:
        if p.tier in ("champion",) or (p.tier == "regular" and rng.random() < 0.4):
            k = rng.choice(list(teams))
            teams[k].append(p)
            if p.tier == "champion" and rng.random() < 0.5:
                k2 = rng.choice([t for t in teams if t != k])
                teams[k2].append(p)
    host = next(p for p in people if p.jobs[0]["org"] == "wdb" and p.tag == "moved")   # Kevin Brandt

    # ---- 06 Zoom: Talent Pipeline team (May), with the meeting header ----
    members = [p for p in teams["Talent Pipeline"] if p is not host and rng.random() < 0.8]
    members += [p for p in people if p not in members and p is not host and chance(rng, p, 0.08)]
    members += [p for p in people if present(p, "06")]
    recs = zoom_rows(rng, [host] + members, 5, host, newer=False)
    start = "05/14/2026 09:00:00 AM"
    emit("participants_84513377201.csv",
         ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"], recs,
         bom=True, preamble=[["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
                              "Participants"],
                             ["845 1337 7201", "Talent Pipeline Action Team", start, "05/14/2026 10:04:12 AM",
                              host.jobs[0]["email"], "64", str(len({pid for _, pid in recs}))], []])

    # ---- 07 technical college advisory committee roster (June) ----
    recs = []
    for p in people:
        m = 6
        kind = ORG[job_at(p, m)["org"]]["kind"]
        ok = (kind in ("business", "school", "college") and chance(rng, p, 0.7, True))
        if not (ok or present(p, "07")):
            continue
        v = view(rng, p, m - rng.choice([0, 0, 2, 4]), 0.8, 0.1)
        name = honorific_name(rng, v) if rng.random() < 0.5 else full_name(rng, v)
        name = name.replace("Mr. ", "").replace("Ms. ", "").replace("Mrs. ", "")
        recs.append(([name, org_name(rng, v), v.title, v.email if rng.random() > 0.06 else "",
                      v.phone if rng.random() < 0.55 else "",
                      rng.choice(["Machine Tool", "Welding & Fabrication", "Mechatronics", "Manufacturing Engineering"]),
                      rng.choice(["Member", "Member", "Member", "Chair", "Ex officio"])], p.pid))
    recs.sort(key=lambda r: (r[0][5], r[0][0].split()[-1].lower()))
    emit("advisory-committee-roster.csv",
         ["Name", "Organization", "Title", "Email", "Phone", "Committee", "Role"], recs)

    # ---- 08 quarterly partnership meeting sign-in (June), Windows-1252 ----
    signers = [p for p in people if chance(rng, p, 0.75) or present(p, "08")]
    recs = signin_rows(rng, signers, 6, champion_col=False, curly=True)
    emit("quarterly-meeting-signin.csv", ["Name", "Organization", "Email", "Phone"], recs, encoding="cp1252")

    # ---- 09 Zoom: Upskilling team (July), newer column names, no meeting header ----
    members = [p for p in teams["Upskilling"] if rng.random() < 0.8]
    members += [p for p in people if p not in members and p is not host and chance(rng, p, 0.08)]
    members += [p for p in people if present(p, "09")]
    recs = zoom_rows(rng, [host] + [p for p in members if p is not host], 7, host, newer=True)
    emit("participants_88120945512.csv",
         ["Name (original name)", "Email", "Join time", "Leave time", "Duration (minutes)", "Guest",
          "Recording disclaimer response", "In waiting room"], recs, bom=True)

    # ---- 10 MEP partner list (August): honorifics and credentials ----
    recs = []
    for p in people:
        m = 8
        if not (chance(rng, p, 0.6, True) or present(p, "10")):
            continue
        v = view(rng, p, m - rng.choice([0, 0, 3, 7]), 0.85, 0.08)
        recs.append(([honorific_name(rng, v), v.title, org_name(rng, v), v.email if rng.random() > 0.05 else "",
                      v.phone if rng.random() < 0.7 else "",
                      "Public partner" if ORG[v.job["org"]]["kind"] in PUBLIC_KINDS else "Manufacturer",
                      rng.choice(["", "", "", "Lean 101 alum", "ISO 9001 project 2025", "Newsletter only"])], p.pid))
    recs.sort(key=lambda r: r[0][2].lower())
    emit("mep-partner-list.csv",
         ["Full Name", "Title", "Organization", "Email Address", "Phone Number", "Sector", "Notes"], recs)

    # ---- 11/12 Manufacturing Day breakfast (Sep/Oct): Eventbrite with a custom question, sign-in ----
    reg = [p for p in people if chance(rng, p, 0.9) or present(p, "11")]
    recs = eventbrite_rows(rng, reg, 9, "Manufacturing Day Employer Breakfast", buyer_cols=False,
                           question="Are you a manufacturer, educator or community partner?", checkin=False)
    emit("mfg-day-breakfast-eventbrite.csv",
         EB_HEADER_BASE + ["Job Title", "Company", "Work Phone",
                           "Are you a manufacturer, educator or community partner?"], recs)
    att = [p for p in reg if rng.random() < 0.8 and p.tier != "once"]
    att += [p for p in people if p not in reg and (chance(rng, p, 0.12) or present(p, "12"))]
    recs = signin_rows(rng, att, 10, champion_col=False, curly=True)
    emit("mfg-day-breakfast-signin.csv", ["Name", "Organization", "Email", "Phone"], recs, encoding="cp1252",
         delimiter=";", preamble=[["MFG Day Employer Breakfast - Oct 2 - SIGN IN", "", "", ""]])

    # ---- 13 Teams: Industry Image team (October), hosted by the college ----
    college_host = next(p for p in people if p.jobs[0]["org"] == "nvtc" and p.tag == "ordinary")
    members = [p for p in teams["Industry Image"] if p is not college_host and rng.random() < 0.8]
    members += [p for p in people if present(p, "13")]
    recs, activities, summary = teams_rows(rng, [college_host] + members, 10, college_host)
    write_teams(os.path.join(out_dir, "image-team-attendance-report.csv"), recs, activities, summary)
    for i, (_, pid) in enumerate(recs, 1):
        truth.append(("image-team-attendance-report.csv", i, pid))
    per_file.append(("image-team-attendance-report.csv", len(recs)))

    # ---- 14 annual meeting (November): Eventbrite with buyer columns and check-in ----
    reg = [p for p in people if chance(rng, p, 1.0) or present(p, "14")]
    recs = eventbrite_rows(rng, reg, 11, "Fox River Valley Manufacturing Partnership Annual Meeting",
                           buyer_cols=True, question=None, checkin=True)
    emit("annual-meeting-eventbrite.csv",
         EB_HEADER_BASE[:17] + ["Buyer Last Name", "Buyer First Name", "Buyer Email"] + EB_HEADER_BASE[17:]
         + ["Job Title", "Company", "Work Phone"], recs)

    # ---- 15 action-team roster (December) ----
    recs = []
    for t, ms in teams.items():
        for k, p in enumerate(ms):
            v = view(rng, p, 12, 0.6, 0.1)
            role = "Business champion" if k == 0 and is_business(p, 12) else \
                ("Public-partner support" if not is_business(p, 12) else "Member")
            recs.append(([t, role, full_name(rng, v, None, middle=False), org_name(rng, v, 0.3),
                          v.email if rng.random() > 0.1 else "", v.phone if rng.random() < 0.4 else ""], p.pid))
    emit("action-team-roster.csv", ["Action Team", "Role", "Name", "Organization", "Email", "Phone"], recs)

    # ---- 01 workforce board CRM (January, staff-keyed; carries last year's data). Drawn last: the board's
    # CRM holds everyone who turns up during the year except one-time guests, so it is filled in after the rest.
    seen = {pid for _, _, pid in truth}
    recs = []
    for p in people:
        if not (chance(rng, p, 1.05, True) or present(p, "01") or (p.pid not in seen and p.tier != "once")):
            continue
        v = view(rng, p, 1, 0.9, 0.1)
        given, last = given_last(rng, v)
        if rng.random() < 0.03:
            given, last = last, given
        email = v.email if rng.random() > 0.05 else ""
        phone = v.phone if rng.random() > 0.12 else ""
        recs.append(([given, last, email, phone, org_name(rng, v), v.title,
                      rng.choice(["Kevin Brandt", "Priya Shah", "Kevin Brandt", ""]),
                      f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2025"], p.pid))
    rng.shuffle(recs)
    recs.sort(key=lambda r: (r[0][5] == "", r[0][1].lower()))
    emit("workforce-board-crm-export.csv",
         ["First Name", "Last Name", "Email", "Phone", "Company", "Job Title", "Contact Owner", "Last Activity Date"],
         recs)

    order = {name: i for i, name in enumerate(FILES)}
    truth.sort(key=lambda t: (order[t[0]], t[1]))
    per_file.sort(key=lambda f: order[f[0]])
    with open(os.path.join(out_dir, "partnership.truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "record", "truth"])
        w.writerows(truth)
    return people, truth, per_file


FILES = ["workforce-board-crm-export.csv", "chamber-member-contacts.csv", "launch-summit-eventbrite.csv",
         "launch-summit-signin.csv", "edc-business-retention-list.csv", "participants_84513377201.csv",
         "advisory-committee-roster.csv", "quarterly-meeting-signin.csv", "participants_88120945512.csv",
         "mep-partner-list.csv", "mfg-day-breakfast-eventbrite.csv", "mfg-day-breakfast-signin.csv",
         "image-team-attendance-report.csv", "annual-meeting-eventbrite.csv", "action-team-roster.csv"]

EB_HEADER_BASE = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier",
                  "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
                  "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Event Name", "Event ID"]


def eventbrite_rows(rng, registrants, month, event, buyer_cols, question, checkin):
    """Attendee-summary rows. Some registrants buy for colleagues at their own organization: the colleagues'
    rows carry the buyer's email (Eventbrite fills it when the order form asks only for attendee names)."""
    order = 1000000000 + rng.randint(0, 899999999)
    attendee = 1300000000 + rng.randint(0, 899999999)
    event_id = str(rng.randint(700000000000, 999999999999))
    pending = list(registrants)
    rng.shuffle(pending)
    rows = []
    day = 1
    while pending:
        buyer = pending.pop(0)
        group = [buyer]
        org = job_at(buyer, month)["org"]
        if rng.random() < 0.25:
            for q in list(pending):
                if job_at(q, month)["org"] == org and len(group) < 4 and rng.random() < 0.8:
                    group.append(q)
                    pending.remove(q)
        order += rng.randint(3, 4000)
        day = min(28, day + rng.choice([0, 0, 1, 1, 2]))
        stamp = f"2026-{month - 1:02d}-{day:02d} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:" \
                f"{rng.randint(0, 59):02d}-05:00"
        bv = view(rng, buyer, month, 0.3, 0.15)
        b_given, b_last = given_last(rng, bv)
        for k, p in enumerate(group):
            v = bv if k == 0 else view(rng, p, month, 0.3, 0.15)
            given, last = (b_given, b_last) if k == 0 else given_last(rng, v)
            given, last = apply_case(rng, given, v), apply_case(rng, last, v)
            if rng.random() < 0.02:
                given, last = last, given
            email = noisy_email(rng, v.email, v) if k == 0 else buyer_cells[2]
            attendee += rng.randint(1, 3)
            status = "Attending"
            if checkin:
                status = "Checked In" if rng.random() < 0.78 else "Attending"
            if k == 0:
                buyer_cells = [last, given, email]     # the buyer's own row, as typed at checkout
            row = [str(order), stamp, given, last, email, str(len(group)), "", "General Admission",
                   str(attendee), "", "Free Order", "USD", "0.00", "0.00", "0.00", "0.00", status]
            if buyer_cols:
                row += buyer_cells
            row += [event, event_id]
            row += [v.title if rng.random() < 0.85 else "", org_name(rng, v, 0.5),
                    v.phone if rng.random() < 0.55 else ""]
            if question:
                kind = ORG[v.job["org"]]["kind"]
                row.append("Manufacturer" if kind == "business" else
                           ("Educator" if kind in ("school", "college") else "Community partner"))
            rows.append((row, p.pid))
    return rows


def signin_rows(rng, signers, month, champion_col, curly=False):
    """A paper sheet typed into Excel: hurried, inconsistent, incomplete. Every row keeps a name and one more
    cell (a row with only a name reads as a title row)."""
    signers = list(signers)
    rng.shuffle(signers)
    rows = []
    for p in signers:
        v = view(rng, p, month, 0.0, 0.3)
        r = rng.random()
        if r < 0.04 and len(v.given) > 1:
            name = f"{v.given[0]}. {v.last}"           # the first name was illegible
        elif r < 0.08:
            name = full_name(rng, v, "last-first", middle=False)
        else:
            name = full_name(rng, v, None, middle=False)
        if rng.random() < (0.15 if curly else 0.4):
            name = ascii_fold(name)
        name = apply_case(rng, name, v)
        if "O'" in name and (curly and rng.random() < 0.6 or rng.random() < 0.1):
            name = name.replace("O'", rng.choice(["O’", "O’", "O", "O "]))
        org = org_name(rng, v, 0.8)
        if rng.random() < 0.25:
            org = org.lower()
        email = noisy_email(rng, v.email, v) if rng.random() > 0.28 else ""
        if email and rng.random() < 0.15:
            email = email.lower()
        phone = v.phone if rng.random() < 0.4 else ""
        if rng.random() < 0.05:
            org = ""
        if not email and not phone and not org:
            org = org_name(rng, v, 0.8)
        row = [name, org, email, phone]
        if champion_col:
            row.append(rng.choice(["", "", "", "yes", "Yes", "maybe", "Pipeline", "upskilling"]))
        rows.append((row, p.pid))
    return rows


def zoom_display(rng, v, email):
    p = v.p
    r = rng.random()
    given, last = given_last(rng, v)
    if rng.random() < 0.5:
        given, last = ascii_fold(given), ascii_fold(last)
    if r < 0.07:
        return rng.choice(["iPhone", f"{given}'s iPhone", "Galaxy S23", "iPad"])
    if r < 0.15 and email:
        return email.split("@")[0]
    if r < 0.23:
        return f"{given} {last} ({'he/him' if p.gender == 'm' else 'she/her'})"
    if r < 0.31:
        return f"{given} {last} - {rng.choice(v.org['names'][1:] or v.org['names'])}"
    if r < 0.37:
        return f"{given} {last[0]}"
    if r < 0.43:
        return f"{given} {last[0]} ({p.first} {p.last})"
    return apply_case(rng, f"{given} {last}", v)


def zoom_rows(rng, attendees, month, host, newer):
    """Participants of a Zoom meeting at 9:00; someone who dropped and rejoined has a row per session."""
    rows = []
    day = datetime.datetime(2026, month, 14 if month == 5 else 16, 9, 0, 0)
    for p in attendees:
        v = view(rng, p, month, 0.2, 0.1)
        signed_in = p is host or rng.random() < 0.7
        email = v.email if signed_in else ""
        name = zoom_display(rng, v, email)
        sessions = 1 + (rng.random() < 0.2) + (rng.random() < 0.08)
        t = day + datetime.timedelta(seconds=rng.randint(-240, 480) if p is not host else -300)
        end = day + datetime.timedelta(minutes=64)
        for k in range(sessions):
            left = end - t
            if left.total_seconds() < 300:
                break
            if k == sessions - 1:
                dur = datetime.timedelta(seconds=rng.randint(int(left.total_seconds() * 0.6), int(left.total_seconds())))
            else:
                dur = datetime.timedelta(seconds=rng.randint(120, int(left.total_seconds() * 0.6)))
            leave = t + dur
            guest = "No" if v.org["key"] == "wdb" else "Yes"
            row = [name, email, t.strftime("%m/%d/%Y %I:%M:%S %p"), leave.strftime("%m/%d/%Y %I:%M:%S %p"),
                   str(max(1, round(dur.total_seconds() / 60))), guest]
            if newer:
                row += ["OK" if rng.random() < 0.9 else "", "No"]
            rows.append((row, p.pid))
            t = leave + datetime.timedelta(seconds=rng.randint(20, 240))
    return rows


def teams_time(t):
    return f"{t.month}/{t.day}/{t.strftime('%y')}, {int(t.strftime('%I'))}:{t.strftime('%M:%S %p')}"


def teams_duration(d):
    s = int(d.total_seconds())
    h, m, sec = s // 3600, (s % 3600) // 60, s % 60
    return (f"{h}h " if h else "") + f"{m}m {sec}s"


def teams_rows(rng, attendees, month, host):
    """Participants (the records) and in-meeting activities (not records) of a Teams attendance report."""
    rows, acts = [], []
    host_domain = ORG[host.jobs[0]["org"]]["domain"]
    day = datetime.datetime(2026, month, 21, 15, 0, 0)
    end = day + datetime.timedelta(minutes=65)
    for p in attendees:
        v = view(rng, p, month, 0.4, 0.05)
        given, last = given_last(rng, v)
        internal = v.org["domain"] == host_domain
        email = v.email
        if internal:
            name = f"{last}, {given}"
            upn = email
            role = "Organizer" if p is host else "Presenter"
        elif rng.random() < 0.15:
            name = f"{given} {last} (Unverified)"
            email, upn = "", ""
            role = "Attendee"
        else:
            name = f"{given} {last}" + (" (Guest)" if rng.random() < 0.3 else "")
            upn = email.replace("@", "_") + "#EXT#@nvtcedu.onmicrosoft.com" if rng.random() < 0.6 else ""
            role = "Attendee"
        join = day + datetime.timedelta(seconds=-290 if p is host else rng.randint(-180, 600))
        sessions = []
        t = join
        for k in range(1 + (rng.random() < 0.2)):
            left = (end - t).total_seconds()
            dur = rng.randint(int(left * 0.3), int(left * 0.6)) if k == 0 else rng.randint(int(left * 0.5), int(left))
            sessions.append((t, t + datetime.timedelta(seconds=dur)))
            t = t + datetime.timedelta(seconds=dur + rng.randint(30, 300))
        if len(sessions) == 1:
            t0 = sessions[0][0]
            sessions = [(t0, t0 + datetime.timedelta(seconds=rng.randint(int((end - t0).total_seconds() * 0.6),
                                                                            int((end - t0).total_seconds()))))]
        total = sum(((b - a) for a, b in sessions), datetime.timedelta())
        rows.append(([name, teams_time(sessions[0][0]), teams_time(sessions[-1][1]), teams_duration(total), email,
                      upn, role], p.pid))
        for a, b in sessions:
            acts.append([name, teams_time(a), teams_time(b), teams_duration(b - a), email, role])
    summary = [["1. Summary"], ["Meeting title", "Industry Image Action Team"],
               ["Attended participants", str(len(rows))], ["Start time", teams_time(day - datetime.timedelta(seconds=290))],
               ["End time", teams_time(end)], ["Meeting duration", teams_duration(end - day + datetime.timedelta(seconds=290))],
               ["Average attendance time", "47m 31s"], [], ["2. Participants"]]
    return rows, acts, summary


def write_teams(path, rows, acts, summary):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for line in summary:
        w.writerow(line)
    w.writerow(["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"])
    for fields, _ in rows:
        w.writerow(fields)
    w.writerow([])
    w.writerow(["3. In-Meeting Activities"])
    w.writerow(["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"])
    for a in acts:
        w.writerow(a)
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="the folder to write the 15 files and partnership.truth.csv")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    people, truth, per_file = generate(args.out, args.seed)
    counts = {}
    for _, _, pid in truth:
        counts[pid] = counts.get(pid, 0) + 1
    appearing = len(counts)
    hard = sum(1 for p in people if p.tag != "ordinary")
    champs = sum(1 for p in people if p.tier == "champion")
    print(f"partnership corpus (seed {args.seed}): {len(per_file)} files, {len(truth)} records, {appearing} people "
          f"({champs} champions, {hard} hard cases) at {len(ORGS)} organizations → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
