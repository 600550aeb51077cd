# file -> labels other than keyTimes (keyTimes are recomputed from items.py)
LABELS = {}
LABELS["01_alaska_adak_intercept.txt"] = dict(
    headline="Adak residents told to shelter as unidentified aircraft tracked near island",
    alert=True, topics=["us"], notTopics=[], location="Adak",
    excluded="'Published: Feb. 18, 2026 at 9:42 AM AKST' / 'Updated ... 11:05 AM AKST' (publication stamps); 'lifted about 90 minutes later' (end of the order, duration, no clock); 'statement released at 8 a.m. Wednesday' (time of saying); 'September 2024' (history); 'about an hour' (duration); 'flight 61', '200 miles', '170 residents', '169th meridian', '(907) 592-2100' (numbers, not times). NOTE: Adak keeps America/Adak (HST, UTC-10), Anchorage AKST (UTC-9).")
LABELS["02_gleaner_spanish_town_curfew.txt"] = dict(
    headline="Curfew imposed in sections of Spanish Town after deadly shooting",
    alert=True, topics=["jamaica"], notTopics=[], location="Spanish Town",
    excluded="'Published: Monday | September 14, 2026 | 4:36 PM' (publication; anchors 'last night' = Sun 13 Sep and 'today' = Mon 14 Sep); 'until 6 a.m. on Wednesday' (range end); 'press briefing ... at 2 p.m.' (time of saying); 'since 2019', 'expired in 2024' (history); ages 34/27/16, '311', '119' (numbers).")
LABELS["03_santiago_brief_newsletter.txt"] = dict(
    headline="TRUCKS TORCHED ON ROUTE 5 NEAR ERCILLA",
    alert=True, topics=["chile"], notTopics=[], location="Ercilla",
    excluded="'Date: Mon, 6 Apr 2026 07:00:12 -0400' (send stamp); 'clocks ... went back one hour at midnight on Saturday' (DST transition, not an event: Sat 21:15 is still UTC-3, Sun 03:40 is UTC-4); 'speaking to reporters ... at 11 a.m. Sunday' (time of saying); 'since May 2022' (history); 'every 15 days' (recurring); 'Route 5' (road number); 'US$4.71/lb', '2, 1' score, phone number. Headline: the newsletter subject line bundles two stories; the lead story headline is used.")
LABELS["04_kathimerini_evros_shots.txt"] = dict(
    headline="Border guard injured as shots fired across Evros river",
    alert=True, topics=["greece"], notTopics=["turkey"], location="Feres",
    excluded="'16.07.2026 • 11:24' (publication stamp; anchors Thursday = 16 Jul); 'announcement at 10 a.m.' (time of saying); 'completed in 2025' (history); '30 kilometres', '140 km', 'six rounds' (numbers). 02:30 EEST on Thu 16 Jul is 23:30Z on Wed 15 Jul.")
LABELS["05_nato_aircom_release_pdf.txt"] = dict(
    headline="Romanian F-16s scramble after unmanned aircraft enters Romanian airspace near Tulcea",
    alert=True, topics=["romania"], notTopics=["ukraine", "germany"], location="Tulcea",
    excluded="'Release No. 2026-114 / 11 Oct 2026' (release stamp); '04:47 local time' (same event as 0147Z, listed once; EEST +3 agrees); page headers/footers; 'since 2014', 'in 2022' (history); '12 km', '2 km' (distances); phone number. Headline is broken across two lines in the PDF text.")
LABELS["06_wa_police_perth_raids.txt"] = dict(
    headline="CHARGES FOLLOWING COUNTER-TERRORISM SEARCH WARRANTS IN PERTH'S NORTHERN SUBURBS",
    alert=True, topics=["australia"], notTopics=[], location="Girrawheen",
    excluded="'Wednesday, 4 November 2026 1:10 PM' (release stamp, anchors 'today'); 'statement issued from Canberra at 2pm AEDT' (time of saying, other zone); '18 months', 'five-month investigation', 'several hours' (durations); '1800 123 400', '1800 333 000', '9222 1000' (phones); age 22. Perth is AWST UTC+8 (no DST).")
LABELS["07_duvar_hakkari_security_zone.txt"] = dict(
    headline="Hakkari governor declares curfew in villages after attack on gendarmerie outpost",
    alert=True, topics=["turkey"], notTopics=[], location="Çukurca",
    excluded="'21 May 2026 17:48 (GMT+3)' (publication stamp); 'On May 21 declared' (time of the announcement = saying); 'until 24.00 hours on 05.06.2026' (range end); 'Law No. 5442', 'Article 11/C' (law numbers); 'since 2016' (history); '156' (phone).")
LABELS["08_sonora_convoy_ambush.txt"] = dict(
    headline="National Guard convoy ambushed on Highway 2 near Caborca; three troops killed",
    alert=True, topics=["mexico"], notTopics=["us"], location="Caborca",
    excluded="'Published 10:15 a.m. (CDMX time), Monday, August 17, 2026' (publication); 'a 7 a.m. press conference in Mexico City on Monday' (time of saying, UTC-6); 'Federal Highway 2', 'kilometre 214', '.50-caliber' (numbers); 'closed overnight' (no clock); '40 soldiers', phone number. Sonora = America/Hermosillo UTC-7 all year.")
LABELS["09_dhaka_tribune_ghumdhum_shells.txt"] = dict(
    headline="Mortar shells from Myanmar land in Ghumdhum, two injured",
    alert=True, topics=["bangladesh", "myanmar"], notTopics=[], location="Ghumdhum",
    excluded="'Published at 08:12 pm' / 'Last updated at 09:30 pm January 24th, 2026' (stamps); 'through the evening' (no clock); 'since August 2017' (history); 'border pillar 34', '34 Battalion', '271-km', '2 km', '12-year-old' (numbers). BST here = Bangladesh Standard Time UTC+6, not British Summer Time.")
LABELS["10_tempo_intan_jaya_attack.txt"] = dict(
    headline="Armed Group Attacks Military Post in Intan Jaya, One Soldier Killed",
    alert=True, topics=["indonesia"], notTopics=[], location="Sugapa",
    excluded="'Thursday, 12 March 2026 14:05 WIB' (publication, UTC+7); 'speaking in Jakarta at 11.00 WIB' (time of saying); 'Operation Damai Cartenz 2026' (year in name); 'since 2019' (history); '1,000 residents' (count). Papua uses WIT = Asia/Jayapura UTC+9: 06:20 WIT Thu = 21:20Z Wed.")
LABELS["11_samoa_observer_matautu_device.txt"] = dict(
    headline="Matautu wharf cordoned off after suspicious device found on fishing vessel",
    alert=True, topics=["samoa"], notTopics=["new-zealand"], location="Apia",
    excluded="'09 June 2026, 6:00PM' (publication; anchors yesterday = Mon 8 Jun, tomorrow = Wed 10 Jun); 'at the weekend', 'flown in overnight' (no day/clock); 'media conference at 3pm today' (time of saying); 'in 2011' (history); '24 hours ahead' (offset remark); '200 port workers'. Samoa is UTC+13, so the UTC date is the previous day.")
LABELS["12_irna_bandar_abbas_translated.txt"] = dict(
    headline="Air defence activated over Bandar Abbas; blast heard near Shahid Rajaee port",
    alert=True, topics=["iran"], notTopics=[], location="Bandar Abbas",
    excluded="'Wednesday 10 Tir 1405 (1 July 2026) - 09:14 Tehran time' (dateline/publication; Solar Hijri date matches); 'published at 08:50' (Persian version stamp); 'in the past months' (history). Iran is UTC+3:30 with no DST since 2022.")
LABELS["13_nation_lamu_bus_attack.txt"] = dict(
    headline="Four killed as suspected Al-Shabaab militants attack bus on Lamu-Garsen road",
    alert=True, topics=["kenya"], notTopics=["somalia"], location="Nyongoro",
    excluded="'Saturday, October 3, 2026 - 6:47 AM' (publication); 'convoys left Mokowe at 6am and 1pm daily' (old recurring schedule); 'since 2014' (history); 'this week' (no day); counts 4/7/15; '112' (phone).")
LABELS["14_paa_airspace_notice_pdf.txt"] = dict(
    headline="Temporary closure of airspace and suspension of flight operations at Lahore and Sialkot",
    alert=True, topics=["pakistan"], notTopics=[], location="Lahore",
    excluded="'Dated: 27-02-2026' (release date); '(0100 PKT to 0900 PKT on 28 February)' (same closure as 2000 UTC, listed once); 'to 0400 UTC on 28 February' (range end); 'for three hours' (duration); 'every three hours' (recurring); 'NOTAM A0412/26', 'PK-302', 'PA-205', '73 degrees East', helpline (numbers).")
LABELS["15_kuensel_bpl_fixtures.txt"] = dict(
    headline="BPL 2026: Matchweek 9 fixtures and kick-off times",
    alert=False, topics=[], notTopics=[], location=None,
    excluded="NON-ARTICLE (sports fixture list): kick-off times, ticket-counter hours, scores and phone number are not key times.")
LABELS["16_cocuyo_thread_tachira.md"] = dict(
    headline="Explosion at GNB checkpoint in San Antonio del Táchira; border bridges closed",
    alert=True, topics=["venezuela"], notTopics=["colombia"], location="San Antonio del Táchira",
    excluded="post stamps '6:12 AM · May 9, 2026' etc. and 'captured May 9, 2026' (publication); 'for about 10 minutes' (duration); 'speaking in Cúcuta at 9:30 a.m. Colombian time' (time of saying, UTC-5); 'from 2019 to 2022' (history); engagement counts, phone. Headline = the saved thread title.")
LABELS["17_cyprus_mail_buffer_zone.md"] = dict(
    headline="Unficyp protests as Turkish Cypriot personnel enter buffer zone near Deneia",
    alert=True, topics=["cyprus"], notTopics=["slovakia"], location="Deneia",
    excluded="'October 27, 2026 · 2:16 PM' (publication); 'withdrew before midday' (no clock); 'August 2023', 'since 1974' (history); 'returned to winter time ... on Sunday' (DST note, not an event: Tue 27 Oct is already EET UTC+2); '200 metres', '9 per cent'.")
LABELS["18_nasha_niva_machulishchy.md"] = dict(
    headline="Explosion reported at Machulishchy military airfield near Minsk",
    alert=True, topics=["belarus"], notTopics=[], location="Machulishchy",
    excluded="'2 August 2026, 13:05' (publication); 'said in a post at 10:00' (time of saying); 'still arriving at 6 in the morning' (observation, not a distinct event); 'for several hours' (duration); 'February 2023' (history); 'since 2011' (zone note). Sun 02:40 UTC+3 = Sat 1 Aug 23:40Z.")
LABELS["19_sahel_brief_nioro_convoy.md"] = dict(
    headline="Fuel convoy attacked near Nioro du Sahel, dozens of tankers set ablaze",
    alert=True, topics=["mali"], notTopics=["senegal"], location="Nioro du Sahel",
    excluded="'date: Thursday 19 November 2026' (issue date); 'left ... Dakar on 12 November' (background departure); 'communiqué read on state television at 8 p.m.' (time of saying); 'curfew from 8 p.m. to 6 a.m. every night for the next 30 days' (recurring schedule + duration); 'since ... September 2025' (history); 'RN1', '40 km', '60', '23' (numbers).")
LABELS["20_medsec_forum_agenda.md"] = dict(
    headline="Mediterranean Security Forum 2026 — Programme",
    alert=False, topics=[], notTopics=[], location=None,
    excluded="NON-ARTICLE (conference agenda): session times, registration deadline, panel titles mentioning strikes/coups/2024 incidents are not events to alert on.")
LABELS["21_cbc_kenora_standoff.html"] = dict(
    headline="Highway 17 closed at Kenora as OPP respond to armed standoff",
    alert=True, topics=["canada"], notTopics=[], location="Kenora",
    excluded="'Posted: Nov 03, 2026 10:31 AM EST' (publication, Eastern); 'Last Updated: 2 hours ago'; 'said at a briefing at 8 a.m.' (time of saying); 'sent in overnight' (no clock); 'fell back one hour early Sunday' (DST note; Mon 2 Nov is CST UTC-6); 'In 2021 ... nearly 20 hours' (history/duration); 'Highway 17', phone. Kenora is Central time (America/Winnipeg) although in Ontario.")
LABELS["22_prensa_libre_izabal_estado_sitio.html"] = dict(
    headline="Gobierno decreta estado de sitio en tres municipios de Izabal tras ataque a policías",
    alert=True, topics=["guatemala"], notTopics=[], location="Izabal",
    excluded="'jueves 22 de enero de 2026' masthead and 'Publicado el 22 de enero de 2026 a las 13:40 h' (publication); 'anunció este jueves' (time of saying); 'tendrá una duración de 30 días' (duration); 'conferencia de prensa ... a las 11 horas' (time of saying); 'Decreto Gubernativo 1-2026' (number); 'kilómetro 245', 'CA-9' (road); 'En 2019', 'más de una década' (history).")
LABELS["23_france24_lyon_airport_alerts.html"] = dict(
    headline="Lyon airport hit by second security alert in three days",
    alert=True, topics=["france"], notTopics=[], location="Lyon Saint-Exupéry airport",
    excluded="'Issued on: 30/03/2026 - 09:12 Modified: 30/03/2026 - 11:40' and meta published_time (stamps); 'clocks went forward an hour overnight from Saturday to Sunday' (DST: Sat 28 Mar is CET UTC+1, Mon 30 Mar is CEST UTC+2); 'since March 2024' (history); 'news conference at 10 am' (time of saying); '40 flights'.")
LABELS["24_swissinfo_geneva_drone.html"] = dict(
    headline="Geneva airport halts flights after drone sighting ahead of peace talks",
    alert=True, topics=["switzerland"], notTopics=["france"], location="Geneva",
    excluded="'September 16, 2026 - 10:22' (publication); 'Flights resumed at 19:10' (range end of the halt); 'detained ... in the evening' (no clock); 'decided on September 2' (background decision); 'until Saturday evening' (range end); 'by telephone at midday' (time of saying); 'in 2025' (history); '46 kilometres', '23 arrivals'.")
LABELS["25_meduza_orsk_refinery_amp.html"] = dict(
    headline="Drones hit Orsk oil refinery, fire at primary processing unit",
    alert=True, topics=["russia", "ukraine"], notTopics=[], location="Orsk",
    excluded="'12:47 pm, April 20, 2026 (Moscow time)' (publication); '(2:30 a.m. Moscow time)' (same event as 4:30 local, listed once); 'wrote in his Telegram channel at 7:15 a.m.' (time of saying); 'to 07:10 local time' (range end); 'from 11:00 p.m. to 7:00 a.m. Moscow time' (recurring counting window); 'September 2025' (history); '1,500 kilometers', '17 drones'. Orenburg region = Asia/Yekaterinburg UTC+5.")
LABELS["26_taipei_times_strait_drills.html"] = dict(
    headline="PLA launches drills around Taiwan; coast guard ship enters Kinmen waters",
    alert=True, topics=["taiwan", "china"], notTopics=[], location="Taiwan",
    excluded="'Sat, Jun 13, 2026 page1' (print date; anchors 'yesterday' = Fri 12 Jun); 'statement posted at 7:30am on Weibo' (time of saying); 'between 6am yesterday and 6am today' (reporting window); 'after 90 minutes' (duration); 'May 20, 2024' (history); 'Strait Thunder-2026B' (year in name); counts 38/14.")
LABELS["27_actuniger_tillaberi_attaque.html"] = dict(
    headline="Attaque contre une position de l’armée près de Tillabéri : trois jours de deuil national décrétés",
    alert=True, topics=["niger"], notTopics=["mali", "burkina-faso"], location="Tondikiwindi",
    excluded="'Publié le mardi 10 février 2026 à 18h45' / 'Mis à jour le 10/02/2026 à 20h02' (stamps); 'lu à la télévision nationale lundi à 20h30' (time of saying); 'deuil national de 72 heures' (duration); 'couvre-feu de 19h à 6h' (recurring); 'depuis 2017', 'coup d’État du 26 juillet 2023' (history); casualty counts.")
LABELS["28_bermuda_weather_forecast.html"] = dict(
    headline="5 Day Forecast",
    alert=False, topics=[], notTopics=[], location=None,
    excluded="NON-ARTICLE (weather forecast page): issue/update times, 'Small craft warning in effect from 6 PM Wednesday', tides, sunrise/sunset are not flash-news key times.")
LABELS["29_tico_times_paso_canoas.json"] = dict(
    headline="Gunmen attack police post at Paso Canoas border crossing, one officer killed",
    alert=True, topics=["costa-rica"], notTopics=["panama"], location="Paso Canoas",
    excluded="'pubDate 2026-07-08T16:20:00-06:00' (publication); 'told reporters at 11 a.m.' (time of saying); 'last month', 'in 2023' (background); 'Route 2', '60 rounds', '1.2 tonnes', '880 homicides', phone (numbers).")
LABELS["30_ghanaweb_bawku_cms_export.json"] = dict(
    headline="Bawku clashes: Interior Minister imposes 24-hour curfew, two dead",
    alert=True, topics=["ghana"], notTopics=[], location="Bawku",
    excluded="CMS stamps ('exported_at', 'first_published', revision 'saved' times); revision 1 '10:30am on Saturday' (superseded by correction in rev 2; latest revision is authoritative, incl. headline); 'statement signed at 10am on Sunday' (time of saying); '24-hour' (duration); 'from 6pm to 6am daily' (recurring); 'since ... 2021' (history); phone.")
LABELS["31_armenpress_syunik_fire.json"] = dict(
    headline="Azerbaijani forces open fire at Armenian positions in Syunik, Defense Ministry says",
    alert=True, topics=["armenia", "azerbaijan"], notTopics=["us"], location="Nerkin Hand",
    excluded="'ամսաթիվ 14.04.2026, 11:32' (publication); 'YEREVAN, APRIL 14' (dateline); 'stopped at around 04:40' (range end); 'statement at 09:00 Baku time' (time of saying); 'August 2025' (history). Yerevan UTC+4: Tue 03:50 = Mon 13 Apr 23:50Z.")
LABELS["32_joongang_nk_missile.json"] = dict(
    headline="North Korea fires ballistic missile into East Sea during UFS drills",
    alert=True, topics=["north-korea", "south-korea"], notTopics=["japan", "us"], location="Sunan",
    excluded="'published 2026-08-20 14:03 KST' (publication); 'text message sent to reporters at 7:40 a.m.' (time of saying); 'runs until Aug. 28' (schedule end); '1950-53' (history); '1,000 kilometers' (distance); 'fourth ... this year' (count). 07:25 Tokyo time is the impact, a separate event from the 07:12 launch.")
LABELS["33_kinshasa_times_kalemie_prison.json"] = dict(
    headline="Militia fighters storm Kalemie central prison, hundreds of inmates escape",
    alert=True, topics=["drc"], notTopics=[], location="Kalemie",
    excluded="'15/05/2026 à 16h10 (heure de Kinshasa)' (publication, WAT UTC+1); 'for nearly three hours' (duration); 'in 2017' (history); '300 inmates', share counts. Kalemie is CAT UTC+2 (Africa/Lubumbashi), not Kinshasa time.")
LABELS["34_radio_tamazuj_wau_feed.json"] = dict(
    headline="Wau authorities impose 48-hour total curfew after deadly clashes",
    alert=True, topics=["south-sudan"], notTopics=[], location="Wau",
    excluded="'date_published'/'date_modified' (stamps); '48-hour' (duration); 'usual curfew from 10 pm to 6 am' (recurring); 'until late at night' (no clock); 'since 2016', 'February 2021' (history). South Sudan is CAT UTC+2 (not EAT).")
LABELS["35_elpais_uy_departamentales_results.json"] = dict(
    headline="Resultados en vivo: Montevideo, Canelones y Maldonado",
    alert=False, topics=[], notTopics=[], location=None,
    excluded="NON-ARTICLE (election results table): update stamp, poll closing time, next count time and vote figures are not key times.")
LABELS["36_oglobo_epitaciolandia_rss.xml"] = dict(
    headline="Tiroteio na fronteira com a Bolívia fecha ponte em Epitaciolândia, no Acre",
    alert=True, topics=["brazil"], notTopics=["bolivia"], location="Epitaciolândia",
    excluded="'lastBuildDate'/'pubDate Wed, 21 Oct 2026 14:30:00 -0300' (stamps, Brasília time); '1h40 de quarta-feira no horário de Brasília' (same event as 23h40 local Acre, listed once); 'A Força Nacional enviou 40 homens' (no day given); 'Em nota divulgada às 10h' (time of saying); 'desde 2023' (history). Acre = America/Rio_Branco UTC-5; the reopening is given in Brasília time (America/Sao_Paulo UTC-3).")
LABELS["37_the_hindu_bishnupur_rss.xml"] = dict(
    headline="Total curfew in two Manipur districts after village fired upon; three injured",
    alert=True, topics=["india"], notTopics=[], location="Phubala",
    excluded="'pubDate Sat, 25 Jul 2026 09:10:00 +0530' (publication); 'imposed ... on Saturday' (time of the order = saying; the curfew start has its own clock); 'relaxation from 5 a.m. to 10 a.m. daily ... since June' (recurring, history); 'for five days' (duration); 'order issued on Friday night' (time of publishing an order); 'since May 2023' (history); '250 people'.")
LABELS["38_mizzima_kani_airstrike_atom.xml"] = dict(
    headline="Junta airstrike kills 11 in Kani Township; martial law declared in two townships",
    alert=True, topics=["myanmar"], notTopics=[], location="Kani Township",
    excluded="Atom 'updated'/'published' stamps (+06:30); 'Hours later the junta declared' (time of announcement); 'on 28 January' (background); 'for about half an hour' (duration); 'statement issued at 8 p.m. Myanmar Standard Time' (time of saying); 'February 2021 coup', 'fifth anniversary' (history); counts. Myanmar UTC+6:30.")
LABELS["39_icrc_cauca_release_atom.xml"] = dict(
    headline="ICRC facilitates release of five soldiers held in Cauca, Colombia",
    alert=True, topics=["colombia"], notTopics=["switzerland"], location="Argelia",
    excluded="Atom 'published/updated 2026-11-26T22:10:00Z' (stamps); 'since 1994' (history); '1,900 people' (count); phone numbers.")
LABELS["40_mpi_food_recall_rss.xml"] = dict(
    headline="Kōwhai Valley brand Peanut Butter Clusters (400g)",
    alert=False, topics=[], notTopics=[], location=None,
    excluded="NON-ARTICLE (product recall without security content): pubDate, best-before dates, batch codes, phone hours are not key times.")
