# Builds article files, expected.json, items.py from batch modules b1..b4
import json, os, sys, importlib
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
def conv(local, zone):
    if 'T' not in local:
        d = date.fromisoformat(local); return local, local, WD[d.weekday()], None
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    u = dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ')
    off = dt.strftime('%z'); off = off[:3]+':'+off[3:]
    return u, dt.isoformat(timespec='minutes'), WD[dt.weekday()], off
items = []
for b in ['b1','b2','b3','b4']:
    try: items += importlib.import_module(b).ITEMS
    except ModuleNotFoundError: pass
table = {}; man = []
for it in items:
    f = it['f']; open(os.path.join(ROOT, f), 'w', encoding='utf-8').write(it['body'].lstrip('\n'))
    kts = []; arr = []
    for (ph, loc, zone, wd, off) in it['kt']:
        u, liso, cwd, coff = conv(loc, zone)
        kts.append(u); arr.append(f"'{ph}' -> {liso} ({cwd}) [{zone}] -> {u}")
    table[f] = it['kt']
    exp = {"headline": it['h'], "alert": it['alert'], "topics": it['topics'], "notTopics": it['nt'],
           "location": it['loc'], "keyTimes": sorted(set(kts)),
           "arithmetic": ('; '.join(arr) if arr else 'no key times') + ' | EXCLUDED: ' + it['ex']}
    base = f.rsplit('.', 1)[0]
    json.dump(exp, open(os.path.join(ROOT, base + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    man.append(f"- {f} — {it['man']}")
with open(os.path.join(HERE, 'items.py'), 'w', encoding='utf-8') as fh:
    fh.write('# file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)\nTABLE = {\n')
    for f, rows in table.items():
        fh.write(f'    {f!r}: [\n')
        for r in rows: fh.write(f'        {tuple(r)!r},\n')
        fh.write('    ],\n')
    fh.write('}\n')
open(os.path.join(HERE, 'MANIFEST.md'), 'w', encoding='utf-8').write('# MANIFEST (blind19)\n\n' + '\n'.join(man) + '\n')
print(len(items), 'items,', sum(len(t) for t in table.values()), 'key times')
