ITEMS = []
A = ITEMS.append

A(dict(f="31_kleine-brogel-drones.xml", h="Drones spotted again over Kleine-Brogel air base", alert=True,
 topics=["belgium"], nt=["netherlands","us"], loc="Kleine-Brogel",
 kt=[("between 7.30pm and 9pm on Tuesday","2026-01-20T19:30","Europe/Brussels","Tuesday",None),
     ("National Security Council on Thursday morning","2026-01-22","Europe/Brussels","Thursday",None)],
 ex="pubDate 'Wed, 21 Jan 2026 09:12:00 +0100' (stamp); 'and 9pm' (range end); 'F-35' and 'N74' (aircraft type, road number); 'last November' (background); 'four drones' (count)",
 man="RSS 2.0 item, The Brussels Times, article in description (HTML-escaped) · Kleine-Brogel, Limburg, Belgium · Europe/Brussels (CET, UTC+1) · range 'between 7.30pm and 9pm' (start only); 'Thursday morning' has no clock -> date-only",
 body="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Brussels Times</title>
<link>https://www.brusselstimes.com</link>
<description>Belgium's news in English</description>
<language>en-gb</language>
<item>
<title>Drones spotted again over Kleine-Brogel air base</title>
<link>https://www.brusselstimes.com/1920431/drones-spotted-again-over-kleine-brogel-air-base</link>
<dc:creator>Lauren Walker</dc:creator>
<pubDate>Wed, 21 Jan 2026 09:12:00 +0100</pubDate>
<category>Belgium</category>
<description>&lt;p&gt;At least four drones were seen flying over the Kleine-Brogel military air base in Limburg between 7.30pm and 9pm on Tuesday, the Defence Ministry confirmed on Wednesday morning.&lt;/p&gt;
&lt;p&gt;Military police tried to jam the devices but failed to bring any of them down. Police closed part of the N74 near Peer while the search took place. The base, home to Belgium's F-16 and future F-35 squadrons, is believed to store US nuclear weapons.&lt;/p&gt;
&lt;p&gt;Defence Minister Pieter Vandermeiren will convene the National Security Council on Thursday morning. Similar sightings at Belgian and Dutch bases were reported last November.&lt;/p&gt;
&lt;p&gt;&lt;em&gt;The Brussels Times&lt;/em&gt;&lt;/p&gt;</description>
<guid isPermaLink="false">bt-1920431</guid>
</item>
</channel>
</rss>
"""))

A(dict(f="32_db-sabotage-ludwigslust-press-release.txt", h="Arson attack on cable duct disrupts Hamburg–Berlin rail line", alert=True,
 topics=["germany"], nt=[], loc="Ludwigslust",
 kt=[("At approximately 04:45 on Monday","2026-02-09T04:45","Europe/Berlin","Monday",None),
     ("from 06:00 on Tuesday 10 February","2026-02-10T06:00","Europe/Berlin","Tuesday",None)],
 ex="'Berlin, 9 February 2026' (dateline/publication); 'No. 027/2026' (release number); 'ICE 1512' and 'ICE 703' (train numbers); 'about 33,000 km' (network length in notes); phone '+49 30 297-61030'; 'In October 2022' (background sabotage)",
 man="Word press release saved as text (PRESS RELEASE header, ENDS, Notes to editors), railway operator Deutsche Bahn · Ludwigslust, Mecklenburg-Vorpommern, Germany · Europe/Berlin (CET, UTC+1) · future resumption; background sabotage date in notes; train numbers",
 body="""
PRESS RELEASE

Deutsche Bahn AG
Group Communications
No. 027/2026

Berlin, 9 February 2026

Arson attack on cable duct disrupts Hamburg–Berlin rail line

At approximately 04:45 on Monday, unknown persons set fire to a cable duct alongside the line between Hamburg and Berlin near Ludwigslust. Signalling and communication cables were destroyed over a length of several hundred metres. The federal police have opened an investigation on suspicion of sabotage; the state security service is involved.

Long-distance services between Hamburg and Berlin, including ICE 1512 and ICE 703, are being diverted via Uelzen and Stendal, adding around 45 minutes to journey times. Regional services RE 1 between Schwerin and Ludwigslust are replaced by buses.

Repair crews are working around the clock. Full service on the line is expected to resume from 06:00 on Tuesday 10 February.

Passengers can check connections at bahn.de/aktuell or via the DB Navigator app.

ENDS

Notes to editors:
1. DB InfraGO AG operates a network of about 33,000 km of track in Germany.
2. In October 2022, sabotage to GSM-R cables halted rail traffic across northern Germany for several hours.
3. Media contact: DB press office, +49 30 297-61030, presse@deutschebahn.example
"""))

A(dict(f="33_trinidad-prison-attack-soe.html", h="SoE declared after gunmen attack prison", alert=True,
 topics=["trinidad-and-tobago"], nt=["venezuela"], loc="Arouca",
 kt=[("at 2.15 am yesterday","2026-07-04T02:15","America/Port_of_Spain",None,None),
     ("effective from 6 pm yesterday","2026-07-04T18:00","America/Port_of_Spain",None,None),
     ("at 1.30 pm on Tuesday","2026-07-07T13:30","America/Port_of_Spain","Tuesday",None)],
 ex="'Published: Sunday, July 5, 2026' (stamp); 'from 10 pm to 5 am nightly' (recurring curfew); '90 days' (duration); 'in 2024' (background SoE); '868-612-4653' (phone); 'AR-15' (weapon)",
 man="HTML, Trinidad & Tobago Guardian · Arouca, Trinidad · America/Port_of_Spain (AST = Atlantic Standard, UTC-4) · 'yesterday' relative to Sunday stamp; nightly curfew distractor; future sitting of Parliament",
 body="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>SoE declared after gunmen attack prison | Trinidad Guardian</title></head>
<body>
<div class="masthead"><a href="/">Trinidad &amp; Tobago Guardian</a><span class="tagline">Online</span>
<ul class="menu"><li>News</li><li>Business</li><li>Sport</li><li>Opinion</li><li>Features</li><li>E-paper</li></ul></div>
<div class="article">
<h1>SoE declared after gunmen attack prison</h1>
<div class="byline">Renée Baptiste-Charles · <span class="published">Published: Sunday, July 5, 2026</span></div>
<div class="share-bar"><a>Share on Facebook</a> <a>Share on X</a> <a>WhatsApp</a></div>
<div class="article-body">
<p>A State of Emergency (SoE) is in effect across Trinidad and Tobago after heavily armed men attacked the Maximum Security Prison in Arouca at 2.15 am yesterday, in what police believe was an attempt to free a gang leader.</p>
<p>Two prison officers were shot and wounded during the attack. One attacker, armed with an AR-15, was killed. The Prime Minister announced the SoE, effective from 6 pm yesterday, at a news conference at the Diplomatic Centre.</p>
<p>Under the SoE regulations, a curfew will apply in designated hotspots from 10 pm to 5 am nightly. The SoE lasts 15 days unless extended; the Government intends to seek an extension to 90 days.</p>
<p>The House of Representatives will meet at 1.30 pm on Tuesday to debate the extension. Police said some of the weapons may have been smuggled from Venezuela. The last SoE was declared in 2024.</p>
<p>Anyone with information is asked to call the Crime Stoppers hotline at 800-TIPS or 868-612-4653.</p>
</div>
<div class="related"><h3>Related Articles</h3><ul><li>Prison officers' association demands better security</li><li>Arouca residents fearful after gunfire</li></ul></div>
</div>
<div class="footer">© 2026 Guardian Media Limited. All rights reserved. We use cookies. <a>Accept</a></div>
</body></html>
"""))

A(dict(f="34_tibu-drone-attack-liveblog.md", h="Drone attack on Tibú police station: live updates", alert=True,
 topics=["colombia"], nt=["venezuela"], loc="Tibú",
 kt=[("struck the Tibú police station at 5:10 a.m.","2026-03-26T05:10","America/Bogota","Thursday",None),
     ("starting at 6 p.m. today","2026-03-26T18:00","America/Bogota",None,None),
     ("travel to Cúcuta on Friday","2026-03-27","America/Bogota","Friday",None)],
 ex="entry stamps '6:02 a.m.', '9:45 a.m.', '1:20 p.m.' (publication times of entries); 'until 6 a.m. Friday' (range end of the curfew); 'since January 2025' (background); 'two drones', 'four officers' (counts)",
 man="Markdown liveblog in chronological order (oldest first), Semana (Colombia) English edition · Tibú, Norte de Santander, Colombia · America/Bogota (COT, UTC-5) · entry stamps vs event clocks; curfew start (range); date-only ministerial trip",
 body="""
# Drone attack on Tibú police station: live updates

**SEMANA** · Nación · Thursday, March 26, 2026 · Live coverage (oldest first)

---

**6:02 a.m.** — The Army's Second Division says two explosive-laden drones struck the Tibú police station at 5:10 a.m., in the Catatumbo region of Norte de Santander. Four officers are reported wounded.

**7:30 a.m.** — Residents report shops closed and motorcycles banned from the town centre. The ELN has not claimed the attack.

**9:45 a.m.** — Norte de Santander governor's office announces a curfew in Tibú starting at 6 p.m. today and lasting until 6 a.m. Friday.

**1:20 p.m.** — The Defense Minister will travel to Cúcuta on Friday to lead a security council, the ministry says. Catatumbo has been in crisis since January 2025, when fighting displaced tens of thousands, many toward Venezuela.

---

*Follow SEMANA on X and WhatsApp.*
"""))

A(dict(f="35_cuyuni-river-shooting.json", h="GDF boat fired on from Venezuelan side of Cuyuni", alert=True,
 topics=["guyana","venezuela"], nt=["us"], loc="Cuyuni River",
 kt=[("at about 16:30 hrs on Sunday","2026-04-26T16:30","America/Guyana","Sunday",None),
     ("at 10 am tomorrow","2026-04-28T10:00","America/Guyana",None,None)],
 ex="'fecha'/'published': 'April 27, 2026 05:06 AM' (stamp); 'GDFS Berbice' (vessel name); 'the 2023 referendum' (background); 'two ranks' (count); 'for about ten minutes' (duration)",
 man="JSON with nested arrays ({story: {headline, published, body: [{type, text}]}}), Stabroek News · Cuyuni River near Eteringbang, Guyana · America/Guyana (GYT, UTC-4) · 'hrs' 24h clock; 'tomorrow' relative to published date",
 body="""{
  "story": {
    "outlet": "Stabroek News",
    "section": "News / Guyana",
    "headline": "GDF boat fired on from Venezuelan side of Cuyuni",
    "published": "April 27, 2026 05:06 AM",
    "author": {"name": "Stabroek News Staff"},
    "body": [
      {"type": "p", "text": "A Guyana Defence Force (GDF) patrol boat came under fire from the Venezuelan bank of the Cuyuni River at about 16:30 hrs on Sunday, wounding two ranks, the army said."},
      {"type": "p", "text": "The boat, escorting a supply vessel to the Eteringbang outpost, was fired on for about ten minutes before returning to base. The injured soldiers were airlifted to Georgetown aboard a GDF Bell 412."},
      {"type": "p", "text": "The Ministry of Foreign Affairs said it would brief the diplomatic corps at 10 am tomorrow and has sent a protest note to Caracas. The United States Embassy expressed concern."},
      {"type": "p", "text": "Tensions over the Essequibo region have escalated since the 2023 referendum in Venezuela."}
    ],
    "tags": ["GDF", "Venezuela", "Cuyuni"]
  }
}
"""))

A(dict(f="36_hidalgo-county-levee-shooting.txt", h="Shots fired across Rio Grande at deputies near Granjeno; levee road closed", alert=True,
 topics=["us","mexico"], nt=[], loc="Granjeno",
 kt=[("On Saturday, March 7, 2026, at approximately 11:50 p.m.","2026-03-07T23:50","America/Chicago","Saturday",None),
     ("At approximately 3:20 a.m. Sunday","2026-03-08T03:20","America/Chicago","Sunday","-05:00"),
     ("will reopen at 6 a.m. Monday","2026-03-09T06:00","America/Chicago","Monday",None)],
 ex="'PRESS RELEASE #26-0311' and 'March 8, 2026 10:30 a.m.' (release number, stamp); 'FM 494' (road number); '(956) 555-0143' (phone); 'Case #26-004417' (case number); 'about 150 yards' (distance); 'in 2019' (background)",
 man="county sheriff's office press release as plain text (Hidalgo County, Texas) · Granjeno, Texas / Rio Grande · America/Chicago across US DST start (CST -6 before 2 a.m. Sunday 8 March, CDT -5 after) · two clocks either side of the spring-forward; future reopening",
 body="""
HIDALGO COUNTY SHERIFF'S OFFICE
Sheriff Rolando M. Saenz
711 El Cibolo Rd, Edinburg, TX 78541

PRESS RELEASE #26-0311
FOR IMMEDIATE RELEASE
March 8, 2026 10:30 a.m.

Shots fired across Rio Grande at deputies near Granjeno; levee road closed

On Saturday, March 7, 2026, at approximately 11:50 p.m., Hidalgo County Sheriff's Office deputies patrolling the levee road south of Granjeno reported gunfire coming from the Mexican side of the Rio Grande, about 150 yards away. No deputies were struck. One patrol unit was damaged.

At approximately 3:20 a.m. Sunday, after clocks moved forward to Central Daylight Time, a second burst of gunfire struck a Border Patrol observation tower in the same area. U.S. Border Patrol and Texas DPS assisted at the scene. Mexican authorities in Reynosa, Tamaulipas, were notified through consular channels.

The levee road between FM 494 and Anzalduas Park is closed to the public and will reopen at 6 a.m. Monday, pending the investigation (Case #26-004417).

A similar incident occurred in the area in 2019.

Anyone with information is asked to call the Sheriff's Office at (956) 555-0143. Tips can remain anonymous.

###
"""))

A(dict(f="37_wamena-flight-suspension-notice.txt", h="Flight Suspension Notice: Wamena (WMX)", alert=True,
 topics=["indonesia"], nt=[], loc="Wamena",
 kt=[("at 10:40 WIT on Tuesday, 2 June 2026","2026-06-02T10:40","Asia/Jayapura","Tuesday",None),
     ("on Thursday, 4 June 2026 at 07:00 WIT","2026-06-04T07:00","Asia/Jayapura","Thursday",None)],
 ex="'Issued: 2 June 2026, 15:30 WIB' (issue stamp, Jakarta time UTC+7); schedule times in the affected-flights table ('06:15', '07:05', etc., scheduled departures); flight numbers CW 7412 etc.; call centre '1500 772'; 'for about two days' (duration)",
 man="airline flight suspension notice (fictional Cenderawasih Air), plain text with affected-flights table · Wamena, Highland Papua, Indonesia · Asia/Jayapura (WIT, UTC+9) vs issue stamp in WIB (Asia/Jakarta, UTC+7) · Indonesia has three zones; schedule-table times are not key times; future resumption",
 body="""
CENDERAWASIH AIR
Customer Notice / Pemberitahuan Pelanggan

Flight Suspension Notice: Wamena (WMX)
Issued: 2 June 2026, 15:30 WIB

Following a shooting incident at Wamena Airport at 10:40 WIT on Tuesday, 2 June 2026, in which an aircraft of another operator was hit by gunfire on the apron, all Cenderawasih Air flights to and from Wamena (WMX) are suspended for about two days on the instruction of the airport authority and security forces.

Operations are planned to resume on Thursday, 4 June 2026 at 07:00 WIT, subject to security clearance.

Affected flights (scheduled times, local):
  CW 7412  Jayapura (DJJ) 06:15 - Wamena (WMX) 07:05
  CW 7413  Wamena (WMX) 07:45 - Jayapura (DJJ) 08:35
  CW 7420  Jayapura (DJJ) 12:30 - Wamena (WMX) 13:20
  CW 7421  Wamena (WMX) 14:00 - Jayapura (DJJ) 14:50

Passengers may rebook free of charge within 30 days or request a full refund. Please contact our call centre at 1500 772 or visit a Cenderawasih Air ticket office.

We apologise for the inconvenience. The safety of passengers and crew is our first priority.
"""))

A(dict(f="38_vacancy-security-analyst.html", h="Vacancy: Security Analyst, Horn of Africa desk (P-3)", alert=False,
 topics=[], nt=[], loc=None, kt=[],
 ex="not news: a job vacancy page; closing date '15 January 2027, 23:59 EAT', interview window, start date and 'posted 1 December 2026' are recruitment schedule data; words like 'security incidents', 'armed conflict' describe the role, not events",
 man="NON-ARTICLE: HTML job vacancy page of a fictional regional organisation · Nairobi (EAT) · closing deadline with clock and zone, interview dates, conflict vocabulary",
 body="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Vacancy: Security Analyst, Horn of Africa desk (P-3) | EARSI Careers</title></head>
<body>
<header><a href="/">East African Regional Security Institute</a> <nav><a>About</a> <a>Research</a> <a>Careers</a> <a>Contact</a></nav></header>
<main>
<p class="crumb">Careers / Open positions</p>
<h1>Vacancy: Security Analyst, Horn of Africa desk (P-3)</h1>
<table class="job-facts">
<tr><th>Reference</th><td>EARSI/2026/VA/041</td></tr>
<tr><th>Duty station</th><td>Nairobi, Kenya (with travel)</td></tr>
<tr><th>Contract</th><td>Fixed-term, 2 years, renewable</td></tr>
<tr><th>Posted</th><td>1 December 2026</td></tr>
<tr><th>Closing date</th><td>15 January 2027, 23:59 EAT (UTC+3)</td></tr>
</table>
<h2>Responsibilities</h2>
<ul><li>Monitor and analyse security incidents, armed conflict and political developments in the Horn of Africa.</li>
<li>Produce daily flash reports and weekly threat assessments.</li>
<li>Maintain the incident database and verify open-source information.</li></ul>
<h2>Requirements</h2>
<ul><li>Advanced university degree in international relations, security studies or a related field.</li>
<li>At least five years of relevant experience; fluency in English; Amharic, Somali or Tigrinya an asset.</li></ul>
<h2>Process</h2>
<p>Shortlisted candidates will be invited to a written test in the week of 25 January 2027 and interviews between 8 and 12 February 2027. Expected start date: 1 April 2027.</p>
<p><a class="btn" href="#">Apply now</a> <a href="#">Share this vacancy</a></p>
</main>
<footer>© 2026 EARSI · Privacy · This site uses cookies to improve your experience. <a>Accept</a></footer>
</body></html>
"""))

A(dict(f="39_flight-status-ek-page.json", h="Flight EK 2211 status", alert=False,
 topics=[], nt=[], loc=None, kt=[],
 ex="not news: a flight status API response; scheduled/estimated/actual times with offsets, gate and baggage data are routine operations data",
 man="NON-ARTICLE: JSON flight status page (fictional carrier code, Dubai-Muscat) · Dubai/Muscat · Asia/Dubai (GST +4) and offsets · many ISO datetimes and 'delayed' status that look like an incident",
 body="""{
  "page": "flight-status",
  "title": "Flight EK 2211 status",
  "query": {"flight": "EK2211", "date": "2026-11-19"},
  "result": {
    "status": "Landed - Delayed",
    "departure": {
      "airport": "DXB", "terminal": "3", "gate": "B14",
      "scheduled": "2026-11-19T07:40:00+04:00",
      "estimated": "2026-11-19T08:25:00+04:00",
      "actual": "2026-11-19T08:31:00+04:00"
    },
    "arrival": {
      "airport": "MCT", "terminal": "1", "baggage_belt": "6",
      "scheduled": "2026-11-19T08:50:00+04:00",
      "actual": "2026-11-19T09:36:00+04:00"
    },
    "aircraft": {"type": "Boeing 777-300ER", "registration": "A6-EXX"},
    "delay_reason": "late arrival of inbound aircraft",
    "duration_minutes": 65
  },
  "last_updated": "2026-11-19T06:14:22Z",
  "disclaimer": "Times are local. Information is provided for guidance only."
}
"""))

A(dict(f="40_podcast-frontlines-episode.xml", h="Episode 212: Why ceasefires fail - with Dr. Lena Okafor", alert=False,
 topics=[], nt=[], loc=None, kt=[],
 ex="not news: a podcast feed episode entry; pubDate, duration '00:52:14', recording date and chapter timestamps ('00:03:10 - Minsk agreements') are podcast metadata; historical conflicts discussed are background",
 man="NON-ARTICLE: RSS 2.0 podcast feed with one episode (iTunes namespace) · — · +0000 pubDate · war/ceasefire vocabulary, chapter timestamps and historical dates resembling news",
 body="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Frontlines &amp; Footnotes</title>
<link>https://frontlines-podcast.example</link>
<language>en</language>
<itunes:author>Frontlines Media</itunes:author>
<itunes:category text="History"/>
<description>A weekly history podcast about how wars start, and how they end.</description>
<item>
<title>Episode 212: Why ceasefires fail - with Dr. Lena Okafor</title>
<pubDate>Tue, 17 Nov 2026 05:00:00 +0000</pubDate>
<guid isPermaLink="false">frontlines-212</guid>
<enclosure url="https://cdn.frontlines-podcast.example/ep212.mp3" length="50213888" type="audio/mpeg"/>
<itunes:duration>00:52:14</itunes:duration>
<itunes:episode>212</itunes:episode>
<description>Historian Lena Okafor on the Korean armistice of 1953, the Minsk agreements and why truces collapse. Recorded on 3 November 2026.</description>
<content:encoded><![CDATA[<p>Chapters:</p><ul><li>00:00:00 - Intro</li><li>00:03:10 - Minsk agreements</li><li>00:21:45 - Panmunjom, July 1953</li><li>00:44:30 - Listener questions</li></ul><p>Support the show on Patreon. Next episode out Tuesday at 5am GMT.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""))
