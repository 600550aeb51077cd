"""Independent check of /work/blind9: phrases present, UTC recomputed with zoneinfo, expected.json consistent."""
import glob, html, json, os, re, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (file, phrase exactly as in the article, local 'YYYY-MM-DDTHH:MM' or date 'YYYY-MM-DD', IANA zone or None)
# --- KT BEGIN ---
KT = [
    ('01_kramatorsk_strike.txt', 'shortly after 4 a.m. on Saturday', '2026-02-14T04:00', 'Europe/Kyiv'),
    ('01_kramatorsk_strike.txt', 'at 7.40', '2026-02-14T07:40', 'Europe/Kyiv'),
    ('02_sotk_border_fire.md', '23:40 on Monday', '2026-05-11T23:40', 'Asia/Yerevan'),
    ('02_sotk_border_fire.md', '03:15 Yerevan time', '2026-05-12T03:15', 'Asia/Yerevan'),
    ('03_batken_border_closure.json', '9.15 a.m. Dushanbe time this morning', '2026-09-15T09:15', 'Asia/Dushanbe'),
    ('03_batken_border_closure.json', '18:00 on Wednesday (1200 GMT)', '2026-09-16T18:00', 'Asia/Bishkek'),
    ('04_birgunj_curfew.txt', 'at around 11:20 am', '2026-01-08T11:20', 'Asia/Kathmandu'),
    ('04_birgunj_curfew.txt', 'from 2 pm today', '2026-01-08T14:00', 'Asia/Kathmandu'),
    ('05_kurram_convoy_ambush.html', 'around 1430 hrs PKT on Friday', '2026-03-20T14:30', 'Asia/Karachi'),
    ('05_kurram_convoy_ambush.html', 'reopen at 8am on Monday', '2026-03-23T08:00', 'Asia/Karachi'),
    ('06_poonch_shelling.xml', 'around 10.50pm (IST) on Saturday', '2026-05-09T22:50', 'Asia/Kolkata'),
    ('06_poonch_shelling.xml', 'will reopen on Tuesday', '2026-05-12', None),
    ('07_dprk_missile_launch.json', '7:21 a.m. local time', '2026-04-07T07:21', 'Asia/Pyongyang'),
    ('07_dprk_missile_launch.json', 'about 0748 KST', '2026-04-07T07:48', 'Asia/Seoul'),
    ('08_bajo_de_masinloc_water_cannon.html', '0915H on 17 June 2026', '2026-06-17T09:15', 'Asia/Manila'),
    ('08_bajo_de_masinloc_water_cannon.html', '1:40 in the afternoon', '2026-06-17T13:40', 'Asia/Manila'),
    ('09_intan_jaya_firefight.txt', 'around 05.30 WIT on Monday', '2026-08-03T05:30', 'Asia/Jayapura'),
    ('09_intan_jaya_firefight.txt', 'by helicopter is scheduled for Thursday', '2026-08-06', None),
    ('10_dumbea_curfew.md', 'at around 1.15am today', '2026-07-03T01:15', 'Pacific/Noumea'),
    ('10_dumbea_curfew.md', 'effective from 8 pm on Friday', '2026-07-03T20:00', 'Pacific/Noumea'),
    ('11_chatham_cable_warning.txt', '0230 LOCAL CHATHAM TIME (CHADT) ON 19 JANUARY', '2026-01-19T02:30', 'Pacific/Chatham'),
    ('11_chatham_cable_warning.txt', 'UNTIL 2359 NZDT 22 JAN', '2026-01-22T23:59', 'Pacific/Auckland'),
    ('12_bandar_abbas_port_blast.html', '11:42 a.m. local time (0812 GMT) on Sunday', '2026-10-11T11:42', 'Asia/Tehran'),
    ('12_bandar_abbas_port_blast.html', 'resume operations at 6 a.m. on Tuesday', '2026-10-13T06:00', 'Asia/Tehran'),
    ('13_south_lebanon_liveblog.html', 'at around 2:10 a.m.', '2026-10-25T02:10', 'Asia/Beirut'),
    ('13_south_lebanon_liveblog.html', 'at 7:05 am', '2026-10-25T07:05', 'Asia/Beirut'),
    ('14_mokha_ukmto_warning.txt', '120615ZJUN26', '2026-06-12T06:15', 'UTC'),
    ('14_mokha_ukmto_warning.txt', '1140L (UTC+3)', '2026-06-12T11:40', 'Asia/Aden'),
    ('15_gulf_of_finland_cable.txt', "at 23.47 on New Year's Eve", '2025-12-31T23:47', 'Europe/Helsinki'),
    ('15_gulf_of_finland_cable.txt', 'at 05:20 on Thursday', '2026-01-01T05:20', 'Europe/Helsinki'),
    ('16_baghdad_fir_closure.txt', '2200 UTC on Sunday (0100 Baghdad time)', '2026-03-29T22:00', 'UTC'),
    ('16_baghdad_fir_closure.txt', 'until 0600 UTC Monday', '2026-03-30T06:00', 'UTC'),
    ('17_ufa_refinery_drones.txt', '05:40 local time (03:40 MSK)', '2026-07-12T05:40', 'Asia/Yekaterinburg'),
    ('18_zawiya_clashes.xml', 'at quarter to midnight on Saturday', '2026-08-15T23:45', 'Africa/Tripoli'),
    ('18_zawiya_clashes.xml', 'reopened at noon on Sunday', '2026-08-16T12:00', 'Africa/Tripoli'),
    ('19_el_fasher_flash_update.md', '0540 local time on 1 March', '2026-03-01T05:40', 'Africa/Khartoum'),
    ('19_el_fasher_flash_update.md', 'from 1700 Khartoum local time on 4 March', '2026-03-04T17:00', 'Africa/Khartoum'),
    ('20_djibo_attack.txt', 'around 5 a.m. on Sunday', '2026-09-27T05:00', 'Africa/Ouagadougou'),
    ('20_djibo_attack.txt', 'due to leave Kaya for Djibo on Thursday', '2026-10-01', None),
    ('21_kajuru_pupils_freed.html', 'at about 11pm on Tuesday', '2026-04-14T23:00', 'Africa/Lagos'),
    ('21_kajuru_pupils_freed.html', 'at 10 a.m. on Thursday', '2026-04-16T10:00', 'Africa/Lagos'),
    ('22_bissau_coup.json', 'from around 13h00 on Thursday', '2026-11-26T13:00', 'Africa/Bissau'),
    ('22_bissau_coup.json', 'at 9 p.m. tonight', '2026-11-27T21:00', 'Africa/Bissau'),
    ('22_bissau_coup.json', 'will reopen on Sunday', '2026-11-29', None),
    ('23_beledweyne_embassy_alert.txt', '0645 EAT on 3 June', '2026-06-03T06:45', 'Africa/Mogadishu'),
    ('23_beledweyne_embassy_alert.txt', 'Thursday, June 4', '2026-06-04', None),
    ('24_cobasna_depot_blasts.html', 'at around 1:30 a.m.', '2026-03-29T01:30', 'Europe/Chisinau'),
    ('24_cobasna_depot_blasts.html', 'a second at 4 a.m.', '2026-03-29T04:00', 'Europe/Chisinau'),
    ('24_cobasna_depot_blasts.html', 'crossing point at 9 a.m.', '2026-03-29T09:00', 'Europe/Chisinau'),
    ('25_uvira_liveblog.html', 'at 04:15 local time', '2026-07-22T04:15', 'Africa/Lubumbashi'),
    ('25_uvira_liveblog.html', 'starting at 18:00 Kinshasa time', '2026-07-22T18:00', 'Africa/Kinshasa'),
    ('26_bamenda_lockdown.html', 'at around 9.30pm', '2026-10-01T21:30', 'Africa/Douala'),
    ('26_bamenda_lockdown.html', 'from 6 a.m. on Sunday', '2026-10-04T06:00', 'Africa/Douala'),
    ('27_mocimboa_raid.xml', 'the previous evening, at about 7pm', '2026-03-10T19:00', 'Africa/Maputo'),
    ('27_mocimboa_raid.xml', 'at dawn on Wednesday', '2026-03-11', None),
    ('28_durban_port_cyberattack.json', '02:17 SAST on Sunday', '2026-05-24T02:17', 'Africa/Johannesburg'),
    ('28_durban_port_cyberattack.json', 'declared at 10:00 on Sunday', '2026-05-24T10:00', 'Africa/Johannesburg'),
    ('28_durban_port_cyberattack.json', 'at ten past eleven that night', '2026-05-24T23:10', 'Africa/Johannesburg'),
    ('28_durban_port_cyberattack.json', 'by midday on Wednesday', '2026-05-27T12:00', 'Africa/Johannesburg'),
    ('29_malmstrom_drone_tfr.txt', 'between 9:40 p.m. and 11:15 p.m. MST on Tuesday', '2026-11-03T21:40', 'America/Denver'),
    ('29_malmstrom_drone_tfr.txt', 'until 11:59 p.m. MST Saturday', '2026-11-07T23:59', 'America/Denver'),
    ('30_placentia_bay_vessel.md', '4:15 p.m. NDT on Tuesday', '2026-09-08T16:15', 'America/St_Johns'),
    ('30_placentia_bay_vessel.md', '0540 Newfoundland time Wednesday', '2026-09-09T05:40', 'America/St_Johns'),
    ('31_las_manos_border_closure.html', 'at 6 p.m. yesterday', '2026-11-30T18:00', 'America/Tegucigalpa'),
    ('31_las_manos_border_closure.html', 'reopen Thursday at 8 a.m.', '2026-12-03T08:00', 'America/Tegucigalpa'),
    ('32_culiacan_gunfights.md', 'around 3 in the afternoon on Monday', '2026-06-29T15:00', 'America/Mazatlan'),
    ('32_culiacan_gunfights.md', 'will remain closed on Wednesday', '2026-07-01', None),
    ('33_mirebalais_gang_attack.txt', 'at around 2:30 a.m.', '2026-03-31T02:30', 'America/Port-au-Prince'),
    ('33_mirebalais_gang_attack.txt', 'will begin on Friday', '2026-04-03', None),
    ('34_pacaraima_border.json', 'around 10pm local time', '2026-02-01T22:00', 'America/Caracas'),
    ('34_pacaraima_border.json', 'from 00h00 on Thursday (Boa Vista time)', '2026-02-05T00:00', 'America/Boa_Vista'),
    ('35_golfo_san_jorge_warning_shots.xml', '17.05 local time (2005 GMT) on Friday', '2026-11-20T17:05', 'America/Argentina/Buenos_Aires'),
    ('35_golfo_san_jorge_warning_shots.xml', 'reach Puerto Madryn under escort on Sunday', '2026-11-22', None),
    ('36_suarez_police_station_attack.txt', 'at half past four in the morning on Sunday', '2026-03-08T04:30', 'America/Bogota'),
    ('36_suarez_police_station_attack.txt', 'from 23:00 tonight', '2026-03-09T23:00', 'America/Bogota'),
]
# --- KT END ---

def norm(s): return re.sub(r"\s+", " ", s).strip()

def plain(fn):
    raw = open(os.path.join(ROOT, fn), encoding="utf-8").read()
    ext = fn.rsplit(".", 1)[1]
    if ext == "json":
        o = json.loads(raw); return norm(o["title"] + " \n " + o["body"]), o
    if ext in ("html", "xml"):
        t = raw.replace("<![CDATA[", " ").replace("]]>", " ")
        t = re.sub(r"<[^>]+>", " ", t)
        return norm(html.unescape(t)), raw
    return norm(raw), raw

def headline_of(fn, raw):
    ext = fn.rsplit(".", 1)[1]
    if ext == "json": return raw["title"]
    if ext == "html": return norm(html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S).group(1))))
    if ext == "xml":
        item = raw[raw.index("<item>"):]
        return html.unescape(re.search(r"<title>(.*?)</title>", item, re.S).group(1)).strip()
    if ext == "md":
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if m:
            t = re.search(r'^title:\s*"(.*)"\s*$', m.group(1), re.M); return t.group(1)
        return re.search(r"^# (.*)$", raw, re.M).group(1).strip()
    return raw.splitlines()[0].strip()

def utc(local, zone):
    if zone is None:
        datetime.strptime(local, "%Y-%m-%d"); return local
    z = ZoneInfo(zone)
    d = datetime.fromisoformat(local).replace(tzinfo=z)
    # reject non-existent (gap) and ambiguous (fold) local times
    assert d.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None) == d.replace(tzinfo=None), f"gap time {local} {zone}"
    assert d.utcoffset() == d.replace(fold=1).utcoffset(), f"ambiguous time {local} {zone}"
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")

errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

exps = sorted(glob.glob(os.path.join(ROOT, "*.expected.json")))
check(len(exps) == 40, f"expected 40 items, got {len(exps)}")
by_file = {}
for fn, phrase, local, zone in KT:
    by_file.setdefault(fn, []).append((phrase, local, zone))
counts = {}
for ep in exps:
    stem = os.path.basename(ep)[:-len(".expected.json")]
    arts = [p for p in glob.glob(os.path.join(ROOT, stem + ".*")) if not p.endswith(".expected.json")]
    check(len(arts) == 1, f"{stem}: article file missing/duplicated"); fn = os.path.basename(arts[0])
    ext = fn.rsplit(".", 1)[1]; counts[ext] = counts.get(ext, 0) + 1
    raw_bytes = open(arts[0], "rb").read(); raw_bytes.decode("utf-8")
    exp = json.load(open(ep, encoding="utf-8"))
    check(set(exp) == {"headline", "keyTimes", "alert", "topics", "notTopics", "location", "arithmetic"}, f"{fn}: keys {sorted(exp)}")
    text, raw = plain(fn)
    rows = by_file.get(fn, [])
    for phrase, local, zone in rows:
        check(norm(phrase) in text, f"{fn}: phrase not found: {phrase!r}")
        check(f"'{phrase}'" in exp["arithmetic"], f"{fn}: phrase missing from arithmetic: {phrase!r}")
    try:
        recomputed = sorted(utc(l, z) for _, l, z in rows)
    except AssertionError as e:
        errors.append(f"{fn}: {e}"); continue
    check(exp["keyTimes"] == recomputed, f"{fn}: keyTimes {exp['keyTimes']} != recomputed {recomputed}")
    check(exp["keyTimes"] == sorted(exp["keyTimes"]), f"{fn}: keyTimes not sorted")
    for k in exp["keyTimes"]:
        check(re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\dZ)?", k) is not None, f"{fn}: bad keyTime {k}")
    if exp["alert"]:
        check(1 <= len(exp["keyTimes"]) <= 5, f"{fn}: alert needs 1-5 key times")
        check(exp["headline"] is not None and exp["headline"] == headline_of(fn, raw), f"{fn}: headline {exp['headline']!r} != {headline_of(fn, raw)!r}")
        check(exp["location"] is not None and norm(exp["location"]) in text, f"{fn}: location {exp['location']!r} not in text")
        check(len(exp["topics"]) >= 1 and all(t == t.lower() for t in exp["topics"] + exp["notTopics"]), f"{fn}: topics")
        check(not set(exp["topics"]) & set(exp["notTopics"]), f"{fn}: topic overlap")
    else:
        check(exp["headline"] is None and exp["keyTimes"] == [] and exp["location"] is None and not rows, f"{fn}: non-alert must have null headline/location and no key times")
for fn in by_file:
    check(os.path.exists(os.path.join(ROOT, fn)), f"KT row for unknown file {fn}")

if errors:
    print("\n".join("FAIL " + e for e in errors)); sys.exit(1)
print(f"all OK: {len(exps)} items, {len(KT)} key times, formats {dict(sorted(counts.items()))}, "
      f"alerts {sum(json.load(open(e))['alert'] for e in exps)}")
