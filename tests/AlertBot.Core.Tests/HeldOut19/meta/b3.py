ITEMS = []
A = ITEMS.append

A(dict(f="21_port-louis-tide-table.txt", h="Tide Predictions - Port Louis Harbour", alert=False,
 topics=[], nt=[], loc=None, kt=[],
 ex="not news: a harbour tide table; high/low water times, heights and the 'Published 05 Oct 2026 10:00 MUT' line are schedule data, not events",
 man="NON-ARTICLE: plain-text tide table from Mauritius Meteorological Services · Port Louis · Indian/Mauritius (MUT, UTC+4) · dense clock/day grid with weekdays and heights that resembles a timeline",
 body="""
MAURITIUS METEOROLOGICAL SERVICES
Vacoas, Mauritius  |  Tel: (230) 686 1031

Tide Predictions - Port Louis Harbour
Lat 20°09'S  Long 57°30'E     Times in Mauritius Time (MUT, UTC+4)     Heights in metres above Chart Datum

Week of 12 - 18 October 2026

Date          Day   Time    Ht    Time    Ht    Time    Ht    Time    Ht
12 Oct 2026   Mon   03:14  0.21   09:41  0.68   15:52  0.19   22:06  0.71
13 Oct 2026   Tue   03:58  0.18   10:20  0.70   16:31  0.17   22:47  0.73
14 Oct 2026   Wed   04:40  0.16   10:58  0.71   17:10  0.16   23:27  0.74
15 Oct 2026   Thu   05:21  0.16   11:36  0.71   17:48  0.17   --:--  ----
16 Oct 2026   Fri   00:08  0.73   06:03  0.18   12:15  0.69   18:27  0.20
17 Oct 2026   Sat   00:50  0.70   06:47  0.21   12:56  0.66   19:09  0.24
18 Oct 2026   Sun   01:35  0.66   07:34  0.25   13:41  0.62   19:55  0.28

Sunrise 05:47 / Sunset 18:14 (12 Oct)
Predictions are computed from harmonic constants and do not include meteorological effects
(storm surge, swell). Mariners should consult the Port Louis Harbour Master on VHF Ch 16.

Published 05 Oct 2026 10:00 MUT - Marine Services Division
"""))

A(dict(f="22_mir-ali-checkpost-attack.json", h="Seven soldiers martyred as militants storm checkpost in North Waziristan", alert=True,
 topics=["pakistan"], nt=["afghanistan"], loc="Mir Ali",
 kt=[("at around 3:40am on Friday","2026-09-18T03:40","Asia/Karachi","Friday",None),
     ("reopen at 8am on Sunday","2026-09-20T08:00","Asia/Karachi","Sunday",None)],
 ex="meta.published 'September 18, 2026' and 'updated 12:47 PKT' (stamps); 'in a statement issued at 11am' (time of saying); 'since the 2014 Zarb-e-Azb operation' (background); 'seven soldiers', 'four militants' (counts); 'for two hours' (duration)",
 man="nested JSON (article.meta / article.content.paragraphs), The Express Tribune · Mir Ali, North Waziristan, Pakistan · Asia/Karachi (PKT, UTC+5) · pre-dawn clock -> previous UTC day; statement time distractor; future border reopening",
 body="""{
  "article": {
    "meta": {
      "site": "The Express Tribune",
      "section": "Pakistan / Khyber-Pakhtunkhwa",
      "published": "September 18, 2026",
      "updated": "12:47 PKT",
      "byline": {"name": "Noor Wazir", "place": "MIRAMSHAH"},
      "slug": "2581447/seven-soldiers-martyred-as-militants-storm-checkpost-in-north-waziristan"
    },
    "headline": "Seven soldiers martyred as militants storm checkpost in North Waziristan",
    "summary": "Four attackers killed in exchange of fire, says ISPR",
    "content": {
      "paragraphs": [
        "Seven soldiers were martyred when militants attacked a security forces checkpost near Mir Ali in North Waziristan at around 3:40am on Friday, the military's media wing said.",
        "In a statement issued at 11am, the Inter-Services Public Relations (ISPR) said troops responded effectively and that four militants were killed in the exchange of fire, which continued for two hours.",
        "Officials said the Ghulam Khan border crossing with Afghanistan had been closed as a precaution and would reopen at 8am on Sunday.",
        "The tribal district has seen repeated attacks despite military operations since the 2014 Zarb-e-Azb operation."
      ]
    },
    "related": [
      {"title": "KP police step up security in Bannu", "id": 2581302},
      {"title": "Terror incidents rise in third quarter: report", "id": 2580991}
    ]
  }
}
"""))

A(dict(f="23_samba-drones-blackout.txt", h="Drones spotted along IB in Samba, blackout enforced; schools shut on Monday", alert=True,
 topics=["india","pakistan"], nt=[], loc="Samba",
 kt=[("around 8.50pm on Saturday","2026-05-09T20:50","Asia/Kolkata","Saturday",None),
     ("blackout was enforced in Samba town at 9.30pm","2026-05-09T21:30","Asia/Kolkata",None,None),
     ("remain closed on Monday","2026-05-11","Asia/Kolkata","Monday",None)],
 ex="'Updated on May 10, 2026 01:12 AM IST' (stamp); 'NH-44' (road number); 'for nearly 20 minutes' (duration); 'last May' (background); 'five drones' (count)",
 man="plain-text copy of Hindustan Times · Samba, Jammu & Kashmir, India · Asia/Kolkata (IST = India, UTC+5:30) · half-hour offset; 'IST' is India here; date-only school closure",
 body="""
hindustantimes
Home / India News

Drones spotted along IB in Samba, blackout enforced; schools shut on Monday

By Ravi Krishnan Khajuria, Jammu
Updated on May 10, 2026 01:12 AM IST

At least five suspected Pakistani drones were spotted hovering over forward villages along the International Border (IB) in Jammu's Samba district around 8.50pm on Saturday, prompting Border Security Force (BSF) troops to open fire, officials said.

The drones hovered for nearly 20 minutes over Ramgarh and Bain Glad before returning towards Pakistan, a BSF spokesperson said.

As a precaution, a complete blackout was enforced in Samba town at 9.30pm and traffic on the NH-44 stretch near the town was halted. The Samba deputy commissioner said schools in the district will remain closed on Monday.

The area saw intense cross-border shelling last May, and residents said they were stocking up on essentials.

Trending: IPL 2026 final tickets | Monsoon update
"""))

A(dict(f="24_birgunj-curfew-gdocs.md", h="Curfew clamped in Birgunj after clashes", alert=True,
 topics=["nepal"], nt=["india"], loc="Birgunj",
 kt=[("around 10:30 am","2026-11-24T10:30","Asia/Kathmandu",None,"+05:45"),
     ("from 2 pm to 10 pm today","2026-11-24T14:00","Asia/Kathmandu",None,"+05:45"),
     ("at 11 am on Wednesday","2026-11-25T11:00","Asia/Kathmandu","Wednesday","+05:45")],
 ex="'Last edited: 24 Nov 2026, 16:05 NPT' and 'Filed 3:40 pm' (stamps); 'to 10 pm' (range end); 'Ghantaghar' etc.; 'in 2015' (background); '37 people' (count)",
 man="Markdown from a Google-Docs export of a Himalayan Times desk copy (comments, headings, suggested edits) · Birgunj, Parsa, Nepal · Asia/Kathmandu (NPT, UTC+5:45) · quarter-hour offset; curfew range (start only); 'today' relative to doc date",
 body="""
<!-- Exported from Google Docs · "HT desk – Birgunj curfew – FINAL" · Last edited: 24 Nov 2026, 16:05 NPT -->

# Curfew clamped in Birgunj after clashes

**THE HIMALAYAN TIMES — Kathmandu desk** · Filed 3:40 pm · Tuesday, November 24, 2026

Reporter: *Ram Sarraf, Birgunj*

## Lede

The District Administration Office, Parsa, has clamped a curfew in the core area of Birgunj Metropolitan City from 2 pm to 10 pm today after clashes between two groups of protesters turned violent.

## Body

Clashes broke out around 10:30 am near Ghantaghar when supporters of rival groups hurled stones at each other during a protest over the removal of a statue. Police fired tear gas shells and rubber bullets. At least 37 people, including 12 police personnel, were injured.

Chief District Officer Bhola Dahal said the curfew could be extended. Security has been beefed up along the border with India at the Birgunj–Raxaul crossing.

## Next steps

An all-party meeting will be held at the DAO at 11 am on Wednesday.

## Background

Birgunj was the centre of the Madhes blockade in 2015.

> **Comment (Sub-editor):** check spelling of CDO name — resolved
"""))

A(dict(f="25_barmal-airstrikes-newsml.xml", h="Pakistani airstrikes hit Barmal district of Paktika, Taliban say", alert=True,
 topics=["afghanistan","pakistan"], nt=["qatar"], loc="Barmal",
 kt=[("at around 1:30 am on Thursday","2026-10-15T01:30","Asia/Kabul","Thursday","+04:30"),
     ("travel to Doha on Saturday","2026-10-17","Asia/Kabul","Saturday",None)],
 ex="pubDate 'Thu, 15 Oct 2026 09:20:00 +0430', versionCreated and firstCreated (stamps); 'said in a post at 7 am' (time of saying); 'since 2021' (background); '11 civilians' (count)",
 man="RSS 2.0 item carrying a NewsML-G2-like newsItem (IPTC namespace) with inlineXML body, Khaama Press · Barmal, Paktika, Afghanistan · Asia/Kabul (UTC+4:30) · half-hour offset, pre-dawn -> previous UTC day; date-only Doha talks",
 body="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:nar="http://iptc.org/std/nar/2006-10-01/">
<channel>
<title>Khaama Press News Agency</title>
<link>https://www.khaama.com</link>
<description>Afghanistan news</description>
<item>
<title>Pakistani airstrikes hit Barmal district of Paktika, Taliban say</title>
<link>https://www.khaama.com/pakistani-airstrikes-hit-barmal-district-of-paktika-taliban-say/</link>
<pubDate>Thu, 15 Oct 2026 09:20:00 +0430</pubDate>
<guid>khaama-2026-10-15-barmal</guid>
<nar:newsItem guid="urn:newsml:khaama.com:20261015:barmal" version="2" standard="NewsML-G2" standardversion="2.29">
 <nar:itemMeta>
  <nar:itemClass qcode="ninat:text"/>
  <nar:provider literal="Khaama Press"/>
  <nar:versionCreated>2026-10-15T10:02:00+04:30</nar:versionCreated>
  <nar:firstCreated>2026-10-15T09:20:00+04:30</nar:firstCreated>
 </nar:itemMeta>
 <nar:contentMeta>
  <nar:located literal="Paktika"/>
  <nar:headline>Pakistani airstrikes hit Barmal district of Paktika, Taliban say</nar:headline>
  <nar:by>Khaama Press</nar:by>
 </nar:contentMeta>
 <nar:contentSet>
  <nar:inlineXML contenttype="application/xhtml+xml">
   <html xmlns="http://www.w3.org/1999/xhtml"><body>
   <p>Pakistani military aircraft struck several villages in the Barmal district of southeastern Paktika province at around 1:30 am on Thursday, killing at least 11 civilians, Taliban officials said.</p>
   <p>A spokesman for the Islamic Emirate said in a post at 7 am that the strikes were "a violation of Afghanistan's sovereignty" and warned of a response.</p>
   <p>Pakistan's military did not comment. Islamabad has accused the Taliban of sheltering TTP fighters since 2021.</p>
   <p>An Islamic Emirate delegation will travel to Doha on Saturday for talks mediated by Qatar, the foreign ministry in Kabul said.</p>
   </body></html>
  </nar:inlineXML>
 </nar:contentSet>
</nar:newsItem>
</item>
</channel>
</rss>
"""))

A(dict(f="26_aktau-port-drone.txt", h="Drone debris falls near Aktau port, operations suspended", alert=True,
 topics=["kazakhstan"], nt=["russia","azerbaijan"], loc="Aktau",
 kt=[("at 3:05 a.m. local time","2026-09-30T03:05","Asia/Aqtau",None,None),
     ("resume at 2 p.m. today","2026-09-30T14:00","Asia/Aqtau",None,None)],
 ex="'30 September 2026 10:40' (publication stamp, Astana time, same UTC+5); 'in March 2024' (background: single time zone change); '300 meters' (distance); 'for about 11 hours' (duration)",
 man="plain text, The Astana Times · Aktau, Mangystau, Kazakhstan · Asia/Aqtau (UTC+5; Kazakhstan unified zones in 2024) · old tables may give Almaty +6; pre-dawn -> previous UTC day; future resumption",
 body="""
THE ASTANA TIMES
Nation | Politics | Economy | Region | World

Drone debris falls near Aktau port, operations suspended

By Zhanel Dauletova in NATION on 30 September 2026 10:40

ASTANA - Debris from an unidentified drone fell on the territory of the Aktau International Sea Trade Port in western Kazakhstan at 3:05 a.m. local time, the Ministry of Emergency Situations reported on Wednesday.

The object fell about 300 meters from an oil loading terminal and caused a small fire that was extinguished within an hour. No one was hurt.

The port suspended loading operations as a precaution. They will resume at 2 p.m. today after inspection, meaning a halt of about 11 hours, port authority spokesperson Dana Sarsenova said.

The Foreign Ministry said it was in contact with Russia and Azerbaijan to establish the origin of the drone.

Kazakhstan moved to a single time zone, UTC+5, in March 2024.

Share: Facebook · Telegram · X
"""))

A(dict(f="27_podlaskie-border-daily-report.txt", h="Sytuacja na granicy z Białorusią - raport dobowy / Daily report on the situation at the border with Belarus", alert=True,
 topics=["poland","belarus"], nt=[], loc="Dubicze Cerkiewne",
 kt=[("At 23:40 on 31 October","2026-10-31T23:40","Europe/Warsaw",None,None),
     ("from 06:00 on 3 November","2026-11-03T06:00","Europe/Warsaw",None,None)],
 ex="'Report generated 01.11.2026 08:00' (stamp); '24-hour summary (31.10.2026 08:00 - 01.11.2026 08:00)' (reporting period, not an event); '214 attempts' etc. in the 24-hour summary (counts); 'since 2021' (background); 'for 48 hours' (duration); phone '+48 85 714 xx xx'",
 man="plain-text border guard daily report (Straż Graniczna, Podlaski Oddział), bilingual header · Dubicze Cerkiewne / Bobrowniki, Poland · Europe/Warsaw (CET, UTC+1, first week after DST end) · time near midnight; future freight closure",
 body="""
STRAŻ GRANICZNA - PODLASKI ODDZIAŁ
Sytuacja na granicy z Białorusią - raport dobowy / Daily report on the situation at the border with Belarus
Report generated 01.11.2026 08:00

24-hour summary (31.10.2026 08:00 - 01.11.2026 08:00):
- attempts to cross the border illegally: 214
- persons detained: 9
- facilitators (drivers) detained: 2
- damage to the barrier: 4 places

Incidents:
At 23:40 on 31 October a group of about 60 people attempted to force the barrier near Dubicze Cerkiewne (Hajnówka section). Stones and tree branches were thrown at the patrol; one officer was injured in the arm. Belarusian services were observed on the other side escorting the group to the fence. Soldiers of the Podlasie task force supported the patrol.

Announcement:
By decision of the Minister of the Interior, the Bobrowniki road border crossing will be closed to freight traffic for 48 hours from 06:00 on 3 November due to the situation on the Belarusian side.

Since 2021 the Podlasie section has been under pressure from migration instrumentalised by Belarus.

Press officer: kpt. SG Marta Wierzbicka, tel. +48 85 714 xx xx
"""))

A(dict(f="28_kharkiv-liveblog-clock-change.html", h="Russian overnight attack on Ukraine: live updates", alert=True,
 topics=["ukraine","russia"], nt=[], loc="Kharkiv",
 kt=[("hit an industrial site at 08:52","2026-10-25T08:52","Europe/Kyiv",None,"+02:00"),
     ("at 05:48","2026-10-25T05:48","Europe/Kyiv",None,"+02:00"),
     ("at 02:15 (summer time, before the clocks went back)","2026-10-25T02:15","Europe/Kyiv",None,"+03:00"),
     ("extraordinary session on Tuesday","2026-10-27","Europe/Kyiv","Tuesday",None)],
 ex="entry stamps [09:15], [07:20], [06:05], [01:10] (publication times of entries); 'Updated 25 October 2026, 09:15' (stamp); 'air raid alert lasted more than six hours' (duration); '47 Shahed drones' (count); 'since February 2022' (background)",
 man="HTML liveblog, Hromadske English, reverse order (newest first) with entry stamps · Kharkiv and Kyiv region, Ukraine · Europe/Kyiv on DST end night 25 Oct (EEST +3 until 04:00, EET +2 after) · entry stamps vs event clocks; one clock explicitly in summer time; reverse order",
 body="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Russian overnight attack on Ukraine: live updates | Hromadske</title></head>
<body>
<header><a class="logo" href="/en">hromadske</a><nav><a>News</a> <a>War</a> <a>Explainers</a> <a>Podcasts</a> <a>Українською</a></nav></header>
<main>
<h1>Russian overnight attack on Ukraine: live updates</h1>
<p class="lead">Sunday, 25 October 2026. Ukraine switched to winter time at 04:00 today; times after the change are EET (UTC+2).</p>
<p class="updated">Updated 25 October 2026, 09:15</p>
<div class="live-feed">
 <div class="entry"><span class="time">[09:15]</span><p>Kharkiv mayor: a guided aerial bomb hit an industrial site at 08:52 in the Industrialnyi district. Two people injured.</p></div>
 <div class="entry"><span class="time">[07:20]</span><p>Kyiv Oblast head: drone debris fell on a private house in Bucha district at 02:15 (summer time, before the clocks went back). No casualties. The air raid alert in the capital region lasted more than six hours.</p></div>
 <div class="entry"><span class="time">[06:05]</span><p>Explosions in Kharkiv. The regional governor says a drone struck a power substation at 05:48; parts of the city are without electricity.</p></div>
 <div class="entry"><span class="time">[01:10]</span><p>The Air Force reports groups of Shahed drones moving from the north toward Kharkiv and Kyiv regions. In total, Russia launched 47 Shahed drones overnight, according to preliminary data.</p></div>
</div>
<p>Parliament speaker: the Verkhovna Rada will hold an extraordinary session on Tuesday on energy protection. Russia has been attacking Ukraine's energy system since February 2022.</p>
<div class="share">Share: Facebook · X · Telegram</div>
<aside><h3>Read also</h3><ul><li>How Ukraine's energy grid is preparing for winter</li><li>Explainer: what is a guided aerial bomb</li></ul></aside>
</main>
<footer>© Hromadske 2026 · We use cookies · <a>Privacy policy</a></footer>
</body></html>
"""))

A(dict(f="29_iaea-znpp-offsite-power.json", h="Update 341 – IAEA Director General Statement on Situation in Ukraine", alert=True,
 topics=["ukraine"], nt=[], loc="Zaporizhzhya Nuclear Power Plant",
 kt=[("at 05:37 local time (02:37 UTC)","2026-07-22T05:37","Europe/Kyiv","Wednesday","+03:00"),
     ("Board of Governors on Friday","2026-07-24","Europe/Kyiv","Friday",None)],
 ex="'Update 341' and press release number '2026/112' (numbers); 'date': '22 July 2026' and 'time': '18:30 CEST' (publication in Vienna time); '750 kilovolt (kV)' and '330 kV' (line ratings); 'since the conflict began in February 2022' (background); 'for at least ten days' (duration of diesel fuel)",
 man="JSON (IAEA press-release API: {id, date, time, title, body:[...]}) · Zaporizhzhya NPP, Enerhodar, Ukraine · Europe/Kyiv (EEST +3), publication in CEST · time given local and UTC (one key); numbers like 750 kV and Update 341; date-only Board briefing",
 body="""{
  "id": "2026/112",
  "type": "Press Release",
  "date": "22 July 2026",
  "time": "18:30 CEST",
  "title": "Update 341 – IAEA Director General Statement on Situation in Ukraine",
  "body": [
    "The Zaporizhzhya Nuclear Power Plant (ZNPP) lost all off-site power for the tenth time since the conflict began in February 2022, after its last remaining 750 kilovolt (kV) power line was disconnected at 05:37 local time (02:37 UTC) today, the IAEA Director General said.",
    "All 20 emergency diesel generators started automatically, and the six shut-down reactor units continue to receive the cooling they need. The site has enough diesel fuel for at least ten days, the IAEA team present at the plant was informed.",
    "The back-up 330 kV line has been disconnected since early July. The IAEA team reported hearing military activity at various distances from the site throughout the day.",
    "The Director General will inform the IAEA Board of Governors on Friday about the situation at the plant."
  ],
  "related_topics": ["Nuclear Safety and Security", "Ukraine"],
  "contact": "IAEA Press Office, +43 1 2600 21273"
}
"""))

A(dict(f="30_shannon-drone-flights-diverted.md", h="Flights diverted from Shannon after drone sighting near airfield", alert=True,
 topics=["ireland"], nt=["uk","us"], loc="Shannon Airport",
 kt=[("at 10.20pm on Thursday","2026-08-13T22:20","Europe/Dublin","Thursday",None),
     ("meet at 9am on Monday","2026-08-17T09:00","Europe/Dublin","Monday",None)],
 ex="'Fri Aug 14 2026 - 06:45' (publication stamp); 'for almost three hours' (duration); 'EI 111' (flight number); 'in 2025' (background); '5km' (distance)",
 man="Markdown copy of an Irish Times article (heading, byline, bullets of related links) · Shannon Airport, Co Clare, Ireland · Europe/Dublin (IST = Irish Standard Time, UTC+1 in summer) · 'IST' not India/Israel; Thursday relative to Friday stamp; future committee meeting",
 body="""
**THE IRISH TIMES** | Ireland › Crime & Law

# Flights diverted from Shannon after drone sighting near airfield

*Defence Forces and Garda investigating; airport says operations now normal*

**Niamh Costigan, Southern Correspondent**
Fri Aug 14 2026 - 06:45

Eight flights were diverted from Shannon Airport to Dublin and Cork after a drone was spotted close to the runway at 10.20pm on Thursday, the airport operator has confirmed.

Air traffic was halted for almost three hours while gardaí and members of the Defence Forces searched the area within 5km of the airfield. An Aer Lingus transatlantic service, EI 111 from New York, was among those diverted.

The airport is used by US military transit flights, a matter of long-standing political controversy. A similar sighting was reported in 2025.

The Government's National Security Committee will meet at 9am on Monday to discuss counter-drone capabilities, a spokesman for the Tánaiste said. The UK has offered technical assistance.

- Read more: [Defence Forces to get counter-drone systems by 2027](#)
- [Shannon passenger numbers rise 6%](#)

© 2026 The Irish Times DAC · Cookie settings
"""))
