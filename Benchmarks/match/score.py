#!/usr/bin/env python3
"""Pairwise precision / recall / F1 and exact-cluster share of a predicted clustering against the truth.

    score.py PREDICTED.csv TRUTH.csv [--json] [--missed N]

PREDICTED.csv: file,record,<cluster id>  (what `convene merge --clusters` writes; splink_peer.py writes the same)
TRUTH.csv:     file,record,truth          (what datasets.py writes)

Pairs are counted from the contingency table of (predicted, truth) labels, never enumerated, so a million
records score in a few seconds:
  true positives   = sum over cells of C(n_ij, 2)
  predicted pairs  = sum over predicted clusters of C(a_i, 2)
  true pairs       = sum over true clusters of C(b_j, 2)
A true cluster counts as exact when one predicted cluster holds exactly its records (singletons included), as
in shared/benchmarks/README.md. Records of the truth missing from the prediction count as predicted singletons
(and are reported); predicted records absent from the truth are ignored (and reported).

Keys are (file, record). When no key matches exactly, files are compared by base name (the same file passed
as a relative or an absolute path).

Python is used at benchmark time only; nothing here is a dependency of convene.
"""
import argparse
import csv
import json
import os
import sys
from collections import Counter, defaultdict


def read_labels(path):
    """{(file, record): label} from a 3-column CSV with a header."""
    labels = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or len(header) < 3:
            raise SystemExit(f"{path}: expected a header file,record,<label>")
        for row in reader:
            if len(row) < 3:
                continue
            labels[(row[0], int(row[1]))] = row[2]
    return labels


def align(predicted, truth):
    """Re-keys the prediction by base name when its paths differ from the truth's."""
    if not truth or any(k in truth for k in predicted):
        return predicted
    return {(os.path.basename(f), r): v for (f, r), v in predicted.items()}


def score(predicted, truth):
    """The scores as a dict. `predicted` and `truth` map (file, record) → label."""
    predicted = align(predicted, truth)
    missing = 0
    cells = Counter()
    pred_sizes = Counter()
    true_sizes = Counter()
    for key, t in truth.items():
        p = predicted.get(key)
        if p is None:
            missing += 1
            p = ("\x00missing", key)      # a singleton of its own
        cells[(p, t)] += 1
        pred_sizes[p] += 1
        true_sizes[t] += 1
    extra = sum(1 for k in predicted if k not in truth)

    def c2(n):
        return n * (n - 1) // 2

    tp = sum(c2(n) for n in cells.values())
    pp = sum(c2(n) for n in pred_sizes.values())
    tpairs = sum(c2(n) for n in true_sizes.values())
    precision = tp / pp if pp else 1.0
    recall = tp / tpairs if tpairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(1 for (p, t), n in cells.items() if n == true_sizes[t] == pred_sizes[p])
    return {
        "records": len(truth), "true_clusters": len(true_sizes), "predicted_clusters": len(pred_sizes),
        "true_pairs": tpairs, "predicted_pairs": pp, "true_positive_pairs": tp,
        "precision": precision, "recall": recall, "f1": f1,
        "exact": exact / len(true_sizes) if true_sizes else 1.0,
        "missing_records": missing, "extra_records": extra,
    }


def missed_pairs(predicted, truth, limit=20):
    """Up to `limit` false-positive and `limit` false-negative record pairs, as ((file, record), (file, record)).

    False positives: one pair per (predicted cluster, truth label) boundary, smallest predicted clusters first
    (the clearest over-merges). False negatives: one pair per split true cluster, smallest first.
    """
    predicted = align(predicted, truth)
    by_pred = defaultdict(list)
    by_true = defaultdict(list)
    for key in sorted(truth):
        p = predicted.get(key, ("\x00missing", key))
        by_pred[p].append(key)
        by_true[truth[key]].append(key)

    fps = []
    for members in sorted(by_pred.values(), key=lambda m: (len(m), m[0])):
        if len(fps) >= limit:
            break
        first_of = {}
        for k in members:
            first_of.setdefault(truth[k], k)
        if len(first_of) > 1:
            reps = list(first_of.values())
            for other in reps[1:]:
                if len(fps) < limit:
                    fps.append((reps[0], other))
    fns = []
    for members in sorted(by_true.values(), key=lambda m: (len(m), m[0])):
        if len(fns) >= limit:
            break
        first_of = {}
        for k in members:
            first_of.setdefault(predicted.get(k, ("\x00missing", k)), k)
        if len(first_of) > 1:
            reps = list(first_of.values())
            for other in reps[1:]:
                if len(fns) < limit:
                    fns.append((reps[0], other))
    return fps, fns


def line(s):
    return (f"P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}  exact {s['exact']:.4f}  "
            f"({s['records']} records, {s['true_clusters']} true / {s['predicted_clusters']} predicted clusters"
            + (f", {s['missing_records']} records missing from the prediction" if s["missing_records"] else "")
            + (f", {s['extra_records']} predicted records not in the truth" if s["extra_records"] else "") + ")")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("predicted")
    ap.add_argument("truth")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ap.add_argument("--missed", type=int, default=0, metavar="N",
                    help="also print up to N false-positive and N false-negative pairs (file#record file#record)")
    args = ap.parse_args()
    predicted = read_labels(args.predicted)
    truth = read_labels(args.truth)
    s = score(predicted, truth)
    print(json.dumps(s) if args.json else line(s))
    if args.missed:
        fps, fns = missed_pairs(predicted, truth, args.missed)
        for kind, pairs in (("false positive", fps), ("false negative", fns)):
            for a, b in pairs:
                print(f"{kind}\t{a[0]}#{a[1]}\t{b[0]}#{b[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
