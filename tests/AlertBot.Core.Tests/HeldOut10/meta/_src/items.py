# -*- coding: utf-8 -*-
"""Item definitions for blind10 (content + labels except keyTimes, which come from verify.KT)."""
import json, textwrap, html

def wrap(t, w=70):
    out = []
    for para in t.split("\n"):
        out.append(textwrap.fill(para, w) if len(para) > w else para)
    return "\n".join(out)

def html_page(title, h1, iso, shown, body_paras, site, jsonld=True, extra_head=""):
    ld = ""
    if jsonld:
        ld = '<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": h1,
            "datePublished": iso, "publisher": {"@type": "Organization", "name": site}},
            ensure_ascii=False) + "</script>"
    paras = "\n".join("    <p>%s</p>" % p for p in body_paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
{ld}{extra_head}
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/security">Security</a> | <a href="/about">About us</a> | <a href="/newsletter">Daily briefing at 7am</a></nav>
<article>
  <h1>{html.escape(h1)}</h1>
  <p class="meta">By staff | <time datetime="{iso}">{shown}</time></p>
  <div class="body">
{paras}
  </div>
</article>
<footer>&copy; 2026 {site}. All rights reserved. Tel. +44 20 7946 0000. Subscribe for $4.99/month.</footer>
</body>
</html>
"""

def rss(channel, title, link, pubdate, desc):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{channel}</title>
<link>https://example.org/</link>
<description>{channel} feed</description>
<item>
<title>{html.escape(title)}</title>
<link>{link}</link>
<guid>{link}</guid>
<pubDate>{pubdate}</pubDate>
<description>{html.escape(desc)}</description>
</item>
</channel>
</rss>
"""

def js(id_, title, source, url, published, body):
    return json.dumps({"id": id_, "title": title, "source": source, "url": url,
                       "published": published, "body": body}, ensure_ascii=False, indent=2) + "\n"

ITEMS = []
def add(fname, style, content, headline, alert, topics, notTopics, location, distractors):
    ITEMS.append(dict(file=fname, style=style, content=content, headline=headline, alert=alert,
                      topics=topics, notTopics=notTopics, location=location, distractors=distractors))

# ---------------- TXT ----------------
add("01_narva_crossing_closure.txt", "wire (hard-wrapped)", wrap(
"""BC-Estonia-Border/Narva 2026-03-03 08:41 GMT

Estonia to shut Narva crossing to cars after drone overflights

NARVA, Estonia, March 3 (Baltic Wire) - Estonia will close the Narva-2 road crossing on the Russian border to all vehicle traffic from 23:00 on Thursday, the Interior Ministry said on Tuesday, after two drones crossed into Estonian airspace over the town.
Border guards said the first drone was tracked at 0214 hrs local time on Monday over the Kreenholm district; a second followed shortly afterwards and flew back towards Ivangorod. Neither was shot down.
The closure is set to last at least 30 days. Pedestrians may still use the Narva-1 bridge between 07:00 and 19:00 daily. Estonia has tightened controls on the frontier since 2023, and last month shut two smaller posts on Lake Peipus. Traffic on Route 1 towards Tallinn was normal.
(Reporting by Baltic Wire staff; +372 600 0000)"""),
"Estonia to shut Narva crossing to cars after drone overflights", True, ["estonia", "russia"], ["tallinn"], "Narva",
["pub stamp 2026-03-03 08:41 GMT", "said on Tuesday", "30 days", "between 07:00 and 19:00 daily (recurring)", "since 2023", "last month", "Route 1", "phone"])

add("02_ceuta_swim_dst.txt", "wire, full dateline with year, DST change day", 
"""Hundreds try to swim into Ceuta as clocks change; Tarajal crossing shut

CEUTA, Spain, Sunday 29 March 2026 (Iberia Press) - Around 400 people tried to swim around the Tarajal breakwater into the Spanish enclave at 01:30 local time, the Guardia Civil said, in the first of two mass attempts overnight.
A second, larger attempt began at 04:15, after Spain's clocks went forward one hour at 2 a.m. for summer time. Moroccan forces on the Fnideq side detained dozens, and Spanish officers pulled 31 people from the water.
The government delegation said the Tarajal border crossing would stay closed until 10 a.m. on Monday. Water temperature was about 15 degrees and visibility under 50 metres, rescuers said.
Ceuta has seen repeated mass crossings since May 2021, when about 8,000 people entered in two days. Emergency line 112 received more than 200 calls.""",
"Hundreds try to swim into Ceuta as clocks change; Tarajal crossing shut", True, ["spain", "morocco"], [], "Ceuta",
["dateline date", "clocks went forward at 2 a.m. (DST rule)", "31 people", "15 degrees", "50 metres", "since May 2021", "8,000 in two days", "112"])

add("03_menaka_army_post.txt", "regional outlet (hard-wrapped)", wrap(
"""Published 13 April 2026 | Sahel Desk

Gunmen attack army post near Ménaka; governor orders motorbike ban

Gunmen on motorbikes attacked an army post on the northern edge of Ménaka shortly after 3 a.m. on Sunday, killing at least six soldiers, according to local officials and a security source. Attacks at dawn have become frequent in the area.
The attackers used 12.7 mm machine guns and withdrew towards the Niger border after about two hours of fighting. The army said it had "neutralised" 14 assailants.
The governor banned motorcycle traffic in the town from 7 p.m. this evening and said he would meet community leaders on Wednesday. The region has been contested since 2018; the RN20 road to Ansongo remains cut."""),
"Gunmen attack army post near Ménaka; governor orders motorbike ban", True, ["mali"], ["niger"], "Ménaka",
["Published 13 April 2026", "at dawn (vague)", "12.7 mm", "about two hours", "14 assailants", "since 2018", "RN20"])

add("04_beledweyne_curfew.txt", "wire dateline without year + stamp line",
"""May 8, 2026 11:05 EAT

Curfew in Beledweyne after car bomb at district compound

BELEDWEYNE, Somalia, May 8 (Horn Wire) - Authorities in the central Somali town of Beledweyne said a curfew imposed at 1800 hrs (GMT+3) yesterday will remain in force until 6 a.m. Saturday, after a car bomb killed 12 people at the district commissioner's compound.
The suicide car bomb exploded at the compound gate at around a quarter past four in the afternoon on Wednesday, witnesses said. Al-Shabaab claimed the attack.
Hiiraan region police said checkpoints on the Mogadishu road, 30 km south of the town, would be manned around the clock. Markets usually close early every Friday. African Union troops have been deployed in the region since 2014. Hotline: +252 61 000 0000.""",
"Curfew in Beledweyne after car bomb at district compound", True, ["somalia"], ["mogadishu"], "Beledweyne",
["stamp May 8, 2026 11:05 EAT", "12 people", "30 km", "every Friday (recurring)", "since 2014", "phone"])

add("05_mount_hagen_embassy_alert.txt", "embassy alert",
"""Security Alert: Election-related violence in Mount Hagen

U.S. Embassy Port Moresby, Papua New Guinea - June 19, 2026

Location: Mount Hagen, Western Highlands Province

Event: Clashes between supporters of rival candidates were reported in Mount Hagen on June 18, with houses burned near the Kagamuga area. Police have announced a lockdown of the town centre beginning at 2pm on Saturday, June 20. The vote count at the provincial counting centre is scheduled to resume Monday at 9am.

Air Niugini flight PX 190 and other domestic services may be disrupted. U.S. citizens should avoid crowds.

Actions to take: Monitor local media. Keep a low profile.

Assistance: U.S. Embassy Port Moresby, +675 308 9100. The consular section is open Monday-Friday, 7:30 a.m. to 4:00 p.m.""",
"Security Alert: Election-related violence in Mount Hagen", True, ["papua new guinea"], ["united states"], "Mount Hagen",
["June 19, 2026 (issue date)", "PX 190", "phone", "office hours Monday-Friday 7:30-4:00 (recurring)"])

add("06_ukmto_fujairah.txt", "maritime advisory (UKMTO style)",
"""UKMTO WARNING 041/2026 - SUSPICIOUS APPROACH EAST OF FUJAIRAH

Issued: 12 Jun 2026 0745 UTC

1. UKMTO has received a report of an incident 42NM east of Fujairah, United Arab Emirates.
2. At 120515ZJUN26 the Master of a merchant tanker reported that a small craft with five persons on board approached to within 0.5NM before breaking off. Position 25 10N 057 05E.
3. A second merchant vessel reported a similar approach at 1030L in the same area.
4. Authorities are investigating. Vessels are advised to transit with caution, maintain a 24-hour watch and report any suspicious activity to UKMTO.
5. Contact: watchkeepers@ukmto.example, +44 2392 222060.""",
"UKMTO WARNING 041/2026 - SUSPICIOUS APPROACH EAST OF FUJAIRAH", True, ["united arab emirates", "gulf of oman"], [], "42NM east of Fujairah",
["Issued 0745 UTC", "041/2026", "42NM", "0.5NM", "coordinates", "24-hour watch", "phone"])

add("07_notam_termez.txt", "NOTAM-like notice",
"""NOTICE TO AIRMEN - TERMEZ TEMPORARY RESTRICTED AREA

A1873/26 NOTAMN
Q) UTTR/QRTCA/IV/BO/W/000/460/3713N06716E025
A) UTTR B) 2607080300 C) 2607101500
E) TEMPORARY RESTRICTED AREA ACTIVATED WI 25NM RADIUS OF TERMEZ DUE TO MIL EXER.
F) SFC G) FL460

Plain-language summary issued by the civil aviation agency of Uzbekistan, 7 July 2026:
Airspace along the Afghan border around Termez will be closed to civil traffic from 0800 Tashkent local time on Wednesday until 8 p.m. on Friday because of a joint air-defence exercise. Flight HY 051 to Tashkent will be rescheduled. Overflights of the Amu Darya corridor above 46,000 feet are not affected.""",
"NOTICE TO AIRMEN - TERMEZ TEMPORARY RESTRICTED AREA", True, ["uzbekistan"], ["afghanistan"], "Termez",
["A1873/26", "coordinates", "25NM", "FL460", "46,000 feet", "HY 051", "7 July 2026 issue date", "B)/C) fields restate the key times"])

add("08_marawi_telegram.txt", "Telegram repost",
"""Forwarded from Mindanao Watch
[21.07.2026 16:02]

CLASHES IN MARAWI: army vs Dawlah Islamiyah remnants

Fighting between troops of the 103rd Infantry Brigade and a group of about 20 gunmen started 2.30pm today in Barangay Bubong Madanding and is still ongoing. Residents also heard explosions last night around 11:45 PM near the same area.
Road to the lakeshore closed until further notice. Pls share and stay safe.
Marawi was destroyed in the 2017 siege, which lasted five months.

Views 12.4K | Forwards 318""",
"CLASHES IN MARAWI: army vs Dawlah Islamiyah remnants", True, ["philippines"], [], "Marawi",
["post stamp 21.07.2026 16:02", "103rd", "about 20", "2017 siege", "five months", "12.4K", "318"])

add("09_culiacan_prison_break.txt", "regional outlet in translation",
"""[Translated from Spanish - Noroeste Digital, 14 de agosto de 2026]

Inmates escape Aguaruto prison in Culiacán after armed assault

Culiacán, Sinaloa. - At least 17 inmates escaped from the Aguaruto prison in the early hours of this Friday, after an armed commando attacked the main gate at 4.40 a.m., the state Public Security Secretariat reported.
The Army and the National Guard sealed exits on Federal Highway 15 and deployed 600 officers and two helicopters. The state government suspended public events in the city for tomorrow, Saturday.
A similar escape took place in 2023. Citizens can report sightings to 911 or 089.""",
"Inmates escape Aguaruto prison in Culiacán after armed assault", True, ["mexico"], [], "Culiacán",
["14 de agosto de 2026 (pub)", "17 inmates", "Highway 15", "600 officers", "2023", "911/089", "'early hours of this Friday' restates 4.40 a.m."])

add("10_dprk_missiles_brief.txt", "analyst brief",
"""ANALYST BRIEF | Northeast Asia Security Monitor | 9 September 2026

North Korea fires two ballistic missiles toward the East Sea

Summary: South Korea's Joint Chiefs of Staff said the DPRK launched two short-range ballistic missiles from the Sunan area of Pyongyang at 07:12 KST and 07:31 KST on Wednesday. Each flew about 800 km at an apogee of roughly 50 km, consistent with a KN-23 variant.
Assessment: The launches came two days before annual US-ROK command-post drills that begin on Friday. Pyongyang has conducted more than 30 launches since 2022, in violation of UN Security Council resolution 2397. Japan's Ministry of Defense said neither missile entered its EEZ.
Outlook: Further tests are likely during the drills, which run for 11 days.""",
"North Korea fires two ballistic missiles toward the East Sea", True, ["north korea", "south korea"], ["japan"], "Sunan area of Pyongyang",
["brief date", "800 km", "50 km", "KN-23", "more than 30 launches since 2022", "resolution 2397", "11 days"])

add("11_maungdaw_flash_update.txt", "UN/NGO situation report",
"""Bangladesh: Rohingya Refugee Response - Flash Update No. 7

Date: 25 September 2026

SITUATION OVERVIEW
Heavy shelling was reported across the Naf River from Maungdaw township, Rakhine State, Myanmar, between 21:00 and 23:30 (Myanmar time, UTC+06:30) on 23 September. Around 1,200 new arrivals reached Teknaf upazila over the following 36 hours, most of them women and children.
The Border Guard Bangladesh said the landing point at Shah Porir Dwip will be closed from 6 a.m. tomorrow (Bangladesh time).

RESPONSE
Partners distributed 4,500 hot meals. The Joint Response Plan is 38 per cent funded (US$ 14.2 million received). Health posts operate daily from 08:00 to 17:00.

Since August 2017, more than 700,000 Rohingya have arrived in Cox's Bazar district.""",
"Bangladesh: Rohingya Refugee Response - Flash Update No. 7", True, ["bangladesh", "myanmar"], [], "Maungdaw township",
["Date: 25 September 2026", "1,200", "36 hours", "4,500", "38 per cent", "US$ 14.2 million", "daily 08:00-17:00 (recurring)", "since August 2017", "700,000"])

add("12_nepalgunj_border.txt", "wire, full dateline with weekday and year",
"""Nepal seals Jamunaha crossing after clashes with Indian traders

NEPALGUNJ, Nepal, Friday, October 2, 2026 (Himalaya News Service) - Nepal closed the Jamunaha border crossing with India's Uttar Pradesh at 14h30 on Thursday after clashes between traders and customs officers left nine people injured, the Banke district administration said.
India's Sashastra Seema Bal said the Rupaidiha side would reopen at 0600 IST on Sunday if calm held. About 1,500 trucks were stranded on the road to Lucknow.
The open border, 1,751 km long, is governed by a 1950 friendship treaty. Officials said the closure was limited to 72 hours.""",
"Nepal seals Jamunaha crossing after clashes with Indian traders", True, ["nepal", "india"], [], "Jamunaha border crossing",
["dateline date", "nine", "1,500 trucks", "1,751 km", "1950 treaty", "72 hours"])

add("13_bissau_what_we_know.txt", "timeline / what we know",
"""What we know: the coup attempt in Bissau

Updated 25 October 2026

- Heavy gunfire was first heard near the presidential palace at about half past eleven on Saturday night.
- Just after midnight, soldiers in armoured vehicles occupied the state broadcaster on Avenida Amílcar Cabral.
- At 02:10 a uniformed spokesman read a statement on state television announcing a "Military Command for the Restoration of Order".
- The airport and land borders were closed until further notice.
- Loyalist forces said they regained control of the palace in the morning. At least 11 people were killed.
- ECOWAS leaders will hold an emergency summit in Abuja on Tuesday at 10am (Abuja is UTC+1).
- Background: Guinea-Bissau has seen four successful coups since independence in 1974, and attempts in February 2022 and December 2023.""",
"What we know: the coup attempt in Bissau", True, ["guinea-bissau"], ["nigeria"], "Bissau",
["Updated 25 October 2026", "in the morning (vague)", "11 killed", "four coups since 1974", "February 2022", "December 2023"])

add("14_sahel24_tv_schedule.txt", "non-article: TV programme guide",
"""SAHEL 24 - PROGRAMME GUIDE
Tuesday 17 November 2026 (all times GMT)

06:00  Morning Bulletin
07:30  Market Watch
09:00  Documentary: The Road to Timbuktu (rpt)
12:00  Midday News - live from Niamey
13:30  Security Desk: Lake Chad weekly round-up
15:00  Football: Sahel Cup highlights
18:00  Evening News
19:30  Debate: Elections 2027
21:00  Film: Dunes of Fire (1998)
22:45  Late Edition

Programmes subject to change. Security Desk repeats Saturday at 10:00.
Advertising: +227 20 00 00 00""",
None, False, [], [], None, ["whole page is a schedule (recurring/listing times)"])

# ---------------- MD ----------------
add("15_gotland_cable.md", "markdown with YAML front matter, regional outlet",
"""---
title: "Swedish navy boards cargo ship after Baltic cable damage off Gotland"
date: 2026-11-04T10:20:00+01:00
source: Nordic Security Desk
tags: [baltic, sabotage]
---

# Swedish navy boards cargo ship after Baltic cable damage off Gotland

The operator of the data cable linking Gotland with Ventspils in Latvia registered a loss of signal at 03.47 on Tuesday, about 60 km east of Visby, the Swedish coast guard said.

Coast guard officers and navy divers boarded the Maltese-flagged bulk carrier *Aegean Star* at 1130 yesterday after it was seen dragging an anchor at 9 knots. Its 19 crew are being questioned.

A court hearing on whether to detain the vessel is scheduled for Thursday at 13:00.

The incident echoes the 2023 Balticconnector damage in the Gulf of Finland. The 218-km cable was laid in 2019.
""",
"Swedish navy boards cargo ship after Baltic cable damage off Gotland", True, ["sweden", "latvia", "baltic sea"], ["finland"], "off Gotland",
["front-matter date", "60 km", "9 knots", "19 crew", "2023 Balticconnector", "218-km", "2019"])

add("16_kandahar_market_blast.md", "markdown, byline date",
"""# Blast hits market in Kandahar city; Taliban order shops closed

*Kabul Bureau - 17 November 2026*

An explosion tore through a crowded fruit market at 9.15 in the morning local time in Kandahar on Monday, killing at least nine people and wounding 40, a Taliban provincial spokesman said.

Officials said all markets in the city would stay shut until noon on Wednesday while security forces search the area. Kandahar International Airport suspended flights for three hours.

No group has claimed responsibility. The Islamic State's regional affiliate has carried out several attacks in the south since the 2021 takeover. Highway 1 to Kabul remained open.
""",
"Blast hits market in Kandahar city; Taliban order shops closed", True, ["afghanistan"], ["kabul"], "Kandahar",
["byline date", "nine", "40", "three hours", "since 2021", "Highway 1"])

add("17_zahedan_police_station.md", "markdown with YAML front matter, outlet in translation",
"""---
title: "Gunmen attack police station in Zahedan; mobile internet cut"
published: 2026-11-30T09:00:00+03:30
translated_from: Persian
---

# Gunmen attack police station in Zahedan; mobile internet cut

Gunmen attacked a police station in the Shirabad district of Zahedan, capital of Sistan-Baluchestan province, at 22:40 Tehran time on Sunday, killing two officers, the IRNA news agency reported.

Mobile internet across the province was cut from midnight, according to the monitoring group NetBlocks. Funerals for the officers are due to be held tomorrow in Zahedan.

Tensions in the city have been high since "Bloody Friday" in September 2022. Protests have followed Friday prayers every week. Jaish al-Adl, which operates near the Pakistan border, has claimed similar attacks.
""",
"Gunmen attack police station in Zahedan; mobile internet cut", True, ["iran"], ["pakistan"], "Zahedan",
["front-matter date", "two officers", "September 2022", "every week after Friday prayers (recurring)"])

add("18_batken_border_fire.md", "markdown, wire",
"""**BISHKEK, 10 February 2026 (Central Asia Wire)**

# Kyrgyz and Tajik border guards exchange fire in Batken

Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Batken region at 1710 local time (1110 GMT) on Monday, Kyrgyzstan's border service said. One Kyrgyz guard was wounded.

The two sides agreed to a ceasefire from 20:00 Bishkek time on Monday, and delegations are to meet in Isfara on Thursday.

The 970-km frontier was the scene of deadly fighting in 2021 and 2022 before a border treaty was signed in March 2025.
""",
"Kyrgyz and Tajik border guards exchange fire in Batken", True, ["kyrgyzstan", "tajikistan"], [], "Kok-Tash, Batken region",
["dateline date", "one guard", "970-km", "2021 and 2022", "March 2025"])

add("19_tak_bai_bombs.md", "markdown with YAML front matter",
"""---
headline: "Twin bombs hit railway station in Narathiwat's Tak Bai"
date: 2026-02-24
outlet: Southern Thailand Monitor
---

# Twin bombs hit railway station in Narathiwat's Tak Bai

Two bombs exploded near a railway station in Tak Bai district, Narathiwat, at 14.30 on Monday, wounding four rangers, police said. The devices, each containing about 5 kg of explosives, were hidden in a motorbike parked on Route 4085.

State Railway of Thailand said services on the southern line beyond Hat Yai will resume from 06:00 on Thursday.

More than 7,000 people have been killed since the insurgency reignited in 2004.
""",
"Twin bombs hit railway station in Narathiwat's Tak Bai", True, ["thailand"], [], "Tak Bai district, Narathiwat",
["front-matter date", "four rangers", "5 kg", "Route 4085", "7,000", "since 2004"])

add("20_book_review_sahel.md", "non-article: book review",
"""---
title: "Review: Sand and Steel, a history of the Sahel wars"
date: 2026-03-12
section: Books
---

# Review: *Sand and Steel*, a history of the Sahel wars

Published on 3 March 2026 (Horizon Press, 412 pages, $29), *Sand and Steel* opens in the early hours of 22 March 2012, when mutinous soldiers marched on the presidential palace in Bamako shortly after 3 a.m.

The author, a former correspondent, moves briskly from the fall of Kidal in 2012 to the French withdrawal in August 2022. The chapter on the Ménaka convoy ambush, timed to the minute from 05:40 onwards, is the strongest.

Less convincing is the final section on Niger's July 2023 coup. Still, four stars.

The author will sign copies at 7pm on Thursday at the Left Bank bookshop.
""",
None, False, [], [], None, ["review of a book; historical times 22 March 2012 3 a.m., 05:40; signing event 7pm Thursday"])

# ---------------- HTML ----------------
add("21_zvecan_clashes.html", "news page (JSON-LD, <time>)", html_page(
"Clashes erupt in Zvečan as KFOR reinforces northern Kosovo | Balkan Desk",
"Clashes erupt in Zvečan as KFOR reinforces northern Kosovo",
"2026-11-09T12:40:00+01:00", "9 November 2026, 12:40",
["ZVEČAN, Kosovo - Protesters clashed with Kosovo police outside the municipal building in Zvečan from around 10 a.m. on Monday, throwing stones and flares, police said. Eleven officers were injured.",
 "Unrest began at 19:45 the previous evening, when a crowd blocked the road to Leposavić after the arrest of a local Serb official.",
 "KFOR said reinforcements from its reserve battalion would be in place by 18:00 CET. The NATO-led force has about 4,500 troops in Kosovo.",
 "Tensions have simmered since the September 2023 Banjska attack. Serbia's president said on Sunday he was \"deeply concerned\"."],
"Balkan Desk"),
"Clashes erupt in Zvečan as KFOR reinforces northern Kosovo", True, ["kosovo", "serbia"], [], "Zvečan",
["<time> pub stamp", "nav 'Daily briefing at 7am'", "Eleven officers", "4,500 troops", "September 2023", "said on Sunday", "footer © 2026, phone, $4.99"])

add("22_guayaquil_prison_liveblog.html", "live blog with posting stamps", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Live: Guayaquil prison riot - Andes Now</title></head>
<body>
<nav><a href="/">Andes Now</a> | <a href="/live">Live</a> | <a href="/ecuador">Ecuador</a></nav>
<h1>Live: Guayaquil prison riot - guards held hostage at Litoral Penitentiary</h1>
<p class="dateline">Live updates - Tuesday 20 January 2026 (all stamps UTC-5)</p>
<div class="entry"><span class="stamp">08:05</span>
<p>Inmates took 11 guards hostage in pavilion 8 of the Litoral Penitentiary around 5:40 this morning, the prison agency SNAI said.</p></div>
<div class="entry"><span class="stamp">09:12</span>
<p>President declares a 60-day state of emergency in the prison system. Armed forces are moving into the complex on the Vía a Daule.</p></div>
<div class="entry"><span class="stamp">11:58</span>
<p>Police say they regained control of pavilion 8 at 11.35, after tear gas was fired.</p></div>
<div class="entry"><span class="stamp">13:40</span>
<p>A curfew will apply in Guayaquil from 11 p.m. tonight, the interior ministry announces.</p></div>
<div class="entry"><span class="stamp">15:47</span>
<p>The last six guards were freed at 15:20, SNAI confirms. At least 315 inmates have died in prison violence since 2021.</p></div>
<footer>&copy; 2026 Andes Now | Tips: +593 4 000 0000</footer>
</body>
</html>
""",
"Live: Guayaquil prison riot - guards held hostage at Litoral Penitentiary", True, ["ecuador"], [], "Litoral Penitentiary, Guayaquil",
["posting stamps 08:05, 09:12, 11:58, 13:40, 15:47", "11 guards", "60-day", "pavilion 8", "315 inmates", "since 2021", "phone"])

add("23_miyako_carrier_press_release.html", "government/military press release", html_page(
"Press Release: Chinese Navy carrier activity in the Pacific (Joint Staff)",
"Movements of Chinese Navy vessels in the Pacific Ocean",
"2026-05-14T17:00:00+09:00", "May 14, 2026",
["Joint Staff Press Release - Ministry of Defense, Japan",
 "At approximately 1500 on May 13, the JMSDF confirmed the Chinese Navy aircraft carrier Fujian (hull number 18) and two Luyang III-class destroyers sailing southeast between Okinawa and Miyako islands.",
 "From 0600 to 1800 on May 14, fighter aircraft and helicopters were confirmed taking off from and landing on the carrier about 150 km south of Miyako Island. JASDF F-15J fighters scrambled in response.",
 "The Ministry of Defense will continue to conduct surveillance in waters around Japan. (Times are JST.)"],
"Ministry of Defense", jsonld=False),
"Movements of Chinese Navy vessels in the Pacific Ocean", True, ["japan", "china"], [], "between Okinawa and Miyako islands",
["release date", "hull number 18", "Luyang III", "150 km", "F-15J"])

add("24_pacaraima_troops.html", "news page (multi-zone country)", html_page(
"Brazil sends troops to Pacaraima after Venezuela border closure - Folha do Norte",
"Brazil sends troops to Pacaraima after Venezuela border closure",
"2026-08-25T15:30:00-03:00", "25/08/2026 15h30",
["Brazil's Defence Ministry said on Tuesday that 1,000 troops would begin arriving in Pacaraima, Roraima, at 7am Brasília time on Wednesday.",
 "Venezuela closed its side of the border crossing at 8 p.m. local time on Monday, leaving hundreds of migrants stranded on the BR-174 highway, 215 km north of Boa Vista.",
 "Operation Welcome has received Venezuelan migrants at the crossing since 2018."],
"Folha do Norte"),
"Brazil sends troops to Pacaraima after Venezuela border closure", True, ["brazil", "venezuela"], [], "Pacaraima, Roraima",
["pub stamp 25/08/2026 15h30", "said on Tuesday", "1,000 troops", "BR-174", "215 km", "since 2018"])

add("25_kuwait_drones.html", "news page (JSON-LD)", html_page(
"Kuwait intercepts three drones over north, closes airspace sector | Gulf Today Wire",
"Kuwait intercepts three drones over north, closes airspace sector",
"2026-09-17T10:05:00+03:00", "Thursday 17 September 2026 10:05 AST",
["KUWAIT CITY - Kuwait's army said air defences intercepted three drones over the north of the country at 0340 local time (0040 GMT) on Thursday. Debris fell in an empty area near Abdali, about 15 km from the Iraqi border.",
 "The Directorate General of Civil Aviation closed the northern airspace sector from 4 a.m. until 9 a.m., diverting two flights.",
 "Kuwait has kept its forces on heightened alert since the 1990 invasion anniversary in August."],
"Gulf Today Wire"),
"Kuwait intercepts three drones over north, closes airspace sector", True, ["kuwait"], ["iraq"], "north of Kuwait",
["pub stamp", "three drones", "15 km", "two flights", "1990", "in August"])

add("26_burundi_rwanda_border.html", "news page", html_page(
"Burundi to close border with Rwanda after Cibitoke attack",
"Burundi to close border with Rwanda after Cibitoke attack",
"2026-03-16T14:00:00+02:00", "16 March 2026",
["BUJUMBURA - Burundi's interior ministry said the border with Rwanda would close at midnight tonight, after gunmen attacked Buganda commune in Cibitoke province at around 9 p.m. on Saturday, killing seven civilians.",
 "The government blamed the RED-Tabara rebel group, which it says is backed by Kigali. Rwanda denied the accusation.",
 "The two neighbours previously closed their frontier in January 2024; relations have been strained since the 2015 crisis."],
"Great Lakes Observer"),
"Burundi to close border with Rwanda after Cibitoke attack", True, ["burundi", "rwanda"], [], "Buganda commune, Cibitoke province",
["pub date", "seven civilians", "January 2024", "since 2015"])

add("27_mocimboa_hostages.html", "news page", html_page(
"Fourteen hostages freed near Mocímboa da Praia | Mozambique Monitor",
"Fourteen hostages freed near Mocímboa da Praia",
"2026-07-30T09:45:00+02:00", "30 July 2026",
["PEMBA - Fourteen hostages held by Islamic State-linked insurgents in Cabo Delgado were handed over to Rwandan and Mozambican forces at 11h00 on Wednesday near Mocímboa da Praia, the provincial government said.",
 "The group, including five children, had been seized on the 14th during a raid on a village on the N380 road. They will be flown to Pemba tomorrow morning for medical checks.",
 "The insurgency has displaced more than a million people since 2017. Tanzania has reinforced its side of the Rovuma river border."],
"Mozambique Monitor"),
"Fourteen hostages freed near Mocímboa da Praia", True, ["mozambique"], ["tanzania"], "near Mocímboa da Praia",
["pub date", "five children", "N380", "a million", "since 2017"])

add("28_choluteca_count_violence.html", "news page (JSON-LD)", html_page(
"Gunmen attack vote-count centre in Choluteca; recount suspended - Centroamérica Hoy",
"Gunmen attack vote-count centre in Choluteca; recount suspended",
"2026-12-01T08:30:00-06:00", "1 December 2026, 08:30",
["TEGUCIGALPA - Gunmen opened fire on a municipal vote-counting centre in Choluteca at a quarter to midnight on Sunday, wounding two election workers, police said.",
 "Honduras's National Electoral Council said it would resume the count at 8:00 a.m. (UTC-6) on Wednesday under military guard.",
 "The rerun vote covers 12 municipalities. Honduras has struggled with post-election unrest since the 2009 coup and the disputed 2017 vote."],
"Centroamérica Hoy"),
"Gunmen attack vote-count centre in Choluteca; recount suspended", True, ["honduras"], [], "Choluteca",
["pub stamp", "two election workers", "12 municipalities", "2009", "2017"])

add("29_vaasa_port_ransomware.html", "news page (year change)", html_page(
"Ransomware attack halts Vaasa port systems on New Year's Eve | Nordic Cyber News",
"Ransomware attack halts Vaasa port systems on New Year's Eve",
"2026-01-01T13:15:00+02:00", "1.1.2026 13:15",
["VAASA, Finland - Cargo and passenger systems at the Port of Vaasa went offline at 23.50 on 31 December after a ransomware attack, the port company said.",
 "Ferry sailings to Umeå are cancelled until 2 pm on Friday. The attackers demanded 1.2 million euros in cryptocurrency; the port said it would not pay.",
 "Finland's cyber security centre said it had handled 40 per cent more incidents in 2025 than the year before."],
"Nordic Cyber News"),
"Ransomware attack halts Vaasa port systems on New Year's Eve", True, ["finland"], ["sweden"], "Port of Vaasa",
["pub stamp 1.1.2026 13:15", "1.2 million euros", "40 per cent", "2025", "the year before"])

add("30_mfa_press_archive.html", "non-article: press-release archive index", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Press releases - archive, page 3 | Ministry of Foreign Affairs</title></head>
<body>
<nav><a href="/">Ministry of Foreign Affairs</a> | <a href="/press">Press</a> | <a href="/travel">Travel advice</a></nav>
<h2>Press releases</h2>
<p>Showing 21-30 of 412 results. Sorted by date (newest first).</p>
<ul class="archive">
<li><time datetime="2026-06-12T14:30">12.06.2026 14:30</time> <a href="/press/412">Statement on the situation in the Sahel</a></li>
<li><time datetime="2026-06-10T09:00">10.06.2026 09:00</time> <a href="/press/411">Minister to visit Nouakchott on 15 June</a></li>
<li><time datetime="2026-06-08T18:45">08.06.2026 18:45</time> <a href="/press/410">Travel advice for Cabo Delgado updated</a></li>
<li><time datetime="2026-06-05T11:20">05.06.2026 11:20</time> <a href="/press/409">Joint communique after talks in Astana</a></li>
<li><time datetime="2026-06-03T16:00">03.06.2026 16:00</time> <a href="/press/408">Embassy in Tripoli resumes consular services from Monday</a></li>
</ul>
<p><a href="?page=2">Previous</a> | <a href="?page=4">Next</a></p>
<footer>Press office open weekdays 08:30-17:00. Tel. +49 30 0000 0000</footer>
</body>
</html>
""",
None, False, [], [], None, ["archive listing with posting times"])

# ---------------- JSON ----------------
add("31_honiara_curfew.json", "json wire", js("sol-2026-1020-01",
"Curfew declared in Honiara after Chinatown arson",
"Pacific Islands Wire", "https://example.org/pacific/honiara-curfew",
"2026-10-20T18:30:00+11:00",
"HONIARA, Solomon Islands - Police declared a curfew in Honiara from 6pm on Tuesday to 6am Wednesday after rioters set fire to shops in Chinatown at around 1 in the afternoon today.\n\nAt least 20 buildings were damaged. Australian police officers are due to arrive on Thursday under a bilateral security treaty signed in 2017. New Zealand said it was monitoring events.\n\nSimilar riots broke out in November 2021. Police hotline: 999."),
"Curfew declared in Honiara after Chinatown arson", True, ["solomon islands", "australia"], ["new zealand"], "Honiara",
["published", "to 6am Wednesday (range end)", "20 buildings", "2017", "November 2021", "999"])

add("32_myanmar_sanctions.json", "json wire (sanctions taking effect)", js("us-2026-0605-mm",
"US sanctions on Myanmar jet-fuel suppliers to take effect June 15",
"Capital Wire", "https://example.org/world/myanmar-jet-fuel-sanctions",
"2026-06-05T14:10:00-04:00",
"WASHINGTON - New US sanctions on three companies accused of supplying aviation fuel to Myanmar's military take effect at 12:01 a.m. EDT on June 15, the Treasury Department said on Thursday.\n\nThe measures follow an airstrike on a monastery in Sagaing region last month that killed 23 people. Companies have a 30-day wind-down period. Fines can reach $1 million per violation under Executive Order 14014.\n\nThe military has ruled since the February 2021 coup."),
"US sanctions on Myanmar jet-fuel suppliers to take effect June 15", True, ["myanmar", "united states"], [], "Washington",
["published", "said on Thursday", "last month", "23 people", "30-day", "$1 million", "EO 14014", "February 2021"])

add("33_araucania_emergency.json", "json wire (southern-hemisphere DST)", js("cl-2026-1201-araucania",
"Chile declares state of emergency in Araucanía after truck attacks",
"Andes Wire", "https://example.org/chile/araucania-emergency",
"2026-12-01T20:15:00-03:00",
"TEMUCO, Chile - The government declared a state of emergency in Araucanía and Biobío that takes effect at 00:00 on Thursday 3 December, after gunmen burned 14 forestry trucks near Ercilla at 3.20 a.m. on Monday.\n\nThe measure will last 15 days and allows troops to patrol Route 5. Chile has used similar powers in the region since 2022."),
"Chile declares state of emergency in Araucanía after truck attacks", True, ["chile"], [], "Araucanía",
["published", "14 trucks", "15 days", "Route 5", "since 2022"])

add("34_ras_jedir_clash.json", "json regional outlet in translation", js("tn-2026-0428-rj",
"Tunisian forces clash with smugglers near Ras Jedir; crossing shut",
"Maghreb Daily (translated from French)", "https://example.org/tunisie/ras-jedir",
"2026-04-28T11:00:00+01:00",
"BEN GUERDANE - Tunisian National Guard units clashed with armed smugglers near the Ras Jedir crossing with Libya at around two in the morning on Monday, the interior ministry said. One officer was wounded and 3 vehicles loaded with fuel were seized.\n\nThe Ras Jedir crossing will remain shut until Thursday. Traders from Ben Guerdane said the closure costs them about 2 million dinars a day.\n\nAlgeria recently tightened its own eastern border controls. The crossing was also closed for several months in 2024."),
"Tunisian forces clash with smugglers near Ras Jedir; crossing shut", True, ["tunisia", "libya"], ["algeria"], "Ras Jedir crossing",
["published", "3 vehicles", "2 million dinars", "several months in 2024", "recently"])

add("35_cedros_fishermen.json", "json wire", js("tt-2026-1013-cedros",
"Venezuelan coast guard frees Trinidad fishermen seized off Cedros",
"Caribbean News Agency", "https://example.org/tt/cedros-fishermen",
"2026-10-13T09:30:00-04:00",
"PORT OF SPAIN - Five Trinidadian fishermen seized by the Venezuelan coast guard off Cedros at 1930 hrs on Sunday were released at 4:15 p.m. yesterday, Trinidad and Tobago's foreign ministry said.\n\nThe pirogue was intercepted about 11 km from the Cedros coast in the Gulf of Paria. The fishermen said they were held at Güiria. Their families had paid a 'fine' of US$2,500.\n\nSeizures of this kind have been reported since 2019."),
"Venezuelan coast guard frees Trinidad fishermen seized off Cedros", True, ["trinidad and tobago", "venezuela"], [], "off Cedros",
["published", "Five", "11 km", "US$2,500", "since 2019"])

add("36_obituary_general.json", "non-article: obituary", js("obit-2026-0916",
"Obituary: General Levan Kartvelishvili, 1941-2026",
"Caucasus Review", "https://example.org/obituaries/kartvelishvili",
"2026-09-16T08:00:00+04:00",
"General Levan Kartvelishvili, who commanded Georgian units in Abkhazia in 1993, died at 4.10 a.m. on Saturday at a hospital in Tbilisi. He was 85.\n\nBorn in Kutaisi on 3 May 1941, he joined the Soviet army in 1959 and later taught at the defence academy. On the night of 27 September 1993, as Sukhumi fell, he led the last column out of the city just before dawn.\n\nA memorial service will be held at 11:00 on Friday at the Holy Trinity Cathedral. He is survived by his wife and two daughters."),
None, False, [], [], None, ["obituary: death time, history, memorial service"])

# ---------------- XML ----------------
add("37_matsu_cable_cut.xml", "RSS item (wire)", rss("Taiwan Strait Monitor",
"Matsu cable cut again; Chinese coast guard ships enter Nangan waters",
"https://example.org/taiwan/matsu-cable-cut", "Mon, 06 Apr 2026 08:15:00 +0800",
"NANGAN, Matsu - Chunghwa Telecom said the Taiwan-Matsu No. 3 submarine cable was cut at 8:10 p.m. on Saturday, leaving the islands on backup microwave links. Four Chinese coast guard vessels entered restricted waters off Nangan at 0615 this morning, Taiwan's Coast Guard Administration said. In 2023 two cuts left Matsu with degraded internet for about 50 days. The cable has a capacity of 100 Gbps."),
"Matsu cable cut again; Chinese coast guard ships enter Nangan waters", True, ["taiwan", "china"], [], "Matsu",
["pubDate", "No. 3", "Four vessels", "2023", "50 days", "100 Gbps"])

add("38_agadez_curfew.xml", "RSS item (wire)", rss("Sahel Security Feed",
"Niger imposes curfew in Agadez after attack on military convoy",
"https://example.org/niger/agadez-curfew", "Mon, 02 Feb 2026 17:45:00 GMT",
"AGADEZ, Niger - Niger's military authorities imposed a curfew in Agadez beginning at 21:00 tonight, after gunmen ambushed a convoy on the road to Arlit on Sunday at 1600 GMT+1, killing nine soldiers. The curfew will remain until further notice, the regional governor said on radio. The uranium town of Arlit lies 240 km to the north. Niger's junta has been in power since July 2023."),
"Niger imposes curfew in Agadez after attack on military convoy", True, ["niger"], [], "Agadez",
["pubDate", "nine soldiers", "240 km", "since July 2023"])

add("39_storskog_helicopter.xml", "RSS item (regional outlet)", rss("High North News Feed",
"Norway to summon Russian envoy after helicopter crosses border near Storskog",
"https://example.org/norway/storskog-helicopter", "Tue, 30 Jun 2026 14:20:00 +0200",
"KIRKENES, Norway - A Russian military Mi-8 helicopter crossed into Norwegian airspace near the Storskog border station at 10:05 local time yesterday and stayed for about four minutes, the Norwegian Joint Headquarters said. Norway will summon the Russian chargé d'affaires on Wednesday at 11:00. GPS jamming has disrupted Widerøe flight WF 944 and other services in Finnmark repeatedly since 2017. The helicopter flew at about 150 metres."),
"Norway to summon Russian envoy after helicopter crosses border near Storskog", True, ["norway", "russia"], [], "Storskog",
["pubDate", "Mi-8", "four minutes", "WF 944", "since 2017", "150 metres"])

add("40_mahahual_semisubmersible.xml", "RSS item (multi-zone country)", rss("Mexico Security Wire",
"Mexican navy seizes cocaine semi-submersible off Mahahual",
"https://example.org/mexico/mahahual-semisubmersible", "Mon, 03 Aug 2026 22:10:00 -0500",
"CHETUMAL, Quintana Roo - The Mexican navy intercepted a semi-submersible carrying 3.2 tonnes of cocaine off Mahahual at 13:20 local time (12:20 Mexico City time) on Sunday, the Navy Secretariat said. A joint operation in Chetumal began at dawn today with raids on six properties. Three crew members, two of them from Colombia, were detained. The vessel had sailed from near the Belize border. A similar seizure was made in 2019."),
"Mexican navy seizes cocaine semi-submersible off Mahahual", True, ["mexico"], ["belize", "colombia"], "off Mahahual",
["pubDate", "3.2 tonnes", "six properties", "Three crew", "2019", "Colombia (in passing)"])
