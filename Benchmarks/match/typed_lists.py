#!/usr/bin/env python3
"""Typed person lists, FEBRL's way, with a share of the people living in households; with the truth.

    typed_lists.py [--people 10000] [--households 0.3] [--seed 5] [--out typed.csv] [--truth typed.truth.csv]
                   [--label FILE-NAME-IN-TRUTH]

Columns as FEBRL's (less its "Address 2" and "State"): "Given name","Surname","Street","City","Postcode",
"Date of birth". Truth = the person.

A list typed by hand from paper forms, where one person's copies are corrupted field by field and
independently of each other — and, unlike FEBRL, `--households` of the people live with others: two to four
people at one street, city and postal code, most of them (85 %) with one surname, each with a given name and a
date of birth of their own. The two shapes ask opposite things of a shared address: between strangers who share
a street in a typed list it is a coincidence in another town, so the city and postal code beside it still say
"one person"; within a household the city and postal code come with the street and say nothing more. A
data-driven model has to tell which it is looking at, and a set with both is the hard case.

- Names: 100 common US given names, uniform; surnames half from 60 common US ones, half built from syllables.
  Towns: 200, each with its own 5-digit postal code (±2), so the postal code nearly fixes the city.
- Copies: each person 1–3 times (1, 1, 2, 2, 3). A copy replaces the given name (8 %) or the surname (8 %), has
  a typo in the given name (12 %), surname (12 %), street (20 %) or city (10 %), another last digit of the
  postal code (8 %), another date of birth (10 %), and each field left empty (4 %).

Deterministic for a seed (Python's `random.Random`; no set iteration). Python is used at benchmark time only.
"""
import argparse
import csv
import os
import random
import time

HEADER = ["Given name", "Surname", "Street", "City", "Postcode", "Date of birth"]
GIVEN = """james mary john patricia robert jennifer michael linda william elizabeth david barbara richard susan joseph
jessica thomas sarah charles karen chris nancy daniel lisa matthew betty anthony margaret mark sandra donald ashley
steven kimberly paul emily andrew donna joshua michelle kenneth dorothy kevin carol brian amanda george melissa
edward deborah ronald stephanie timothy rebecca jason sharon jeffrey laura ryan cynthia jacob kathleen gary amy
nicholas shirley eric angela jonathan helen stephen anna larry brenda justin pamela scott nicole brandon emma
benjamin samantha samuel katherine""".split()
COMMON = """smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson
walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell
mitchell carter roberts""".split()
SYLLABLES = "ka lo mer tin son ber wal ric han del vor pel zan quin bro ste fal gor mun tar lin ves dor cal".split()
STREETS = """main oak maple cedar pine elm washington lake hill park view sunset river church mill spring north south
ridge valley meadow forest highland willow cherry""".split()
SUFFIXES = "street avenue road drive lane court place way".split()


def generate(data_path, truth_path, people=10_000, households=0.3, seed=5, label=None):
    """Writes the list and its truth; returns (records, people, seconds)."""
    start = time.time()
    rng = random.Random(seed)
    label = label or os.path.basename(data_path)

    def surname():
        if rng.random() < 0.5:
            return rng.choice(COMMON)
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3])))

    towns = [surname() + rng.choice(["ville", "ton", "burg", " park", " hill"]) for _ in range(200)]

    def address():
        k = rng.randrange(len(towns))
        return (f"{rng.randrange(1, 2000)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}", towns[k],
                str(10000 + k * 37 + rng.randrange(3)))

    def birth():
        return f"{rng.randrange(1930, 2005)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"

    def typo(s):
        if len(s) < 4:
            return s
        i = rng.randrange(1, len(s) - 1)
        op = rng.random()
        if op < 0.33:
            return s[:i] + s[i + 1:]
        if op < 0.66:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + s[i + 1:]

    persons = []
    while len(persons) < people:
        street, town, postal = address()
        if rng.random() < households:
            family = surname()
            for _ in range(rng.choice([2, 2, 3, 4])):
                persons.append([rng.choice(GIVEN), family if rng.random() < 0.85 else surname(), street, town, postal,
                                birth()])
        else:
            persons.append([rng.choice(GIVEN), surname(), street, town, postal, birth()])
    rows = []
    for pid, p in enumerate(persons):
        for copy in range(rng.choice([1, 1, 2, 2, 3])):
            r = list(p)
            if copy > 0:
                if rng.random() < 0.08:
                    r[0] = rng.choice(GIVEN)
                if rng.random() < 0.08:
                    r[1] = surname()
                for k, share in ((0, 0.12), (1, 0.12), (2, 0.2), (3, 0.1)):
                    if rng.random() < share:
                        r[k] = typo(r[k])
                if rng.random() < 0.08:
                    r[4] = r[4][:-1] + str(rng.randrange(10))
                if rng.random() < 0.1:
                    r[5] = birth()
                r = ["" if rng.random() < 0.04 else v for v in r]
            rows.append((pid, r))
    rng.shuffle(rows)
    with open(data_path, "w", newline="") as data, open(truth_path, "w", newline="") as truth:
        out, tr = csv.writer(data), csv.writer(truth)
        out.writerow(HEADER)
        tr.writerow(["file", "record", "truth"])
        for n, (pid, r) in enumerate(rows, 1):
            out.writerow(r)
            tr.writerow([label, n, pid])
    return len(rows), len(persons), time.time() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--households", type=float, default=0.3, help="share of people drawn as households")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", default="typed.csv")
    ap.add_argument("--truth")
    ap.add_argument("--label")
    args = ap.parse_args()
    truth = args.truth or os.path.splitext(args.out)[0] + ".truth.csv"
    records, persons, seconds = generate(args.out, truth, args.people, args.households, args.seed, args.label)
    print(f"{records} records of {persons} people in {seconds:.1f} s: {args.out}, {truth}")


if __name__ == "__main__":
    main()
