# Builds article files, expected.json and items.py from src_*.py batches.
import json, os, sys, importlib
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
def utc_of(local, zone):
    if len(local) == 10: return local
    d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return d.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ')
def local_str(local, zone):
    if len(local) == 10:
        d = datetime.fromisoformat(local); return f"{local} ({d.strftime('%A')}) [{zone}] -> date-only {local}"
    d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return f"{d.isoformat(timespec='minutes')} ({d.strftime('%A')}) [{zone}] -> {utc_of(local, zone)}"
items = []
for b in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith('src_') and f.endswith('.py')):
    items += importlib.import_module(b).ITEMS
table = {}
for it in items:
    fn = it['file']
    with open(os.path.join(ROOT, fn), 'w', encoding='utf-8') as f: f.write(it['text'].lstrip('\n'))
    keys = it.get('keys', [])
    table[fn] = [tuple(k) for k in keys]
    kt = sorted(set(utc_of(k[1], k[2]) for k in keys))
    arith = '; '.join(f"'{k[0]}' -> {local_str(k[1], k[2])}" for k in keys) or 'no key times'
    arith += ' | EXCLUDED: ' + it.get('excluded', 'nothing')
    exp = {"headline": it['headline'], "alert": it['alert'], "topics": it['topics'],
           "notTopics": it.get('notTopics', []), "location": it['location'], "keyTimes": kt, "arithmetic": arith}
    base = fn.rsplit('.', 1)[0]
    with open(os.path.join(ROOT, base + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1); f.write('\n')
with open(os.path.join(HERE, 'items.py'), 'w', encoding='utf-8') as f:
    f.write('# file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)\n')
    f.write('ITEMS = {\n')
    for fn in sorted(table):
        f.write(f'    {fn!r}: [\n')
        for k in table[fn]: f.write(f'        {k!r},\n')
        f.write('    ],\n')
    f.write('}\n')
print(len(items), 'items;', sum(len(v) for v in table.values()), 'key times')
