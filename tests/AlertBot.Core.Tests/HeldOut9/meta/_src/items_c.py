from items_a import add

add(name="25_uvira_liveblog", ext="html", style="live blog, oldest-first (multi-zone DRC)", wrap=False,
headline="Live: Fighting reaches outskirts of Uvira as ceasefire announced",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Live updates: fighting near Uvira - 22 July 2026 | Great Lakes Live</title>
</head>
<body>
<nav><a href="/">Great Lakes Live</a> &middot; <a href="/drc">DR Congo</a> &middot; <a href="/burundi">Burundi</a> &middot; <a href="/rwanda">Rwanda</a></nav>
<main>
<h1>Live: Fighting reaches outskirts of Uvira as ceasefire announced</h1>
<p class="live-meta">Wednesday 22 July 2026 &middot; entries in Central Africa Time (CAT)</p>
<section class="entry"><h3>06:40 CAT</h3><p>Residents of Uvira report heavy weapons fire from the hills to the north of the town. Many shops on the main avenue did not open.</p></section>
<section class="entry"><h3>08:05 CAT</h3><p>Local civil society sources say rebel fighters entered the northern outskirts of Uvira at 04:15 local time and clashed with army troops and allied militias near Kiliba.</p></section>
<section class="entry"><h3>11:30 CAT</h3><p>The government in Kinshasa has announced a 48-hour ceasefire starting at 18:00 Kinshasa time, to allow wounded people to be evacuated.</p></section>
<section class="entry"><h3>13:10 CAT</h3><p>Thousands of people are crossing towards Bujumbura, across Lake Tanganyika, UNHCR says. The agency says it has registered 4,300 arrivals since Monday.</p></section>
<section class="entry"><h3>15:45 CAT</h3><p>Background: the rebels have held Goma and Bukavu since early 2025. UN Security Council resolution 2773 demanded their withdrawal.</p></section>
</main>
<footer>Great Lakes Live &copy; 2026. Corrections: desk@greatlakeslive.example</footer>
</body>
</html>
""",
alert=True, topics=["democratic republic of the congo"], notTopics=["burundi","rwanda"], location="Uvira",
kt=[("at 04:15 local time","2026-07-22T04:15","Africa/Lubumbashi","2026-07-22T02:15Z"),
    ("starting at 18:00 Kinshasa time","2026-07-22T18:00","Africa/Kinshasa","2026-07-22T17:00Z")],
excluded="entry stamps 06:40/08:05/11:30/13:10/15:45 CAT (posting stamps); '48-hour' (duration); 4,300 arrivals 'since Monday' (count); early 2025 (history); resolution 2773")

add(name="26_bamenda_lockdown", ext="html", style="regional outlet web page", wrap=False,
headline="Separatists announce lockdown of Bamenda from Sunday",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Separatists announce lockdown of Bamenda from Sunday - Northwest Chronicle</title>
<meta name="date" content="2026-10-02">
</head>
<body>
<header><a href="/">Northwest Chronicle</a> | <a href="/northwest">North West</a> | <a href="/southwest">South West</a> | <a href="/opinion">Opinion</a></header>
<article>
<h1>Separatists announce lockdown of Bamenda from Sunday</h1>
<p class="meta">Published <time datetime="2026-10-02T17:45:00+01:00">Friday, October 2, 2026 - 17:45</time></p>
<p>BAMENDA - Anglophone separatist fighters have announced a "total lockdown" of Bamenda and surrounding towns from 6 a.m. on Sunday, following the anniversary of their symbolic declaration of independence on October 1, 2017.</p>
<p>The lockdown is to last 72 hours. Residents have been stocking up on food, and several transport agencies have suspended buses to Douala and Yaounde.</p>
<p>On Thursday night gunmen set fire to a bus at Mile 4 Nkwen at around 9.30pm, police said. No one was injured.</p>
<p>Separatists have enforced "ghost town" days every Monday since 2017. Thousands of people from the region have fled to neighbouring Nigeria.</p>
</article>
<footer>&copy; Northwest Chronicle 2026 &middot; WhatsApp: +237 6 00 00 00 00</footer>
</body>
</html>
""",
alert=True, topics=["cameroon"], notTopics=["nigeria"], location="Bamenda",
kt=[("at around 9.30pm","2026-10-01T21:30","Africa/Douala","2026-10-01T20:30Z"),
    ("from 6 a.m. on Sunday","2026-10-04T06:00","Africa/Douala","2026-10-04T05:00Z")],
excluded="meta date / <time> (publication); October 1, 2017 (history); '72 hours' (duration); Mile 4; 'ghost town' every Monday since 2017 (recurring/history); phone")

add(name="27_mocimboa_raid", ext="xml", style="RSS item, wire", wrap=False,
headline="Insurgents raid Mocímboa da Praia; residents flee towards Palma",
text="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Southern Africa Wire</title>
<link>https://sawire.example</link>
<description>Mozambique, Zimbabwe, Zambia, Malawi</description>
<item>
<title>Insurgents raid Mocímboa da Praia; residents flee towards Palma</title>
<link>https://sawire.example/mozambique/2026/03/12/mocimboa-raid</link>
<pubDate>Thu, 12 Mar 2026 16:20:00 +0200</pubDate>
<category>Mozambique</category>
<description><![CDATA[PEMBA, March 12 - Islamic State-linked insurgents entered the coastal town of Mocímboa da Praia in Cabo Delgado province at dawn on Wednesday, burning homes and a health post, local officials said. The raid followed clashes with Rwandan and Mozambican troops near Mbau the previous evening, at about 7pm, local sources said. Hundreds of residents were walking north towards Palma. The insurgency began in 2017 and has displaced more than a million people; work on France's TotalEnergies $20 billion LNG project on the Afungi peninsula resumed last year.]]></description>
</item>
</channel>
</rss>
""",
alert=True, topics=["mozambique"], notTopics=["france"], location="Mocímboa da Praia",
kt=[("the previous evening, at about 7pm","2026-03-10T19:00","Africa/Maputo","2026-03-10T17:00Z"),
    ("at dawn on Wednesday","2026-03-11",None,"2026-03-11")],
excluded="pubDate; dateline 'March 12'; 2017, 'last year' (history); a million; $20 billion")

add(name="28_durban_port_cyberattack", ext="json", style="state company media statement (JSON store)", wrap=False,
headline="Transnet Port Terminals declares force majeure at Durban after cyberattack",
json=dict(id="tpt-ms-2026-05-25", title="Transnet Port Terminals declares force majeure at Durban after cyberattack",
  source="Transnet Port Terminals media statement", url="https://tpt.example/media/statements/2026-05-25-durban",
  published="2026-05-25T13:00:00+02:00"),
text="""MEDIA STATEMENT
Johannesburg, Monday 25 May 2026

Transnet Port Terminals (TPT) confirms that the terminal operating systems at its Durban Container Terminal went down at 02:17 SAST on Sunday following a cyberattack on its IT network.

Force majeure was declared at 10:00 on Sunday. The Pier 1 terminal, which runs on a separate system, was also taken offline as a precaution at ten past eleven that night. Vessels at berth are being worked manually, and a backlog of approximately 4,000 containers has built up. TPT expects systems to be restored by midday on Wednesday.

A similar incident in July 2021 disrupted the country's ports for more than a week. Terminal gate hours remain 06:00-22:00 daily.

Media enquiries: 011 308 0000
""",
alert=True, topics=["south africa"], notTopics=[], location="Durban",
kt=[("02:17 SAST on Sunday","2026-05-24T02:17","Africa/Johannesburg","2026-05-24T00:17Z"),
    ("declared at 10:00 on Sunday","2026-05-24T10:00","Africa/Johannesburg","2026-05-24T08:00Z"),
    ("at ten past eleven that night","2026-05-24T23:10","Africa/Johannesburg","2026-05-24T21:10Z"),
    ("by midday on Wednesday","2026-05-27T12:00","Africa/Johannesburg","2026-05-27T10:00Z")],
excluded="published stamp / 'Monday 25 May 2026' (publication); 4,000 containers; July 2021 (history); 'more than a week' (duration); gate hours 06:00-22:00 daily (recurring); phone")

add(name="29_malmstrom_drone_tfr", ext="txt", style="military press release", wrap=False,
headline="Malmstrom AFB statement on unidentified drone activity; temporary flight restriction extended",
text="""Malmstrom AFB statement on unidentified drone activity; temporary flight restriction extended

341st Missile Wing Public Affairs
MALMSTROM AIR FORCE BASE, Mont. -- Nov. 5, 2026 --

Security forces at Malmstrom Air Force Base detected multiple small unmanned aircraft systems operating near a missile alert facility east of Great Falls between 9:40 p.m. and 11:15 p.m. MST on Tuesday. The drones did not enter restricted airspace over the facility and there was no impact to operations.

At the Air Force's request, the Federal Aviation Administration has issued a temporary flight restriction (FDC NOTAM 6/3352) covering a 3-nautical-mile radius from the surface to 3,000 feet. It is in effect until 11:59 p.m. MST Saturday.

The 341st Missile Wing maintains 150 Minuteman III intercontinental ballistic missiles across 13,800 square miles of central Montana. Similar sightings were reported in 2023.

For media queries, call 406-731-4050 during duty hours, 7:30 a.m. to 4:30 p.m., Monday through Friday.
""",
alert=True, topics=["united states"], notTopics=[], location="Great Falls",
kt=[("between 9:40 p.m. and 11:15 p.m. MST on Tuesday","2026-11-03T21:40","America/Denver","2026-11-04T04:40Z"),
    ("until 11:59 p.m. MST Saturday","2026-11-07T23:59","America/Denver","2026-11-08T06:59Z")],
excluded="dateline Nov. 5, 2026; '11:15 p.m.' (range end); 341st; NOTAM 6/3352; 3 NM; 3,000 feet; 150 Minuteman III; 13,800 sq mi; 2023 (history); phone; duty hours 7:30-4:30 Mon-Fri (recurring)")

add(name="30_placentia_bay_vessel", ext="md", style="national outlet (YAML front matter, Newfoundland :30 zone)", wrap=False,
headline="Russian research vessel shadowed in Placentia Bay, near subsea cables",
text="""---
title: "Russian research vessel shadowed in Placentia Bay, near subsea cables"
date: 2026-09-09T08:00:00-02:30
section: Canada
---

ST. JOHN'S, N.L. - A Canadian navy frigate and a coast guard ship are shadowing a Russian-flagged oceanographic research vessel that entered Placentia Bay at 4:15 p.m. NDT on Tuesday, National Defence said.

HMCS St. John's intercepted the vessel at 0540 Newfoundland time Wednesday and hailed it on the radio, a spokesperson said. The ship was within 2 nautical miles of a transatlantic cable landing near Argentia.

The vessel, about 100 metres long, was tracked off the coast of Ireland last year. Canada's Joint Task Force Atlantic has conducted similar shadowing operations several times since 2022.
""",
alert=True, topics=["canada","russia"], notTopics=["ireland"], location="Placentia Bay",
kt=[("4:15 p.m. NDT on Tuesday","2026-09-08T16:15","America/St_Johns","2026-09-08T18:45Z"),
    ("0540 Newfoundland time Wednesday","2026-09-09T05:40","America/St_Johns","2026-09-09T08:10Z")],
excluded="front-matter date; 2 nautical miles; 100 metres; 'last year', 2022 (history); 'several times' (vague)")

add(name="31_las_manos_border_closure", ext="html", style="regional outlet in translation", wrap=False,
headline="Honduras closes border crossings with Nicaragua after armed incident",
text="""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Honduras closes border crossings with Nicaragua after armed incident | Diario del Oriente (English edition)</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Honduras closes border crossings with Nicaragua after armed incident","datePublished":"2026-12-01T10:15:00-06:00","inLanguage":"en","translationOfWork":{"@type":"NewsArticle","inLanguage":"es"}}</script>
</head>
<body>
<nav><a href="/">Inicio</a> | <a href="/nacionales">Nacionales</a> | <a href="/sucesos">Sucesos</a> | <a href="/en">English</a></nav>
<article>
<h1>Honduras closes border crossings with Nicaragua after armed incident</h1>
<p class="note"><em>Translated from Spanish.</em> <time datetime="2026-12-01T10:15:00-06:00">Tuesday, 1 December 2026</time></p>
<p>DANLI, El Paraiso - The Honduran government closed the Las Manos border crossing at 6 p.m. yesterday after an exchange of fire between Honduran soldiers and an armed group on the Nicaraguan side of the frontier, the Security Ministry said.</p>
<p>The El Guasaule crossing in Choluteca was also closed. Both will reopen Thursday at 8 a.m. if the situation allows, officials said. About 1,200 trucks use the CA-6 highway through Las Manos every day, many of them bound for El Salvador and Guatemala.</p>
<p>A partial state of exception has been in force in Honduras since December 2022. Truckers' associations said losses could exceed L 250,000 a day.</p>
</article>
<footer>Diario del Oriente &copy; 2026 &middot; Tel. 2763-0000</footer>
</body>
</html>
""",
alert=True, topics=["honduras","nicaragua"], notTopics=["el salvador","guatemala"], location="Las Manos",
kt=[("at 6 p.m. yesterday","2026-11-30T18:00","America/Tegucigalpa","2026-12-01T00:00Z"),
    ("reopen Thursday at 8 a.m.","2026-12-03T08:00","America/Tegucigalpa","2026-12-03T14:00Z")],
excluded="JSON-LD/<time> publication; 1,200 trucks 'every day'; CA-6 (road number); December 2022 (history); L 250,000; phone")

add(name="32_culiacan_gunfights", ext="md", style="regional outlet in translation (no front matter)", wrap=False,
headline="Gunfights paralyse Culiacán; schools to stay closed on Wednesday",
text="""# Gunfights paralyse Culiacán; schools to stay closed on Wednesday

*Noroeste Digital, translated from Spanish - Tuesday, 30 June 2026*

**CULIACÁN, Sinaloa** - Gunfights between rival factions of the Sinaloa cartel broke out around 3 in the afternoon on Monday in the Tierra Blanca and Las Quintas neighbourhoods, leaving at least six dead and forcing businesses to close early.

Schools in Culiacán will remain closed on Wednesday, the state education ministry said. Blockades with burning vehicles were reported on federal highway 15.

At its 7 a.m. press briefing in Mexico City, the Defence Ministry said 600 additional troops would be sent to the state. More than 1,800 people have been killed in Sinaloa since the factions went to war in September 2024.
""",
alert=True, topics=["mexico"], notTopics=[], location="Culiacán",
kt=[("around 3 in the afternoon on Monday","2026-06-29T15:00","America/Mazatlan","2026-06-29T22:00Z"),
    ("will remain closed on Wednesday","2026-07-01",None,"2026-07-01")],
excluded="byline date; '7 a.m. press briefing in Mexico City' (utterance, other zone); highway 15; 600 troops; 1,800; September 2024 (history)")

add(name="33_mirebalais_gang_attack", ext="txt", style="wire (dateline, hard-wrapped)", wrap=True,
headline="Gangs storm Haitian town of Mirebalais, free prisoners",
text="""Gangs storm Haitian town of Mirebalais, free prisoners

PORT-AU-PRINCE, April 1 (Caribbean Wire) - Armed gangs attacked the central Haitian town of Mirebalais in the early hours of Tuesday, at around 2:30 a.m., setting fire to the police station and freeing more than 500 inmates from the civil prison, officials said on Wednesday.

Thousands of residents fled along National Route 3 towards Hinche and the border with the Dominican Republic. The town has been under a nightly curfew from 6 p.m. to 6 a.m. since January.

Evacuation flights for foreign aid workers from Cap-Haitien will begin on Friday, a UN spokesperson said. Gang violence has displaced about 1.3 million Haitians since the 2021 assassination of President Jovenel Moise.
""",
alert=True, topics=["haiti"], notTopics=["dominican republic"], location="Mirebalais",
kt=[("at around 2:30 a.m.","2026-03-31T02:30","America/Port-au-Prince","2026-03-31T06:30Z"),
    ("will begin on Friday","2026-04-03",None,"2026-04-03")],
excluded="dateline 'April 1'; 'early hours of Tuesday' (restates); 'said on Wednesday' (utterance); 500 inmates; National Route 3; nightly curfew 6 p.m.-6 a.m. since January (recurring); 1.3 million; 2021 (history)")

add(name="34_pacaraima_border", ext="json", style="national agency English service (JSON store, multi-zone Brazil)", wrap=False,
headline="Brazil to close Pacaraima border with Venezuela from Thursday",
json=dict(id="an-20260203-117", title="Brazil to close Pacaraima border with Venezuela from Thursday",
  source="Agencia Norte (English service)", url="https://agencianorte.example/en/2026/02/03/pacaraima-border",
  published="2026-02-03T11:30:00-03:00"),
text="""BOA VISTA - Brazil will close the border crossing at Pacaraima, in the northern state of Roraima, from 00h00 on Thursday (Boa Vista time), the Justice Ministry said in a decree published at 9am BRT today.

The decision follows clashes on Sunday night, around 10pm local time, between Venezuelan troops and illegal gold miners near Santa Elena de Uairen, a few kilometres from the frontier. At least four people were killed.

The closure will last at least 15 days. Humanitarian cases and cargo trucks on the BR-174 highway will be exempt. Around 400 Venezuelans cross into Brazil daily under Operation Welcome, which began in 2018. Guyana said it was monitoring the situation.
""",
alert=True, topics=["brazil","venezuela"], notTopics=["guyana"], location="Pacaraima",
kt=[("around 10pm local time","2026-02-01T22:00","America/Caracas","2026-02-02T02:00Z"),
    ("from 00h00 on Thursday (Boa Vista time)","2026-02-05T00:00","America/Boa_Vista","2026-02-05T04:00Z")],
excluded="published stamp (-03:00 Brasilia); 'decree published at 9am BRT today' (utterance); '15 days' (duration); BR-174; 400 daily; 2018 (history)")

add(name="35_golfo_san_jorge_warning_shots", ext="xml", style="RSS item, wire (pubDate in GMT on the next day)", wrap=False,
headline="Argentine navy fires warning shots at Chinese fishing vessel in Golfo San Jorge",
text="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Southern Cone Wire - Latest</title>
<link>https://sconewire.example</link>
<description>Argentina, Chile, Uruguay</description>
<item>
<title>Argentine navy fires warning shots at Chinese fishing vessel in Golfo San Jorge</title>
<link>https://sconewire.example/2026/11/21/golfo-san-jorge</link>
<pubDate>Sat, 21 Nov 2026 02:15:00 GMT</pubDate>
<description>BUENOS AIRES (Southern Cone Wire) - An Argentine navy patrol ship fired warning shots at a Chinese-flagged squid jigger that was fishing illegally inside Argentina's exclusive economic zone in the Golfo San Jorge at 17.05 local time (2005 GMT) on Friday, the navy said. The vessel, which had switched off its transponder, was boarded and is due to reach Puerto Madryn under escort on Sunday. Hundreds of foreign trawlers gather every season along "Mile 201", just outside the 200-nautical-mile limit. In 2016 the coast guard sank a Chinese vessel that tried to ram its patrol boat. Chile lodged a similar complaint last month.</description>
</item>
</channel>
</rss>
""",
alert=True, topics=["argentina","china"], notTopics=["chile"], location="Golfo San Jorge",
kt=[("17.05 local time (2005 GMT) on Friday","2026-11-20T17:05","America/Argentina/Buenos_Aires","2026-11-20T20:05Z"),
    ("reach Puerto Madryn under escort on Sunday","2026-11-22",None,"2026-11-22")],
excluded="pubDate (Sat 02:15 GMT = Fri 23:15 local); 'every season' (recurring); Mile 201; 200-nautical-mile; 2016, 'last month' (history)")

add(name="36_suarez_police_station_attack", ext="txt", style="wire (dateline)", wrap=False,
headline="Attack on police station in Cauca's Suárez kills three officers",
text="""Attack on police station in Cauca's Suárez kills three officers

POPAYÁN, Colombia, March 9 (Andean Wire) - Dissident FARC fighters attacked the police station in Suárez, in the southwestern department of Cauca, at half past four in the morning on Sunday, killing three officers and wounding five, the national police said.

The attackers used explosives-laden drones and rifle fire during an assault that lasted about two hours. Cauca governor Octavio Guzmán announced a ban on motorcycle traffic in Suárez from 23:00 tonight, for 72 hours.

The Jaime Martínez front, which rejected the 2016 peace deal, operates along cocaine routes to the Pacific coast and to Ecuador. The Pan-American Highway was not affected.
""",
alert=True, topics=["colombia"], notTopics=["ecuador"], location="Suárez",
kt=[("at half past four in the morning on Sunday","2026-03-08T04:30","America/Bogota","2026-03-08T09:30Z"),
    ("from 23:00 tonight","2026-03-09T23:00","America/Bogota","2026-03-10T04:00Z")],
excluded="dateline 'March 9'; 'about two hours', '72 hours' (durations); 2016 (history); three/five counts")
