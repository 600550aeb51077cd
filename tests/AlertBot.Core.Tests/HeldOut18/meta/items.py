# file -> list of (quoted phrase, local ISO datetime or date, IANA zone, stated weekday or None, stated offset or None)
# Order inside a list is irrelevant; verify.py sorts the recomputed UTC values.
ITEMS = {}
ITEMS["01_alaska_adak_intercept.txt"] = [
    ("launched at 5:05 p.m. Anchorage time on Tuesday", "2026-02-17T17:05", "America/Anchorage", "Tue", None),
    ("the shelter order went out at 6:20 p.m. local time Tuesday", "2026-02-17T18:20", "America/Adak", "Tue", None),
    ("will hold an emergency meeting Thursday at noon", "2026-02-19T12:00", "America/Adak", "Thu", None),
]
ITEMS["02_gleaner_spanish_town_curfew.txt"] = [
    ("at about 10:15 last night", "2026-09-13T22:15", "America/Jamaica", None, None),
    ("the curfew takes effect at 6 p.m. today", "2026-09-14T18:00", "America/Jamaica", None, None),
]
ITEMS["03_santiago_brief_newsletter.txt"] = [
    ("at 3:40 a.m. on Sunday", "2026-04-05T03:40", "America/Santiago", "Sun", None),
    ("at 9:15 p.m. Saturday", "2026-04-04T21:15", "America/Santiago", "Sat", None),
    ("The Senate will vote on Wednesday", "2026-04-08", "America/Santiago", "Wed", None),
]
ITEMS["04_kathimerini_evros_shots.txt"] = [
    ("at around 2.30 a.m. on Thursday", "2026-07-16T02:30", "Europe/Athens", "Thu", None),
    ("will visit the area on Saturday", "2026-07-18", "Europe/Athens", "Sat", None),
]
ITEMS["05_nato_aircom_release_pdf.txt"] = [
    ("crossing the border at 0147Z on 11 October (04:47 local time)", "2026-10-11T01:47", "UTC", None, "+00:00"),
    ("At approximately 0212Z the UAV crashed", "2026-10-11T02:12", "UTC", None, "+00:00"),
    ("Romania will brief Allies at the North Atlantic Council on Tuesday", "2026-10-13", "Europe/Bucharest", "Tue", None),
]
ITEMS["06_wa_police_perth_raids.txt"] = [
    ("About 5.30am today", "2026-11-04T05:30", "Australia/Perth", None, None),
    ("will appear in Perth Magistrates Court on Thursday", "2026-11-05", "Australia/Perth", "Thu", None),
]
ITEMS["07_duvar_hakkari_security_zone.txt"] = [
    ("In the early hours of Thursday at around 03.15 hours", "2026-05-21T03:15", "Europe/Istanbul", "Thu", None),
    ("as of 06.00 hours on 22.05.2026", "2026-05-22T06:00", "Europe/Istanbul", None, None),
]
ITEMS["08_sonora_convoy_ambush.txt"] = [
    ("west of Caborca at 11:40 p.m. Sunday", "2026-08-16T23:40", "America/Hermosillo", "Sun", None),
    ("reopened at 8 a.m. local time Monday", "2026-08-17T08:00", "America/Hermosillo", "Mon", None),
]
ITEMS["09_dhaka_tribune_ghumdhum_shells.txt"] = [
    ("around 11:30am Saturday", "2026-01-24T11:30", "Asia/Dhaka", "Sat", None),
    ("will summon Myanmar's ambassador in Dhaka on Sunday", "2026-01-25", "Asia/Dhaka", "Sun", None),
]
ITEMS["10_tempo_intan_jaya_attack.txt"] = [
    ("at 06.20 WIT on Thursday", "2026-03-12T06:20", "Asia/Jayapura", "Thu", None),
    ("evacuated by helicopter to Timika at around 10.00 local time", "2026-03-12T10:00", "Asia/Jayapura", None, None),
]
ITEMS["11_samoa_observer_matautu_device.txt"] = [
    ("at 7.45am yesterday", "2026-06-08T07:45", "Pacific/Apia", None, None),
    ("will reopen at 6am tomorrow (Wednesday)", "2026-06-10T06:00", "Pacific/Apia", "Wed", None),
]
ITEMS["12_irna_bandar_abbas_translated.txt"] = [
    ("activated at 23:40 on Tuesday night", "2026-06-30T23:40", "Asia/Tehran", "Tue", None),
    ("at about 01:30 on Wednesday morning", "2026-07-01T01:30", "Asia/Tehran", "Wed", None),
]
ITEMS["13_nation_lamu_bus_attack.txt"] = [
    ("at Nyongoro at around 8am on Friday", "2026-10-02T08:00", "Africa/Nairobi", "Fri", None),
    ("reopened to traffic at 3pm on Friday", "2026-10-02T15:00", "Africa/Nairobi", "Fri", None),
    ("move in escorted convoys starting Monday", "2026-10-05", "Africa/Nairobi", "Mon", None),
]
ITEMS["14_paa_airspace_notice_pdf.txt"] = [
    ("from 2000 UTC on 27 February", "2026-02-27T20:00", "UTC", None, "+00:00"),
    ("at 1045 PKT on Friday", "2026-02-27T10:45", "Asia/Karachi", "Fri", "+05:00"),
]
ITEMS["15_kuensel_bpl_fixtures.txt"] = []
ITEMS["16_cocuyo_thread_tachira.md"] = [
    ("at 4:50 a.m. today, Venezuelan time (UTC-4)", "2026-05-09T04:50", "America/Caracas", None, "-04:00"),
    ("were closed to all traffic at 7:00 a.m.", "2026-05-09T07:00", "America/Caracas", None, None),
    ("will travel to Táchira on Monday", "2026-05-11", "America/Caracas", "Mon", None),
]
ITEMS["17_cyprus_mail_buffer_zone.md"] = [
    ("crossed the ceasefire line at 7.10am on Tuesday", "2026-10-27T07:10", "Asia/Nicosia", "Tue", None),
    ("at the Ledra Palace at 11am on Friday", "2026-10-30T11:00", "Asia/Nicosia", "Fri", None),
]
ITEMS["18_nasha_niva_machulishchy.md"] = [
    ("at around 2:40 a.m. Minsk time on Sunday", "2026-08-02T02:40", "Europe/Minsk", "Sun", None),
    ("Security Council will meet on Tuesday", "2026-08-04", "Europe/Minsk", "Tue", None),
]
ITEMS["19_sahel_brief_nioro_convoy.md"] = [
    ("at around 5 p.m. on Wednesday", "2026-11-18T17:00", "Africa/Bamako", "Wed", None),
    ("will reopen to traffic on Saturday", "2026-11-21", "Africa/Bamako", "Sat", None),
]
ITEMS["20_medsec_forum_agenda.md"] = []
ITEMS["21_cbc_kenora_standoff.html"] = [
    ("around 11:45 p.m. CT Monday", "2026-11-02T23:45", "America/Winnipeg", "Mon", None),
    ("is expected to reopen at 2 p.m. local time", "2026-11-03T14:00", "America/Winnipeg", None, None),
]
ITEMS["22_prensa_libre_izabal_estado_sitio.html"] = [
    ("la madrugada de este jueves, alrededor de las 3.15 horas", "2026-01-22T03:15", "America/Guatemala", "Thu", None),
    ("a partir de las 0 horas del viernes 23 de enero", "2026-01-23T00:00", "America/Guatemala", "Fri", None),
    ("en una sesión extraordinaria convocada para el lunes", "2026-01-26", "America/Guatemala", "Mon", None),
]
ITEMS["23_france24_lyon_airport_alerts.html"] = [
    ("a second security alert on Monday at 6:45 am", "2026-03-30T06:45", "Europe/Paris", "Mon", None),
    ("Terminal 1 was evacuated at 9:20 pm", "2026-03-28T21:20", "Europe/Paris", "Sat", None),
    ("will visit the airport on Tuesday", "2026-03-31", "Europe/Paris", "Tue", None),
]
ITEMS["24_swissinfo_geneva_drone.html"] = [
    ("was halted at 17:05 on Tuesday", "2026-09-15T17:05", "Europe/Zurich", "Tue", None),
    ("It will be in force from 6am on Thursday", "2026-09-17T06:00", "Europe/Zurich", "Thu", None),
]
ITEMS["25_meduza_orsk_refinery_amp.html"] = [
    ("the attack began at around 4:30 a.m. local time (2:30 a.m. Moscow time)", "2026-04-20T04:30", "Asia/Yekaterinburg", "Mon", None),
    ("on Monday from 03:55 to 07:10 local time", "2026-04-20T03:55", "Asia/Yekaterinburg", "Mon", None),
]
ITEMS["26_taipei_times_strait_drills.html"] = [
    ("the drills began at 8am", "2026-06-12T08:00", "Asia/Taipei", None, None),
    ("Kinmen County at 2:15pm yesterday", "2026-06-12T14:15", "Asia/Taipei", None, None),
    ("convene a national security meeting on Monday", "2026-06-15", "Asia/Taipei", "Mon", None),
]
ITEMS["27_actuniger_tillaberi_attaque.html"] = [
    ("a été attaquée dimanche vers 14h30", "2026-02-08T14:30", "Africa/Niamey", "Sun", None),
    ("à compter du mercredi 11 février à 0h", "2026-02-11T00:00", "Africa/Niamey", "Wed", None),
]
ITEMS["28_bermuda_weather_forecast.html"] = []
ITEMS["29_tico_times_paso_canoas.json"] = [
    ("on the border with Panama at 1:10 a.m. Wednesday", "2026-07-08T01:10", "America/Costa_Rica", "Wed", None),
    ("it will reopen at 6 a.m. Thursday", "2026-07-09T06:00", "America/Costa_Rica", "Thu", None),
]
ITEMS["30_ghanaweb_bawku_cms_export.json"] = [
    ("at about half past nine on Saturday morning", "2026-09-05T09:30", "Africa/Accra", "Sat", None),
    ("a 24-hour curfew taking effect at 2pm on Sunday", "2026-09-06T14:00", "Africa/Accra", "Sun", None),
]
ITEMS["31_armenpress_syunik_fire.json"] = [
    ("in Syunik Province at 03:50 on Tuesday", "2026-04-14T03:50", "Asia/Yerevan", "Tue", None),
    ("will take place on April 17 as planned", "2026-04-17", "Asia/Yerevan", None, None),
]
ITEMS["32_joongang_nk_missile.json"] = [
    ("into the East Sea at 7:12 a.m. Thursday", "2026-08-20T07:12", "Asia/Seoul", "Thu", None),
    ("at around 7:25 a.m. Tokyo time", "2026-08-20T07:25", "Asia/Tokyo", None, None),
    ("convened an emergency meeting at 9 a.m.", "2026-08-20T09:00", "Asia/Seoul", None, None),
]
ITEMS["33_kinshasa_times_kalemie_prison.json"] = [
    ("at around 2 a.m. local time on Friday", "2026-05-15T02:00", "Africa/Lubumbashi", "Fri", None),
    ("a curfew starting at 7 p.m. on Friday", "2026-05-15T19:00", "Africa/Lubumbashi", "Fri", None),
]
ITEMS["34_radio_tamazuj_wau_feed.json"] = [
    ("in the Jebel Kheir area at around 6 p.m. on Monday", "2026-03-02T18:00", "Africa/Juba", "Mon", None),
    ("the total curfew begins at 7 pm on Tuesday", "2026-03-03T19:00", "Africa/Juba", "Tue", None),
    ("will hold a peace conference with community leaders on Friday", "2026-03-06", "Africa/Juba", "Fri", None),
]
ITEMS["35_elpais_uy_departamentales_results.json"] = []
ITEMS["36_oglobo_epitaciolandia_rss.xml"] = [
    ("por volta das 23h40 de terça-feira (horário local; 1h40 de quarta-feira no horário de Brasília)", "2026-10-20T23:40", "America/Rio_Branco", "Tue", None),
    ("A ponte será reaberta às 8h (horário de Brasília) de quinta-feira", "2026-10-22T08:00", "America/Sao_Paulo", "Thu", None),
    ("vai a Rio Branco na sexta-feira", "2026-10-23", "America/Rio_Branco", "Fri", None),
]
ITEMS["37_the_hindu_bishnupur_rss.xml"] = [
    ("around 8.45 p.m. IST on Friday", "2026-07-24T20:45", "Asia/Kolkata", "Fri", None),
    ("would be in force from 5 a.m. on Saturday", "2026-07-25T05:00", "Asia/Kolkata", "Sat", None),
    ("The State Cabinet will meet on Monday", "2026-07-27", "Asia/Kolkata", "Mon", None),
]
ITEMS["38_mizzima_kani_airstrike_atom.xml"] = [
    ("at around 1:40 p.m. on 31 January", "2026-01-31T13:40", "Asia/Yangon", None, None),
    ("from midnight at the start of 1 February", "2026-02-01T00:00", "Asia/Yangon", None, None),
]
ITEMS["39_icrc_cauca_release_atom.xml"] = [
    ("at 3:30 p.m. local time on Thursday 26 November", "2026-11-26T15:30", "America/Bogota", "Thu", None),
    ("will accompany another handover on Saturday", "2026-11-28", "America/Bogota", "Sat", None),
]
ITEMS["40_mpi_food_recall_rss.xml"] = []
