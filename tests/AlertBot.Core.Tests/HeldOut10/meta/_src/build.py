#!/usr/bin/env python3
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import ITEMS
from verify import KT, to_utc, offset_str
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
man = ["# blind10 MANIFEST", "", "| file | style | format | #KT | key-time phrases | distractors |", "|---|---|---|---|---|---|"]
for it in ITEMS:
    f = it["file"]
    open(os.path.join(ROOT, f), "w", encoding="utf-8").write(it["content"])
    rows = [r for r in KT if r[0] == f]
    parts = []
    for _, p, l, z in rows:
        if z: parts.append("'%s' -> %s %s (%s) -> %s" % (p, l, z, offset_str(l, z), to_utc(l, z)))
        else: parts.append("'%s' -> %s (local date, date only)" % (p, l))
    arith = "; ".join(parts) + " | EXCLUDED: " + ", ".join(it["distractors"])
    exp = {"headline": it["headline"], "keyTimes": [to_utc(l, z) for _, _, l, z in rows], "alert": it["alert"],
           "topics": it["topics"], "notTopics": it["notTopics"], "location": it["location"], "arithmetic": arith}
    json.dump(exp, open(os.path.join(ROOT, os.path.splitext(f)[0] + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    man.append("| %s | %s | %s | %d | %s | %s |" % (f, it["style"], f.rsplit(".", 1)[1], len(rows),
               "; ".join(r[1] for r in rows) or "-", "; ".join(it["distractors"]).replace("|", "/")))
c = collections.Counter(it["file"].rsplit(".", 1)[1] for it in ITEMS)
man += ["", "Formats: " + ", ".join("%s=%d" % kv for kv in sorted(c.items())), "Items: %d, alert: %d, key times: %d" % (len(ITEMS), sum(i["alert"] for i in ITEMS), len(KT)),
        "", "Conventions: ranges ('from X until Y', 'between X and Y', 'from X to Y') labelled at start only; hard-wrapped .txt phrases are matched after whitespace collapsing."]
open(os.path.join(ROOT, "meta", "MANIFEST.md"), "w", encoding="utf-8").write("\n".join(man) + "\n")
print("built", len(ITEMS))
