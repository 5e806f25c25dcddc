#!/usr/bin/env python3
"""Sanity checks for the reference CSV files in this folder. Usage: python3 validate.py [folder]"""
import csv, sys, os, datetime
from collections import Counter

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors = []
def err(f, row, msg): errors.append(f"{f}:{row}: {msg}")

def load(name, header):
    with open(os.path.join(D, name), encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if raw.startswith("\ufeff"): err(name, 1, "BOM present")
    rows = list(csv.reader(raw.splitlines()))
    if rows[0] != header: err(name, 1, f"header {rows[0]} != {header}")
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header): err(name, i, f"{len(r)} columns, expected {len(header)}"); continue
        d = dict(zip(header, r)); d["_row"] = i; out.append(d)
    return out

def period(name, d):
    try:
        f = datetime.date.fromisoformat(d["valid_from"])
        t = datetime.date.fromisoformat(d["valid_to"]) if d["valid_to"] else datetime.date.max
        if t < f: err(name, d["_row"], "valid_to before valid_from")
        return f, t
    except ValueError as e:
        err(name, d["_row"], f"bad date: {e}"); return None, None

def common(name, rows, key):
    for d in rows:
        period(name, d)
        if d["verified"] not in ("V", "S", "U"): err(name, d["_row"], f"verified={d['verified']!r}")
        if not d["source"].strip(): err(name, d["_row"], "empty source")
        if not d["name"].strip(): err(name, d["_row"], "empty name")
    for k, n in Counter(key(d) for d in rows).items():
        if n > 1: err(name, 0, f"duplicate key {k}")

def overlaps(a, b):
    fa, ta = period("", a); fb, tb = period("", b)
    return fa and fb and fa <= tb and fb <= ta

# accounts
A = "accounts.csv"
acc = load(A, ["code","name","parent","kind","required_dimensions","valid_from","valid_to","source","verified"])
common(A, acc, lambda d: (d["code"], d["valid_from"]))
by = {}
for d in acc: by.setdefault(d["code"], []).append(d)
DIMS = {"fund_source","budget_item","sector","program","counterparty"}
for d in acc:
    c, p = d["code"], d["parent"]
    if not c.isdigit() or len(c) < 3: err(A, d["_row"], f"bad code {c}")
    if d["kind"] not in ("on-balance","off-balance"): err(A, d["_row"], f"kind {d['kind']}")
    if (d["kind"] == "off-balance") != c.startswith("0"): err(A, d["_row"], "kind does not match Loại")
    if len(c) == 3 and p: err(A, d["_row"], "level-1 account has a parent")
    if len(c) > 3:
        if not p: err(A, d["_row"], "sub-account without parent")
        elif not c.startswith(p) or len(p) >= len(c): err(A, d["_row"], f"code {c} does not extend parent {p}")
        elif not any(q["kind"] == d["kind"] and overlaps(q, d) for q in by.get(p, [])): err(A, d["_row"], f"parent {p} missing")
        else:
            nearest = max((c[:n] for n in range(3, len(c)) if c[:n] in by), key=len, default="")
            if nearest != p: err(A, d["_row"], f"parent {p} is not the next level up ({nearest})")
    dims = [x for x in d["required_dimensions"].split(";") if x]
    if set(dims) - DIMS: err(A, d["_row"], f"unknown dimension {set(dims) - DIMS}")
    if dims and any(o["parent"] == c for o in acc): err(A, d["_row"], "dimensions on a non-leaf account")

# budget classification
B = "budget-classification.csv"
bc = load(B, ["kind","code","name","parent","valid_from","valid_to","source","verified"])
common(B, bc, lambda d: (d["kind"], d["code"], d["valid_from"]))
PARENT_KIND = {"chapter": None, "sector-group": None, "item": None, "sector": "sector-group", "sub-item": "item"}
LEN = {"chapter": 3, "sector-group": 3, "sector": 3, "item": 4, "sub-item": 4}
for d in bc:
    k = d["kind"]
    if k not in PARENT_KIND: err(B, d["_row"], f"kind {k}"); continue
    if not d["code"].isdigit() or len(d["code"]) != LEN[k]: err(B, d["_row"], f"bad code {d['code']}")
    pk = PARENT_KIND[k]
    if pk is None:
        if d["parent"]: err(B, d["_row"], "unexpected parent")
    elif not any(q["kind"] == pk and q["code"] == d["parent"] and overlaps(q, d) for q in bc):
        err(B, d["_row"], f"parent {pk} {d['parent']} missing for the period")
    elif k == "sub-item" and d["parent"].isdigit() and d["code"].isdigit() and not (int(d["parent"]) < int(d["code"]) < int(d["parent"]) + 50):
        err(B, d["_row"], f"Tiểu mục {d['code']} outside Mục {d['parent']}")
NEEDED = "6001 6003 6101 6113 6123 6301 6302 6303 6304 6501 6502 6503 6551 6552 6601 6605 6651 6701 6702 6704 6751 6907 6912 6913 6955 6956 7001 7012 7761 7851 7852 7853 7854".split()
for day in ("2020-06-30", "2025-06-30", "2026-06-30"):
    have = {d["code"] for d in bc if d["kind"] == "sub-item" and d["valid_from"] <= day and (not d["valid_to"] or day <= d["valid_to"])}
    miss = [c for c in NEEDED if c not in have]
    if miss: err(B, 0, f"sub-items missing on {day}: {miss}")

F = "fund-sources.csv"
fs = load(F, ["code","name","funding","valid_from","valid_to","source","verified"])
common(F, fs, lambda d: (d["code"], d["valid_from"]))
for d in fs:
    if d["funding"] not in ("state-budget","party-funds","other"): err(F, d["_row"], f"funding {d['funding']}")

V = "voucher-types.csv"
vt = load(V, ["code","name","valid_from","valid_to","source","verified"])
common(V, vt, lambda d: (d["code"], d["valid_from"]))

for n, rows in ((A, acc), (B, bc), (F, fs), (V, vt)): print(f"{n}: {len(rows)} rows")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
