#!/usr/bin/env python3
"""Verify blind10: phrases present, UTC recomputed with zoneinfo, expected.json consistent."""
import json, os, re, sys, html
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (file, phrase exactly as in article, local datetime or date, IANA zone or None for date-only)
KT = [
("01_narva_crossing_closure.txt", "from 23:00 on Thursday", "2026-03-05T23:00", "Europe/Tallinn"),
("01_narva_crossing_closure.txt", "0214 hrs local time on Monday", "2026-03-02T02:14", "Europe/Tallinn"),
("02_ceuta_swim_dst.txt", "at 01:30 local time", "2026-03-29T01:30", "Africa/Ceuta"),
("02_ceuta_swim_dst.txt", "began at 04:15", "2026-03-29T04:15", "Africa/Ceuta"),
("02_ceuta_swim_dst.txt", "until 10 a.m. on Monday", "2026-03-30T10:00", "Africa/Ceuta"),
("03_menaka_army_post.txt", "shortly after 3 a.m. on Sunday", "2026-04-12T03:00", "Africa/Bamako"),
("03_menaka_army_post.txt", "from 7 p.m. this evening", "2026-04-13T19:00", "Africa/Bamako"),
("03_menaka_army_post.txt", "meet community leaders on Wednesday", "2026-04-15", None),
("04_beledweyne_curfew.txt", "1800 hrs (GMT+3) yesterday", "2026-05-07T18:00", "Africa/Mogadishu"),
("04_beledweyne_curfew.txt", "until 6 a.m. Saturday", "2026-05-09T06:00", "Africa/Mogadishu"),
("04_beledweyne_curfew.txt", "a quarter past four in the afternoon on Wednesday", "2026-05-06T16:15", "Africa/Mogadishu"),
("05_mount_hagen_embassy_alert.txt", "in Mount Hagen on June 18", "2026-06-18", None),
("05_mount_hagen_embassy_alert.txt", "beginning at 2pm on Saturday, June 20", "2026-06-20T14:00", "Pacific/Port_Moresby"),
("05_mount_hagen_embassy_alert.txt", "resume Monday at 9am", "2026-06-22T09:00", "Pacific/Port_Moresby"),
("06_ukmto_fujairah.txt", "120515ZJUN26", "2026-06-12T05:15", "UTC"),
("06_ukmto_fujairah.txt", "1030L", "2026-06-12T10:30", "Asia/Dubai"),
("07_notam_termez.txt", "from 0800 Tashkent local time on Wednesday until 8 p.m. on Friday", "2026-07-08T08:00", "Asia/Tashkent"),
("08_marawi_telegram.txt", "2.30pm today", "2026-07-21T14:30", "Asia/Manila"),
("08_marawi_telegram.txt", "last night around 11:45 PM", "2026-07-20T23:45", "Asia/Manila"),
("09_culiacan_prison_break.txt", "at 4.40 a.m.", "2026-08-14T04:40", "America/Mazatlan"),
("09_culiacan_prison_break.txt", "for tomorrow, Saturday", "2026-08-15", None),
("10_dprk_missiles_brief.txt", "07:12 KST", "2026-09-09T07:12", "Asia/Seoul"),
("10_dprk_missiles_brief.txt", "07:31 KST", "2026-09-09T07:31", "Asia/Seoul"),
("10_dprk_missiles_brief.txt", "drills that begin on Friday", "2026-09-11", None),
("11_maungdaw_flash_update.txt", "between 21:00 and 23:30 (Myanmar time, UTC+06:30) on 23 September", "2026-09-23T21:00", "Asia/Yangon"),
("11_maungdaw_flash_update.txt", "from 6 a.m. tomorrow (Bangladesh time)", "2026-09-26T06:00", "Asia/Dhaka"),
("12_nepalgunj_border.txt", "at 14h30 on Thursday", "2026-10-01T14:30", "Asia/Kathmandu"),
("12_nepalgunj_border.txt", "at 0600 IST on Sunday", "2026-10-04T06:00", "Asia/Kolkata"),
("13_bissau_what_we_know.txt", "about half past eleven on Saturday night", "2026-10-24T23:30", "Africa/Bissau"),
("13_bissau_what_we_know.txt", "Just after midnight", "2026-10-25T00:00", "Africa/Bissau"),
("13_bissau_what_we_know.txt", "At 02:10", "2026-10-25T02:10", "Africa/Bissau"),
("13_bissau_what_we_know.txt", "in Abuja on Tuesday at 10am (Abuja is UTC+1)", "2026-10-27T10:00", "Africa/Lagos"),
("15_gotland_cable.md", "at 03.47 on Tuesday", "2026-11-03T03:47", "Europe/Stockholm"),
("15_gotland_cable.md", "at 1130 yesterday", "2026-11-03T11:30", "Europe/Stockholm"),
("15_gotland_cable.md", "Thursday at 13:00", "2026-11-05T13:00", "Europe/Stockholm"),
("16_kandahar_market_blast.md", "9.15 in the morning local time in Kandahar on Monday", "2026-11-16T09:15", "Asia/Kabul"),
("16_kandahar_market_blast.md", "until noon on Wednesday", "2026-11-18T12:00", "Asia/Kabul"),
("17_zahedan_police_station.md", "at 22:40 Tehran time on Sunday", "2026-11-29T22:40", "Asia/Tehran"),
("17_zahedan_police_station.md", "cut from midnight", "2026-11-30T00:00", "Asia/Tehran"),
("17_zahedan_police_station.md", "due to be held tomorrow", "2026-12-01", None),
("18_batken_border_fire.md", "at 1710 local time (1110 GMT) on Monday", "2026-02-09T17:10", "Asia/Bishkek"),
("18_batken_border_fire.md", "from 20:00 Bishkek time on Monday", "2026-02-09T20:00", "Asia/Bishkek"),
("18_batken_border_fire.md", "meet in Isfara on Thursday", "2026-02-12", None),
("19_tak_bai_bombs.md", "at 14.30 on Monday", "2026-02-23T14:30", "Asia/Bangkok"),
("19_tak_bai_bombs.md", "from 06:00 on Thursday", "2026-02-26T06:00", "Asia/Bangkok"),
("21_zvecan_clashes.html", "from around 10 a.m. on Monday", "2026-11-09T10:00", "Europe/Belgrade"),
("21_zvecan_clashes.html", "at 19:45 the previous evening", "2026-11-08T19:45", "Europe/Belgrade"),
("21_zvecan_clashes.html", "by 18:00 CET", "2026-11-09T18:00", "Europe/Belgrade"),
("22_guayaquil_prison_liveblog.html", "around 5:40 this morning", "2026-01-20T05:40", "America/Guayaquil"),
("22_guayaquil_prison_liveblog.html", "at 11.35", "2026-01-20T11:35", "America/Guayaquil"),
("22_guayaquil_prison_liveblog.html", "from 11 p.m. tonight", "2026-01-20T23:00", "America/Guayaquil"),
("22_guayaquil_prison_liveblog.html", "freed at 15:20", "2026-01-20T15:20", "America/Guayaquil"),
("23_miyako_carrier_press_release.html", "At approximately 1500 on May 13", "2026-05-13T15:00", "Asia/Tokyo"),
("23_miyako_carrier_press_release.html", "From 0600 to 1800 on May 14", "2026-05-14T06:00", "Asia/Tokyo"),
("24_pacaraima_troops.html", "at 7am Brasília time on Wednesday", "2026-08-26T07:00", "America/Sao_Paulo"),
("24_pacaraima_troops.html", "at 8 p.m. local time on Monday", "2026-08-24T20:00", "America/Boa_Vista"),
("25_kuwait_drones.html", "at 0340 local time (0040 GMT) on Thursday", "2026-09-17T03:40", "Asia/Kuwait"),
("25_kuwait_drones.html", "from 4 a.m. until 9 a.m.", "2026-09-17T04:00", "Asia/Kuwait"),
("26_burundi_rwanda_border.html", "close at midnight tonight", "2026-03-17T00:00", "Africa/Bujumbura"),
("26_burundi_rwanda_border.html", "at around 9 p.m. on Saturday", "2026-03-14T21:00", "Africa/Bujumbura"),
("27_mocimboa_hostages.html", "at 11h00 on Wednesday", "2026-07-29T11:00", "Africa/Maputo"),
("27_mocimboa_hostages.html", "seized on the 14th", "2026-07-14", None),
("27_mocimboa_hostages.html", "flown to Pemba tomorrow morning", "2026-07-31", None),
("28_choluteca_count_violence.html", "at a quarter to midnight on Sunday", "2026-11-29T23:45", "America/Tegucigalpa"),
("28_choluteca_count_violence.html", "at 8:00 a.m. (UTC-6) on Wednesday", "2026-12-02T08:00", "America/Tegucigalpa"),
("29_vaasa_port_ransomware.html", "at 23.50 on 31 December", "2025-12-31T23:50", "Europe/Helsinki"),
("29_vaasa_port_ransomware.html", "until 2 pm on Friday", "2026-01-02T14:00", "Europe/Helsinki"),
("31_honiara_curfew.json", "from 6pm on Tuesday to 6am Wednesday", "2026-10-20T18:00", "Pacific/Guadalcanal"),
("31_honiara_curfew.json", "around 1 in the afternoon today", "2026-10-20T13:00", "Pacific/Guadalcanal"),
("31_honiara_curfew.json", "due to arrive on Thursday", "2026-10-22", None),
("32_myanmar_sanctions.json", "at 12:01 a.m. EDT on June 15", "2026-06-15T00:01", "America/New_York"),
("33_araucania_emergency.json", "at 00:00 on Thursday 3 December", "2026-12-03T00:00", "America/Santiago"),
("33_araucania_emergency.json", "at 3.20 a.m. on Monday", "2026-11-30T03:20", "America/Santiago"),
("34_ras_jedir_clash.json", "around two in the morning on Monday", "2026-04-27T02:00", "Africa/Tunis"),
("34_ras_jedir_clash.json", "shut until Thursday", "2026-04-30", None),
("35_cedros_fishermen.json", "at 1930 hrs on Sunday", "2026-10-11T19:30", "America/Port_of_Spain"),
("35_cedros_fishermen.json", "at 4:15 p.m. yesterday", "2026-10-12T16:15", "America/Port_of_Spain"),
("37_matsu_cable_cut.xml", "at 8:10 p.m. on Saturday", "2026-04-04T20:10", "Asia/Taipei"),
("37_matsu_cable_cut.xml", "at 0615 this morning", "2026-04-06T06:15", "Asia/Taipei"),
("38_agadez_curfew.xml", "beginning at 21:00 tonight", "2026-02-02T21:00", "Africa/Niamey"),
("38_agadez_curfew.xml", "on Sunday at 1600 GMT+1", "2026-02-01T16:00", "Africa/Niamey"),
("39_storskog_helicopter.xml", "at 10:05 local time yesterday", "2026-06-29T10:05", "Europe/Oslo"),
("39_storskog_helicopter.xml", "on Wednesday at 11:00", "2026-07-01T11:00", "Europe/Oslo"),
("40_mahahual_semisubmersible.xml", "at 13:20 local time (12:20 Mexico City time) on Sunday", "2026-08-02T13:20", "America/Cancun"),
("40_mahahual_semisubmersible.xml", "began at dawn today", "2026-08-03", None),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def to_utc(local, zone):
    if zone is None:
        return local
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")

def offset_str(local, zone):
    off = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)).utcoffset()
    m = int(off.total_seconds() // 60); s = "+" if m >= 0 else "-"; m = abs(m)
    return "UTC%s%02d:%02d" % (s, m // 60, m % 60)

def text_of(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        d = json.loads(raw)
        raw = "\n".join(str(v) for v in d.values())
    elif path.endswith((".html", ".xml")):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        raw = html.unescape(raw)  # RSS description is escaped twice-safe
    return re.sub(r"\s+", " ", raw)

def expected_for(fname):
    return [to_utc(l, z) for f, p, l, z in KT if f == fname]

def main():
    ok = True
    def fail(msg):
        nonlocal ok; ok = False; print("FAIL", msg)
    files = sorted(f for f in os.listdir(ROOT) if re.match(r"\d\d_", f) and not f.endswith(".expected.json"))
    if len(files) != 40: fail("expected 40 items, found %d" % len(files))
    for f, p, l, z in KT:
        path = os.path.join(ROOT, f)
        if not os.path.exists(path): fail("missing file " + f); continue
        if re.sub(r"\s+", " ", p) not in text_of(path): fail("%s: phrase not found: %r" % (f, p))
        # weekday sanity
        hits = sorted((p.find(wd), i) for i, wd in enumerate(WEEKDAYS) if wd in p)
        if hits and datetime.fromisoformat(l[:10]).weekday() != hits[0][1]:  # first weekday named = the labelled one
            fail("%s: %r weekday mismatch with %s" % (f, p, l))
        # explicit offset sanity
        m = re.search(r"(?:UTC|GMT)([+-])(\d{1,2})(?::(\d\d))?", p)
        if m and z:
            want = ("+" if m.group(1) == "+" else "-") + "%02d:%s" % (int(m.group(2)), m.group(3) or "00")
            if offset_str(l, z) != "UTC" + want: fail("%s: offset %s vs zone %s" % (f, want, offset_str(l, z)))
    for f in files:
        base = os.path.splitext(f)[0]
        ep = os.path.join(ROOT, base + ".expected.json")
        if not os.path.exists(ep): fail("missing " + ep); continue
        e = json.load(open(ep, encoding="utf-8"))
        kts = expected_for(f)
        if e["keyTimes"] != kts: fail("%s: keyTimes %s != %s" % (f, e["keyTimes"], kts))
        if e["alert"]:
            if not (1 <= len(kts) <= 5): fail("%s: %d key times" % (f, len(kts)))
            if not e["headline"] or e["headline"] not in text_of(os.path.join(ROOT, f)):
                fail("%s: headline not found in article" % f)
            if not e["location"] or not e["topics"]: fail("%s: location/topics missing" % f)
        else:
            if kts or e["headline"] is not None or e["location"] is not None:
                fail("%s: non-article must have no keyTimes/headline/location" % f)
    n_alert = sum(json.load(open(os.path.join(ROOT, os.path.splitext(f)[0] + ".expected.json")))["alert"] for f in files)
    print("items", len(files), "alert", n_alert, "key times", len(KT))
    print("ALL OK" if ok else "ERRORS")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
