# Table: file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)
# Date-only entries (YYYY-MM-DD) yield the local calendar date as the key time.
ITEMS = {
 "01_err_narva_drone.txt": [
  ("at 2.40 a.m. on Sunday", "2026-03-29T02:40", "Europe/Tallinn", "Sunday", None),
  ("evacuated at 5.15 a.m.", "2026-03-29T05:15", "Europe/Tallinn", None, None),
  ("closed to all traffic at 6 a.m. on Sunday", "2026-03-29T06:00", "Europe/Tallinn", "Sunday", None),
  ("will reopen at 2 p.m. on Monday", "2026-03-30T14:00", "Europe/Tallinn", "Monday", None),
 ],
 "02_yle_helsinki_airport_drones.txt": [
  ("halted at 9.05pm on Wednesday", "2026-11-11T21:05", "Europe/Helsinki", "Wednesday", None),
  ("resumed at 00.40 on Thursday", "2026-11-12T00:40", "Europe/Helsinki", "Thursday", None),
  ("will convene at 10am on Friday", "2026-11-13T10:00", "Europe/Helsinki", "Friday", None),
 ],
 "03_premiumtimes_kajuru_attack.txt": [
  ("at about 11:30 p.m. on Saturday", "2026-06-13T23:30", "Africa/Lagos", "Saturday", None),
  ("arrived at about 3 a.m. on Sunday", "2026-06-14T03:00", "Africa/Lagos", "Sunday", None),
  ("with effect from 6 p.m. today", "2026-06-15T18:00", "Africa/Lagos", None, None),
 ],
 "04_dailymonitor_bundibugyo_adf.txt": [
  ("at around 8pm on Tuesday", "2026-04-21T20:00", "Africa/Kampala", "Tuesday", None),
  ("will reopen to traffic at 10am on Thursday", "2026-04-23T10:00", "Africa/Kampala", "Thursday", None),
 ],
 "05_24kg_kok_tash_clash.txt": [
  ("at 16:20 Bishkek time (15:20 Dushanbe time)", "2026-07-07T16:20", "Asia/Bishkek", None, "+06:00"),
  ("Ak-Sai began at 18:00", "2026-07-07T18:00", "Asia/Bishkek", None, None),
  ("took effect at 21:00 Bishkek time", "2026-07-07T21:00", "Asia/Bishkek", None, "+06:00"),
  ("will meet on July 9", "2026-07-09", "Asia/Bishkek", None, None),
 ],
 "06_bangkokpost_chong_chom.txt": [
  ("at about 5.50am on Saturday", "2026-08-08T05:50", "Asia/Bangkok", "Saturday", None),
  ("will reopen at 8am on Monday", "2026-08-10T08:00", "Asia/Bangkok", "Monday", None),
 ],
 "07_rnz_pacific_honiara_curfew.txt": [
  ("at about 2pm local time on Thursday", "2026-05-21T14:00", "Pacific/Guadalcanal", "Thursday", None),
  ("take effect at 6pm local time tonight", "2026-05-21T18:00", "Pacific/Guadalcanal", None, None),
  ("on Friday morning", "2026-05-22", "Pacific/Guadalcanal", "Friday", None),
 ],
 "08_pana_ndjamena_urgent.txt": [
  ("at 0630 hrs local time (0530 GMT) on Saturday", "2026-02-14T06:30", "Africa/Ndjamena", "Saturday", "+01:00"),
  ("at around 0715 hrs", "2026-02-14T07:15", "Africa/Ndjamena", None, None),
  ("from 1800 hrs local today", "2026-02-14T18:00", "Africa/Ndjamena", None, None),
  ("will reopen at 0800 hrs on Sunday", "2026-02-15T08:00", "Africa/Ndjamena", "Sunday", None),
 ],
 "09_cartamz_macomia_pt.txt": [
  ("por volta das 04h30 de quinta-feira", "2026-09-10T04:30", "Africa/Maputo", "Thursday", None),
  ("ao meio-dia do mesmo dia", "2026-09-10T12:00", "Africa/Maputo", None, None),
  ("retomado às 06h00 de sábado", "2026-09-12T06:00", "Africa/Maputo", "Saturday", None),
 ],
 "10_ntpol_tindal_incident_log.txt": [
  ("2214 hrs Unidentified drone sighted", "2026-02-06T22:14", "Australia/Darwin", "Friday", "+09:30"),
  ("2250 hrs Stuart Highway closed", "2026-02-06T22:50", "Australia/Darwin", "Friday", "+09:30"),
  ("0130 hrs Stuart Highway reopened", "2026-02-07T01:30", "Australia/Darwin", "Saturday", "+09:30"),
 ],
 "11_makerere_exam_timetable.txt": [],
 "12_amu_torkham_clash.txt": [
  ("at around 10:30 p.m. on Monday (11 p.m. Pakistan time)", "2026-01-19T22:30", "Asia/Kabul", "Monday", None),
  ("closed to trade at 6 a.m. on Tuesday", "2026-01-20T06:00", "Asia/Kabul", "Tuesday", None),
  ("due to meet on Wednesday", "2026-01-21", "Asia/Kabul", "Wednesday", None),
 ],
 "13_sun_addu_coastguard.txt": [
  ("at 0340 hrs on Friday", "2026-10-16T03:40", "Indian/Maldives", "Friday", None),
  ("before the Criminal Court on Sunday", "2026-10-18", "Indian/Maldives", "Sunday", None),
 ],
 "14_ura_orsk_drone_ru.txt": [
  ("at 05:47 local time (03:47 Moscow time)", "2026-06-03T05:47", "Asia/Yekaterinburg", "Wednesday", "+05:00"),
  ("introduced at 04:10 Moscow time", "2026-06-03T04:10", "Europe/Moscow", None, "+03:00"),
  ("are cancelled on Thursday", "2026-06-04", "Asia/Yekaterinburg", "Thursday", None),
 ],
 "15_dailymirror_trincomalee_blast.txt": [
  ("at around 11.45 pm on Saturday", "2026-11-21T23:45", "Asia/Colombo", "Saturday", None),
  ("from 1.00 am on Sunday", "2026-11-22T01:00", "Asia/Colombo", "Sunday", None),
  ("will begin its investigation on Tuesday", "2026-11-24", "Asia/Colombo", "Tuesday", None),
 ],
 "16_primicias_live_guayaquil.md": [
  ("penitentiary at 3:10 a.m.", "2026-01-12T03:10", "America/Guayaquil", "Monday", "-05:00"),
  ("at 6:45 a.m. Galápagos time", "2026-01-12T06:45", "Pacific/Galapagos", None, "-06:00"),
  ("signed Executive Decree 412 at noon", "2026-01-12T12:00", "America/Guayaquil", None, "-05:00"),
 ],
 "17_omanobserver_duqm_tanker.md": [
  ("at 2:15 am on Thursday", "2026-03-05T02:15", "Asia/Muscat", "Thursday", "+04:00"),
  ("suspended vessel operations at 6 am", "2026-03-05T06:00", "Asia/Muscat", None, None),
  ("resume at 6 am on Saturday", "2026-03-07T06:00", "Asia/Muscat", "Saturday", None),
 ],
 "18_vugd_daugavpils_siren_bulletin.md": [
  ("At **21:48** local time", "2026-10-24T21:48", "Europe/Riga", "Saturday", None),
  ("were opened at **21:55**", "2026-10-24T21:55", "Europe/Riga", "Saturday", None),
  ("**Monday, 26 October 2026, at 12:00**", "2026-10-26T12:00", "Europe/Riga", "Monday", "+02:00"),
 ],
 "19_tv_schedule_week.md": [],
 "20_jordantimes_drone_border.md": [
  ("at 1:30am on Sunday", "2026-02-15T01:30", "Asia/Amman", "Sunday", None),
  ("closed to passengers and trucks at 8am on Sunday", "2026-02-15T08:00", "Asia/Amman", "Sunday", None),
  ("will reopen on Tuesday", "2026-02-17", "Asia/Amman", "Tuesday", None),
 ],
 "21_lrt_vilnius_balloons.html": [
  ("suspended all flights at 19:35 on Monday", "2026-01-19T19:35", "Europe/Vilnius", "Monday", None),
  ("resumed at 01:10 on Tuesday", "2026-01-20T01:10", "Europe/Vilnius", "Tuesday", None),
  ("from 00:00 on Wednesday", "2026-01-21T00:00", "Europe/Vilnius", "Wednesday", None),
 ],
 "22_addisstandard_bure_drone.html": [
  ("at around 3:00 p.m. local time", "2026-03-17T15:00", "Africa/Addis_Ababa", "Tuesday", None),
  ("cut by 6:00 p.m.", "2026-03-17T18:00", "Africa/Addis_Ababa", None, None),
  ("expected in Bahir Dar on Thursday", "2026-03-19", "Africa/Addis_Ababa", "Thursday", None),
 ],
 "23_folha_pacaraima_shooting.html": [
  ("at 10:40 p.m. on Tuesday local time (11:40 p.m. in Brasília)", "2026-07-28T22:40", "America/Boa_Vista", "Tuesday", None),
  ("Roraima, early on Wednesday", "2026-07-29", "America/Boa_Vista", "Wednesday", None),
  ("at 9 a.m. Brasília time on Wednesday", "2026-07-29T09:00", "America/Sao_Paulo", "Wednesday", None),
  ("will reopen at 8 a.m. local time on Friday", "2026-07-31T08:00", "America/Boa_Vista", "Friday", None),
 ],
 "24_straitstimes_singapore_strait.html": [
  ("at 11.40pm Singapore time on Sunday (10.40pm in Batam)", "2026-09-13T23:40", "Asia/Singapore", "Sunday", None),
  ("at 2.15am on Monday", "2026-09-14T02:15", "Asia/Singapore", "Monday", None),
 ],
 "25_kplc_planned_interruptions.html": [],
 "26_caspianwings_airspace_notice.html": [
  ("at 05:20 AZT (01:20 UTC) on Saturday 4 April 2026", "2026-04-04T05:20", "Asia/Baku", "Saturday", "+04:00"),
  ("reopen the airspace at 18:00 AZT today", "2026-04-04T18:00", "Asia/Baku", None, "+04:00"),
 ],
 "27_rudaw_erbil_airport_drones.html": [
  ("at 1:48 am on Friday", "2026-10-23T01:48", "Asia/Baghdad", "Friday", None),
  ("shortly before dawn on Friday", "2026-10-23", "Asia/Baghdad", "Friday", None),
  ("Flights resumed at 10 am", "2026-10-23T10:00", "Asia/Baghdad", None, None),
 ],
 "28_vnexpress_hoangsa_fishing_boat.html": [
  ("Around 10 a.m. on Sunday", "2026-03-22T10:00", "Asia/Ho_Chi_Minh", "Sunday", None),
  ("at 5:30 a.m. on Tuesday", "2026-03-24T05:30", "Asia/Ho_Chi_Minh", "Tuesday", None),
 ],
 "29_laprensa_sps_excepcion_es.json": [
  ("a eso de las 11:15 de la noche del sábado", "2026-04-18T23:15", "America/Tegucigalpa", "Saturday", None),
  ("aprobó este domingo un decreto", "2026-04-19", "America/Tegucigalpa", "Sunday", None),
  ("a partir de las 6:00 a.m. del lunes", "2026-04-20T06:00", "America/Tegucigalpa", "Monday", None),
  ("sesión extraordinaria el martes", "2026-04-21", "America/Tegucigalpa", "Tuesday", None),
 ],
 "30_postcourier_buka_attack.json": [
  ("at 4am Bougainville time (3am Port Moresby time) on Thursday", "2026-11-19T04:00", "Pacific/Bougainville", "Thursday", None),
  ("closed to all flights at 7am Bougainville time", "2026-11-19T07:00", "Pacific/Bougainville", None, None),
  ("will fly to Buka on Saturday", "2026-11-21", "Pacific/Port_Moresby", "Saturday", None),
 ],
 "31_apn_callao_port_closure.json": [
  ("At 19:40 hrs PET on Friday 15 May 2026", "2026-05-15T19:40", "America/Lima", "Friday", "-05:00"),
  ("from 22:00 hrs PET on Friday 15 May 2026", "2026-05-15T22:00", "America/Lima", "Friday", "-05:00"),
  ("at 06:00 hrs PET on Sunday 17 May 2026", "2026-05-17T06:00", "America/Lima", "Sunday", "-05:00"),
 ],
 "32_concert_listing_lisbon.json": [],
 "33_lefaso_djibo_attaque_fr.json": [
  ("dimanche 1er mars 2026 vers 5 h 30 (heure locale et GMT)", "2026-03-01T05:30", "Africa/Ouagadougou", "Sunday", "+00:00"),
  ("partira de Kaya lundi", "2026-03-02", "Africa/Ouagadougou", "Monday", None),
  ("rouverte mardi à 8 heures", "2026-03-03T08:00", "Africa/Ouagadougou", "Tuesday", None),
 ],
 "34_actualitecd_sake_shelling.json": [
  ("at 7:20 a.m. Goma time (6:20 a.m. in Kinshasa) on Wednesday", "2026-06-24T07:20", "Africa/Lubumbashi", "Wednesday", None),
  ("closed to civilian flights at 11 a.m.", "2026-06-24T11:00", "Africa/Lubumbashi", None, None),
  ("in Kinshasa on Friday", "2026-06-26", "Africa/Kinshasa", "Friday", None),
 ],
 "35_md_moldova_drone_debris.json": [
  ("At 03:15 on Monday, 28 September", "2026-09-28T03:15", "Europe/Chisinau", "Monday", None),
  ("from 03:30 to 06:00", "2026-09-28T03:30", "Europe/Chisinau", None, None),
  ("at 11:00 on Tuesday, 29 September", "2026-09-29T11:00", "Europe/Chisinau", "Tuesday", None),
 ],
 "36_parliament_guyana_emergency_sitting.xml": [
  ("at 2:00 p.m. on Thursday, 8 October 2026", "2026-10-08T14:00", "America/Guyana", "Thursday", None),
  ("at approximately 5:50 a.m. on Tuesday, 6 October 2026", "2026-10-06T05:50", "America/Guyana", "Tuesday", None),
 ],
 "37_jrcc_halifax_sar_notice.xml": [
  ("received at 4:12 a.m. NST on Tuesday", "2026-11-03T04:12", "America/St_Johns", "Tuesday", "-03:30"),
  ("arrived on scene at 6:05 a.m. NST", "2026-11-03T06:05", "America/St_Johns", None, "-03:30"),
  ("expected on scene at 2:30 p.m. Atlantic time today", "2026-11-03T14:30", "America/Halifax", None, "-04:00"),
 ],
 "38_bordermx_tijuana_grenade.xml": [
  ("at 1:25 a.m. local time Tuesday (2:25 a.m. in Mexico City)", "2026-03-10T01:25", "America/Tijuana", "Tuesday", None),
  ("closed the southbound lanes of the El Chaparral crossing at 3 a.m.", "2026-03-10T03:00", "America/Tijuana", None, None),
  ("will meet in Mexicali on Thursday", "2026-03-12", "America/Tijuana", "Thursday", None),
 ],
 "39_obituaries_feed.xml": [],
 "40_antara_intan_jaya_id.xml": [
  ("on Wednesday at 09.15 WIT (07.15 WIB)", "2026-01-14T09:15", "Asia/Jayapura", "Wednesday", "+09:00"),
  ("arrived in Sugapa at 14.00 WIT", "2026-01-14T14:00", "Asia/Jayapura", None, "+09:00"),
 ],
}

# Cross-checks for times stated twice (second clock in another zone must give the same UTC instant)
SECOND_CLOCKS = {
 "05_24kg_kok_tash_clash.txt": [("2026-07-07T16:20", "Asia/Bishkek", "2026-07-07T15:20", "Asia/Dushanbe")],
 "08_pana_ndjamena_urgent.txt": [("2026-02-14T06:30", "Africa/Ndjamena", "2026-02-14T05:30", "UTC")],
 "12_amu_torkham_clash.txt": [("2026-01-19T22:30", "Asia/Kabul", "2026-01-19T23:00", "Asia/Karachi")],
 "14_ura_orsk_drone_ru.txt": [("2026-06-03T05:47", "Asia/Yekaterinburg", "2026-06-03T03:47", "Europe/Moscow")],
 "23_folha_pacaraima_shooting.html": [("2026-07-28T22:40", "America/Boa_Vista", "2026-07-28T23:40", "America/Sao_Paulo")],
 "24_straitstimes_singapore_strait.html": [("2026-09-13T23:40", "Asia/Singapore", "2026-09-13T22:40", "Asia/Jakarta")],
 "26_caspianwings_airspace_notice.html": [("2026-04-04T05:20", "Asia/Baku", "2026-04-04T01:20", "UTC")],
 "30_postcourier_buka_attack.json": [("2026-11-19T04:00", "Pacific/Bougainville", "2026-11-19T03:00", "Pacific/Port_Moresby")],
 "34_actualitecd_sake_shelling.json": [("2026-06-24T07:20", "Africa/Lubumbashi", "2026-06-24T06:20", "Africa/Kinshasa")],
 "38_bordermx_tijuana_grenade.xml": [("2026-03-10T01:25", "America/Tijuana", "2026-03-10T02:25", "America/Mexico_City")],
 "40_antara_intan_jaya_id.xml": [("2026-01-14T09:15", "Asia/Jayapura", "2026-01-14T07:15", "Asia/Jakarta")],
}
