"""Recompute every key time from meta/items.py with zoneinfo and check expected.json files."""
import json, os, sys, glob, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import ITEMS, SECOND_CLOCKS
from common import compute, norm, DIR
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
fails = []
KEYS = ["headline","alert","topics","notTopics","location","keyTimes","arithmetic"]
arts = sorted(p for p in os.listdir(DIR) if p[:2].isdigit() and not p.endswith(".expected.json"))
if sorted(ITEMS) != arts: fails.append(f"table/file mismatch: {set(ITEMS)^set(arts)}")
for f in arts:
    path = os.path.join(DIR, f)
    raw = open(path, encoding="utf-8").read()
    if f.endswith(".json"): json.loads(raw)
    if f.endswith(".xml"):
        import xml.dom.minidom; xml.dom.minidom.parseString(raw.encode())
    text = norm(raw); text_unesc = norm(html.unescape(raw))
    recomputed = []
    for phrase, local, zone, wd, off in ITEMS.get(f, []):
        try:
            kt, liso, w, o = compute(local, zone)
        except Exception as e:
            fails.append(f"{f}: {phrase!r}: {e}"); continue
        recomputed.append(kt)
        if norm(phrase) not in text and norm(phrase) not in text_unesc:
            fails.append(f"{f}: phrase not found: {phrase!r}")
        if wd is not None and wd != w: fails.append(f"{f}: {phrase!r}: stated weekday {wd} but {local} is {w}")
        if off is not None and off != o: fails.append(f"{f}: {phrase!r}: stated offset {off} but computed {o}")
    for l1, z1, l2, z2 in SECOND_CLOCKS.get(f, []):
        a = datetime.fromisoformat(l1).replace(tzinfo=ZoneInfo(z1)).astimezone(timezone.utc)
        b = datetime.fromisoformat(l2).replace(tzinfo=ZoneInfo(z2)).astimezone(timezone.utc)
        if a != b: fails.append(f"{f}: double clock mismatch {l1} {z1} ({a}) vs {l2} {z2} ({b})")
    ep = os.path.join(DIR, f.rsplit(".", 1)[0] + ".expected.json")
    if not os.path.exists(ep): fails.append(f"{f}: missing expected.json"); continue
    exp = json.load(open(ep, encoding="utf-8"))
    if list(exp) != KEYS: fails.append(f"{f}: expected keys {list(exp)}")
    if exp.get("keyTimes") != sorted(recomputed): fails.append(f"{f}: keyTimes {exp.get('keyTimes')} != recomputed {sorted(recomputed)}")
    if norm(exp["headline"]) not in text and norm(exp["headline"]) not in text_unesc: fails.append(f"{f}: headline not in file")
    if exp["location"] is not None and exp["location"] not in text and exp["location"] not in text_unesc: fails.append(f"{f}: location not in file")
    if not exp["alert"] and (exp["keyTimes"] or exp["topics"]): fails.append(f"{f}: non-article with keyTimes/topics")
    if set(exp["topics"]) & set(exp["notTopics"]): fails.append(f"{f}: topics/notTopics overlap")
n = sum(len(v) for v in ITEMS.values())
print(f"{len(arts)} items, {n} key times")
if fails:
    for x in fails: print("FAIL", x)
else:
    print("ALL PASS")
