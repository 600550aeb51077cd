# file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)
ITEMS = {
    '01_lsm-ludza-drone-crash.txt': [
        ('at 23:40 on Saturday, 28 March', '2026-03-28T23:40', 'Europe/Riga', 'Saturday', None),
        ('at 07:15 on Sunday', '2026-03-29T07:15', 'Europe/Riga', 'Sunday', None),
    ],
    '02_lrt-vilnius-airport-balloons.html': [
        ('suspended all arrivals and departures at 21:12 on Tuesday', '2026-10-20T21:12', 'Europe/Vilnius', 'Tuesday', None),
        ('resumed at 01:30 on Wednesday', '2026-10-21T01:30', 'Europe/Vilnius', 'Wednesday', None),
        ('an extraordinary meeting on Thursday', '2026-10-22', 'Europe/Vilnius', 'Thursday', None),
    ],
    '03_svt-gotland-cable-damage.md': [
        ('at 22:05 on Saturday evening', '2026-10-24T22:05', 'Europe/Stockholm', 'Saturday', None),
        ('at 06:30 on Sunday', '2026-10-25T06:30', 'Europe/Stockholm', 'Sunday', None),
        ('begin inspecting the cable on Monday', '2026-10-26', 'Europe/Stockholm', 'Monday', None),
    ],
    '04_notesfrompoland-airspace-violation.txt': [
        ('scrambled at 6.20 a.m.', '2026-09-10T06:20', 'Europe/Warsaw', None, None),
        ('at 6.42 a.m. on Thursday', '2026-09-10T06:42', 'Europe/Warsaw', 'Thursday', None),
        ('from 6.30 a.m.', '2026-09-10T06:30', 'Europe/Warsaw', None, None),
    ],
    '05_romaniainsider-tulcea-roalert.html': [
        ('issued at 01:17 on Wednesday', '2026-07-15T01:17', 'Europe/Bucharest', 'Wednesday', None),
        ('at around 10:00', '2026-07-15T10:00', 'Europe/Bucharest', None, None),
        ('The day before, on Tuesday afternoon', '2026-07-14', 'Europe/Bucharest', 'Tuesday', None),
    ],
    '06_azertac-kalbajar-shelling.txt': [
        ('at 14:35 Baku time', '2026-05-19T14:35', 'Asia/Baku', None, None),
        ('at 22:10 on the same day', '2026-05-19T22:10', 'Asia/Baku', None, None),
    ],
    '07_asiaplus-vorukh-border-clash.md': [
        ('at about 10:20 local time', '2026-06-03T10:20', 'Asia/Dushanbe', None, None),
        ('at 13:00 Bishkek time', '2026-06-03T13:00', 'Asia/Bishkek', None, None),
        ('meet in Isfara on Friday', '2026-06-05', 'Asia/Dushanbe', 'Friday', None),
    ],
    '08_montsame-bulgan-checkpoint.json': [
        ('at around 09:00 local time', '2026-08-12T09:00', 'Asia/Hovd', None, None),
        ('reopen at 10:00 local time on Friday', '2026-08-14T10:00', 'Asia/Hovd', 'Friday', None),
    ],
    '09_bergen-library-christmas-hours.html': [
    ],
    '10_addisstandard-debre-markos-curfew.html': [
        ('at around 11:30 p.m. on Thursday', '2026-02-12T23:30', 'Africa/Addis_Ababa', 'Thursday', None),
        ('from 6:00 p.m. on Friday', '2026-02-13T18:00', 'Africa/Addis_Ababa', 'Friday', None),
    ],
    '11_theeastafrican-elegu-border.txt': [
        ('at 5am South Sudan time', '2026-04-21T05:00', 'Africa/Juba', None, None),
        ('at noon on Tuesday', '2026-04-21T12:00', 'Africa/Kampala', 'Tuesday', None),
        ('reopen on Thursday', '2026-04-23', 'Africa/Kampala', 'Thursday', None),
    ],
    '12_cna-bamenda-attack.xml': [
        ('at around 8 pm on Wednesday', '2026-11-18T20:00', 'Africa/Douala', 'Wednesday', None),
        ('from 6 am on Friday', '2026-11-20T06:00', 'Africa/Douala', 'Friday', None),
    ],
    '13_burkina24-djibo-attaque.txt': [
        ('vers 5h30', '2026-01-24T05:30', 'Africa/Ouagadougou', None, None),
        ('aux environs de 7 heures', '2026-01-24T07:00', 'Africa/Ouagadougou', None, None),
        ('reprendront lundi', '2026-01-26', 'Africa/Ouagadougou', 'Monday', None),
    ],
    '14_libyaobserver-mitiga-closure.json': [
        ('at midnight between Saturday and Sunday', '2026-08-30T00:00', 'Africa/Tripoli', None, None),
        ('at 3:20 am', '2026-08-30T03:20', 'Africa/Tripoli', None, '+02:00'),
        ('at 8 am on Monday', '2026-08-31T08:00', 'Africa/Tripoli', 'Monday', None),
    ],
    '15_somaliguardian-mogadishu-mortar.txt': [
        ('late on Thursday night, at around 11:45 p.m.', '2026-03-12T23:45', 'Africa/Mogadishu', 'Thursday', None),
        ('resumed at 0900 on Friday', '2026-03-13T09:00', 'Africa/Mogadishu', 'Friday', None),
    ],
    '16_monusco-bunia-briefing.md': [
        ('at 03:00 local time on Tuesday 22 September', '2026-09-22T03:00', 'Africa/Lubumbashi', 'Tuesday', None),
        ('arrived at 4:15 a.m.', '2026-09-22T04:15', 'Africa/Lubumbashi', None, None),
        ('will begin on Monday 28 September', '2026-09-28', 'Africa/Lubumbashi', 'Monday', None),
    ],
    '17_stbrigids-school-calendar.txt': [
    ],
    '18_primicias-guayaquil-coche-bomba.html': [
        ('a las 21:40 del sábado 9 de mayo', '2026-05-09T21:40', 'America/Guayaquil', 'Saturday', None),
        ('desde las 23:00 de este domingo 10 de mayo', '2026-05-10T23:00', 'America/Guayaquil', 'Sunday', None),
    ],
    '19_larepublica-lima-transport-attack.txt': [
        ('at 6:15 a.m. on Monday', '2026-11-16T06:15', 'America/Lima', 'Monday', None),
        ('from 00:00 on Wednesday', '2026-11-18T00:00', 'America/Lima', 'Wednesday', None),
    ],
    '20_elheraldo-tamara-riot.json': [
        ('at 2:40 a.m. (CST)', '2026-06-18T02:40', 'America/Tegucigalpa', None, None),
        ('entered the facility at 5:10 a.m.', '2026-06-18T05:10', 'America/Tegucigalpa', None, None),
        ('visits will resume on Sunday', '2026-06-21', 'America/Tegucigalpa', 'Sunday', None),
    ],
    '21_folha-pacaraima-shots.xml': [
        ('at 4:20 p.m. local time (5:20 p.m. Brasília time)', '2026-07-23T16:20', 'America/Boa_Vista', None, None),
        ('at 7 p.m. Brasília time', '2026-07-23T19:00', 'America/Sao_Paulo', None, None),
        ('travel to Boa Vista on Saturday', '2026-07-25', 'America/Boa_Vista', 'Saturday', None),
    ],
    '22_baherald-chubut-fishing-vessel.txt': [
        ('at 11:50 p.m. on Friday', '2026-02-20T23:50', 'America/Argentina/Buenos_Aires', 'Friday', None),
        ('at 2 p.m. on Saturday', '2026-02-21T14:00', 'America/Argentina/Buenos_Aires', 'Saturday', None),
    ],
    '23_cooperativa-ercilla-attack.md': [
        ('at 22:30 on Saturday, April 4', '2026-04-04T22:30', 'America/Santiago', 'Saturday', None),
        ('from 22:00 on Sunday', '2026-04-05T22:00', 'America/Santiago', 'Sunday', None),
        ('travel to Temuco on Monday', '2026-04-06', 'America/Santiago', 'Monday', None),
    ],
    '24_singapore-public-holidays-2027.json': [
    ],
    '25_vnexpress-paracels-water-cannon.html': [
        ('at 10am on Tuesday', '2026-06-09T10:00', 'Asia/Ho_Chi_Minh', 'Tuesday', None),
        ('at 5:30am on Wednesday', '2026-06-10T05:30', 'Asia/Ho_Chi_Minh', 'Wednesday', None),
    ],
    '26_straitstimes-strait-robbery.txt': [
        ('at 11.45pm on Sunday', '2026-01-11T23:45', 'Asia/Singapore', 'Sunday', None),
        ('at about 3.10am on Monday', '2026-01-12T03:10', 'Asia/Singapore', 'Monday', None),
    ],
    '27_thestar-lahad-datu-gunmen.json': [
        ('at 1.30am on Friday', '2026-10-09T01:30', 'Asia/Kuching', 'Friday', None),
        ('cordoned off the village at 4am', '2026-10-09T04:00', 'Asia/Kuching', None, None),
        ('visit Lahad Datu tomorrow (Saturday)', '2026-10-10', 'Asia/Kuching', 'Saturday', None),
    ],
    '28_postcourier-buin-police-post.xml': [
        ('at 9pm on Sunday', '2026-08-16T21:00', 'Pacific/Bougainville', 'Sunday', None),
        ('landed at Buka at 10am on Monday (Port Moresby time)', '2026-08-17T10:00', 'Pacific/Port_Moresby', 'Monday', None),
        ('an emergency sitting on Wednesday', '2026-08-19', 'Pacific/Bougainville', 'Wednesday', None),
    ],
    '29_solomonstar-honiara-unrest.txt': [
        ('at around 7pm last night', '2026-05-06T19:00', 'Pacific/Guadalcanal', None, None),
        ('from 10pm last night', '2026-05-06T22:00', 'Pacific/Guadalcanal', None, None),
        ('Parliament will convene on Monday', '2026-05-11', 'Pacific/Guadalcanal', 'Monday', None),
    ],
    '30_japantimes-nk-missile.html': [
        ('at 6:52 a.m.', '2026-11-11T06:52', 'Asia/Tokyo', None, None),
        ('fell at about 7:03 a.m.', '2026-11-11T07:03', 'Asia/Tokyo', None, None),
        ('meet on Thursday', '2026-11-12', 'Asia/Tokyo', 'Thursday', None),
    ],
    '31_scmp-pla-drills-taiwan.json': [
        ('at 2.15pm on Friday', '2026-04-17T14:15', 'Asia/Taipei', 'Friday', None),
        ('from 8am on Saturday', '2026-04-18T08:00', 'Asia/Shanghai', 'Saturday', None),
    ],
    '32_jordantimes-irbid-drone.txt': [
        ('at 1:38am on Monday', '2026-01-19T01:38', 'Asia/Amman', 'Monday', None),
        ('at 1:45am', '2026-01-19T01:45', 'Asia/Amman', None, None),
        ('will reopen on Tuesday', '2026-01-20', 'Asia/Amman', 'Tuesday', None),
    ],
    '33_ynet-kiryat-shmona-sirens.xml': [
        ('at 11:50 p.m. on Thursday', '2026-03-26T23:50', 'Asia/Jerusalem', 'Thursday', None),
        ('at 9:10 a.m. Friday', '2026-03-27T09:10', 'Asia/Jerusalem', 'Friday', None),
        ('will be closed on Sunday', '2026-03-29', 'Asia/Jerusalem', 'Sunday', None),
    ],
    '34_lothian-service22-diversion.md': [
    ],
    '35_saba-hodeidah-raids.txt': [
        ('at dawn yesterday, Tuesday', '2026-02-03', 'Asia/Aden', 'Tuesday', None),
        ('at 11:20 pm on the same day', '2026-02-03T23:20', 'Asia/Aden', None, None),
    ],
    '36_dailymirror-katunayake-bomb-threat.html': [
        ('at half past nine on Friday night', '2026-07-10T21:30', 'Asia/Colombo', 'Friday', None),
        ('evacuated at 9.50 p.m.', '2026-07-10T21:50', 'Asia/Colombo', None, None),
        ('resumed at 1.15 a.m. on Saturday', '2026-07-11T01:15', 'Asia/Colombo', 'Saturday', None),
    ],
    '37_tolonews-torkham-clash.json': [
        ('at 8:30 pm Kabul time on Friday', '2026-10-02T20:30', 'Asia/Kabul', 'Friday', None),
        ('at 10 pm PKT', '2026-10-02T22:00', 'Asia/Karachi', None, None),
        ('reopen at 8 am on Sunday', '2026-10-04T08:00', 'Asia/Kabul', 'Sunday', None),
    ],
    '38_derstandard-transnistrien-explosion.txt': [
        ('um 3.40 Uhr Ortszeit', '2026-02-26T03:40', 'Europe/Chisinau', None, None),
        ('gegen halb zehn', '2026-02-26T09:30', 'Europe/Chisinau', None, None),
        ('Am Freitag will die Regierung', '2026-02-27', 'Europe/Chisinau', 'Friday', None),
    ],
    '39_trend-iran-airspace-urgent.txt': [
        ('from 02:00 Tehran time (22:30 GMT on Saturday)', '2026-06-21T02:00', 'Asia/Tehran', None, None),
        ('resume at 14:00 local time', '2026-06-21T14:00', 'Asia/Tehran', None, None),
    ],
    '40_nordic-security-conference-cfp.xml': [
    ],
}
