#!/usr/bin/env python3
"""Splink 5 (DuckDB) on the same CSV files convene reads, configured as Splink's own tutorials configure it.

    splink_peer.py --kind people|organizations|link --out CLUSTERS.csv [--truth TRUTH.csv] FILE [FILE ...]
        [--threshold 0.5] [--memory-limit 8GB] [--threads 2]

Writes CLUSTERS.csv as file,record,cluster_id (records numbered as convene numbers them, `file` as given), so
score.py scores both tools the same way. The model follows the Splink 5 examples (deduplicate_50k_synthetic,
febrl3, febrl4, the fake_1000 quickstart), using only the columns a file has:

  people      NameComparison on first name and surname (term-frequency adjusted), DateOfBirthComparison,
              EmailComparison, ExactMatch city (tf), DamerauLevenshtein postcode (tf), ExactMatch street number
              (tf), ExactMatch phone (digits), JaroWinkler organization;
              blocking: first+surname, the swapped pair, surname+dob, first+dob, postcode+first, postcode+surname,
              3/4-letter name prefixes, name prefixes+birth year, email, phone (+ dob and postcode alone on
              small files, as the FEBRL examples do)
  link        the same, link_only between the two files (the febrl4 example)
  organizations  JaroWinkler on name and street, ExactMatch postcode and phone (the csv_example peer figure in
              shared/benchmarks/README.md); blocking on name, street, phone, postcode+name prefix

Training: estimate_probability_two_random_records_match (deterministic rules, recall 0.7),
estimate_u_using_random_sampling (seeded), estimate_parameters_using_expectation_maximisation on two blocking
rules. Prediction at --threshold (0.5), clustered with cluster_pairwise_predictions_at_threshold at 0.5, 0.9
and 0.95; the clusters at --threshold are written, the others are scored for information when --truth is
given. Input is standardized the way the tutorials ask (trimmed, lower case, empty → null; phones as digits).

Python and Splink are used at benchmark time only; convene never depends on them.
"""
import argparse
import csv
import logging
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from datasets import header_key, numbered_rows  # noqa: E402

PEOPLE_ROLES = {
    "first_name": ["first name", "given name", "first", "forename"],
    "surname": ["last name", "surname", "family name", "last"],
    "dob": ["dob", "date of birth", "birth date", "birthdate"],
    "email": ["email", "email address", "e mail"],
    "phone": ["phone", "phone number", "telephone"],
    "city": ["city", "suburb", "town"],
    "postcode": ["zip", "postcode", "postal code", "zip code"],
    "street": ["street", "address", "address 1", "street address"],
    "organization": ["organization", "company", "organisation", "employer"],
}
ORG_ROLES = {
    "name": ["site name", "organization name", "organization", "company", "name"],
    "street": ["address", "street", "street address"],
    "postcode": ["zip", "postcode", "postal code"],
    "phone": ["phone", "phone number"],
}


def digits(v):
    v = re.split(r"(?i)\s*(?:x|ext\.?|#)\s*\d+\s*$", v)[0]
    d = re.sub(r"\D", "", v[:-2] if v.endswith(".0") else v)
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d or None


def load(files, roles):
    """A pandas DataFrame with unique_id, the role columns, and the (file, record) of each row."""
    import pandas as pd
    cols = {r: [] for r in roles}
    refs = []
    for path in files:
        header = None
        index = {}
        with open(path, newline="", encoding="utf-8-sig") as f:
            for fields in csv.reader(f):
                if any(x.strip() for x in fields):
                    header = fields
                    break
        keys = [header_key(h) for h in header]
        for role, names in roles.items():
            for n in names:
                if n in keys:
                    index[role] = keys.index(n)
                    break
        for rec, fields in numbered_rows(path):
            if rec is None:
                continue
            refs.append((path, rec))
            for role in roles:
                i = index.get(role)
                v = fields[i].strip() if i is not None and i < len(fields) else ""
                if role == "phone":
                    v = digits(v) if v else None
                else:
                    v = " ".join(v.lower().split()) or None
                cols[role].append(v)
    present = [r for r in roles if any(v is not None for v in cols[r])]
    df = pd.DataFrame({r: cols[r] for r in present})
    df.insert(0, "unique_id", range(len(refs)))
    return df, refs, present


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--kind", choices=["people", "organizations", "link"], default="people")
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--memory-limit", default="8GB", help="DuckDB's memory limit (it spills to disk past it)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    started = time.time()
    import duckdb
    import splink
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.getLogger("splink").setLevel(logging.WARNING)
    roles = ORG_ROLES if args.kind == "organizations" else PEOPLE_ROLES
    df, refs, present = load(args.files, roles)
    n = len(df)
    has = set(present)
    small = n <= 20000

    if args.kind == "organizations":
        comparisons = [cl.JaroWinklerAtThresholds("name", [0.9, 0.7])]
        if "street" in has:
            comparisons.append(cl.JaroWinklerAtThresholds("street", [0.9, 0.7]))
        if "postcode" in has:
            comparisons.append(cl.ExactMatch("postcode"))
        if "phone" in has:
            comparisons.append(cl.ExactMatch("phone"))
        blocking = [block_on("name")]
        blocking += [block_on("street")] if "street" in has else []
        blocking += [block_on("phone")] if "phone" in has else []
        blocking += [block_on("postcode", "substr(name,1,3)")] if "postcode" in has else []
        deterministic = [block_on("name", "street")] if "street" in has else [block_on("name")]
        em_rules = [block_on("phone") if "phone" in has else block_on("substr(name,1,4)"),
                    block_on("street") if "street" in has else block_on("postcode")]
    else:
        if "street" in has:
            df["street_number"] = df["street"].str.extract(r"^\s*(\d+)", expand=False)
            has.add("street_number")
        fn, sn = "first_name", "surname"
        comparisons = [cl.NameComparison(fn).configure(term_frequency_adjustments=True),
                       cl.NameComparison(sn).configure(term_frequency_adjustments=True)]
        if "dob" in has:
            comparisons.append(cl.DateOfBirthComparison("dob", input_is_string=True, invalid_dates_as_null=True))
        if "email" in has:
            comparisons.append(cl.EmailComparison("email"))
        if "city" in has:
            comparisons.append(cl.ExactMatch("city").configure(term_frequency_adjustments=True))
        if "postcode" in has:
            comparisons.append(cl.DamerauLevenshteinAtThresholds("postcode", [1, 2])
                               .configure(term_frequency_adjustments=True))
        if "street_number" in has:
            comparisons.append(cl.ExactMatch("street_number").configure(term_frequency_adjustments=True))
        if "phone" in has:
            comparisons.append(cl.ExactMatch("phone"))
        if "organization" in has:
            comparisons.append(cl.JaroWinklerAtThresholds("organization", [0.9, 0.7]))

        blocking = [block_on(fn, sn), f"l.{fn} = r.{sn} and l.{sn} = r.{fn}",
                    block_on("substr(first_name,1,3)", "substr(surname,1,4)")]
        if "dob" in has:
            blocking += [block_on(sn, "dob"), block_on(fn, "dob"),
                         block_on("substr(first_name,1,2)", "substr(surname,1,2)", "substr(dob,1,4)")]
        if "postcode" in has:
            blocking += [block_on("postcode", fn), block_on("postcode", sn)]
        if "email" in has:
            blocking.append(block_on("email"))
        if "phone" in has:
            blocking.append(block_on("phone"))
        if small:
            blocking += [block_on("dob")] if "dob" in has else []
            blocking += [block_on("postcode")] if "postcode" in has else []

        deterministic = []
        if "dob" in has:
            deterministic.append(block_on(fn, sn, "dob"))
        if "email" in has:
            deterministic.append(block_on(fn, "email"))
        if "postcode" in has:
            deterministic.append(block_on(fn, sn, "postcode"))
        if "phone" in has:
            deterministic.append(block_on(fn, sn, "phone"))
        if not deterministic:
            deterministic.append(block_on(fn, sn, "city") if "city" in has else block_on(fn, sn))
        em_rules = [block_on(fn, sn)]
        if "dob" in has:
            em_rules.append(block_on("dob"))
        elif "email" in has:
            em_rules.append(block_on("email"))
        elif "phone" in has:
            em_rules.append(block_on("phone"))
        else:
            em_rules.append(block_on("postcode") if "postcode" in has else block_on("city"))
        if args.kind == "link" and "postcode" in has:
            em_rules.append(block_on("postcode"))

    con = duckdb.connect()
    con.execute(f"SET memory_limit='{args.memory_limit}'")
    con.execute(f"SET threads={args.threads}")
    tmpdir = os.path.join(os.path.dirname(os.path.abspath(args.out)), "duckdb-tmp")
    con.execute(f"SET temp_directory='{tmpdir}'")
    db_api = DuckDBAPI(connection=con)
    if args.kind == "link":
        # One table per file (febrl4a, febrl4b): link_only compares across them only.
        tables = []
        for path in args.files:
            mask = [r[0] == path for r in refs]
            tables.append(db_api.register(df[mask].reset_index(drop=True),
                                          dataset_display_name=re.sub(r"\W", "_", os.path.basename(path))))
        link_type = "link_only"
    else:
        tables = db_api.register(df)
        link_type = "dedupe_only"
    settings = SettingsCreator(link_type=link_type, comparisons=comparisons,
                               blocking_rules_to_generate_predictions=blocking,
                               retain_intermediate_calculation_columns=False)
    linker = Linker(tables, settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6 if small else 5e6, seed=1)
    for rule in em_rules:
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(rule,
                                                                               estimate_without_term_frequencies=True)
        except Exception as e:   # a rule that leaves nothing to estimate: the tutorials move on too
            print(f"splink: EM on {rule} skipped ({str(e).splitlines()[0][:160]})", file=sys.stderr)
    predictions = linker.inference.predict(threshold_match_probability=args.threshold)
    pairs = predictions.as_duckdbpyrelation().count("*").fetchall()[0][0]

    results = {}
    for t in sorted({args.threshold, 0.5, 0.9, 0.95}):
        if t < args.threshold:
            continue
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions,
                                                                               threshold_match_probability=t)
        rows = clusters.as_duckdbpyrelation().select("unique_id, cluster_id").fetchall()
        results[t] = {int(u): str(c) for u, c in rows}
    elapsed = time.time() - started

    def write(path, labels):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["file", "record", "cluster_id"])
            for uid, (file, rec) in enumerate(refs):
                w.writerow([file, rec, labels.get(uid, f"s{uid}")])

    write(args.out, results[args.threshold])
    print(f"splink {splink.__version__}: {n} records, {len(comparisons)} comparisons, {len(blocking)} blocking rules, "
          f"{pairs} pairs at p ≥ {args.threshold}, {elapsed:.1f} s", file=sys.stderr)
    if args.truth:
        from score import read_labels, score
        truth = read_labels(args.truth)
        best = None
        parts = []
        for t, labels in results.items():
            s = score({refs[u]: v for u, v in labels.items()}, truth)
            parts.append(f"{t:.2f}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
            if best is None or s["f1"] > best[1]:
                best = (t, s["f1"])
        print(f"splink thresholds  {' | '.join(parts)}  (best {best[0]:.2f}: F1 {best[1]:.3f})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
