#!/usr/bin/env python3
"""Independent label check for the blind7 set.

TABLE holds one row per key time: (file, phrase as it appears in the item, local wall-clock
datetime 'YYYY-MM-DDTHH:MM' or a local date 'YYYY-MM-DD', IANA zone or None for date-only).
UTC values are recomputed here with zoneinfo and compared with each NN_slug.expected.json.
"""
import json, os, re, sys, glob
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

TABLE = [('01_kharkiv_glide_bombs.txt', 'shortly after 3 a.m. on Saturday', '2025-01-18T03:00', 'Europe/Kyiv'),
 ('01_kharkiv_glide_bombs.txt', 'at 0455', '2025-01-18T04:55', 'Europe/Kyiv'),
 ('02_shebekino_shelling.txt', 'On Tuesday evening', '2024-07-09', None),
 ('02_shebekino_shelling.txt', 'at 14:30 Moscow time', '2024-07-10T14:30', 'Europe/Moscow'),
 ('02_shebekino_shelling.txt', 'from 18:00 today', '2024-07-10T18:00', 'Europe/Moscow'),
 ('03_gaza_truce_takes_effect.json', 'early on Saturday', '2025-01-18', None),
 ('03_gaza_truce_takes_effect.json', 'at 11:15 a.m. local time (0915 GMT) on Sunday', '2025-01-19T11:15', 'Asia/Gaza'),
 ('03_gaza_truce_takes_effect.json', 'at around 4 p.m. local time', '2025-01-19T16:00', 'Asia/Gaza'),
 ('04_el_fasher_flash_update.txt', 'During the night of 11 to 12 June', '2024-06-11', None),
 ('04_el_fasher_flash_update.txt', 'On 13 June, at approximately 16:00 local time', '2024-06-13T16:00', 'Africa/Khartoum'),
 ('04_el_fasher_flash_update.txt', 'on 17 June', '2024-06-17', None),
 ('05_north_korea_icbm.html', 'at 8:24 a.m. on Monday (2324 GMT Sunday)', '2023-12-18T08:24', 'Asia/Seoul'),
 ('05_north_korea_icbm.html', 'at 9:37 a.m. JST', '2023-12-18T09:37', 'Asia/Tokyo'),
 ('05_north_korea_icbm.html', 'on Tuesday in New York', '2023-12-19', None),
 ('06_taiwan_drills.md', 'at 0730 Taipei time on Tuesday', '2025-04-01T07:30', 'Asia/Taipei'),
 ('06_taiwan_drills.md', 'at 10:05 a.m.', '2025-04-01T10:05', 'Asia/Taipei'),
 ('06_taiwan_drills.md', 'at 3 p.m. on Wednesday', '2025-04-02T15:00', 'Asia/Taipei'),
 ('07_red_sea_bulk_carrier.json', 'between 3 p.m. and 8 p.m. Sanaa time on Saturday', '2024-02-17T15:00', 'Asia/Aden'),
 ('07_red_sea_bulk_carrier.json', 'at 2315 local time (GMT+3) on Sunday', '2024-02-18T23:15', 'Asia/Aden'),
 ('07_red_sea_bulk_carrier.json', 'at 0540 local on Monday', '2024-02-19T05:40', 'Asia/Aden'),
 ('08_djibo_attack.txt', 'in the early hours of Sunday', '2023-11-26', None),
 ('08_djibo_attack.txt', 'from 1900 GMT on Tuesday', '2023-11-28T19:00', 'Africa/Ouagadougou'),
 ('09_china_warns_philippines_typhon.txt', 'on Thursday', '2025-01-16', None),
 ('10_kursk_incursion_liveblog.md', 'at 08:00 Moscow time this morning', '2024-08-06T08:00', 'Europe/Moscow'),
 ('10_kursk_incursion_liveblog.md', 'from midnight', '2024-08-07T00:00', 'Europe/Moscow'),
 ('10_kursk_incursion_liveblog.md', 'on Wednesday to discuss', '2024-08-07', None),
 ('11_idf_dahiyeh_strikes.html', 'Yesterday, Hezbollah launched', '2024-11-11', None),
 ('11_idf_dahiyeh_strikes.html', 'at approximately 10:30', '2024-11-12T10:30', 'Asia/Jerusalem'),
 ('11_idf_dahiyeh_strikes.html', 'by 16:00 today', '2024-11-12T16:00', 'Asia/Beirut'),
 ('12_bissau_coup.json', "Sunday's presidential and legislative elections", '2025-11-23', None),
 ('12_bissau_coup.json', 'from around 1 p.m. on Wednesday', '2025-11-26T13:00', 'Africa/Bissau'),
 ('12_bissau_coup.json', 'from 9 p.m. tonight', '2025-11-26T21:00', 'Africa/Bissau'),
 ('13_goma_m23.txt', 'late on Sunday', '2025-01-26', None),
 ('13_goma_m23.txt', 'until 0300 CAT on Monday', '2025-01-27T03:00', 'Africa/Lubumbashi'),
 ('13_goma_m23.txt', 'at 0400 local time (0200 GMT) on Monday', '2025-01-27T04:00', 'Africa/Lubumbashi'),
 ('14_india_pakistan_strikes.txt', 'at 1:05 a.m. IST on Wednesday (1935 GMT Tuesday)', '2025-05-07T01:05', 'Asia/Kolkata'),
 ('14_india_pakistan_strikes.txt', 'from 0400 PKT', '2025-05-07T04:00', 'Asia/Karachi'),
 ('14_india_pakistan_strikes.txt', 'at noon on Wednesday', '2025-05-07T12:00', 'Asia/Karachi'),
 ('15_korea_trash_balloons.md', 'at about 9 p.m. KST on Saturday', '2024-06-08T21:00', 'Asia/Seoul'),
 ('15_korea_trash_balloons.md', 'from 5 p.m. on Sunday', '2024-06-09T17:00', 'Asia/Seoul'),
 ('16_sotk_border_fire.txt', 'At around 16h15 on the 3rd of May', '2025-05-03T16:15', 'Asia/Yerevan'),
 ('16_sotk_border_fire.txt', 'at 23:40 the same day', '2025-05-03T23:40', 'Asia/Baku'),
 ('16_sotk_border_fire.txt', 'on 12/05/2025', '2025-05-12', None),
 ('17_jarinje_closed.md', 'at 0240 CET on Friday', '2024-12-06T02:40', 'Europe/Belgrade'),
 ('17_jarinje_closed.md', 'at 11:00 on Friday', '2024-12-06T11:00', 'Europe/Belgrade'),
 ('17_jarinje_closed.md', 'until 18:00 tomorrow', '2024-12-07T18:00', 'Europe/Belgrade'),
 ('18_catatumbo_eln.txt', 'at 5:40 a.m. (UTC-5) on Thursday', '2025-01-16T05:40', 'America/Bogota'),
 ('18_catatumbo_eln.txt', 'starting at 6 p.m. today', '2025-01-17T18:00', 'America/Bogota'),
 ('18_catatumbo_eln.txt', 'on Saturday at 9 a.m.', '2025-01-18T09:00', 'America/Bogota'),
 ('19_haiti_flight_ban.html', 'at about 11:40 a.m. local time on Monday', '2024-11-11T11:40', 'America/Port-au-Prince'),
 ('19_haiti_flight_ban.html', 'until 11:59 p.m. EST on Dec. 11', '2024-12-11T23:59', 'America/New_York'),
 ('20_new_caledonia_emergency.html', 'at 9 a.m. CEST on Wednesday', '2024-05-15T09:00', 'Europe/Paris'),
 ('20_new_caledonia_emergency.html', 'at 5 a.m. Paris time on Thursday (1400 in Nouméa)', '2024-05-16T05:00', 'Europe/Paris'),
 ('20_new_caledonia_emergency.html', 'until 6 a.m. local time on Saturday', '2024-05-18T06:00', 'Pacific/Noumea'),
 ('21_ayungin_water_cannon.html', 'at 6:07 a.m. on Saturday', '2024-03-23T06:07', 'Asia/Manila'),
 ('21_ayungin_water_cannon.html', 'at 0804H', '2024-03-23T08:04', 'Asia/Manila'),
 ('21_ayungin_water_cannon.html', 'at 2 p.m. on Monday', '2024-03-25T14:00', 'Asia/Manila'),
 ('22_iran_missiles_israel.json', 'at 7:30 p.m. (1630 GMT)', '2024-10-01T19:30', 'Asia/Jerusalem'),
 ('22_iran_missiles_israel.json', 'at 11 p.m.', '2024-10-01T23:00', 'Asia/Jerusalem'),
 ('22_iran_missiles_israel.json', 'until 0500 local time on Wednesday', '2024-10-02T05:00', 'Asia/Amman'),
 ('23_tasman_live_fire.txt', 'at about 9.58am AEDT on Friday', '2025-02-21T09:58', 'Australia/Sydney'),
 ('23_tasman_live_fire.txt', 'began at 10.30am AEDT', '2025-02-21T10:30', 'Australia/Sydney'),
 ('23_tasman_live_fire.txt', 'at 8 a.m. NZDT on Saturday', '2025-02-22T08:00', 'Pacific/Auckland'),
 ('24_mogadishu_beach_siege.txt', 'at around 8 p.m. on Friday', '2024-08-02T20:00', 'Africa/Mogadishu'),
 ('24_mogadishu_beach_siege.txt', 'at 0630 local on Saturday', '2024-08-03T06:30', 'Africa/Mogadishu'),
 ('25_bahir_dar_curfew.xml', 'on Monday night', '2023-09-04', None),
 ('25_bahir_dar_curfew.xml', 'beginning at 1800 EAT on Wednesday', '2023-09-06T18:00', 'Africa/Addis_Ababa'),
 ('25_bahir_dar_curfew.xml', 'until Friday', '2023-09-08', None),
 ('26_depayin_school_airstrike.txt', 'at 10:30 a.m. on Monday (0400 GMT)', '2025-05-12T10:30', 'Asia/Yangon'),
 ('26_depayin_school_airstrike.txt', 'at 4 p.m. on Wednesday', '2025-05-14T16:00', 'Asia/Bangkok'),
 ('27_afghan_pakistan_truce.txt', 'at around 9.30pm on Saturday (2200 PKT)', '2025-10-11T21:30', 'Asia/Kabul'),
 ('27_afghan_pakistan_truce.txt', 'at 6 p.m. PKT on Wednesday', '2025-10-15T18:00', 'Asia/Karachi'),
 ('28_kupiansk_evacuation.html', 'at 09:00 Kyiv time on Thursday, 14 August', '2025-08-14T09:00', 'Europe/Kyiv'),
 ('28_kupiansk_evacuation.html', 'by 2000 hrs on 20 August', '2025-08-20T20:00', 'Europe/Kyiv'),
 ('29_odesa_ports_third_night.json', 'expired on Monday', '2023-07-17', None),
 ('29_odesa_ports_third_night.json', 'from midnight Moscow time on Thursday', '2023-07-20T00:00', 'Europe/Moscow'),
 ('29_odesa_ports_third_night.json', 'from about 1.15am on Thursday', '2023-07-20T01:15', 'Europe/Kyiv'),
 ('30_maiduguri_market_bombing.xml', 'at about 4.15pm WAT on Saturday', '2026-02-14T16:15', 'Africa/Lagos'),
 ('30_maiduguri_market_bombing.xml', 'from 6 a.m. on Sunday', '2026-02-15T06:00', 'Africa/Lagos'),
 ('31_ofac_rosneft_lukoil.txt', 'Today, the Department', '2025-10-22', None),
 ('31_ofac_rosneft_lukoil.txt', 'until 12:01 a.m. eastern daylight time, October 29, 2025', '2025-10-29T00:01', 'America/New_York'),
 ('31_ofac_rosneft_lukoil.txt', 'through 12:01 a.m. eastern standard time, November 21, 2025', '2025-11-21T00:01', 'America/New_York'),
 ('32_lebanon_ceasefire_returns.html', 'at 4 a.m. (0200 GMT) on Wednesday', '2024-11-27T04:00', 'Asia/Beirut'),
 ('32_lebanon_ceasefire_returns.html', 'in Naqoura on Thursday', '2024-11-28', None),
 ('33_rzeszow_notam.txt', '092330ZSEP25', '2025-09-09T23:30', 'UTC'),
 ('33_rzeszow_notam.txt', 'B) 2509100030', '2025-09-10T00:30', 'UTC'),
 ('33_rzeszow_notam.txt', 'B) 2509100115', '2025-09-10T01:15', 'UTC'),
 ('33_rzeszow_notam.txt', 'shot down at 0045Z', '2025-09-10T00:45', 'UTC'),
 ('34_tehran_strikes_thread.md', 'at 3:30 a.m. local (0000 GMT)', '2025-06-13T03:30', 'Asia/Tehran'),
 ('34_tehran_strikes_thread.md', 'until 1400 Tehran time Friday', '2025-06-13T14:00', 'Asia/Tehran'),
 ('34_tehran_strikes_thread.md', 'until 2000 Saturday', '2025-06-14T20:00', 'Asia/Jerusalem'),
 ('35_estlink_tanker_seized.txt', 'at 1226 EET (1026 GMT) on Wednesday', '2024-12-25T12:26', 'Europe/Helsinki'),
 ('35_estlink_tanker_seized.txt', 'on Thursday morning', '2024-12-26', None),
 ('36_ankara_prisoner_swap.json', 'at 1:40 p.m. local time (1040 GMT)', '2024-08-01T13:40', 'Europe/Istanbul'),
 ('36_ankara_prisoner_swap.json', 'at 11:30 p.m. EDT', '2024-08-01T23:30', 'America/New_York')]


# Publication (dateline) local date of each article, typed from the item itself: relative words
# (today/tonight/this morning/tomorrow/yesterday) and weekday names are checked against it.
PUB = {'01': '2025-01-18', '02': '2024-07-10', '03': '2025-01-19', '04': '2024-06-14', '05': '2023-12-18',
       '06': '2025-04-01', '07': '2024-02-19', '08': '2023-11-27', '09': '2025-01-16', '10': '2024-08-06',
       '11': '2024-11-12', '12': '2025-11-26', '13': '2025-01-27', '14': '2025-05-07', '15': '2024-06-09',
       '16': '2025-05-04', '17': '2024-12-06', '18': '2025-01-17', '19': '2024-11-12', '20': '2024-05-15',
       '21': '2024-03-23', '22': '2024-10-01', '23': '2025-02-21', '24': '2024-08-03', '25': '2023-09-05',
       '26': '2025-05-13', '27': '2025-10-15', '28': '2025-08-13', '29': '2023-07-20', '30': '2026-02-14',
       '31': '2025-10-22', '32': '2024-11-27', '33': '2025-09-10', '34': '2025-06-13', '35': '2024-12-26',
       '36': '2024-08-01'}
RELATIVE = {'today': 0, 'tonight': 0, 'this morning': 0, 'tomorrow': 1, 'yesterday': -1}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
HINT_ZONES = {'GMT': 'UTC', 'UTC': 'UTC', 'PKT': 'Asia/Karachi'}
errors = []

def err(msg):
    errors.append(msg)

def norm(s):
    return re.sub(r'\s+', ' ', s)

def to_utc(local, zone):
    if zone is None:
        datetime.strptime(local, '%Y-%m-%d')
        return local, None
    naive = datetime.strptime(local, '%Y-%m-%dT%H:%M')
    z = ZoneInfo(zone)
    a = naive.replace(tzinfo=z, fold=0)
    b = naive.replace(tzinfo=z, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError(f'ambiguous or nonexistent wall time {local} in {zone}')
    back = a.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None)
    if back != naive:
        raise ValueError(f'nonexistent wall time {local} in {zone}')
    u = a.astimezone(timezone.utc)
    return u.strftime('%Y-%m-%dT%H:%MZ'), u

def item_text(path):
    raw = open(path, encoding='utf-8').read()
    texts = [raw]
    if path.endswith('.json'):
        d = json.loads(raw)
        texts.append(d.get('title', '') + '\n' + d.get('body', ''))
        for k in ('id', 'title', 'source', 'url', 'published', 'body'):
            if k not in d:
                err(f'{os.path.basename(path)}: json item lacks "{k}"')
        if 'published' in d:
            p = datetime.fromisoformat(d['published'])
            if p.utcoffset() is None:
                err(f'{os.path.basename(path)}: published has no offset')
    return norm('\n'.join(texts))

def main():
    files = sorted(f for f in glob.glob(os.path.join(ROOT, '*')) if os.path.isfile(f) and not f.endswith('.expected.json'))
    by_file = {}
    for fn, phrase, local, zone in TABLE:
        by_file.setdefault(fn, []).append((phrase, local, zone))
    for fn in by_file:
        if not os.path.exists(os.path.join(ROOT, fn)):
            err(f'{fn}: in TABLE but missing')
    nkeys = 0
    for path in files:
        fn = os.path.basename(path)
        if not re.match(r'^\d\d_[a-z0-9_]+\.(txt|md|html|json|xml)$', fn):
            err(f'{fn}: bad name'); continue
        exp_path = path.rsplit('.', 1)[0] + '.expected.json'
        if not os.path.exists(exp_path):
            err(f'{fn}: no expected.json'); continue
        exp = json.load(open(exp_path, encoding='utf-8'))
        for k in ('headline', 'keyTimes', 'alert', 'topics', 'notTopics', 'location', 'arithmetic'):
            if k not in exp:
                err(f'{fn}: expected lacks {k}')
        text = item_text(path)
        if norm(exp['headline']) not in text:
            err(f'{fn}: headline not verbatim in file')
        raw = open(path, encoding='utf-8').read()
        ext = fn.rsplit('.', 1)[1]
        if ext == 'txt' and raw.split('\n', 1)[0].strip() != exp['headline']:
            err(f'{fn}: first line is not the headline')
        if ext == 'md' and ('# ' + exp['headline']) not in raw.split('\n'):
            err(f'{fn}: no "# headline" line')
        if ext == 'html' and not re.search(r'<h1[^>]*>' + re.escape(exp['headline']) + '</h1>', raw):
            err(f'{fn}: h1 is not the headline')
        if ext == 'json' and json.loads(raw)['title'] != exp['headline']:
            err(f'{fn}: title is not the headline')
        if ext == 'xml' and ('<item>' not in raw or '<title>' + exp['headline'] + '</title>' not in raw):
            err(f'{fn}: RSS item title is not the headline')
        if exp['location'] is not None and exp['location'].lower() not in text.lower():
            err(f'{fn}: location {exp["location"]!r} not in file')
        if exp['keyTimes'] != sorted(exp['keyTimes']):
            err(f'{fn}: keyTimes not sorted')
        for kt in exp['keyTimes']:
            if not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\dZ)?', kt):
                err(f'{fn}: bad keyTime format {kt}')
        computed = set()
        for phrase, local, zone in by_file.get(fn, []):
            if norm(phrase) not in text:
                err(f'{fn}: phrase not found verbatim: {phrase!r}')
            try:
                value, u = to_utc(local, zone)
            except ValueError as e:
                err(f'{fn}: {e}'); continue
            computed.add(value)
            local_date = datetime.strptime(local[:10], '%Y-%m-%d')
            if exp['alert'] and fn[:2] in PUB:
                pub = datetime.strptime(PUB[fn[:2]], '%Y-%m-%d')
                delta = (local_date - pub).days
                if not -31 <= delta <= 45:
                    err(f'{fn}: {local[:10]} is {delta} days from publication (history/background?)')
                for w, off in RELATIVE.items():
                    if re.search(r'\b' + w + r'\b', phrase.lower()) and delta != off:
                        err(f'{fn}: {w!r} but local date is {delta} days from publication')
                bare = re.sub(r'\([^)]*\)', ' ', phrase).lower()
                if any(re.search(r'\b' + d + r'\b', bare) for d in WEEKDAYS) and not -6 <= delta <= 6:
                    err(f'{fn}: weekday reference {delta} days from publication')
            elif exp['alert']:
                err(f'{fn}: no publication date in PUB')
            hint = re.search(r'\((\d{1,2}):?(\d{2}) (GMT|UTC|PKT)(?: (\w+day))?\)', phrase)
            outside = re.sub(r'\([^)]*\)', ' ', phrase).lower()
            for w in re.findall(r'[a-z]+day', outside):
                if w in WEEKDAYS and WEEKDAYS[local_date.weekday()] != w:
                    err(f'{fn}: weekday {w} does not match local date {local[:10]} in {phrase!r}')
            if hint:
                if u is None:
                    err(f'{fn}: zone hint on a date-only key {phrase!r}'); continue
                hz = ZoneInfo(HINT_ZONES[hint.group(3)])
                h = u.astimezone(hz)
                if (h.hour, h.minute) != (int(hint.group(1)), int(hint.group(2))):
                    err(f'{fn}: hint {hint.group(0)} disagrees with {value}')
                if hint.group(4) and WEEKDAYS[h.weekday()] != hint.group(4).lower():
                    err(f'{fn}: hint weekday {hint.group(4)} disagrees with {h.date()}')
        if sorted(computed) != exp['keyTimes']:
            err(f'{fn}: keyTimes {exp["keyTimes"]} != recomputed {sorted(computed)}')
        if exp['alert'] is False and exp['keyTimes']:
            err(f'{fn}: non-article with key times')
        if exp['alert'] is True and not exp['keyTimes']:
            err(f'{fn}: article without key times')
        if set(exp['topics']) & set(exp['notTopics']):
            err(f'{fn}: topic in both lists')
        nkeys += len(exp['keyTimes'])
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'FAILED {len(errors)} problems')
        return 1
    print(f'OK {len(files)} items, {nkeys} key times')
    return 0

if __name__ == '__main__':
    sys.exit(main())
