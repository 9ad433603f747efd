#!/usr/bin/env python3
"""Sums per-rule agreement over several conformance runs (the files scripts/conformance.sh leaves
in its output folder): conformance_summary.py OUT_DIR NAME [NAME ...]

Prints, per rule compared in at least one run, the findings both found, only Hearth found and only
the reference found, and the runs in which the rule was compared."""
import csv, os, sys
from collections import defaultdict

out, names = sys.argv[1], sys.argv[2:]
tot = defaultdict(lambda: [0, 0, 0, 0])
for n in names:
    def load(p):
        d = defaultdict(set)
        for r in csv.DictReader(open(p, newline="")):
            d[r["rule_code"]].add((r["table"], int(r["row_index"])))
        return d
    ours, ref = load(f"{out}/{n}.hearth.csv"), load(f"{out}/{n}.ref.csv")
    status = {r["rule_code"]: r["status"] for r in csv.DictReader(open(f"{out}/{n}.status.csv", newline=""))}
    checked = set(open(f"{out}/{n}.hearth-rules.txt").read().split())
    for c in checked:
        if status.get(c) != "done": continue
        a, b = ours.get(c, set()), ref.get(c, set())
        t = tot[c]; t[0] += len(a & b); t[1] += len(a - b); t[2] += len(b - a); t[3] += 1
key = lambda c: (int("".join(ch for ch in c if ch.isdigit())[:4] or 99999) if c[0].isdigit() else 99999, c)
print(f"{'rule':<8} {'both':>7} {'only_hearth':>12} {'only_ref':>9} {'runs':>5}")
for c in sorted(tot, key=key):
    b, h, r, k = tot[c]
    print(f"{c:<8} {b:>7} {h:>12} {r:>9} {k:>5}  {'agree' if h == 0 and r == 0 else 'differ'}")
agree = sum(1 for v in tot.values() if v[1] == 0 and v[2] == 0)
print(f"rules compared: {len(tot)}; agree in every run: {agree}; differ: {len(tot) - agree}")
