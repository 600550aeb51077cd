#!/usr/bin/env python3
"""Independent label check for /work/blind8.

KT: one row per key time: (file, phrase as it appears in the article, local datetime
'YYYY-MM-DDTHH:MM' or local date 'YYYY-MM-DD', IANA zone or None for date-only).
PUB: publication date (local calendar date of the article's own stamp / dateline).
"""
import json, re, sys, glob, os, datetime as dt
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KT = [
 ("01_cabo_delgado_mocimboa.txt", "at around 4 in the morning on Tuesday", "2024-08-13T04:00", "Africa/Maputo"),
 ("01_cabo_delgado_mocimboa.txt", "at 1430 hrs the same day", "2024-08-13T14:30", "Africa/Maputo"),
 ("01_cabo_delgado_mocimboa.txt", "at 16:20 SAST", "2024-08-13T16:20", "Africa/Johannesburg"),
 ("02_somalia_mogadishu_hotel.txt", "At 7.40pm EAT on Tuesday", "2025-03-11T19:40", "Africa/Mogadishu"),
 ("02_somalia_mogadishu_hotel.txt", "at 0615 hrs on Wednesday", "2025-03-12T06:15", "Africa/Mogadishu"),
 ("02_somalia_mogadishu_hotel.txt", "until 6 p.m. on Thursday", "2025-03-13T18:00", "Africa/Mogadishu"),
 ("03_niger_tillaberi_sitrep.txt", "at 0930L on 26 December", "2023-12-26T09:30", "Africa/Niamey"),
 ("03_niger_tillaberi_sitrep.txt", "arrived around midday", "2023-12-26T12:00", "Africa/Niamey"),
 ("03_niger_tillaberi_sitrep.txt", "from 00:00 on 1 January", "2024-01-01T00:00", "Africa/Niamey"),
 ("04_chad_adre_border_clash.txt", "late on Thursday, around 2300 local time (2200 GMT)", "2024-02-01T23:00", "Africa/Ndjamena"),
 ("04_chad_adre_border_clash.txt", "at 8 a.m. on Monday", "2024-02-05T08:00", "Africa/Ndjamena"),
 ("05_libya_tripoli_clashes.txt", "at about half past nine in the evening on Monday", "2025-05-12T21:30", "Africa/Tripoli"),
 ("05_libya_tripoli_clashes.txt", "starting at 22:00 on Tuesday", "2025-05-13T22:00", "Africa/Tripoli"),
 ("05_libya_tripoli_clashes.txt", "until 0600 GMT Wednesday", "2025-05-14T06:00", "UTC"),
 ("06_red_sea_ukmto_advisory.txt", "At 120915ZJUN24", "2024-06-12T09:15", "UTC"),
 ("06_red_sea_ukmto_advisory.txt", "At 131740ZJUN24", "2024-06-13T17:40", "UTC"),
 ("07_iraq_erbil_airport_drone.txt", "from the south-west at 0105 hrs", "2023-10-26T01:05", "Asia/Baghdad"),
 ("07_iraq_erbil_airport_drone.txt", "intercepted at 01:40", "2023-10-26T01:40", "Asia/Baghdad"),
 ("07_iraq_erbil_airport_drone.txt", "resumed normally at 6 a.m.", "2023-10-26T06:00", "Asia/Baghdad"),
 ("08_syria_deir_ezzor_telegram.txt", "at 04h55 local time today", "2025-01-09T04:55", "Asia/Damascus"),
 ("08_syria_deir_ezzor_telegram.txt", "at 05:20", "2025-01-09T05:20", "Asia/Damascus"),
 ("09_armenia_azerbaijan_nerkin_hand.txt", "at 05:40 on Tuesday", "2024-02-13T05:40", "Asia/Yerevan"),
 ("09_armenia_azerbaijan_nerkin_hand.txt", "at around 16:00 Baku time on Monday", "2024-02-12T16:00", "Asia/Baku"),
 ("10_georgia_embassy_alert.txt", "at 7 p.m. this Saturday", "2024-11-30T19:00", "Asia/Tbilisi"),
 ("10_georgia_embassy_alert.txt", "on 27 November", "2024-11-27", None),
 ("11_moldova_cocieri_drone_debris.txt", "at 01:30 on Sunday", "2025-03-30T01:30", "Europe/Chisinau"),
 ("11_moldova_cocieri_drone_debris.txt", "at 09:15", "2025-03-30T09:15", "Europe/Chisinau"),
 ("11_moldova_cocieri_drone_debris.txt", "at 14:00 on Monday", "2025-03-31T14:00", "Europe/Chisinau"),
 ("12_estonia_cable_damage_navy.txt", "at 0140 hrs on Sunday", "2025-10-26T01:40", "Europe/Tallinn"),
 ("12_estonia_cable_damage_navy.txt", "at 11.30 the same morning", "2025-10-26T11:30", "Europe/Tallinn"),
 ("13_finland_norway_border.txt", "from 00:00 Thursday (2200 GMT Wednesday)", "2023-11-30T00:00", "Europe/Helsinki"),
 ("13_finland_norway_border.txt", "at 14:30 on Monday", "2023-11-27T14:30", "Europe/Oslo"),
 ("14_kashmir_loc_uri_shelling.txt", "at 11.45 pm (IST) on Wednesday", "2025-11-05T23:45", "Asia/Kolkata"),
 ("14_kashmir_loc_uri_shelling.txt", "at 10:00 on Friday", "2025-11-07T10:00", "Asia/Kolkata"),
 ("15_myanmar_sagaing_icrc.txt", "at about 10:15 a.m. MMT on 11 April", "2025-04-11T10:15", "Asia/Yangon"),
 ("15_myanmar_sagaing_icrc.txt", "until 30 April", "2025-04-30", None),
 ("16_thailand_cambodia_ceasefire.md", "at 0620 hrs on Tuesday", "2025-12-09T06:20", "Asia/Bangkok"),
 ("16_thailand_cambodia_ceasefire.md", "from midnight tonight", "2025-12-10T00:00", "Asia/Bangkok"),
 ("16_thailand_cambodia_ceasefire.md", "in Kuala Lumpur on Thursday", "2025-12-11", None),
 ("17_papua_intan_jaya_attack.md", "at 06.30 WIT on Friday", "2024-08-09T06:30", "Asia/Jayapura"),
 ("17_papua_intan_jaya_attack.md", "at 13.00 WIB on Monday", "2024-08-12T13:00", "Asia/Jakarta"),
 ("18_solomon_islands_honiara_curfew.md", "starting at 6pm today", "2024-04-19T18:00", "Pacific/Guadalcanal"),
 ("18_solomon_islands_honiara_curfew.md", "tomorrow morning", "2024-04-20", None),
 ("19_ukraine_live_blog_march31.md", "at 02:15 Kyiv time", "2024-03-31T02:15", "Europe/Kyiv"),
 ("19_ukraine_live_blog_march31.md", "hit at 05:10", "2024-03-31T05:10", "Europe/Kyiv"),
 ("19_ukraine_live_blog_march31.md", "lifted at 06:48", "2024-03-31T06:48", "Europe/Kyiv"),
 ("19_ukraine_live_blog_march31.md", "between 6 and 7 a.m. Moscow time", "2024-03-31T06:00", "Europe/Moscow"),
 ("20_haiti_palace_embassy_airlift.md", "at about 1:30 a.m. Sunday", "2024-03-10T01:30", "America/Port-au-Prince"),
 ("20_haiti_palace_embassy_airlift.md", "at 4:15 a.m.", "2024-03-10T04:15", "America/Port-au-Prince"),
 ("20_haiti_palace_embassy_airlift.md", "at about 00:30 on 3 March", "2024-03-03T00:30", "America/Port-au-Prince"),
 ("20_haiti_palace_embassy_airlift.md", "until 3 April", "2024-04-03", None),
 ("21_guyana_venezuela_fpso.html", "at 4.55am (GMT-4) on Saturday", "2025-03-01T04:55", "America/Guyana"),
 ("21_guyana_venezuela_fpso.html", "at 1900 hours on Sunday", "2025-03-02T19:00", "America/Guyana"),
 ("22_ecuador_machala_prison_curfew.html", "at quarter past six on Tuesday morning", "2025-11-11T06:15", "America/Guayaquil"),
 ("22_ecuador_machala_prison_curfew.html", "takes effect at 11 p.m. on Wednesday", "2025-11-12T23:00", "America/Guayaquil"),
 ("23_mexico_culiacan_blockades.html", "around midday on Thursday", "2025-02-20T12:00", "America/Mazatlan"),
 ("23_mexico_culiacan_blockades.html", "at 19.00", "2025-02-20T19:00", "America/Mazatlan"),
 ("23_mexico_culiacan_blockades.html", "expected on Saturday", "2025-02-22", None),
 ("23_mexico_culiacan_blockades.html", "until Monday", "2025-02-24", None),
 ("24_israel_lebanon_live_oldest_first.html", "at 01:40 local time", "2025-03-28T01:40", "Asia/Jerusalem"),
 ("24_israel_lebanon_live_oldest_first.html", "by 11:45 Beirut time", "2025-03-28T11:45", "Asia/Beirut"),
 ("24_israel_lebanon_live_oldest_first.html", "at 12:10 local time", "2025-03-28T12:10", "Asia/Beirut"),
 ("25_gaza_hostage_release_icrc.html", "took effect on Friday", "2025-10-10", None),
 ("25_gaza_hostage_release_icrc.html", "from 08:00 on Monday", "2025-10-13T08:00", "Asia/Gaza"),
 ("25_gaza_hostage_release_icrc.html", "expires at noon on Monday", "2025-10-13T12:00", "Asia/Gaza"),
 ("25_gaza_hostage_release_icrc.html", "at around 10 a.m. on Monday", "2025-10-13T10:00", "Asia/Jerusalem"),
 ("26_russia_belgorod_power_station.html", "at 0300 MSK on Wednesday", "2026-01-14T03:00", "Europe/Moscow"),
 ("26_russia_belgorod_power_station.html", "at around 05:30 Kyiv time", "2026-01-14T05:30", "Europe/Kyiv"),
 ("26_russia_belgorod_power_station.html", "until Friday", "2026-01-16", None),
 ("27_iran_airspace_notam.html", "at about 8 p.m. IRST", "2024-10-01T20:00", "Asia/Tehran"),
 ("27_iran_airspace_notam.html", "until 0230Z 02 OCT", "2024-10-02T02:30", "UTC"),
 ("27_iran_airspace_notam.html", "from 1730Z", "2024-10-01T17:30", "UTC"),
 ("27_iran_airspace_notam.html", "from 2000L", "2024-10-01T20:00", "Asia/Amman"),
 ("28_philippines_second_thomas_shoal.html", "at 6:20 a.m. Beijing time on Monday", "2024-06-17T06:20", "Asia/Shanghai"),
 ("28_philippines_second_thomas_shoal.html", "at 2 p.m. on Wednesday", "2024-06-19T14:00", "Asia/Manila"),
 ("29_zaporizhzhia_npp_power_loss.json", "shortly before midnight (2150 GMT) on Monday", "2026-02-09T23:50", "Europe/Kyiv"),
 ("29_zaporizhzhia_npp_power_loss.json", "rotate at the site on Thursday", "2026-02-12", None),
 ("30_uae_prisoner_exchange.json", "at 1:30 p.m. Gulf Standard Time", "2025-12-27T13:30", "Asia/Dubai"),
 ("30_uae_prisoner_exchange.json", "at 11:00 GST on 5 January", "2026-01-05T11:00", "Asia/Dubai"),
 ("31_saudi_jizan_houthi_missile.json", "at 7 p.m. local (1600 GMT) on Thursday", "2026-06-11T19:00", "Asia/Riyadh"),
 ("31_saudi_jizan_houthi_missile.json", "the following morning at 09:00 AST (UTC+3)", "2026-06-12T09:00", "Asia/Riyadh"),
 ("31_saudi_jizan_houthi_missile.json", "two days later, on Sunday", "2026-06-14", None),
 ("32_nepal_kathmandu_curfew.json", "from 10 p.m. NPT on Tuesday", "2025-09-09T22:00", "Asia/Kathmandu"),
 ("32_nepal_kathmandu_curfew.json", "at 11 a.m. on Wednesday", "2025-09-10T11:00", "Asia/Kathmandu"),
 ("32_nepal_kathmandu_curfew.json", "at 6 p.m. on Wednesday", "2025-09-10T18:00", "Asia/Kathmandu"),
 ("32_nepal_kathmandu_curfew.json", "Saturday week", "2025-09-20", None),
 ("33_guinea_bissau_coup.json", "in the early hours of 1 January", "2026-01-01", None),
 ("33_guinea_bissau_coup.json", "at 04:30 GMT", "2026-01-01T04:30", "Africa/Bissau"),
 ("33_guinea_bissau_coup.json", "at 7 p.m. the same day", "2026-01-01T19:00", "Africa/Bissau"),
 ("33_guinea_bissau_coup.json", "at 15:00 GMT on Friday", "2026-01-02T15:00", "UTC"),
 ("34_caribbean_puerto_rico_sanctions.json", "at 2:40 a.m. AST (Atlantic Standard Time) on Thursday", "2025-11-06T02:40", "America/Puerto_Rico"),
 ("34_caribbean_puerto_rico_sanctions.json", "at noon on the 14th, Washington time", "2025-11-14T12:00", "America/New_York"),
 ("35_somalia_eyl_dhow_piracy.xml", "at 04:55hrs EAT on Wednesday", "2024-03-06T04:55", "Africa/Mogadishu"),
 ("35_somalia_eyl_dhow_piracy.xml", "hijacked on the 5th", "2024-03-05", None),
 ("36_rafah_crossing_seized.xml", "just before dawn at about 0500 on Tuesday", "2024-05-07T05:00", "Asia/Gaza"),
 ("36_rafah_crossing_seized.xml", "On the morning of 6 May", "2024-05-06", None),
 ("36_rafah_crossing_seized.xml", "at 9 a.m. Cairo time", "2024-05-07T09:00", "Africa/Cairo"),
]

PUB = {
 "01": "2024-08-14", "02": "2025-03-12", "03": "2023-12-28", "04": "2024-02-03", "05": "2025-05-13",
 "06": "2024-06-13", "07": "2023-10-26", "08": "2025-01-09", "09": "2024-02-13", "10": "2024-11-29",
 "11": "2025-03-30", "12": "2025-10-26", "13": "2023-11-28", "14": "2025-11-06", "15": "2025-04-14",
 "16": "2025-12-09", "17": "2024-08-10", "18": "2024-04-19", "19": "2024-03-31", "20": "2024-03-10",
 "21": "2025-03-02", "22": "2025-11-12", "23": "2025-02-21", "24": "2025-03-28", "25": "2025-10-12",
 "26": "2026-01-14", "27": "2024-10-01", "28": "2024-06-17", "29": "2026-02-10", "30": "2025-12-27",
 "31": "2026-06-12", "32": "2025-09-10", "33": "2026-01-01", "34": "2025-11-07", "35": "2024-03-07",
 "36": "2024-05-07",
}
NON_ARTICLES = {"37", "38", "39", "40"}

WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON = {m: i for i, m in enumerate(["JAN","FEB","MAR","APR","MAY","JUN","JUL","AUG","SEP","OCT","NOV","DEC"], 1)}

def norm(s):
    return re.sub(r"\s+", " ", s)

def to_utc(local, zone):
    """Return (label, local_aware or None). Raises on nonexistent/ambiguous wall time."""
    if zone is None:
        dt.date.fromisoformat(local)
        return local, None
    naive = dt.datetime.fromisoformat(local)
    z = ZoneInfo(zone)
    a0, a1 = naive.replace(tzinfo=z, fold=0), naive.replace(tzinfo=z, fold=1)
    if a0.utcoffset() != a1.utcoffset():
        raise ValueError(f"ambiguous or nonexistent wall time {local} in {zone}")
    back = a0.astimezone(dt.timezone.utc).astimezone(z).replace(tzinfo=None)
    if back != naive:
        raise ValueError(f"nonexistent wall time {local} in {zone}")
    u = a0.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%MZ"), a0

def derivations():
    out = {}
    for f, phrase, local, zone in KT:
        label, aware = to_utc(local, zone)
        if aware is None:
            d = f"'{phrase}' -> local date {local} (date only) -> {label}"
        else:
            off = aware.strftime("%z"); off = off[:3] + ":" + off[3:]
            d = f"'{phrase}' -> {local} {zone} (UTC{off}) -> {label}"
        out.setdefault(f, []).append((label, d))
    return out

def main():
    errs = []
    files = sorted(p for p in glob.glob(os.path.join(ROOT, "[0-9][0-9]_*")) if not p.endswith(".expected.json"))
    names = [os.path.basename(p) for p in files]
    kt_by_file = {}
    for row in KT:
        kt_by_file.setdefault(row[0], []).append(row)
    for f in kt_by_file:
        if f not in names:
            errs.append(f"{f}: in table but no such file")
    total = 0
    for path, name in zip(files, names):
        nn = name[:2]
        exp_path = re.sub(r"\.(txt|md|html|json|xml)$", ".expected.json", path)
        if not os.path.exists(exp_path):
            errs.append(f"{name}: no expected.json"); continue
        exp = json.load(open(exp_path, encoding="utf-8"))
        text = open(path, encoding="utf-8").read()
        ntext = norm(text)
        for k in ("headline", "keyTimes", "alert", "topics", "notTopics", "location", "arithmetic"):
            if k not in exp:
                errs.append(f"{name}: expected.json lacks {k}")
        if exp.get("headline") and norm(exp["headline"]) not in ntext:
            errs.append(f"{name}: headline not verbatim in file")
        if nn in NON_ARTICLES:
            if exp.get("alert") is not False or exp.get("keyTimes"):
                errs.append(f"{name}: non-article must have alert false and no key times")
            if name in kt_by_file:
                errs.append(f"{name}: non-article has table rows")
            continue
        if exp.get("alert") is not True:
            errs.append(f"{name}: article must alert")
        if exp.get("location") and norm(exp["location"]) not in ntext:
            errs.append(f"{name}: location '{exp['location']}' not in file")
        pub = dt.date.fromisoformat(PUB[nn])
        labels = []
        for _, phrase, local, zone in kt_by_file.get(name, []):
            if norm(phrase) not in ntext:
                errs.append(f"{name}: phrase not verbatim: {phrase!r}")
            try:
                label, aware = to_utc(local, zone)
            except ValueError as e:
                errs.append(f"{name}: {e}"); continue
            ldate = dt.date.fromisoformat(local[:10])
            udate = dt.date.fromisoformat(label[:10])
            # weekday words: after GMT/UTC they name the UTC date, otherwise the local date
            for m in re.finditer(r"(GMT |UTC )?\b(" + "|".join(WD) + r")\b", phrase, re.I):
                want = udate if m.group(1) else ldate
                if WD.index(m.group(2).lower()) != want.weekday():
                    errs.append(f"{name}: weekday '{m.group(2)}' != {want} ({WD[want.weekday()]}) in {phrase!r}")
            # clock hints in GMT/UTC/Z
            for m in re.finditer(r"\b(\d{1,2})[:.]?(\d{2})\s?(?:GMT|UTC)\b", phrase):
                if aware is None or f"{int(m.group(1)):02d}:{m.group(2)}" != label[11:16]:
                    errs.append(f"{name}: GMT hint {m.group(0)!r} disagrees with {label}")
            for m in re.finditer(r"\b(\d{2})(\d{2})Z\b", phrase):
                if f"{m.group(1)}:{m.group(2)}" != label[11:16]:
                    errs.append(f"{name}: Z hint {m.group(0)!r} disagrees with {label}")
            for m in re.finditer(r"\b(\d{2})(\d{2})(\d{2})Z([A-Z]{3})(\d{2})\b", phrase):
                d = dt.datetime(2000 + int(m.group(5)), MON[m.group(4)], int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if d.strftime("%Y-%m-%dT%H:%MZ") != label:
                    errs.append(f"{name}: DTG {m.group(0)} disagrees with {label}")
            for m in re.finditer(r"(?:GMT|UTC)([+-]\d{1,2})\b", phrase):
                if aware is None or aware.utcoffset() != dt.timedelta(hours=int(m.group(1))):
                    errs.append(f"{name}: offset hint {m.group(0)} disagrees with zone {zone}")
            kdate = ldate if aware is None else udate
            if not (pub - dt.timedelta(days=31) <= kdate <= pub + dt.timedelta(days=45)):
                errs.append(f"{name}: key time {label} outside window of pub {pub}")
            labels.append(label)
        want = sorted(set(labels))
        if len(want) != len(labels):
            errs.append(f"{name}: duplicate key time in table")
        if exp.get("keyTimes") != want:
            errs.append(f"{name}: keyTimes {exp.get('keyTimes')} != recomputed {want}")
        if not want:
            errs.append(f"{name}: article without key times")
        total += len(want)
    if errs:
        print("\n".join(errs)); print(f"FAILED {len(errs)} problems"); sys.exit(1)
    print(f"OK {len(names)} items, {total} key times")

if __name__ == "__main__":
    main()
