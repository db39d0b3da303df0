#!/usr/bin/env python3
"""Writes defects.jsonl: an independent corpus of professional claims for the scrubber.

Each record: {"id", "expect": "clean"|"defect", "kind", "source", "encounter"}. A defect record carries exactly one
real-world defect, its kind named after the CMS or clearinghouse edit that catches it in the field (MCE, I/OCE,
NCCI PTP/MUE/AOC, WEDI SNIP 1-7, Stedi/Optum/TriZetto/Regence front-end edits, CMS manuals): the kinds come from
shared/design/edit-anchors.md's checklist and those manuals, not from ClaimsFn's edit list. Clean records vary
specialty, payer, modifiers and dates (FY2026 and FY2027) and are checked here against the real reference data
(ICD-10-CM order files, HCPCS 2022, NCCI PTP/MUE), because a clean claim must satisfy them; defect records are not.

Run from the repository root: python3 tests/ClaimsFn.Tests/Scrubbing/DefectCorpus/make_corpus.py
(deterministic: a fixed random seed). Needs ../shared/data.
"""
import csv, gzip, json, os, random, sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'data'))
rng = random.Random(20261203)
TODAY = date(2026, 12, 3)

# ---------- reference data (for checking clean claims and that a chosen defect really is one) ----------
def order_file(year):
    billable, headers = set(), set()
    with gzip.open(f'{DATA}/icd10cm/fy{year}-order/icd10cm-order-{year}.txt.gz', 'rt', encoding='ascii') as f:
        for line in f:
            code, flag = line[6:13].strip(), line[14]
            (billable if flag == '1' else headers).add(code)
    return billable, headers
ICD = {2026: order_file(2026), 2027: order_file(2027)}
def fy(d): return d.year + 1 if d.month >= 10 else d.year
def dx_ok(code, d): return code.replace('.', '') in ICD[fy(d)][0]

HCPCS, HMODS = set(), set()
with open(f'{DATA}/hcpcs/tuva_hcpcs_level_2_2022.csv', encoding='utf-8-sig') as f:
    for row in csv.DictReader(f):
        (HMODS if row['recid'] == '7' else HCPCS).add(row['hcpcs'])
CPT_MODS = set('22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 90 91 92 93 95 96 97 99'.split())
MUE = {}
with gzip.open(f'{DATA}/ncci/mue-practitioner-2026-04-01.csv.gz', 'rt') as f:
    for row in csv.DictReader(f): MUE[row['hcpcs']] = (int(row['mue_value']), int(row['mai']))
PTP = {}
with gzip.open(f'{DATA}/ncci/ptp-practitioner-2024-07-01.csv.gz', 'rt') as f:
    for row in csv.DictReader(f):
        if row['deletion_date'] == '9999-12-31' and row['modifier_indicator'] in '01':
            PTP[(row['column1'], row['column2'])] = row['modifier_indicator']
BYPASS = set('24 25 27 57 58 59 78 79 91 XE XS XP XU'.split())
ANATOMIC = set('E1 E2 E3 E4 FA F1 F2 F3 F4 F5 F6 F7 F8 F9 TA T1 T2 T3 T4 T5 T6 T7 T8 T9 LT RT LC LD RC LM RI'.split())

def npi(base9):
    digits = [int(c) for c in '80840' + base9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9: dgt -= 9
        total += dgt
    return base9 + str((10 - total % 10) % 10)
NPIS = [npi(f'1{n:08d}') for n in (23456789, 30415227, 55512031, 60233418, 71119902, 82004417)]

PAYERS = [('MCR01', 'Medicare Part B (demo)'), ('ACME1', 'Acme Health Plan (demo)'), ('BCBS1', 'Blue Plan'), ('AETN1', 'Aetna'), ('UHC01', 'UnitedHealthcare'), ('MCD01', 'State Medicaid')]
FIRST = 'Avery Blake Casey Devon Emery Finley Harper Jordan Kendall Logan Morgan Parker Quinn Reese Rowan Sawyer Taylor'.split()
LAST = 'Abbott Barnes Calloway Dunmore Ellison Fairbanks Galloway Hartley Ingram Jessup Kessler Lockhart Merriweather Norwood Oakley Prescott'.split()
counter = [0]

def mbi():
    # CMS MBI pattern: C A AN N A AN N A A N N (letters exclude S L O I B Z)
    L = 'ACDEFGHJKMNPQRTUVWXY'
    N = '0123456789'
    pick = lambda s: rng.choice(s)
    return pick('123456789') + pick(L) + pick(L + N) + pick(N) + pick(L) + pick(L + N) + pick(N) + pick(L) + pick(L) + pick(N) + pick(N)

def dos_clean():
    # FY2026 (within a year of today, so timely filing holds) or FY2027 up to yesterday; weekdays.
    while True:
        d = date(2025, 12, 8) + timedelta(days=rng.randrange((TODAY - date(2025, 12, 8)).days))
        if d.weekday() < 5: return d

def birth(age, d):
    return date(d.year - age, rng.randint(1, 12), 1) - timedelta(days=rng.randint(0, 27)) if age > 0 else d - timedelta(days=rng.randint(20, 300))

def base(age, sex, lines, dx, d=None, payer=None, pos='11', taxonomy='207Q00000X'):
    counter[0] += 1
    d = d or dos_clean()
    pid, pname = payer or (PAYERS[0] if age >= 65 else rng.choice(PAYERS[1:]))
    member = mbi() if pid == 'MCR01' else f'{pid[:3]}{rng.randrange(10**8):08d}'
    dob = birth(age, d)
    bill = rng.choice(NPIS[:3]); rend = rng.choice(NPIS[3:])
    sl = []
    for ln in lines:
        code, units, charge, mods = ln[0], ln[1], ln[2], (ln[3] if len(ln) > 3 else [])
        sl.append({'procedure': code, 'modifiers': mods, 'units': units, 'charge': charge, 'diagnosisPointers': [1] if len(dx) == 1 else [1, 2]})
    e = {
        'source': 'defect-corpus', 'encounterId': f'DC-{counter[0]:04d}', 'dateOfService': d.isoformat(), 'placeOfService': pos,
        'payer': {'id': pid, 'name': pname},
        'subscriber': {'memberId': member, 'firstName': rng.choice(FIRST), 'lastName': rng.choice(LAST), 'dateOfBirth': dob.isoformat(), 'sex': sex, 'relationship': 'self',
                       'address': {'line1': f'{rng.randint(10, 9999)} Elm St', 'city': 'Springfield', 'state': 'IL', 'postalCode': '62702'}},
        'billingProvider': {'npi': bill, 'taxId': '741234567', 'taxonomy': taxonomy, 'name': 'Riverbend Clinic',
                            'address': {'line1': f'{rng.randint(100, 999)} Main St', 'city': 'Springfield', 'state': 'IL', 'postalCode': '627011234'}},
        'renderingProvider': {'npi': rend, 'taxonomy': taxonomy, 'name': 'Quinn, Avery'},
        'diagnoses': dx, 'serviceLines': sl, 'totalCharge': round(sum(l['charge'] for l in sl), 2),
    }
    return e

def retotal(e): e['totalCharge'] = round(sum(l['charge'] for l in e['serviceLines']), 2); return e

def check_clean(e):
    d = date.fromisoformat(e['dateOfService'])
    problems = []
    for c in e['diagnoses']:
        if not dx_ok(c, d): problems.append(f'dx {c} not billable FY{fy(d)}')
    lines = e['serviceLines']
    for i, l in enumerate(lines):
        p = l['procedure']
        if p[0].isalpha() and p not in HCPCS: problems.append(f'{p} not in HCPCS 2022')
        for m in l['modifiers']:
            if m not in CPT_MODS and m not in HMODS: problems.append(f'modifier {m}')
        if p in MUE and MUE[p][0] > 0 and MUE[p][1] == 1 and l['units'] > MUE[p][0]: problems.append(f'MUE line {p}')
    for p in {l['procedure'] for l in lines}:
        if p in MUE and MUE[p][0] > 0 and MUE[p][1] != 1 and sum(l['units'] for l in lines if l['procedure'] == p) > MUE[p][0]: problems.append(f'MUE day {p}')
    for a in lines:
        for b in lines:
            if a is b or a['procedure'] == b['procedure']: continue
            ind = PTP.get((a['procedure'], b['procedure']))
            if ind is None: continue
            if ind == '0': problems.append(f'PTP0 {a["procedure"]}/{b["procedure"]}'); continue
            ma, mb = set(a['modifiers']), set(b['modifiers'])
            if (ma | mb) & BYPASS: continue
            if (mb & ANATOMIC) - ma: continue
            problems.append(f'PTP1 {a["procedure"]}/{b["procedure"]}')
    if problems: raise SystemExit(f'clean claim {e["encounterId"]} is not clean: {problems}')
    return e

records = []
def clean(e, note):
    records.append({'id': e['encounterId'], 'expect': 'clean', 'kind': 'CLEAN', 'source': note, 'encounter': check_clean(retotal(e))})
def defect(e, kind, source):
    # No re-totalling here: base() totals the lines, and a kind that changes charges re-totals itself, so the
    # total stays a defect only where it is the defect.
    if kind not in DX_VALIDITY_KINDS:
        # One defect only: every diagnosis of a claim whose defect is elsewhere is billable on its date of service.
        d = date.fromisoformat(e['dateOfService'])
        bad = [c for c in e['diagnoses'] if not dx_ok(c, d)]
        if bad: raise SystemExit(f'{kind} claim {e["encounterId"]} also has non-billable diagnoses {bad}')
    record = {'id': e['encounterId'], 'expect': 'defect', 'kind': kind, 'source': source, 'encounter': e}
    if kind in UNCATCHABLE: record['notCatchable'] = UNCATCHABLE[kind]
    records.append(record)
DX_VALIDITY_KINDS = {'DX-CODE-NONEXISTENT', 'DX-HEADER-NOT-BILLABLE', 'DX-DELETED-FOR-DOS', 'DX-NOT-YET-VALID-FOR-DOS', 'DX-ICD9-CODE', 'DOS-MISSING'}

# ---------- clean claims: templates by specialty ----------
def fm_office():
    age = rng.randint(19, 88); sex = rng.choice('FM')
    dx = rng.choice([['E11.9', 'I10'], ['J06.9'], ['I10'], ['E78.5', 'I10'], ['J02.9'], ['N39.0'], ['M54.50'], ['R05.9'], ['K21.9'], ['F41.1'], ['E03.9'], ['J30.9']])
    em = rng.choice(['99212', '99213', '99214', '99215', '99203', '99204'])
    lines = [[em, 1, 140.0]]
    if rng.random() < 0.4: lines.append(['36415', 1, 12.0])
    if rng.random() < 0.3: lines.append(['85025', 1, 18.0])
    if rng.random() < 0.2: lines.append(['80053', 1, 24.0])
    if rng.random() < 0.2 and em in ('99213', '99214', '99215'): lines.append(['G2211', 1, 16.0])
    return base(age, sex, lines, dx), 'family medicine office visit with labs'
def derm_minor():
    age = rng.randint(25, 85); sex = rng.choice('FM')
    choice = rng.randrange(5)
    if choice == 0: return base(age, sex, [['17110', 1, 150.0]], ['B07.9']), 'wart destruction (10-day global) alone'
    if choice == 1: return base(age, sex, [['99213', 1, 110.0, ['25']], ['17000', 1, 90.0], ['17003', rng.randint(1, 5), 20.0]], ['L57.0', 'L82.1']), 'E/M with 25 + AK destruction 17000 with add-on 17003'
    if choice == 2: return base(age, sex, [['11102', 1, 120.0], ['11103', rng.randint(1, 2), 60.0]], ['D48.5']), 'tangential biopsy with its add-on'
    if choice == 3: return base(age, sex, [['99214', 1, 150.0, ['25']], ['11104', 1, 140.0]], ['D22.5', 'L81.4']), 'E/M with 25 + punch biopsy'
    return base(age, sex, [['11200', 1, 110.0], ['11201', 1, 40.0]], ['L91.8']), 'skin tag removal with its add-on'
def ortho_injection():
    age = rng.randint(40, 85); sex = rng.choice('FM')
    c = rng.randrange(4)
    if c == 0: return base(age, sex, [['99214', 1, 150.0, ['25']], ['20610', 1, 210.0, ['RT']], ['J3301', rng.randint(1, 4), 8.0]], ['M17.11', 'M25.561'], taxonomy='207X00000X'), 'E/M with 25 + knee injection RT + triamcinolone'
    if c == 1: return base(age, sex, [['20610', 1, 320.0, ['50']]], ['M17.0'], taxonomy='207X00000X'), 'bilateral knee injection with 50, one unit'
    if c == 2: return base(age, sex, [['20610', 1, 210.0, ['RT']], ['20610', 1, 210.0, ['LT']]], ['M17.0'], taxonomy='207X00000X'), 'knee injections on two lines RT and LT'
    return base(age, sex, [['20611', 1, 260.0, ['LT']]], ['M17.12'], taxonomy='207X00000X'), 'knee injection with ultrasound guidance'
def podiatry():
    age = rng.randint(66, 90); sex = rng.choice('FM')
    c = rng.randrange(3)
    if c == 0: return base(age, sex, [['11721', 1, 60.0, ['Q8']]], ['B35.1', 'E11.42'], taxonomy='213E00000X', payer=PAYERS[0]), 'nail debridement 6+ with class finding Q8'
    if c == 1: return base(age, sex, [['11730', 1, 120.0, ['TA']], ['11732', 1, 50.0, ['T1']]], ['L60.0'], taxonomy='213E00000X', payer=PAYERS[0]), 'nail avulsion with its add-on, toe modifiers'
    return base(age, sex, [['11055', 1, 55.0]], ['L84'], taxonomy='213E00000X', payer=PAYERS[0]), 'paring of one lesion'
def therapy():
    age = rng.randint(30, 85); sex = rng.choice('FM')
    c = rng.randrange(3)
    dx = rng.choice([['M54.50'], ['M25.511'], ['M62.81'], ['S83.241D']])
    if c == 0: lines = [['97161', 1, 120.0, ['GP']], ['97110', 2, 45.0, ['GP']]]
    elif c == 1: lines = [['97110', 2, 45.0, ['GP']], ['97140', 1, 40.0, ['GP', '59']], ['97530', 1, 48.0, ['GP']]]
    else: lines = [['97112', 2, 46.0, ['GP']], ['97116', 1, 40.0, ['GP']]]
    return base(age, sex, lines, dx, taxonomy='225100000X'), 'physical therapy with GP'
def cardiology():
    age = rng.randint(45, 88); sex = rng.choice('FM')
    c = rng.randrange(2)
    if c == 0: return base(age, sex, [['99214', 1, 160.0], ['93000', 1, 35.0]], ['I48.91', 'I10'], taxonomy='207RC0000X'), 'E/M + ECG with interpretation'
    return base(age, sex, [['93306', 1, 420.0, ['26']]], ['I35.0'], pos='22', taxonomy='207RC0000X'), 'echo, professional component 26 in outpatient hospital'
def psych():
    age = rng.randint(18, 75); sex = rng.choice('FM')
    c = rng.randrange(3)
    if c == 0: return base(age, sex, [['90834', 1, 130.0]], ['F33.1'], taxonomy='103T00000X'), 'psychotherapy 45 minutes'
    if c == 1: return base(age, sex, [['99214', 1, 150.0], ['90833', 1, 80.0]], ['F41.1', 'F33.0'], taxonomy='2084P0800X'), 'E/M with psychotherapy add-on 90833'
    return base(age, sex, [['90837', 1, 170.0, ['95']]], ['F43.10'], pos='10', taxonomy='103T00000X'), 'telehealth psychotherapy 95 at home POS 10'
def preventive():
    age = rng.choice([0, 2, 3, 7, 10, 14, 16, 25, 35, 45, 55, 62, 70, 80]); sex = rng.choice('FM')
    d = dos_clean()
    est = rng.random() < 0.6
    band = 0 if age < 1 else 1 if age <= 4 else 2 if age <= 11 else 3 if age <= 17 else 4 if age <= 39 else 5 if age <= 64 else 6
    code = str((99391 if est else 99381) + band)
    dx = ['Z00.129'] if age < 18 else ['Z00.00']
    if age < 1: dx = ['Z00.129']
    lines = [[code, 1, 220.0]]
    payer = None if age < 65 else PAYERS[2]
    if rng.random() < 0.3 and age >= 18:
        lines.append(['99213', 1, 110.0, ['25']]); dx = dx + ['I10']
        note = 'preventive visit in the right age band + separate problem E/M with 25'
    else:
        note = 'preventive visit in the right age band'
    return base(age, sex, lines, dx, d=d, payer=payer, taxonomy='207Q00000X' if age >= 18 else '208000000X'), note
def wound():
    age = rng.randint(55, 90); sex = rng.choice('FM')
    return base(age, sex, [['11042', 1, 180.0], ['11045', rng.randint(1, 3), 60.0]], ['L97.412', 'E11.621'], taxonomy='208600000X'), 'subcutaneous debridement with its add-on 11045'
def infusion():
    age = rng.randint(30, 80); sex = rng.choice('FM')
    c = rng.randrange(2)
    if c == 0: return base(age, sex, [['96365', 1, 180.0], ['96366', 1, 60.0], ['96375', 1, 50.0], ['J1885', 2, 6.0]], ['K50.90'], pos='11', taxonomy='207RG0100X'), 'IV infusion with hydration-free add-ons 96366/96375'
    return base(age, sex, [['99213', 1, 110.0, ['25']], ['96372', 1, 30.0], ['J1030', 1, 12.0]], ['M54.16', 'M51.16'], taxonomy='207Q00000X'), 'E/M with 25 + IM injection + drug'
def immunization():
    age = rng.randint(19, 80); sex = rng.choice('FM')
    return base(age, sex, [['90471', 1, 25.0], ['90715', 1, 45.0], ['90472', 1, 15.0], ['90732', 1, 120.0]], ['Z23'], taxonomy='207Q00000X', payer=PAYERS[2]), 'two vaccines with 90471 + add-on 90472'
def critical():
    age = rng.randint(30, 85); sex = rng.choice('FM')
    return base(age, sex, [['99291', 1, 290.0], ['99292', 1, 140.0]], ['J96.01', 'A41.9'], pos='23', taxonomy='207RC0200X'), 'critical care 99291 with add-on 99292 in ED'
def pain():
    age = rng.randint(40, 80); sex = rng.choice('FM')
    return base(age, sex, [['64483', 1, 420.0, ['RT']], ['64484', 1, 160.0, ['RT']]], ['M54.16', 'M48.061'], pos='24', taxonomy='208VP0014X'), 'transforaminal epidural with its add-on'
def prolonged():
    age = rng.randint(66, 90); sex = rng.choice('FM')
    return base(age, sex, [['99215', 1, 210.0], ['G2212', 1, 40.0]], ['I50.22', 'N18.4'], payer=PAYERS[0]), 'Medicare prolonged service G2212 with 99215'
def radiology():
    age = rng.randint(20, 85); sex = rng.choice('FM')
    return base(age, sex, [[rng.choice(['71046', '73562', '72100']), 1, 40.0, ['26']]], [rng.choice(['R05.9', 'M25.561', 'M54.50'])], pos='22', taxonomy='2085R0202X'), 'radiology professional component 26'
def chiro():
    age = rng.randint(30, 80); sex = rng.choice('FM')
    return base(age, sex, [['98941', 1, 60.0, ['AT']]], ['M99.03', 'M54.50'], taxonomy='111N00000X', payer=PAYERS[0] if age >= 65 else None), 'chiropractic manipulation with AT'
def eye():
    age = rng.randint(50, 85); sex = rng.choice('FM')
    return base(age, sex, [['92014', 1, 150.0]], ['H25.13'], taxonomy='207W00000X'), 'established ophthalmology exam'
def telehealth():
    age = rng.randint(20, 75); sex = rng.choice('FM')
    return base(age, sex, [['99213', 1, 110.0, ['95']]], ['J01.90'], pos='10'), 'telehealth office visit, 95, POS 10'
def multiday():
    age = rng.randint(30, 80); sex = rng.choice('FM')
    e = base(age, sex, [['97110', 2, 45.0, ['GP']], ['97110', 2, 45.0, ['GP']]], ['M25.511'], taxonomy='225100000X')
    d = date.fromisoformat(e['dateOfService'])
    while (d + timedelta(days=2)) >= TODAY: d -= timedelta(days=7)
    e['dateOfService'] = d.isoformat(); e['dateOfServiceEnd'] = (d + timedelta(days=2)).isoformat()
    e['serviceLines'][0]['serviceDate'] = d.isoformat(); e['serviceLines'][1]['serviceDate'] = (d + timedelta(days=2)).isoformat()
    return e, 'therapy on two dates of one claim, line dates within the claim'
def newborn():
    sex = rng.choice('FM')
    return base(0, sex, [['99391', 1, 180.0, ['25']], ['90460', 1, 25.0], ['90744', 1, 30.0]], ['Z00.129', 'Z23'], taxonomy='208000000X'), 'infant well visit with vaccine counselling 90460'
def ob():
    age = rng.randint(20, 40)
    return base(age, 'F', [['76805', 1, 210.0, ['26']]], ['Z34.82', 'Z3A.20'], pos='22', taxonomy='207V00000X'), 'obstetric ultrasound professional component, Z3A as additional'

TEMPLATES = [fm_office] * 5 + [derm_minor] * 2 + [ortho_injection] * 2 + [podiatry, therapy, therapy, cardiology, psych, psych, preventive, preventive, preventive, wound, infusion, immunization, critical, pain, prolonged, radiology, chiro, eye, telehealth, multiday, newborn, ob]
for _ in range(230):
    e, note = rng.choice(TEMPLATES)()
    clean(e, note)

# ---------- defects: each kind with its source ----------
def adult(lines=None, dx=None, **kw):
    return base(rng.randint(30, 64), rng.choice('FM'), lines or [['99213', 1, 110.0]], dx or ['J06.9'], **kw)
def medicare(lines=None, dx=None, **kw):
    return base(rng.randint(66, 85), rng.choice('FM'), lines or [['99214', 1, 150.0]], dx or ['I10'], payer=PAYERS[0], **kw)
def fy27():
    return date(2026, 10, 1) + timedelta(days=rng.randrange((TODAY - date(2026, 10, 1)).days))
def fy26():
    return date(2025, 12, 8) + timedelta(days=rng.randrange((date(2026, 9, 30) - date(2025, 12, 8)).days))

K = []
def kind(name, source, n):
    def wrap(fn):
        K.append((name, source, n, fn)); return fn
    return wrap

@kind('DX-CODE-NONEXISTENT', 'MCE edit 1 invalid diagnosis; I/OCE 1; SNIP 5 external code set', 4)
def _(i):
    code = ['E11.99', 'J45.999', 'I10.1', 'Z00.09'][i]
    assert not dx_ok(code, TODAY) and code.replace('.', '') not in ICD[2027][1]
    return adult(dx=[code])
@kind('DX-HEADER-NOT-BILLABLE', 'MCE edit 1 (code not complete to the required character); Noridian 001ICM', 4)
def _(i):
    code = ['E11', 'M54.5', 'S72.001', 'I50'][i]
    assert code.replace('.', '') in ICD[2027][1]
    return adult(dx=[code])
@kind('DX-DELETED-FOR-DOS', 'MCE edit 1 (code not valid for the discharge date); FY2027 addenda deletions', 3)
def _(i):
    code = ['I42.0', 'M72.2', 'I49.8'][i]
    e = adult(dx=[code], d=fy27()); assert not dx_ok(code, fy27()); return e
@kind('DX-NOT-YET-VALID-FOR-DOS', 'MCE edit 1; FY2027 addenda additions billed with an FY2026 date of service', 2)
def _(i):
    code = ['C78.31', 'D69.11'][i]
    e = adult(dx=[code], d=fy26()); assert not dx_ok(code, fy26()); return e
@kind('DX-ICD9-CODE', 'Stedi "ICD-9 qualifier/code after the ICD-10 transition" edit; SNIP 5', 3)
def _(i): return adult(dx=[['250.00', '401.9', 'V70.0'][i]])
@kind('DX-EXTERNAL-CAUSE-FIRST', 'MCE edit 2 (E-code as principal); I/OCE 5', 3)
def _(i): return adult(dx=[['W19.XXXA', 'V43.52XA', 'Y92.009'][i], 'S93.401A'])
@kind('DX-MANIFESTATION-FIRST', 'MCE edit 6 manifestation code as principal diagnosis', 3)
def _(i): return medicare(dx=[['F02.80', 'G63', 'D63.1'][i], ['G30.9', 'E11.42', 'N18.4'][i]])
@kind('DX-ADDITIONAL-ONLY-FIRST', 'MCE edit 9 unacceptable principal diagnosis (use-additional-code only: BMI, infectious agent)', 3)
def _(i): return adult(dx=[['Z68.41', 'B96.20', 'B95.61'][i], ['E66.01', 'N39.0', 'L03.115'][i]])
@kind('DX-DUPLICATE', 'MCE edit 3 duplicate of principal diagnosis; Stedi duplicate diagnosis codes', 3)
def _(i):
    dx = [['E11.9', 'E11.9'], ['I10', 'E78.5', 'I10'], ['J06.9', 'J069']][i]
    return adult(dx=dx)
@kind('DX-AGE-NEWBORN', 'MCE edit 4 age conflict (newborn, age 0)', 2)
def _(i): return adult(dx=[['Z38.00', 'P00.0'][i]])
@kind('DX-AGE-PEDIATRIC', 'MCE edit 4 age conflict (pediatric 0-17)', 2)
def _(i): return base(rng.randint(30, 60), 'F', [['99395', 1, 200.0]] if False else [['99213', 1, 110.0]], [['Z00.129', 'G93.7'][i]])
@kind('DX-AGE-MATERNITY', 'MCE edit 4 age conflict (maternity 9-64)', 2)
def _(i): return base([72, 7][i], 'F', [['99213', 1, 110.0]], [['O99.891', 'O26.891'][i]], payer=PAYERS[0] if i == 0 else None)
@kind('DX-AGE-ADULT', 'MCE edit 4 age conflict (adult 15-124)', 2)
def _(i): return base([6, 9][i], 'M', [['99213', 1, 110.0]], [['N40.0', 'H25.9'][i]])
@kind('DOB-AFTER-DOS', 'MCE edit 14 / I/OCE 25 invalid age; Optum ACE BDS', 3)
def _(i):
    e = adult(); d = date.fromisoformat(e['dateOfService']); e['subscriber']['dateOfBirth'] = (d + timedelta(days=[1, 30, 400][i])).isoformat(); return e
@kind('DOB-MISSING', 'SNIP 2: DMG02 required for the patient; I/OCE 25', 2)
def _(i):
    e = adult(); del e['subscriber']['dateOfBirth']; return e
@kind('AGE-OVER-124', 'MCE edit 14 invalid age (> 124)', 2)
def _(i):
    e = medicare(); e['subscriber']['dateOfBirth'] = ['1890-05-01', '1899-12-31'][i]; return e
@kind('SEX-INVALID', 'MCE edit 15 / I/OCE 26 invalid sex; 837P DMG03 code list F/M/U', 3)
def _(i):
    e = adult(); e['subscriber']['sex'] = ['X', 'Female', ''][i]; return e
@kind('PROC-FORMAT-INVALID', 'I/OCE edit 6 invalid procedure code; SNIP 5', 4)
def _(i): return adult(lines=[[['9921', '992134', 'ABCDE', '99.21'][i], 1, 110.0]])
@kind('HCPCS-NOT-IN-CODE-SET', 'I/OCE edit 6 invalid procedure code; SNIP 5 external code set (HCPCS Level II)', 3)
def _(i):
    code = ['G0999', 'Q9999', 'G1099'][i]; assert code not in HCPCS
    return adult(lines=[['99213', 1, 110.0], [code, 1, 30.0]])
@kind('CPT-DELETED-FOR-DOS', 'I/OCE edit 6; Optum ACE CDL "procedure code deleted as of date" (CPT 2021/2023 E/M deletions)', 4)
def _(i): return adult(lines=[[['99201', '99241', '99354', '99343'][i], 1, 110.0]] + ([['99213', 1, 100.0]] if i == 2 else []))
@kind('MODIFIER-NOT-IN-LIST', 'I/OCE edit 22 invalid modifier; Apex "modifier not found"', 4)
def _(i):
    m = ['64', 'ZZ', '1A', '00'][i]; assert m not in HMODS and m not in CPT_MODS
    return adult(lines=[['20610', 1, 210.0, [m]]], dx=['M17.11'])
@kind('MODIFIER-TOO-MANY', 'SNIP 2: SV101 allows at most 4 modifiers', 2)
def _(i): return adult(lines=[['20610', 1, 210.0, ['RT', '59', 'XS', 'GA', 'KX']]], dx=['M17.11'])
@kind('POS-INVALID', 'SNIP 5 external code set (CMS Place of Service); Optum ACE BPS', 3)
def _(i): return adult(pos=['00', '98', '1'][i])
@kind('PAYER-ID-MISSING', 'SNIP 2 (2010BB NM109 required); clearinghouse "payer id missing/invalid"', 2)
def _(i):
    e = adult(); e['payer']['id'] = ''; return e
@kind('MEMBER-ID-MISSING', 'SNIP 2 (2010BA NM109 required); pmhelpcenter "invalid subscriber ID"', 2)
def _(i):
    e = adult(); e['subscriber']['memberId'] = ['', '   '][i]; return e
@kind('BILLING-NPI-INVALID', 'SNIP 5 NPI check digit (Luhn, prefix 80840); Apex "Group NPI"', 3)
def _(i):
    e = adult(); good = e['billingProvider']['npi']
    e['billingProvider']['npi'] = [good[:9] + str((int(good[9]) + 1) % 10), good[:9], '0000000000'][i]; return e
@kind('RENDERING-NPI-INVALID', 'SNIP 5 NPI check digit; Apex "Individual NPI"', 2)
def _(i):
    e = adult(); good = e['renderingProvider']['npi']
    e['renderingProvider']['npi'] = [good[:9] + str((int(good[9]) + 3) % 10), '12345'][i]; return e
@kind('TAXONOMY-FORMAT', 'Stedi taxonomy edit (10 characters ending in X)', 2)
def _(i):
    e = adult(); e['billingProvider']['taxonomy'] = ['207Q0000X', '207Q000001'][i]; return e
@kind('TIN-FORMAT', 'Stedi SSN/EIN edit (9 digits, no separators); Apex "Tax ID"', 2)
def _(i):
    e = adult(); e['billingProvider']['taxId'] = ['74-1234567', '7412345'][i]; return e
@kind('BILLING-ZIP-NOT-9', '837P 2010AA N403 requires ZIP+4; e2emedicalbilling/TotalMD common rejections', 2)
def _(i):
    e = adult(); e['billingProvider']['address']['postalCode'] = ['62701', '62701-1234'][i]; return e
@kind('BILLING-ADDRESS-PO-BOX', '837P IG 2010AA N3: billing provider address must be a street address, not a PO box (clearinghouse front-end rejection)', 5)
def _(i):
    e = adult(); e['billingProvider']['address']['line1'] = ['P.O. Box 1234', 'PO BOX 88', 'Post Office Box 415', 'Lockbox 20931', 'POB 77'][i]; return e
@kind('DOS-IN-FUTURE', 'I/OCE edit 23 invalid date; Optum ACE BDS', 2)
def _(i):
    e = adult(); e['dateOfService'] = (TODAY + timedelta(days=[1, 20][i])).isoformat(); return e
@kind('DOS-MISSING', 'SNIP 2 (2400 DTP*472 required); Optum ACE BDS', 1)
def _(i):
    e = adult(); del e['dateOfService']; return e
@kind('DOS-RANGE-REVERSED', 'I/OCE edit 23; Optum ACE BDS "from/to date of service invalid"', 3)
def _(i):
    e = adult(); d = date.fromisoformat(e['dateOfService']); e['dateOfServiceEnd'] = (d - timedelta(days=[1, 2, 7][i])).isoformat(); return e
@kind('LINE-DATE-OUTSIDE-CLAIM', 'I/OCE edit 23; SNIP 4 (line DTP*472 within the claim dates)', 3)
def _(i):
    e = adult(lines=[['99213', 1, 110.0], ['36415', 1, 12.0]]); d = date.fromisoformat(e['dateOfService'])
    e['serviceLines'][1]['serviceDate'] = (d + timedelta(days=[-1, 1, -5][i])).isoformat(); return e
@kind('LINE-DATE-RANGE-REVERSED', 'I/OCE edit 23 (line from/to reversed)', 2)
def _(i):
    e = adult(lines=[['97110', 2, 45.0, ['GP']]]); d = date.fromisoformat(e['dateOfService'])
    while (d + timedelta(days=3)) >= TODAY: d -= timedelta(days=7)
    e['dateOfService'] = d.isoformat(); e['dateOfServiceEnd'] = (d + timedelta(days=3)).isoformat()
    e['serviceLines'][0]['serviceDate'] = (d + timedelta(days=2)).isoformat(); e['serviceLines'][0]['serviceDateEnd'] = (d + timedelta(days=1)).isoformat(); return e
@kind('NO-SERVICE-LINES', 'SNIP 2 (at least one 2400 loop)', 2)
def _(i):
    e = adult(); e['serviceLines'] = []; return retotal(e)
@kind('UNITS-NONPOSITIVE', 'Stedi unit count zero or negative; I/OCE 15', 3)
def _(i):
    e = adult(); e['serviceLines'][0]['units'] = [0, -1, 0][i]; return e
@kind('CHARGE-ZERO', 'Stedi zero-charge chargeable claim; SNIP 2/3', 2)
def _(i):
    e = adult(); e['serviceLines'][0]['charge'] = [0.0, -10.0][i]; return retotal(e)
@kind('TOTAL-CHARGE-UNBALANCED', 'SNIP 3 balancing: CLM02 = sum of SV102 (Stedi error 481)', 3)
def _(i):
    e = retotal(adult(lines=[['99213', 1, 110.0], ['36415', 1, 12.0]])); e['totalCharge'] = [100.0, 122.5, 0.0][i]; return e
@kind('DX-POINTER-INVALID', 'Stedi invalid diagnosis pointers (SV107 to a missing position); SNIP 4', 3)
def _(i):
    e = adult(dx=['J06.9', 'R05.9']); e['serviceLines'][0]['diagnosisPointers'] = [[3], [0], []][i]; return e
@kind('DX-OVER-12', 'SNIP 2: HI segments carry at most 12 diagnoses', 1)
def _(i):
    return medicare(dx=['I10', 'E11.9', 'E78.5', 'N18.30', 'I48.91', 'J44.9', 'K21.9', 'M17.11', 'G47.33', 'E03.9', 'F32.A', 'D64.9', 'R26.81'])
@kind('PTP-INDICATOR-0', 'NCCI PTP edit, modifier indicator 0 (no modifier allowed); CO-236', 4)
def _(i):
    pairs = [('11721', '11720'), ('17004', '17000'), ('11056', '11055'), ('12002', '12001')]
    c1, c2 = pairs[i]
    if PTP.get((c1, c2)) != '0': c1, c2 = c2, c1
    assert PTP.get((c1, c2)) == '0', pairs[i]
    return adult(lines=[[c1, 1, 100.0], [c2, 1, 80.0, ['59']]], dx=['B35.1'] if c1.startswith('117') else ['L57.0'] if c1.startswith('170') else ['L84'] if c1.startswith('110') else ['S61.411A'])
@kind('PTP-INDICATOR-1-NO-MODIFIER', 'NCCI PTP edit, modifier indicator 1 without an NCCI-associated modifier; I/OCE 40', 5)
def _(i):
    pairs = [('20610', '76942'), ('11042', '97597'), ('17110', '11200'), ('11102', '11300'), ('96372', '99213')]
    c1, c2 = pairs[i]; assert PTP.get((c1, c2)) == '1'
    return adult(lines=[[c1, 1, 150.0], [c2, 1, 90.0]], dx=['M17.11'])
@kind('MUE-LINE', 'NCCI MUE, MAI 1 (line edit): units on a line above the MUE', 4)
def _(i):
    codes = [c for c in ('36415', '93000', '99213', '71046', '11042', '20610', '96372', '85025') if c in MUE]
    pick = [c for c in codes if MUE[c][1] == 1][:4] + codes
    c = pick[i]; v, mai = MUE[c]
    return adult(lines=[[c, v + 1, 50.0 * (v + 1)]], dx=['M17.11'])
@kind('MUE-DAY', 'NCCI MUE, MAI 2/3 (date of service edit): units of the code summed over the day above the MUE', 3)
def _(i):
    codes = [c for c, (v, mai) in MUE.items() if mai in (2, 3) and v == 1 and c in ('20610', '99214', '99213', '11730', '97161', '93306', '17000', '11055', '20552')]
    c = sorted(codes)[i % len(codes)]
    return adult(lines=[[c, 1, 100.0, ['RT']], [c, 1, 100.0, ['LT']]], dx=['M17.0'])
@kind('ADDON-WITHOUT-PRIMARY', 'NCCI add-on code edits (Type 1 AOC without its primary); CollaborateMD add-on edit', 6)
def _(i):
    addon = ['11045', '17003', '99292', 'G2212', '64484', '96375'][i]
    return adult(lines=[['99213', 1, 110.0], [addon, 1, 60.0]], dx=['L97.412'])
@kind('EM-TWICE-SAME-DAY', 'CMS Claims Processing Manual ch.12 §30.6.5/§30.6.7: one E/M per day per physician; NCCI MUE 1 for E/M', 5)
def _(i):
    lines = [[['99213', 1, 110.0], ['99214', 1, 150.0]], [['99214', 2, 300.0]], [['99203', 1, 130.0], ['99213', 1, 110.0]], [['99213', 1, 110.0, ['25']], ['99212', 1, 80.0]], [['99232', 1, 100.0], ['99233', 1, 140.0]]][i]
    return adult(lines=lines, dx=['J06.9'], pos='21' if i == 4 else '11')
@kind('EM-MINOR-PROCEDURE-NO-25', 'CMS Claims Processing Manual ch.12 §30.6.6.B/§40.1.C; NCCI policy manual ch. I/XI (E/M on day of 0/10-day global procedure needs 25)', 6)
def _(i):
    minor = ['20610', '17110', '11200', '10060', '11730', '12001'][i]
    return adult(lines=[['99213', 1, 110.0], [minor, 1, 150.0]], dx=['M17.11'])
@kind('PREVENTIVE-AGE-BAND', 'CPT preventive medicine code descriptors by age; I/OCE 7 / Optum ACE CAG procedure-age conflict', 6)
def _(i):
    age, code = [(45, '99395'), (30, '99396'), (70, '99396'), (8, '99384'), (2, '99383'), (16, '99385')][i]
    return base(age, rng.choice('FM'), [[code, 1, 210.0]], ['Z00.00'] if age >= 18 else ['Z00.129'], payer=PAYERS[2])
@kind('BILATERAL-50-WITH-SIDE', 'CMS Claims Processing Manual ch.12 §40.7.B bilateral reporting; I/OCE 17 analog', 2)
def _(i): return adult(lines=[['20610', 1, 320.0, ['50', ['RT', 'LT'][i]]]], dx=['M17.0'])
@kind('BILATERAL-50-UNITS', 'CMS Claims Processing Manual ch.12 §40.7.B (modifier 50 on one line, one unit)', 2)
def _(i): return adult(lines=[[['20610', '64483'][i], 2, 320.0, ['50']]], dx=['M17.0'])
@kind('TIMELY-FILING', '42 CFR 424.44 (Medicare: one calendar year after the date of service); payer timely filing limits', 3)
def _(i):
    return medicare(d=date(2025, 10, 1) + timedelta(days=[3, 20, 50][i]))
@kind('FREQUENCY-CODE-INVALID', 'Office Ally / Therasoft: CLM05-3 must be 1, 7 or 8 on a professional claim', 2)
def _(i):
    e = adult(); e['claimFrequency'] = ['2', '5'][i]; return e
@kind('PRIOR-AUTH-MISSING', 'SNIP 7 trading-partner rule: payer requires prior authorization (REF*G1) for advanced imaging', 2)
def _(i): return base(50, 'F', [[['70553', '72148'][i], 1, 900.0, ['26']]], ['R51.9'], payer=PAYERS[1], pos='22')
@kind('DUPLICATE-SAME-VISIT-NEW-ENCOUNTER-ID', 'Optum ACE history edits / CO-18 duplicate claim: same patient, provider, DOS and services under a new encounter number', 4)
def _(i):
    original = next(r for r in records[(i * 37) % 150:] if r['expect'] == 'clean' and not r['encounter'].get('dateOfServiceEnd'))
    e = json.loads(json.dumps(original['encounter'])); counter[0] += 1
    e['encounterId'] = f'DC-{counter[0]:04d}'
    return e
@kind('REPLACEMENT-WITHOUT-PCCN', 'SNIP 4: REF*F8 (payer claim control number) required when CLM05-3 = 7 or 8 (Stedi PCCN edit; Therasoft H25390)', 2)
def _(i):
    e = adult(); e['claimFrequency'] = ['7', '8'][i]; return e
@kind('MEDICARE-MBI-FORMAT', 'SNIP 7 / Medicare companion guide: member id must follow the MBI pattern (pmhelpcenter "invalid subscriber ID format")', 3)
def _(i):
    e = medicare(); e['subscriber']['memberId'] = ['123456789A', '1EG4-TE5-MK72', 'ABC123456'][i]; return e
@kind('THERAPY-MODIFIER-MISSING', 'NGS-ACE smart edit: "always therapy" codes need GN/GO/GP (Medicare)', 3)
def _(i): return medicare(lines=[[['97110', '97140', '97530'][i], 1, 45.0]], dx=['M54.50'])

@kind('DX-WRONG-PROCEDURE-PERFORMED', 'MCE edit 18 wrong procedure performed (Y65.51-Y65.53 on the claim): hold for review', 2)
def _(i): return adult(dx=['S61.411A', ['Y65.51', 'Y65.53'][i]], lines=[['12002', 1, 180.0]])
@kind('PROC-SEX-CONFLICT', 'I/OCE edit 8 procedure inconsistent with sex; Optum ACE BSX (professional bypass: modifier KX)', 4)
def _(i):
    sex, code, dx = [('F', '55700', 'R97.20'), ('F', 'G0103', 'Z12.5'), ('M', '57452', 'R87.610'), ('M', 'Q0091', 'Z12.4')][i]
    return base(rng.randint(40, 64), sex, [[code, 1, 120.0]], [dx], payer=PAYERS[2])
@kind('PROC-AGE-CONFLICT', 'I/OCE edit 7 procedure inconsistent with age; Optum ACE CAG (CPT descriptors with an age: newborn care, pediatric critical care, vaccine counselling through age 18)', 4)
def _(i):
    age, lines, dx = [(45, [['90460', 1, 25.0], ['90715', 1, 45.0]], ['Z23']), (30, [['99460', 1, 180.0]], ['Z00.00']), (60, [['99471', 1, 900.0]], ['J96.01']), (12, [['99475', 1, 800.0]], ['J96.01'])][i]
    return base(age, rng.choice('FM'), lines, dx, payer=PAYERS[2], pos='11' if i < 2 else '21')
@kind('REDUCED-SERVICE-UNITS', 'I/OCE edit 37 analog: reduced or discontinued service (52/53) billed with more than one unit', 2)
def _(i): return adult(lines=[[['20610', '93000'][i], 2, 150.0, [['52', '53'][i]]]], dx=['M17.0'])
@kind('CPT-CODE-NONEXISTENT', 'I/OCE edit 6 invalid procedure code; SNIP 5 (a five-digit code that is not in CPT)', 2)
def _(i): return adult(lines=[['99213', 1, 110.0], [['12345', '99999'][i], 1, 80.0]])
UNCATCHABLE = {'CPT-CODE-NONEXISTENT': 'ClaimsFn has no CPT code list (AMA licence): a five-digit code that is not in CPT passes the format check'}

for name, source, n, fn in K:
    for i in range(n):
        e = fn(i)
        defect(e, name, source)

# Duplicates must follow their original: they pick clean records written above, and the corpus is run in file order.
with open(os.path.join(HERE, 'defects.jsonl'), 'w', encoding='utf-8') as out:
    for r in records:
        out.write(json.dumps(r, separators=(',', ':')) + '\n')
kinds = {r['kind'] for r in records if r['expect'] == 'defect'}
print(f"{sum(r['expect'] == 'clean' for r in records)} clean, {sum(r['expect'] == 'defect' for r in records)} defects in {len(kinds)} kinds", file=sys.stderr)
