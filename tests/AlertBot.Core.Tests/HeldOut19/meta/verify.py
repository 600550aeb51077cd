import json, os, re, sys
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo
import xml.dom.minidom
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import TABLE
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
norm = lambda s: re.sub(r'\s+', ' ', s)
fails = []
files = sorted(f for f in os.listdir(ROOT) if re.match(r'^\d\d_.*\.(txt|md|html|json|xml)$', f) and '.expected.' not in f)
for f in files:
    if f not in TABLE: fails.append(f'{f}: not in items.py TABLE')
for f, rows in TABLE.items():
    p = os.path.join(ROOT, f)
    if not os.path.exists(p): fails.append(f'{f}: missing'); continue
    txt = norm(open(p, encoding='utf-8').read())
    if f.endswith('.json'):
        try: json.loads(open(p, encoding='utf-8').read())
        except Exception as e: fails.append(f'{f}: invalid JSON {e}')
    if f.endswith('.xml'):
        try: xml.dom.minidom.parse(p)
        except Exception as e: fails.append(f'{f}: invalid XML {e}')
    calc = []
    for (ph, loc, zone, wd, off) in rows:
        if norm(ph) not in txt: fails.append(f'{f}: phrase not found: {ph!r}')
        if 'T' in loc:
            dt = datetime.fromisoformat(loc).replace(tzinfo=ZoneInfo(zone))
            # reject nonexistent / ambiguous local times
            rt = dt.astimezone(timezone.utc).astimezone(ZoneInfo(zone))
            if rt.replace(tzinfo=None) != dt.replace(tzinfo=None): fails.append(f'{f}: nonexistent local time {loc} {zone}')
            if dt.replace(fold=1).utcoffset() != dt.replace(fold=0).utcoffset(): fails.append(f'{f}: ambiguous local time {loc} {zone}')
            calc.append(dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ'))
            d = dt.date()
            if off is not None:
                o = dt.utcoffset(); m = int(o.total_seconds() // 60)
                s = ('+' if m >= 0 else '-') + f'{abs(m)//60:02d}:{abs(m)%60:02d}'
                if s != off: fails.append(f'{f}: offset {off} != computed {s} for {loc} {zone}')
        else:
            d = date.fromisoformat(loc); calc.append(loc)
        if wd is not None and WD[d.weekday()] != wd: fails.append(f'{f}: weekday {wd} != {WD[d.weekday()]} for {loc}')
    ep = os.path.join(ROOT, f.rsplit('.', 1)[0] + '.expected.json')
    if not os.path.exists(ep): fails.append(f'{f}: expected.json missing'); continue
    e = json.load(open(ep, encoding='utf-8'))
    if set(e) != {'headline','alert','topics','notTopics','location','keyTimes','arithmetic'}: fails.append(f'{f}: bad keys {sorted(e)}')
    if e['keyTimes'] != sorted(set(calc)): fails.append(f'{f}: keyTimes {e["keyTimes"]} != recomputed {sorted(set(calc))}')
    if e['keyTimes'] != sorted(e['keyTimes']): fails.append(f'{f}: keyTimes not sorted')
    if e['headline'] and norm(e['headline']) not in txt and norm(e['headline'].replace('&','&amp;')) not in txt: fails.append(f'{f}: headline not found in file')
    if not e['alert'] and (e['keyTimes'] or e['topics']): fails.append(f'{f}: non-article with keyTimes/topics')
    for k in e['keyTimes']:
        if not k.startswith('2026-'): fails.append(f'{f}: key time not in 2026: {k}')
print('ALL PASS' if not fails else '\n'.join(fails))
print(f'{len(TABLE)} items, {sum(len(r) for r in TABLE.values())} key times')
