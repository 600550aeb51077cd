# file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)
TABLE = {
    '01_cambridge-bay-runway-closed.txt': [
        ('4:40 p.m. local time on Tuesday', '2026-02-17T16:40', 'America/Cambridge_Bay', 'Tuesday', None),
        ('reopen at 8 a.m. Wednesday', '2026-02-18T08:00', 'America/Cambridge_Bay', 'Wednesday', None),
        ('community meeting at the Luke Novoligak Community Hall on Thursday', '2026-02-19', 'America/Cambridge_Bay', 'Thursday', None),
    ],
    '02_benin-attaque-karimama.html': [
        ('vers 3 h 30 (heure locale, 2 h 30 GMT)', '2026-04-12T03:30', 'Africa/Porto-Novo', 'Sunday', '+01:00'),
        ('lundi à 20 heures', '2026-04-13T20:00', 'Africa/Porto-Novo', 'Monday', None),
        ('mercredi à Cotonou', '2026-04-15', 'Africa/Porto-Novo', 'Wednesday', None),
    ],
    '03_yonaguni-drone-scramble.json': [
        ('At around 2:15 p.m. on July 9', '2026-07-09T14:15', 'Asia/Tokyo', 'Thursday', None),
        ('at about 4:50 p.m.', '2026-07-09T16:50', 'Asia/Tokyo', None, None),
        ('visit Yonaguni on Saturday', '2026-07-11', 'Asia/Tokyo', 'Saturday', None),
    ],
    '04_guam-missile-shelter-sms.txt': [
        ('detected in the region at 0528 ChST', '2026-03-09T05:28', 'Pacific/Guam', None, None),
        ('entered the sea at 0546 ChST', '2026-03-09T05:46', 'Pacific/Guam', None, None),
        ('WILL BE LIFTED AT 0700 ChST', '2026-03-09T07:00', 'Pacific/Guam', None, None),
    ],
    '05_kilis-border-gate-mortar.xml': [
        ('at around 10.45 p.m. on Thursday', '2026-05-14T22:45', 'Europe/Istanbul', 'Thursday', None),
        ('reopen at 9 a.m. on Saturday', '2026-05-16T09:00', 'Europe/Istanbul', 'Saturday', None),
    ],
    '06_berd-shelling-timeline.md': [
        ('| 02:10 |', '2026-08-19T02:10', 'Asia/Yerevan', 'Wednesday', '+04:00'),
        ('| 02:35 |', '2026-08-19T02:35', 'Asia/Yerevan', 'Wednesday', '+04:00'),
        ('due to meet on Friday', '2026-08-21', 'Asia/Yerevan', 'Friday', None),
    ],
    '07_roraima-ataque-garimpeiros.txt': [
        ('4h20 no horário local', '2026-06-20T04:20', 'America/Boa_Vista', 'Saturday', None),
        ('às 7h40 (hora local)', '2026-06-20T07:40', 'America/Boa_Vista', None, None),
        ('segunda-feira (22)', '2026-06-22', 'America/Boa_Vista', 'Monday', None),
    ],
    '08_sigonella-drone-spazio-aereo.html': [
        ('alle 1.40 di domenica', '2026-03-29T01:40', 'Europe/Rome', 'Sunday', '+01:00'),
        ("alle 4.15, già con l'ora legale", '2026-03-29T04:15', 'Europe/Rome', 'Sunday', '+02:00'),
        ('martedì alle 15', '2026-03-31T15:00', 'Europe/Rome', 'Tuesday', None),
    ],
    '09_novokuybyshevsk-refinery-drones.txt': [
        ('at 04:10 local time (03:10 Moscow time)', '2026-09-12T04:10', 'Europe/Samara', 'Saturday', None),
        ('were introduced at 03:25 Moscow time', '2026-09-12T03:25', 'Europe/Moscow', 'Saturday', None),
    ],
    '10_abu-ghraib-rockets.json': [
        ('at half past nine in the evening of Tuesday', '2026-11-10T21:30', 'Asia/Baghdad', 'Tuesday', None),
        ("from six o'clock tomorrow morning, Wednesday", '2026-11-11T06:00', 'Asia/Baghdad', 'Wednesday', None),
    ],
    '11_north-korea-srbm-east-sea.txt': [
        ('around 7:32 a.m. on the 14th', '2026-01-14T07:32', 'Asia/Seoul', 'Wednesday', None),
        ('at 9 a.m. the same day', '2026-01-14T09:00', 'Asia/Seoul', None, None),
        ('from the 16th', '2026-01-16', 'Asia/Seoul', 'Friday', None),
    ],
    '12_scarborough-water-cannon.html': [
        ('at 6:47 a.m. on Saturday', '2026-10-03T06:47', 'Asia/Manila', 'Saturday', None),
        ('at around 8:15 a.m.', '2026-10-03T08:15', 'Asia/Manila', None, None),
        ('summon the Chinese ambassador on Monday', '2026-10-05', 'Asia/Manila', 'Monday', None),
    ],
    '13_osmach-border-gunfire.txt': [
        ('at about 5:50am yesterday', '2026-02-27T05:50', 'Asia/Phnom_Penh', None, None),
        ('from 8am today', '2026-02-28T08:00', 'Asia/Bangkok', None, None),
        ('on Monday at 9am', '2026-03-02T09:00', 'Asia/Phnom_Penh', 'Monday', None),
    ],
    '14_fiji-qeb-standoff-whatsapp.txt': [
        ('around 7.15pm this evening (Friday 15 May)', '2026-05-15T19:15', 'Pacific/Fiji', 'Friday', None),
        ('from 10pm tonight', '2026-05-15T22:00', 'Pacific/Fiji', None, None),
        ('at 8am tomorrow (Saturday)', '2026-05-16T08:00', 'Pacific/Fiji', 'Saturday', None),
    ],
    '15_port-vila-prison-breakout-soe.xml': [
        ('at about 1:30am on Tuesday', '2026-08-25T01:30', 'Pacific/Efate', 'Tuesday', None),
        ('effective from 6pm today', '2026-08-25T18:00', 'Pacific/Efate', None, None),
    ],
    '16_zamfara-pupils-released.json': [
        ('at about 11pm on Sunday', '2026-03-22T23:00', 'Africa/Lagos', 'Sunday', None),
        ('on Tuesday at 10am', '2026-03-24T10:00', 'Africa/Lagos', 'Tuesday', None),
    ],
    '17_el-obeid-drone-strikes.txt': [
        ('at 6:20 am on Thursday', '2026-04-23T06:20', 'Africa/Khartoum', 'Thursday', None),
        ('at 07:05', '2026-04-23T07:05', 'Africa/Khartoum', None, None),
    ],
    '18_msf-drodro-hospital-attack.html': [
        ('At around 2am on Saturday 18 July', '2026-07-18T02:00', 'Africa/Lubumbashi', 'Saturday', None),
        ('return to Drodro on Monday 20 July', '2026-07-20', 'Africa/Lubumbashi', 'Monday', None),
    ],
    '19_fleetwatch-changelog.md': [
    ],
    '20_suwayda-clashes-curfew.html': [
        ('at about 11 p.m. on Sunday', '2026-06-07T23:00', 'Asia/Damascus', 'Sunday', None),
        ('starting 6 a.m. Monday', '2026-06-08T06:00', 'Asia/Damascus', 'Monday', None),
    ],
    '21_port-louis-tide-table.txt': [
    ],
    '22_mir-ali-checkpost-attack.json': [
        ('at around 3:40am on Friday', '2026-09-18T03:40', 'Asia/Karachi', 'Friday', None),
        ('reopen at 8am on Sunday', '2026-09-20T08:00', 'Asia/Karachi', 'Sunday', None),
    ],
    '23_samba-drones-blackout.txt': [
        ('around 8.50pm on Saturday', '2026-05-09T20:50', 'Asia/Kolkata', 'Saturday', None),
        ('blackout was enforced in Samba town at 9.30pm', '2026-05-09T21:30', 'Asia/Kolkata', None, None),
        ('remain closed on Monday', '2026-05-11', 'Asia/Kolkata', 'Monday', None),
    ],
    '24_birgunj-curfew-gdocs.md': [
        ('around 10:30 am', '2026-11-24T10:30', 'Asia/Kathmandu', None, '+05:45'),
        ('from 2 pm to 10 pm today', '2026-11-24T14:00', 'Asia/Kathmandu', None, '+05:45'),
        ('at 11 am on Wednesday', '2026-11-25T11:00', 'Asia/Kathmandu', 'Wednesday', '+05:45'),
    ],
    '25_barmal-airstrikes-newsml.xml': [
        ('at around 1:30 am on Thursday', '2026-10-15T01:30', 'Asia/Kabul', 'Thursday', '+04:30'),
        ('travel to Doha on Saturday', '2026-10-17', 'Asia/Kabul', 'Saturday', None),
    ],
    '26_aktau-port-drone.txt': [
        ('at 3:05 a.m. local time', '2026-09-30T03:05', 'Asia/Aqtau', None, None),
        ('resume at 2 p.m. today', '2026-09-30T14:00', 'Asia/Aqtau', None, None),
    ],
    '27_podlaskie-border-daily-report.txt': [
        ('At 23:40 on 31 October', '2026-10-31T23:40', 'Europe/Warsaw', None, None),
        ('from 06:00 on 3 November', '2026-11-03T06:00', 'Europe/Warsaw', None, None),
    ],
    '28_kharkiv-liveblog-clock-change.html': [
        ('hit an industrial site at 08:52', '2026-10-25T08:52', 'Europe/Kyiv', None, '+02:00'),
        ('at 05:48', '2026-10-25T05:48', 'Europe/Kyiv', None, '+02:00'),
        ('at 02:15 (summer time, before the clocks went back)', '2026-10-25T02:15', 'Europe/Kyiv', None, '+03:00'),
        ('extraordinary session on Tuesday', '2026-10-27', 'Europe/Kyiv', 'Tuesday', None),
    ],
    '29_iaea-znpp-offsite-power.json': [
        ('at 05:37 local time (02:37 UTC)', '2026-07-22T05:37', 'Europe/Kyiv', 'Wednesday', '+03:00'),
        ('Board of Governors on Friday', '2026-07-24', 'Europe/Kyiv', 'Friday', None),
    ],
    '30_shannon-drone-flights-diverted.md': [
        ('at 10.20pm on Thursday', '2026-08-13T22:20', 'Europe/Dublin', 'Thursday', None),
        ('meet at 9am on Monday', '2026-08-17T09:00', 'Europe/Dublin', 'Monday', None),
    ],
    '31_kleine-brogel-drones.xml': [
        ('between 7.30pm and 9pm on Tuesday', '2026-01-20T19:30', 'Europe/Brussels', 'Tuesday', None),
        ('National Security Council on Thursday morning', '2026-01-22', 'Europe/Brussels', 'Thursday', None),
    ],
    '32_db-sabotage-ludwigslust-press-release.txt': [
        ('At approximately 04:45 on Monday', '2026-02-09T04:45', 'Europe/Berlin', 'Monday', None),
        ('from 06:00 on Tuesday 10 February', '2026-02-10T06:00', 'Europe/Berlin', 'Tuesday', None),
    ],
    '33_trinidad-prison-attack-soe.html': [
        ('at 2.15 am yesterday', '2026-07-04T02:15', 'America/Port_of_Spain', None, None),
        ('effective from 6 pm yesterday', '2026-07-04T18:00', 'America/Port_of_Spain', None, None),
        ('at 1.30 pm on Tuesday', '2026-07-07T13:30', 'America/Port_of_Spain', 'Tuesday', None),
    ],
    '34_tibu-drone-attack-liveblog.md': [
        ('struck the Tibú police station at 5:10 a.m.', '2026-03-26T05:10', 'America/Bogota', 'Thursday', None),
        ('starting at 6 p.m. today', '2026-03-26T18:00', 'America/Bogota', None, None),
        ('travel to Cúcuta on Friday', '2026-03-27', 'America/Bogota', 'Friday', None),
    ],
    '35_cuyuni-river-shooting.json': [
        ('at about 16:30 hrs on Sunday', '2026-04-26T16:30', 'America/Guyana', 'Sunday', None),
        ('at 10 am tomorrow', '2026-04-28T10:00', 'America/Guyana', None, None),
    ],
    '36_hidalgo-county-levee-shooting.txt': [
        ('On Saturday, March 7, 2026, at approximately 11:50 p.m.', '2026-03-07T23:50', 'America/Chicago', 'Saturday', None),
        ('At approximately 3:20 a.m. Sunday', '2026-03-08T03:20', 'America/Chicago', 'Sunday', '-05:00'),
        ('will reopen at 6 a.m. Monday', '2026-03-09T06:00', 'America/Chicago', 'Monday', None),
    ],
    '37_wamena-flight-suspension-notice.txt': [
        ('at 10:40 WIT on Tuesday, 2 June 2026', '2026-06-02T10:40', 'Asia/Jayapura', 'Tuesday', None),
        ('on Thursday, 4 June 2026 at 07:00 WIT', '2026-06-04T07:00', 'Asia/Jayapura', 'Thursday', None),
    ],
    '38_vacancy-security-analyst.html': [
    ],
    '39_flight-status-ek-page.json': [
    ],
    '40_podcast-frontlines-episode.xml': [
    ],
}
