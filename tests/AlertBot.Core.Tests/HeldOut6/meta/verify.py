#!/usr/bin/env python3
"""Recompute every key time in the blind6 labels from (phrase, local datetime, IANA zone).

For each article: converts each local time with zoneinfo (rejecting nonexistent or
ambiguous DST wall-clock times), compares with the label's keyTimes, checks the phrase
occurs in the article, weekday words match the local date, explicit 'HHMM GMT' hints agree,
and the label structure is sane. Date-only key times have zone None.
"""
import json, os, re, sys
from datetime import datetime, timezone, date
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set is one folder up
TABLE = [
    ('01_kharkiv_strike.txt', [
        ('4:15 a.m. local time on Monday', '2025-07-14 04:15', 'Europe/Kyiv'),
        ('around 6 a.m.', '2025-07-14 06:00', 'Europe/Kyiv'),
        ('in Brussels on Tuesday', '2025-07-15', None),
    ]),
    ('02_kerem_shalom_reopen.txt', [
        ('8 a.m. (0600 GMT) on Sunday', '2025-01-26 08:00', 'Asia/Jerusalem'),
        ('late Tuesday', '2025-01-21', None),
    ]),
    ('03_sake_fighting.txt', [
        ('around 5h30 this Friday', '2025-08-29 05:30', 'Africa/Lubumbashi'),
        ('from 7 p.m. tonight', '2025-08-29 19:00', 'Africa/Lubumbashi'),
    ]),
    ('04_strait_thunder.txt', [
        ('7:30 a.m. (2330 GMT Thursday) on Friday', '2026-04-24 07:30', 'Asia/Taipei'),
        ('national security meeting at 2 p.m.', '2026-04-24 14:00', 'Asia/Taipei'),
    ]),
    ('05_sotk_border_fire.txt', [
        ('at 23:10 on Monday', '2026-02-02 23:10', 'Asia/Yerevan'),
        ('at 22:45 Baku time on Monday', '2026-02-02 22:45', 'Asia/Baku'),
        ('in Gabala on February 10', '2026-02-10', None),
    ]),
    ('06_scarborough_water_cannon.txt', [
        ('At 0915H today', '2026-06-18 09:15', 'Asia/Manila'),
        ('from 0630H until 1100H', '2026-06-18 06:30', 'Asia/Manila'),
        ('press conference at 1400H', '2026-06-18 14:00', 'Asia/Manila'),
    ]),
    ('07_el_fasher_flash_update.txt', [
        ('early on 9 December, around 03:00 local time', '2025-12-09 03:00', 'Africa/Khartoum'),
        ('depart Tine, Chad, for North Darfur on 12 December', '2025-12-12', None),
    ]),
    ('08_cuyuni_patrol_fire.txt', [
        ('at 2:20 p.m. yesterday', '2024-09-09 14:20', 'America/Guyana'),
        ('address the nation at 8 p.m. tonight', '2024-09-10 20:00', 'America/Guyana'),
    ]),
    ('09_ibar_lepenac_blast.txt', [
        ('at 1:30 a.m. on Sunday', '2025-03-30 01:30', 'Europe/Belgrade'),
        ('at 3:15 a.m.', '2025-03-30 03:15', 'Europe/Belgrade'),
        ('Pristina and Belgrade on Wednesday', '2025-04-02', None),
    ]),
    ('10_nk_missile_east_sea.txt', [
        ('at 7:48 a.m. on Thursday', '2026-01-15 07:48', 'Asia/Seoul'),
        ('3 p.m. New York time on Friday', '2026-01-16 15:00', 'America/New_York'),
        ('emergency meeting at 9 a.m.', '2026-01-15 09:00', 'Asia/Seoul'),
    ]),
    ('11_djibo_army_post.txt', [
        ('early on Sunday', '2024-10-06', None),
        ('three days of national mourning starting Wednesday', '2024-10-09', None),
    ]),
    ('12_kani_monastery_airstrike.txt', [
        ('about 11:40 pm on Saturday', '2026-05-09 23:40', 'Asia/Yangon'),
        ('around 1 am Sunday', '2026-05-10 01:00', 'Asia/Yangon'),
    ]),
    ('13_poonch_loc_firing.txt', [
        ('at 10:20 pm IST on Wednesday', '2025-06-04 22:20', 'Asia/Kolkata'),
        ('at 9:30 pm PKT', '2025-06-04 21:30', 'Asia/Karachi'),
        ('12 noon IST on Friday', '2025-06-06 12:00', 'Asia/Kolkata'),
    ]),
    ('14_ukmto_hodeidah.txt', [
        ('At 1320Z', '2024-06-27 13:20', 'UTC'),
        ('At 1355Z', '2024-06-27 13:55', 'UTC'),
    ]),
    ('15_isfahan_live.txt', [
        ('around 4:30 a.m. local time (0100 GMT) on Friday', '2026-08-14 04:30', 'Asia/Tehran'),
        ('brief reporters at 11:00 Israel time', '2026-08-14 11:00', 'Asia/Jerusalem'),
    ]),
    ('16_guayaquil_prison_riot.txt', [
        ('At 03h40 today', '2024-04-16 03:40', 'America/Guayaquil'),
        ('entered the prison at 06h15', '2024-04-16 06:15', 'America/Guayaquil'),
        ('regained control of the pavilion at 08h05', '2024-04-16 08:05', 'America/Guayaquil'),
        ('press conference at 15h30', '2024-04-16 15:30', 'America/Guayaquil'),
    ]),
    ('17_svalbard_cable.txt', [
        ('at 01:50 local time on Sunday', '2025-10-26 01:50', 'Arctic/Longyearbyen'),
        ('reached the site at 11:30', '2025-10-26 11:30', 'Arctic/Longyearbyen'),
    ]),
    ('18_nasir_fighting.txt', [
        ('around 5 a.m. (0300 GMT) on Tuesday', '2025-03-04 05:00', 'Africa/Juba'),
        ('meet in emergency session on Thursday', '2025-03-06', None),
    ]),
    ('19_jamundi_car_bomb.txt', [
        ('at 6:45 a.m. on Wednesday', '2024-12-18 06:45', 'America/Bogota'),
        ('travel to Jamundí on Friday', '2024-12-20', None),
        ('from 00:00 on December 24', '2024-12-24 00:00', 'America/Bogota'),
    ]),
    ('20_kerem_shalom_update2.txt', [
        ('8 a.m. on Sunday (0600 GMT)', '2025-01-26 08:00', 'Asia/Jerusalem'),
        ('late on Tuesday', '2025-01-21', None),
        ('cross via Kerem Shalom on Monday', '2025-01-27', None),
        ('10:00 Geneva time on Thursday', '2025-01-23 10:00', 'Europe/Zurich'),
    ]),
    ('21_tasman_plan_task_group.md', [
        ('at 1:30 am AEST on Sunday 5 October', '2025-10-05 01:30', 'Australia/Sydney'),
        ('At 9:00 am AEDT', '2025-10-05 09:00', 'Australia/Sydney'),
        ('at 3:30 pm AEDT today', '2025-10-05 15:30', 'Australia/Canberra'),
        ('between 6 October and 8 October', '2025-10-06', None),
    ]),
    ('22_magellan_russian_vessel.md', [
        ('at 14:10 local time on Saturday', '2025-04-05 14:10', 'America/Punta_Arenas'),
        ('radio contact with the Russian ship at 15:05', '2025-04-05 15:05', 'America/Punta_Arenas'),
        ('exit into the Pacific on Tuesday', '2025-04-08', None),
        ('in Valparaíso at 11:00 on Monday', '2025-04-07 11:00', 'America/Santiago'),
    ]),
    ('23_mali_travel_advice.md', [
        ('early on Tuesday 17 September', '2024-09-17', None),
        ('reopen at 12:00 GMT on 18 September', '2024-09-18 12:00', 'UTC'),
    ]),
    ('24_brcko_eufor.md', [
        ('voted at 22:40 on Tuesday', '2025-12-09 22:40', 'Europe/Sarajevo'),
        ('will arrive by Friday', '2025-12-12', None),
        ('in Sarajevo at 13:00 on Thursday', '2025-12-11 13:00', 'Europe/Sarajevo'),
    ]),
    ('25_haiti_penitentiary.md', [
        ('at about 1:45 a.m. Sunday', '2026-03-08 01:45', 'America/Port-au-Prince'),
        ('counterattack at 4:30 a.m.', '2026-03-08 04:30', 'America/Port-au-Prince'),
        ('curfew from 6 p.m. tonight', '2026-03-08 18:00', 'America/Port-au-Prince'),
    ]),
    ('26_zaporizhzhia_live.md', [
        ('at 05:32 Kyiv time', '2025-11-18 05:32', 'Europe/Kyiv'),
        ('Vienna at 15:00 CET on Thursday', '2025-11-20 15:00', 'Europe/Vienna'),
        ('from 17:00 to 22:00 local time today', '2025-11-18 17:00', 'Europe/Kyiv'),
    ]),
    ('27_kyiv_energy_drones.html', [
        ('at 2:50 a.m. on Tuesday', '2024-07-09 02:50', 'Europe/Kyiv'),
        ('from 14:00 today', '2024-07-09 14:00', 'Europe/Kyiv'),
    ]),
    ('28_ghumdhum_mortar.html', [
        ('at around 10:30 pm on Sunday', '2024-02-11 22:30', 'Asia/Dhaka'),
        ('flag meeting at 11:00 am on Wednesday', '2024-02-14 11:00', 'Asia/Dhaka'),
    ]),
    ('29_natuna_bakamla.html', [
        ('at 08.15 WIB on Tuesday', '2026-09-22 08:15', 'Asia/Jakarta'),
        ('left the area at 11.40 WIB', '2026-09-22 11:40', 'Asia/Jakarta'),
        ('scheduled for 14.00 WIB on Wednesday', '2026-09-23 14:00', 'Asia/Jakarta'),
    ]),
    ('30_tyre_strike.html', [
        ('at 6:20 p.m. on Tuesday', '2024-08-20 18:20', 'Asia/Beirut'),
        ('at dawn on Tuesday', '2024-08-20', None),
        ('meet on Thursday', '2024-08-22', None),
    ]),
    ('31_tasman_live_fire_nz.html', [
        ('beginning at 10.30am NZDT on Friday', '2025-01-24 10:30', 'Pacific/Auckland'),
        ('at 9.58am on Wednesday', '2025-01-22 09:58', 'Pacific/Auckland'),
        ('later today', '2025-01-22', None),
        ('at 4pm on Monday', '2025-01-27 16:00', 'Pacific/Auckland'),
    ]),
    ('32_error_404.html', [
    ]),
    ('33_events_calendar.html', [
    ]),
    ('34_kismayo_hotel_siege.html', [
        ('at 7:30 p.m. on Friday', '2025-08-29 19:30', 'Africa/Mogadishu'),
        ('later on Saturday', '2025-08-30', None),
        ('resume at noon local time on Sunday', '2025-08-31 12:00', 'Africa/Mogadishu'),
    ]),
    ('35_katsina_bandit_attack.json', [
        ('at about 0200hrs on Sunday 7 September 2025', '2025-09-07 02:00', 'Africa/Lagos'),
        ('deployed to the area at 0330hrs', '2025-09-07 03:30', 'Africa/Lagos'),
        ('will visit the community later today', '2025-09-07', None),
    ]),
    ('36_kotka_drone_airspace.json', [
        ('at 18:42 Finnish time on Wednesday', '2026-11-25 18:42', 'Europe/Helsinki'),
        ('at 10 a.m. on Friday', '2026-11-27 10:00', 'Europe/Helsinki'),
    ]),
    ('37_sanaa_us_strikes.json', [
        ('at 11:50 p.m. Sanaa time on Saturday', '2024-11-02 23:50', 'Asia/Aden'),
        ('at 1:30 p.m. ET on Monday', '2024-11-04 13:30', 'America/New_York'),
    ]),
    ('38_bambari_minusca.json', [
        ('at 16h15 on Monday', '2026-10-12 16:15', 'Africa/Bangui'),
        ('go ahead on December 27', '2026-12-27', None),
    ]),
    ('39_alaska_adiz_bombers.json', [
        ('at 5:17 p.m. AKDT on Wednesday', '2026-07-29 17:17', 'America/Anchorage'),
        ('at 9 a.m. Mountain time on Thursday', '2026-07-30 09:00', 'America/Denver'),
    ]),
    ('40_login_wall.json', [
    ]),
]

# publication dates (local) used to resolve relative days
PUB = {'01': '2025-07-14', '02': '2025-01-22', '03': '2025-08-29', '04': '2026-04-24', '05': '2026-02-03', '06': '2026-06-18', '07': '2025-12-10', '08': '2024-09-10', '09': '2025-03-30', '10': '2026-01-15', '11': '2024-10-08', '12': '2026-05-12', '13': '2025-06-05', '14': '2024-06-27', '15': '2026-08-14', '16': '2024-04-16', '17': '2025-10-26', '18': '2025-03-04', '19': '2024-12-19', '20': '2025-01-22', '21': '2025-10-05', '22': '2025-04-06', '23': '2024-09-17', '24': '2025-12-10', '25': '2026-03-08', '26': '2025-11-18', '27': '2024-07-09', '28': '2024-02-12', '29': '2026-09-22', '30': '2024-08-20', '31': '2025-01-22', '34': '2025-08-30', '35': '2025-09-07', '36': '2026-11-26', '37': '2024-11-03', '38': '2026-10-13', '39': '2026-07-30'}
WD = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]

def to_utc(local, zone):
    if zone is None:
        date.fromisoformat(local); return local, None
    naive = datetime.fromisoformat(local)
    dt = naive.replace(tzinfo=ZoneInfo(zone))
    back = dt.astimezone(timezone.utc).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    if back != naive: raise ValueError(f"nonexistent local time {local} {zone}")
    if dt.replace(fold=1).utcoffset() != dt.utcoffset(): raise ValueError(f"ambiguous local time {local} {zone}")
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), dt.utcoffset()

def main():
    bad = 0; nkeys = 0
    files = sorted(f for f in os.listdir(HERE) if re.match(r"\d\d_.*\.(txt|md|html|json)$", f) and not f.endswith(".expected.json"))
    names = [n for n, _ in TABLE]
    if sorted(names) != files:
        print("TABLE/file mismatch", set(names) ^ set(files)); bad += 1
    for name, kts in TABLE:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        if name.endswith(".json"): json.loads(text)
        label = json.load(open(os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8"))
        errs = []
        for k in ["headline", "keyTimes", "alert", "topics", "notTopics", "location", "arithmetic"]:
            if k not in label: errs.append("missing " + k)
        got = []
        for phrase, local, zone in kts:
            u, off = to_utc(local, zone)
            got.append(u)
            if phrase.lower() not in text.lower(): errs.append(f"phrase not in text: {phrase!r}")
            d = date.fromisoformat(local[:10])
            # the last weekday word in the phrase names the local day (earlier ones may be GMT hints)
            wds = re.findall(r"\b(" + "|".join(WD) + r")\b", phrase.lower())
            if wds and WD.index(wds[-1]) != d.weekday():
                errs.append(f"weekday mismatch {phrase!r} {local}")
            p = PUB.get(name[:2])
            if p:
                delta = (d - date.fromisoformat(p)).days
                if wds and abs(delta) > 6: errs.append(f"weekday not within a week of publication {phrase!r}")
                low = phrase.lower()
                if "yesterday" in low and delta != -1: errs.append("yesterday mismatch")
                if re.search(r"\b(today|tonight)\b", low) and delta != 0: errs.append("today/tonight mismatch")
            m = re.search(r"\((\d{2})(\d{2}) GMT", phrase)
            if m and zone and u[11:16] != m.group(1) + ":" + m.group(2):
                errs.append(f"GMT hint mismatch {phrase!r} -> {u}")
            pat = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$" if zone else r"^\d{4}-\d{2}-\d{2}$"
            if not re.match(pat, u): errs.append("format " + u)
        if got != label["keyTimes"]: errs.append(f"keyTimes differ: table {got} label {label['keyTimes']}")
        if len(set(got)) != len(got): errs.append("duplicate key time")
        if label["alert"]:
            if not label["headline"] or label["headline"] not in text: errs.append("headline not found verbatim in article")
            if re.match(r"^(UPDATE \d+-|LIVE:|EXCLUSIVE:|BREAKING:)", label["headline"]): errs.append("kicker in headline")
            if " | " in label["headline"]: errs.append("site suffix in headline")
            if not label["topics"]: errs.append("no topics")
        else:
            if label["keyTimes"]: errs.append("non-article with key times")
        if set(label["topics"]) & set(label["notTopics"]): errs.append("topic in notTopics")
        nkeys += len(got)
        print(("OK   " if not errs else "FAIL ") + name + f"  ({len(got)} key times)")
        for e in errs: print("     " + e)
        bad += bool(errs)
    print(f"\n{len(TABLE)} articles, {nkeys} key times, {bad} failing")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
