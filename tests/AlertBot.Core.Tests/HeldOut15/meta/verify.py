#!/usr/bin/env python3
"""Recompute every key time of the blind set with zoneinfo and check expected.json files."""
import json, os, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

NON_ARTICLES = set()
TABLE = {}
# Each entry: file -> list of (quoted phrase, local 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', IANA zone or None,
#                              expected UTC 'YYYY-MM-DDTHH:MMZ' or 'YYYY-MM-DD', local weekday 'Mon'..'Sun')
# BEGIN TABLE
TABLE["01_shebekino_drone_attack.txt"] = [
    ("declared at 05:20 Moscow time", "2026-01-14T05:20", "Europe/Moscow", "2026-01-14T02:20Z", "Wed"),
    ("At 05:40 the first drones hit", "2026-01-14T05:40", "Europe/Moscow", "2026-01-14T02:40Z", "Wed"),
    ("depart from the district administration at 14:00 today", "2026-01-14T14:00", "Europe/Moscow", "2026-01-14T11:00Z", "Wed"),
]
TABLE["02_jenin_idf_raid.html"] = [
    ("entered Jenin at around 1:30 a.m. Friday", "2026-03-27T01:30", "Asia/Jerusalem", "2026-03-26T23:30Z", "Fri"),
    ("at 5:50 a.m. Israel time", "2026-03-27T05:50", "Asia/Jerusalem", "2026-03-27T02:50Z", "Fri"),
]
TABLE["03_zaporizhzhia_night_attack.json"] = [
    ("declared in Zaporizhzhia region at 01:58", "2026-03-29T01:58", "Europe/Kyiv", "2026-03-28T23:58Z", "Sun"),
    ("heard in the city at 02:45, before the clocks moved forward", "2026-03-29T02:45", "Europe/Kyiv", "2026-03-29T00:45Z", "Sun"),
    ("at 04:20 Kyiv time", "2026-03-29T04:20", "Europe/Kyiv", "2026-03-29T01:20Z", "Sun"),
]
TABLE["04_koya_iranian_drone_strike.md"] = [
    ("at around 3:15 am local time on Sunday", "2026-04-12T03:15", "Asia/Baghdad", "2026-04-12T00:15Z", "Sun"),
    ("suspended flights from 06:00", "2026-04-12T06:00", "Asia/Baghdad", "2026-04-12T03:00Z", "Sun"),
]
TABLE["05_nabatieh_frappes_drone.html"] = [
    ("vers 14h30 ce jeudi", "2026-06-18T14:30", "Asia/Beirut", "2026-06-18T11:30Z", "Thu"),
    ("peu avant minuit mercredi, à 23h50", "2026-06-17T23:50", "Asia/Beirut", "2026-06-17T20:50Z", "Wed"),
]
TABLE["06_chaman_border_clash.xml"] = [
    ("began at around 10:15pm on Monday", "2026-05-18T22:15", "Asia/Karachi", "2026-05-18T17:15Z", "Mon"),
    ("closed at 6am on Tuesday", "2026-05-19T06:00", "Asia/Karachi", "2026-05-19T01:00Z", "Tue"),
    ("scheduled for 3pm today", "2026-05-19T15:00", "Asia/Karachi", "2026-05-19T10:00Z", "Tue"),
]
TABLE["07_uri_infiltration_bid.txt"] = [
    ("in the early hours of Saturday, around 2.30 am", "2026-08-22T02:30", "Asia/Kolkata", "2026-08-21T21:00Z", "Sat"),
    ("started at 0430 hours", "2026-08-22T04:30", "Asia/Kolkata", "2026-08-21T23:00Z", "Sat"),
    ("from 8 pm tonight", "2026-08-22T20:00", "Asia/Kolkata", "2026-08-22T14:30Z", "Sat"),
]
TABLE["08_kinmen_coast_guard_incursion.json"] = [
    ("at 8:12 a.m. Thursday", "2026-09-10T08:12", "Asia/Taipei", "2026-09-10T00:12Z", "Thu"),
    ("dispatched vessels at 8:30 a.m.", "2026-09-10T08:30", "Asia/Taipei", "2026-09-10T00:30Z", "Thu"),
    ("around Taiwan at 10 p.m. Wednesday", "2026-09-09T22:00", "Asia/Taipei", "2026-09-09T14:00Z", "Wed"),
]
TABLE["09_st_columba_advent_calendar.txt"] = []
NON_ARTICLES.add("09_st_columba_advent_calendar.txt")
TABLE["10_yeonpyeong_artillery_fire.html"] = [
    ("from 9:10 p.m. to 10:05 p.m. on Wednesday", "2026-02-04T21:10", "Asia/Seoul", "2026-02-04T12:10Z", "Wed"),
    ("ordered into shelters at 9:25 p.m.", "2026-02-04T21:25", "Asia/Seoul", "2026-02-04T12:25Z", "Wed"),
    ("on the island at 10 a.m. Friday", "2026-02-06T10:00", "Asia/Seoul", "2026-02-06T01:00Z", "Fri"),
]
TABLE["11_joint_staff_missile_launch.txt"] = [
    ("At around 05:42 (JST) on 8 July", "2026-07-08T05:42", "Asia/Tokyo", "2026-07-07T20:42Z", "Wed"),
    ("fallen at around 05:53 (JST)", "2026-07-08T05:53", "Asia/Tokyo", "2026-07-07T20:53Z", "Wed"),
]
TABLE["12_depayin_monastery_airstrike.md"] = [
    ("at about 12:20 am on Tuesday", "2026-11-10T00:20", "Asia/Yangon", "2026-11-09T17:50Z", "Tue"),
    ("at 3 pm on Monday", "2026-11-09T15:00", "Asia/Yangon", "2026-11-09T08:30Z", "Mon"),
]
TABLE["13_hodeidah_ukmto_incident.txt"] = [
    ("At 0610Z (0910 LT) on 15 October", "2026-10-15T06:10", "UTC", "2026-10-15T06:10Z", "Thu"),
    ("At 0735Z the Master reported a second projectile", "2026-10-15T07:35", "UTC", "2026-10-15T07:35Z", "Thu"),
]
TABLE["14_nuuk_russian_vessel.xml"] = [
    ("at 21:40 local time on Saturday", "2026-03-28T21:40", "America/Nuuk", "2026-03-28T23:40Z", "Sat"),
    ("at 08:15 local time on Sunday", "2026-03-29T08:15", "America/Nuuk", "2026-03-29T09:15Z", "Sun"),
]
TABLE["15_sake_bombardements_goma.html"] = [
    ("tombées lundi vers 18 heures", "2026-02-02T18:00", "Africa/Lubumbashi", "2026-02-02T16:00Z", "Mon"),
    ("ce mardi à 5h30 (heure de Goma)", "2026-02-03T05:30", "Africa/Lubumbashi", "2026-02-03T03:30Z", "Tue"),
]
TABLE["16_el_obeid_drone_strikes.txt"] = [
    ("shook the city around 5:10 local time", "2026-06-30T05:10", "Africa/Khartoum", "2026-06-30T03:10Z", "Tue"),
    ("intercepted several drones at 4:45 am", "2026-06-30T04:45", "Africa/Khartoum", "2026-06-30T02:45Z", "Tue"),
]
TABLE["17_bosaso_car_bomb.md"] = [
    ("in Bosaso at 7:40 pm on Friday", "2026-02-27T19:40", "Africa/Mogadishu", "2026-02-27T16:40Z", "Fri"),
    ("the airport at 8:05 pm", "2026-02-27T20:05", "Africa/Mogadishu", "2026-02-27T17:05Z", "Fri"),
    ("a curfew from 9 pm Saturday", "2026-02-28T21:00", "Africa/Mogadishu", "2026-02-28T18:00Z", "Sat"),
]
TABLE["18_tera_army_post_attack.json"] = [
    ("at about half past five in the morning on Friday", "2026-05-01T05:30", "Africa/Niamey", "2026-05-01T04:30Z", "Fri"),
    ("at 4:15 pm on Friday", "2026-05-01T16:15", "Africa/Niamey", "2026-05-01T15:15Z", "Fri"),
]
TABLE["19_search_results_curfew.html"] = []
NON_ARTICLES.add("19_search_results_curfew.html")
TABLE["20_mirebalais_gang_attack.txt"] = [
    ("on Thursday night at around 11:30 pm", "2026-04-09T23:30", "America/Port-au-Prince", "2026-04-10T03:30Z", "Thu"),
    ("arrived in the town at 5 am Friday", "2026-04-10T05:00", "America/Port-au-Prince", "2026-04-10T09:00Z", "Fri"),
]
TABLE["21_jamundi_ataque_dron.html"] = [
    ("a las 11:45 p. m. del martes", "2026-07-14T23:45", "America/Bogota", "2026-07-15T04:45Z", "Tue"),
    ("a las 5:10 a. m. de este miércoles", "2026-07-15T05:10", "America/Bogota", "2026-07-15T10:10Z", "Wed"),
]
TABLE["22_paraguana_vessel_strike.txt"] = [
    ("At approximately 9:40 p.m. Eastern time on Nov. 18", "2026-11-18T21:40", "America/New_York", "2026-11-19T02:40Z", "Wed"),
    ("at 6 a.m. Caracas time Thursday", "2026-11-19T06:00", "America/Caracas", "2026-11-19T10:00Z", "Thu"),
]
TABLE["23_zubin_potok_canal_blast.md"] = [
    ("at around 11.40pm on Saturday", "2026-10-24T23:40", "Europe/Belgrade", "2026-10-24T21:40Z", "Sat"),
    ("at 7am on Sunday", "2026-10-25T07:00", "Europe/Belgrade", "2026-10-25T06:00Z", "Sun"),
    ("will hold an emergency session on Tuesday", "2026-10-27", None, "2026-10-27", "Tue"),
]
TABLE["24_khurvaleti_detention.json"] = [
    ("at around 11:00 on Tuesday", "2026-01-20T11:00", "Asia/Tbilisi", "2026-01-20T07:00Z", "Tue"),
    ("arrived at the site at 13:20", "2026-01-20T13:20", "Asia/Tbilisi", "2026-01-20T09:20Z", "Tue"),
]
TABLE["25_sotk_border_shooting.html"] = [
    ("opened fire at 02:10 on Thursday", "2026-09-03T02:10", "Asia/Yerevan", "2026-09-02T22:10Z", "Thu"),
    ("scheduled to meet at 15:00 on Friday", "2026-09-04T15:00", "Asia/Yerevan", "2026-09-04T11:00Z", "Fri"),
]
TABLE["26_ocnita_drone_found.txt"] = [
    ("On 25.10.2026 at 01:35 (before the switch to winter time)", "2026-10-25T01:35", "Europe/Chisinau", "2026-10-24T22:35Z", "Sun"),
    ("at 09:20 the Border Police closed", "2026-10-25T09:20", "Europe/Chisinau", "2026-10-25T07:20Z", "Sun"),
]
TABLE["27_kharkiv_bomb_drone_night.xml"] = [
    ("at 23:40 on Sunday Kyiv time", "2026-10-25T23:40", "Europe/Kyiv", "2026-10-25T21:40Z", "Sun"),
    ("at 00:20 on Monday", "2026-10-26T00:20", "Europe/Kyiv", "2026-10-25T22:20Z", "Mon"),
]
TABLE["28_scarborough_water_cannon.md"] = [
    ("At 0917H today, 14 August 2026", "2026-08-14T09:17", "Asia/Manila", "2026-08-14T01:17Z", "Fri"),
    ("At 1042H, CCG vessel 3105 fired", "2026-08-14T10:42", "Asia/Manila", "2026-08-14T02:42Z", "Fri"),
    ("expected to arrive at 1500H", "2026-08-14T15:00", "Asia/Manila", "2026-08-14T07:00Z", "Fri"),
]
TABLE["29_tokyo_stocks_close.txt"] = []
NON_ARTICLES.add("29_tokyo_stocks_close.txt")
TABLE["30_sugapa_military_post_attack.html"] = [
    ("at 06:30 WIT on Thursday", "2026-05-21T06:30", "Asia/Jayapura", "2026-05-20T21:30Z", "Thu"),
    ("evacuated the wounded to Timika at 10:15 local time", "2026-05-21T10:15", "Asia/Jayapura", "2026-05-21T01:15Z", "Thu"),
]
TABLE["31_rafah_crossing_reopens.txt"] = [
    ("reopened at 9:00am Cairo time on Sunday", "2026-07-12T09:00", "Africa/Cairo", "2026-07-12T06:00Z", "Sun"),
    ("entered the Strip at 11:30am", "2026-07-12T11:30", "Africa/Cairo", "2026-07-12T08:30Z", "Sun"),
]
TABLE["32_smara_projectiles.json"] = [
    ("at around 23:15 on Wednesday", "2026-03-04T23:15", "Africa/El_Aaiun", "2026-03-04T23:15Z", "Wed"),
    ("at 09:00 on Thursday", "2026-03-05T09:00", "Africa/El_Aaiun", "2026-03-05T09:00Z", "Thu"),
]
TABLE["33_birgunj_curfew_clashes.html"] = [
    ("from 2 pm on Monday", "2026-08-03T14:00", "Asia/Kathmandu", "2026-08-03T08:15Z", "Mon"),
    ("erupted at around 10:30 am", "2026-08-03T10:30", "Asia/Kathmandu", "2026-08-03T04:45Z", "Mon"),
]
TABLE["34_shah_porir_dwip_mortar_shells.txt"] = [
    ("around 8:15pm (BST) Tuesday", "2026-12-01T20:15", "Asia/Dhaka", "2026-12-01T14:15Z", "Tue"),
    ("started at 7:00pm Myanmar time", "2026-12-01T19:00", "Asia/Yangon", "2026-12-01T12:30Z", "Tue"),
    ("scheduled for 11am Thursday", "2026-12-03T11:00", "Asia/Dhaka", "2026-12-03T05:00Z", "Thu"),
]
TABLE["35_almaty_earthquake.md"] = [
    ("recorded at 00:48 Astana time on Thursday", "2026-02-26T00:48", "Asia/Almaty", "2026-02-25T19:48Z", "Thu"),
    ("followed at 02:10", "2026-02-26T02:10", "Asia/Almaty", "2026-02-25T21:10Z", "Thu"),
]
TABLE["36_ruwaished_border_smugglers.html"] = [
    ("east of Ruwaished at 3:40 a.m. on Tuesday", "2026-12-01T03:40", "Asia/Amman", "2026-12-01T00:40Z", "Tue"),
    ("at 5 a.m. Damascus time", "2026-12-01T05:00", "Asia/Damascus", "2026-12-01T02:00Z", "Tue"),
]
TABLE["37_culiacan_gunfights.txt"] = [
    ("around 5:30 a.m. Monday", "2026-04-20T05:30", "America/Mazatlan", "2026-04-20T12:30Z", "Mon"),
    ("suspended all flights from 7 a.m.", "2026-04-20T07:00", "America/Mazatlan", "2026-04-20T14:00Z", "Mon"),
]
TABLE["38_rail_strike_commuter_faq.txt"] = []
NON_ARTICLES.add("38_rail_strike_commuter_faq.txt")
TABLE["39_tasman_sea_live_fire.xml"] = [
    ("At approximately 9:58am AEDT on Saturday", "2026-02-21T09:58", "Australia/Sydney", "2026-02-20T22:58Z", "Sat"),
    ("crossing the Tasman from 11:00am AEDT", "2026-02-21T11:00", "Australia/Sydney", "2026-02-21T00:00Z", "Sat"),
]
TABLE["40_pedro_juan_caballero_attack.json"] = [
    ("at 2:15 a.m. on Monday", "2026-06-08T02:15", "America/Asuncion", "2026-06-08T05:15Z", "Mon"),
    ("reinforced the border at 6 a.m. local time", "2026-06-08T06:00", "America/Campo_Grande", "2026-06-08T10:00Z", "Mon"),
]
# END TABLE


def compute(local, zone):
    if len(local) == 10:
        d = datetime.strptime(local, "%Y-%m-%d")
        return local, WD[d.weekday()], None
    naive = datetime.strptime(local, "%Y-%m-%dT%H:%M")
    tz = ZoneInfo(zone)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() != b.utcoffset():
        return None, WD[naive.weekday()], "ambiguous or non-existent local time %s in %s" % (local, zone)
    back = a.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        return None, WD[naive.weekday()], "non-existent local time %s in %s" % (local, zone)
    return a.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), WD[naive.weekday()], None


def main():
    failures = []
    checked = 0
    files = sorted(f for f in os.listdir(ROOT)
                   if os.path.isfile(os.path.join(ROOT, f)) and not f.endswith(".expected.json"))
    if set(files) != set(TABLE):
        failures.append("file set mismatch: only on disk %s; only in table %s"
                        % (sorted(set(files) - set(TABLE)), sorted(set(TABLE) - set(files))))
    for f in sorted(TABLE):
        base = f.rsplit(".", 1)[0]
        ep = os.path.join(ROOT, base + ".expected.json")
        if not os.path.exists(ep):
            failures.append("%s: missing expected.json" % f); continue
        try:
            exp = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            failures.append("%s: bad json %s" % (f, e)); continue
        for k in ("headline", "alert", "topics", "notTopics", "location", "keyTimes", "arithmetic"):
            if k not in exp:
                failures.append("%s: field %s missing" % (f, k))
        computed = []
        for phrase, local, zone, want, wd in TABLE[f]:
            checked += 1
            got, gwd, err = compute(local, zone)
            if err:
                failures.append("%s: %s (%s)" % (f, err, phrase)); continue
            if got != want:
                failures.append("%s: '%s' computes %s, table says %s" % (f, phrase, got, want))
            if gwd != wd:
                failures.append("%s: '%s' weekday is %s, table says %s" % (f, phrase, gwd, wd))
            if zone and zone not in exp.get("arithmetic", ""):
                failures.append("%s: zone %s not named in arithmetic" % (f, zone))
            if phrase not in exp.get("arithmetic", ""):
                failures.append("%s: phrase '%s' not quoted in arithmetic" % (f, phrase))
            computed.append(got)
        if exp.get("keyTimes") != computed:
            failures.append("%s: keyTimes %s != computed %s" % (f, exp.get("keyTimes"), computed))
        is_non = f in NON_ARTICLES
        if exp.get("alert") is not (not is_non):
            failures.append("%s: alert should be %s" % (f, not is_non))
        if is_non and (exp.get("keyTimes") or exp.get("location")):
            failures.append("%s: non-article must have no key times / location" % f)
        art = open(os.path.join(ROOT, f), encoding="utf-8").read()
        plain = art.replace('\\"', '"')
        if exp.get("headline") and exp["headline"] not in plain:
            failures.append("%s: headline not found verbatim in article" % f)
        if exp.get("location") and exp["location"] not in art:
            failures.append("%s: location not found in article" % f)
        for phrase, *_ in TABLE[f]:
            if phrase not in art:
                failures.append("%s: phrase '%s' not found in article" % (f, phrase))
    for x in failures:
        print("FAIL", x)
    print("%d items, %d key times checked, %d failures" % (len(TABLE), checked, len(failures)))
    if not failures:
        print("ALL PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
