#!/usr/bin/env python3
"""Builds NN_slug.expected.json from meta/items.py (key-time table) and meta/labels.py."""
import json, os, sys
from datetime import datetime, date
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import ITEMS
from labels import LABELS

def conv(local, zone):
    if "T" not in local:
        d = date.fromisoformat(local)
        return local, d.isoformat() + " (" + d.strftime("%a") + ")", local
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    u = dt.astimezone(ZoneInfo("UTC"))
    return u.strftime("%Y-%m-%dT%H:%MZ"), dt.isoformat(timespec="minutes") + " (" + dt.strftime("%a") + ")", None

for f in sorted(ITEMS):
    lab = LABELS[f]
    parts, kts = [], []
    for phrase, local, zone, wd, off in ITEMS[f]:
        utc, loc, _ = conv(local, zone)
        kts.append(utc)
        if "T" in local:
            parts.append(f"'{phrase}' -> {loc} [{zone}] -> {utc}")
        else:
            parts.append(f"'{phrase}' -> {loc} [{zone}] -> {utc} (date only, local calendar date)")
    arith = "; ".join(parts) if parts else "no key times"
    arith += " | EXCLUDED: " + lab["excluded"]
    out = {"headline": lab["headline"], "alert": lab["alert"], "topics": lab["topics"],
           "notTopics": lab["notTopics"], "location": lab["location"],
           "keyTimes": sorted(kts), "arithmetic": arith}
    base = f.rsplit(".", 1)[0]
    with open(os.path.join(ROOT, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print("built", len(ITEMS))
