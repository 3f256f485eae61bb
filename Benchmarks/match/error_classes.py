#!/usr/bin/env python3
"""Where a contact list's duplicates are hard, and where an engine's errors fall.

    error_classes.py DATA.csv TRUTH.csv [PREDICTED.csv]

DATA.csv: a contact list with a header (First Name, Last Name, Email, Phone, Organization or Company, Street);
TRUTH.csv and PREDICTED.csv as score.py reads them (file,record,label; records numbered from 1 in DATA order).

One person's records form *groups*: records joined, directly or through the person's other records, by an
identifier they share — email, phone (10 digits), organization or street (first letters); not a postal code,
which thousands share. Every true pair falls in one class:
  through an identifier   both records in one group: the evidence is there, directly or by transitivity;
  name only               two groups whose names are the same as written (tokens sorted, suffixes dropped) and
                          share nothing else: a job changer without a kept address, or a namesake — only how
                          common the name is can tell;
  different names         two groups with different names and nothing shared (a nickname, a typo or a new
                          surname on top of a new job): hardly any evidence at all.
"Linking no name-only pair" is the F1 of an engine that finds every pair of the first and third classes, links
no name-only pair and makes no false link: what the name-only share costs an engine that never guesses. It is
a reference point, not a bound (an engine can win some name-only pairs by name frequency).

With PREDICTED.csv: the engine's found and missed pairs per class, and its false pairs by whether the two records
have the same name and share an identifier. Pairs are enumerated within true and predicted clusters (both small).

Python is used at benchmark time only; nothing here is a dependency of convene.
"""
import csv
import re
import sys
from collections import Counter, defaultdict

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def read_labels(path):
    """{record number: label} from file,record,label."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    return {int(r[1]): r[2] for r in rows if len(r) >= 3}


def column(header, *names):
    for n in names:
        if n in header:
            return header.index(n)
    return None


def identifiers(header):
    """(name, column, folding) for each identifier present in the header."""
    def letters(s):
        return re.sub(r"[^a-z0-9@.]", "", s.lower())

    def phone(s):
        d = re.sub(r"\D", "", s)
        return d[-10:] if len(d) >= 10 else ""

    candidates = [("email", ("Email", "Email Address"), letters),
                  ("phone", ("Phone", "Phone Number"), phone),
                  ("organization", ("Organization", "Company"), lambda s: letters(s)[:8]),
                  ("street", ("Street", "Address"), lambda s: letters(s)[:10])]
    out = []
    for name, names, fold in candidates:
        c = column(header, *names)
        if c is not None:
            out.append((name, c, fold))
    return out


def name_key(row, given, family):
    tokens = re.findall(r"[a-z]+", (row[given] + " " + row[family]).lower())
    return " ".join(sorted(t for t in tokens if t not in SUFFIXES))


def main(argv):
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    with open(argv[0], newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r + [""] * (len(header) - len(r)) for r in reader]
    truth = read_labels(argv[1])
    given, family = column(header, "First Name"), column(header, "Last Name")
    if given is None or family is None:
        raise SystemExit(f"{argv[0]}: expected First Name and Last Name columns")
    ids = identifiers(header)
    folded = [[fold(r[c]) for _, c, fold in ids] for r in rows]
    names = [name_key(r, given, family) for r in rows]
    person = [truth[i + 1] for i in range(len(rows))]

    # Groups: union-find over one person's records sharing an identifier.
    parent = list(range(len(rows)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_holder = {}
    for i in range(len(rows)):
        for k, v in enumerate(folded[i]):
            if not v:
                continue
            key = (person[i], k, v)
            if key in first_holder:
                a, b = find(first_holder[key]), find(i)
                if a != b:
                    parent[b] = a
            else:
                first_holder[key] = i
    group = [find(i) for i in range(len(rows))]

    def pair_class(i, j):
        if group[i] == group[j]:
            return "through an identifier"
        return "name only" if names[i] == names[j] else "different names"

    members = defaultdict(list)
    for i, p in enumerate(person):
        members[p].append(i)
    predicted = read_labels(argv[2]) if len(argv) == 3 else None
    found, missed = Counter(), Counter()
    for m in members.values():
        for a in range(len(m)):
            for b in range(a + 1, len(m)):
                i, j = m[a], m[b]
                c = pair_class(i, j)
                if predicted is not None and predicted.get(i + 1) == predicted.get(j + 1):
                    found[c] += 1
                else:
                    missed[c] += 1
    classes = ["through an identifier", "name only", "different names"]
    total = {c: found[c] + missed[c] for c in classes}
    pairs = sum(total.values())
    print(f"{len(rows)} records, {len(members)} people, {pairs} true pairs")
    for c in classes:
        print(f"  {c:22s} {total[c]:9d}  ({total[c] / max(pairs, 1):.1%})")
    easy = total["through an identifier"] + total["different names"]
    print(f"linking no name-only pair, every other pair found, no false link: F1 "
          f"{2 * easy / (2 * easy + total['name only']):.4f}")
    if predicted is None:
        return

    clusters = defaultdict(list)
    for i in range(len(rows)):
        clusters[predicted.get(i + 1, f"missing-{i}")].append(i)
    false = Counter()
    for m in clusters.values():
        for a in range(len(m)):
            for b in range(a + 1, len(m)):
                i, j = m[a], m[b]
                if person[i] == person[j]:
                    continue
                shared = any(x and x == y for x, y in zip(folded[i], folded[j]))
                false[("same name" if names[i] == names[j] else "different names",
                       "an identifier shared" if shared else "nothing else shared")] += 1
    tp, fn, fp = sum(found.values()), sum(missed.values()), sum(false.values())
    print(f"engine: P {tp / max(tp + fp, 1):.4f}  R {tp / max(tp + fn, 1):.4f}  F1 {2 * tp / max(2 * tp + fn + fp, 1):.4f}")
    for c in classes:
        print(f"  {c:22s} found {found[c]:9d}  missed {missed[c]:8d}")
    print("  false pairs:")
    for (same, shared), n in sorted(false.items(), key=lambda kv: -kv[1]):
        print(f"    {same}, {shared}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
