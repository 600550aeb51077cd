#!/usr/bin/env python3
# writes NN_slug.expected.json from items.py (keys) + labels.py (other fields)
import sys, os, json, datetime as dt
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
from items import KEYS; from labels import LABELS
def comp(local, zone):
    if "T" not in local: return local, local+" ("+dt.date.fromisoformat(local).strftime('%a')+") [date-only, "+zone+"]"
    t=dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)); u=t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    return u, t.isoformat(timespec='minutes')+" ("+t.strftime('%a')+") ["+zone+"]"
for f,rows in KEYS.items():
    h,a,top,nt,loc,exc=LABELS[f]
    parts=[]; keys=[]
    for ph,local,zone,wd,off in rows:
        u,desc=comp(local,zone); keys.append(u); parts.append("'%s' -> %s -> %s"%(ph,desc,u))
    ar=("; ".join(parts) if parts else "no key times")+" | EXCLUDED: "+exc
    e={"headline":h,"alert":a,"topics":top,"notTopics":nt,"location":loc,"keyTimes":sorted(keys),"arithmetic":ar}
    with open(os.path.join(ROOT,f.rsplit('.',1)[0]+'.expected.json'),'w',encoding='utf-8') as fh:
        json.dump(e,fh,ensure_ascii=False,indent=1); fh.write("\n")
