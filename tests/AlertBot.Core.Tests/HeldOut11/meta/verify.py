#!/usr/bin/env python3
"""Verify blind round 11: phrases present, UTC recomputed with zoneinfo, expected.json consistent."""
import json, os, sys, html, re
from collections import Counter
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# (file, phrase exactly as in the article, local datetime 'YYYY-MM-DDTHH:MM' or date 'YYYY-MM-DD', IANA zone or None)
TABLE = [
    ('01_rasht_quake.txt', 'at 04:17 local time on Wednesday', '2026-01-14T04:17', 'Asia/Dushanbe'),
    ('01_rasht_quake.txt', 'at 6.05am', '2026-01-14T06:05', 'Asia/Dushanbe'),
    ('02_yakutsk_depot.html', 'at 19:40 YAKT on Monday', '2026-01-26T19:40', 'Asia/Yakutsk'),
    ('02_yakutsk_depot.html', 'until 08:00 Wednesday local time', '2026-01-28T08:00', 'Asia/Yakutsk'),
    ('03_alaska_intercept.json', 'at 1312 AKST Sunday', '2026-02-08T13:12', 'America/Anchorage'),
    ('04_jermuk_border.md', 'at 23:50 last night', '2026-02-19T23:50', 'Asia/Yerevan'),
    ('04_jermuk_border.md', 'next Monday', '2026-02-23', None),
    ('05_apra_spill.txt', 'at 2:25 a.m. ChST Wednesday', '2026-03-11T02:25', 'Pacific/Guam'),
    ('05_apra_spill.txt', 'until 6 p.m. Thursday', '2026-03-12T18:00', 'Pacific/Guam'),
    ('06_hanga_roa_fire.html', 'at 19:40 on Saturday 4 April', '2026-04-04T19:40', 'Pacific/Easter'),
    ('06_hanga_roa_fire.html', 'will reopen at 09:00 on Sunday', '2026-04-05T09:00', 'Pacific/Easter'),
    ('08_gamalama_eruption.json', 'at 06.52 WIT on Saturday', '2026-04-18T06:52', 'Asia/Jayapura'),
    ('08_gamalama_eruption.json', 'until 18.00 WIT', '2026-04-18T18:00', 'Asia/Jayapura'),
    ('09_uvira_sitrep.txt', 'around 05:30 on 28 April', '2026-04-28T05:30', 'Africa/Lubumbashi'),
    ('09_uvira_sitrep.txt', 'tomorrow at 07:00', '2026-04-30T07:00', 'Africa/Lubumbashi'),
    ('10_khovd_fire.xml', 'at 2am Khovd time on Saturday', '2026-05-09T02:00', 'Asia/Hovd'),
    ('10_khovd_fire.xml', 'by 05:10 Ulaanbaatar time', '2026-05-09T05:10', 'Asia/Ulaanbaatar'),
    ('11_baikonur_proton.md', 'lifted off at 08:58 local (03:58 GMT)', '2026-05-21T08:58', 'Asia/Qyzylorda'),
    ('11_baikonur_proton.md', 'at 09:20 local time', '2026-05-21T09:20', 'Asia/Qyzylorda'),
    ('11_baikonur_proton.md', 'on Monday', '2026-05-25', None),
    ('12_puno_blockade.html', 'from 4.35am on Monday', '2026-06-01T04:35', 'America/Lima'),
    ('12_puno_blockade.html', 'from midnight tonight (00:00 Wednesday)', '2026-06-03T00:00', 'America/Lima'),
    ('13_ukmto_eyl.txt', 'At 141120Z JUN 26', '2026-06-14T11:20', 'UTC'),
    ('14_lanzarote_cayuco.json', 'at 02:40 Canary time on Monday', '2026-07-06T02:40', 'Atlantic/Canary'),
    ('14_lanzarote_cayuco.json', 'on Sunday afternoon', '2026-07-05', None),
    ('15_zubin_potok_canal.html', 'at around 21.15 on Friday', '2026-07-17T21:15', 'Europe/Belgrade'),
    ('15_zubin_potok_canal.html', 'next Tuesday', '2026-07-21', None),
    ('16_tindal_crash.txt', 'at 1.20pm ACST on Tuesday', '2026-08-04T13:20', 'Australia/Darwin'),
    ('16_tindal_crash.txt', 'until 6am Wednesday', '2026-08-05T06:00', 'Australia/Darwin'),
    ('17_manaus_riot.md', 'at about 7:15 p.m. Tuesday', '2026-08-18T19:15', 'America/Manaus'),
    ('17_manaus_riot.md', 'at 3 a.m.', '2026-08-19T03:00', 'America/Manaus'),
    ('17_manaus_riot.md', 'on Friday', '2026-08-21', None),
    ('19_sao_jorge_swarm.xml', 'felt at 03h12 local (04h12 in Lisbon) on Tuesday', '2026-09-01T03:12', 'Atlantic/Azores'),
    ('19_sao_jorge_swarm.xml', 'until Thursday', '2026-09-03', None),
    ('20_banibangou_attack.txt', 'in the night from Thursday to Friday, around 2 a.m.', '2026-09-11T02:00', 'Africa/Niamey'),
    ('20_banibangou_attack.txt', 'at 16h35 on Friday', '2026-09-11T16:35', 'Africa/Niamey'),
    ('21_pearl_harbor_fire.json', 'at 4:50 a.m. HST Thursday', '2026-09-24T04:50', 'Pacific/Honolulu'),
    ('21_pearl_harbor_fire.json', 'at 0700 Monday, local time', '2026-09-28T07:00', 'Pacific/Honolulu'),
    ('22_myagdi_landslide.html', 'at 11:50 p.m. on Friday', '2026-10-02T23:50', 'Asia/Kathmandu'),
    ('22_myagdi_landslide.html', 'reopen at 10:00 on Monday', '2026-10-05T10:00', 'Asia/Kathmandu'),
    ('23_makhachkala_cto.txt', 'at 0435 Moscow time on Wednesday', '2026-10-14T04:35', 'Europe/Moscow'),
    ('23_makhachkala_cto.txt', 'lifted at 11:20', '2026-10-14T11:20', 'Europe/Moscow'),
    ('24_arawa_unrest.md', 'at about 9pm Wednesday Bougainville time', '2026-10-21T21:00', 'Pacific/Bougainville'),
    ('24_arawa_unrest.md', 'on Saturday', '2026-10-24', None),
    ('25_ocnita_drone.html', 'at 01:45 on Sunday', '2026-10-25T01:45', 'Europe/Chisinau'),
    ('25_ocnita_drone.html', 'at 07:10 on Sunday', '2026-10-25T07:10', 'Europe/Chisinau'),
    ('26_nome_surge.txt', 'at 11:30 p.m. Saturday AKDT', '2026-10-31T23:30', 'America/Nome'),
    ('26_nome_surge.txt', 'at 2 p.m. Sunday', '2026-11-01T14:00', 'America/Nome'),
    ('27_chetumal_narco_boat.json', 'at 03:20 local time (02:20 Mexico City time) on Tuesday', '2026-11-10T03:20', 'America/Cancun'),
    ('27_chetumal_narco_boat.json', 'on Thursday', '2026-11-12', None),
    ('28_mahebourg_grounding.xml', 'at twenty to midnight on Tuesday', '2026-11-17T23:40', 'Indian/Mauritius'),
    ('28_mahebourg_grounding.xml', 'on Friday', '2026-11-20', None),
    ('30_samara_refinery.html', 'at about 03:40 SAMT (02:40 Moscow) on Wednesday', '2026-11-25T03:40', 'Europe/Samara'),
    ('30_samara_refinery.html', 'from 02:15 to 06:30 local time', '2026-11-25T02:15', 'Europe/Samara'),
    ('31_bonavista_mayday.txt', 'at 4:12 a.m. NST Monday', '2026-11-30T04:12', 'America/St_Johns'),
    ('31_bonavista_mayday.txt', 'at 5:30 p.m. Newfoundland time Monday', '2026-11-30T17:30', 'America/St_Johns'),
    ('32_batken_shooting.md', 'started at 16:35 (Bishkek time)', '2026-03-24T16:35', 'Asia/Bishkek'),
    ('32_batken_shooting.md', 'in Batken tomorrow at 10:00', '2026-03-25T10:00', 'Asia/Bishkek'),
    ('33_sagaing_airstrike.html', 'around 1:15 a.m. Thursday local time', '2026-03-05T01:15', 'Asia/Yangon'),
    ('34_zamboanga_ferry.txt', 'shortly before dawn on Monday', '2026-06-22', None),
    ('34_zamboanga_ferry.txt', 'at 10:45 a.m.', '2026-06-22T10:45', 'Asia/Manila'),
    ('35_dire_dawa_derailment.json', 'at 2:20 p.m. on Friday', '2026-05-29T14:20', 'Africa/Addis_Ababa'),
    ('36_punta_arenas_collision.txt', 'at 21:10 on Sunday, Magallanes time', '2026-09-06T21:10', 'America/Punta_Arenas'),
    ('36_punta_arenas_collision.txt', 'until 08:00 Tuesday', '2026-09-08T08:00', 'America/Punta_Arenas'),
    ('37_fuaamotu_overrun.html', 'at 3.05pm Wednesday', '2026-07-29T15:05', 'Pacific/Tongatapu'),
    ('37_fuaamotu_overrun.html', 'from 4 p.m. Wednesday until 7 a.m. Thursday', '2026-07-29T16:00', 'Pacific/Tongatapu'),
    ('39_port_blair_tremor.txt', 'at 0312 hrs IST on Tuesday', '2026-02-03T03:12', 'Asia/Kolkata'),
    ('39_port_blair_tremor.txt', 'withdrew the tsunami alert at 0450 hrs', '2026-02-03T04:50', 'Asia/Kolkata'),
    ('40_klyuchevskoy_ash.xml', 'at 06:30 local', '2026-12-02T06:30', 'Asia/Kamchatka'),
    ('40_klyuchevskoy_ash.xml', 'at 08:47 Kamchatka time', '2026-12-02T08:47', 'Asia/Kamchatka'),
]

NON_ARTICLES = {"07_beshbarmak_recipe.txt", "18_oceania_cup_fixtures.md", "29_privacy_choices.html", "38_security_officer_vacancy.txt"}
DAYS = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]

def to_utc(local, zone):
    if zone is None:
        return local
    d = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")

errors = 0
def bad(msg):
    global errors
    errors += 1
    print("FAIL", msg)

arts = sorted(f for f in os.listdir(ROOT) if re.match(r"^\d\d_.*\.(txt|md|html|json|xml)$", f) and not f.endswith(".expected.json"))
want = {}
for f, ph, loc, z in TABLE:
    want.setdefault(f, []).append(to_utc(loc, z))
    if not os.path.exists(os.path.join(ROOT, f)):
        bad(f"{f}: file missing"); continue
    raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
    if ph not in raw and ph not in html.unescape(raw):
        bad(f"{f}: phrase not found: {ph!r}")
    named = [d for d in DAYS if d in ph.lower()]
    wd = DAYS[datetime.fromisoformat(loc[:10]).weekday()]
    if named and wd not in named:   # a range may name two days; the start must be one of them
        bad(f"{f}: {ph!r} names {named} but local date {loc[:10]} is {wd}")

pat = re.compile(r"^2026-\d\d-\d\d(T\d\d:\d\dZ)?$")
ok = 0
for f in arts:
    base = f.rsplit(".", 1)[0]
    ep = os.path.join(ROOT, base + ".expected.json")
    if not os.path.exists(ep):
        bad(f"{f}: no expected.json"); continue
    try:
        exp = json.load(open(ep, encoding="utf-8"))
    except Exception as e:
        bad(f"{ep}: does not parse: {e}"); continue
    for k in ("headline", "keyTimes", "alert", "topics", "notTopics", "arithmetic"):
        if k not in exp: bad(f"{base}: missing field {k}")
    if f.endswith(".json"):
        try: json.load(open(os.path.join(ROOT, f), encoding="utf-8"))
        except Exception as e: bad(f"{f}: article JSON does not parse: {e}")
    if f.endswith(".xml"):
        import xml.etree.ElementTree as ET
        try:
            r = ET.parse(os.path.join(ROOT, f)).getroot()
            if len(r.findall("./channel/item")) != 1: bad(f"{f}: not exactly one item")
        except Exception as e: bad(f"{f}: XML does not parse: {e}")
    kt = exp.get("keyTimes", [])
    for k in kt:
        if not pat.match(k): bad(f"{base}: bad keyTime format {k}")
    if f in NON_ARTICLES:
        if kt or exp.get("alert") is not False or "location" in exp:
            bad(f"{f}: non-article must have no keyTimes, alert false, no location")
        else:
            ok += 1; print(f"OK   {f}: non-article")
        continue
    if exp.get("alert") is not True: bad(f"{f}: alert should be true")
    if not exp.get("location"): bad(f"{f}: no location")
    raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
    if exp["headline"] not in raw and exp["headline"] not in html.unescape(raw):
        bad(f"{f}: headline not found in article")
    if Counter(kt) != Counter(want.get(f, [])):
        bad(f"{f}: expected {sorted(kt)} but table gives {sorted(want.get(f, []))}")
    else:
        ok += 1; print(f"OK   {f}: {len(kt)} key time(s) {kt}")

for f in want:
    if f not in arts: bad(f"table file {f} not among articles")
print(f"files: {len(arts)} articles/pages, {sum(len(v) for v in want.values())} key times, {ok} OK, {errors} failures")
print("ALL OK" if errors == 0 and ok == len(arts) else "NOT OK")
sys.exit(1 if errors else 0)
