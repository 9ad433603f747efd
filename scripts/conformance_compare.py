#!/usr/bin/env python3
"""Compares Hearth's findings CSV with the reference validator's, rule by rule.

    conformance_compare.py HEARTH.csv REFERENCE.csv STATUS.csv [HEARTH_RULES.txt] [--only-rules 101,102]

A finding is (rule_code, table, row_index). A rule is compared only when the reference ran it
(status "done") and Hearth checked it (listed in HEARTH_RULES.txt, one code a line). Prints one
line per compared rule with findings: both, only Hearth, only reference; and a total line.
Exit status 0 always: this reports, it does not judge."""
import csv, sys
from collections import defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("--")]
only = None
for i, a in enumerate(sys.argv):
    if a == "--only-rules": only = set(sys.argv[i + 1].split(","))
ours_path, ref_path, status_path = args[:3]
hearth_rules = set(open(args[3]).read().split()) if len(args) > 3 else None

def load(path):
    out = defaultdict(set)
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            out[r["rule_code"]].add((r["table"], int(r["row_index"])))
    return out

ours, ref = load(ours_path), load(ref_path)
status = {r["rule_code"]: r["status"] for r in csv.DictReader(open(status_path, newline=""))}
codes = sorted(set(status) | set(ours), key=lambda c: (int("".join(ch for ch in c if ch.isdigit())[:4] or 99999) if c[0].isdigit() else 99999, c))
print(f"{'rule':<10} {'both':>6} {'only_hearth':>12} {'only_ref':>9}  agree")
tb = th = tr = 0; agree_rules = disagree_rules = 0
for c in codes:
    if only and c not in only: continue
    if status.get(c) != "done" or (hearth_rules is not None and c not in hearth_rules): continue
    a, b = ours.get(c, set()), ref.get(c, set())
    both, oh, orf = len(a & b), len(a - b), len(b - a)
    tb += both; th += oh; tr += orf
    ok = oh == 0 and orf == 0
    agree_rules += ok; disagree_rules += not ok
    if a or b:
        print(f"{c:<10} {both:>6} {oh:>12} {orf:>9}  {'yes' if ok else 'NO'}")
print(f"{'TOTAL':<10} {tb:>6} {th:>12} {tr:>9}  rules compared {agree_rules + disagree_rules}: {agree_rules} agree, {disagree_rules} disagree")
