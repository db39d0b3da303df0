#!/usr/bin/env python3
"""Checks holdout4-statements.tsv (beside this file): format, billable codes per fiscal year, no repeated statements.

Usage: python3 holdout4_check.py [path-to-tsv] [--data DIR]
The CDC order files are looked up under DIR (default: the first of ../shared/data/icd10cm from the repository root,
/work/shared/data/icd10cm). Exit code 0 when clean, 1 when any problem is found (each printed with its line number).
Deterministic: no network, no randomness; problems are printed in file order.
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
YEARS = (2026, 2027)
CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$")


def data_dir(argv):
    if "--data" in argv:
        return argv[argv.index("--data") + 1]
    for d in (os.path.join(REPO, "..", "shared", "data", "icd10cm"), "/work/shared/data/icd10cm"):
        if os.path.isdir(d):
            return os.path.abspath(d)
    sys.exit("holdout4_check: ICD-10-CM data folder not found (pass --data DIR)")


def load_order(folder, year):
    """code (no dot) -> billable flag, from the CDC order file (fixed columns: code at 6-13, flag at 14)."""
    path = os.path.join(folder, f"fy{year}-order", f"icd10cm-order-{year}.txt.gz")
    codes = {}
    with gzip.open(path, "rt", encoding="latin-1") as f:
        for line in f:
            codes[line[6:14].strip()] = line[14] == "1"
    return codes


def main(argv):
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--data")]
    tsv = args[0] if args else os.path.join(HERE, "holdout4-statements.tsv")
    folder = data_dir(argv)
    order = {y: load_order(folder, y) for y in YEARS}

    problems = []
    seen = {}
    rows = dashes = multi = 0
    per_year = {y: 0 for y in YEARS}
    with open(tsv, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header_done = False
    for n, line in enumerate(lines, 1):
        cols = line.split("\t")
        # Header: comment lines "# ..." with no tab; problem-list statements also start with "#" but have 4 columns.
        if line.startswith("# ") and len(cols) == 1 and not header_done:
            continue
        if line.strip() == "":
            problems.append(f"{n}: blank line")
            continue
        header_done = True
        if len(cols) != 4:
            problems.append(f"{n}: expected 4 tab-separated columns, found {len(cols)}")
            continue
        statement, expected, year, note = cols
        if statement != statement.strip() or not statement:
            problems.append(f"{n}: statement empty or with surrounding spaces")
        if not note.strip():
            problems.append(f"{n}: empty note")
        if year not in ("2026", "2027"):
            problems.append(f"{n}: fiscal year must be 2026 or 2027, found {year!r}")
            continue
        y = int(year)
        key = " ".join(statement.lower().split())
        if key in seen:
            problems.append(f"{n}: statement repeats line {seen[key]}")
        seen[key] = n
        rows += 1
        per_year[y] += 1
        if expected == "-":
            dashes += 1
            continue
        codes = expected.split(",")
        if len(codes) > 1:
            multi += 1
        bare = []
        for c in codes:
            if c != c.strip() or not CODE.match(c):
                problems.append(f"{n}: malformed code {c!r}")
                continue
            k = c.replace(".", "")
            if "." in c and c.index(".") != 3:
                problems.append(f"{n}: dot misplaced in {c}")
            if k not in order[y]:
                problems.append(f"{n}: {c} is not in the FY{y} order file")
            elif not order[y][k]:
                problems.append(f"{n}: {c} is a header (not billable) in FY{y}")
            bare.append(k)
        if len(set(bare)) != len(bare):
            problems.append(f"{n}: a code is repeated")

    for p in problems:
        print(p)
    print(f"rows {rows}: codable {rows - dashes}, '-' {dashes}, multi-code {multi}, "
          f"FY2026 {per_year[2026]}, FY2027 {per_year[2027]}; problems {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
