# Item definitions, part A. Each item: name, ext, style, wrap, text, headline, alert, topics, notTopics, location,
# kt: list of (phrase, local, zone or None, hand-computed UTC / local date), excluded
ITEMS = []
def add(**k): ITEMS.append(k)

add(name="01_kramatorsk_strike", ext="txt", style="wire (dateline, hard-wrapped)", wrap=True,
headline="Russian missiles hit Kramatorsk apartment block, at least seven killed",
text="""Russian missiles hit Kramatorsk apartment block, at least seven killed

KRAMATORSK, Ukraine, Feb 14 (Eastern European Wire) - Russian missiles struck a five-storey apartment block in the eastern Ukrainian city of Kramatorsk shortly after 4 a.m. on Saturday, killing at least seven people and trapping others under the rubble, regional officials said.

A second strike hit the same district at 7.40, as emergency crews were still pulling residents from the collapsed stairwell, Donetsk regional governor Vadym Filashkin said on Saturday. The city had been under an air raid alert for almost three hours by then.

"They waited for the rescuers to arrive," Filashkin wrote on Telegram, adding that two Iskander-M ballistic missiles had been used. Ukraine's air force said separately that it had shot down 41 of 57 drones launched across the country during the night.

Kramatorsk, about 20 km from the front line, has been a frequent target since Russia's full-scale invasion in 2022. A nightly curfew from 9 p.m. to 6 a.m. has been in force in the city for more than a year.
""",
alert=True, topics=["ukraine"], notTopics=[], location="Kramatorsk",
kt=[("shortly after 4 a.m. on Saturday","2026-02-14T04:00","Europe/Kyiv","2026-02-14T02:00Z"),
    ("at 7.40","2026-02-14T07:40","Europe/Kyiv","2026-02-14T05:40Z")],
excluded="dateline 'Feb 14'; 'said on Saturday' (utterance); 'almost three hours' (duration); Iskander-M; 41 of 57; 'during the night' (vague); 20 km; 2022 (history); nightly curfew 9 p.m.-6 a.m. (recurring)")

add(name="02_sotk_border_fire", ext="md", style="analyst brief (YAML front matter)", wrap=False,
headline="Flash brief: Exchange of fire on Armenia-Azerbaijan border near Sotk",
text="""---
title: "Flash brief: Exchange of fire on Armenia-Azerbaijan border near Sotk"
date: 2026-05-12T09:30:00+04:00
author: Caucasus Risk Desk
---

**Assessment date:** 12 May 2026 | **Risk level:** ELEVATED (3/5)

## What happened

Armenian and Azerbaijani positions exchanged small-arms and mortar fire overnight into Tuesday along the border section near Sotk, in Armenia's Gegharkunik province. According to the Armenian Defence Ministry, the firing began at 23:40 on Monday and continued intermittently for about three hours. Baku blamed Armenian units for "provocations" and said its forces had only returned fire.

A halt was agreed over the military hotline at 03:15 Yerevan time, the ministry said. One Armenian conscript was lightly wounded; Azerbaijan reported no casualties.

## Context

- The Sotk area saw the heaviest fighting of the September 2022 escalation.
- The two governments initialled a peace text in August 2025 but have not signed it.
- The border delimitation commissions are due to meet "later this month", with no date announced.

## Outlook

We assess a low likelihood of a wider escalation in the next 72 hours. The incident is likely to be raised at the next round of talks.

*Next scheduled update of this brief: Wednesday 09:00.*
""",
alert=True, topics=["armenia","azerbaijan"], notTopics=[], location="Sotk",
kt=[("23:40 on Monday","2026-05-11T23:40","Asia/Yerevan","2026-05-11T19:40Z"),
    ("03:15 Yerevan time","2026-05-12T03:15","Asia/Yerevan","2026-05-11T23:15Z")],
excluded="front-matter date (publication); 'overnight into Tuesday' (restates the same event, vague); 'about three hours' (duration); September 2022, August 2025 (history); 'later this month' (vague); 'next 72 hours'; 'Next scheduled update: Wednesday 09:00' (publication schedule)")

add(name="03_batken_border_closure", ext="json", style="wire (JSON store)", wrap=False,
headline="Kyrgyzstan to shut Batken border crossings after shooting with Tajik guards",
json=dict(id="kg-2026-0915-0412", title="Kyrgyzstan to shut Batken border crossings after shooting with Tajik guards",
  source="Central Asia Newsline", url="https://canewsline.example/2026/09/15/batken-border-crossings",
  published="2026-09-15T13:40:00+06:00"),
text="""BISHKEK, Sept 15 - Kyrgyzstan will close all crossings with Tajikistan in its southern Batken region from 18:00 on Wednesday (1200 GMT), the State Border Service said, after guards from the two countries exchanged fire near the village of Kok-Tash.

Tajikistan's border troops said the shooting started at 9.15 a.m. Dushanbe time this morning, when Kyrgyz guards tried to install a surveillance camera on a disputed stretch of road. It lasted around 40 minutes. No casualties were reported on either side.

Kyrgyz officials said the closure would last at least 72 hours. Clashes along the 970-km frontier killed more than 100 people in 2021 and 2022, before the two sides signed a border treaty in March 2025. Uzbekistan, which borders both countries, urged restraint.

Travellers can call the border service hotline on 0312 61 20 07.
""",
alert=True, topics=["kyrgyzstan","tajikistan"], notTopics=["uzbekistan"], location="Batken",
kt=[("9.15 a.m. Dushanbe time this morning","2026-09-15T09:15","Asia/Dushanbe","2026-09-15T04:15Z"),
    ("18:00 on Wednesday (1200 GMT)","2026-09-16T18:00","Asia/Bishkek","2026-09-16T12:00Z")],
excluded="published stamp; dateline 'Sept 15'; 'around 40 minutes', 'at least 72 hours' (durations); 970-km; 2021, 2022, March 2025 (history); hotline number")

add(name="04_birgunj_curfew", ext="txt", style="regional outlet", wrap=False,
headline="Birgunj under curfew after clashes near border customs point",
text="""Birgunj under curfew after clashes near border customs point

Madhesh Today | Kathmandu, January 8, 2026

The Parsa District Administration Office has imposed a curfew in Birgunj from 2 pm today until 6 am Friday after protesters clashed with police near the Nepal-India border customs point.

Police said the protesters torched two vehicles and a customs kiosk at around 11:20 am, and 14 police personnel were injured by stones. Security forces fired tear gas and rubber bullets.

Chief District Officer Ramesh Bhattarai said the 16-hour curfew covers wards 1 to 16 of the metropolitan city. The Raxaul-Birgunj crossing, through which about 40 per cent of Nepal's trade passes, remained open to cargo trucks, officials on the Indian side said.

Birgunj last saw a curfew during the 2015 Madhesh movement. Residents needing emergency help can call 051-522200.
""",
alert=True, topics=["nepal"], notTopics=["india"], location="Birgunj",
kt=[("at around 11:20 am","2026-01-08T11:20","Asia/Kathmandu","2026-01-08T05:35Z"),
    ("from 2 pm today","2026-01-08T14:00","Asia/Kathmandu","2026-01-08T08:15Z")],
excluded="byline date; 'until 6 am Friday' (end of the from-until range: range gives start only); '16-hour' (duration); wards 1 to 16; 40 per cent; 2015 (history); phone number")

add(name="05_kurram_convoy_ambush", ext="html", style="national newspaper web page", wrap=False,
headline="Gunmen ambush convoy in Lower Kurram, at least 11 killed",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gunmen ambush convoy in Lower Kurram, at least 11 killed | Frontier Daily</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gunmen ambush convoy in Lower Kurram, at least 11 killed","datePublished":"2026-03-21T09:10:00+05:00","author":{"@type":"Person","name":"Staff Reporter"},"publisher":{"@type":"Organization","name":"Frontier Daily"}}
</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/pakistan">Pakistan</a> | <a href="/kp">Khyber Pakhtunkhwa</a> | <a href="/epaper">E-Paper</a></nav>
<article>
<h1>Gunmen ambush convoy in Lower Kurram, at least 11 killed</h1>
<p class="byline">Staff Reporter | <time datetime="2026-03-21T09:10:00+05:00">March 21, 2026</time></p>
<p>PESHAWAR: Gunmen ambushed a convoy of 42 vehicles in Lower Kurram at around 1430 hrs PKT on Friday, killing at least 11 people, including two policemen escorting the convoy, officials said.</p>
<p>The convoy was travelling from Thall to Parachinar, near the Afghan border, when it came under fire from the hills above the Bagan bazaar. Deputy Commissioner Javedullah Mehsud said 17 people were wounded and taken to Thall and Peshawar.</p>
<p>The Parachinar-Thall road will reopen at 8am on Monday for escorted convoys only, the district administration said. Section 144 has been imposed across the district for 30 days.</p>
<p>More than 130 people have been killed in sectarian violence in Kurram since July 2024.</p>
</article>
<footer><p>&copy; 2026 Frontier Daily. All rights reserved. | Contact: 091-111-222-333 | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
""",
alert=True, topics=["pakistan"], notTopics=["afghanistan"], location="Lower Kurram",
kt=[("around 1430 hrs PKT on Friday","2026-03-20T14:30","Asia/Karachi","2026-03-20T09:30Z"),
    ("reopen at 8am on Monday","2026-03-23T08:00","Asia/Karachi","2026-03-23T03:00Z")],
excluded="<time>/JSON-LD datePublished; 42 vehicles; 17 wounded; Section 144; 'for 30 days' (duration); July 2024 (history); phone number; copyright year")

add(name="06_poonch_shelling", ext="xml", style="RSS item, regional outlet", wrap=False,
headline="Pakistani shelling hits villages in Poonch, two civilians injured",
text="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Jammu Frontline - J&amp;K</title>
<link>https://jammufrontline.example</link>
<description>News from Jammu and Kashmir</description>
<item>
<title>Pakistani shelling hits villages in Poonch, two civilians injured</title>
<link>https://jammufrontline.example/2026/05/10/poonch-shelling</link>
<guid>https://jammufrontline.example/?p=88213</guid>
<pubDate>Sun, 10 May 2026 07:45:00 +0530</pubDate>
<description><![CDATA[<p>JAMMU, May 10: Pakistani troops shelled forward villages in the Krishna Ghati sector of Poonch district, with the shelling beginning around 10.50pm (IST) on Saturday, officials said. The Indian Army "responded effectively", a defence spokesperson said.</p>
<p>Two civilians were injured in Salotri village when a mortar round hit their house. The exchange lasted nearly four hours.</p>
<p>Schools within 5 km of the Line of Control in Poonch will reopen on Tuesday, Deputy Commissioner Vikas Kundal said. The February 2021 ceasefire understanding had largely held along this stretch until last year.</p>]]></description>
</item>
</channel>
</rss>
""",
alert=True, topics=["india","pakistan"], notTopics=[], location="Poonch",
kt=[("around 10.50pm (IST) on Saturday","2026-05-09T22:50","Asia/Kolkata","2026-05-09T17:20Z"),
    ("will reopen on Tuesday","2026-05-12",None,"2026-05-12")],
excluded="pubDate; dateline 'May 10'; 'nearly four hours' (duration); 5 km; February 2021, 'last year' (history)")

add(name="07_dprk_missile_launch", ext="json", style="wire (JSON store)", wrap=False,
headline="North Korea fires two ballistic missiles into sea, Seoul says",
json=dict(id="wire-20260407-0088", title="North Korea fires two ballistic missiles into sea, Seoul says",
  source="Pacific Rim Wire", url="https://pacrimwire.example/asia/2026/04/07/nk-missiles",
  published="2026-04-07T16:05:00+09:00"),
text="""SEOUL, April 7 - North Korea fired two short-range ballistic missiles off its east coast on Tuesday morning, South Korea's Joint Chiefs of Staff (JCS) said.

The first was launched from the Sunan area of Pyongyang at 7:21 a.m. local time and the second at about 0748 KST. Both flew about 800 km at an apogee of around 60 km before falling into the sea between the Korean peninsula and Japan, the JCS said. Japan's defence ministry said they landed outside its exclusive economic zone.

Analysts said the missiles appeared to be Hwasong-11 variants. The launches violate UN Security Council resolution 2397 and come during annual spring drills by South Korean and U.S. forces, which began last month and run for 11 days.
""",
alert=True, topics=["north korea","south korea","japan"], notTopics=["united states"], location="Sunan",
kt=[("7:21 a.m. local time","2026-04-07T07:21","Asia/Pyongyang","2026-04-06T22:21Z"),
    ("about 0748 KST","2026-04-07T07:48","Asia/Seoul","2026-04-06T22:48Z")],
excluded="published stamp; dateline 'April 7'; 'Tuesday morning' (restates the launches); 800 km; 60 km apogee; Hwasong-11; resolution 2397; 'last month' (vague); '11 days' (duration)")

add(name="08_bajo_de_masinloc_water_cannon", ext="html", style="government press release (coast guard)", wrap=False,
headline="Chinese Coast Guard vessels fire water cannon at BRP Cabra near Bajo de Masinloc",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PCG Press Release: Chinese Coast Guard vessels fire water cannon at BRP Cabra | Philippine Coast Guard</title>
</head>
<body>
<header><div class="logo">PHILIPPINE COAST GUARD</div><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/advisories">Advisories</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Chinese Coast Guard vessels fire water cannon at BRP Cabra near Bajo de Masinloc</h1>
<p class="meta">Press Release No. 2026-118 &middot; <time datetime="2026-06-18">18 June 2026</time></p>
<p>At 0915H on 17 June 2026, while conducting a maritime domain awareness patrol approximately 21 nautical miles east of Bajo de Masinloc, BRP Cabra (MRRV-4409) was subjected to water cannon fire by China Coast Guard vessel 3305 and a second CCG ship.</p>
<p>A second water cannon attack occurred at 1:40 in the afternoon, damaging the vessel's navigational mast and radio antenna. The incident took place at approximately 15&deg;08'N 117&deg;46'E, well within the Philippine Exclusive Economic Zone.</p>
<p>No crew member was injured. BRP Cabra has since returned to Subic Bay for damage assessment.</p>
<p>The PCG reiterates that the 2016 Arbitral Award is final and binding. PCG spokesperson Commodore Jay Tarriela described the actions as "dangerous and illegal" in a briefing on Wednesday.</p>
</main>
<footer><p>Philippine Coast Guard National Headquarters, 139 25th Street, Port Area, Manila | Hotline (02) 8527-3877 | Office hours 0800H-1700H, Monday to Friday</p></footer>
</body>
</html>
""",
alert=True, topics=["philippines","china","south china sea"], notTopics=[], location="Bajo de Masinloc",
kt=[("0915H on 17 June 2026","2026-06-17T09:15","Asia/Manila","2026-06-17T01:15Z"),
    ("1:40 in the afternoon","2026-06-17T13:40","Asia/Manila","2026-06-17T05:40Z")],
excluded="press release date 18 June; No. 2026-118; 21 nautical miles; MRRV-4409; vessel 3305; coordinates; 2016 Arbitral Award (history); 'briefing on Wednesday' (utterance); hotline; office hours 0800H-1700H (recurring)")

add(name="09_intan_jaya_firefight", ext="txt", style="regional outlet in translation", wrap=False,
headline="Firefight in Intan Jaya: two soldiers killed, teachers to be evacuated",
text="""Firefight in Intan Jaya: two soldiers killed, teachers to be evacuated

Suara Pegunungan Tengah (translated from Indonesian)
Tuesday, 4 August 2026, 14:12 WIB

SUGAPA - A firefight between TNI soldiers and fighters of the armed group TPNPB-OPM broke out at around 05.30 WIT on Monday in Hitadipa district, Intan Jaya regency, Central Papua. Two soldiers from Infantry Battalion 715 were killed and one was wounded.

The TNI information centre spokesman told reporters in Jakarta at 10.00 WIB on Tuesday that the armed group had fired from the hills above a school compound, and that troops had "secured the area".

The evacuation of 23 teachers and health workers from Hitadipa by helicopter is scheduled for Thursday, the regency head said. Schools in the district have been closed for most of the past year.

Intan Jaya has seen recurring violence since 2019, and thousands of residents have fled to the regency capital, Sugapa.
""",
alert=True, topics=["indonesia","papua"], notTopics=[], location="Intan Jaya",
kt=[("around 05.30 WIT on Monday","2026-08-03T05:30","Asia/Jayapura","2026-08-02T20:30Z"),
    ("by helicopter is scheduled for Thursday","2026-08-06",None,"2026-08-06")],
excluded="publication stamp 14:12 WIB; '10.00 WIB on Tuesday' (utterance: press briefing in another zone); Battalion 715; 23 teachers; 'most of the past year' (vague); 2019 (history)")

add(name="10_dumbea_curfew", ext="md", style="regional outlet (YAML front matter)", wrap=False,
headline="Curfew declared in Dumbéa and Païta after night of unrest",
text="""---
title: "Curfew declared in Dumbéa and Païta after night of unrest"
date: 2026-07-03T10:30:00+11:00
tags: [new-caledonia, security]
---

NOUMÉA - The French High Commission has declared a curfew in the communes of Dumbéa and Païta, effective from 8 pm on Friday, after a night of clashes between youths and gendarmes.

Gendarmes came under fire from a hunting rifle at a roadblock on the RT1 at around 1.15am today, the High Commission said, and two vehicles and a pharmacy were set alight. Nobody was seriously hurt.

Under the order, the curfew will run nightly from 8 pm to 5 am, and the sale of alcohol and the carrying of firearms are banned. About 1,200 gendarmes are currently deployed in the territory.

La Tontouta international airport remains open, and flights to Brisbane and Sydney were operating normally. The territory was shaken by riots in 2024 in which 14 people died.
""",
alert=True, topics=["new caledonia"], notTopics=["australia"], location="Dumbéa",
kt=[("at around 1.15am today","2026-07-03T01:15","Pacific/Noumea","2026-07-02T14:15Z"),
    ("effective from 8 pm on Friday","2026-07-03T20:00","Pacific/Noumea","2026-07-03T09:00Z")],
excluded="front-matter date; 'nightly from 8 pm to 5 am' (recurring schedule); 1,200 gendarmes; RT1 (road number); 2024 (history); 14 people")

add(name="11_chatham_cable_warning", ext="txt", style="maritime advisory / navigational warning", wrap=False,
headline="SUSPICIOUS VESSEL NEAR CHATHAM ISLANDS CABLE - EXCLUSION ZONE IN FORCE",
text="""SUSPICIOUS VESSEL NEAR CHATHAM ISLANDS CABLE - EXCLUSION ZONE IN FORCE

NZ COASTAL NAVIGATIONAL WARNING 014/26
ISSUED 200315 UTC JAN 26 BY MARITIME OPERATIONS CENTRE WELLINGTON

1. AT 0230 LOCAL CHATHAM TIME (CHADT) ON 19 JANUARY, A FOREIGN-FLAGGED RESEARCH VESSEL WAS OBSERVED LOITERING OVER THE CHATHAM ISLANDS SUBMARINE CABLE ROUTE 12 NM NE OF WAITANGI WITH ITS AIS SWITCHED OFF.
2. HMNZS TAUPO HAS BEEN TASKED TO MONITOR THE VESSEL. NO DAMAGE TO THE CABLE HAS BEEN CONFIRMED.
3. A TEMPORARY EXCLUSION ZONE OF 5 NM RADIUS CENTRED ON 43-51.0S 176-20.0W IS IN FORCE UNTIL 2359 NZDT 22 JAN.
4. MARINERS ARE TO MAINTAIN A LISTENING WATCH ON VHF CH 16 AND REPORT SIGHTINGS TO MARITIME RCC NZ, TEL +64 4 577 8030.
5. THIS WARNING IS REVIEWED EVERY 24 HOURS.
""",
alert=True, topics=["new zealand","chatham islands"], notTopics=[], location="CHATHAM ISLANDS",
kt=[("0230 LOCAL CHATHAM TIME (CHADT) ON 19 JANUARY","2026-01-19T02:30","Pacific/Chatham","2026-01-18T12:45Z"),
    ("UNTIL 2359 NZDT 22 JAN","2026-01-22T23:59","Pacific/Auckland","2026-01-22T10:59Z")],
excluded="warning number 014/26; issue DTG 200315 UTC (publication); 12 NM; 5 NM; coordinates; VHF CH 16; phone; 'every 24 hours' (recurring)")

add(name="12_bandar_abbas_port_blast", ext="html", style="regional outlet web page (JSON-LD)", wrap=False,
headline="Explosion at Shahid Rajaee port near Bandar Abbas kills four",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Explosion at Shahid Rajaee port near Bandar Abbas kills four - Gulf Monitor</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Explosion at Shahid Rajaee port near Bandar Abbas kills four","datePublished":"2026-10-11T15:20:00+03:30","dateModified":"2026-10-11T16:05:00+03:30"}</script>
</head>
<body>
<div class="top-bar"><a href="/">Gulf Monitor</a> <a href="/iran">Iran</a> <a href="/shipping">Shipping</a> <a href="/subscribe">Subscribe</a></div>
<article>
<h1>Explosion at Shahid Rajaee port near Bandar Abbas kills four</h1>
<div class="dateline"><time datetime="2026-10-11T15:20:00+03:30">Sunday 11 October 2026 (19 Mehr 1405)</time></div>
<p>A large explosion tore through a container yard at Shahid Rajaee port, west of Bandar Abbas, at 11:42 a.m. local time (0812 GMT) on Sunday, killing four workers and injuring at least 60, Iranian state media reported, citing the Hormozgan provincial governor.</p>
<p>Footage showed a column of black smoke rising over the port. The cause was not immediately known; the governor said chemical containers stored in the yard "may have been involved".</p>
<p>The port's container terminals will resume operations at 6 a.m. on Tuesday, the Ports and Maritime Organization said. Shahid Rajaee handles about 85 percent of Iran's container traffic.</p>
<p>A blast at the same port in April 2025 killed 57 people. In 2020 the port's computer systems were disrupted by a cyberattack that lasted several days.</p>
</article>
<footer>Gulf Monitor &middot; Dubai Media City &middot; +971 4 000 0000 &middot; &copy; 2026</footer>
</body>
</html>
""",
alert=True, topics=["iran"], notTopics=[], location="Bandar Abbas",
kt=[("11:42 a.m. local time (0812 GMT) on Sunday","2026-10-11T11:42","Asia/Tehran","2026-10-11T08:12Z"),
    ("resume operations at 6 a.m. on Tuesday","2026-10-13T06:00","Asia/Tehran","2026-10-13T02:30Z")],
excluded="datePublished/dateModified/<time>; Persian date 19 Mehr 1405 (restates publication day); 60 injured; 85 percent; April 2025, 2020 (history); 'several days' (duration); phone")
