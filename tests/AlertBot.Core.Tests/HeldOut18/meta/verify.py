#!/usr/bin/env python3
"""Recomputes every key time of meta/items.py with zoneinfo and checks the item files and expected.json."""
import json, os, re, sys, html
from datetime import datetime, date
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import ITEMS

fails = []
def fail(msg): fails.append(msg)
def norm(s): return re.sub(r"\s+", " ", s).strip()
KEYS = ["headline", "alert", "topics", "notTopics", "location", "keyTimes", "arithmetic"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

files = sorted(f for f in os.listdir(ROOT) if re.match(r"^\d\d_.*\.(txt|md|html|json|xml)$", f) and not f.endswith(".expected.json"))
if sorted(ITEMS) != files:
    fail(f"items table / files mismatch: only in table {sorted(set(ITEMS)-set(files))}, only on disk {sorted(set(files)-set(ITEMS))}")

for f in sorted(ITEMS):
    path = os.path.join(ROOT, f)
    if not os.path.exists(path):
        fail(f"{f}: file missing"); continue
    raw = open(path, encoding="utf-8").read()
    texts = [norm(raw), norm(html.unescape(raw))]
    if f.endswith(".json"):
        try:
            obj = json.loads(raw)
            texts.append(norm(json.dumps(obj, ensure_ascii=False)))
            def walk(o):
                if isinstance(o, str): yield o
                elif isinstance(o, dict):
                    for v in o.values(): yield from walk(v)
                elif isinstance(o, list):
                    for v in o: yield from walk(v)
            texts.append(norm(" ".join(walk(obj))))
        except Exception as e:
            fail(f"{f}: invalid JSON: {e}")
    recomputed = []
    for phrase, local, zone, wd, off in ITEMS[f]:
        p = norm(phrase)
        if not any(p in t for t in texts):
            fail(f"{f}: phrase not found: {phrase!r}")
        try:
            z = ZoneInfo(zone)
        except Exception as e:
            fail(f"{f}: bad zone {zone}: {e}"); continue
        if "T" in local:
            dt = datetime.fromisoformat(local).replace(tzinfo=z)
            # reject non-existent / ambiguous local times
            back = dt.astimezone(ZoneInfo("UTC")).astimezone(z)
            if back.replace(tzinfo=None) != dt.replace(tzinfo=None):
                fail(f"{f}: local time {local} does not exist in {zone}")
            if dt.replace(fold=1).utcoffset() != dt.replace(fold=0).utcoffset():
                fail(f"{f}: local time {local} is ambiguous in {zone}")
            utc = dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%MZ")
            day = dt.date()
            if off is not None:
                o = dt.utcoffset(); mins = int(o.total_seconds() // 60)
                sign = "+" if mins >= 0 else "-"; mins = abs(mins)
                got = f"{sign}{mins//60:02d}:{mins%60:02d}"
                if got != off:
                    fail(f"{f}: stated offset {off} != computed {got} for {local} {zone}")
        else:
            day = date.fromisoformat(local); utc = local
            if off is not None:
                fail(f"{f}: offset given for date-only entry {local}")
        if wd is not None and WD[day.weekday()] != wd:
            fail(f"{f}: stated weekday {wd} != computed {WD[day.weekday()]} for {local}")
        if not day.year == 2026:
            fail(f"{f}: event not in 2026: {local}")
        recomputed.append(utc)
    recomputed.sort()
    exp_path = os.path.join(ROOT, f.rsplit(".", 1)[0] + ".expected.json")
    if not os.path.exists(exp_path):
        fail(f"{f}: expected.json missing"); continue
    try:
        exp = json.load(open(exp_path, encoding="utf-8"))
    except Exception as e:
        fail(f"{f}: expected.json invalid: {e}"); continue
    if list(exp.keys()) != KEYS:
        fail(f"{f}: expected.json keys {list(exp.keys())} != {KEYS}")
    if exp.get("keyTimes") != recomputed:
        fail(f"{f}: keyTimes {exp.get('keyTimes')} != recomputed {recomputed}")
    if exp.get("keyTimes") != sorted(exp.get("keyTimes", [])):
        fail(f"{f}: keyTimes not sorted")
    if len(set(recomputed)) != len(recomputed):
        fail(f"{f}: duplicate key times {recomputed}")
    for k in exp.get("keyTimes", []):
        if not re.match(r"^2026-\d\d-\d\d(T\d\d:\d\dZ)?$", k):
            fail(f"{f}: bad keyTime format {k}")
    if exp.get("alert") is False and (exp.get("keyTimes") or exp.get("topics")):
        fail(f"{f}: non-article with keyTimes/topics")
    if exp.get("alert") is True and not exp.get("keyTimes"):
        fail(f"{f}: article without key times")
    h = exp.get("headline") or ""
    if not any(norm(h) in t for t in texts):
        fail(f"{f}: headline not found verbatim in file: {h!r}")
    for t in exp.get("topics", []) + exp.get("notTopics", []):
        if not re.match(r"^[a-z]+(-[a-z]+)*$", t):
            fail(f"{f}: bad topic slug {t}")
    if set(exp.get("topics", [])) & set(exp.get("notTopics", [])):
        fail(f"{f}: topic in both lists")
    loc = exp.get("location")
    if loc is not None and not any(norm(loc) in t for t in texts):
        fail(f"{f}: location not found in file: {loc!r}")

if fails:
    for m in fails: print("FAIL:", m)
    print(f"{len(fails)} FAILURE(S)")
    sys.exit(1)
n = sum(len(v) for v in ITEMS.values())
print(f"ALL PASS ({len(ITEMS)} items, {n} key times)")
