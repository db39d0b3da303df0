#!/usr/bin/env python3
"""Checks holdout2-statements.tsv: every expected code is billable in the CDC ICD-10-CM order file of its fiscal year.

Usage: python3 holdout2_check.py [--titles] [--shared-data DIR]   (exit 1 on any unknown or non-billable code)
"""
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def shared():
    if "--shared-data" in sys.argv:
        return sys.argv[sys.argv.index("--shared-data") + 1]
    d = HERE
    for _ in range(10):
        if os.path.isdir(os.path.join(d, "shared", "data")):
            return os.path.join(d, "shared", "data")
        d = os.path.dirname(d)
    return "/work/shared/data"


def order(year):
    path = os.path.join(shared(), "icd10cm", f"fy{year}-order", f"icd10cm-order-{year}.txt.gz")
    codes = {}
    with gzip.open(path, "rt", encoding="latin-1") as f:
        for line in f:
            codes[line[6:13].strip()] = (line[14] == "1", line[77:].strip() or line[16:76].strip())
    return codes


def main():
    books = {2026: order(2026), 2027: order(2027)}
    bad = 0
    rows = 0
    with open(os.path.join(HERE, "holdout2-statements.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows += 1
            cols = line.split("\t")
            if len(cols) != 4:
                print(f"line {n}: {len(cols)} columns"); bad += 1; continue
            statement, codes, year, _ = cols
            if codes == "-":
                continue
            for code in codes.split(","):
                entry = books[int(year)].get(code.replace(".", ""))
                if entry is None or not entry[0]:
                    print(f"line {n}: {code} {'not in' if entry is None else 'not billable in'} FY{year}: {statement}")
                    bad += 1
                elif "--titles" in sys.argv:
                    print(f"{n}\t{statement}\t{code}\t{entry[1]}")
    print(f"{rows} statements, {bad} problems")
    sys.exit(1 if bad else 0)


main()
