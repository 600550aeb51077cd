#!/usr/bin/env python3
"""Re-compute every key time of the blind5 set from (local datetime, IANA zone)
and check it against the *.expected.json labels.

TABLE[stem] = {"pub": reference/publication date,
               "keys": [(phrase, local, zone, expected_utc_offset, weekday), ...]}
  phrase  - exact text in the article the key time comes from (checked to exist)
  local   - "YYYY-MM-DD HH:MM" local wall clock, or "YYYY-MM-DD" for a date-only key
  zone    - IANA zone (or "UTC"); None for date-only keys
  offset  - the UTC offset I expect on that date ("+03:00"); checked against zoneinfo
  weekday - weekday named in the text (checked against the local date), or None
Several phrases may describe the same event; they must give the same value and are
listed once in keyTimes.
"""
import datetime as dt
import glob
import json
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set is one folder up

TABLE = {
 "01_mod_update_donetsk": {"pub": "2025-02-09", "keys": [
    ("On 7 February 2025, Russian forces almost certainly seized", "2025-02-07", None, None, None),
    ("On the morning of 6 February 2025", "2025-02-06", None, None, None),
    ("On 8 February 2025, Ukrainian uncrewed aerial vehicles", "2025-02-08", None, None, None)]},
 "02_mod_update_black_sea": {"pub": "2024-07-21", "keys": [
    ("On 19 July 2024", "2024-07-19", None, None, None),
    ("In the early hours of 20 July 2024", "2024-07-20", None, None, None),
    ("scheduled for 28 July 2024", "2024-07-28", None, None, None)]},
 "03_idf_statement_south_lebanon": {"pub": "2025-07-16", "keys": [
    ("At approximately 03:40 (Israel time)", "2025-07-16 03:40", "Asia/Jerusalem", "+03:00", None),
    ("at dawn, IAF fighter jets struck", "2025-07-16", None, None, None),
    ("on Monday evening", "2025-07-14", None, None, "Monday"),
    ("at 11:00 today", "2025-07-16 11:00", "Asia/Jerusalem", "+03:00", None)]},
 "04_idf_evacuation_gaza": {"pub": "2024-10-26", "keys": [
    ("on Sunday, October 27, between 10:00 and 14:00", "2024-10-27 10:00", "Asia/Jerusalem", "+02:00", "Sunday"),
    ("Monday, October 28, from 09:00 to 13:00", "2024-10-28 09:00", "Asia/Jerusalem", "+02:00", "Monday"),
    ("Earlier on Saturday, an airstrike", "2024-10-26", None, None, "Saturday")]},
 "05_isw_assessment_sumy": {"pub": "2025-03-20", "keys": [
    ("starting at 9:00pm Kyiv time on March 19", "2025-03-19 21:00", "Europe/Kyiv", "+02:00", None),
    ("at around 14:00 local time on March 20", "2025-03-20 14:00", "Europe/Kyiv", "+02:00", None),
    ("scheduled to meet on March 23", "2025-03-23", None, None, None),
    ("will meet on March 24", "2025-03-24", None, None, None),
    ("at 2:30 p.m. ET on March 21", "2025-03-21 14:30", "America/New_York", "-04:00", None)]},
 "06_ctp_isw_iran_update": {"pub": "2026-01-22", "keys": [
    ("at around 11:45 Tehran time on January 21", "2026-01-21 11:45", "Asia/Tehran", "+03:30", None),
    ("at 0815 UTC on January 21", "2026-01-21 08:15", "UTC", "+00:00", None),
    ("at around 21:30 local time on January 21", "2026-01-21 21:30", "Asia/Tehran", "+03:30", None),
    ("will hold talks with E3 representatives on January 27", "2026-01-27", None, None, None),
    ("at 9:00 on Sunday", "2026-01-25 09:00", "Asia/Tehran", "+03:30", "Sunday")]},
 "07_hydropac_east_china_sea": {"pub": "2025-08-18", "keys": [
    ("LIVE FIRING 190000Z TO 191000Z AUG 25", "2025-08-19 00:00", "UTC", "+00:00", None),
    ("from 8 a.m. to 6 p.m. Beijing time on Aug. 19", "2025-08-19 08:00", "Asia/Shanghai", "+08:00", None),
    ("MILITARY EXERCISES 0900 TO 1700 LOCAL TIME (UTC+8) 20 AUG 25", "2025-08-20 09:00", "Asia/Shanghai", "+08:00", None),
    ("ROCKET LAUNCHING 211422Z TO 211504Z AUG 25", "2025-08-21 14:22", "UTC", "+00:00", None)]},
 "08_ukmto_red_sea": {"pub": "2024-09-03", "keys": [
    ("At 0455Z on 03 September 2024", "2024-09-03 04:55", "UTC", "+00:00", None),
    ("At 0620 UTC a second projectile", "2024-09-03 06:20", "UTC", "+00:00", None),
    ("A further incident was reported at 14:30 UTC", "2024-09-03 14:30", "UTC", "+00:00", None),
    ("LIVE FIRING 041530ZSEP2024 TO 041900ZSEP2024", "2024-09-04 15:30", "UTC", "+00:00", None)]},
 "09_notam_jordan_airspace": {"pub": "2026-04-14", "keys": [
    ("from 23:00 local time on Tuesday (2000 GMT)", "2026-04-14 23:00", "Asia/Amman", "+03:00", "Tuesday"),
    ("B) 2604142000", "2026-04-14 20:00", "UTC", "+00:00", None),
    ("will brief reporters at 10:00 on Wednesday", "2026-04-15 10:00", "Asia/Amman", "+03:00", "Wednesday")]},
 "10_xinhua_strait_drills": {"pub": "2024-12-10", "keys": [
    ("starting at 7 a.m. Tuesday Beijing time", "2024-12-10 07:00", "Asia/Shanghai", "+08:00", "Tuesday"),
    ("in waters east of Taiwan Island from Wednesday", "2024-12-11", None, None, "Wednesday"),
    ("at a press conference at 10 a.m. Wednesday", "2024-12-11 10:00", "Asia/Shanghai", "+08:00", "Wednesday")]},
 "11_tass_belgorod": {"pub": "2025-08-10", "keys": [
    ("at around 08:15 Moscow time on Sunday", "2025-08-10 08:15", "Europe/Moscow", "+03:00", "Sunday"),
    ("a missile danger alert was declared at 13:02", "2025-08-10 13:02", "Europe/Moscow", "+03:00", None),
    ("from 23:00 Moscow time on August 9", "2025-08-09 23:00", "Europe/Moscow", "+03:00", None)]},
 "12_anadolu_syria": {"pub": "2025-12-07", "keys": [
    ("at around 11.20 p.m. local time on Saturday (2020GMT)", "2025-12-06 23:20", "Asia/Damascus", "+03:00", "Saturday"),
    ("at 6 a.m. local time (0300GMT) on Sunday", "2025-12-07 06:00", "Asia/Damascus", "+03:00", "Sunday"),
    ("at noon local time on Tuesday", "2025-12-09 12:00", "Asia/Damascus", "+03:00", "Tuesday")]},
 "13_yonhap_north_korea": {"pub": "2026-01-13", "keys": [
    ("at around 7:48 a.m. KST", "2026-01-13 07:48", "Asia/Seoul", "+09:00", None),
    ("missile launchers on Sunday", "2026-01-11", None, None, "Sunday"),
    ("emergency meeting at 10 a.m.", "2026-01-13 10:00", "Asia/Seoul", "+09:00", None)]},
 "14_dawn_torkham": {"pub": "2024-05-19", "keys": [
    ("at around 10.45pm PKT", "2024-05-18 22:45", "Asia/Karachi", "+05:00", None),
    ("at 10.15pm Kabul time", "2024-05-18 22:15", "Asia/Kabul", "+04:30", None),
    ("was held at noon on Sunday", "2024-05-19 12:00", "Asia/Karachi", "+05:00", "Sunday"),
    ("reopen for pedestrians at 8am on Monday", "2024-05-20 08:00", "Asia/Karachi", "+05:00", "Monday")]},
 "15_toi_poonch": {"pub": "2025-09-14", "keys": [
    ("around 11.30pm on Saturday", "2025-09-13 23:30", "Asia/Kolkata", "+05:30", "Saturday"),
    ("at 6.40pm IST (GMT+5:30)", "2025-09-14 18:40", "Asia/Kolkata", "+05:30", None),
    ("proposed for 11am on Tuesday", "2025-09-16 11:00", "Asia/Kolkata", "+05:30", "Tuesday")]},
 "16_arabnews_hodeidah": {"pub": "2024-11-19", "keys": [
    ("at around 3:20 p.m. local time", "2024-11-19 15:20", "Asia/Aden", "+03:00", None),
    ("at 11:52 p.m. Israel time", "2024-11-18 23:52", "Asia/Jerusalem", "+02:00", None),
    ("televised speech at 8 p.m. on Thursday", "2024-11-21 20:00", "Asia/Aden", "+03:00", "Thursday")]},
 "17_thenational_tehran_flights": {"pub": "2026-03-01", "keys": [
    ("at 2.30am on Sunday Tehran time", "2026-03-01 02:30", "Asia/Tehran", "+03:30", "Sunday"),
    ("at 5.05am Gulf Standard Time", "2026-03-01 05:05", "Asia/Dubai", "+04:00", None),
    ("coordination meeting with national carriers at 4pm", "2026-03-01 16:00", "Asia/Dubai", "+04:00", None)]},
 "18_bbc_live_kyiv": {"pub": "2025-10-26", "keys": [
    ("lasted from 02:14 to 03:40 Kyiv time", "2025-10-26 02:14", "Europe/Kyiv", "+03:00", None),
    ("at about 02:50 Kyiv time", "2025-10-26 02:50", "Europe/Kyiv", "+03:00", None),
    ("in Kyiv region at 06:00 local time", "2025-10-26 06:00", "Europe/Kyiv", "+02:00", None),
    ("scrambled at 03:05 Warsaw time", "2025-10-26 03:05", "Europe/Warsaw", "+01:00", None),
    ("at 14:00 CET on Monday", "2025-10-27 14:00", "Europe/Brussels", "+01:00", "Monday")]},
 "19_telegram_kherson": {"pub": "2025-01-26", "keys": [
    ("under artillery fire from the left bank since 07:50", "2025-01-26 07:50", "Europe/Kyiv", "+02:00", None),
    ("Last night Russian drones also attacked", "2025-01-25", None, None, None),
    ("in the Dniprovskyi district at 08:40", "2025-01-26 08:40", "Europe/Kyiv", "+02:00", None),
    ("from 20:00 on Friday, 31 January", "2025-01-31 20:00", "Europe/Kyiv", "+02:00", "Friday"),
    ("will depart at 10:00 tomorrow", "2025-01-27 10:00", "Europe/Kyiv", "+02:00", None)]},
 "20_telegram_houthi": {"pub": "2024-12-19", "keys": [
    ("at 02:32 Israel time", "2024-12-19 02:32", "Asia/Jerusalem", "+02:00", None),
    ("at 04:00 Sanaa time", "2024-12-19 04:00", "Asia/Aden", "+03:00", None),
    ("televised speech at 4 p.m. today", "2024-12-19 16:00", "Asia/Aden", "+03:00", None)]},
 "21_pentagon_briefing": {"pub": "2025-11-04", "keys": [
    ("at approximately 4:30 a.m. Eastern", "2025-11-04 04:30", "America/New_York", "-05:00", None),
    ("depart for Europe on Wednesday", "2025-11-05", None, None, "Wednesday"),
    ("opens at 9:00 a.m. Central European Time on Thursday", "2025-11-06 09:00", "Europe/Brussels", "+01:00", "Thursday"),
    ("the one at about 2:30 p.m. ET", "2025-11-02 14:30", "America/New_York", "-05:00", "Sunday")]},
 "22_un_noon_briefing": {"pub": "2024-03-20", "keys": [
    ("yesterday at around 3 a.m. local time", "2024-03-19 03:00", "America/Port-au-Prince", "-04:00", None),
    ("Tomorrow at 11 a.m., there will be a hybrid briefing", "2024-03-21 11:00", "America/New_York", "-04:00", None),
    ("for more than seven hours on Monday", "2024-03-18", None, None, "Monday"),
    ("at 10:00 Geneva time tomorrow", "2024-03-21 10:00", "Europe/Zurich", "+01:00", None),
    ("open briefing on Sudan at 3 p.m. this afternoon", "2024-03-20 15:00", "America/New_York", "-04:00", None)]},
 "23_ocha_sudan_el_fasher": {"pub": "2024-05-14", "keys": [
    ("broke out on 10 May", "2024-05-10", None, None, None),
    ("On 11 May, at about 17:30 local time", "2024-05-11 17:30", "Africa/Khartoum", "+02:00", None),
    ("On the 12th", "2024-05-12", None, None, None),
    ("in Port Sudan on 16 May", "2024-05-16", None, None, None)]},
 "24_ocha_drc_goma": {"pub": "2025-01-27", "keys": [
    ("In the early hours of 27 January", "2025-01-27", None, None, None),
    ("at around 21:00 local time (UTC+2) on 26 January", "2025-01-26 21:00", "Africa/Lubumbashi", "+02:00", None),
    ("in most of Goma on Sunday", "2025-01-26", None, None, "Sunday"),
    ("at 10:00 New York time on 27 January", "2025-01-27 10:00", "America/New_York", "-05:00", None)]},
 "25_acled_sahel": {"pub": "2025-09-19", "keys": [
    ("On 14 September, JNIM militants", "2025-09-14", None, None, None),
    ("at around 06:30 local time", "2025-09-16 06:30", "Africa/Niamey", "+01:00", None),
    ("On the 17th", "2025-09-17", None, None, None)]},
 "26_acled_americas": {"pub": "2024-10-04", "keys": [
    ("at around 3 a.m. local time", "2024-10-01 03:00", "America/Port-au-Prince", "-04:00", None),
    ("On 29 September, at around 22:00 local time", "2024-09-29 22:00", "America/Mazatlan", "-07:00", None),
    ("On 2 October, the bodies", "2024-10-02", None, None, None)]},
 "27_kyiv_air_raid_alert": {"pub": "2025-03-30", "keys": [
    ("lasted from 01:47 to 04:22 Kyiv time", "2025-03-30 01:47", "Europe/Kyiv", "+02:00", None),
    ("Explosions were heard at 02:12", "2025-03-30 02:12", "Europe/Kyiv", "+02:00", None),
    ("in Kyiv from 05:10 to 05:55", "2025-03-30 05:10", "Europe/Kyiv", "+03:00", None),
    ("consequences of the attack at 11:00", "2025-03-30 11:00", "Europe/Kyiv", "+03:00", None)]},
 "28_poland_operational_command": {"pub": "2025-01-15", "keys": [
    ("began in our airspace at 06:15", "2025-01-15 06:15", "Europe/Warsaw", "+01:00", None),
    ("voivodeships at 06:20", "2025-01-15 06:20", "Europe/Warsaw", "+01:00", None),
    ("closed to civilian traffic from 06:30 to 08:45", "2025-01-15 06:30", "Europe/Warsaw", "+01:00", None)]},
 "29_beirut_airport_notice": {"pub": "2025-03-29", "keys": [
    ("the Israeli strike late on Friday", "2025-03-28", None, None, "Friday"),
    ("suspended from 22:00 on Saturday 29 March", "2025-03-29 22:00", "Asia/Beirut", "+02:00", "Saturday"),
    ("will now depart at 07:15 on Monday 31 March", "2025-03-31 07:15", "Asia/Beirut", "+03:00", "Monday"),
    ("will reopen at 03:30 on Monday 31 March", "2025-03-31 03:30", "Asia/Beirut", "+03:00", "Monday")]},
 "30_airline_advisory_tlv": {"pub": "2025-06-14", "keys": [
    ("closure of Israeli airspace at 03:00 local time on Friday, 13 June", "2025-06-13 03:00", "Asia/Jerusalem", "+03:00", "Friday"),
    ("Jordanian airspace reopened at 07:00 local time on Saturday", "2025-06-14 07:00", "Asia/Amman", "+03:00", "Saturday"),
    ("NV1624 departing Frankfurt at 10:35 CEST", "2025-06-16 10:35", "Europe/Berlin", "+02:00", "Monday")]},
 "31_correction_beirut": {"pub": "2024-10-03", "keys": [
    ("at around 0140 GMT (4:40 a.m. local time)", "2024-10-03 01:40", "UTC", "+00:00", "Thursday"),
    ("in south Lebanon at 0600 GMT", "2024-10-03 06:00", "UTC", "+00:00", None),
    ("at 11:15 p.m. on Wednesday", "2024-10-02 23:15", "Asia/Beirut", "+03:00", "Wednesday"),
    ("at noon (0900 GMT) on Friday", "2024-10-04 12:00", "Asia/Beirut", "+03:00", "Friday")]},
 "32_update2_hormuz": {"pub": "2026-02-17", "keys": [
    ("east of the Strait of Hormuz at 0612 GMT", "2026-02-17 06:12", "UTC", "+00:00", "Tuesday"),
    ("at 10:20 a.m. Tehran time", "2026-02-17 10:20", "Asia/Tehran", "+03:30", None),
    ("in the Strait of Hormuz at 18:00 local time", "2026-02-16 18:00", "Asia/Tehran", "+03:30", "Monday")]},
 "33_refile_mali": {"pub": "2024-08-06", "keys": [
    ("began at around 0500 GMT", "2024-08-06 05:00", "UTC", "+00:00", "Tuesday"),
    ("from 14h30 on Tuesday", "2024-08-06 14:30", "Africa/Bamako", "+00:00", "Tuesday"),
    ("will be held in Segou on Thursday", "2024-08-08", None, None, "Thursday"),
    ("near Nara on Sunday", "2024-08-04", None, None, "Sunday")]},
 "34_editors_note_mogadishu": {"pub": "2025-04-09", "keys": [
    ("at around 10:50 p.m. local time (UTC+3)", "2025-04-08 22:50", "Africa/Mogadishu", "+03:00", "Tuesday"),
    ("between 0200 and 0400 on Thursday", "2025-04-10 02:00", "Africa/Mogadishu", "+03:00", "Thursday"),
    ("at 10:00 on Saturday", "2025-04-12 10:00", "Africa/Mogadishu", "+03:00", "Saturday")]},
 "35_tasman_live_fire": {"pub": "2025-02-21", "keys": [
    ("at 9:45am AEDT on Friday", "2025-02-21 09:45", "Australia/Sydney", "+11:00", "Friday"),
    ("between 10am and 4pm AEDT", "2025-02-21 10:00", "Australia/Sydney", "+11:00", None),
    ("at 3pm NZDT", "2025-02-21 15:00", "Pacific/Auckland", "+13:00", None),
    ("in Canberra on Tuesday", "2025-02-25", None, None, "Tuesday")]},
 "36_australia_p8_flares": {"pub": "2025-10-05", "keys": [
    ("at about 4.30pm AEST (Canberra time) on Saturday", "2025-10-04 16:30", "Australia/Sydney", "+10:00", "Saturday"),
    ("by phone at 11am", "2025-10-05 11:00", "Australia/Sydney", "+11:00", None),
    ("in Canberra at 1pm today", "2025-10-05 13:00", "Australia/Sydney", "+11:00", None)]},
 "37_philippines_scarborough": {"pub": "2024-09-25", "keys": [
    ("at around 9:15 a.m. Manila time on Wednesday", "2024-09-25 09:15", "Asia/Manila", "+08:00", "Wednesday"),
    ("followed at 11:02 a.m.", "2024-09-25 11:02", "Asia/Manila", "+08:00", None),
    ("early Tuesday sightings", "2024-09-24", None, None, "Tuesday"),
    ("at 2 p.m. Thursday", "2024-09-26 14:00", "Asia/Manila", "+08:00", "Thursday")]},
 "38_myanmar_airstrike": {"pub": "2024-08-28", "keys": [
    ("at around 1:30 a.m. on Tuesday local time", "2024-08-27 01:30", "Asia/Yangon", "+06:30", "Tuesday"),
    ("followed at dawn", "2024-08-27", None, None, None),
    ("for Myanmar on Friday", "2024-08-30", None, None, "Friday")]},
 "39_kyodo_jalert": {"pub": "2026-05-21", "keys": [
    ("issue a J-Alert warning at 6:42 a.m.", "2026-05-21 06:42", "Asia/Tokyo", "+09:00", "Thursday"),
    ("at around 6:34 a.m. Japan time", "2026-05-21 06:34", "Asia/Tokyo", "+09:00", None),
    ("National Security Council at 8 a.m.", "2026-05-21 08:00", "Asia/Tokyo", "+09:00", None),
    ("at 9 p.m. JST on Thursday", "2026-05-21 21:00", "Asia/Tokyo", "+09:00", "Thursday")]},
 "40_libya_tripoli_clashes": {"pub": "2025-05-13", "keys": [
    ("around 11 pm on the night of 12 to 13 May", "2025-05-12 23:00", "Africa/Tripoli", "+02:00", None),
    ("suspended all flights at 23:40 on Monday", "2025-05-12 23:40", "Africa/Tripoli", "+02:00", "Monday"),
    ("shortly after midnight", "2025-05-13", None, None, None),
    ("At dawn, forces affiliated", "2025-05-13", None, None, None),
    ("at 18:00 Tripoli time on Tuesday", "2025-05-13 18:00", "Africa/Tripoli", "+02:00", "Tuesday"),
    ("expires at midnight on Friday (23:59 local time)", "2025-05-16 23:59", "Africa/Tripoli", "+02:00", "Friday")]},
 # non-articles: no key times
 "41_paywall_subscribe": {"pub": None, "keys": []},
 "42_cookie_consent": {"pub": None, "keys": []},
 "43_maintenance_notice": {"pub": None, "keys": []},
 "44_section_links": {"pub": None, "keys": []},
}


def fmt_offset(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def convert(local, zone):
    """Return (key string, offset string or None, notes list)."""
    notes = []
    if zone is None:
        dt.date.fromisoformat(local)  # validates
        return local, None, notes
    naive = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    tz = dt.timezone.utc if zone == "UTC" else ZoneInfo(zone)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() != b.utcoffset():
        notes.append("AMBIGUOUS/NONEXISTENT local time")
    # non-existent check: round trip through UTC must give back the same wall clock
    back = a.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        notes.append("NONEXISTENT local time")
    u = a.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%MZ"), fmt_offset(a.utcoffset()), notes


def article_path(stem):
    for p in glob.glob(os.path.join(HERE, stem + ".*")):
        if not p.endswith(".expected.json"):
            return p
    return None


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    texts = [raw]
    if path.endswith(".json"):
        obj = json.loads(raw)
        texts += [v for v in obj.values() if isinstance(v, str)]
    return "\n".join(texts)


def expected_keys(stem):
    out = []
    for phrase, local, zone, off, wd in TABLE[stem]["keys"]:
        k, _, _ = convert(local, zone)
        if k not in out:
            out.append(k)
    return out


def main():
    bad = 0
    total = 0
    stems = sorted(TABLE)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "[0-9][0-9]_*")))
    labels = [f for f in files if f.endswith(".expected.json")]
    arts = [f for f in files if not f.endswith(".expected.json")]
    if len(arts) != 44 or len(labels) != 44:
        print(f"FAIL: expected 44 articles and 44 labels, got {len(arts)} / {len(labels)}")
        bad += 1
    for stem in stems:
        errs = []
        path = article_path(stem)
        if not path:
            print(f"FAIL {stem}: article file missing"); bad += 1; continue
        text = article_text(path)
        for phrase, local, zone, off, wd in TABLE[stem]["keys"]:
            if phrase not in text:
                errs.append(f"phrase not found: {phrase!r}")
            k, got_off, notes = convert(local, zone)
            if notes:
                errs.append(f"{phrase!r}: {notes}")
            if zone is not None and got_off != off:
                errs.append(f"{phrase!r}: offset {got_off} != expected {off}")
            if wd:
                d = dt.date.fromisoformat(local[:10])
                if d.strftime("%A") != wd:
                    errs.append(f"{phrase!r}: {d} is {d.strftime('%A')}, not {wd}")
        lab_path = os.path.join(HERE, stem + ".expected.json")
        try:
            lab = json.load(open(lab_path, encoding="utf-8"))
        except Exception as e:  # noqa
            errs.append(f"label unreadable: {e}")
            lab = None
        if lab is not None:
            for field in ("headline", "keyTimes", "alert", "topics", "notTopics", "location", "arithmetic"):
                if field not in lab:
                    errs.append(f"label missing field {field}")
            exp = expected_keys(stem)
            if lab.get("keyTimes") != exp:
                errs.append(f"keyTimes {lab.get('keyTimes')} != recomputed {exp}")
            if lab.get("headline") and lab["headline"] not in open(path, encoding="utf-8").read() \
                    and lab["headline"] not in text:
                errs.append("headline not found verbatim in article")
            if not lab.get("alert") and lab.get("keyTimes"):
                errs.append("non-alert file has key times")
            if set(lab.get("topics", [])) & set(lab.get("notTopics", [])):
                errs.append("topic listed in both topics and notTopics")
            total += len(lab.get("keyTimes", []))
        if errs:
            bad += 1
            print(f"FAIL {stem}:")
            for e in errs:
                print("   -", e)
        else:
            n = len(lab["keyTimes"]) if lab else 0
            print(f"OK   {stem}  ({n} key times)")
    print(f"total key times: {total}")
    if bad:
        print(f"{bad} FAILURES")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
