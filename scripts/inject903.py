#!/usr/bin/env python3
"""Copies a folder of 903 CSVs, corrupting one field in about --error-rate of the rows of every
table (blank, lower-cased or unknown code, impossible or out-of-range date, a code from another
field), so both validators have errors to find in an otherwise clean export.

    inject903.py SEED IN_DIR OUT_DIR [--error-rate 0.05] [--year 2024] [--keep DECOM]"""
import argparse, csv, os, random
from datetime import date, timedelta

p = argparse.ArgumentParser()
p.add_argument("seed", type=int); p.add_argument("src"); p.add_argument("out")
p.add_argument("--error-rate", type=float, default=0.05); p.add_argument("--year", type=int, default=2024)
p.add_argument("--keep", default="")
a = p.parse_args()
rnd = random.Random(a.seed)
Y = a.year
keep = set(a.keep.split(",")) if a.keep else set()
DATES = {"DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED",
         "DATE_PERM", "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC", "MC_DOB"}

def corrupt(v, col):
    r = rnd.random()
    if r < 0.25: return ""
    if r < 0.45: return v.lower() if v and any(ch.isalpha() for ch in v) else "ZZ"
    if r < 0.65: return rnd.choice(["31/02/2024", "2024-05-01", "01/13/2023"]) if col in DATES else "ZZ9"
    if r < 0.85:
        if col in DATES:
            d = date(Y - 2, 1, 1) + timedelta(days=rnd.randint(0, 4 * 365))
            return d.strftime("%d/%m/%Y")
        return rnd.choice(["0", "1", "X1", "T0", "PR1", "UN4", "V3", "SDQ1", "E11"])
    return "XXXXXXX" if col == "URN" else v + "9"

os.makedirs(a.out, exist_ok=True)
changed = rows_total = 0
for name in sorted(os.listdir(a.src)):
    if not name.endswith(".csv"): continue
    with open(os.path.join(a.src, name), newline="") as f:
        r = list(csv.reader(f))
    header, body = r[0], r[1:]
    for row in body:
        rows_total += 1
        if len(row) > 1 and rnd.random() < a.error_rate:
            i = rnd.randrange(1, len(row))
            if header[i] not in keep:
                row[i] = corrupt(row[i], header[i]); changed += 1
    with open(os.path.join(a.out, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(header); w.writerows(body)
print(f"{a.out}: corrupted {changed} of {rows_total} rows")
