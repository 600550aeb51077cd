#!/usr/bin/env python3
"""Recompute every UTC key time of blind12 from (local datetime, IANA zone)
with zoneinfo and compare with the X.expected.json files.
Date-only key times are checked against the weekday named in the article."""
import json, os, sys
from datetime import datetime, date, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# file -> list of key times.
# clock time: (quoted phrase, local 'YYYY-MM-DDTHH:MM', IANA zone, expected UTC, local weekday)
# date only : (quoted phrase, 'YYYY-MM-DD', None, 'YYYY-MM-DD', weekday or None)
TABLE = {
 "01_coquimbo_quake.txt": [
  ("at 2.15 in the morning on Sunday", "2026-04-05T02:15", "America/Santiago", "2026-04-05T06:15Z", "Sunday"),
  ("at 5.27 a.m.", "2026-04-05T05:27", "America/Santiago", "2026-04-05T09:27Z", "Sunday")],
 "02_kalemie_floods.txt": [
  ("between 1 and 3 a.m. on 15 January 2026", "2026-01-15T01:00", "Africa/Lubumbashi", "2026-01-14T23:00Z", "Thursday"),
  ("on Tuesday 20 January", "2026-01-20", None, "2026-01-20", "Tuesday")],
 "03_nishtun_approach.txt": [
  ("at 161830Z FEB 26 / at 2130 local time", "2026-02-16T21:30", "Asia/Aden", "2026-02-16T18:30Z", "Monday")],
 "04_shiveluch_ash.txt": [
  ("began at 2026-06-09T19:40Z (07:40 local time on 10 June)", "2026-06-10T07:40", "Asia/Kamchatka", "2026-06-09T19:40Z", "Wednesday"),
  ("until 18:00 local time on 11 June", "2026-06-11T18:00", "Asia/Kamchatka", "2026-06-11T06:00Z", "Thursday")],
 "05_minya_train.txt": [
  ("at 14:05 hrs today, Saturday", "2026-04-25T14:05", "Africa/Cairo", "2026-04-25T11:05Z", "Saturday"),
  ("expected to resume at 23:00 hrs tonight", "2026-04-25T23:00", "Africa/Cairo", "2026-04-25T20:00Z", "Saturday")],
 "06_kone_unrest.txt": [
  ("on the night of Tuesday to Wednesday", "2026-05-05", None, "2026-05-05", "Tuesday"),
  ("from 10 p.m. on Friday until 5 a.m. on Monday", "2026-05-08T22:00", "Pacific/Noumea", "2026-05-08T11:00Z", "Friday")],
 "07_meppadi_landslide.txt": [
  ("in the early hours of Tuesday ... at around 0340 IST", "2026-07-28T03:40", "Asia/Kolkata", "2026-07-27T22:10Z", "Tuesday")],
 "08_jomsom_plane.txt": [
  ("at 6.28 a.m. (0043 GMT)", "2026-10-14T06:28", "Asia/Kathmandu", "2026-10-14T00:43Z", "Wednesday")],
 "09_portauxbasques_ferry.txt": [
  ("shortly after 11 p.m. on Saturday", "2026-10-31T23:00", "America/St_Johns", "2026-11-01T01:30Z", "Saturday"),
  ("at 4:50 a.m. Sunday", "2026-11-01T04:50", "America/St_Johns", "2026-11-01T08:20Z", "Sunday")],
 "10_tubacity_fire.txt": [
  ("at 4:15 p.m. local time (Monday afternoon)", "2026-06-15T16:15", "America/Denver", "2026-06-15T22:15Z", "Monday")],
 "11_brokenhill_fire.txt": [
  ("at 2:45pm local time (3:15pm AEDT)", "2026-01-20T14:45", "Australia/Broken_Hill", "2026-01-20T04:15Z", "Tuesday")],
 "12_taldykorgan_blast.txt": [
  ("at 19.30 Astana time (Tuesday evening)", "2026-02-03T19:30", "Asia/Almaty", "2026-02-03T14:30Z", "Tuesday")],
 "13_wamena_clashes.txt": [
  ("at 10:15 WIT (Friday)", "2026-08-14T10:15", "Asia/Jayapura", "2026-08-14T01:15Z", "Friday")],
 "14_forecast_table.txt": [],
 "15_manzanillo_hurricane.md": [
  ("at 5 o'clock this morning", "2026-09-17T05:00", "America/Mexico_City", "2026-09-17T11:00Z", "Thursday")],
 "16_derbent_telegram.md": [
  ("At 21:47 MSK", "2026-11-20T21:47", "Europe/Moscow", "2026-11-20T18:47Z", "Friday"),
  ("until 06:00 tomorrow", "2026-11-21T06:00", "Europe/Moscow", "2026-11-21T03:00Z", "Saturday")],
 "17_mananjary_cyclone.md": [
  ("two days ago, around noon on Thursday, local time", "2026-02-12T12:00", "Indian/Antananarivo", "2026-02-12T09:00Z", "Thursday"),
  ("until Monday 16 February", "2026-02-16", None, "2026-02-16", "Monday")],
 "18_zindajan_quake.md": [
  ("at 11:11 a.m. local time (0641 GMT) on Sunday", "2026-10-11T11:11", "Asia/Kabul", "2026-10-11T06:41Z", "Sunday"),
  ("at 12.19 local time", "2026-10-11T12:19", "Asia/Kabul", "2026-10-11T07:49Z", "Sunday")],
 "19_sagaing_airstrike.md": [
  ("on 12.03.2026 around 01:30 MMT", "2026-03-12T01:30", "Asia/Yangon", "2026-03-11T19:00Z", "Thursday")],
 "20_summit_programme.md": [],
 "21_pituffik_hangar.html": [
  ("at about seven yesterday evening, local time", "2026-02-17T19:00", "America/Thule", "2026-02-17T23:00Z", "Tuesday")],
 "22_cruzeirodosul_flood.html": [
  ("shortly before 9 a.m. Brasilia time on Monday (7 a.m. locally)", "2026-03-23T07:00", "America/Rio_Branco", "2026-03-23T12:00Z", "Monday")],
 "23_juarez_prison.html": [
  ("at 11:40 p.m. Saturday", "2026-02-07T23:40", "America/Ciudad_Juarez", "2026-02-08T06:40Z", "Saturday"),
  ("a hearing for Thursday at 10 a.m.", "2026-02-12T10:00", "America/Ciudad_Juarez", "2026-02-12T17:00Z", "Thursday")],
 "24_catarman_typhoon.html": [
  ("at 4:30 p.m. Manila time on Monday", "2026-11-09T16:30", "Asia/Manila", "2026-11-09T08:30Z", "Monday"),
  ("suspended until Wednesday", "2026-11-11", None, "2026-11-11", "Wednesday")],
 "25_asaluyeh_blast.html": [
  ("at 10:15 a.m. Tehran time", "2026-07-15T10:15", "Asia/Tehran", "2026-07-15T06:45Z", "Wednesday")],
 "26_chatham_grounding.html": [
  ("at 9.40am Chatham time (8.55am NZDT) on Wednesday", "2026-01-14T09:40", "Pacific/Chatham", "2026-01-13T19:55Z", "Wednesday")],
 "27_qamishli_drone.html": [
  ("at a quarter past six on Thursday evening", "2026-08-27T18:15", "Asia/Damascus", "2026-08-27T15:15Z", "Thursday"),
  ("tonight from 22:00 until 05:00", "2026-08-27T22:00", "Asia/Damascus", "2026-08-27T19:00Z", "Thursday")],
 "28_pangai_volcano.html": [
  ("began at 17:06 local time (Saturday)", "2026-03-14T17:06", "Pacific/Tongatapu", "2026-03-14T04:06Z", "Saturday")],
 "29_augusta_depot.html": [
  ("the first blast occurred at 01:45", "2026-10-25T01:45", "Europe/Rome", "2026-10-24T23:45Z", "Sunday"),
  ("a second ... followed at 05:10, after Italy had switched back to winter time", "2026-10-25T05:10", "Europe/Rome", "2026-10-25T04:10Z", "Sunday")],
 "30_newsletter_signup.html": [],
 "31_cucuta_attack.json": [
  ("at 9:50 p.m. (UTC-05:00) on Friday", "2026-05-22T21:50", "America/Bogota", "2026-05-23T02:50Z", "Friday")],
 "32_mocimboa_ataque.json": [
  ("at dawn on Sunday ... at around 4.30 a.m.", "2026-06-28T04:30", "Africa/Maputo", "2026-06-28T02:30Z", "Sunday")],
 "33_passau_hochwasser.json": [
  ("on Sunday night at 23:15", "2026-07-05T23:15", "Europe/Berlin", "2026-07-05T21:15Z", "Sunday"),
  ("to peak on Tuesday at around 8 a.m.", "2026-07-07T08:00", "Europe/Berlin", "2026-07-07T06:00Z", "Tuesday")],
 "34_marmaris_yangin.json": [
  ("at 10:15 (UTC+3) on Thursday", "2026-08-06T10:15", "Europe/Istanbul", "2026-08-06T07:15Z", "Thursday"),
  ("will reopen next Monday at 9 a.m.", "2026-08-10T09:00", "Europe/Istanbul", "2026-08-10T06:00Z", "Monday")],
 "35_adak_tsunami.json": [
  ("at 10:48 p.m. local time Tuesday", "2026-11-10T22:48", "America/Adak", "2026-11-11T08:48Z", "Tuesday"),
  ("cancelled at 1:30 a.m. Wednesday AKST", "2026-11-11T01:30", "America/Anchorage", "2026-11-11T10:30Z", "Wednesday")],
 "36_product_page.json": [],
 "37_lamu_attack.xml": [
  ("late Friday", "2026-09-04", None, "2026-09-04", "Friday")],
 "38_eteringbang_incident.xml": [
  ("at 0340 local (GMT-4) on Tuesday", "2026-04-21T03:40", "America/Guyana", "2026-04-21T07:40Z", "Tuesday")],
 "39_arawa_clashes.xml": [
  ("at 6.25pm local time (5.25pm Port Moresby time) on Wednesday", "2026-12-02T18:25", "Pacific/Bougainville", "2026-12-02T07:25Z", "Wednesday")],
 "40_longyearbyen_avalanche.xml": [
  ("at half past nine last night", "2026-12-07T21:30", "Arctic/Longyearbyen", "2026-12-07T20:30Z", "Monday")],
}

NON_ARTICLES = {"14_forecast_table.txt", "20_summit_programme.md",
                "30_newsletter_signup.html", "36_product_page.json"}


def to_utc(local, zone):
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    # reject non-existent / ambiguous wall-clock times
    back = dt.astimezone(timezone.utc).astimezone(ZoneInfo(zone))
    if back.replace(tzinfo=None) != dt.replace(tzinfo=None):
        raise ValueError(f"{local} does not exist in {zone}")
    other = dt.replace(fold=1 - dt.fold)
    if other.utcoffset() != dt.utcoffset():
        raise ValueError(f"{local} is ambiguous in {zone}")
    return dt, dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def main():
    fails, total = 0, 0
    files = sorted(f for f in os.listdir(ROOT)
                   if os.path.isfile(os.path.join(ROOT, f)) and not f.endswith(".expected.json"))
    if set(files) != set(TABLE):
        print("FILE SET MISMATCH", set(files) ^ set(TABLE)); fails += 1
    for f in sorted(TABLE):
        rows = TABLE[f]
        try:
            exp = json.load(open(os.path.join(ROOT, f.rsplit(".", 1)[0] + ".expected.json")))
        except Exception as e:
            print(f"FAIL {f}: cannot read expected.json ({e})"); fails += 1; continue
        computed = []
        for phrase, local, zone, want, wday in rows:
            total += 1
            if zone is None:
                d = date.fromisoformat(local)
                got = d.isoformat()
                if wday and d.strftime("%A") != wday:
                    print(f"FAIL {f}: {phrase!r} {got} is a {d.strftime('%A')}, not {wday}"); fails += 1
            else:
                dt, got = to_utc(local, zone)
                if wday and dt.strftime("%A") != wday:
                    print(f"FAIL {f}: {phrase!r} {local} is a {dt.strftime('%A')}, not {wday}"); fails += 1
            if got != want:
                print(f"FAIL {f}: {phrase!r} {local} [{zone}] -> {got}, table says {want}"); fails += 1
            computed.append(got)
        if sorted(computed) != sorted(exp.get("keyTimes", [])):
            print(f"FAIL {f}: expected.json keyTimes {exp.get('keyTimes')} != computed {computed}"); fails += 1
        if exp.get("alert") != (f not in NON_ARTICLES):
            print(f"FAIL {f}: alert flag"); fails += 1
        for z in {r[2] for r in rows if r[2]}:
            if z not in exp.get("arithmetic", ""):
                print(f"FAIL {f}: zone {z} missing from arithmetic"); fails += 1
    print(f"{len(TABLE)} items, {total} key times checked, {fails} failures")
    print("ALL PASS" if fails == 0 else "FAILED")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
