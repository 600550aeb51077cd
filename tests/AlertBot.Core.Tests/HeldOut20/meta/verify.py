#!/usr/bin/env python3
import sys, os, json, re, datetime as dt, html
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import KEYS
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
def norm(s): return re.sub(r"\s+", " ", s).strip()
def compute(local, zone):
    if "T" not in local:
        d = dt.date.fromisoformat(local); return local, d, None
    t = dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    off = t.utcoffset(); s = int(off.total_seconds()); sign = "+" if s >= 0 else "-"; s = abs(s)
    offs = "%s%02d:%02d" % (sign, s // 3600, (s % 3600) // 60)
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), t.date(), offs
fails = []
files = sorted(f for f in os.listdir(ROOT) if re.match(r"\d\d_.*\.(txt|md|html|json|xml)$", f) and not f.endswith(".expected.json"))
for f in files:
    if f not in KEYS: fails.append(f + ": not in items.py")
for f, rows in KEYS.items():
    p = os.path.join(ROOT, f)
    if not os.path.exists(p): fails.append(f + ": missing file"); continue
    text = norm(open(p, encoding="utf-8").read()); text2 = norm(html.unescape(text))
    got = []
    for phrase, local, zone, wd, off in rows:
        if norm(phrase) not in text and norm(phrase) not in text2: fails.append("%s: phrase not found: %r" % (f, phrase))
        utc, d, offs = compute(local, zone)
        if wd and WD[d.weekday()] != wd: fails.append("%s: weekday %s != %s for %s" % (f, wd, WD[d.weekday()], local))
        if off and offs != off: fails.append("%s: offset %s != %s for %s" % (f, off, offs, local))
        got.append(utc)
    got = sorted(got)
    ep = p + "" ; ep = os.path.join(ROOT, f.rsplit(".", 1)[0] + ".expected.json")
    if not os.path.exists(ep): fails.append(f + ": missing expected.json"); continue
    try: e = json.load(open(ep, encoding="utf-8"))
    except Exception as ex: fails.append("%s: bad expected json %s" % (ep, ex)); continue
    if set(e) != {"headline","alert","topics","notTopics","location","keyTimes","arithmetic"}: fails.append(ep + ": wrong keys")
    if e.get("keyTimes") != got: fails.append("%s: keyTimes %s != recomputed %s" % (f, e.get("keyTimes"), got))
    if e.get("alert") is False and (e.get("keyTimes") or e.get("topics")): fails.append(f + ": non-article with keys/topics")
    if e.get("alert") and e.get("headline") and norm(e["headline"]) not in text and norm(e["headline"]) not in text2: fails.append(f + ": headline not in file")
    if f.endswith(".json"):
        try: json.load(open(p, encoding="utf-8"))
        except Exception as ex: fails.append(f + ": invalid JSON " + str(ex))
    if f.endswith(".xml"):
        import xml.dom.minidom
        try: xml.dom.minidom.parse(p)
        except Exception as ex: fails.append(f + ": invalid XML " + str(ex))
if fails:
    for x in fails: print("FAIL", x)
    sys.exit(1)
print("ALL PASS (%d files, %d key times)" % (len(KEYS), sum(len(v) for v in KEYS.values())))
