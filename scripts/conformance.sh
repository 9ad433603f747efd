#!/usr/bin/env bash
# Runs Hearth's 903 validator and the reference validator (../shared/tools/conformance-903) on the
# same returns and prints agreement per rule: findings both found, only Hearth found, only the
# reference found. Compares a rule only where the reference ran it (status "done") and Hearth
# checked it. Also reports wall-clock time of each, including reading the files.
#
#   scripts/conformance.sh [DIR[:PREVDIR] ...]             compare on existing folders of 903 CSVs
#   scripts/conformance.sh --county "7:0.5 8:5.3[:DECOM]"  synthetic county (seed:scale; 0.5 is about
#                          2,000 children in a year's return, 5.3 about 20,000) exported with
#                          `hearth synth --format 903`, 2024/25 with ~5% injected errors
#                          (scripts/inject903.py), 2023/24 as last year's return
#   scripts/conformance.sh --synth "1:2000 2:20000 3:2000:DECOM"
#                          generate returns (seed:children[:columns kept clean]) with last year's too
#
# With --fold-case first, Hearth validates an upper-cased copy of each return: the reference
# upper-cases every cell on load, so this shows the differences that remain once that is set aside.
#
# Synthetic returns come from scripts/fixture903.py (about 5% of rows with a corrupted field, plus
# rule-shaped mistakes, and a previous year's Header/Episodes/UASC). Keeping DECOM clean lets the
# reference run rules 118 and 191, which raise on a child without a valid start date. Set HEARTH to a built hearth binary
# (default: swift build -c release). Output goes to $OUT (default /tmp/hearth-conformance). Both
# validators get the council code $LA (default E10000016, Kent, the reference's default).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ref=${CONFORMANCE_903:-$root/../shared/tools/conformance-903}
[ -x "$ref" ] || ref=/work/shared/tools/conformance-903
out=${OUT:-/tmp/hearth-conformance}
year=${YEAR:-2024}
# The council both validators check against (the reference defaults to Kent; the synthetic county is Kent).
la=${LA:-E10000016}
mkdir -p "$out"
if [ -z "${HEARTH:-}" ]; then
  (cd "$root" && swift build -c release --product hearth >&2)
  HEARTH=$root/.build/release/hearth
fi

dirs=()
fold=
if [ "${1:-}" = "--fold-case" ]; then fold=1; shift; fi
upper() {  # upper-cased copy of a 903 folder, for --fold-case
  local src=$1 dst=$2; rm -rf "$dst"; mkdir -p "$dst"
  for f in "$src"/*.csv; do tr '[:lower:]' '[:upper:]' < "$f" > "$dst/$(basename "$f")"; done
}
if [ "${1:-}" = "--synth" ]; then
  for spec in $2; do
    IFS=: read -r seed n keep <<<"$spec"
    d=$out/synth-$seed-$n${keep:+-clean}
    rm -rf "$d" "$d-prev"
    python3 "$root/scripts/fixture903.py" "$seed" "$n" "$d" --year "$year" --previous "$d-prev" ${keep:+--keep "$keep"} >&2
    dirs+=("$d:$d-prev")
  done
  shift 2
fi
if [ "${1:-}" = "--county" ]; then
  for spec in $2; do
    IFS=: read -r seed scale keep <<<"$spec"
    d=$out/county-$seed-$scale${keep:+-clean}
    rm -rf "$d" "$d-export"
    "$HEARTH" synth --format 903 --seed "$seed" --scale "$scale" --years 3 --out "$d-export" >&2
    python3 "$root/scripts/inject903.py" "$seed" "$d-export/$year-$(printf %02d $(( (year + 1) % 100 )))" "$d" --year "$year" ${keep:+--keep "$keep"} >&2
    dirs+=("$d:$d-export/$((year - 1))-$(printf %02d $(( year % 100 )))")
  done
  shift 2
fi
dirs+=("$@")
[ ${#dirs[@]} -gt 0 ] || { echo "usage: $0 [--synth 'SEED:N ...'] [DIR ...]" >&2; exit 2; }

for spec in "${dirs[@]}"; do
  IFS=: read -r d prev <<<"$spec"
  name=$(basename "$d")
  echo "== $d${prev:+ (previous: $prev)}${fold:+ (Hearth on upper-cased copies)}"
  hd=$d; hp=$prev
  if [ -n "$fold" ]; then
    hd=$out/$name.upper; upper "$d" "$hd"
    if [ -n "$prev" ]; then hp=$out/$name.prev-upper; upper "$prev" "$hp"; fi
  fi
  # Wall clock and CPU (user+sys) of each, reading the files included; CPU time is the fairer
  # figure on a shared machine.
  /usr/bin/time -f "%e %U %S" -o "$out/$name.hearth.time" \
    "$HEARTH" validate 903 "$hd" ${hp:+--previous "$hp"} --year "$year" --la "$la" --format csv --output "$out/$name.hearth.csv" 2>"$out/$name.hearth.log" || true
  "$HEARTH" validate 903 "$hd" ${hp:+--previous "$hp"} --year "$year" --la "$la" --format json 2>/dev/null \
    | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["rulesCheckedCodes"]))' > "$out/$name.hearth-rules.txt" || true
  /usr/bin/time -f "%e %U %S" -o "$out/$name.ref.time" \
    "$ref" "$d" ${prev:+--prev "$prev"} --la "$la" --out "$out/$name.ref.csv" --status "$out/$name.status.csv" > "$out/$name.ref.log" 2>&1
  python3 "$root/scripts/conformance_compare.py" "$out/$name.hearth.csv" "$out/$name.ref.csv" "$out/$name.status.csv" "$out/$name.hearth-rules.txt"
  python3 - "$out/$name.hearth.time" "$out/$name.ref.time" <<'PY'
import sys
def read(p):
    e, u, s = map(float, open(p).read().split()[-3:])
    return e, u + s
(hw, hc), (rw, rc) = read(sys.argv[1]), read(sys.argv[2])
print(f"time: hearth {hw:.3f} s wall / {hc:.3f} s cpu; reference {rw:.3f} s wall / {rc:.3f} s cpu; "
      f"reference/hearth = {rw / hw:.0f}x wall, {rc / max(hc, 0.001):.0f}x cpu")
PY
done

names=(); for spec in "${dirs[@]}"; do names+=("$(basename "${spec%%:*}")"); done
echo "== all runs"
python3 "$root/scripts/conformance_summary.py" "$out" "${names[@]}"
