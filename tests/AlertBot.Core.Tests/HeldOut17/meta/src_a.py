ITEMS = []
A = ITEMS.append

A(dict(file='01_lsm-ludza-drone-crash.txt', headline='Drone crashes near Ludza; road closed as sappers search for debris',
alert=True, topics=['latvia'], notTopics=['lithuania'], location='Ludza',
keys=[('at 23:40 on Saturday, 28 March', '2026-03-28T23:40', 'Europe/Riga', 'Saturday', None),
      ('at 07:15 on Sunday', '2026-03-29T07:15', 'Europe/Riga', 'Sunday', None)],
excluded="'29.03.2026, 11:02' / 'Updated 12:40' publication stamps; 'at 03:00' clocks moved forward (DST, not an event; 07:15 is already EEST +03); 'at 10:00' time of saying; 'until at least 18:00' range end; P49 road number; 14 kilometres distance; 2024 background; +371 phone number",
text='''
LSM.lv
Latvian Public Broadcasting | English
News | Defence | Latgale

Drone crashes near Ludza; road closed as sappers search for debris

Latvian Radio, LSM.lv
29.03.2026, 11:02
Updated 12:40

An unmanned aerial vehicle that entered Latvian airspace from the direction of Belarus crashed in a forest in Ludza municipality late on Saturday, the National Armed Forces (NBS) said on Sunday.

According to the NBS, air surveillance radars tracked the object crossing the border at 23:40 on Saturday, 28 March. It came down roughly 14 kilometres inside Latvia, near the village of Pilcene. Residents told Latvian Radio they heard a loud bang followed by the smell of burning.

State Police closed the P49 road between Ludza and Zilupe at 07:15 on Sunday after a patrol found fragments close to the carriageway. Readers should note that clocks in Latvia moved forward by one hour overnight, at 03:00, to summer time; all times in this report are local.

"At this moment we cannot say whether the drone was carrying explosives. Sappers of the Explosive Ordnance Disposal unit are working at the scene," NBS spokesperson Ilze Kalniņa told Latvian Radio at 10:00.

The road will remain closed until at least 18:00, police said. Drivers are asked to use the Ludza–Kārsava route instead.

Lithuania has recorded several similar incursions this year. Latvia has reported stray drones on its eastern border repeatedly since 2024.

Residents who find suspicious objects should not touch them and should call the State Police on 110 or the NBS information line +371 6733 5080.

Share: Facebook | X | Draugiem | Email
Related: Saeima committee to discuss eastern border air defence · Border guards detain 41 migrants at Robežnieki
© LSM 2026. All rights reserved. Cookie settings
'''))

A(dict(file='02_lrt-vilnius-airport-balloons.html', headline="Vilnius Airport shuts again as smugglers' balloons drift in from Belarus",
alert=True, topics=['lithuania'], notTopics=['latvia'], location='Vilnius Airport',
keys=[('suspended all arrivals and departures at 21:12 on Tuesday', '2026-10-20T21:12', 'Europe/Vilnius', 'Tuesday', None),
      ('resumed at 01:30 on Wednesday', '2026-10-21T01:30', 'Europe/Vilnius', 'Wednesday', None),
      ('an extraordinary meeting on Thursday', '2026-10-22', 'Europe/Vilnius', 'Thursday', None)],
excluded="'2026.10.21 08:14' / 'Atnaujinta 09:40' stamps; flight numbers LO771 and FR2614; 'from 19:00 to 07:00' nightly recurring restriction; 'for more than four hours' duration; 2025 background; 27 balloons count",
text='''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vilnius Airport shuts again as smugglers' balloons drift in from Belarus - LRT</title>
<meta property="og:site_name" content="LRT">
<meta property="article:published_time" content="2026-10-21T08:14:00+03:00">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/en">LRT English</a>
  <nav><ul><li><a href="/en/news-in-english/19">News</a></li><li><a href="/en/news-in-english/29">Politics</a></li><li><a href="/en/news-in-english/30">Security</a></li><li><a href="/en/lrt-tv">LRT TV</a></li><li><a href="/">LT</a></li></ul></nav>
</header>
<main>
<article>
  <div class="article-category">Security</div>
  <h1 class="article-title">Vilnius Airport shuts again as smugglers' balloons drift in from Belarus</h1>
  <div class="article-meta"><span class="author">LRT.lt, BNS</span> <time datetime="2026-10-21T08:14">2026.10.21 08:14</time> <span class="updated">Atnaujinta 09:40</span></div>
  <div class="article-body">
    <p>Vilnius Airport suspended all arrivals and departures at 21:12 on Tuesday after radar picked up a cluster of weather balloons drifting in from Belarus, the National Crisis Management Centre said.</p>
    <p>Air traffic was closed for more than four hours. Operations resumed at 01:30 on Wednesday, according to Lithuanian Airports. Three incoming flights, including LO771 from Warsaw and FR2614 from Dublin, were diverted to Kaunas and Riga.</p>
    <p>Border guards later recovered 27 balloons carrying contraband cigarettes in the Šalčininkai and Vilnius districts.</p>
    <p>Since last week, temporary airspace restrictions have applied nightly from 19:00 to 07:00 in a strip along the border, but officials say the balloons keep arriving regardless.</p>
    <p>The government will hold an extraordinary meeting on Thursday to consider closing the remaining two crossing points with Belarus, Prime Minister's spokesperson Ramunė Jasaitė said.</p>
    <p>Lithuania shut its border for a month in 2025 after a similar wave of balloon incursions.</p>
  </div>
  <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <button>Copy link</button></div>
</article>
<aside class="related"><h3>Related</h3><ul>
  <li><a href="#">Seimas approves extra funds for border surveillance</a></li>
  <li><a href="#">Latvia reports first balloon sighting over Daugavpils</a></li>
  <li><a href="#">Explainer: how the cigarette-balloon trade works</a></li>
</ul></aside>
</main>
<footer><p>&copy; 2026 LRT. Lietuvos nacionalinis radijas ir televizija.</p><p class="cookies">We use cookies to improve your experience. <a href="#">Accept</a></p></footer>
</body>
</html>
'''))

A(dict(file='03_svt-gotland-cable-damage.md', headline='Undersea data cable off Gotland damaged – coast guard boards cargo ship',
alert=True, topics=['sweden'], notTopics=['finland', 'malta'], location='Gotland',
keys=[('at 22:05 on Saturday evening', '2026-10-24T22:05', 'Europe/Stockholm', 'Saturday', None),
      ('at 06:30 on Sunday', '2026-10-25T06:30', 'Europe/Stockholm', 'Sunday', None),
      ('begin inspecting the cable on Monday', '2026-10-26', 'Europe/Stockholm', 'Monday', None)],
excluded="'Publicerad 25 oktober 2026 kl 11.20' / 'Uppdaterad 13.05' stamps; clocks turned back at 03.00 (DST end, not an event; 22:05 is CEST +02, 06:30 is CET +01); 'at 10 o'clock' press conference time of saying; 2023 Finland background; 190 metres / 25 nautical miles distances; GotLink 2 name",
text='''
# SVT Nyheter – in English

**Inrikes · Gotland**

## Undersea data cable off Gotland damaged – coast guard boards cargo ship

*Publicerad 25 oktober 2026 kl 11.20 · Uppdaterad 13.05*
*By Johan Lindqvist, SVT Öst*

The GotLink 2 data cable between Gotland and the mainland was damaged on Saturday evening, the Swedish Armed Forces have confirmed. The operator registered a sudden loss of signal at 22:05 on Saturday evening, about 25 nautical miles east of Visby.

A Swedish coast guard vessel reached a Malta-flagged bulk carrier, the *Orsa Venture*, at 06:30 on Sunday and boarded it with support from the navy. Note that clocks in Sweden were turned back one hour at 03.00 on Sunday morning, when summer time ended.

The ship, which is 190 metres long, had been seen on tracking data trailing what investigators suspect was its anchor.

"We are treating this as possible sabotage until we know otherwise," prosecutor Mats Ekberg said at a press conference in Visby at 10 o'clock.

Navy divers are expected to begin inspecting the cable on Monday, weather permitting.

Finland investigated a similar case in the Gulf of Finland in 2023.

---

*Läs också:* [Försvarsmakten höjer beredskapen på Gotland](#) · [Så skyddas kablarna i Östersjön](#)

Dela: Facebook · X · Kopiera länk
'''))

A(dict(file='04_notesfrompoland-airspace-violation.txt', headline='Russian missile briefly enters Polish airspace during attack on western Ukraine, army says',
alert=True, topics=['poland'], notTopics=['netherlands'], location='Hrubieszów',
keys=[('scrambled at 6.20 a.m.', '2026-09-10T06:20', 'Europe/Warsaw', None, None),
      ('at 6.42 a.m. on Thursday', '2026-09-10T06:42', 'Europe/Warsaw', 'Thursday', None),
      ('from 6.30 a.m.', '2026-09-10T06:30', 'Europe/Warsaw', None, None)],
excluded="'10 September 2026' dateline without clock; 'at 8.15 a.m.' statement time (saying); 'for around three minutes' duration; 'until 9 a.m.' range end; F-35 and Patriot names; 40 km distance; 2022 Przewodów background",
text='''
NOTES FROM POLAND
News from Poland · Politics · Society · Security

Russian missile briefly enters Polish airspace during attack on western Ukraine, army says

Marek Zawada, Julia Sroka
10 September 2026

A Russian cruise missile entered Polish airspace over the Lubelskie province early on Thursday during a massive Russian strike on western Ukraine, the Polish army's Operational Command has announced.

Polish and allied aircraft, including Dutch F-35s, were scrambled at 6.20 a.m. as the attack unfolded. According to the military, the missile crossed the border near Hrubieszów at 6.42 a.m. on Thursday and remained in Polish airspace for around three minutes before leaving towards Ukraine. It flew roughly 40 km inside the country.

Rzeszów-Jasionka airport was closed to civilian traffic from 6.30 a.m. until 9 a.m., the Polish Air Navigation Services Agency said.

"All procedures were activated in line with standing orders," the Operational Command wrote on X at 8.15 a.m. Defence minister Tomasz Wrona said Poland would demand an explanation from Moscow.

The incident revives memories of November 2022, when a stray Ukrainian air-defence missile killed two men in the village of Przewodów.

Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation. Support us.

Share · Tweet · Email
Related: Poland to buy more Patriot batteries · Border zone with Belarus extended for 90 days
'''))

A(dict(file='05_romaniainsider-tulcea-roalert.html', headline='RO-Alert issued in Tulcea as drone fragments found near Danube village',
alert=True, topics=['romania'], notTopics=['bulgaria'], location='Tulcea',
keys=[('issued at 01:17 on Wednesday', '2026-07-15T01:17', 'Europe/Bucharest', 'Wednesday', None),
      ('at around 10:00', '2026-07-15T10:00', 'Europe/Bucharest', None, None),
      ('The day before, on Tuesday afternoon', '2026-07-14', 'Europe/Bucharest', 'Tuesday', None)],
excluded="'15 July 2026' date line and 'Updated 14:32' stamp; 112 emergency number; 'for 40 minutes' duration; 'more than 20 incidents since 2023' background; 1 km distance",
text='''<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>RO-Alert issued in Tulcea as drone fragments found near Danube village | Romania Insider</title>
<meta name="description" content="Authorities issued an RO-Alert message for northern Tulcea county overnight.">
</head>
<body class="single-post">
<div class="topbar">Romania Insider &middot; <a href="/newsletter">Newsletter</a> &middot; <a href="/events">Events</a> &middot; <a href="/subscribe">Subscribe</a></div>
<nav class="main-nav"><a href="/category/news">News</a> <a href="/category/politics">Politics</a> <a href="/category/business">Business</a> <a href="/category/travel">Travel</a></nav>
<div class="container">
<p class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/news">News</a></p>
<h1 class="entry-title">RO-Alert issued in Tulcea as drone fragments found near Danube village</h1>
<div class="entry-meta">by Andreea Popescu <span class="date">15 July 2026</span> <span class="updated">Updated 14:32</span></div>
<div class="entry-content">
<p>The Inspectorate for Emergency Situations (ISU) Delta issued an RO-Alert message for the northern part of Tulcea county at 01:17 on Wednesday, as Russian drones attacked Ukrainian ports on the other bank of the Danube, which is less than 1 km wide at that point.</p>
<p>The message, issued at 01:17 on Wednesday, urged residents of Isaccea, Grindu and Luncavița to take shelter in basements. It stayed active for 40 minutes.</p>
<p>A Ministry of National Defence (MApN) team found fragments of what appears to be a Geran-type drone in a field near Grindu at around 10:00, the ministry said. No injuries were reported.</p>
<p>The day before, on Tuesday afternoon, a farmer reported a crater in a maize field near Plauru, which the army is still investigating.</p>
<p>Romania has recorded more than 20 incidents involving drone fragments on its territory since 2023. Defence minister Ovidiu Stanciu said he had informed his counterpart in Bulgaria and NATO allies.</p>
<p>Residents who spot debris are asked to call 112 and not approach the objects.</p>
</div>
<div class="share-buttons"><a>Share on Facebook</a> <a>Share on LinkedIn</a> <a>Email</a></div>
<section class="related-posts"><h4>You might also like</h4><ul><li><a href="#">Romania extends Black Sea anti-drone programme</a></li><li><a href="#">Constanța port traffic hits record in June</a></li></ul></section>
</div>
<footer>&copy; 2026 Romania Insider. All rights reserved. <span class="cookie">This site uses cookies. <a href="#">OK</a></span></footer>
</body></html>
'''))

A(dict(file='06_azertac-kalbajar-shelling.txt', headline='Armenian armed forces units subjected positions of Azerbaijan Army in Kalbajar direction to fire',
alert=True, topics=['azerbaijan', 'armenia'], notTopics=[], location='Kalbajar',
keys=[('at 14:35 Baku time', '2026-05-19T14:35', 'Asia/Baku', None, None),
      ('at 22:10 on the same day', '2026-05-19T22:10', 'Asia/Baku', None, None)],
excluded="'19.05.2026 [23:48]' publication stamp; 'at 23:00' statement time (saying); 5.45 mm calibre; 2020 Patriotic War background; 'for about 20 minutes' duration",
text='''
AZERTAC
Azerbaijan State News Agency

Politics | Military

19.05.2026 [23:48]

Armenian armed forces units subjected positions of Azerbaijan Army in Kalbajar direction to fire

Baku, May 19, AZERTAC

On May 19, at 14:35 Baku time, units of the Armed Forces of Armenia located in the direction of the Basarkechar district subjected the positions of the Azerbaijan Army Units stationed in the Kalbajar district to fire using small arms of 5.45 mm calibre, the Ministry of Defense of the Republic of Azerbaijan informed AZERTAC.

According to the ministry, the firing continued for about 20 minutes. Adequate retaliatory measures were taken by the Azerbaijan Army Units.

The ministry also reported that at 22:10 on the same day, Armenian units once again opened fire from the same direction, this time targeting positions near the settlement of Zar. There are no casualties among the personnel.

The information was circulated by the Ministry at 23:00. The Ministry of Defense noted that the responsibility for the tension falls on the military-political leadership of Armenia.

It should be reminded that since the end of the 2020 Patriotic War, the sides have conducted talks on delimitation of the state border.

AZERTAC

Print | Share | Subscribe to news
'''))

A(dict(file='07_asiaplus-vorukh-border-clash.md', headline='Shooting on Tajik-Kyrgyz border near Vorukh, two border guards wounded',
alert=True, topics=['tajikistan', 'kyrgyzstan'], notTopics=['russia'], location='Vorukh',
keys=[('at about 10:20 local time', '2026-06-03T10:20', 'Asia/Dushanbe', None, None),
      ('at 13:00 Bishkek time', '2026-06-03T13:00', 'Asia/Bishkek', None, None),
      ('meet in Isfara on Friday', '2026-06-05', 'Asia/Dushanbe', 'Friday', None)],
excluded="'12:00 Dushanbe time' same moment as 13:00 Bishkek (listed once); '03.06.2026 16:45' publication stamp; 'at 15:30' statement time (saying); 2021 and 2022 conflict background; 970 km border length",
text='''
**ASIA-Plus** · News · Central Asia

# Shooting on Tajik-Kyrgyz border near Vorukh, two border guards wounded

*03.06.2026 16:45 · Dushanbe*

Shooting broke out on the Tajik-Kyrgyz border near the Tajik exclave of Vorukh in the Isfara district on Wednesday morning, and two Tajik border guards were wounded, the Border Troops of the State Committee for National Security (SCNS) said.

According to the Tajik side, Kyrgyz border guards opened fire at about 10:20 local time while Tajik residents were repairing an irrigation canal near the village of Khojai Alo.

The Border Service of Kyrgyzstan, in its turn, blamed the Tajik side and said an agreement to cease fire took effect at 13:00 Bishkek time (12:00 Dushanbe time) after the heads of the two border services spoke by phone.

- Tajik Border Troops statement was released at 15:30.
- The wounded were taken to the Isfara central district hospital.
- Schools in Vorukh were closed for the day.

Border commissioners of the two countries will meet in Isfara on Friday to discuss the incident, the SCNS said.

The Russian Foreign Ministry called on both sides to show restraint.

The countries share a 970 km border, about a third of which remains undemarcated. Deadly clashes took place in April 2021 and September 2022.

> Subscribe to our Telegram channel · Share on Facebook · X · WhatsApp
'''))

A(dict(file='08_montsame-bulgan-checkpoint.json', headline='Bulgan border checkpoint in Khovd closed after armed group crosses border',
alert=True, topics=['mongolia'], notTopics=[], location='Bulgan soum',
keys=[('at around 09:00 local time', '2026-08-12T09:00', 'Asia/Hovd', None, None),
      ('reopen at 10:00 local time on Friday', '2026-08-14T10:00', 'Asia/Hovd', 'Friday', None)],
excluded="'2026.08.12 17:45' publication stamp (Ulaanbaatar); 'at 14:00 Ulaanbaatar time' statement time (saying); '8 km' distance; '1,200 km' distance; +976 phone; the soum name 'Bulgan' is not Bulgan aimag",
text='''{
  "source": "MONTSAME",
  "lang": "en",
  "category": "Society",
  "meta": {
    "published": "2026.08.12 17:45",
    "author": "B.Dulguun",
    "tags": ["border", "Khovd", "General Authority for Border Protection"]
  },
  "title": "Bulgan border checkpoint in Khovd closed after armed group crosses border",
  "lead": "Ulaanbaatar, August 12 (MONTSAME). The Bulgan border checkpoint in Khovd aimag has been temporarily closed after an armed group crossed the state border on Wednesday.",
  "body": [
    "According to the General Authority for Border Protection, a group of five armed men crossed the border near the Bulgan soum of Khovd aimag at around 09:00 local time on Wednesday, August 12. A border patrol exchanged fire with the group about 8 km from the checkpoint, and one border soldier was slightly wounded.",
    "Khovd aimag, about 1,200 km west of Ulaanbaatar, lies in the western time zone of Mongolia, one hour behind the capital.",
    "The authority said at 14:00 Ulaanbaatar time that the group had retreated and that a search operation was continuing with support from the local police.",
    "The Bulgan checkpoint will reopen at 10:00 local time on Friday, August 14, if the situation allows, the authority said. Cargo trucks waiting at the checkpoint have been asked to remain in the designated parking area.",
    "For information, citizens may call the border authority hotline at +976 7011 2233."
  ],
  "related": [
    {"title": "Mongolia and China agree to extend checkpoint working hours", "url": "/en/article/401122"},
    {"title": "Khovd aimag prepares for winter", "url": "/en/article/401090"}
  ]
}
'''))

A(dict(file='09_bergen-library-christmas-hours.html', headline='Opening hours over Christmas and New Year',
alert=False, topics=[], notTopics=[], location=None, keys=[],
excluded="non-article (library opening hours): all dates and clocks are opening hours, a recurring schedule and 'the self-service library opens at 07:00 every day' routines; phone number 55 56 85 00",
text='''<!DOCTYPE html>
<html lang="no">
<head><meta charset="utf-8"><title>Opening hours over Christmas and New Year | Bergen Public Library</title></head>
<body>
<header><a class="logo" href="/">Bergen Offentlige Bibliotek</a>
<nav><a href="/arrangementer">Events</a> <a href="/apningstider">Opening hours</a> <a href="/min-side">My page</a> <a href="/english">English</a></nav>
<form class="search"><input placeholder="Search the catalogue"><button>Search</button></form></header>
<main>
<h1>Opening hours over Christmas and New Year</h1>
<p class="ingress">The main library and all branches have reduced opening hours during the holidays. Staffed hours are shown below.</p>
<table class="hours">
<tr><th>Day</th><th>Main library</th><th>Branches</th></tr>
<tr><td>Wednesday 23 December</td><td>10:00&ndash;16:00</td><td>10:00&ndash;15:00</td></tr>
<tr><td>Thursday 24 December (Christmas Eve)</td><td>Closed</td><td>Closed</td></tr>
<tr><td>25&ndash;27 December</td><td>Closed</td><td>Closed</td></tr>
<tr><td>Monday 28 December &ndash; Wednesday 30 December</td><td>10:00&ndash;18:00</td><td>12:00&ndash;17:00</td></tr>
<tr><td>Thursday 31 December (New Year's Eve)</td><td>10:00&ndash;13:00</td><td>Closed</td></tr>
<tr><td>Friday 1 January 2027</td><td>Closed</td><td>Closed</td></tr>
</table>
<p>Normal opening hours resume on Saturday 2 January 2027 at 10:00.</p>
<p>The self-service library at Fyllingsdalen opens at 07:00 every day, including public holidays, for users with a PIN code.</p>
<p>The book return box outside the main entrance is emptied daily. Loans due during the holidays are automatically extended until 4 January.</p>
<p>Questions? Call us on 55 56 85 00 or chat with us on weekdays 10:00&ndash;15:00.</p>
</main>
<footer>Bergen Offentlige Bibliotek &middot; Strømgaten 6, 5015 Bergen &middot; <a href="#">Privacy and cookies</a></footer>
</body></html>
'''))

A(dict(file='10_addisstandard-debre-markos-curfew.html', headline='Command post imposes curfew in Debre Markos after overnight attack on police station',
alert=True, topics=['ethiopia'], notTopics=[], location='Debre Markos',
keys=[('at around 11:30 p.m. on Thursday', '2026-02-12T23:30', 'Africa/Addis_Ababa', 'Thursday', None),
      ('from 6:00 p.m. on Friday', '2026-02-13T18:00', 'Africa/Addis_Ababa', 'Friday', None)],
excluded="'February 13, 2026' date line; '12 o'clock in the evening' is the same 6:00 p.m. in the Ethiopian clock system (listed once); 'nightly from 8:00 p.m. to 6:00 a.m.' recurring Bajaj ban; 'until further notice' open end; 300 km distance; 2023 state of emergency background",
text='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>News: Command post imposes curfew in Debre Markos after overnight attack on police station - Addis Standard</title></head>
<body>
<div id="masthead"><a href="/" class="site-logo">Addis Standard</a>
<ul class="menu"><li>News</li><li>Politics</li><li>Business</li><li>Opinion</li><li>Interview</li><li>Amharic</li><li>Afaan Oromoo</li></ul></div>
<div class="content-area">
<span class="cat-label">News</span>
<h1 class="entry-title">Command post imposes curfew in Debre Markos after overnight attack on police station</h1>
<div class="post-meta">By Addis Standard Staff &nbsp;|&nbsp; February 13, 2026</div>
<div class="entry-content">
<p><strong>Addis Abeba</strong> &ndash; The Amhara regional command post has imposed a curfew in Debre Markos, the capital of East Gojjam Zone, after armed men attacked the city's main police station at around 11:30 p.m. on Thursday, residents and officials told Addis Standard.</p>
<p>Residents said heavy gunfire lasted for more than two hours. A health worker at Debre Markos Referral Hospital said at least seven people, including three police officers, were admitted with gunshot wounds.</p>
<p>In a notice read on the regional broadcaster, the command post said that movement of people and vehicles would be prohibited from 6:00 p.m. on Friday (12 o'clock in the evening according to the Ethiopian time system) until further notice.</p>
<p>The command post also reminded residents that three-wheeled Bajaj taxis remain banned nightly from 8:00 p.m. to 6:00 a.m. across the zone.</p>
<p>The city, some 300 km north-west of Addis Abeba, has seen repeated fighting between government forces and Fano militias since the federal government declared a state of emergency in the region in August 2023.</p>
</div>
<div class="sharedaddy">Share this: <a>Telegram</a> <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
<div class="related"><h4>Related</h4><ul><li><a href="#">Fuel shortage hits Bahir Dar as roads remain closed</a></li><li><a href="#">Analysis: the long war in Amhara</a></li></ul></div>
</div>
<footer class="site-footer">&copy; 2026 Addis Standard. All rights reserved. | We use cookies to give you the best experience.</footer>
</body></html>
'''))
