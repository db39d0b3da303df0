#!/usr/bin/env python3
"""Checks dev4-statements.tsv: format, billable codes in each row's fiscal-year order file, no duplicate statements.

Usage: python3 dev4_check.py [path-to-tsv] [--data DIR]
The order files are read from the shared reference data (../shared/data beside the repository root, as the tests
find it; /work/shared/data otherwise; --data overrides). Exit code 0 when clean, 1 with one line per problem.
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODE = re.compile(r"^[A-Z][0-9A-Z][0-9A-Z](\.?[0-9A-Z]{1,4})?$")


def data_folder(argv):
    if "--data" in argv:
        return argv[argv.index("--data") + 1]
    repo_root = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
    for candidate in (os.path.join(repo_root, "..", "shared", "data"), "/work/shared/data"):
        if os.path.isdir(os.path.join(candidate, "icd10cm")):
            return os.path.abspath(candidate)
    sys.exit("dev4_check: shared data not found (pass --data DIR)")


def billable(folder, year):
    """Codes flagged billable (1) in the CDC order file of that fiscal year."""
    path = os.path.join(folder, "icd10cm", f"fy{year}-order", f"icd10cm-order-{year}.txt.gz")
    codes = set()
    with gzip.open(path, "rt", encoding="latin-1") as f:
        for line in f:
            if line[14:15] == "1":
                codes.add(line[6:13].strip())
    return codes


def is_statement(line):
    # Problem-list statements may start with "#" too; they carry a fiscal year in the third column.
    if not line:
        return False
    if not line.startswith("#"):
        return True
    cols = line.split("\t")
    return len(cols) >= 3 and cols[2].strip() in ("2026", "2027")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if "--data" in argv:
        args = [a for a in args if a != argv[argv.index("--data") + 1]]
    path = args[0] if args else os.path.join(HERE, "dev4-statements.tsv")
    folder = data_folder(argv)
    order = {2026: billable(folder, 2026), 2027: billable(folder, 2027)}
    problems, seen = [], {}
    rows = codable = none = fy27 = multi = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header_done = False
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        if line.endswith("\r") or line != line.rstrip(" "):
            problems.append(f"{where}: trailing whitespace or CR")
        if not is_statement(line):
            if header_done:
                problems.append(f"{where}: comment or blank line after the first statement")
            elif not line.startswith("# "):
                problems.append(f"{where}: header lines start with '# '")
            continue
        header_done = True
        cols = line.split("\t")
        if len(cols) != 4:
            problems.append(f"{where}: {len(cols)} columns, expected 4")
            continue
        statement, codes, year, note = (c.strip() for c in cols)
        if not statement or statement != cols[0]:
            problems.append(f"{where}: empty or padded statement")
        if not note:
            problems.append(f"{where}: empty note")
        if year not in ("2026", "2027"):
            problems.append(f"{where}: year {year!r} not 2026 or 2027")
            continue
        key = " ".join(statement.lower().split())
        if key in seen:
            problems.append(f"{where}: duplicate statement (line {seen[key]})")
        seen[key] = n
        rows += 1
        fy27 += year == "2027"
        if codes == "-":
            none += 1
            continue
        codable += 1
        parts = [c.strip() for c in codes.split(",")]
        multi += len(parts) > 1
        if len(set(p.replace(".", "") for p in parts)) != len(parts):
            problems.append(f"{where}: a code repeated")
        for p in parts:
            if not CODE.match(p):
                problems.append(f"{where}: malformed code {p!r}")
            elif "." in p and p.index(".") != 3:
                problems.append(f"{where}: dot misplaced in {p!r}")
            elif p.replace(".", "") not in order[int(year)]:
                problems.append(f"{where}: {p} not billable in FY{year}")
    for p in problems:
        print(p)
    print(f"{rows} rows: {codable} codable, {none} '-', {fy27} FY2027, {multi} multi-code; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
