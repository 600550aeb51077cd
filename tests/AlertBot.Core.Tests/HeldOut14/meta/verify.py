#!/usr/bin/env python3
"""Recomputes every key time of blind14 with zoneinfo and checks the expected.json files."""
import json, os, sys, re
from datetime import datetime, timezone, date
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import ITEMS, NON_ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = {f: it["keys"] for f, it in ITEMS.items()}
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
fails = []; checked = 0

def fail(msg):
    fails.append(msg); print("FAIL:", msg)

def compute(local, zone):
    if len(local) == 10:
        d = date.fromisoformat(local); return local, WD[d.weekday()]
    naive = datetime.fromisoformat(local)
    z = ZoneInfo(zone)
    a = naive.replace(tzinfo=z, fold=0); b = naive.replace(tzinfo=z, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError(f"ambiguous or non-existent local time {local} in {zone}")
    # non-existent check: round trip
    rt = a.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None)
    if rt != naive:
        raise ValueError(f"non-existent local time {local} in {zone}")
    return a.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), WD[naive.weekday()]

for f, keys in TABLE.items():
    computed = []
    for phrase, local, zone, utc, wd in keys:
        checked += 1
        try:
            u, w = compute(local, zone)
        except Exception as e:
            fail(f"{f}: {phrase}: {e}"); continue
        if u != utc: fail(f"{f}: {phrase}: computed {u} != expected {utc}")
        if w != wd: fail(f"{f}: {phrase}: weekday {w} != {wd}")
        computed.append(u)
    base = f.rsplit('.', 1)[0]
    ep = os.path.join(ROOT, base + ".expected.json")
    if not os.path.exists(os.path.join(ROOT, f)): fail(f"{f}: article file missing")
    if not os.path.exists(ep): fail(f"{f}: expected.json missing"); continue
    exp = json.load(open(ep, encoding="utf-8"))
    if exp.get("keyTimes") != computed: fail(f"{f}: keyTimes {exp.get('keyTimes')} != computed {computed}")
    if exp.get("alert") != (f not in NON_ARTICLES): fail(f"{f}: alert flag wrong")
    if f in NON_ARTICLES and computed: fail(f"{f}: non-article has key times")
    ar = exp.get("arithmetic", "")
    for _, _, zone, _, _ in keys:
        if zone and zone not in ar: fail(f"{f}: zone {zone} missing from arithmetic")
    if "EXCLUDED:" not in ar: fail(f"{f}: no EXCLUDED section")
    for k in ("headline", "location", "topics", "notTopics"):
        if k not in exp: fail(f"{f}: field {k} missing")

files = {n for n in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, n)) and not n.endswith(".expected.json")}
if files != set(TABLE): fail(f"file set mismatch: extra {sorted(files - set(TABLE))} missing {sorted(set(TABLE) - files)}")
exps = {n[:-len('.expected.json')] for n in os.listdir(ROOT) if n.endswith(".expected.json")}
if exps != {f.rsplit('.',1)[0] for f in TABLE}: fail("expected.json set mismatch")
print(f"{len(TABLE)} items, {checked} key times checked, {len(fails)} failures")
if not fails: print("ALL PASS")
sys.exit(1 if fails else 0)
