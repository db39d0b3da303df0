#!/usr/bin/env python3
"""Checks dev5-statements.tsv: format, every code billable in its row's fiscal-year CDC order file, no repeated statements.

Deterministic; reads only the shared CDC order files. Usage: python3 dev5_check.py [--titles] [path-to-tsv]
--titles prints each row with the titles of its codes (for a human read-through of the labels).
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def shared_root():
    # The shared data sits beside the repository clone (../shared/data) or at /work/shared/data.
    d = HERE
    for _ in range(8):
        cand = os.path.join(d, "shared", "data", "icd10cm")
        if os.path.isdir(cand):
            return cand
        cand = os.path.join(os.path.dirname(d), "shared", "data", "icd10cm")
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    if os.path.isdir("/work/shared/data/icd10cm"):
        return "/work/shared/data/icd10cm"
    sys.exit("dev5_check: shared ICD-10-CM data not found")


def load_order(path):
    # CDC order file layout: order number (5), space, code (7, padded), space, header flag (0/1), space, short title, long title.
    billable = {}
    with gzip.open(path, "rt", encoding="latin-1") as f:
        for line in f:
            code = line[6:13].strip()
            flag = line[14]
            billable[code] = (flag == "1", line[77:].strip())
    return billable


CODE = re.compile(r"^[A-Z][0-9A-Z][0-9A-Z](\.?[0-9A-Z]{1,4})?$")


def is_statement(line):
    # Same rule as the benchmark's Row.IsStatement: '#' lines are comments unless column 3 is a fiscal year.
    if not line:
        return False
    if line[0] != "#":
        return True
    cols = line.split("\t")
    return len(cols) >= 3 and cols[2].strip() in ("2026", "2027")


def main(argv):
    titles = "--titles" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "dev5-statements.tsv")
    root = shared_root()
    sets = {
        2026: load_order(os.path.join(root, "fy2026-order", "icd10cm-order-2026.txt.gz")),
        2027: load_order(os.path.join(root, "fy2027-order", "icd10cm-order-2027.txt.gz")),
    }
    errors = []
    seen = {}
    rows = none = fy27 = multi = 0
    header_done = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if line.endswith("\r"):
            errors.append(f"{n}: CR line end")
        if not is_statement(line):
            if header_done:
                errors.append(f"{n}: comment line after the first statement")
            elif not (line.startswith("# ") or line == "#"):
                errors.append(f"{n}: header line must start with '# '")
            continue
        header_done = True
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"{n}: expected 4 tab-separated columns, got {len(cols)}")
            continue
        stmt, codes, year, note = cols
        if stmt != stmt.strip() or not stmt:
            errors.append(f"{n}: statement empty or has leading/trailing blanks")
        if not note.strip():
            errors.append(f"{n}: empty note")
        if year not in ("2026", "2027"):
            errors.append(f"{n}: fiscal year must be 2026 or 2027")
            continue
        y = int(year)
        key = re.sub(r"\s+", " ", stmt.strip().lower())
        if key in seen:
            errors.append(f"{n}: repeats the statement on line {seen[key]}")
        seen[key] = n
        rows += 1
        fy27 += y == 2027
        shown = []
        if codes.strip() == "-":
            none += 1
        else:
            parts = codes.split(",")
            multi += len(parts) > 1
            plain = []
            for c in parts:
                c = c.strip()
                if not CODE.match(c):
                    errors.append(f"{n}: malformed code '{c}'")
                    continue
                p = c.replace(".", "")
                if "." in c and c.index(".") != 3:
                    errors.append(f"{n}: dot in the wrong place in '{c}'")
                if p in plain:
                    errors.append(f"{n}: code {c} listed twice")
                plain.append(p)
                entry = sets[y].get(p)
                if entry is None:
                    errors.append(f"{n}: {c} not in the FY{y} order file")
                elif not entry[0]:
                    errors.append(f"{n}: {c} is a header, not billable, in FY{y}")
                else:
                    shown.append(f"{c}={entry[1]}")
        if titles:
            print(f"{n}\t{stmt}\t{' | '.join(shown) or '-'}\t{y}")
    for e in errors:
        print("ERROR", e)
    print(f"rows {rows}, codable {rows - none}, '-' {none}, FY2027 {fy27}, multi-code {multi}, errors {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
