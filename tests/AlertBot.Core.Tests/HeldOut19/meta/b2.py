ITEMS = []
A = ITEMS.append

A(dict(f="11_north-korea-srbm-east-sea.txt", h="North Korea fires short-range ballistic missile toward East Sea... first launch this year", alert=True,
 topics=["north-korea","south-korea"], nt=["japan","us"], loc="Pyongyang",
 kt=[("around 7:32 a.m. on the 14th","2026-01-14T07:32","Asia/Seoul","Wednesday",None),
     ("at 9 a.m. the same day","2026-01-14T09:00","Asia/Seoul",None,None),
     ("from the 16th","2026-01-16","Asia/Seoul","Friday",None)],
 ex="'Registered 2026-01-14 10:02 / Modified 2026-01-14 11:40' (stamps); 'about 350 km' (distance); 'in November last year' (background); 'JCS said' (saying); 'Mach 5' (speed)",
 man="plain text translated from Korean (Hankyoreh), Korean-style 'on the 14th' day references · Sunan, Pyongyang / East Sea · Asia/Seoul (KST, UTC+9) · day-of-month only, month from stamp; UTC date previous day; NSC meeting is an event; date-only drills",
 body="""
THE HANKYOREH  |  North Korea
[This article was translated from the Korean original.]

North Korea fires short-range ballistic missile toward East Sea... first launch this year

Registered 2026-01-14 10:02 | Modified 2026-01-14 11:40
Reporter Seo Min-jae

North Korea fired one short-range ballistic missile (SRBM) toward the East Sea around 7:32 a.m. on the 14th, the Joint Chiefs of Staff (JCS) said. It is the first ballistic missile launch by the North this year, and comes about two months after the launch in November last year.

According to the JCS, the missile was launched from the Sunan area of Pyongyang and flew about 350 km before falling into the sea. Its maximum speed is presumed to have been about Mach 5. "Our military is maintaining a full readiness posture while closely sharing information with the United States and Japan," the JCS said.

The presidential office convened a National Security Council (NSC) standing committee meeting at 9 a.m. the same day and strongly condemned the launch as "a clear violation of UN Security Council resolutions."

Meanwhile, the South Korean and US air forces plan to conduct combined air drills from the 16th as scheduled, military authorities said.

ⓒ Hankyoreh. Unauthorized reproduction and redistribution prohibited.
"""))

A(dict(f="12_scarborough-water-cannon.html", h="China coast guard fires water cannon at PH vessels off Scarborough Shoal", alert=True,
 topics=["philippines","china"], nt=["us"], loc="Scarborough Shoal",
 kt=[("at 6:47 a.m. on Saturday","2026-10-03T06:47","Asia/Manila","Saturday",None),
     ("at around 8:15 a.m.","2026-10-03T08:15","Asia/Manila",None,None),
     ("summon the Chinese ambassador on Monday","2026-10-05","Asia/Manila","Monday",None)],
 ex="'October 03, 2026 / 05:22 PM' (publication stamp); 'in a press briefing at 2 p.m.' (time of saying); 'MRRV-4409' (hull number); 'the 2016 arbitral ruling' (background); '124 nautical miles' (distance); '16 crew' (count)",
 man="HTML, Philippine Daily Inquirer (Inquirer.net) with nav, share, related · Scarborough Shoal / Bajo de Masinloc · Asia/Manila (PHT) · morning clocks shift UTC date back; briefing time distractor; date-only summons",
 body="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>China coast guard fires water cannon at PH vessels off Scarborough Shoal | Inquirer News</title>
<meta property="article:published_time" content="2026-10-03T17:22:00+08:00"></head>
<body>
<div id="top-bar"><a href="https://www.inquirer.net">INQUIRER.NET</a> <span>Philippine News for Filipinos</span>
<ul><li>News</li><li>Global Nation</li><li>Business</li><li>Lifestyle</li><li>Entertainment</li><li>Sports</li><li>Opinion</li></ul></div>
<div id="art-head">
<div class="breadcrumb">Global Nation / West Philippine Sea</div>
<h1 class="entry-title">China coast guard fires water cannon at PH vessels off Scarborough Shoal</h1>
<div id="art_author">By: <a href="#">Kristine B. Salonga</a> - Reporter / @inquirerdotnet</div>
<div id="art_plat">Philippine Daily Inquirer / 05:22 PM October 03, 2026</div>
</div>
<div id="sharebtns"><a>Facebook</a> <a>X</a> <a>Viber</a> <a>Copy link</a></div>
<div id="article_content">
<p>MANILA, Philippines — A China Coast Guard ship fired its water cannon at a Philippine government vessel near Bajo de Masinloc (Scarborough Shoal) at 6:47 a.m. on Saturday, the National Maritime Council said.</p>
<p>The BRP Cabra (MRRV-4409), with 16 crew aboard, was escorting fishing boats about 124 nautical miles west of Zambales when it was hit. A second Chinese vessel blasted the fisheries bureau ship BRP Datu Tamblot at around 8:15 a.m., damaging its mast and radio antenna.</p>
<p>Speaking in a press briefing at 2 p.m., Coast Guard spokesperson Commodore Rey Villanueva said no one was injured but that the Cabra had to return to Subic for repairs.</p>
<p>The Department of Foreign Affairs will summon the Chinese ambassador on Monday, a DFA official told the Inquirer. Manila has repeatedly invoked the 2016 arbitral ruling that invalidated Beijing's sweeping claims in the South China Sea. The United States said it stood with its treaty ally.</p>
<p class="read-next">READ NEXT: Marcos orders more patrols in West Philippine Sea</p>
</div>
<div id="rel-art"><h3>Related stories</h3><ul><li>Fishermen report harassment near Sabina Shoal</li><li>PH, Japan hold joint maritime drills off Palawan</li></ul></div>
<div id="footer">Copyright © 2026 Inquirer.net | All Rights Reserved. <span>We use cookies to ensure you get the best experience on our website. <a>Accept</a></span></div>
</body></html>
"""))

A(dict(f="13_osmach-border-gunfire.txt", h="Cambodian, Thai troops exchange fire near O'Smach; checkpoint shut", alert=True,
 topics=["cambodia","thailand"], nt=[], loc="O'Smach",
 kt=[("at about 5:50am yesterday","2026-02-27T05:50","Asia/Phnom_Penh",None,None),
     ("from 8am today","2026-02-28T08:00","Asia/Bangkok",None,None),
     ("on Monday at 9am","2026-03-02T09:00","Asia/Phnom_Penh","Monday",None)],
 ex="'Publication date 28 February 2026 | 08:31 ICT' (stamp); 'lasted about 40 minutes' (duration); 'the July 2025 clashes' (background); '1,200 families' (count); 'National Road 56' (road number)",
 man="plain text, Khmer Times · O'Smach, Oddar Meanchey, Cambodia · Asia/Phnom_Penh and Asia/Bangkok (ICT, both UTC+7) · 'yesterday'/'today' relative to the publication date; closure from 8am (start only); future border committee meeting",
 body="""
Khmer Times
National | Politics | Business | World

Cambodian, Thai troops exchange fire near O'Smach; checkpoint shut

Khmer Times
Publication date 28 February 2026 | 08:31 ICT
Reporter: Sok Chanvirak

Cambodian and Thai soldiers exchanged gunfire at about 5:50am yesterday near the O'Smach international border checkpoint in Oddar Meanchey province, the Ministry of National Defence said. The exchange lasted about 40 minutes. One Cambodian soldier was slightly wounded.

Ministry spokeswoman Lt Gen Chhum Sovannary said Thai troops had fired first after a dispute over a new trench. Thailand's Second Army Region said Cambodian forces had opened fire.

Thai authorities closed the Chong Chom–O'Smach crossing to travellers and trucks from 8am today, according to a notice from Surin province. Around 1,200 families living along National Road 56 were advised to move to safer areas.

The Regional Border Committee will hold an emergency meeting in Siem Reap on Monday at 9am, the ministry added.

The area was one of the flashpoints of the July 2025 clashes between the two neighbours.

Related Posts
- PM urges calm after border incident
- Oddar Meanchey farmers return home
"""))

A(dict(f="14_fiji-qeb-standoff-whatsapp.txt", h="Standoff at QEB, curfew tonight", alert=True,
 topics=["fiji"], nt=[], loc="Nabua",
 kt=[("around 7.15pm this evening (Friday 15 May)","2026-05-15T19:15","Pacific/Fiji","Friday",None),
     ("from 10pm tonight","2026-05-15T22:00","Pacific/Fiji",None,None),
     ("at 8am tomorrow (Saturday)","2026-05-16T08:00","Pacific/Fiji","Saturday",None)],
 ex="WhatsApp stamps '[15/05/2026, 9:42 pm]' etc. (message times); 'until 5am' (range end); '917' and '+679 990 5544' (phone numbers); 'Forwarded many times' label; 'since 2006' (background)",
 man="WhatsApp group forward copied as text, with forwarded FBC-style bulletin · Nabua, Suva, Fiji · Pacific/Fiji (UTC+12, no DST) · UTC times fall on the same day early morning; 'tonight/tomorrow' relative; curfew range start only",
 body="""
[15/05/2026, 9:42 pm] Ravi Chand: ↪ Forwarded many times
*BREAKING: Standoff at QEB, curfew tonight*

From FBC News newsroom:
Gunshots were heard at the Queen Elizabeth Barracks in Nabua around 7.15pm this evening (Friday 15 May) as a group of soldiers reportedly refused orders and barricaded the armoury. RFMF Commander has confirmed an "internal disciplinary situation" and says the situation is contained.

Police Commissioner announces a curfew for the greater Suva area from 10pm tonight until 5am. Only essential workers with ID allowed on the roads.

The Prime Minister will address the nation at 8am tomorrow (Saturday) on FBC TV and Radio Fiji One.

Emergency: call 917. Police hotline +679 990 5544.
Stay home and stay safe 🙏 Fiji has seen enough of this since 2006.
[15/05/2026, 9:44 pm] Mere Tuilau: Is this true??
[15/05/2026, 9:45 pm] Ravi Chand: Yes, cousin is in Nabua, they heard the shots
[15/05/2026, 9:51 pm] Josefa N: Roads already full near Laucala Bay, go home everyone
"""))

A(dict(f="15_port-vila-prison-breakout-soe.xml", h="State of emergency declared on Efate after mass prison breakout", alert=True,
 topics=["vanuatu"], nt=["australia"], loc="Port Vila",
 kt=[("at about 1:30am on Tuesday","2026-08-25T01:30","Pacific/Efate","Tuesday",None),
     ("effective from 6pm today","2026-08-25T18:00","Pacific/Efate",None,None)],
 ex="<published>/<updated> stamps; 'for 30 days' (duration); 'Order No. 112 of 2026' (number); '46 inmates' (count); 'in 2017' (background)",
 man="Atom feed with one <entry>, Vanuatu Daily Post, article in <content type=html> · Port Vila, Efate, Vanuatu · Pacific/Efate (UTC+11) · early-morning local clock = previous UTC day; SoE 'effective from 6pm today' (start)",
 body="""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Vanuatu Daily Post - Local News</title>
  <link href="https://www.dailypost.vu/news/" rel="alternate"/>
  <link href="https://www.dailypost.vu/feeds/news.atom" rel="self"/>
  <id>tag:dailypost.vu,2026:news</id>
  <updated>2026-08-25T16:05:00+11:00</updated>
  <entry>
    <title>State of emergency declared on Efate after mass prison breakout</title>
    <link href="https://www.dailypost.vu/news/state-of-emergency-declared-on-efate-after-mass-prison-breakout/article_9f1c.html"/>
    <id>tag:dailypost.vu,2026:article_9f1c</id>
    <published>2026-08-25T15:40:00+11:00</published>
    <updated>2026-08-25T16:05:00+11:00</updated>
    <author><name>Anita Roberts Kalo</name></author>
    <summary>46 inmates escaped from Stadium Correctional Centre.</summary>
    <content type="html">&lt;p&gt;The Council of Ministers has declared a state of emergency for Efate after 46 inmates broke out of the Stadium Correctional Centre in Port Vila at about 1:30am on Tuesday, overpowering guards and setting fire to a cell block.&lt;/p&gt;
&lt;p&gt;Under Order No. 112 of 2026, the state of emergency is effective from 6pm today and will last for 30 days. Police and the Vanuatu Mobile Force may set up roadblocks and search vehicles without warrant.&lt;/p&gt;
&lt;p&gt;Acting Police Commissioner Jimmy Tarilongi said 11 escapees had since been recaptured. Australia has offered police support through the Vanuatu Australia Policing and Justice Program.&lt;/p&gt;
&lt;p&gt;It is the largest breakout since 2017.&lt;/p&gt;</content>
  </entry>
</feed>
"""))

A(dict(f="16_zamfara-pupils-released.json", h="Bandits Free 23 Abducted Zamfara Pupils After Weeks In Captivity", alert=True,
 topics=["nigeria"], nt=[], loc="Tsafe",
 kt=[("at about 11pm on Sunday","2026-03-22T23:00","Africa/Lagos","Sunday",None),
     ("on Tuesday at 10am","2026-03-24T10:00","Africa/Lagos","Tuesday",None)],
 ex="'pubDate': 'March 23, 2026 08:14 am' (stamp); 'said at a briefing at 1am' (time of saying); '23 pupils', 'N50 million' (counts/amount); 'earlier this month' (undated abduction, no key); 'the 2021 Jangebe kidnapping' (background)",
 man="JSON {title, pubDate, text} from Sahara Reporters · Tsafe, Zamfara, Nigeria · Africa/Lagos (WAT, UTC+1) · 11pm Sunday -> 22:00Z same day; future handover; briefing time distractor",
 body="""{"title": "Bandits Free 23 Abducted Zamfara Pupils After Weeks In Captivity",
 "pubDate": "March 23, 2026 08:14 am",
 "author": "SaharaReporters, New York",
 "category": ["News", "Security", "Kidnapping"],
 "text": "Twenty-three pupils abducted from Government Girls Secondary School, Kasuwar Daji, in Zamfara State earlier this month have been released by their captors.\\n\\nA security source told SaharaReporters that the pupils were freed at about 11pm on Sunday in a forest in Tsafe Local Government Area and were taken by soldiers to a military base in Gusau.\\n\\nThe state police command spokesperson, DSP Musa Gummi, said at a briefing at 1am that no ransom was paid, although sources in the community said about N50 million had been raised by parents.\\n\\nThe state government said the pupils will be handed over to their parents at the Government House in Gusau on Tuesday at 10am after medical checks.\\n\\nZamfara has been at the centre of school kidnappings since the 2021 Jangebe kidnapping, when more than 270 schoolgirls were taken.",
 "tags": ["Zamfara", "Bandits", "Abduction"],
 "url": "https://saharareporters.com/2026/03/23/bandits-free-23-abducted-zamfara-pupils-after-weeks-captivity"}
"""))

A(dict(f="17_el-obeid-drone-strikes.txt", h="RSF drones strike El Obeid airport and fuel depot", alert=True,
 topics=["sudan"], nt=["uae","chad"], loc="El Obeid",
 kt=[("at 6:20 am on Thursday","2026-04-23T06:20","Africa/Khartoum","Thursday",None),
     ("at 07:05","2026-04-23T07:05","Africa/Khartoum",None,None)],
 ex="'April 24, 2026' (dateline/publication); 'from 8 pm until 6 am every night' (recurring curfew); 'since April 2023' (background); 'at least seven civilians' (count)",
 man="plain text, Radio Dabanga · El Obeid, North Kordofan, Sudan · Africa/Khartoum (CAT, UTC+2) · Thursday relative to Friday dateline; second bare 24h clock same day; nightly curfew distractor",
 body="""
DABANGA
Radio TV Sudan

RSF drones strike El Obeid airport and fuel depot

EL OBEID / April 24, 2026

At least seven civilians were killed when drones launched by the Rapid Support Forces (RSF) struck El Obeid, the capital of North Kordofan, at 6:20 am on Thursday, local sources told Radio Dabanga.

The first drone hit the runway of El Obeid airport, which is used by the Sudanese Armed Forces (SAF). A second drone hit the state's main fuel depot at 07:05, setting off a fire that burned until the afternoon, listeners reported.

The North Kordofan security committee has since imposed a curfew in El Obeid from 8 pm until 6 am every night, "until further notice".

Residents say fuel prices doubled within hours. Sudan has been at war since April 2023. The SAF accuses the United Arab Emirates of supplying drones to the RSF through Chad, which both countries deny.

Share this: Facebook | X | WhatsApp
Related: 'Kordofan is the new front line' – aid workers
"""))

A(dict(f="18_msf-drodro-hospital-attack.html", h="DRC: MSF suspends activities in Drodro after armed attack on hospital", alert=True,
 topics=["drc"], nt=["uganda"], loc="Drodro",
 kt=[("At around 2am on Saturday 18 July","2026-07-18T02:00","Africa/Lubumbashi","Saturday",None),
     ("return to Drodro on Monday 20 July","2026-07-20","Africa/Lubumbashi","Monday",None)],
 ex="'Press release 19 July 2026' (publication); 'between 08:00 and 18:00 Kinshasa time' (press-office hours, recurring); 'since 2019' (background); '130 patients', '3 killed' (counts)",
 man="HTML press release, Médecins Sans Frontières · Drodro, Ituri, DRC · Africa/Lubumbashi (CAT, UTC+2 in eastern DRC) vs Kinshasa time (WAT) in contact line · DRC has two zones; contact-hours distractor in the other zone; date-only return",
 body="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>DRC: MSF suspends activities in Drodro after armed attack on hospital | MSF</title></head>
<body>
<header class="site-header"><a class="logo" href="/">MSF Médecins Sans Frontières</a>
<nav><a href="/what-we-do">What we do</a> <a href="/where-we-work">Where we work</a> <a href="/latest">Latest</a> <a class="donate" href="/donate">Donate</a></nav></header>
<main>
<div class="breadcrumbs">Home / Latest / Press releases</div>
<p class="type">Press release 19 July 2026</p>
<h1>DRC: MSF suspends activities in Drodro after armed attack on hospital</h1>
<p class="country-tag">Democratic Republic of Congo</p>
<div class="body">
<p>At around 2am on Saturday 18 July, armed men entered the general referral hospital in Drodro, Ituri province, where Médecins Sans Frontières (MSF) supports the emergency and paediatric wards. Three people, including a patient's caretaker, were killed and several buildings were looted.</p>
<p>"Our staff hid with patients in the wards for hours. Nobody should have to fear for their life in a hospital," said Dr Aline Mbuyi, MSF head of mission in the DRC.</p>
<p>MSF has temporarily suspended its activities and evacuated part of its team to Bunia. Around 130 patients remain in the hospital under the care of Ministry of Health staff. An MSF team will return to Drodro on Monday 20 July to assess whether activities can resume safely.</p>
<p>MSF has worked in Drodro since 2019, when violence displaced tens of thousands of people in Djugu territory near the border with Uganda.</p>
</div>
<div class="contact"><h3>Media contact</h3><p>MSF press office Kinshasa, available between 08:00 and 18:00 Kinshasa time: press.kinshasa@msf.example</p></div>
<div class="share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>
<aside><h3>Related</h3><ul><li><a href="#">Ituri: displaced people face cholera outbreak</a></li><li><a href="#">Our work in DRC</a></li></ul></aside>
</main>
<footer><p>Médecins Sans Frontières/Doctors Without Borders · Privacy · Cookie settings</p></footer>
</body></html>
"""))

A(dict(f="19_fleetwatch-changelog.md", h="Changelog", alert=False,
 topics=[], nt=[], loc=None, kt=[],
 ex="not news: a software release changelog; release dates ('2026-03-14'), a maintenance window ('Saturday 21 March 2026, 22:00–23:30 UTC'), a DST bug note ('02:00 → 03:00 on 29 March') and version numbers are not events of a news story",
 man="NON-ARTICLE: Markdown software release changelog (open-source vessel-tracking tool) · — · UTC, Europe/* mentioned · dates, maintenance window, 'drone'/'alert' vocabulary and DST wording that look like news",
 body="""
# Changelog

All notable changes to **fleetwatch** (AIS vessel-tracking dashboard) are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and this project adheres to Semantic Versioning.

## [4.2.0] - 2026-03-14

### Added
- Alert rules for vessels entering user-defined zones (`alerts.zones`), with optional drone-layer overlay.
- Timeline view with entry times in the viewer's local zone or UTC.

### Fixed
- Times between 02:00 and 03:00 on 29 March (EU spring-forward) were rendered twice. (#1184)
- Map tiles failed to load after midnight UTC when the cache rolled over. (#1191)

### Changed
- Minimum Python version is now 3.11.

## [4.1.3] - 2026-02-02

### Security
- Bumped `lxml` to 5.3.1 (CVE-2025-XXXX).

## Maintenance

The public demo instance will be down for upgrade on Saturday 21 March 2026, 22:00–23:30 UTC.

[4.2.0]: https://github.com/example/fleetwatch/compare/v4.1.3...v4.2.0
[4.1.3]: https://github.com/example/fleetwatch/compare/v4.1.2...v4.1.3
"""))

A(dict(f="20_suwayda-clashes-curfew.html", h="Clashes in As-Suwayda leave dead, curfew imposed", alert=True,
 topics=["syria"], nt=["israel","jordan"], loc="As-Suwayda",
 kt=[("at about 11 p.m. on Sunday","2026-06-07T23:00","Asia/Damascus","Sunday",None),
     ("starting 6 a.m. Monday","2026-06-08T06:00","Asia/Damascus","Monday",None)],
 ex="datePublished/dateModified in JSON-LD and visible '08/06/2026' stamp; 'since July 2025' (background); 'at least nine people' (count); 'M5 highway' (road number)",
 man="HTML, Enab Baladi English, article body both in <script type=application/ld+json> articleBody and in the page · As-Suwayda, Syria · Asia/Damascus (UTC+3 permanent since 2022) · Syria no longer uses +2/+3 DST; curfew start one-off",
 body="""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Clashes in As-Suwayda leave dead, curfew imposed - Enab Baladi</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Clashes in As-Suwayda leave dead, curfew imposed","datePublished":"2026-06-08T10:45:00+03:00","dateModified":"2026-06-08T12:10:00+03:00","author":{"@type":"Organization","name":"Enab Baladi"},"publisher":{"@type":"Organization","name":"Enab Baladi"},"articleSection":"News","articleBody":"Clashes broke out at about 11 p.m. on Sunday between local armed factions and units of the General Security Service in the city of As-Suwayda, southern Syria, leaving at least nine people dead, local sources told Enab Baladi. The Internal Security Command in As-Suwayda announced a full curfew in the city starting 6 a.m. Monday until further notice. The fighting centred on the Dawar al-Mashnaqa roundabout and the road to the M5 highway. Tension has persisted in the governorate since July 2025. Israel said it was monitoring the situation; Jordan closed a nearby border post to pedestrians."}
</script>
</head>
<body>
<div class="top-header"><a href="/en/">Enab Baladi</a> <ul class="menu"><li>News</li><li>Reports</li><li>Economy</li><li>Opinion</li><li>عربي</li></ul></div>
<article>
<span class="cat">News</span>
<h1 class="post-title">Clashes in As-Suwayda leave dead, curfew imposed</h1>
<div class="post-meta"><span class="author">Enab Baladi</span> <span class="date">08/06/2026</span></div>
<div class="entry">
<p>Clashes broke out at about 11 p.m. on Sunday between local armed factions and units of the General Security Service in the city of As-Suwayda, southern Syria, leaving at least nine people dead, local sources told Enab Baladi.</p>
<p>The Internal Security Command in As-Suwayda announced a full curfew in the city starting 6 a.m. Monday until further notice.</p>
<p>The fighting centred on the Dawar al-Mashnaqa roundabout and the road to the M5 highway. Tension has persisted in the governorate since July 2025.</p>
<p>Israel said it was monitoring the situation; Jordan closed a nearby border post to pedestrians.</p>
</div>
<div class="share-links">Share: Facebook · X · Telegram · WhatsApp</div>
<div class="related"><h4>Related</h4><ul><li>Daraa: roadside bomb targets patrol</li><li>Damascus announces new governor for As-Suwayda</li></ul></div>
</article>
<footer>© Enab Baladi 2026. This site uses cookies. <a href="#">OK</a></footer>
</body></html>
"""))
