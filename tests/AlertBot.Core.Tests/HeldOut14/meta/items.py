# Label table for blind14. Each key: (quoted phrase, local 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', IANA zone or None, expected UTC, local weekday)
ITEMS = {}
NON_ARTICLES = set()

ITEMS["01_shebekino_drone_attack.txt"] = dict(
    headline="Dear Belgorod residents! A difficult evening in Shebekino urban district.",
    location="Shebekino", topics=["russia", "ukraine"], notTopics=[],
    keys=[("At 23:40 a drone ... attacked a private house", "2026-01-14T23:40", "Europe/Moscow", "2026-01-14T20:40Z", "Wednesday"),
          ("At 00:20 an FPV drone struck a passenger car", "2026-01-15T00:20", "Europe/Moscow", "2026-01-14T21:20Z", "Thursday")],
    excluded="'Post of 15.01.2026, 00:47' publication stamp; 23:40 is before the 00:47 post so it is the evening of 14.01; 'Over the past day, 47 drones' count/duration; 'shelled on 2 January' history; '14K-1' road number; 'since December' history; hotline number; 'in the morning' future report, not an event")
ITEMS["02_odesa_overnight_strike.md"] = dict(
    headline="Russian drones hit Odesa port area on night clocks sprang forward",
    location="Odesa", topics=["ukraine", "russia"], notTopics=[],
    keys=[("An air-raid alert was declared across Odesa Oblast at 01:50 on Sunday", "2026-03-29T01:50", "Europe/Kyiv", "2026-03-28T23:50Z", "Sunday"),
          ("the first explosions ... at 04:20", "2026-03-29T04:20", "Europe/Kyiv", "2026-03-29T01:20Z", "Sunday")],
    excluded="'March 29, 2026, 8:14 am' publication; 'from 03:00 to 04:00' the clock change itself, not an event of the story; 'from 01:50 to 05:35' range restating the alert start, 05:35 is a range end; '52 Shahed-type drones', '41' counts; 'said at 7:30 am' time of saying; 'For three hours' duration; 'March 2' history; 'last Sunday of March ... every year' recurring; phone number; 'updated at 9:02 am' update stamp")
ITEMS["03_otaci_border_crossing.json"] = dict(
    headline="Otaci crossing temporarily closed after drone debris found near the Nistru",
    location="Otaci", topics=["moldova", "ukraine"], notTopics=[],
    keys=[("On the evening of 24 October, at 23:10", "2026-10-24T23:10", "Europe/Chisinau", "2026-10-24T20:10Z", "Saturday"),
          ("On Sunday, 25 October, at 05:30 ... traffic ... was suspended", "2026-10-25T05:30", "Europe/Chisinau", "2026-10-25T03:30Z", "Sunday"),
          ("due to reopen at 12:00 today", "2026-10-25T12:00", "Europe/Chisinau", "2026-10-25T10:00Z", "Sunday")],
    excluded="'published 2026-10-25T09:40:00+02:00' publication; 23:10 on 24 Oct is still summer time (+03), 05:30 and 12:00 after the change (+02); 'about four minutes' duration; '800 metres' distance; 'daily from 07:00 to 23:00' recurring schedule; 'since September 2025' history; phone number; id PF-2026-1025-03 serial")
ITEMS["04_nassib_border_clash.html"] = dict(
    headline="Jordanian army kills smugglers in clash on Syrian border",
    location="Jaber", topics=["jordan", "syria"], notTopics=[],
    keys=[("clashed with armed drug smugglers at 3am on Thursday", "2026-01-22T03:00", "Asia/Amman", "2026-01-22T00:00Z", "Thursday"),
          ("raided a warehouse ... Um al-Mayadhen at 11pm on Wednesday", "2026-01-21T23:00", "Asia/Damascus", "2026-01-21T20:00Z", "Wednesday"),
          ("will reopen at 10am on Friday", "2026-01-23T10:00", "Asia/Amman", "2026-01-23T07:00Z", "Friday")],
    excluded="'2026-01-22T09:05:00+04:00' / 'Updated: January 22, 2026, 9:05 AM' publication in Abu Dhabi time (+04); 'statement issued at 7am' time of saying; '40,000 Captagon pills' count; 'Highway 15' road; 'in 2023' history; 'daily from 8am to 8pm' recurring schedule; 'four of them' count")
ITEMS["05_nabatieh_frappe_israelienne.html"] = dict(
    headline="Frappe israélienne meurtrière à Nabatieh, un drone vise une moto à Kfar Kila",
    location="Nabatieh", topics=["lebanon", "israel"], notTopics=[],
    keys=[("a visé lundi à 14h30 un immeuble", "2026-06-15T14:30", "Asia/Beirut", "2026-06-15T11:30Z", "Monday"),
          ("Dimanche à 22h45, un drone avait déjà visé une moto", "2026-06-14T22:45", "Asia/Beirut", "2026-06-14T19:45Z", "Sunday")],
    excluded="'Publié le 15 juin 2026 à 18h02' publication; 'Mis à jour à 19h15' update; 'communiqué publié à 16h10, heure d'Israël' time of a statement; 'cessez-le-feu du 27 novembre 2024' history; 'pendant 48 heures' duration; '2 morts et 6 blessés' counts; 'dans la soirée' vague reopening of a road, not a key event")

ITEMS["06_jenin_camp_raid.json"] = dict(
    headline="Occupation forces storm Jenin camp, settlers torch cars in Burqa",
    location="Jenin", topics=["palestine", "israel"], notTopics=[],
    keys=[("stormed Jenin refugee camp at 4:10 a.m. on Wednesday", "2026-07-08T04:10", "Asia/Hebron", "2026-07-08T01:10Z", "Wednesday"),
          ("On Tuesday evening, at 9:30 p.m., a group of settlers set fire", "2026-07-07T21:30", "Asia/Hebron", "2026-07-07T18:30Z", "Tuesday")],
    excluded="'datePublished 2026-07-08T11:20:00+03:00' publication; 'JENIN, July 8, 2026 (WAFA)' dateline; 'for six hours' duration; 'spoke to WAFA at 10 a.m. on Wednesday' time of speaking; 'since January 2025' history; '20,000 residents', 'seven', 'three vehicles', '14 calls' counts; '101' phone number")
ITEMS["07_isfahan_explosions.txt"] = dict(
    headline="Explosions heard near Isfahan as air defences fire over Natanz",
    location="Isfahan", topics=["iran"], notTopics=["israel", "united states"],
    keys=[("several loud explosions at 4:30 am Tehran time on Tuesday", "2026-04-14T04:30", "Asia/Tehran", "2026-04-14T01:00Z", "Tuesday"),
          ("at 3:50 am local time, air defence batteries were activated over Natanz", "2026-04-14T03:50", "Asia/Tehran", "2026-04-14T00:20Z", "Tuesday")],
    excluded="'Published: 14/04/2026 - 07:35 BST' and 'Updated ... 09:10 BST' (British Summer Time +01) publication/update; 'told state TV at 6 am' time of saying; 'IR 712' flight number; '120 km' distance; 'June 2025', 'ten months', '12-day war', 'in 2022' history/duration; 'UTC+3:30' zone statement")
ITEMS["08_sinpo_missile_launch.html"] = dict(
    headline="North Korea fires two ballistic missiles from Sinpo, South Korea says",
    location="Sinpo", topics=["north korea", "south korea"], notTopics=["united states"],
    keys=[("at 7:42 a.m. KST on Wednesday", "2026-05-20T07:42", "Asia/Seoul", "2026-05-19T22:42Z", "Wednesday"),
          ("a second one at 7:55 a.m.", "2026-05-20T07:55", "Asia/Pyongyang", "2026-05-19T22:55Z", "Wednesday")],
    excluded="'2026-05-20T10:12:00+09:00' / 'May 20, 2026, 10:12 KST' publication; 'Updated 11:30 KST' update; 'text message ... sent at 8:10 a.m.' time of saying; 'about 800 km' distance; 'May 12' and 'began on May 11' history; 'sixth launch' count. Both clocks are KST (+09, same in Seoul and Pyongyang)")
ITEMS["09_miyako_strait_chinese_navy.xml"] = dict(
    headline="Movements of Chinese Navy vessels and aircraft through the Miyako Strait",
    location="Miyako Island", topics=["japan", "china"], notTopics=[],
    keys=[("At 0800 on 5 February", "2026-02-05T08:00", "Asia/Tokyo", "2026-02-04T23:00Z", "Thursday"),
          ("At 1500 on the same day", "2026-02-05T15:00", "Asia/Tokyo", "2026-02-05T06:00Z", "Thursday")],
    excluded="'pubDate Fri, 06 Feb 2026 01:30:00 GMT' publication; 'Press Release No. 26-014' and guid serial; '5 February 2026 (JST)' release date line; 'hull number 102', 'DD-114' hull numbers; '25°30'N 126°10'E' coordinates; '100 km' distance; 'since December 2025' history")
ITEMS["10_kinmen_coast_guard_incursion.txt"] = dict(
    headline="China Coast Guard ships enter Kinmen restricted waters again",
    location="Kinmen", topics=["taiwan", "china"], notTopics=[],
    keys=[("entered the restricted waters off Kinmen at 8:15 a.m. on Tuesday", "2026-03-17T08:15", "Asia/Taipei", "2026-03-17T00:15Z", "Tuesday"),
          ("will hold a civil defense air-raid drill at 2 p.m. on Thursday", "2026-03-19T14:00", "Asia/Taipei", "2026-03-19T06:00Z", "Thursday")],
    excluded="'03/17/2026 10:42 AM' publication (Taiwan time); 'Taipei, March 17 (CNA)' dateline; 'from 8:15 a.m. to 10:05 a.m.' restates the start, 10:05 is a range end; 'CST/UTC+8' is China Standard Time, not US Central; 'in the 24 hours to 6 a.m. Tuesday' reporting window; '23', 'seven' counts; 'statement issued on Monday' time of saying; 'Feb. 14, 2024' history; 'fifth such incursion' count")

ITEMS["11_scarborough_water_cannon.md"] = dict(
    headline="China Coast Guard again uses water cannon against a PCG vessel near Bajo de Masinloc",
    location="Bajo de Masinloc", topics=["philippines", "china"], notTopics=[],
    keys=[("At 0630H today, China Coast Guard vessel 3105 fired its water cannon", "2026-08-03T06:30", "Asia/Manila", "2026-08-02T22:30Z", "Monday"),
          ("At 0948H, a PLA Navy Z-9 helicopter hovered", "2026-08-03T09:48", "Asia/Manila", "2026-08-03T01:48Z", "Monday")],
    excluded="'Thread · Aug 3, 2026 · 2:14 PM' post stamp (Manila); 'vessel 3105', 'MRRV-9701', 'CCG 5303' hull numbers; '17 nautical miles', '50 metres' distances; 'for almost 3 minutes' duration; 'August 11, 2025' history; '11 AM press briefing tomorrow' time of briefing the press; repost/like counts")
ITEMS["12_poonch_ceasefire_violation.html"] = dict(
    headline="Pakistan violates ceasefire along LoC in Poonch, Army retaliates",
    location="Poonch", topics=["india", "pakistan"], notTopics=[],
    keys=[("on Saturday night at 11.40 pm", "2026-09-12T23:40", "Asia/Kolkata", "2026-09-12T18:10Z", "Saturday"),
          ("A fresh round of shelling began at 6.05 am on Sunday", "2026-09-13T06:05", "Asia/Kolkata", "2026-09-13T00:35Z", "Sunday")],
    excluded="'Posted on: 2026-09-13 09:20 AM IST' publication (India Standard Time +05:30); 'continued till 2.15 am on Sunday' range end; 'speaking to reporters ... at 8 am' time of speaking; 'February 2021' history; 'within 5 km' distance; 'for two days' duration; 'NH-144A' road; 'three soldiers' count")
ITEMS["13_bannu_cantonment_attack.txt"] = dict(
    headline="12 killed as suicide bomber rams vehicle into Bannu cantonment wall",
    location="Bannu", topics=["pakistan"], notTopics=[],
    keys=[("rammed ... into the boundary wall ... at 8:50am on Wednesday", "2026-11-04T08:50", "Asia/Karachi", "2026-11-04T03:50Z", "Wednesday"),
          ("imposed a curfew in Bannu city from 2pm today", "2026-11-04T14:00", "Asia/Karachi", "2026-11-04T09:00Z", "Wednesday")],
    excluded="'Published November 4, 2026 | Updated about 2 hours ago' publication/update; 'BANNU' dateline; 'until further notice' open end; 'ISPR statement released at 1pm' time of saying; 'for about five hours' duration; 'March 2025' history; 'Rescue 1122' service number; 'N-55' road; '12', 'four', 'six', '18' counts")
ITEMS["14_sderot_sirens_live.json"] = dict(
    headline="Rockets fired at southern Israel as truce talks resume in Cairo",
    location="Sderot", topics=["israel", "palestine"], notTopics=["egypt", "qatar"],
    keys=[("Rocket sirens sounded in Sderot ... at 19:05 IST", "2026-11-22T19:05", "Asia/Jerusalem", "2026-11-22T17:05Z", "Sunday"),
          ("struck a Hamas cell at 11:40 this morning near Khan Yunis", "2026-11-22T11:40", "Asia/Gaza", "2026-11-22T09:40Z", "Sunday"),
          ("will meet ... mediators in Cairo on Monday", "2026-11-23", None, "2026-11-23", "Monday")],
    excluded="'lastUpdated' and each entry's 'posted' stamp are publication stamps; 'IST' here is Israel Standard Time (+02 in November), not India; 'since the October 2025 ceasefire' history; 'told reporters at 13:00' time of saying; 'suspended for 10 days' duration; 'three people' count. Headline without the LIVE UPDATES kicker")
ITEMS["15_maungdaw_airstrike_shells.txt"] = dict(
    headline="Junta Airstrike Hits Maungdaw; Stray Shells Land in Bangladesh",
    location="Maungdaw", topics=["myanmar", "bangladesh"], notTopics=[],
    keys=[("bombed a market ward in Maungdaw ... at 1 a.m. on Tuesday", "2026-02-10T01:00", "Asia/Yangon", "2026-02-09T18:30Z", "Tuesday"),
          ("landed in Ghumdhum ... at 7:20 a.m. Bangladesh time (BST)", "2026-02-10T07:20", "Asia/Dhaka", "2026-02-10T01:20Z", "Tuesday")],
    excluded="'10 February 2026' publication date; 'BST' here is Bangladesh Standard Time (+06), not British Summer Time; 'press conference ... at 11 a.m.' time of speaking; 'December 2024' history; '271-km' distance; '1 million', 'five' counts; 'near-daily airstrikes' recurring")

ITEMS["16_spin_boldak_border_clash.md"] = dict(
    headline="Taliban and Pakistani forces clash at Spin Boldak crossing",
    location="Spin Boldak", topics=["afghanistan", "pakistan"], notTopics=["qatar"],
    keys=[("exchanged heavy fire ... at 10:30pm on Saturday (11pm Pakistan time)", "2026-10-17T22:30", "Asia/Kabul", "2026-10-17T18:00Z", "Saturday"),
          ("expected to reopen at 8am on Monday", "2026-10-19T08:00", "Asia/Kabul", "2026-10-19T03:30Z", "Monday")],
    excluded="'18 October 2026, 10:05 (Kabul time)' publication; '(11pm Pakistan time)' restates 10:30pm Kabul (Asia/Karachi 23:00 +05 = 18:00Z), counted once; 'wrote on X at 1am' time of saying; 'October 2025', '19 October 2025' history; 'from 7am to 7pm' daily schedule; 'two of their fighters' count")
ITEMS["17_san_antonio_tachira_explosion.html"] = dict(
    headline="Explosión en puesto de la Guardia venezolana y ataque con dron en Cúcuta",
    location="San Antonio del Táchira", topics=["venezuela", "colombia"], notTopics=[],
    keys=[("a las 6:40 p. m. (hora de Venezuela) del lunes", "2026-05-11T18:40", "America/Caracas", "2026-05-11T22:40Z", "Monday"),
          ("ataque con dron ... a las 11:15 p. m. del lunes", "2026-05-11T23:15", "America/Bogota", "2026-05-12T04:15Z", "Monday")],
    excluded="'2026-05-12T08:40:00-05:00' / '12 de mayo de 2026, 08:40 a. m.' publication (Bogotá); 'habló ... a las 7 a. m. de este martes' time of speaking; 'a diario de 5 a. m. a 9 p. m.' recurring schedule; 'junio de 2021' history; 'frente 33', 'Brigada 30' unit numbers; 'Dos guardias' count")
ITEMS["18_nuuk_airport_drones.txt"] = dict(
    headline="Drones over Nuuk airport: Arctic Command sends F-35s to Greenland",
    location="Nuuk", topics=["greenland", "denmark"], notTopics=[],
    keys=[("observed over Nuuk airport at 21:15 local time on Monday", "2026-01-19T21:15", "America/Nuuk", "2026-01-19T23:15Z", "Monday"),
          ("the airport was closed at 21:20", "2026-01-19T21:20", "America/Nuuk", "2026-01-19T23:20Z", "Monday"),
          ("landed at Kangerlussuaq at 03:10 Danish time on Tuesday", "2026-01-20T03:10", "Europe/Copenhagen", "2026-01-20T02:10Z", "Tuesday")],
    excluded="'20 January 2026 at 14:25 (updated 15:02)' publication/update in Copenhagen time; 'after about three hours' duration; 'GL 781' flight number; 'told DR at 08:00' time of saying; 'in 2023' history; 'UTC-2', 'three hours behind' zone statements; phone number")
ITEMS["19_culiacan_convoy_ambush.json"] = dict(
    headline="Gunmen ambush National Guard convoy near Culiacán; blockades set ablaze",
    location="Culiacán", topics=["mexico"], notTopics=[],
    keys=[("attacked a National Guard convoy ... at 2:20 p.m. on Thursday", "2026-07-09T14:20", "America/Mazatlan", "2026-07-09T21:20Z", "Thursday"),
          ("set trucks and buses on fire at 5:45 p.m.", "2026-07-09T17:45", "America/Mazatlan", "2026-07-10T00:45Z", "Thursday")],
    excluded="'published_at 2026-07-10T09:30:00-06:00' publication (Mexico City); 'press conference at 7:30 a.m. on Friday (Mexico City time)' time of speaking; 'September 2024', '2019', 'in 2022' history; 'for two days' duration; 'three guardsmen', 'eight points' counts. Sinaloa is -07 without DST, so 5:45 p.m. is the next UTC day")
ITEMS["20_caribbean_vessel_strike.html"] = dict(
    headline="U.S. Southern Command forces strike narco-trafficking vessel in Caribbean",
    location="Paraguaná Peninsula", topics=["united states", "venezuela"], notTopics=[],
    keys=[("At approximately 9:30 p.m. EDT on Sept. 1 ... strike", "2026-09-01T21:30", "America/New_York", "2026-09-02T01:30Z", "Tuesday"),
          ("at 3:45 p.m. EDT, two Venezuelan F-16 aircraft flew", "2026-09-01T15:45", "America/New_York", "2026-09-01T19:45Z", "Tuesday")],
    excluded="'Release No. 26-091 | Sept. 2, 2026 | Posted 8:30 a.m. EDT' publication; 'DORAL, Fla. —' dateline; 'DDG 109' hull number; '2 nautical miles' distance; '31st', 'Four' counts; 'Sept. 2, 2025' history; '24 hours a day' recurring; phone number; street address")

ITEMS["21_el_obeid_drone_strike.txt"] = dict(
    headline="RSF drones hit El Obeid fuel depot as army downs drones over Kosti",
    location="El Obeid", topics=["sudan"], notTopics=[],
    keys=[("struck the main fuel depot in El Obeid ... at 5:10 am on Friday", "2026-03-06T05:10", "Africa/Khartoum", "2026-03-06T03:10Z", "Friday"),
          ("On Thursday at 11 pm, the Sudanese army's air defences shot down four drones over ... Kosti", "2026-03-05T23:00", "Africa/Khartoum", "2026-03-05T21:00Z", "Thursday")],
    excluded="'Last updated: 6 March 2026, 13:40 (Paris)' update stamp in Paris time; 'March 6, 2026 (EL OBEID)' dateline; 'In a statement on Friday afternoon' time of saying; 'after eight hours' duration; 'October 2025', '18-month siege', 'April 2023' history; '12 million', 'four' counts")
ITEMS["22_sake_goma_combats.md"] = dict(
    headline="Nord-Kivu : reprise des combats à Sake, couvre-feu instauré à Uvira",
    location="Sake", topics=["democratic republic of the congo"], notTopics=["united states", "rwanda"],
    keys=[("Des tirs nourris ont été entendus à 5h15 ce samedi à Sake", "2026-04-18T05:15", "Africa/Lubumbashi", "2026-04-18T03:15Z", "Saturday"),
          ("couvre-feu à partir de 20h00 ce samedi", "2026-04-18T20:00", "Africa/Lubumbashi", "2026-04-18T18:00Z", "Saturday")],
    excluded="'Publié le samedi 18 avril 2026 à 10h20 (heure de Kinshasa)' publication in Africa/Kinshasa (+01), one hour behind the Kivus (+02); 'jusqu'à nouvel ordre' open end; 'joint par Radio Okapi à 8h00' time of speaking; 'près de trois heures' duration; 'janvier 2025', 'février 2025', '27 juin 2025' history; '27 km' distance; phone number")
ITEMS["23_galkayo_mortar_attack.txt"] = dict(
    headline="Al-Shabaab mortar attack hits Galkayo, Puntland forces launch counter-offensive",
    location="Galkayo", topics=["somalia"], notTopics=[],
    keys=[("fired at least nine mortar shells into northern Galkayo at 11:30 pm on Wednesday", "2026-07-22T23:30", "Africa/Mogadishu", "2026-07-22T20:30Z", "Wednesday"),
          ("launched a counter-offensive at 5:45 am on Thursday", "2026-07-23T05:45", "Africa/Mogadishu", "2026-07-23T02:45Z", "Thursday")],
    excluded="'Thursday, 23 July 2026 - 14:02 EAT' publication; 'GALKAYO, Somalia' dateline; 'speaking to journalists at noon' time of speaking; 'for several hours' duration; 'since December 2024', 'in May' history; 'nine', 'two', 'five' counts")
ITEMS["24_djibo_diapaga_attacks.json"] = dict(
    headline="JNIM fighters storm Djibo army base, strike Diapaga hours later",
    location="Djibo", topics=["burkina faso"], notTopics=[],
    keys=[("stormed a military base in Djibo ... at 6 a.m. on Monday", "2026-11-30T06:00", "Africa/Ouagadougou", "2026-11-30T06:00Z", "Monday"),
          ("hit a gendarmerie post in Diapaga ... at 4 p.m. local time (5 p.m. in Abuja)", "2026-11-30T16:00", "Africa/Ouagadougou", "2026-11-30T16:00Z", "Monday")],
    excluded="'datePublished 2026-12-01T10:00:00+01:00', 'dateModified' publication/update (publisher in Abuja, +01); '(5 p.m. in Abuja)' restatement of 4 p.m. Burkina time (Africa/Lagos 17:00 +01 = 16:00Z), counted once; 'about seven hours' duration; '500', '30' counts; 'since September 2022', 'since 2022' history; 'due to speak ... on Wednesday' a future statement (time of saying), not an event")
ITEMS["25_mirebalais_gang_attack.xml"] = dict(
    headline="Gangs attack Mirebalais again, curfew decreed",
    location="Mirebalais", topics=["haiti"], notTopics=[],
    keys=[("attacked Mirebalais ... at 3:00 a.m. on Tuesday", "2026-06-09T03:00", "America/Port-au-Prince", "2026-06-09T07:00Z", "Tuesday"),
          ("launched a counter-operation at 2:30 p.m. the same day", "2026-06-09T14:30", "America/Port-au-Prince", "2026-06-09T18:30Z", "Tuesday"),
          ("a curfew from 6:00 p.m. on Wednesday", "2026-06-10T18:00", "America/Port-au-Prince", "2026-06-10T22:00Z", "Wednesday")],
    excluded="feed/entry 'updated' and 'published' 2026-06-10 stamps; 'to 6:00 a.m. Thursday' range end; 'March 31, 2025' history; '529 inmates', '6,000 residents', 'two armoured vehicles' counts; 'Route Nationale 3 (RN3)' road; 'news-48211' id. Headline without the 'Haiti - FLASH :' kicker. Haiti observes US-style DST (-04 in June)")

ITEMS["26_zvecan_police_vehicle_blast.txt"] = dict(
    headline="Blast Targets Kosovo Police Vehicle in North, Jarinje Crossing Shut",
    location="Zvecan", topics=["kosovo", "serbia"], notTopics=[],
    keys=[("went off under a Kosovo Police vehicle ... at 00:40 on Friday", "2026-02-27T00:40", "Europe/Belgrade", "2026-02-26T23:40Z", "Friday"),
          ("closed the Jarinje crossing with Serbia at 07:00 the same morning", "2026-02-27T07:00", "Europe/Belgrade", "2026-02-27T06:00Z", "Friday")],
    excluded="'February 27, 2026 12:18 CET' publication; 'BIRN | Pristina' dateline; 'said at 10:00' time of saying; 'told BIRN by phone' saying; 'September 24, 2023' history; '4,000 vehicles a day' recurring count. 00:40 CET on Friday is still Thursday in UTC")
ITEMS["27_sotk_border_shooting.html"] = dict(
    headline="Armenia and Azerbaijan trade accusations of border shooting near Sotk",
    location="Sotk", topics=["armenia", "azerbaijan"], notTopics=["united states"],
    keys=[("opened fire at Armenian positions near Sotk ... at 16:50 on Tuesday", "2026-08-04T16:50", "Asia/Yerevan", "2026-08-04T12:50Z", "Tuesday"),
          ("fired on its positions in the Kalbajar district at 17:30 Baku time the same day", "2026-08-04T17:30", "Asia/Baku", "2026-08-04T13:30Z", "Tuesday"),
          ("scheduled to meet on 12 August in Gabala", "2026-08-12", None, "2026-08-12", "Wednesday")],
    excluded="'2026-08-05T16:40:00+04:00' / '5 August 2026' publication (Tbilisi); 'in over a year' history; 'told a government session on Wednesday morning' time of saying; '8 August 2025' history; 'UTC+4' zone statement")
ITEMS["28_orsk_refinery_drones.md"] = dict(
    headline="Drones attack Orsk oil refinery 1,500 km from the front",
    location="Orsk", topics=["russia", "ukraine"], notTopics=["kazakhstan"],
    keys=[("at 04:10 local time (02:10 Moscow time) on Friday", "2026-09-11T04:10", "Asia/Yekaterinburg", "2026-09-10T23:10Z", "Friday"),
          ("introduced restrictions on flights at 03:55 Moscow time", "2026-09-11T03:55", "Europe/Moscow", "2026-09-11T00:55Z", "Friday")],
    excluded="'11 September 2026, 10:15 (Riga)' publication in Europe/Riga (+03); '(02:10 Moscow time)' restates 04:10 Orenburg time (+05), counted once; 'wrote on Telegram at 07:00 local time' time of saying; '38 drones', 'seven regions' counts; 'overnight' vague; 'May 2026' history; '1,500 km', '10 km' distances")
ITEMS["29_zaporizhzhia_npp_offsite_power.txt"] = dict(
    headline="IAEA Director General Statement on Situation in Ukraine",
    location="Enerhodar", topics=["ukraine", "russia"], notTopics=[],
    keys=[("lost its connection ... at 05:38 local time on Tuesday", "2026-08-18T05:38", "Europe/Kyiv", "2026-08-18T02:38Z", "Tuesday"),
          ("scheduled to cross the front line on Thursday", "2026-08-20", None, "2026-08-20", "Thursday")],
    excluded="'Press Release 2026/112 · Vienna, Austria · 19 August 2026' publication and dateline (Vienna, CEST); 'eleventh time' count; 'about 1 km' distance; '20 diesel generators', 'six reactors' counts; 'for at least ten days' duration; 'told reporters in Vienna' time of saying; 'since 2024' history; '750 kilovolt' rating; phone number. Local time at the plant is +03 in August (Kyiv summer time = Moscow time), so no ambiguity. Headline without the 'Update 341 –' serial")
ITEMS["30_hodeidah_ukmto_incident.xml"] = dict(
    headline="INCIDENT - 45NM West of Hodeidah, Yemen",
    location="Hodeidah", topics=["yemen"], notTopics=[],
    keys=[("At 0415 UTC (0715 local time) ... reported an explosion", "2026-03-15T04:15", "Etc/UTC", "2026-03-15T04:15Z", "Sunday"),
          ("At 0520 UTC, a small craft ... approached the vessel", "2026-03-15T05:20", "Etc/UTC", "2026-03-15T05:20Z", "Sunday")],
    excluded="'pubDate Sun, 15 Mar 2026 06:40:00 +0000' publication; 'DTG: 150630Z MAR 26' message DTG; '(0715 local time)' restates 0415 UTC in Asia/Aden (+03), counted once; 'WARNING 041/2026', 'JMIC Advisory 012/26' serials; '45NM', '1NM' distances; '14°48'N 042°10'E' coordinates; '4 persons' count; '24 hours a day' recurring; phone number; '28 February' history. Headline without the 'UKMTO WARNING 041/2026 -' serial")

ITEMS["31_rafah_crossing_el_arish_drone.json"] = dict(
    headline="Rafah crossing reopens for wounded Gazans; drone downed over El-Arish",
    location="El-Arish", topics=["egypt", "palestine"], notTopics=[],
    keys=[("The Rafah crossing reopened at 9am on Monday", "2026-08-10T09:00", "Africa/Cairo", "2026-08-10T06:00Z", "Monday"),
          ("On Sunday at 11:20pm, Egyptian air defences intercepted an unidentified drone", "2026-08-09T23:20", "Africa/Cairo", "2026-08-09T20:20Z", "Sunday")],
    excluded="'publishedAt 2026-08-10T13:00:00+03:00' publication; 'told Ahram Online at 10am' time of saying; 'since May 2024' history; 'daily from 9am to 4pm' recurring schedule; 'in 2023' history; '120 aid trucks' count. Egypt is on summer time (+03) in August")
ITEMS["32_smara_projectiles.txt"] = dict(
    headline="Four Projectiles Land Near Smara; FAR Drone Strikes Launch Site",
    location="Smara", topics=["morocco", "western sahara"], notTopics=[],
    keys=[("landed in an uninhabited area near Smara at 22:10 on Wednesday", "2026-03-04T22:10", "Africa/El_Aaiun", "2026-03-04T22:10Z", "Wednesday"),
          ("drone strike on the launch site ... at 1:30 a.m. on Thursday", "2026-03-05T01:30", "Africa/El_Aaiun", "2026-03-05T01:30Z", "Thursday")],
    excluded="'Thursday, March 5, 2026 - 12:10 GMT' publication; 'Rabat –' dateline; 'speaking at noon' time of speaking; 'October 2023', 'June 2025' history; '15 February', '22 March' Ramadan clock changes (not story events). Morocco/Western Sahara are on +00 during Ramadan (normally +01)")
ITEMS["33_erbil_airport_drone.html"] = dict(
    headline="Drone targets Erbil airport hours after attack on Khor Mor gas field",
    location="Erbil", topics=["iraq"], notTopics=[],
    keys=[("A drone targeted Erbil International Airport at 1:25 am on Monday", "2026-04-27T01:25", "Asia/Baghdad", "2026-04-26T22:25Z", "Monday"),
          ("another drone hit a storage tank at the Khor Mor gas field ... at 11:50 pm on Sunday", "2026-04-26T23:50", "Asia/Baghdad", "2026-04-26T20:50Z", "Sunday")],
    excluded="'publish-date 2026-04-27 10:30' / byline stamp publication; 'ERBIL (Kurdistan24)' dateline; 'statement at 8 am' time of saying; 'November 2025' history; '2,500 megawatts' figure; 'resumed normally' no time")
ITEMS["34_sugapa_papua_attack.html"] = dict(
    headline="West Papuan separatists attack Indonesian military post in Intan Jaya",
    location="Sugapa", topics=["indonesia"], notTopics=["new zealand"],
    keys=[("at 6am local time on Saturday (8am AEDT)", "2026-01-10T06:00", "Asia/Jayapura", "2026-01-09T21:00Z", "Saturday"),
          ("reinforcements would fly from Timika to Sugapa at 2pm Jakarta time (WIB) on Saturday", "2026-01-10T14:00", "Asia/Jakarta", "2026-01-10T07:00Z", "Saturday")],
    excluded="'Posted Sat 10 Jan 2026 at 3:12pm' / 'Updated ... 4:05pm' publication/update in Australia/Sydney (AEDT +11); '(8am AEDT)' restates 6am WIT (Australia/Sydney 08:00 +11 = 21:00Z), counted once; 'told reporters in Jakarta at 11am WIB' time of saying; 'February 2023', '19 months' history/duration; 'two soldiers' count")
ITEMS["35_pedro_juan_caballero_border.xml"] = dict(
    headline="Paraguayan policeman killed in Pedro Juan Caballero; Brazil seals border avenue in Ponta Porã",
    location="Pedro Juan Caballero", topics=["paraguay", "brazil"], notTopics=[],
    keys=[("killed a Paraguayan police officer in Pedro Juan Caballero at 9:40 pm on Friday (local time)", "2026-06-19T21:40", "America/Asuncion", "2026-06-20T00:40Z", "Friday"),
          ("closed the Avenida Internacional ... at 10:15 pm Mato Grosso do Sul time", "2026-06-19T22:15", "America/Campo_Grande", "2026-06-20T02:15Z", "Friday")],
    excluded="feed 'updated' / entry 'published' 2026-06-20T11:30:00-03:00 publication (Montevideo); 'told ABC Color at 8 am on Saturday' time of saying; 'June 2020', 'October 2024' history. Paraguay is -03 all year since 2024, Mato Grosso do Sul -04, so both events fall on Saturday 20 June in UTC")
ITEMS["36_birgunj_curfew_clashes.txt"] = dict(
    headline="Curfew in Birgunj after clashes; fresh curfew from 1 pm today",
    location="Birgunj", topics=["nepal"], notTopics=["india"],
    keys=[("Clashes erupted ... at 4:15 pm on Thursday", "2026-01-15T16:15", "Asia/Kathmandu", "2026-01-15T10:30Z", "Thursday"),
          ("imposed a curfew from 7 pm on Thursday", "2026-01-15T19:00", "Asia/Kathmandu", "2026-01-15T13:15Z", "Thursday"),
          ("a fresh curfew will be in force from 1 pm today", "2026-01-16T13:00", "Asia/Kathmandu", "2026-01-16T07:15Z", "Friday")],
    excluded="'Published at : January 16, 2026' and 'Updated at : January 16, 2026 08:40' publication/update; 'BIRGUNJ, Jan 16' dateline; 'to 6 am on Friday' and 'until 9 pm' range ends; 'press meet ... at 11 am' time of saying; 'for 24 hours' duration; 'in 2023' history; '14', 'six' counts; 'UTC+5:45, 15 minutes ahead of India' zone statement")

ITEMS["37_riyadh_site_search_results.html"] = dict(
    headline='Search results for "Riyadh security"', location="", topics=[], notTopics=[], keys=[],
    excluded="NON-ARTICLE (site search-results page): 'Search performed 2026-10-07 09:14 (KSA)' page stamp; result dates 'October 6, 2026 18:40' etc. are publication stamps of other articles; snippet clocks '10 a.m.', '9 p.m.', '3:31 a.m. on Sept. 14, 2019' (history), 'from 4 p.m. to midnight' belong to other stories; '1,240 results', 'Page 1 of 62' counts")
ITEMS["38_kase_market_close.txt"] = dict(
    headline="KASE Index closes 0.8% higher at 6,412.35 as oil rebounds", location="", topics=[], notTopics=[], keys=[],
    excluded="NON-ARTICLE (stock-market close report): 'Session 11:30–17:00' recurring trading hours; 'close ... at 17:00', 'at 16:30', '15:30 fixing' market clocks; CPC terminal resumption mentioned without time; '1 March 2024' history; 'Next session ... 11:30' schedule; prices, tickers, phone number")
ITEMS["39_mostar_parish_events_calendar.md"] = dict(
    headline="Parish events calendar — St Peter and Paul, Mostar", location="", topics=[], notTopics=[], keys=[],
    excluded="NON-ARTICLE (church events calendar): 'Updated Friday, 3 April 2026' stamp; Holy Week service times; 'every Wednesday at 19:30' prayer for peace (recurring, mentions war only in passing); blood drive '09:00–13:00'; pilgrimage 'bus departs 07:15'; 'clocks went forward on 29 March'; office hours, phone number")
ITEMS["40_almaty_cinema_programme.txt"] = dict(
    headline="KINOPARK 8 ESENTAI — ALMATY", location="", topics=[], notTopics=[], keys=[],
    excluded="NON-ARTICLE (cinema programme): 'Friday 27 November – Thursday 3 December 2026' programme week; film titles 'AIR RAID', 'THE CEASEFIRE', 'NIGHT BORDER' are not events; screening times, 'midnight premiere 00:00', 'Q&A ... after the 19:00 screening', durations '128 min', age ratings, phone number")
NON_ARTICLES.update({"37_riyadh_site_search_results.html", "38_kase_market_close.txt", "39_mostar_parish_events_calendar.md", "40_almaty_cinema_programme.txt"})
