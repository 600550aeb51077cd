#!/usr/bin/env python3
"""Writes NN_*.expected.json from items.py (arithmetic string generated from the key table)."""
import json, os, sys
from datetime import datetime
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
from items import ITEMS, NON_ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def arith(keys, excluded):
    parts = []
    for phrase, local, zone, utc, wd in keys:
        if len(local) == 10:
            parts.append(f"'{phrase}' -> {local} ({wd}) [{zone or 'date only'}] -> {utc}")
        else:
            dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
            parts.append(f"'{phrase}' -> {dt.isoformat()} ({wd}) [{zone}] -> {utc}")
    s = " | ".join(parts) if parts else "no key times"
    return s + " | EXCLUDED: " + excluded

for f, it in ITEMS.items():
    base = f.rsplit('.', 1)[0]
    out = {
        "file": f,
        "headline": it["headline"],
        "alert": f not in NON_ARTICLES,
        "location": it["location"],
        "topics": it["topics"],
        "notTopics": it["notTopics"],
        "keyTimes": [k[3] for k in it["keys"]],
        "arithmetic": arith(it["keys"], it["excluded"]),
    }
    with open(os.path.join(ROOT, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print(len(ITEMS), "expected files written")
