#!/usr/bin/env python3
"""Checks holdout3-statements.tsv (coding hold-out 3, issue 15): format, billable codes, no duplicates.

Every expected code must be billable (flag 1) in the CDC order file of the row's fiscal year
(../shared/data/icd10cm/fy2026-order or fy2027-order beside the repository root). Deterministic;
exit status 0 when clean, 1 with one line per problem otherwise.

Usage: python3 holdout3_check.py [path/to/holdout3-statements.tsv] [--shared DIR]
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = re.compile(r"^[A-Z][0-9A-Z][0-9A-Z](\.?[0-9A-Z]{1,4})?$")
YEARS = ("2026", "2027")


def repo_root(start):
    d = start
    while True:
        if os.path.exists(os.path.join(d, "ClaimsFn.sln")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            raise SystemExit("no directory above %s contains ClaimsFn.sln" % start)
        d = parent


def load_billable(shared, year):
    path = os.path.join(shared, "icd10cm", "fy%s-order" % year, "icd10cm-order-%s.txt.gz" % year)
    billable = set()
    with gzip.open(path, "rt", encoding="ascii") as f:
        for line in f:
            # Order file: columns 7-13 code (no dot), column 15 flag (1 = billable).
            if len(line) > 14 and line[14] == "1":
                billable.add(line[6:13].strip())
    if not billable:
        raise SystemExit("no billable codes read from " + path)
    return billable


def is_statement(line):
    # Same rule as the benchmark's reader: '#' lines are comments unless the third column is a fiscal year
    # (problem-list statements such as "# CKD 4").
    if not line:
        return False
    if line[0] != "#":
        return True
    cols = line.split("\t")
    return len(cols) >= 3 and cols[2].strip() in YEARS


def main(argv):
    args = list(argv)
    shared = None
    if "--shared" in args:
        i = args.index("--shared")
        shared = args[i + 1]
        del args[i:i + 2]
    tsv = args[0] if args else os.path.join(HERE, "holdout3-statements.tsv")
    if shared is None:
        shared = os.path.join(os.path.dirname(repo_root(HERE)), "shared", "data")
    billable = {y: load_billable(shared, y) for y in YEARS}

    problems = []
    seen = {}
    counts = {"rows": 0, "none": 0, "multi": 0, "2027": 0}
    with open(tsv, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, raw in enumerate(lines, 1):
        if "\r" in raw:
            problems.append("%d: carriage return in line" % n)
        if not is_statement(raw):
            if raw and not raw.startswith("# "):
                problems.append("%d: comment line must start with '# '" % n)
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            problems.append("%d: %d columns, expected 4 (statement, codes, year, note)" % (n, len(cols)))
            continue
        statement, codes, year, note = cols
        counts["rows"] += 1
        if statement != statement.strip() or not statement:
            problems.append("%d: statement empty or padded" % n)
        if not note.strip():
            problems.append("%d: note empty" % n)
        if year not in YEARS:
            problems.append("%d: year %r is not 2026 or 2027" % (n, year))
            continue
        if year == "2027":
            counts["2027"] += 1
        key = " ".join(statement.lower().split())
        if key in seen:
            problems.append("%d: duplicate statement (first at line %d)" % (n, seen[key]))
        else:
            seen[key] = n
        if codes.strip() == "-":
            counts["none"] += 1
            continue
        parts = [c.strip() for c in codes.split(",")]
        if len(parts) > 1:
            counts["multi"] += 1
        if len(set(p.replace(".", "") for p in parts)) != len(parts):
            problems.append("%d: a code is listed twice" % n)
        for c in parts:
            if not CODE.match(c):
                problems.append("%d: %r is not an ICD-10-CM code" % (n, c))
                continue
            if "." in c and c.index(".") != 3:
                problems.append("%d: %r has its dot in the wrong place" % (n, c))
            if c.replace(".", "") not in billable[year]:
                problems.append("%d: %s is not billable in FY%s" % (n, c, year))

    for p in problems:
        print(p)
    print("rows %(rows)d: codable %(codable)d, '-' %(none)d, FY2027 %(2027)d, multi-code %(multi)d"
          % dict(counts, codable=counts["rows"] - counts["none"]))
    print("clean" if not problems else "%d problem(s)" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
