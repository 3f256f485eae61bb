#!/usr/bin/env python3
"""A Faker-built contact list with known duplicates, as an outside evaluator would write one to test a dedupe tool.

    faker_contacts.py --count 1000000 --seed 3 --out contacts.csv --truth contacts.truth.csv

Writes COUNT data rows with the header
    First Name,Last Name,Email,Phone,Company,Job Title,Street,City,State,Zip
and a truth CSV file,record,truth (file = the bare output file name, record = 1-based data row, truth = entity id).
Deterministic per seed (and per Faker version: pools come from Faker en_US seeded with --seed). Written without
reading convene's matcher or its other generators. Requires `pip install faker`; benchmark time only.

What it models
  People     Faker en_US first names (by sex) and last names, drawn with Faker's US frequency weights, so common
             names (Michael Smith, Jennifer Johnson) recur across distinct people: namesakes are not avoided.
             Each person has a middle name, a company (Faker company(), employers sized by a capped heavy-tailed
             distribution), a job title (Faker job list), a direct work line (same area code and exchange as the
             company's main line) or, for 25 %, the company's main line, a mobile, a home address (Faker street
             names, cities, states, zips in state), a personal email (gmail/yahoo/hotmail/outlook/aol/icloud/
             comcast, name-based or, for 10 %, an unrelated handle) and a work email in the company's one
             address format (first.last, flast, first, firstl, first_last) at a domain derived from its name.
  Duplicates 37 % of people appear 2-5 times (2: 50 %, 3: 25 %, 4: 15 %, 5: 10 %); the rest once. Rows are shuffled.
  Each row   Has a context (work 60 % / personal 40 %); each field follows it with probability 0.75, so fields are
             chosen independently but correlated as exports are. Email: work / personal / shared company mailbox
             (info@, sales@, contact@, office@: 5 % of work emails); blank 17 %. Phone: work (main-line users
             and 30 % of direct lines have an extension, written x123 / ext. 123 in 25 % of rows) / mobile / home
             landline; blank 20 %; formats (555) 123-4567,
             555-123-4567, 555.123.4567, +1 555 123 4567, 5551234567, 1-555-123-4567. Company blank 15 %; job
             title blank 25 %; address (home or work office) blank 20 %, then street 6 % and zip 8 % blank alone.
             Names: nicknames (Bob/Robert, Bill/William, Liz/Elizabeth, Kate/Katherine, ...; 30 % of people who
             have one go by it 70 % of the time, the others 8 %), middle initial 5 %, first initial only 2 %, one-edit
             typo 3 % each in first and last name, ALL CAPS 3 %, lower case 2 %, first/last swapped 1 %, first name
             blank 2 %, last name blank 1 %. Company: suffix dropped / spelled differently (Inc, Inc., , Inc.,
             Incorporated, LLC, L.L.C., Ltd., Limited ...) or a suffix added (Inc./LLC/Corp.), "and" <-> "&",
             initials for three-name firms, upper / lower case. Streets: suffix abbreviated 30 % (Street/St,
             Avenue/Ave ...), Apt. 12 / #12 / Unit 12; state written in full 12 %; ZIP+4 10 %; email case 4 %.
  Life events (on people who appear 2+ times; appearances are ordered in time and the event falls between two):
             job change 15 % (new company, title, work email and phone; same personal email and mobile), move
             12 % (new home address and landline), surname change for 20 % of women (marriage: a new surname,
             hyphenated old-new 25 % of the time; the work email follows the new name, the personal one does not).
  Households 20 % of people join an earlier person's household as a spouse (same surname 80 %, often the other sex)
             or a child (same surname; 10 % of sons share the father's first name, written "Jr." in half their
             rows): same home address and home landline (35 % of households have one); 10 % of spouses work at the
             same company; 5 % of households share a family email (used by both in 30 % of personal emails).
"""
import argparse
import os
import random
import sys
import time
from bisect import bisect

NICKNAMES = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"], "Elizabeth": ["Liz", "Beth", "Betty", "Eliza"],
    "Katherine": ["Kate", "Kathy", "Katie"], "Catherine": ["Cathy", "Kate", "Cat"], "Kathryn": ["Kate", "Kathy"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Jack", "Johnny"], "Michael": ["Mike", "Mikey"],
    "Richard": ["Rick", "Dick", "Rich"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"],
    "Charles": ["Charlie", "Chuck"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Anthony": ["Tony"], "Steven": ["Steve"], "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"],
    "Joshua": ["Josh"], "Kenneth": ["Ken", "Kenny"], "Edward": ["Ed", "Eddie", "Ted"], "Ronald": ["Ron", "Ronnie"],
    "Timothy": ["Tim"], "Jeffrey": ["Jeff"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Gregory": ["Greg"], "Alexander": ["Alex"], "Patrick": ["Pat"], "Raymond": ["Ray"],
    "Gerald": ["Jerry"], "Lawrence": ["Larry"], "Douglas": ["Doug"], "Zachary": ["Zach"], "Peter": ["Pete"],
    "Frederick": ["Fred"], "Donald": ["Don"], "David": ["Dave"], "Terrence": ["Terry"], "Phillip": ["Phil"],
    "Philip": ["Phil"], "Gary": ["Gary"], "Nathan": ["Nate"], "Jacob": ["Jake"], "Vincent": ["Vince"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Jennifer": ["Jen", "Jenny"], "Jessica": ["Jess", "Jessie"],
    "Patricia": ["Pat", "Patty", "Trish"], "Deborah": ["Deb", "Debbie"], "Rebecca": ["Becky", "Becca"],
    "Susan": ["Sue", "Susie"], "Christine": ["Chris", "Chrissy"], "Christina": ["Chris", "Tina"],
    "Kimberly": ["Kim"], "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex"],
    "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Barbara": ["Barb"], "Jacqueline": ["Jackie"], "Abigail": ["Abby"],
    "Allison": ["Ally"], "Amanda": ["Mandy"], "Melissa": ["Mel", "Missy"], "Stephanie": ["Steph"],
    "Theresa": ["Terri"], "Valerie": ["Val"], "Kristen": ["Kris"], "Nicole": ["Nikki"], "Angela": ["Angie"],
    "Dorothy": ["Dot", "Dottie"], "Judith": ["Judy"], "Cassandra": ["Cassie"], "Gabrielle": ["Gabby"],
    "Jillian": ["Jill"], "Suzanne": ["Sue"], "Tamara": ["Tammy"], "Sandra": ["Sandy"], "Teresa": ["Terri"],
}

STREET_ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln", "Court": "Ct",
               "Boulevard": "Blvd", "Place": "Pl", "Square": "Sq", "Terrace": "Ter", "Parkway": "Pkwy",
               "Highway": "Hwy", "Circle": "Cir", "Trail": "Trl", "Mountain": "Mtn", "Heights": "Hts",
               "Junction": "Jct", "Crossing": "Xing", "Expressway": "Expy", "Freeway": "Fwy", "Point": "Pt",
               "Mount": "Mt", "Center": "Ctr", "Creek": "Crk", "Springs": "Spgs", "Station": "Sta"}

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"]
EMAIL_WEIGHTS = [45, 20, 11, 8, 6, 6, 4]
HANDLE_WORDS = ["sunny", "blue", "tiger", "happy", "music", "soccer", "lucky", "star", "rocket", "coffee", "ocean",
                "golf", "runner", "angel", "dragon", "eagle", "hockey", "pixie", "shadow", "wolf"]
MAILBOXES = ["info", "sales", "contact", "office"]
KEYS = "qwertyuiop asdfghjkl zxcvbnm"


def adjacent_letters():
    rows = KEYS.split()
    adj = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            near = []
            if i > 0:
                near.append(row[i - 1])
            if i + 1 < len(row):
                near.append(row[i + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows) and i < len(rows[rr]):
                    near.append(rows[rr][i])
            adj[ch] = near
    return adj


ADJ = adjacent_letters()


def typo(rng, s):
    """One edit: a keyboard-adjacent substitution, a deletion, a doubled letter or a transposition."""
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))          # the first letter is rarely mistyped
    kind = rng.random()
    if kind < 0.35:
        ch = s[i]
        near = ADJ.get(ch.lower())
        if not near:
            return s
        c = rng.choice(near)
        return s[:i] + (c.upper() if ch.isupper() else c) + s[i + 1:]
    if kind < 0.6:
        return s[:i] + s[i + 1:]
    if kind < 0.8:
        return s[:i] + s[i] + s[i:]
    if i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i - 1] + s[i] + s[i - 1]


def slug(s):
    return "".join(c for c in s.lower() if c.isalpha())


def csv_line(fields):
    out = []
    for f in fields:
        if "," in f or '"' in f or "\n" in f:
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


class Weighted:
    """Draws from an {item: weight} table (Faker's OrderedDicts) in O(log n)."""

    def __init__(self, table):
        self.items = list(table.keys())
        self.cum = []
        t = 0.0
        for w in table.values():
            t += w
            self.cum.append(t)
        self.total = t

    def draw(self, rng):
        return self.items[bisect(self.cum, rng.random() * self.total)]


class Pools:
    def __init__(self, count, seed):
        from faker import Faker
        fake = Faker("en_US")
        fake.seed_instance(seed)
        person = fake.provider("faker.providers.person")
        address = fake.provider("faker.providers.address")
        job = fake.provider("faker.providers.job")
        self.female = Weighted(person.first_names_female)
        self.male = Weighted(person.first_names_male)
        self.last = Weighted(person.last_names)
        self.jobs = list(job.jobs)
        abbrs = [a for a in address.states_abbr if a != "DC"]
        self.state_name = dict(zip(abbrs, address.states))
        self.street_names = list({fake.street_name() for _ in range(max(2000, count // 25))})
        self.street_names.sort()
        rng = random.Random(seed * 7919 + 1)
        self.places = []                         # (city, state, zip, area code)
        area_of_state = {a: [self.area_code(rng) for _ in range(rng.randint(1, 6))] for a in abbrs}
        for _ in range(max(1000, count // 40)):
            st = fake.random_element(abbrs)
            self.places.append((fake.city(), st, fake.zipcode_in_state(st), rng.choice(area_of_state[st])))
        self.companies = []
        seen = set()
        for i in range(max(300, count // 25)):
            name = fake.company()
            words = [slug(w) for w in name.replace("-", " ").replace(",", " ").split()
                     if w not in ("and", "Inc", "LLC", "Group", "PLC", "Ltd", "Sons")]
            roll = rng.random()
            base = words[0] if roll < 0.4 or len(words) < 2 else (
                "".join(words[:2]) if roll < 0.8 else "-".join(words[:2]))
            if "Group" in name and rng.random() < 0.5:
                base += "group"
            tld = rng.choices(["com", "net", "biz", "org", "info", "io", "co"], [70, 8, 6, 5, 4, 4, 3])[0]
            domain = base + "." + tld
            n = 2
            while domain in seen:
                domain = f"{base}{n}.{tld}"
                n += 1
            seen.add(domain)
            place = rng.choice(self.places)
            exchange = rng.randint(200, 999)
            self.companies.append({
                "name": name, "domain": domain,
                "fmt": rng.choices(["first.last", "flast", "first", "firstl", "first_last"], [45, 30, 8, 7, 10])[0],
                "street": f"{rng.randint(1, 9999)} {rng.choice(self.street_names)}",
                "suite": f"Suite {rng.randint(1, 30) * 100 + rng.choice([0, 0, 10, 50])}" if rng.random() < 0.5 else "",
                "place": place, "area": place[3], "exchange": exchange,
                "main": (place[3], exchange, rng.randint(0, 9999)),
                "used": set(),
            })
        self.company_cum = []
        t = 0.0
        for _ in self.companies:
            t += min(rng.paretovariate(1.2), 100.0)   # heavy-tailed employer sizes, the largest capped
            self.company_cum.append(t)
        self.company_total = t

    @staticmethod
    def area_code(rng):
        while True:
            a = rng.randint(201, 989)
            if a % 100 != 11 and a // 10 % 10 != 9 and a != 555:
                return a

    def company(self, rng):
        return self.companies[bisect(self.company_cum, rng.random() * self.company_total)]


class Generator:
    def __init__(self, count, seed):
        self.pools = Pools(count, seed)
        self.rng = random.Random(seed)
        self.emails = set()
        self.mobiles = set()
        self.households = []       # open households a later person may join

    # ---- entity construction -------------------------------------------------------------------------------------

    def phone_number(self, area=None, exchange=None):
        rng = self.rng
        tries = 0
        while True:
            p = (area or self.pools.area_code(rng), exchange or rng.randint(200, 999), rng.randint(0, 9999))
            if p not in self.mobiles:
                self.mobiles.add(p)
                return p
            tries += 1
            if tries > 20:             # the exchange is full: another one in the same area code
                exchange = None

    def home(self, place=None):
        rng = self.rng
        place = place if place and rng.random() < 0.7 else rng.choice(self.pools.places)
        street = f"{rng.randint(1, 99999) if rng.random() < 0.2 else rng.randint(1, 9999)} {rng.choice(self.pools.street_names)}"
        unit = f"Apt. {rng.randint(1, 999)}" if rng.random() < 0.18 else ""
        return {"street": street, "unit": unit, "place": place}

    def work_email(self, first, last, company):
        f, l = slug(first), slug(last)
        fmt = company["fmt"]
        local = {"first.last": f"{f}.{l}", "flast": f"{f[:1]}{l}", "first": f, "firstl": f"{f}{l[:1]}",
                 "first_last": f"{f}_{l}"}[fmt]
        base, n = local, 2
        while local in company["used"]:
            local = f"{base}{n}"
            n += 1
        company["used"].add(local)
        return f"{local}@{company['domain']}"

    def personal_email(self, first, last, nick):
        rng = self.rng
        f, l = slug(nick if nick and rng.random() < 0.3 else first), slug(last)
        domain = rng.choices(EMAIL_DOMAINS, EMAIL_WEIGHTS)[0]
        r = rng.random()
        if r < 0.1:
            local = f"{rng.choice(HANDLE_WORDS)}{rng.choice(HANDLE_WORDS) if rng.random() < 0.5 else ''}{rng.randint(1, 999)}"
        elif r < 0.35:
            local = f"{f}.{l}"
        elif r < 0.5:
            local = f"{f}{l}"
        elif r < 0.6:
            local = f"{f}_{l}"
        elif r < 0.72:
            local = f"{f[:1]}{l}"
        elif r < 0.8:
            local = f"{l}{f[:1]}"
        else:
            local = f"{f}{l if rng.random() < 0.5 else l[:1]}{rng.randint(1, 99) if rng.random() < 0.6 else rng.randint(1950, 2005)}"
        email = f"{local}@{domain}"
        while email in self.emails:
            email = f"{local}{rng.randint(1, 9999)}@{domain}"
        self.emails.add(email)
        return email

    def job(self, first, last, company=None):
        rng = self.rng
        company = company or self.pools.company(rng)
        if rng.random() < 0.25:
            phone, direct = company["main"], False
        else:
            phone, direct = self.phone_number(company["area"], company["exchange"]), True
        return {"company": company, "title": rng.choice(self.pools.jobs), "phone": phone, "direct": direct,
                "ext": rng.randint(100, 9999) if not direct or rng.random() < 0.3 else None,
                "email": self.work_email(first, last, company)}

    def entity(self):
        rng, pools = self.rng, self.pools
        sex = "F" if rng.random() < 0.5 else "M"
        household = None
        role = None
        if self.households and rng.random() < 0.2:
            household = rng.choice(self.households)
            role = "spouse" if not household["spouse"] and rng.random() < 0.6 else "child"
        names = pools.female if sex == "F" else pools.male
        first = names.draw(rng)
        jr = False
        if household:
            head = household["head"]
            if role == "spouse":
                household["spouse"] = True
                sex = "F" if head["sex"] == "M" and rng.random() < 0.95 else ("M" if head["sex"] == "F" and rng.random() < 0.95 else sex)
                first = (pools.female if sex == "F" else pools.male).draw(rng)
                last = head["last"] if rng.random() < 0.8 else pools.last.draw(rng)
            else:
                last = household["last"]
                if head["sex"] == "M" and sex == "M" and rng.random() < 0.1:
                    first, jr = head["first"], True
            home = household["home"]
            landline = household["landline"]
        else:
            last = pools.last.draw(rng)
            home = self.home()
            landline = self.phone_number(home["place"][3]) if rng.random() < 0.35 else None
        middle = (pools.female if sex == "F" else pools.male).draw(rng)
        nicks = NICKNAMES.get(first)
        nick = rng.choice(nicks) if nicks else None
        nick_rate = (0.7 if rng.random() < 0.3 else 0.08) if nick else 0.0
        mobile = self.phone_number(home["place"][3] if rng.random() < 0.7 else None)
        e = {"sex": sex, "first": first, "middle": middle, "last": last, "nick": nick, "nick_rate": nick_rate,
             "jr": jr, "home": home, "landline": landline, "mobile": mobile}
        e["personal"] = self.personal_email(first, last, nick)
        same_company = household and role == "spouse" and rng.random() < 0.1
        e["job"] = self.job(first, last, household["head"]["job"]["company"] if same_company else None)
        if household:
            e["family_email"] = household["family_email"]
            household["size"] += 1
            if household["size"] >= 4:
                self.households.remove(household)
        else:
            e["family_email"] = None
            if rng.random() < 0.5:
                fam = None
                if rng.random() < 0.05:
                    fam = f"{rng.choice(['the', ''])}{slug(last)}{rng.choice(['family', 's', 'house', ''])}{rng.randint(1, 99)}@{rng.choices(EMAIL_DOMAINS, EMAIL_WEIGHTS)[0]}"
                    e["family_email"] = fam
                self.households.append({"head": e, "last": last, "home": home, "landline": landline,
                                        "spouse": False, "size": 1, "family_email": fam})
                if len(self.households) > 5000:
                    self.households.pop(0)
        return e

    # ---- appearances ---------------------------------------------------------------------------------------------

    def states(self, e, k):
        """The person's state at each of k appearances, in time order, with life events between them."""
        rng = self.rng
        cur = {"first": e["first"], "last": e["last"], "home": e["home"], "landline": e["landline"], "job": e["job"]}
        out = [dict(cur) for _ in range(k)]
        if k < 2:
            return out
        if rng.random() < 0.15:                                    # job change
            cut = rng.randrange(1, k)
            new = self.job(e["first"], e["last"])
            for s in out[cut:]:
                s["job"] = new
        if rng.random() < 0.12:                                    # move
            cut = rng.randrange(1, k)
            home = self.home(e["home"]["place"])
            landline = self.phone_number(home["place"][3]) if e["landline"] or rng.random() < 0.2 else None
            for s in out[cut:]:
                s["home"], s["landline"] = home, landline
        if e["sex"] == "F" and rng.random() < 0.2:                  # marriage
            cut = rng.randrange(1, k)
            new = self.pools.last.draw(rng)
            last = f"{e['last']}-{new}" if rng.random() < 0.25 else new
            jobs = {}
            for s in out[cut:]:
                s["last"] = last
                j = s["job"]
                if id(j) not in jobs:
                    nj = dict(j)
                    nj["email"] = self.work_email(e["first"], last, j["company"]) if rng.random() < 0.7 else j["email"]
                    jobs[id(j)] = nj
                s["job"] = jobs[id(j)]
        return out

    def fmt_phone(self, p, ext=None):
        rng = self.rng
        a, x, n = p
        r = rng.random()
        if r < 0.35:
            s = f"({a}) {x}-{n:04d}"
        elif r < 0.6:
            s = f"{a}-{x}-{n:04d}"
        elif r < 0.75:
            s = f"{a}.{x}.{n:04d}"
        elif r < 0.85:
            s = f"+1 {a} {x} {n:04d}"
        elif r < 0.93:
            s = f"{a}{x}{n:04d}"
        else:
            s = f"1-{a}-{x}-{n:04d}"
        if ext and rng.random() < 0.25:
            s += rng.choice([f" x{ext}", f" ext. {ext}", f" ext {ext}", f" x {ext}"])
        return s

    def fmt_company(self, name):
        rng = self.rng
        r = rng.random()
        suffixes = {"Inc": ["Inc", "Inc.", ", Inc.", "Incorporated", ""], "LLC": ["LLC", ", LLC", "L.L.C.", ""],
                    "Ltd": ["Ltd", "Ltd.", "Limited", ""], "PLC": ["PLC", ""], "Group": ["Group", ""]}
        words = name.split(" ")
        if r < 0.3:
            last = words[-1]
            if last in suffixes and len(words) > 1:
                v = rng.choice(suffixes[last])
                body = " ".join(words[:-1])
                name = body if not v else (body + v if v.startswith(",") else f"{body} {v}")
            elif rng.random() < 0.3:
                name = f"{name} {rng.choice(['Inc.', 'LLC', 'Corp.', 'Inc', 'Co.'])}"
        if " and " in name and rng.random() < 0.3:
            if "," in name and rng.random() < 0.3:
                name = "".join(w[0] for w in name.replace(",", "").replace(" and ", " ").split() if w[:1].isupper())
            else:
                name = name.replace(" and ", " & ")
        if "-" in name and rng.random() < 0.1:
            name = name.replace("-", " ")
        r = rng.random()
        if r < 0.05:
            name = name.upper()
        elif r < 0.08:
            name = name.lower()
        return name

    def fmt_street(self, street, unit):
        rng = self.rng
        if rng.random() < 0.3:
            words = street.split(" ")
            if words[-1] in STREET_ABBR:
                words[-1] = STREET_ABBR[words[-1]] + ("." if rng.random() < 0.3 else "")
                street = " ".join(words)
        if unit:
            r = rng.random()
            if r < 0.1:
                unit = ""
            elif r < 0.4:
                num = unit.split(" ")[-1]
                unit = rng.choice([f"#{num}", f"Apt {num}", f"Unit {num}", f"Ste {num}" if unit.startswith("Suite") else f"# {num}"])
        if unit:
            street = f"{street}{', ' if rng.random() < 0.3 else ' '}{unit}"
        if rng.random() < 0.02:
            street = typo(rng, street)
        return street

    def row(self, e, s):
        rng = self.rng
        work = rng.random() < 0.6
        job = s["job"]
        company = job["company"]

        def ctx():
            return work if rng.random() < 0.75 else not work

        # name
        first = s["first"]
        if e["nick"] and rng.random() < e["nick_rate"]:
            first = e["nick"]
        last = s["last"]
        if e["jr"] and rng.random() < 0.5:
            last = f"{last} Jr." if rng.random() < 0.7 else f"{last}, Jr."
        r = rng.random()
        if r < 0.05:
            first = f"{first} {e['middle'][0]}." if rng.random() < 0.8 else f"{first} {e['middle'][0]}"
        elif r < 0.07:
            first = f"{first[0]}."
        if rng.random() < 0.03:
            first = typo(rng, first)
        if rng.random() < 0.03:
            last = typo(rng, last)
        r = rng.random()
        if r < 0.03:
            first, last = first.upper(), last.upper()
        elif r < 0.05:
            first, last = first.lower(), last.lower()
        if rng.random() < 0.01:
            first, last = last, first
        r = rng.random()
        if r < 0.02:
            first = ""
        elif r < 0.03:
            last = ""

        # email
        email = ""
        if rng.random() >= 0.17:
            if ctx():
                email = f"{rng.choice(MAILBOXES)}@{company['domain']}" if rng.random() < 0.05 else job["email"]
            else:
                email = e["family_email"] if e["family_email"] and rng.random() < 0.3 else e["personal"]
            if rng.random() < 0.04:
                local, _, dom = email.partition("@")
                email = (".".join(p.capitalize() for p in local.split(".")) + "@" + dom) if rng.random() < 0.7 else email.upper()

        # phone
        phone = ""
        if rng.random() >= 0.20:
            if ctx():
                phone = self.fmt_phone(job["phone"], job["ext"])
            elif s["landline"] and rng.random() < 0.35:
                phone = self.fmt_phone(s["landline"])
            else:
                phone = self.fmt_phone(e["mobile"])

        company_name = self.fmt_company(company["name"]) if rng.random() >= 0.15 else ""
        title = job["title"] if rng.random() >= 0.25 else ""

        street = city = state = zipc = ""
        if rng.random() >= 0.20:
            if ctx():
                street, unit, place = company["street"], company["suite"], company["place"]
            else:
                h = s["home"]
                street, unit, place = h["street"], h["unit"], h["place"]
            street = self.fmt_street(street, unit) if rng.random() >= 0.06 else ""
            city, state, zipc = place[0], place[1], place[2]
            if rng.random() < 0.12:
                state = self.pools.state_name.get(state, state)
            r = rng.random()
            if r < 0.08:
                zipc = ""
            elif r < 0.18:
                zipc = f"{zipc}-{rng.randint(1, 9999):04d}"
        if rng.random() < 0.01:
            street, city, company_name = street.upper(), city.upper(), company_name.upper()

        row = [first, last, email, phone, company_name, title, street, city, state, zipc]
        # convene (like most tools) skips a row whose only non-blank cell is the first one: never write one
        if not any(row[1:]):
            row[2] = e["personal"]
        return row


def generate(out, truth, count, seed, label=None):
    start = time.time()
    label = label or os.path.basename(out)
    g = Generator(count, seed)
    rng = g.rng
    lines, ids = [], []
    persons = 0
    while len(lines) < count:
        e = g.entity()
        persons += 1
        k = 1
        if rng.random() < 0.37:
            k = rng.choices([2, 3, 4, 5], [50, 25, 15, 10])[0]
        k = min(k, count - len(lines))
        for s in g.states(e, k):
            lines.append(csv_line(g.row(e, s)))
            ids.append(persons)
    order = list(range(len(lines)))
    rng.shuffle(order)
    with open(out, "w", encoding="utf-8", newline="") as fo, open(truth, "w", encoding="utf-8", newline="") as ft:
        fo.write("First Name,Last Name,Email,Phone,Company,Job Title,Street,City,State,Zip\r\n")
        ft.write("file,record,truth\r\n")
        buf, tbuf = [], []
        for rec, i in enumerate(order, 1):
            buf.append(lines[i])
            tbuf.append(f"{label},{rec},P{ids[i]}")
            if len(buf) >= 50000:
                fo.write("\r\n".join(buf) + "\r\n")
                ft.write("\r\n".join(tbuf) + "\r\n")
                buf, tbuf = [], []
        if buf:
            fo.write("\r\n".join(buf) + "\r\n")
            ft.write("\r\n".join(tbuf) + "\r\n")
    return len(lines), persons, time.time() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--out", default="contacts.csv")
    ap.add_argument("--truth", default=None, help="default: OUT with .truth.csv")
    args = ap.parse_args()
    truth = args.truth or os.path.splitext(args.out)[0] + ".truth.csv"
    records, persons, seconds = generate(args.out, truth, args.count, args.seed)
    print(f"{records} records of {persons} people in {seconds:.1f} s -> {args.out}, {truth}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
