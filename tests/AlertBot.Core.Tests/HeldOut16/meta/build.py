import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import ITEMS
from labels import META
from common import compute, DIR
for f, rows in ITEMS.items():
    m = META[f]; kts = []; parts = []
    for phrase, local, zone, wd, off in rows:
        kt, liso, w, o = compute(local, zone)
        kts.append(kt); parts.append(f"'{phrase}' -> {liso} ({w}) [{zone}] -> {kt}")
    arith = "; ".join(parts) if parts else "no key times"
    arith += " | EXCLUDED: " + "; ".join(m["excluded"])
    exp = {"headline": m["headline"], "alert": m["alert"], "topics": m["topics"], "notTopics": m["notTopics"],
           "location": m["location"], "keyTimes": sorted(kts), "arithmetic": arith}
    base = f.rsplit(".", 1)[0]
    with open(os.path.join(DIR, base + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1); fh.write("\n")
print("built", len(ITEMS))
