"""Builds the 40 items of /work/blind9 from items_*.py, writes expected.json files, verify.py's KT table and MANIFEST.md.
keyTimes in expected.json come from the HAND-computed values in the item tables; verify.py recomputes them with zoneinfo."""
import json, os, sys, textwrap
from datetime import datetime
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
from items_a import ITEMS
import items_b, items_c, items_d  # noqa: register items
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def wrap(text):
    out = []
    for i, para in enumerate(text.split("\n\n")):
        if i == 0 or "\n" in para.strip() or len(para) <= 70:
            out.append(para.strip("\n"))
        else:
            out.append(textwrap.fill(para.strip(), 70, break_on_hyphens=False, break_long_words=False))
    return "\n\n".join(out) + "\n"

def arith(kt):
    parts = []
    for phrase, local, zone, _ in kt:
        if zone is None:
            parts.append(f"'{phrase}' -> local date {local} -> {local}")
        else:
            d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
            off = d.utcoffset().total_seconds() / 60
            sign = "+" if off >= 0 else "-"; off = abs(int(off))
            u = d.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%MZ")
            parts.append(f"'{phrase}' -> {local} {zone} (UTC{sign}{off//60:02d}:{off%60:02d}) -> {u}")
    return parts

kt_rows = []
assert len(ITEMS) == 40, len(ITEMS)
for it in ITEMS:
    fn = f"{it['name']}.{it['ext']}"
    text = wrap(it["text"]) if it.get("wrap") else it["text"]
    if it["ext"] == "json":
        obj = dict(it["json"]); obj["body"] = text
        obj = {k: obj[k] for k in ["id", "title", "source", "url", "published", "body"]}
        content = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    else:
        content = text
    with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
        f.write(content)
    exp = {
        "headline": it["headline"],
        "keyTimes": sorted(k[3] for k in it["kt"]),
        "alert": it["alert"],
        "topics": it["topics"],
        "notTopics": it["notTopics"],
        "location": it["location"],
        "arithmetic": (" ; ".join(arith(it["kt"])) if it["kt"] else "no key times") + " | EXCLUDED: " + it["excluded"],
    }
    with open(os.path.join(ROOT, it["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
    for phrase, local, zone, _ in it["kt"]:
        kt_rows.append((fn, phrase, local, zone))

# write KT table into verify.py (between markers)
vp = os.path.join(ROOT, "meta", "verify.py")
src = open(vp, encoding="utf-8").read()
a, b = src.index("# --- KT BEGIN ---"), src.index("# --- KT END ---")
table = "# --- KT BEGIN ---\nKT = [\n" + "".join(f"    {r!r},\n" for r in kt_rows) + "]\n"
open(vp, "w", encoding="utf-8").write(src[:a] + table + src[b:])

# manifest
lines = ["# blind9 manifest", "", "| file | style | format | #KT | key-time phrases | distractors |", "|---|---|---|---|---|---|"]
for it in ITEMS:
    ph = "; ".join(f"`{k[0]}`" for k in it["kt"]) or "-"
    lines.append(f"| {it['name']}.{it['ext']} | {it['style']} | {it['ext']} | {len(it['kt'])} | {ph} | {it['excluded'].replace('|','/')} |")
open(os.path.join(ROOT, "meta", "MANIFEST.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("built", len(ITEMS), "items,", len(kt_rows), "key times")
