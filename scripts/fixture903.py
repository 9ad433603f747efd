#!/usr/bin/env python3
"""Writes a small synthetic SSDA903 return (the 11 CSV tables) with injected errors, for
scripts/conformance.sh when no HearthSynth export is at hand.

    fixture903.py SEED CHILDREN OUTDIR [--year 2024] [--error-rate 0.05]

Rows are plausible 903 data for the collection year; then about --error-rate of the rows of every
table get one field corrupted (bad code, lower-case code, blank, impossible date, date outside the
year, value from a neighbouring field). Deterministic for a seed."""
import argparse, csv, os, random
from datetime import date, timedelta

p = argparse.ArgumentParser()
p.add_argument("seed", type=int); p.add_argument("children", type=int); p.add_argument("out")
p.add_argument("--year", type=int, default=2024); p.add_argument("--error-rate", type=float, default=0.05)
p.add_argument("--keep", default="", help="comma-separated columns never corrupted (e.g. DECOM)")
p.add_argument("--previous", help="also write last year's return for the same children here")
a = p.parse_args()
rnd = random.Random(a.seed)
Y = a.year
start, end = date(Y, 4, 1), date(Y + 1, 3, 31)

COLS = {
    "header.csv": ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    "episodes.csv": ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
    "reviews.csv": ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    "uasc.csv": ["CHILD", "SEX", "DOB", "DUC"],
    "oc2.csv": ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
    "oc3.csv": ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
    "ad1.csv": ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
    "placed_for_adoption.csv": ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    "previous_permanence.csv": ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
    "missing.csv": ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    "sw_episodes.csv": ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
}
rows = {k: [] for k in COLS}
d = lambda x: x.strftime("%d/%m/%Y")
def rday(a0, b0): return a0 + timedelta(days=rnd.randint(0, max(0, (b0 - a0).days)))
ETH = ["WBRI", "WIRI", "WOTH", "MWBC", "AIND", "BAFR", "CHNE", "OOTH", "NOBT"]
PLACES = ["U1", "U2", "U3", "U4", "U5", "U6", "K2", "R1", "P1", "A4", "A6", "S1", "K3", "R2", "T0", "T2"]
POST = ["ME1 1AA", "CT1 2BB", "TN1 1CC", "DA1 1DD", "BR1 1EE", "SE1 7PB"]
for n in range(a.children):
    c = str(100000 + n)
    dob = rday(date(Y - 21, 6, 1), date(Y - 17, 6, 1)) if rnd.random() < 0.12 else rday(date(Y - 17, 6, 1), date(Y, 3, 1))
    sex = rnd.choice("MF")
    age_end = (end - dob).days // 365
    mother = "" if sex == "M" else ("0" if age_end < 12 else rnd.choice("0001"))
    upn = "UN1" if age_end < 4 else ("A" + "".join(rnd.choice("0123456789") for _ in range(12)))
    rows["header.csv"].append([c, sex, d(dob), rnd.choice(ETH), upn, mother, d(rday(dob + timedelta(days=365 * 14), end)) if mother == "1" else ""])
    first = rday(max(dob, date(Y - 3, 4, 1)), end - timedelta(days=20))
    k = rnd.choice([1, 1, 1, 2, 2, 3])
    t = first
    eps = []
    for e in range(k):
        place = rnd.choice(PLACES)
        ls = rnd.choice(["C2", "C2", "C1", "V2", "E1", "J2"])
        nxt = None if e == k - 1 else rday(t + timedelta(days=1), min(end, t + timedelta(days=200)))
        if nxt is not None and nxt <= t: nxt = None
        closes = nxt is not None or rnd.random() < 0.25
        dec = nxt if nxt is not None else (rday(t + timedelta(days=1), end) if closes and t < end else None)
        rec = ("X1" if nxt is not None else rnd.choice(["E4A", "E13", "E41", "E45", "E8", "E5"])) if dec else ""
        temp = place.startswith("T")
        prov = "" if temp else rnd.choice(["PR1", "PR2", "PR3", "PR4"])
        urn = "" if place in ("P1", "R1", "R2", "T0", "T2") else "SC" + str(rnd.randint(100000, 999999))
        eps.append([c, d(t), "S" if e == 0 else rnd.choice("PLTUB"), ls, rnd.choice(["N1", "N1", "N2", "N4", "N5"]), place, prov,
                    d(dec) if dec else "", rec, "", rnd.choice(POST), rnd.choice(POST), urn])
        if nxt is None: break
        t = nxt
    for i in range(len(eps) - 1):
        if eps[i][8] == "X1" and eps[i + 1][2] in "PBTU" and not eps[i][5].startswith("T") and not eps[i + 1][5].startswith("T"):
            eps[i][9] = rnd.choice(["CARPL", "CLOSE", "CHILD", "LAREQ", "OTHER"])
    rows["episodes.csv"] += eps
    for _ in range(rnd.randint(0, 2)):
        rows["reviews.csv"].append([c, d(dob), d(rday(max(first, start), end)), rnd.choice(["PN0", "PN1", "PN3", "PN5"])])
    if rnd.random() < 0.05:
        rows["uasc.csv"].append([c, sex, d(dob), d(dob.replace(year=dob.year + 18)) if dob.month != 2 or dob.day != 29 else ""])
    if first < start and rnd.random() < 0.6 and not eps[-1][7]:
        young = age_end < 4
        sdq = "" if young or age_end > 17 else str(rnd.randint(0, 40))
        rows["oc2.csv"].append([c, d(dob), sdq, "" if sdq or young or age_end > 17 else "SDQ2", "0" if age_end >= 10 else "",
                                "1", "1", "1", "1", "0", "", ""])
    if age_end >= 18 and rnd.random() < 0.8:
        rows["oc3.csv"].append([c, d(dob), "YES", rnd.choice(["F1", "F2", "G5"]), rnd.choice(["B1", "D1", "E1"])])
    if eps[-1][8] in ("E11", "E12") or rnd.random() < 0.02:
        di = rday(first, end); rows["ad1.csv"].append([c, d(dob), d(di), d(rday(di, end)), "0", "2", "MF", "L0"])
    if rnd.random() < 0.03:
        rows["placed_for_adoption.csv"].append([c, d(dob), d(rday(first, end)), "", ""])
    if rnd.random() < 0.1:
        rows["missing.csv"].append([c, d(dob), rnd.choice(["M", "A"]), d(rday(max(first, start), end)), ""])
    rows["sw_episodes.csv"].append([c, d(dob), "SW" + str(rnd.randint(1, 300)), d(first), "", ""])
    # Rule-shaped mistakes, each in about 0.5% of children, so cross-table rules have work to do.
    hdr = rows["header.csv"][-1]
    def chance(): return rnd.random() < 0.005
    if chance() and age_end >= 6: hdr[4] = "UN1"                                   # school-age UN1 (209)
    if chance(): hdr[4] = "UN4"                                                     # UN4 (210 when late start)
    if chance(): eps[0][5], eps[0][2], eps[0][3] = "A3", "P", "E1"                  # A3 with a new carer (217)
    if chance() and not eps[-1][7]:                                                 # adopted, then back in care (199)
        eps[-1][7], eps[-1][8] = d(rday(first, end)), "E11"
        if eps[-1][7] < d(end): rows["episodes.csv"].append([c, eps[-1][7], "S", "C2", "N1", "U1", "PR1", "", "", "", "ME1 1AA", "ME1 1AA", "SC100001"])
    if chance(): rows["oc2.csv"].append([c, d(dob), "", rnd.choice(["SDQ1", ""]), "", "", "1", "1", "1", rnd.choice(["0", "1"]), rnd.choice(["", "0", "1"]), rnd.choice(["", "0", "1"])])
    if chance(): rows["oc2.csv"].append([c, d(dob), str(rnd.randint(0, 40)), rnd.choice(["", "SDQ2"]), "0", "1", "1", "1", "1", "1", rnd.choice(["", "0", "1"]), rnd.choice(["", "1"])])
    if rnd.random() < 0.04:
        di = rday(dob - timedelta(days=30), end)
        rows["ad1.csv"].append([c, d(dob), d(di), d(rday(di, end)), rnd.choice(["0", "1"]), rnd.choice(["1", "2"]), rnd.choice(["MF", "FF", "M1"]), rnd.choice(["L0", "L11", "L2"])])
        rows["placed_for_adoption.csv"].append([c, d(dob), d(di), *(([d(rday(di, end + timedelta(days=40))), rnd.choice(["RD1", "RD3"])]) if rnd.random() < 0.3 else ["", ""])])
    if rnd.random() < 0.2:
        rows["previous_permanence.csv"].append([c, d(dob), "Z1", "", ""])

# Inject errors: one corrupted field in about error_rate of the rows of every table.
def corrupt(v, col):
    r = rnd.random()
    if r < 0.25: return ""
    if r < 0.45: return v.lower() if v and any(ch.isalpha() for ch in v) else "ZZ"
    if r < 0.65: return rnd.choice(["31/02/2024", "2024-05-01", "01/13/2023"]) if col in DATES else "ZZ9"
    if r < 0.85:
        return d(rday(date(Y - 2, 1, 1), date(Y + 2, 1, 1))) if col in DATES else rnd.choice(["0", "1", "X1", "T0", "PR1", "UN4", "V3", "SDQ1", "E11"])
    return "XXXXXXX" if col == "URN" else v + "9"
DATES = {"DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED", "DATE_PERM", "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC", "MC_DOB"}
keep = set(a.keep.split(",")) if a.keep else set()
clean_header = [list(r) for r in rows["header.csv"]]
for name, cols in COLS.items():
    for r in rows[name]:
        if rnd.random() < a.error_rate:
            i = rnd.randrange(1, len(cols))
            if cols[i] not in keep: r[i] = corrupt(r[i], cols[i])
os.makedirs(a.out, exist_ok=True)
for name, cols in COLS.items():
    with open(os.path.join(a.out, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(cols); w.writerows(rows[name])
if a.previous:
    # Last year: the same children's Header (about 3% of cells changed), the episodes that began
    # before this year, and the UASC rows with their ceased dates.
    os.makedirs(a.previous, exist_ok=True)
    prev = {"header.csv": [], "episodes.csv": [], "uasc.csv": []}
    for r in clean_header:
        r = list(r)
        if rnd.random() < 0.03:
            i = rnd.choice([1, 2, 3, 4, 5])
            r[i] = {1: "2" if r[1] == "M" else "1", 2: d(rday(date(Y - 17, 1, 1), date(Y - 1, 1, 1))), 3: "WBRI" if r[3] != "WBRI" else "WIRI",
                    4: rnd.choice(["UN1", "UN4", "B" + "0" * 12]), 5: rnd.choice(["0", "1"])}[i]
        else:
            r[1] = {"M": "1", "F": "2"}.get(r[1], r[1])
        if rnd.random() < 0.95: prev["header.csv"].append(r)
    for r in rows["episodes.csv"]:
        try:
            y0 = int(r[1][6:10]); m0 = int(r[1][3:5])
        except ValueError:
            continue
        if (y0, m0) < (Y, 4):
            q = list(r)
            if q[7] and q[7][6:10].isdigit() and (int(q[7][6:10]), int(q[7][3:5]) if q[7][3:5].isdigit() else 0) >= (Y, 4):
                q[7], q[8], q[9] = "", "", ""   # open at last year's 31 March
            prev["episodes.csv"].append(q)
    for r in rows["header.csv"]:
        if rnd.random() < 0.01:   # adopted from care two years ago, now back in care under the same number
            prev["episodes.csv"].append([r[0], d(date(Y - 2, 5, 1)), "S", "E1", "N1", "A4", "PR1", d(date(Y - 1, 6, 1)), "E12", "", "ME1 1AA", "ME1 1AA", "SC100002"])
    prev["uasc.csv"] = [list(r) for r in rows["uasc.csv"] if rnd.random() < 0.9]
    for name, rs in prev.items():
        with open(os.path.join(a.previous, name), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n"); w.writerow(COLS[name]); w.writerows(rs)
print(f"{a.out}: {a.children} children, " + ", ".join(f"{k.split('.')[0]}={len(v)}" for k, v in rows.items()))
