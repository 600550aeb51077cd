from items_a import add

add(name="13_south_lebanon_liveblog", ext="html", style="live blog, newest-first (DST-end day)", wrap=False,
headline="Live: Israeli strikes hit south Lebanon as residents flee border villages",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Live: Israeli strikes hit south Lebanon - Sunday 25 October 2026 | Levant Live</title>
</head>
<body>
<nav><a href="/">Levant Live</a> | <a href="/lebanon">Lebanon</a> | <a href="/syria">Syria</a> | <a href="/live">All live blogs</a></nav>
<main>
<h1>Live: Israeli strikes hit south Lebanon as residents flee border villages</h1>
<p class="live-date">Sunday 25 October 2026 &mdash; all times Beirut</p>
<div class="entry"><span class="stamp">11:05 (GMT+2)</span>
<p>Lebanon's health ministry says the toll from this morning's drone strike near Nabatieh has risen to three, including a paramedic.</p></div>
<div class="entry"><span class="stamp">09:40 (GMT+2)</span>
<p>A reminder to readers: Lebanon moved its clocks back one hour overnight, so Beirut is now two hours ahead of GMT. All stamps on this page are local.</p></div>
<div class="entry"><span class="stamp">08:15 (GMT+2)</span>
<p>A drone struck a car on the Nabatieh-Kfar Remen road at 7:05 am, the state-run National News Agency reports. Ambulances from the Islamic Health Committee were seen heading to the scene.</p></div>
<div class="entry"><span class="stamp">07:30 (GMT+2)</span>
<p>Residents of Yohmor al-Shqif say dozens of families left the village after Israeli strikes hit its outskirts at around 2:10 a.m. The Israeli military said it had targeted "Hezbollah infrastructure".</p></div>
<div class="entry"><span class="stamp">06:50 (GMT+2)</span>
<p>Good morning and welcome to our live coverage. Strikes in the south have intensified over the past week despite the November 2024 ceasefire, which is monitored by a five-member mechanism.</p></div>
</main>
<footer>&copy; 2026 Levant Live | <a href="/about">About</a> | <a href="/corrections">Corrections</a></footer>
</body>
</html>
""",
alert=True, topics=["lebanon","israel"], notTopics=["syria"], location="Nabatieh",
kt=[("at around 2:10 a.m.","2026-10-25T02:10","Asia/Beirut","2026-10-25T00:10Z"),
    ("at 7:05 am","2026-10-25T07:05","Asia/Beirut","2026-10-25T05:05Z")],
excluded="page date; entry stamps 11:05/09:40/08:15/07:30/06:50 (posting stamps); 'this morning's drone strike' (restatement); 'overnight' clock change; 'past week' (vague); November 2024 (history); nav 'Syria' only")

add(name="14_mokha_ukmto_warning", ext="txt", style="maritime advisory (UKMTO-style, DTG)", wrap=False,
headline="UKMTO WARNING 031/26: TWO VESSELS REPORT ATTACKS WEST OF MOKHA",
text="""UKMTO WARNING 031/26: TWO VESSELS REPORT ATTACKS WEST OF MOKHA

Issued: 12 JUN 2026 1030 UTC

1. UKMTO has received reports of two incidents in the southern Red Sea, west of Mokha, Yemen.

2. INCIDENT 1: At 120615ZJUN26 the Master of a Liberian-flagged bulk carrier reported a small craft with five persons on board approaching to within 0.5NM, 25NM west of Mokha. Shots were fired at the bridge. The vessel increased speed and the craft withdrew. Crew are reported safe.

3. INCIDENT 2: At 1140L (UTC+3) a second vessel, 38NM NW of Mokha, reported an explosion in the water approximately 200m off its port side, believed to be an uncrewed surface vessel. Minor damage reported.

4. Position of incident 2: 13 19N 042 48E.

5. Vessels are advised to transit with caution, maintain a listening watch on VHF Ch 16 and report any suspicious activity to UKMTO on +44 (0)2392 222060. Authorities are investigating.
""",
alert=True, topics=["yemen","red sea"], notTopics=[], location="Mokha",
kt=[("120615ZJUN26","2026-06-12T06:15","UTC","2026-06-12T06:15Z"),
    ("1140L (UTC+3)","2026-06-12T11:40","Asia/Aden","2026-06-12T08:40Z")],
excluded="warning number 031/26; 'Issued 12 JUN 2026 1030 UTC' (publication); 0.5NM, 25NM, 38NM, 200m; position; VHF Ch 16; phone")

add(name="15_gulf_of_finland_cable", ext="txt", style="wire (dateline, hard-wrapped, year change)", wrap=True,
headline="Finnish police seize tanker after Baltic power cable damaged on New Year's Eve",
text="""Finnish police seize tanker after Baltic power cable damaged on New Year's Eve

HELSINKI, Jan 1 (Nordic Wire) - Finnish police seized an oil tanker in the Gulf of Finland on Thursday after a power cable linking Finland and Estonia was damaged at 23.47 on New Year's Eve, the national grid operator Fingrid said.

Coast guard helicopters lowered a boarding team onto the Cook Islands-flagged vessel at 05:20 on Thursday, about 10 nautical miles south of Porvoo, police said. The crew of 24 was being questioned. Investigators suspect the ship dragged its anchor across the seabed for dozens of kilometres.

The 170-km EstLink 2 cable, which carries up to 650 MW, was also damaged on Christmas Day 2024. Estonia's prime minister said on Thursday the two countries would "act together". Sweden, which investigated a similar case in 2025, offered assistance.

Repairs are expected to take several months.
""",
alert=True, topics=["finland","estonia","baltic sea"], notTopics=["sweden","cook islands"], location="Gulf of Finland",
kt=[("at 23.47 on New Year's Eve","2025-12-31T23:47","Europe/Helsinki","2025-12-31T21:47Z"),
    ("at 05:20 on Thursday","2026-01-01T05:20","Europe/Helsinki","2026-01-01T03:20Z")],
excluded="dateline 'Jan 1'; 'on Thursday' in lead (restates the seizure); 10 nautical miles; crew of 24; 170-km; 650 MW; Christmas Day 2024, 2025 (history); 'said on Thursday' (utterance); 'several months' (duration)")

add(name="16_baghdad_fir_closure", ext="txt", style="NOTAM-style aviation notice", wrap=False,
headline="IRAQ CLOSES AIRSPACE OVERNIGHT AMID REGIONAL MISSILE THREAT - NOTAM SUMMARY",
text="""IRAQ CLOSES AIRSPACE OVERNIGHT AMID REGIONAL MISSILE THREAT - NOTAM SUMMARY

Aviation Security Desk | Published 29 March 2026 20:05 UTC

Iraq's Civil Aviation Authority has issued a NOTAM closing the Baghdad FIR (ORBB) to all civil traffic. The closure takes effect at 2200 UTC on Sunday (0100 Baghdad time). The airspace will remain closed until 0600 UTC Monday, when the NOTAM is due to expire unless it is extended.

Erbil and Sulaymaniyah airports will also suspend operations. Operators should plan routings via Saudi airspace; around 140 daily overflights are affected.

NOTAM text:
A1042/26 NOTAMN
Q) ORBB/QAFLC/IV/NBO/E/000/999/3318N04424E999
A) ORBB B) 2603292200 C) 2603300600
E) BAGHDAD FIR CLOSED FOR ALL CIVIL FLIGHTS DUE TO MILITARY ACTIVITY.
F) SFC G) UNL

Background: Iraq closed its airspace for several hours in June 2025. Overflying traffic normally cruises at FL350-FL390.
""",
alert=True, topics=["iraq"], notTopics=["saudi arabia"], location="Baghdad FIR",
kt=[("2200 UTC on Sunday (0100 Baghdad time)","2026-03-29T22:00","UTC","2026-03-29T22:00Z"),
    ("until 0600 UTC Monday","2026-03-30T06:00","UTC","2026-03-30T06:00Z")],
excluded="publication stamp 20:05 UTC; NOTAM number A1042/26; B)/C) fields 2603292200/2603300600 (restatements); 140 overflights; Q-line coordinates; June 2025 (history); 'several hours' (duration); FL350-FL390")

add(name="17_ufa_refinery_drones", ext="txt", style="Telegram-channel repost (translated)", wrap=False,
headline="Drone attack on Ufa refinery: fire at primary processing unit",
text="""Drone attack on Ufa refinery: fire at primary processing unit

Repost from @bashkir_express (translated from Russian) | 12.07.2026, 08:14

⚡️ Drones attacked the Novoil refinery in Ufa this morning. According to the head of the republic, the first drone hit the site at 05:40 local time (03:40 MSK). A fire broke out at the AVT-4 primary processing unit and was put out about two hours later. No one was hurt.

✈️ Restrictions on arrivals and departures were briefly introduced at Ufa airport in the morning. Three flights to Moscow were delayed.

This is the third attack on Ufa refineries since 2024. The city is about 1,400 km from the Ukrainian border.

👁 48.2K · 🔁 312 · posted 08:14
""",
alert=True, topics=["russia"], notTopics=[], location="Ufa",
kt=[("05:40 local time (03:40 MSK)","2026-07-12T05:40","Asia/Yekaterinburg","2026-07-12T00:40Z")],
excluded="repost stamp 12.07.2026 08:14 and 'posted 08:14'; 'this morning' (restates); airport restrictions 'in the morning' (vague); 'about two hours later' (duration); AVT-4; three flights; 2024 (history); 1,400 km; view/repost counts")

add(name="18_zawiya_clashes", ext="xml", style="RSS item, wire", wrap=False,
headline="Militia clashes shut coastal road in Libya's Zawiya",
text="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>North Africa Wire - Libya</title>
<link>https://nawire.example/libya</link>
<description>Latest Libya headlines</description>
<language>en</language>
<item>
<title>Militia clashes shut coastal road in Libya's Zawiya</title>
<link>https://nawire.example/libya/2026/08/17/zawiya-clashes</link>
<pubDate>Mon, 17 Aug 2026 14:10:00 GMT</pubDate>
<description>TRIPOLI, Aug 17 (North Africa Wire) - Rival armed groups fought with heavy weapons in the western Libyan city of Zawiya over the weekend, killing at least five people, the local ambulance service said. Clashes erupted at quarter to midnight on Saturday near the Zawiya oil refinery and continued for nearly 12 hours. The coastal road linking Tripoli with the Tunisian border was reopened at noon on Sunday after tribal elders brokered a truce, the Government of National Unity said on Monday. The 120,000-barrel-per-day refinery was not damaged. Zawiya has seen repeated fighting since the 2011 uprising.</description>
</item>
</channel>
</rss>
""",
alert=True, topics=["libya"], notTopics=["tunisia"], location="Zawiya",
kt=[("at quarter to midnight on Saturday","2026-08-15T23:45","Africa/Tripoli","2026-08-15T21:45Z"),
    ("reopened at noon on Sunday","2026-08-16T12:00","Africa/Tripoli","2026-08-16T10:00Z")],
excluded="pubDate; dateline 'Aug 17'; 'over the weekend' (vague); 'nearly 12 hours' (duration); 'said on Monday' (utterance); 120,000 barrels; 2011 (history)")

add(name="19_el_fasher_flash_update", ext="md", style="UN situation report (YAML front matter)", wrap=False,
headline="Sudan: North Darfur - Flash Update No. 14",
text="""---
title: "Sudan: North Darfur - Flash Update No. 14"
date: 2026-03-03
source: OCHA
---

# Sudan: North Darfur - Flash Update No. 14

*Situation as of 3 March 2026*

## Highlights

- Shelling on Abu Shouk camp for internally displaced people, on the northern edge of El Fasher, began at 0540 local time on 1 March and killed at least 19 civilians.
- The parties agreed to a 72-hour humanitarian pause from 1700 Khartoum local time on 4 March to allow the evacuation of wounded people to Tawila.
- An estimated 12,500 households have fled Abu Shouk since the start of the year.

## Situation overview

Fighting around El Fasher has continued since April 2023. Partners report that the main water point in the camp was destroyed. Some families are walking towards the Chad border, more than 300 km away.

## Coordination

The inter-cluster coordination group meets every Tuesday at 10:00 in Tawila. The next Flash Update will be issued on 5 March.
""",
alert=True, topics=["sudan"], notTopics=["chad"], location="El Fasher",
kt=[("0540 local time on 1 March","2026-03-01T05:40","Africa/Khartoum","2026-03-01T03:40Z"),
    ("from 1700 Khartoum local time on 4 March","2026-03-04T17:00","Africa/Khartoum","2026-03-04T15:00Z")],
excluded="front-matter date / 'as of 3 March'; '72-hour' (duration); 19 civilians; 12,500 households; 'since the start of the year', April 2023 (history); 300 km; meetings every Tuesday at 10:00 (recurring); next update 5 March (publication schedule)")

add(name="20_djibo_attack", ext="txt", style="wire (dateline, hard-wrapped)", wrap=True,
headline="Suspected jihadists kill dozens in attack on army post near Djibo",
text="""Suspected jihadists kill dozens in attack on army post near Djibo

OUAGADOUGOU, Sept 28 (Sahel Wire) - Suspected jihadists attacked an army post and a nearby camp for displaced people outside Djibo in northern Burkina Faso around 5 a.m. on Sunday, killing at least 34 soldiers and civilians, two security sources said on Monday.

The attackers arrived on dozens of motorbikes and fought for several hours before withdrawing towards the border with Mali, one of the sources said. JNIM, al Qaeda's affiliate in the Sahel, claimed the attack in a statement on Monday.

A supply convoy escorted by the army is due to leave Kaya for Djibo on Thursday, a humanitarian official said. The town, home to more than 250,000 people, has been under a blockade by armed groups since 2022, the year the current junta seized power.
""",
alert=True, topics=["burkina faso"], notTopics=["mali"], location="Djibo",
kt=[("around 5 a.m. on Sunday","2026-09-27T05:00","Africa/Ouagadougou","2026-09-27T05:00Z"),
    ("due to leave Kaya for Djibo on Thursday","2026-10-01",None,"2026-10-01")],
excluded="dateline 'Sept 28'; 'said on Monday', 'statement on Monday' (utterances); 34; 'several hours' (duration); 250,000; 2022 (history)")

add(name="21_kajuru_pupils_freed", ext="html", style="national newspaper web page (JSON-LD)", wrap=False,
headline="Abducted Kajuru pupils freed after 19 days in captivity",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Abducted Kajuru pupils freed after 19 days in captivity - Northern Ledger</title>
<meta property="article:published_time" content="2026-04-15T08:00:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Abducted Kajuru pupils freed after 19 days in captivity","datePublished":"2026-04-15T08:00:00+01:00","articleSection":"Nigeria"}</script>
</head>
<body>
<header><nav><a href="/">Northern Ledger</a> <a href="/news">News</a> <a href="/politics">Politics</a> <a href="/sports">Sports</a></nav></header>
<article>
<h1>Abducted Kajuru pupils freed after 19 days in captivity</h1>
<p><time datetime="2026-04-15T08:00:00+01:00">Wednesday, April 15, 2026</time> &middot; By Aisha Bello</p>
<p>KADUNA - Twenty-three pupils abducted from a primary school in Kajuru local government area of Kaduna State were released at about 11pm on Tuesday, the state government said on Wednesday.</p>
<p>The children were handed over to soldiers near the Kajuru-Kufana road and taken to a military hospital for checks. Officials denied that a ransom of N50 million had been paid.</p>
<p>They will be reunited with their families at 10 a.m. on Thursday at Government House, Kaduna, the governor's spokesman said.</p>
<p>Mass school abductions have plagued northern Nigeria since the 2014 Chibok kidnapping.</p>
</article>
<aside class="newsletter">Get the Morning Ledger in your inbox every day at 6am.</aside>
<footer>&copy; 2026 Northern Ledger | Tips: 0803 000 0000</footer>
</body>
</html>
""",
alert=True, topics=["nigeria"], notTopics=[], location="Kajuru",
kt=[("at about 11pm on Tuesday","2026-04-14T23:00","Africa/Lagos","2026-04-14T22:00Z"),
    ("at 10 a.m. on Thursday","2026-04-16T10:00","Africa/Lagos","2026-04-16T09:00Z")],
excluded="published_time/JSON-LD/<time>; '19 days' (duration); 'said on Wednesday' (utterance); N50 million; 2014 (history); newsletter 'every day at 6am' (recurring); phone")

add(name="22_bissau_coup", ext="json", style="wire (JSON store)", wrap=False,
headline="Soldiers claim power in Guinea-Bissau, impose curfew and shut borders",
json=dict(id="afw-2026-11-27-0031", title="Soldiers claim power in Guinea-Bissau, impose curfew and shut borders",
  source="West Africa Desk", url="https://westafricadesk.example/2026/11/27/guinea-bissau-coup",
  published="2026-11-27T09:40:00+00:00"),
text="""BISSAU, Nov 27 - Gunfire was heard near the presidential palace in Bissau from around 13h00 on Thursday before a group of officers appeared on state television in the evening to say they had removed the president and suspended the constitution.

In a second statement read out on Friday morning, the officers said a curfew would take effect at 9 p.m. tonight across the country. Land and air borders were closed, and Osvaldo Vieira international airport will reopen on Sunday, they said.

The country has had four successful coups since independence from Portugal in 1974. The West African bloc ECOWAS said it would hold an emergency summit "in the coming days". Senegal's foreign ministry urged its citizens in Bissau to stay indoors.
""",
alert=True, topics=["guinea-bissau"], notTopics=["portugal","senegal"], location="Bissau",
kt=[("from around 13h00 on Thursday","2026-11-26T13:00","Africa/Bissau","2026-11-26T13:00Z"),
    ("at 9 p.m. tonight","2026-11-27T21:00","Africa/Bissau","2026-11-27T21:00Z"),
    ("will reopen on Sunday","2026-11-29",None,"2026-11-29")],
excluded="published stamp; dateline 'Nov 27'; 'in the evening' (TV statement, vague utterance); 'read out on Friday morning' (utterance); 1974 (history); 'in the coming days' (vague)")

add(name="23_beledweyne_embassy_alert", ext="txt", style="embassy security alert", wrap=False,
headline="Security Alert: Explosion near Beledweyne livestock market - U.S. Embassy Mogadishu, Somalia (June 3, 2026)",
text="""Security Alert: Explosion near Beledweyne livestock market - U.S. Embassy Mogadishu, Somalia (June 3, 2026)

Location: Beledweyne, Hiraan region, Somalia

Event: At approximately 0645 EAT on 3 June, a vehicle-borne improvised explosive device detonated near the main livestock market in Beledweyne. Local media report multiple casualties. Al-Shabaab has claimed responsibility.

The Embassy will be closed to the public on Thursday, June 4. U.S. government personnel are prohibited from travelling outside the Mogadishu International Airport zone. Nairobi-based staff have postponed planned visits.

The Level 4: Do Not Travel advisory for Somalia remains in effect.

Actions to Take:
- Avoid the area and crowds.
- Monitor local media for updates.
- Keep a low profile.

Assistance:
U.S. Embassy Mogadishu, +252 61 000 0000
Consular section hours: Sunday-Thursday, 0900-1200
State Department - Consular Affairs: 1-888-407-4747 or +1 202-501-4444
""",
alert=True, topics=["somalia"], notTopics=["kenya"], location="Beledweyne",
kt=[("0645 EAT on 3 June","2026-06-03T06:45","Africa/Mogadishu","2026-06-03T03:45Z"),
    ("Thursday, June 4","2026-06-04",None,"2026-06-04")],
excluded="title date (June 3, 2026) = publication; Level 4; phone numbers; consular hours Sunday-Thursday 0900-1200 (recurring)")

add(name="24_cobasna_depot_blasts", ext="html", style="regional outlet web page (DST-start day)", wrap=False,
headline="Blasts reported near Cobasna ammunition depot in Transnistria",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Blasts reported near Cobasna ammunition depot in Transnistria | Black Sea Review</title>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/moldova">Moldova</a></li><li><a href="/romania">Romania</a></li><li><a href="/ukraine">Ukraine</a></li></ul></nav>
<article>
<h1>Blasts reported near Cobasna ammunition depot in Transnistria</h1>
<p class="byline">By Elena Rusu &middot; <time datetime="2026-03-29T18:30:00+03:00">29 March 2026, 18:30</time></p>
<p>CHISINAU - Two explosions were reported near the village of Cobasna in Moldova's breakaway Transnistria region in the early hours of Sunday, close to a Soviet-era depot that holds an estimated 20,000 tonnes of munitions.</p>
<p>The first blast was heard at around 1:30 a.m., residents said, and a second at 4 a.m. Transnistrian authorities said a "drone" had been shot down and that there was no damage to the depot.</p>
<p>Moldova's border police closed the Varnita crossing point at 9 a.m. as a precaution. Russian troops have been stationed in the region since the 1992 war. Ukraine's border guard service, whose territory lies about 2 km from the depot, said it was monitoring the situation.</p>
</article>
<footer><p>Black Sea Review &copy; 2026 &middot; <a href="/newsletter">Newsletter</a> &middot; <a href="/cookies">Cookie settings</a></p></footer>
</body>
</html>
""",
alert=True, topics=["moldova","transnistria"], notTopics=["ukraine","romania"], location="Cobasna",
kt=[("at around 1:30 a.m.","2026-03-29T01:30","Europe/Chisinau","2026-03-28T23:30Z"),
    ("a second at 4 a.m.","2026-03-29T04:00","Europe/Chisinau","2026-03-29T01:00Z"),
    ("crossing point at 9 a.m.","2026-03-29T09:00","Europe/Chisinau","2026-03-29T06:00Z")],
excluded="<time> 18:30 (publication); 'early hours of Sunday' (restates); 20,000 tonnes; 1992 (history); 2 km; nav links")
