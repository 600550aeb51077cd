import json, os, re, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import ITEMS
fails = []
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def off_str(td):
    m = int(td.total_seconds() // 60); s = '+' if m >= 0 else '-'; m = abs(m)
    return f"{s}{m//60:02d}:{m%60:02d}"
files = sorted(f for f in os.listdir(ROOT) if re.match(r'^\d\d_.+\.(txt|md|html|json|xml)$', f) and not f.endswith('.expected.json'))
if len(files) != 40: fails.append(f'expected 40 article files, found {len(files)}')
for fn in files:
    if fn not in ITEMS: fails.append(f'{fn}: not in items table')
for fn, keys in ITEMS.items():
    p = os.path.join(ROOT, fn)
    if not os.path.exists(p): fails.append(f'{fn}: missing'); continue
    text = norm(open(p, encoding='utf-8').read())
    exp_p = os.path.join(ROOT, fn.rsplit('.', 1)[0] + '.expected.json')
    try: exp = json.load(open(exp_p, encoding='utf-8'))
    except Exception as e: fails.append(f'{fn}: expected.json unreadable {e}'); continue
    if set(exp) != {"headline","alert","topics","notTopics","location","keyTimes","arithmetic"}: fails.append(f'{fn}: wrong keys {sorted(exp)}')
    if exp.get('headline') and norm(exp['headline']) not in text and norm(exp['headline'].replace('&','&amp;')) not in text:
        fails.append(f'{fn}: headline not found in file')
    if exp.get('location') and norm(exp['location']) not in text: fails.append(f'{fn}: location not found in file')
    if exp['alert'] is False and (exp['keyTimes'] or exp['topics']): fails.append(f'{fn}: non-article with keyTimes/topics')
    got = []
    for phrase, local, zone, wd, off in keys:
        if norm(phrase) not in text: fails.append(f'{fn}: phrase not found: {phrase!r}')
        if len(local) == 10:
            d = datetime.fromisoformat(local); got.append(local)
            if off: fails.append(f'{fn}: offset given for date-only {local}')
        else:
            d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
            got.append(d.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ'))
            if off and off_str(d.utcoffset()) != off: fails.append(f'{fn}: {phrase!r} offset stated {off} computed {off_str(d.utcoffset())}')
        if wd and d.strftime('%A') != wd: fails.append(f'{fn}: {phrase!r} weekday stated {wd} computed {d.strftime("%A")}')
    got = sorted(set(got))
    if got != exp['keyTimes']: fails.append(f'{fn}: keyTimes {exp["keyTimes"]} != recomputed {got}')
    if exp['keyTimes'] != sorted(exp['keyTimes']): fails.append(f'{fn}: keyTimes not sorted')
print('\n'.join(fails) if fails else f'ALL PASS ({len(ITEMS)} items, {sum(len(v) for v in ITEMS.values())} key-time entries)')
