#!/usr/bin/env python3
"""Verify blind13: recompute every key time with zoneinfo.
TABLE rows: (quoted phrase, local 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', IANA zone or None, expected UTC, local weekday)."""
import json, os, sys
from datetime import datetime, timezone, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TABLE = {
    '01_kharkiv_liveblog.html': [
        ('Explosions were heard in Kharkiv at 02:40 Kyiv time', '2026-03-29T02:40', 'Europe/Kyiv', '2026-03-29T00:40Z', 'Sunday'),
        ('struck a five-storey residential building in Kupiansk at 11:20', '2026-03-29T11:20', 'Europe/Kyiv', '2026-03-29T08:20Z', 'Sunday'),
    ],
    '02_odesa_airforce_telegram.txt': [
        ('Air raid alert declared in Odesa and Izmail districts at 00:17', '2026-10-25T00:17', 'Europe/Kyiv', '2026-10-24T21:17Z', 'Sunday'),
        ('All clear in Odesa oblast at 05:12', '2026-10-25T05:12', 'Europe/Kyiv', '2026-10-25T03:12Z', 'Sunday'),
    ],
    '03_briceni_moldova_drone.md': [
        ('on Sunday evening at around 23:10', '2026-03-29T23:10', 'Europe/Chisinau', '2026-03-29T20:10Z', 'Sunday'),
        ('from 23:25 until 01:40 on Monday', '2026-03-29T23:25', 'Europe/Chisinau', '2026-03-29T20:25Z', 'Sunday'),
    ],
    '04_shebekino_tass.txt': [
        ('shelled the town of Shebekino at 14:20 Moscow time', '2026-07-06T14:20', 'Europe/Moscow', '2026-07-06T11:20Z', 'Monday'),
        ('a drone struck a car on the Belgorod-Shebekino road at around 09:05', '2026-07-06T09:05', 'Europe/Moscow', '2026-07-06T06:05Z', 'Monday'),
    ],
    '05_lgov_isw_assessment.html': [
        ('struck a fuel depot in Lgov at 0340 local time on July 15', '2026-07-15T03:40', 'Europe/Moscow', '2026-07-15T00:40Z', 'Wednesday'),
        ('conducted a mechanized assault near Tyotkino on July 14', '2026-07-14', 'Europe/Moscow', '2026-07-14', 'Tuesday'),
    ],
    '06_sumy_mod_update.md': [
        ('On 14 March 2026, Russian forces almost certainly conducted', '2026-03-14', 'Europe/Kyiv', '2026-03-14', 'Saturday'),
        ('On 15 March 2026, Ukrainian long-range drones highly likely struck', '2026-03-15', 'Europe/Moscow', '2026-03-15', 'Sunday'),
    ],
    '07_zaporizhzhia_reuters.txt': [
        ('at 11:05 p.m. on Tuesday', '2026-01-20T23:05', 'Europe/Kyiv', '2026-01-20T21:05Z', 'Tuesday'),
        ('at about 4 a.m. (0200 GMT) on Wednesday', '2026-01-21T04:00', 'Europe/Kyiv', '2026-01-21T02:00Z', 'Wednesday'),
    ],
    '08_istanbul_departures_board.html': [
    ],
    '09_homs_afp.txt': [
        ('exploded at around 7:45 pm (1645 GMT) on Thursday', '2026-02-12T19:45', 'Asia/Damascus', '2026-02-12T16:45Z', 'Thursday'),
        ('defused a second device at 9:10 pm', '2026-02-12T21:10', 'Asia/Damascus', '2026-02-12T18:10Z', 'Thursday'),
    ],
    '10_amman_embassy_alert.html': [
        ('will close to the public at 12:00 p.m. on Friday, April 10', '2026-04-10T12:00', 'Asia/Amman', '2026-04-10T09:00Z', 'Friday'),
        ('gatherings are planned to begin at 2:00 p.m. near the Kalouti Mosque', '2026-04-10T14:00', 'Asia/Amman', '2026-04-10T11:00Z', 'Friday'),
    ],
    '11_nabatieh_idf_statement.json': [
        ('at approximately 22:30 (Israel time) on Friday', '2026-03-27T22:30', 'Asia/Jerusalem', '2026-03-27T19:30Z', 'Friday'),
        ('hit the outskirts of Nabatieh at 01:10 local time on Saturday', '2026-03-28T01:10', 'Asia/Beirut', '2026-03-27T23:10Z', 'Saturday'),
    ],
    '12_khanyounis_ocha_flash.md': [
        ('At 06:00 on 15 June, the Israeli military issued evacuation orders', '2026-06-15T06:00', 'Asia/Gaza', '2026-06-15T03:00Z', 'Monday'),
        ('to leave by 12:00 the same day', '2026-06-15T12:00', 'Asia/Gaza', '2026-06-15T09:00Z', 'Monday'),
        ('Between 21:00 and 23:30 on 15 June', '2026-06-15T21:00', 'Asia/Gaza', '2026-06-15T18:00Z', 'Monday'),
    ],
    '13_jenin_ministry_statement.txt': [
        ('at around 3:30 a.m. on Tuesday', '2026-11-17T03:30', 'Asia/Hebron', '2026-11-17T01:30Z', 'Tuesday'),
        ('imposed a curfew on the camp from 7 a.m.', '2026-11-17T07:00', 'Asia/Hebron', '2026-11-17T05:00Z', 'Tuesday'),
    ],
    '14_hodeidah_centcom.html': [
        ('On Feb. 11 at approximately 11:40 p.m. (Sanaa time)', '2026-02-11T23:40', 'Asia/Aden', '2026-02-11T20:40Z', 'Wednesday'),
        ('at 6:15 p.m. (Sanaa time), the Houthis launched', '2026-02-11T18:15', 'Asia/Aden', '2026-02-11T15:15Z', 'Wednesday'),
    ],
    '15_mokha_navarea_warning.txt': [
        ('AT 220632Z MAY 26 A MERCHANT VESSEL REPORTED', '2026-05-22T06:32', 'UTC', '2026-05-22T06:32Z', 'Friday'),
        ('AT 1015 LOCAL TIME (0715Z)', '2026-05-22T10:15', 'Asia/Aden', '2026-05-22T07:15Z', 'Friday'),
    ],
    '16_hormuz_irgc_tanker.json': [
        ('at 05:30 Tehran time on Thursday', '2026-08-20T05:30', 'Asia/Tehran', '2026-08-20T02:00Z', 'Thursday'),
        ('docked at 10:50 local time', '2026-08-20T10:50', 'Asia/Tehran', '2026-08-20T07:20Z', 'Thursday'),
    ],
    '17_newsportal_privacy_update.md': [
    ],
    '18_elobeid_aljazeera_live.html': [
        ('at about 4pm local time (14:00 GMT) on Monday', '2026-11-02T16:00', 'Africa/Khartoum', '2026-11-02T14:00Z', 'Monday'),
        ('began shortly after midnight, at 00:20 on Tuesday', '2026-11-03T00:20', 'Africa/Khartoum', '2026-11-02T22:20Z', 'Tuesday'),
    ],
    '19_tombouctou_rfi_rss.xml': [
        ('vendredi vers 5h30 (heure locale et GMT)', '2026-03-06T05:30', 'Africa/Bamako', '2026-03-06T05:30Z', 'Friday'),
        ('couvre-feu de 19h00 à 6h00 est instauré à partir de ce samedi', '2026-03-07T19:00', 'Africa/Bamako', '2026-03-07T19:00Z', 'Saturday'),
    ],
    '20_uvira_curfew_order.txt': [
        ('from 20:00 (UTC+2) on Saturday 2 May 2026', '2026-05-02T20:00', 'Africa/Lubumbashi', '2026-05-02T18:00Z', 'Saturday'),
        ('suspended from 00:00 on Sunday 3 May', '2026-05-03T00:00', 'Africa/Lubumbashi', '2026-05-02T22:00Z', 'Sunday'),
    ],
    '21_mogadishu_hotel_attack.json': [
        ('late on Friday, at around 11:15 p.m. (GMT+3)', '2026-09-11T23:15', 'Africa/Mogadishu', '2026-09-11T20:15Z', 'Friday'),
        ('a second blast at 1:05 a.m. on Saturday', '2026-09-12T01:05', 'Africa/Mogadishu', '2026-09-11T22:05Z', 'Saturday'),
    ],
    '22_kyaukphyu_myanmar_airstrike.html': [
        ('just after midnight on Thursday, at 12:30 a.m.', '2026-01-15T00:30', 'Asia/Yangon', '2026-01-14T18:00Z', 'Thursday'),
        ('A second jet returned at 2.15am', '2026-01-15T02:15', 'Asia/Yangon', '2026-01-14T19:45Z', 'Thursday'),
    ],
    '23_poonch_loc_shelling.txt': [
        ("in Poonch's Krishna Ghati sector at 1.45am on Sunday", '2026-05-10T01:45', 'Asia/Kolkata', '2026-05-09T20:15Z', 'Sunday'),
        ('spotted over Mendhar at 10.20pm on Saturday', '2026-05-09T22:20', 'Asia/Kolkata', '2026-05-09T16:50Z', 'Saturday'),
    ],
    '24_khost_afghanistan_blast.json': [
        ('in Khost city at 8:10 a.m. local time', '2026-04-22T08:10', 'Asia/Kabul', '2026-04-22T03:40Z', 'Wednesday'),
        ('overnight, at around 2 a.m. on Wednesday', '2026-04-22T02:00', 'Asia/Kabul', '2026-04-21T21:30Z', 'Wednesday'),
    ],
    '25_sunan_yonhap_missiles.txt': [
        ('toward the East Sea at 7:25 a.m.', '2026-03-03T07:25', 'Asia/Seoul', '2026-03-02T22:25Z', 'Tuesday'),
        ('fell into waters outside its exclusive economic zone at 7:34 a.m.', '2026-03-03T07:34', 'Asia/Tokyo', '2026-03-02T22:34Z', 'Tuesday'),
    ],
    '26_ulsan_seoul_live_score.json': [
    ],
    '27_yonaguni_kyodo_atom.xml': [
        ('from around 10:40 a.m. to 3 p.m. Tuesday', '2026-09-08T10:40', 'Asia/Tokyo', '2026-09-08T01:40Z', 'Tuesday'),
        ('at 9 p.m. Monday', '2026-09-07T21:00', 'Asia/Tokyo', '2026-09-07T12:00Z', 'Monday'),
    ],
    '28_kinmen_cna_cst.md': [
        ('off Kinmen at 8:15 a.m. (CST) on Saturday', '2026-10-24T08:15', 'Asia/Taipei', '2026-10-24T00:15Z', 'Saturday'),
        ('over Lieyu (Lesser Kinmen) at 11:48 p.m. Friday', '2026-10-23T23:48', 'Asia/Taipei', '2026-10-23T15:48Z', 'Friday'),
    ],
    '29_scarborough_pcg_release.html': [
        ('At 9:03 AM today', '2026-07-17T09:03', 'Asia/Manila', '2026-07-17T01:03Z', 'Friday'),
        ('At 11:30 AM, a PLA Navy helicopter', '2026-07-17T11:30', 'Asia/Manila', '2026-07-17T03:30Z', 'Friday'),
    ],
    '30_kenscoff_haiti_gangs.txt': [
        ('at 1:30 a.m. on Sunday', '2026-03-08T01:30', 'America/Port-au-Prince', '2026-03-08T06:30Z', 'Sunday'),
        ('Around 10 a.m. Sunday, police', '2026-03-08T10:00', 'America/Port-au-Prince', '2026-03-08T14:00Z', 'Sunday'),
    ],
    '31_maracay_venezuela_es.json': [
        ('a las 2:30 de la madrugada (hora local) del sábado', '2026-06-13T02:30', 'America/Caracas', '2026-06-13T06:30Z', 'Saturday'),
        ('a partir de las 8:00 de la noche del sábado', '2026-06-13T20:00', 'America/Caracas', '2026-06-14T00:00Z', 'Saturday'),
    ],
    '32_tibu_colombia_eln.html': [
        ('at 11:50 p.m. on Wednesday', '2026-02-18T23:50', 'America/Bogota', '2026-02-19T04:50Z', 'Wednesday'),
        ('a security council scheduled for 3 p.m. Thursday in Cúcuta', '2026-02-19T15:00', 'America/Bogota', '2026-02-19T20:00Z', 'Thursday'),
    ],
    '33_zvecan_kosovo_ansa_it.txt': [
        ('nella notte tra lunedì e martedì, intorno alle 3', '2026-07-28T03:00', 'Europe/Belgrade', '2026-07-28T01:00Z', 'Tuesday'),
        ('alle 14.30 ora locale', '2026-07-28T14:30', 'Europe/Belgrade', '2026-07-28T12:30Z', 'Tuesday'),
    ],
    '34_kalbajar_anadolu_rss.xml': [
        ('Kalbajar district at 21:40 (GMT+4) on Thursday', '2026-10-15T21:40', 'Asia/Baku', '2026-10-15T17:40Z', 'Thursday'),
        ('near Sotk at 22:05 local time', '2026-10-15T22:05', 'Asia/Yerevan', '2026-10-15T18:05Z', 'Thursday'),
    ],
    '35_split_hvar_ferry_timetable.txt': [
    ],
    '36_nuuk_drones_airport.html': [
        ('over Nuuk Airport at 21:40 local time on Tuesday', '2026-02-17T21:40', 'America/Nuuk', '2026-02-17T23:40Z', 'Tuesday'),
        ('closed from 21:55 until 00:30', '2026-02-17T21:55', 'America/Nuuk', '2026-02-17T23:55Z', 'Tuesday'),
    ],
    '37_culiacan_tijuana_mexico.txt': [
        ('at 6:40 p.m. Thursday', '2026-05-14T18:40', 'America/Mazatlan', '2026-05-15T01:40Z', 'Thursday'),
        ('at 11:20 p.m. Thursday in Tijuana', '2026-05-14T23:20', 'America/Tijuana', '2026-05-15T06:20Z', 'Thursday'),
    ],
    '38_taiwan_strait_xinhua_atom.xml': [
        ('starting at 8 a.m. Monday Beijing time', '2026-08-03T08:00', 'Asia/Shanghai', '2026-08-03T00:00Z', 'Monday'),
        ('from 12:00 to 18:00 on Tuesday', '2026-08-04T12:00', 'Asia/Shanghai', '2026-08-04T04:00Z', 'Tuesday'),
    ],
    '39_erbil_pentagon_et.txt': [
        ('at approximately 9:45 p.m. ET on Sunday, Oct. 25 (4:45 a.m. Monday local time)', '2026-10-25T21:45', 'America/New_York', '2026-10-26T01:45Z', 'Sunday'),
        ('intercepted a second drone at 10:20 p.m. ET', '2026-10-25T22:20', 'America/New_York', '2026-10-26T02:20Z', 'Sunday'),
    ],
    '40_delhi_israel_ist_flight.md': [
        ('struck Haifa at 6:50 pm Israel time on Wednesday', '2026-01-14T18:50', 'Asia/Jerusalem', '2026-01-14T16:50Z', 'Wednesday'),
        ('departed Ben Gurion Airport at 11:30 pm (Israel time) on Thursday', '2026-01-15T23:30', 'Asia/Jerusalem', '2026-01-15T21:30Z', 'Thursday'),
        ('scheduled to land in Delhi at 8:10 am IST on Friday', '2026-01-16T08:10', 'Asia/Kolkata', '2026-01-16T02:40Z', 'Friday'),
    ],
}

NON_ARTICLES = {'26_ulsan_seoul_live_score.json', '35_split_hvar_ferry_timetable.txt', '17_newsportal_privacy_update.md', '08_istanbul_departures_board.html'}

def compute(local, zone):
    if len(local) == 10:
        d = date.fromisoformat(local)
        return local, d.strftime("%A"), None
    naive = datetime.fromisoformat(local)
    tz = ZoneInfo(zone)
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    if a.utcoffset() != b.utcoffset():
        return None, None, "ambiguous or non-existent local time"
    # non-existent check: round trip
    back = a.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        return None, None, "non-existent local time"
    return a.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), a.strftime("%A"), None

def main():
    fails = []
    checked = 0
    files = set()
    for p in os.listdir(ROOT):
        if p.endswith(".expected.json") or p == "meta" or os.path.isdir(os.path.join(ROOT, p)):
            continue
        files.add(p)
    if files != set(TABLE):
        fails.append(f"file set mismatch: extra={sorted(files - set(TABLE))} missing={sorted(set(TABLE) - files)}")
    for fn, rows in sorted(TABLE.items()):
        base = fn.rsplit(".", 1)[0]
        ep = os.path.join(ROOT, base + ".expected.json")
        if not os.path.exists(ep):
            fails.append(f"{fn}: no expected.json"); continue
        exp = json.load(open(ep, encoding="utf-8"))
        computed = []
        for phrase, local, zone, want, wd in rows:
            checked += 1
            if len(local) > 10 and not zone:
                fails.append(f"{fn}: {phrase!r} clocked time without zone"); continue
            got, gwd, err = compute(local, zone)
            if err:
                fails.append(f"{fn}: {phrase!r} {local} {zone}: {err}"); continue
            if got != want:
                fails.append(f"{fn}: {phrase!r} computed {got} != table {want}")
            if gwd != wd:
                fails.append(f"{fn}: {phrase!r} weekday {gwd} != table {wd}")
            if zone and zone not in exp.get("arithmetic", ""):
                fails.append(f"{fn}: zone {zone} missing from arithmetic")
            if phrase not in open(os.path.join(ROOT, fn), encoding="utf-8").read():
                fails.append(f"{fn}: phrase {phrase!r} not found in article")
            computed.append(got)
        if exp.get("keyTimes") != computed:
            fails.append(f"{fn}: keyTimes {exp.get('keyTimes')} != computed {computed}")
        is_non = fn in NON_ARTICLES
        if exp.get("alert") is not (not is_non):
            fails.append(f"{fn}: alert flag {exp.get('alert')} wrong (non-article={is_non})")
        if is_non and (rows or exp.get("keyTimes")):
            fails.append(f"{fn}: non-article with key times")
        for k in ("headline", "alert", "topics", "notTopics", "location", "keyTimes", "arithmetic"):
            if k not in exp:
                fails.append(f"{fn}: expected.json lacks {k}")
        if "EXCLUDED:" not in exp.get("arithmetic", ""):
            fails.append(f"{fn}: arithmetic lacks EXCLUDED")
    for f in fails:
        print("FAIL", f)
    print(f"{len(TABLE)} items, {checked} key times checked, {len(fails)} failures")
    if not fails:
        print("ALL PASS")
    return 1 if fails else 0

if __name__ == "__main__":
    sys.exit(main())
