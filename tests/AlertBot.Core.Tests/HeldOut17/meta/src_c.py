ITEMS = []
A = ITEMS.append

A(dict(file='21_folha-pacaraima-shots.xml', headline='Brazilian army patrol comes under fire on Venezuelan border in Roraima',
alert=True, topics=['brazil', 'venezuela'], notTopics=['guyana'], location='Pacaraima',
keys=[('at 4:20 p.m. local time (5:20 p.m. Brasília time)', '2026-07-23T16:20', 'America/Boa_Vista', None, None),
      ('at 7 p.m. Brasília time', '2026-07-23T19:00', 'America/Sao_Paulo', None, None),
      ('travel to Boa Vista on Saturday', '2026-07-25', 'America/Boa_Vista', 'Saturday', None)],
excluded="RSS pubDate/lastBuildDate stamps (-0300); '5:20 p.m. Brasília time' is the same moment as 4:20 p.m. Roraima time (listed once); BR-174 highway number; 'for about ten minutes' duration; 2018 border closure background; 215 km distance",
text='''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Folha de S.Paulo - International Edition - World</title>
  <link>https://www1.folha.example/internacional/en/</link>
  <description>Brazilian news in English</description>
  <language>en</language>
  <lastBuildDate>Thu, 23 Jul 2026 22:05:00 -0300</lastBuildDate>
  <item>
    <title>Brazilian army patrol comes under fire on Venezuelan border in Roraima</title>
    <link>https://www1.folha.example/internacional/en/world/2026/07/brazilian-army-patrol-comes-under-fire.shtml</link>
    <guid isPermaLink="false">folha-en-2026-07-23-1187</guid>
    <dc:creator>Renata Lemos</dc:creator>
    <pubDate>Thu, 23 Jul 2026 21:48:00 -0300</pubDate>
    <category>World</category>
    <description><![CDATA[
<p>A Brazilian Army patrol came under fire on Thursday near the border with Venezuela in Pacaraima, in the northern state of Roraima, the Ministry of Defense said.</p>
<p>According to the Army's Amazon Military Command, shots were fired from the Venezuelan side at 4:20 p.m. local time (5:20 p.m. Brasília time) at soldiers of the 3rd Jungle Infantry Platoon who were patrolling near the BR-174 highway. Roraima is one hour behind Brasília. No one was hurt, and the soldiers did not return fire. The shooting lasted for about ten minutes.</p>
<p>The federal government ordered the crossing between Pacaraima and Santa Elena de Uairén to be closed at 7 p.m. Brasília time, and the Federal Police suspended the processing of migrants.</p>
<p>Defense Minister Paulo Gouveia will travel to Boa Vista on Saturday to meet commanders, his office said. The state capital lies 215 km south of the border.</p>
<p>Brazil briefly closed the border in 2018 after attacks on Venezuelan migrants. The Itamaraty said it had summoned Venezuela's chargé d'affaires; Guyana was not involved in the incident, it added.</p>
<p><a href="https://www1.folha.example/internacional/en/">Read more on Folha International</a></p>
]]></description>
  </item>
</channel>
</rss>
'''))

A(dict(file='22_baherald-chubut-fishing-vessel.txt', headline='Argentine Navy fires warning shots at fishing vessel inside exclusive economic zone',
alert=True, topics=['argentina'], notTopics=['vanuatu', 'uk'], location='Puerto Madryn',
keys=[('at 11:50 p.m. on Friday', '2026-02-20T23:50', 'America/Argentina/Buenos_Aires', 'Friday', None),
      ('at 2 p.m. on Saturday', '2026-02-21T14:00', 'America/Argentina/Buenos_Aires', 'Saturday', None)],
excluded="'February 21, 2026 · 18:30 ART' stamp; 200-nautical-mile zone and Mile 201 distances; vessel name 'Hai Xing 710'; 'for six hours' chase duration; 1982 war background; 'at 5 p.m.' Navy statement (saying); 42 crew count",
text='''
BUENOS AIRES HERALD
Argentina | Politics | Economy | World | Culture

Argentine Navy fires warning shots at fishing vessel inside exclusive economic zone

The coast guard said the ship had switched off its transponder near Mile 201

By Tomás Rivarola
February 21, 2026 · 18:30 ART

An Argentine Navy patrol ship fired warning shots at a Vanuatu-flagged squid jigger that had entered the country's exclusive economic zone off Chubut province, the Navy said in a statement at 5 p.m. on Saturday.

The ARA Bouchard spotted the Hai Xing 710 fishing illegally at 11:50 p.m. on Friday, about 12 nautical miles inside the 200-nautical-mile limit, near the area known to fishermen as Mile 201. The vessel ignored radio calls and tried to flee, and the patrol ship fired warning shots after a chase lasting six hours.

The jigger, with 42 crew members on board, was escorted into the port of Puerto Madryn at 2 p.m. on Saturday, where the Naval Prefecture took over the case.

Hundreds of foreign vessels gather every southern summer at the edge of Argentina's waters to fish for Illex squid.

The South Atlantic remains sensitive since the 1982 war with the UK over the Malvinas/Falkland Islands.

Share: Facebook · X · WhatsApp · Email
More from Argentina: Government signs decree on naval purchases · Inflation slows for fourth month
'''))

A(dict(file='23_cooperativa-ercilla-attack.md', headline='Attack on forestry trucks in Ercilla: Government closes Route 5 South overnight',
alert=True, topics=['chile'], notTopics=[], location='Ercilla',
keys=[('at 22:30 on Saturday, April 4', '2026-04-04T22:30', 'America/Santiago', 'Saturday', None),
      ('from 22:00 on Sunday', '2026-04-05T22:00', 'America/Santiago', 'Sunday', None),
      ('travel to Temuco on Monday', '2026-04-06', 'America/Santiago', 'Monday', None)],
excluded="'Domingo 5 de abril de 2026 | 12:47' stamp; DST end 'at midnight on Saturday' (clocks back; 22:30 Saturday is -03, 22:00 Sunday is -04); Magallanes keeps UTC-3 year round (background); Route 5 road number; 'until 06:00 on Monday' range end; state of exception since May 2022; 'at 11:00' press point (saying); eight trucks count",
text='''
**Cooperativa.cl** · Noticias · País · Región de La Araucanía

# Attack on forestry trucks in Ercilla: Government closes Route 5 South overnight

*Domingo 5 de abril de 2026 | 12:47 · Translated from Spanish · Radio Cooperativa*

A group of armed hooded men set fire to eight forestry trucks on a farm near Ercilla, in the Malleco province, at 22:30 on Saturday, April 4, Carabineros reported.

Witnesses said the attackers fired shots into the air before spraying the trucks with fuel. No injuries were reported. A pamphlet alluding to a radical Mapuche group was found at the scene.

The Government announced that Route 5 South between Collipulli and Victoria will be closed to all traffic from 22:00 on Sunday until 06:00 on Monday to allow the armed forces to carry out search operations.

Important: winter time began in continental Chile at midnight on Saturday, when clocks were turned back one hour. The Magallanes region keeps UTC-3 all year.

Undersecretary of the Interior Camila Soto said at a press point at 11:00 that the Interior Minister will travel to Temuco on Monday to meet regional authorities.

The "Southern Macrozone" has been under a constitutional state of exception since May 2022.

> Comparte: WhatsApp · X · Facebook
> Lo más escuchado: "El Diario de Cooperativa" · "Lo que queda del día"
'''))

A(dict(file='24_singapore-public-holidays-2027.json', headline='Public Holidays for 2027',
alert=False, topics=[], notTopics=[], location=None, keys=[],
excluded="non-article (public-holiday notice): dates are a holiday calendar, 'announced on 1 June 2026' is publication; no news event",
text='''{
  "agency": "Ministry of Manpower",
  "page": {
    "title": "Public Holidays for 2027",
    "breadcrumb": ["Home", "Employment practices", "Public holidays"],
    "lastUpdated": "2026-06-01T10:00:00+08:00"
  },
  "intro": "The public holidays for 2027 were announced on 1 June 2026. Where a public holiday falls on a Sunday, the following Monday will be a public holiday.",
  "holidays": [
    {"name": "New Year's Day", "date": "2027-01-01", "day": "Friday"},
    {"name": "Chinese New Year", "date": "2027-02-06", "day": "Saturday"},
    {"name": "Chinese New Year", "date": "2027-02-07", "day": "Sunday", "observed": "2027-02-08 (Monday)"},
    {"name": "Good Friday", "date": "2027-03-26", "day": "Friday"},
    {"name": "Labour Day", "date": "2027-05-01", "day": "Saturday"},
    {"name": "National Day", "date": "2027-08-09", "day": "Monday"},
    {"name": "Christmas Day", "date": "2027-12-25", "day": "Saturday"}
  ],
  "notes": [
    "Dates for Hari Raya Puasa, Hari Raya Haji, Vesak Day and Deepavali are subject to confirmation and will be published later.",
    "Employers who require employees to work on a public holiday must grant an extra day's pay or time off in lieu.",
    "For enquiries, call 6438 5122 (Monday to Friday, 8.30am to 5.30pm)."
  ]
}
'''))

A(dict(file='25_vnexpress-paracels-water-cannon.html', headline='Chinese ships fire water cannon at Vietnamese fishing boat near Hoang Sa',
alert=True, topics=['vietnam', 'china'], notTopics=['philippines'], location='Hoang Sa (Paracel) archipelago',
keys=[('at 10am on Tuesday', '2026-06-09T10:00', 'Asia/Ho_Chi_Minh', 'Tuesday', None),
      ('at 5:30am on Wednesday', '2026-06-10T05:30', 'Asia/Ho_Chi_Minh', 'Wednesday', None)],
excluded="'Wednesday, 10/6/2026, 14:20 (GMT+7)' stamp; boat number QNg-90617-TS; coordinates 16°32'N 111°40'E; 12 fishermen count; 'spokesperson said at a regular press briefing on Wednesday afternoon' (saying); 1974 background; 'for 20 minutes' duration",
text='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Chinese ships fire water cannon at Vietnamese fishing boat near Hoang Sa - VnExpress International</title></head>
<body>
<header id="header"><a class="logo" href="/">VnExpress International</a>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/travel">Travel</a> <a href="/life">Life</a> <a href="/sports">Sports</a> <a href="/perspectives">Perspectives</a></nav>
<span class="lang"><a href="https://vnexpress.example">Tiếng Việt</a></span></header>
<section class="main-content">
<div class="breadcrumb">News &rsaquo; News</div>
<h1 class="title_post">Chinese ships fire water cannon at Vietnamese fishing boat near Hoang Sa</h1>
<div class="author">By Viet Tuan, Hoang Phong &nbsp; <span class="date">Wednesday, 10/6/2026, 14:20 (GMT+7)</span></div>
<p class="lead_post_detail">A Vietnamese fishing boat with 12 fishermen from Quang Ngai Province was attacked with water cannon by two Chinese coast guard ships near the Hoang Sa (Paracel) archipelago, its captain said.</p>
<div class="fck_detail">
<p>Captain Nguyen Van Loc said his boat, QNg-90617-TS, was fishing at coordinates 16°32'N 111°40'E when the Chinese ships approached at 10am on Tuesday and fired water cannon for 20 minutes, breaking the windows of the wheelhouse and injuring two crew members.</p>
<p>The boat lost its radio equipment and sailed back to Sa Ky Port, arriving at 5:30am on Wednesday, the Quang Ngai Border Guard said.</p>
<p>Vietnam's Foreign Ministry spokesperson said at a regular press briefing on Wednesday afternoon that Hanoi "resolutely opposes" the act and had lodged a protest with Beijing.</p>
<p>China seized Hoang Sa from then South Vietnam by force in 1974. The Philippines has reported similar incidents with Chinese vessels in other parts of the East Sea.</p>
</div>
<div class="social">Share: <a>Facebook</a> <a>X</a> <a>Copy link</a></div>
<div class="box_related"><h4>Related news</h4><ul><li><a href="#">Fishermen in Ly Son receive new communication devices</a></li><li><a href="#">Vietnam, Indonesia sign maritime boundary deal</a></li></ul></div>
</section>
<footer>&copy; Copyright 1997-2026 VnExpress. All rights reserved. We use cookies.</footer>
</body></html>
'''))

A(dict(file='26_straitstimes-strait-robbery.txt', headline='Robbers board two ships in Singapore Strait within hours',
alert=True, topics=['singapore'], notTopics=['indonesia'], location='Singapore Strait',
keys=[('at 11.45pm on Sunday', '2026-01-11T23:45', 'Asia/Singapore', 'Sunday', None),
      ('at about 3.10am on Monday', '2026-01-12T03:10', 'Asia/Singapore', 'Monday', None)],
excluded="'PUBLISHED JAN 12, 2026, 06:47 PM SGT' / 'UPDATED JAN 12, 2026, 08:30 PM' stamps; 'in an update at 2pm' (saying); 1.6 nautical miles distance; hotline 6325 2493; 'since Jan 1' count of nine incidents; 2025 record background",
text='''
THE STRAITS TIMES
Singapore | Asia | World | Opinion | Life | Business | Tech | Sport

SINGAPORE

Robbers board two ships in Singapore Strait within hours

Crew unharmed; Information Fusion Centre alerts vessels to stay vigilant

Tan Wei Ling
Correspondent

PUBLISHED JAN 12, 2026, 06:47 PM SGT
UPDATED JAN 12, 2026, 08:30 PM

SINGAPORE – Armed robbers boarded two vessels in the eastbound lane of the Singapore Strait in less than four hours, the ReCAAP Information Sharing Centre (ISC) said.

Four perpetrators armed with knives boarded a Panama-registered bulk carrier at 11.45pm on Sunday, about 1.6 nautical miles off Pulau Batam. They escaped with engine spare parts after the crew raised the alarm.

Then, at about 3.10am on Monday, five men boarded a product tanker further west and tied up the duty engineer before fleeing empty-handed.

The ISC, in an update at 2pm, said the Indonesian and Singaporean navies had been informed. It has recorded nine incidents in the strait since Jan 1, after a record number in 2025.

Ships' masters are urged to report incidents to the Port Operations Control Centre on 6325 2493.

Join ST's WhatsApp Channel and get the latest news and must-reads.
Read next: Republic of Singapore Navy to take delivery of new multi-role combat vessel
'''))

A(dict(file='27_thestar-lahad-datu-gunmen.json', headline='Gunmen spotted off Lahad Datu, village cordoned off as security forces hunt intruders',
alert=True, topics=['malaysia'], notTopics=[], location='Lahad Datu',
keys=[('at 1.30am on Friday', '2026-10-09T01:30', 'Asia/Kuching', 'Friday', None),
      ('cordoned off the village at 4am', '2026-10-09T04:00', 'Asia/Kuching', None, None),
      ('visit Lahad Datu tomorrow (Saturday)', '2026-10-10', 'Asia/Kuching', 'Saturday', None)],
excluded="'Friday, 09 Oct 2026 2:15 PM MYT' stamp; ESSCOM sea curfew 'from 6pm to 6am' nightly recurring, extended until Oct 23 (range end); 2013 incursion background; 'at a press conference at noon' (saying); 10 nautical miles distance",
text='''{
  "publisher": "The Star",
  "edition": "Nation",
  "article": {
    "headline": "Gunmen spotted off Lahad Datu, village cordoned off as security forces hunt intruders",
    "byline": "STAFF REPORTER",
    "dateline": "LAHAD DATU",
    "timestamp": "Friday, 09 Oct 2026 2:15 PM MYT",
    "paragraphs": [
      "Security forces have cordoned off Kampung Tanjung Labian after fishermen reported seeing five armed men in a pump boat at 1.30am on Friday.",
      "Sabah police commissioner Datuk Hamzah Omar said the Eastern Sabah Security Command (ESSCOM) and the General Operations Force cordoned off the village at 4am while marine police vessels patrolled waters up to 10 nautical miles offshore.",
      "\\"We believe the group may have intended to kidnap fishermen. No one has been harmed,\\" he told a press conference at noon.",
      "The ESSCOM sea curfew, which applies from 6pm to 6am daily in waters off seven east coast districts, has been extended until Oct 23.",
      "Deputy Home Minister Datuk Rahman Yusof is scheduled to visit Lahad Datu tomorrow (Saturday) to be briefed on the operation.",
      "Kampung Tanjung Labian was the site of an armed incursion in 2013."
    ]
  },
  "tags": ["Sabah", "ESSCOM", "Lahad Datu", "security"],
  "related": ["Sabah boosts ESSCOM assets", "Fishermen urged to obey sea curfew"]
}
'''))

A(dict(file='28_postcourier-buin-police-post.xml', headline='Police post torched in Buin, reinforcements flown to Bougainville',
alert=True, topics=['papua-new-guinea'], notTopics=['australia', 'solomon-islands'], location='Buin',
keys=[('at 9pm on Sunday', '2026-08-16T21:00', 'Pacific/Bougainville', 'Sunday', None),
      ('landed at Buka at 10am on Monday (Port Moresby time)', '2026-08-17T10:00', 'Pacific/Port_Moresby', 'Monday', None),
      ('an emergency sitting on Wednesday', '2026-08-19', 'Pacific/Bougainville', 'Wednesday', None)],
excluded="Atom <updated>/<published> stamps (+10:00); 'Bougainville is one hour ahead of the rest of PNG' background; 2019 referendum and 97.7 per cent figure; 'for three weeks' deployment duration; 40 officers count",
text='''<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Post-Courier | National</title>
  <link rel="alternate" href="https://postcourier.example/category/national/"/>
  <id>https://postcourier.example/category/national/feed/atom/</id>
  <updated>2026-08-17T16:40:00+10:00</updated>
  <entry>
    <title>Police post torched in Buin, reinforcements flown to Bougainville</title>
    <link rel="alternate" href="https://postcourier.example/2026/08/17/police-post-torched-in-buin/"/>
    <id>https://postcourier.example/?p=312555</id>
    <published>2026-08-17T16:35:00+10:00</published>
    <updated>2026-08-17T16:40:00+10:00</updated>
    <author><name>ROMULUS MASIU</name></author>
    <summary>Armed men set fire to a police post in South Bougainville on Sunday night.</summary>
    <content type="html">&lt;p&gt;A group of armed men set fire to the Buin police post in South Bougainville at 9pm on Sunday, forcing officers to flee into the bush, Bougainville Police Service commander Chief Inspector Francis Tsora said.&lt;/p&gt;
&lt;p&gt;No officers were injured, but the station, its records room and two vehicles were destroyed.&lt;/p&gt;
&lt;p&gt;A team of 40 mobile squad officers from Port Moresby landed at Buka at 10am on Monday (Port Moresby time) and will be deployed for three weeks. Bougainville is one hour ahead of the rest of PNG.&lt;/p&gt;
&lt;p&gt;The Autonomous Bougainville Government's House of Representatives will hold an emergency sitting on Wednesday to discuss the security situation, Speaker Joseph Narakai's office said.&lt;/p&gt;
&lt;p&gt;Bougainvilleans voted 97.7 per cent for independence in the 2019 referendum. Australia and Solomon Islands have offered logistical support in the past.&lt;/p&gt;</content>
  </entry>
</feed>
'''))

A(dict(file='29_solomonstar-honiara-unrest.txt', headline='Curfew imposed after unrest in Honiara’s White River',
alert=True, topics=['solomon-islands'], notTopics=['china', 'australia'], location='White River',
keys=[('at around 7pm last night', '2026-05-06T19:00', 'Pacific/Guadalcanal', None, None),
      ('from 10pm last night', '2026-05-06T22:00', 'Pacific/Guadalcanal', None, None),
      ('Parliament will convene on Monday', '2026-05-11', 'Pacific/Guadalcanal', 'Monday', None)],
excluded="'Thursday, 07 May 2026' date line (fixes 'last night' = Wednesday 6 May); 'to 6am this morning' range end; 2021 Chinatown riots and 2006 background; hotline 999; 23 arrests count",
text='''
SOLOMON STAR
Solomon Islands' first daily newspaper

National News | Thursday, 07 May 2026

Curfew imposed after unrest in Honiara’s White River

By JOHN HOROI

POLICE imposed a curfew in west Honiara from 10pm last night to 6am this morning after youths blocked the main Kukum Highway at White River and set fire to two shops.

The trouble started at around 7pm last night following the death of a young man in a road accident involving a government vehicle, Royal Solomon Islands Police Force (RSIPF) Commissioner Peter Kwaiga said.

"I thank the community leaders who helped calm the situation. Twenty-three people were arrested," he said this morning.

Riot police fired tear gas to disperse the crowd. Several roadblocks remained in place early today.

The Prime Minister's office said Parliament will convene on Monday as planned, despite calls by opposition MPs to postpone the sitting.

Residents still remember the November 2021 riots in Chinatown and the 2006 unrest. Australia and China both have police advisers in the country.

Anyone with information is asked to call the RSIPF on 999.

More news on page 3 · Letters to the Editor · Sports: Guadalcanal FC beats Kossa 2–1
'''))

A(dict(file='30_japantimes-nk-missile.html', headline='North Korea fires ballistic missile into Sea of Japan, Defense Ministry says',
alert=True, topics=['north-korea', 'japan'], notTopics=['us'], location='Sea of Japan',
keys=[('at 6:52 a.m.', '2026-11-11T06:52', 'Asia/Tokyo', None, None),
      ('fell at about 7:03 a.m.', '2026-11-11T07:03', 'Asia/Tokyo', None, None),
      ('meet on Thursday', '2026-11-12', 'Asia/Tokyo', 'Thursday', None)],
excluded="'Nov 11, 2026' date line and 'Updated: Nov 11, 2026 at 10:18 JST' stamp; 'told reporters at 8:30 a.m.' (saying); 'about 1,000 kilometers' distance and 50 km altitude; 'for about 11 minutes' flight duration; 2017 background; 'Hwasong-11' name",
text='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>North Korea fires ballistic missile into Sea of Japan, Defense Ministry says - The Japan Times</title>
</head><body>
<div class="jt-header"><a class="logo" href="/">The Japan Times</a>
<ul class="nav"><li>News</li><li>Japan</li><li>Asia-Pacific</li><li>Business</li><li>Opinion</li><li>Life</li><li>Sports</li></ul>
<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<article>
<p class="category">ASIA PACIFIC / POLITICS &amp; DIPLOMACY</p>
<h1>North Korea fires ballistic missile into Sea of Japan, Defense Ministry says</h1>
<p class="byline">BY KENJI MORIYAMA, STAFF WRITER &middot; Nov 11, 2026 <span class="updated">Updated: Nov 11, 2026 at 10:18 JST</span></p>
<div class="article-body">
<p>North Korea fired a ballistic missile toward the Sea of Japan early Wednesday, the Defense Ministry said.</p>
<p>The missile was launched from near Pyongyang at 6:52 a.m. and flew about 1,000 kilometers at a maximum altitude of around 50 km for about 11 minutes before it fell at about 7:03 a.m. outside Japan's exclusive economic zone, the ministry said.</p>
<p>There were no reports of damage to vessels or aircraft. The weapon may have been a solid-fuel Hwasong-11 type, officials said.</p>
<p>"This is an outrageous act that threatens the peace and safety of our country," the prime minister told reporters at 8:30 a.m., adding that Tokyo was sharing information with the U.S.</p>
<p>The National Security Council will meet on Thursday to discuss a response, the chief Cabinet secretary said.</p>
<p>North Korea last flew a missile over Japan in 2022; in 2017 it did so twice.</p>
</div>
<div class="share">Share: <a>X</a> <a>Facebook</a> <a>LINE</a> <a>Email</a></div>
<div class="related"><h3>Related</h3><ul><li><a href="#">SDF to deploy long-range missiles in Kumamoto</a></li><li><a href="#">South Korea, Japan hold security talks in Seoul</a></li></ul></div>
</article>
<footer>&copy; The Japan Times Ltd. All rights reserved. <span class="cookie-notice">This website uses cookies.</span></footer>
</body></html>
'''))
