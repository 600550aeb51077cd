ITEMS = []
A = ITEMS.append

A(dict(file='31_scmp-pla-drills-taiwan.json', headline='PLA announces live-fire drills around Taiwan after coastguard stand-off near Kinmen',
alert=True, topics=['china', 'taiwan'], notTopics=['japan'], location='Taiwan Strait',
keys=[('at 2.15pm on Friday', '2026-04-17T14:15', 'Asia/Taipei', 'Friday', None),
      ('from 8am on Saturday', '2026-04-18T08:00', 'Asia/Shanghai', 'Saturday', None)],
excluded="'Published: 10:48pm, 17 Apr 2026' stamp; 'to 6pm on Sunday' range end; 'said at 9pm' Eastern Theatre Command statement (saying); 'CST' here is China Standard Time UTC+8; 'for 30 hours' duration; 2022 and 2024 drills background; 5 nautical miles, 24.3N coordinates",
text='''{
  "source": "South China Morning Post",
  "section": ["China", "Military"],
  "story": {
    "title": "PLA announces live-fire drills around Taiwan after coastguard stand-off near Kinmen",
    "standfirst": "Maritime Safety Administration warns vessels to avoid five zones as Eastern Theatre Command steps up pressure on Taipei",
    "author": {"name": "Liu Zhen", "role": "Reporter"},
    "published": "Published: 10:48pm, 17 Apr 2026",
    "body_html": "<p>The People’s Liberation Army will hold live-fire drills in five zones around Taiwan, two of them in the Taiwan Strait, from 8am on Saturday to 6pm on Sunday (China Standard Time, CST), the Maritime Safety Administration (MSA) said in a navigation warning.</p><p>The Eastern Theatre Command said at 9pm that the exercises, expected to last for 30 hours, were a “stern warning to separatist forces”.</p><p>The announcement came hours after a stand-off near Kinmen, where a Taiwanese coastguard vessel shadowed a Chinese coastguard ship that sailed within 5 nautical miles of the island at 2.15pm on Friday, according to Taiwan’s Ocean Affairs Council.</p><p>One of the zones, centred near 24.3N, lies close to shipping lanes used by vessels heading to Japan.</p><p>The PLA staged similar large-scale drills in August 2022 and twice in 2024.</p>"
  },
  "topics": ["Taiwan", "PLA", "Cross-strait relations"],
  "paywall": false
}
'''))

A(dict(file='32_jordantimes-irbid-drone.txt', headline='Air defences intercept drone over Irbid, debris damages house in Hakama',
alert=True, topics=['jordan'], notTopics=['syria'], location='Irbid',
keys=[('at 1:38am on Monday', '2026-01-19T01:38', 'Asia/Amman', 'Monday', None),
      ('at 1:45am', '2026-01-19T01:45', 'Asia/Amman', None, None),
      ('will reopen on Tuesday', '2026-01-20', 'Asia/Amman', 'Tuesday', None)],
excluded="'Published on Monday, 19 January 2026 - 02:14 pm' stamp; 'said at 10am' JAF statement (saying); Jordan stays on UTC+3 all year since 2022 (background; no DST to apply); 20km distance; 2024 background; 'for 10 minutes' duration",
text='''
The Jordan Times
Jordan's first and leading independent political daily in English

Home | Local | Region | World | Business | Opinion

Air defences intercept drone over Irbid, debris damages house in Hakama

By JT
Published on Monday, 19 January 2026 - 02:14 pm

AMMAN — Jordanian air defences intercepted an unidentified drone over Irbid Governorate early on Monday, the Jordan Armed Forces-Arab Army (JAF) said.

Residents said warning sirens sounded at 1:38am on Monday across northern Jordan and continued for 10 minutes. The drone was shot down at 1:45am, and its debris fell on the roof of a house in the town of Hakama, about 20km from the Syrian border, causing material damage but no injuries.

A JAF source said at 10am that the drone had entered Jordanian airspace from the north, without giving further details.

The Ministry of Education suspended classes in Irbid's eastern districts on Monday and said schools will reopen on Tuesday.

The Kingdom has intercepted dozens of drones used by drug smugglers since 2024. Jordan has stayed on UTC+3 year-round since 2022.

Share: Facebook Twitter WhatsApp
Related articles: Crown Prince visits border guards in Ruwaished · Gov't approves 2026 budget amendments
'''))

A(dict(file='33_ynet-kiryat-shmona-sirens.xml', headline='Rocket sirens in Kiryat Shmona overnight and again Friday morning; Galilee schools closed Sunday',
alert=True, topics=['israel', 'lebanon'], notTopics=['iran'], location='Kiryat Shmona',
keys=[('at 11:50 p.m. on Thursday', '2026-03-26T23:50', 'Asia/Jerusalem', 'Thursday', None),
      ('at 9:10 a.m. Friday', '2026-03-27T09:10', 'Asia/Jerusalem', 'Friday', None),
      ('will be closed on Sunday', '2026-03-29', 'Asia/Jerusalem', 'Sunday', None)],
excluded="RSS pubDate (+0300); 'Israel moved to daylight saving time at 2 a.m. Friday' (DST switch, not an event: Thursday 23:50 is +02, Friday 09:10 is +03); 'IST' is Israel Standard/Daylight time here; 'at 10 a.m.' Home Front Command update (saying); 'within 15 seconds' alert time; 2024 war background; 5 rockets count",
text='''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Ynetnews - Breaking News</title>
<link>https://www.ynetnews.example/category/3089</link>
<description>Israel news in English</description>
<atom:link href="https://www.ynetnews.example/Integration/StoryRss3089.xml" rel="self" type="application/rss+xml"/>
<item>
<title>Rocket sirens in Kiryat Shmona overnight and again Friday morning; Galilee schools closed Sunday</title>
<link>https://www.ynetnews.example/article/hkx00a1r</link>
<guid>https://www.ynetnews.example/article/hkx00a1r</guid>
<pubDate>Fri, 27 Mar 2026 10:42:00 +0300</pubDate>
<author>Ynet</author>
<description><![CDATA[<p>Sirens sounded in Kiryat Shmona and surrounding communities at 11:50 p.m. on Thursday (IST) after five rockets were launched from Lebanon, the IDF said. Three were intercepted and two fell in open areas. Residents had 15 seconds to reach shelters.</p>
<p>A second barrage triggered sirens at 9:10 a.m. Friday, hours after Israel moved to daylight saving time at 2 a.m. Friday. A building in the city was lightly damaged.</p>
<p>The IDF said it struck Hezbollah launchers near Khiam in response. The Home Front Command said in an update at 10 a.m. that schools in the Galilee panhandle will be closed on Sunday, while gatherings of up to 30 people remain permitted.</p>
<p>The Iran-backed group had largely held fire since the 2024 ceasefire.</p>]]></description>
</item>
</channel>
</rss>
'''))

A(dict(file='34_lothian-service22-diversion.md', headline='Service 22 diversion: Leith Walk resurfacing',
alert=False, topics=[], notTopics=[], location=None, keys=[],
excluded="non-article (bus route change notice): the diversion start 'from 05:00 on Monday 12 October 2026' and last-bus times are a timetable change notice, not security news; stop numbers and phone number",
text='''
# Lothian Buses — Service Updates

**Home › Service updates › Diversions**

## Service 22 diversion: Leith Walk resurfacing

*Posted 2 October 2026*

Due to resurfacing works by the City of Edinburgh Council, Leith Walk will be closed northbound between Pilrig Street and Great Junction Street.

**What's changing**

- From **05:00 on Monday 12 October 2026**, service 22 towards Ocean Terminal will be diverted via Easter Road and Duke Street.
- Stops 36237 (Pilrig Street) to 36245 (Foot of the Walk) will not be served northbound.
- Temporary stops will be in place on Easter Road.
- Southbound journeys are not affected.

**How long for?**

The diversion is expected to last until Friday 18 December 2026. Night buses N22 will follow the same diversion between 00:30 and 04:30.

**Timetable**

Journey times may be up to 8 minutes longer. The last northbound 22 from Princes Street remains at 23:42 on weekdays.

Plan your journey with the Transport for Edinburgh app or call us on 0131 555 6363.

*Tags: diversion, roadworks, Leith*
'''))

A(dict(file='35_saba-hodeidah-raids.txt', headline='US-British aggression launches raids on Hodeidah and Ras Isa port',
alert=True, topics=['yemen'], notTopics=[], location='Hodeidah',
keys=[('at dawn yesterday, Tuesday', '2026-02-03', 'Asia/Aden', 'Tuesday', None),
      ('at 11:20 pm on the same day', '2026-02-03T23:20', 'Asia/Aden', None, None)],
excluded="'[04/February/2026] SANA'A, Feb. 4 (Saba)' dateline; 'at dawn' has no clock, dated Tuesday -> date-only key for the dawn raids (a separate event from the 23:20 raid); 'said in a statement at 1 am' (saying); four raids count; 'Al-Aqsa Flood' and 2023 background; 'for an hour' duration",
text='''
Saba News Agency
Yemen News Agency (SABA)

Local News

[04/February/2026]

US-British aggression launches raids on Hodeidah and Ras Isa port

SANA'A, Feb. 4 (Saba) - The US-British aggression launched four raids on Al-Hawk district in Hodeidah province at dawn yesterday, Tuesday, a security source told Saba.

The source explained that the aggression warplanes targeted the area of the port and the Al-Katheeb neighbourhood, causing damage to citizens' houses and property.

The source added that at 11:20 pm on the same day, the aggression launched three more raids on Ras Isa port in Al-Salif district, where fires continued for an hour.

The Ministry of Health said in a statement at 1 am that the preliminary toll was two martyrs and seven wounded, including a child.

The source affirmed that these raids will not deter the Yemeni people from their supportive position towards the Palestinian people, which began with the Al-Aqsa Flood operation in October 2023.

(Translated from Arabic)

Saba | Print | Share
'''))

A(dict(file='36_dailymirror-katunayake-bomb-threat.html', headline='Bomb threat at BIA: Departure terminal evacuated, several flights delayed',
alert=True, topics=['sri-lanka'], notTopics=['india'], location='Bandaranaike International Airport (BIA)',
keys=[('at half past nine on Friday night', '2026-07-10T21:30', 'Asia/Colombo', 'Friday', None),
      ('evacuated at 9.50 p.m.', '2026-07-10T21:50', 'Asia/Colombo', None, None),
      ('resumed at 1.15 a.m. on Saturday', '2026-07-11T01:15', 'Asia/Colombo', 'Saturday', None)],
excluded="'11 July 2026 10:05 am' stamp; flight UL 122 number; police hotline 119 and 1997; 'for nearly four hours' duration; 2019 Easter Sunday attacks background; 35 km distance",
text='''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bomb threat at BIA: Departure terminal evacuated, several flights delayed - Breaking News | Daily Mirror</title></head>
<body>
<div class="header"><a href="/" class="logo">Daily Mirror</a> <span class="tagline">Sri Lanka's Leading English Daily</span>
<ul class="menu"><li>Breaking News</li><li>Top Story</li><li>Business</li><li>Sports</li><li>Opinion</li><li>Life</li><li>Video</li></ul></div>
<div class="container">
<p class="label">Breaking News</p>
<h1>Bomb threat at BIA: Departure terminal evacuated, several flights delayed</h1>
<p class="meta">11 July 2026 10:05 am - <span class="comments">4</span> - <span class="views">5210</span></p>
<div class="text">
<p>The departure terminal of the Bandaranaike International Airport (BIA) at Katunayake was evacuated last night after an anonymous caller claimed that a bomb had been placed on board a flight, Police Media Spokesman SSP Ruwan Dissanayake said.</p>
<p>He said the call was received by the airport's operations centre at half past nine on Friday night. The terminal was evacuated at 9.50 p.m. and the Police Special Task Force (STF) and the Sri Lanka Air Force bomb disposal unit searched the premises for nearly four hours.</p>
<p>Nothing suspicious was found, and normal operations resumed at 1.15 a.m. on Saturday, Airport and Aviation Services said. Flight UL 122 to Chennai was among those delayed.</p>
<p>Police said the caller had been traced to a mobile phone in Negombo, about 35 km north of Colombo. The public was requested to provide information to the police hotline 119 or 1997.</p>
<p>Security at the airport has remained heightened since the 2019 Easter Sunday attacks.</p>
</div>
<div class="share">Share: Facebook | X | WhatsApp | Viber</div>
<div class="more"><h4>Other News</h4><ul><li>Navy arrests 12 fishermen off Delft</li><li>Fuel prices revised from midnight</li></ul></div>
</div>
<div class="footer">Copyright &copy; 2026 Wijeya Newspapers Ltd. | Privacy policy | Cookies help us deliver our services.</div>
</body></html>
'''))

A(dict(file='37_tolonews-torkham-clash.json', headline='Torkham Crossing Closed After Overnight Clash Between Afghan, Pakistani Forces',
alert=True, topics=['afghanistan', 'pakistan'], notTopics=[], location='Torkham',
keys=[('at 8:30 pm Kabul time on Friday', '2026-10-02T20:30', 'Asia/Kabul', 'Friday', None),
      ('at 10 pm PKT', '2026-10-02T22:00', 'Asia/Karachi', None, None),
      ('reopen at 8 am on Sunday', '2026-10-04T08:00', 'Asia/Kabul', 'Sunday', None)],
excluded="'1405/07/11' Solar Hijri publication date and '۱۴۰۵/۰۷/۱۱ - ۱۲:۳۰' stamp; Kabul is UTC+4:30 and Pakistan UTC+5 (background); 'for two hours' duration; 2025 closure background; thousands of trucks count; 'said at noon' (saying)",
text='''{
  "رسانه": "TOLOnews",
  "بخش": "Afghanistan",
  "عنوان": "Torkham Crossing Closed After Overnight Clash Between Afghan, Pakistani Forces",
  "تاریخ": "۱۴۰۵/۰۷/۱۱ - ۱۲:۳۰",
  "تاریخ_میلادی": "Saturday, October 3, 2026",
  "نویسنده": "Sayed Rahmatullah Hashimi",
  "متن": [
    "Clashes broke out between Islamic Emirate border forces and Pakistani forces at the Torkham crossing in Nangarhar at 8:30 pm Kabul time on Friday, local officials said.",
    "According to Pakistani officials, the main gate was closed at 10 pm PKT on Friday and thousands of cargo trucks are now stranded on both sides.",
    "The clash lasted for two hours. Officials of the Nangarhar provincial governor's office said at noon that the crossing will reopen at 8 am on Sunday if talks between the two sides succeed.",
    "Kabul is half an hour behind Islamabad. Torkham was closed for nearly a month in 2025 following similar tensions.",
    "Traders said the closure causes losses of millions of dollars every day."
  ],
  "برچسب‌ها": ["Torkham", "Nangarhar", "Durand Line"]
}
'''))

A(dict(file='38_derstandard-transnistrien-explosion.txt', headline='Explosion in Munitionslager in Transnistrien – Moldau beruft Sicherheitsrat ein',
alert=True, topics=['moldova'], notTopics=['ukraine', 'austria'], location='Cobasna',
keys=[('um 3.40 Uhr Ortszeit', '2026-02-26T03:40', 'Europe/Chisinau', None, None),
      ('gegen halb zehn', '2026-02-26T09:30', 'Europe/Chisinau', None, None),
      ('Am Freitag will die Regierung', '2026-02-27', 'Europe/Chisinau', 'Friday', None)],
excluded="'26. Februar 2026, 12:07' stamp; '2.40 Uhr MEZ' is the same moment as 3.40 Uhr Ortszeit (listed once); 'halb zehn' means 09:30 not 10:30; 'seit 1992' background; 20.000 Tonnen amount; 'zwei Kilometer' distance; Wien mention (Austria) passing",
text='''
derStandard.at › International › Europa › Moldau

Explosion in Munitionslager in Transnistrien – Moldau beruft Sicherheitsrat ein

Die Ursache der Detonation nahe der ukrainischen Grenze ist unklar. Chișinău spricht von einer „ernsten Bedrohung“

Redaktion, APA
26. Februar 2026, 12:07

Chișinău / Tiraspol – In dem riesigen Munitionslager von Cobasna in der abtrünnigen Region Transnistrien hat sich in der Nacht auf Donnerstag eine schwere Explosion ereignet. Nach Angaben der moldauischen Regierung kam es um 3.40 Uhr Ortszeit (2.40 Uhr MEZ) zu der Detonation. Anrainer in einem Umkreis von zwei Kilometern berichteten von zerborstenen Fensterscheiben.

In dem Lager, das seit 1992 von russischen Soldaten bewacht wird, sollen rund 20.000 Tonnen Munition aus Sowjetzeiten lagern. Die Grenze zur Ukraine ist nur wenige Kilometer entfernt.

Der Oberste Sicherheitsrat der Republik Moldau trat gegen halb zehn unter Vorsitz der Präsidentin zu einer Sondersitzung zusammen. Am Freitag will die Regierung das Parlament in einer nicht öffentlichen Sitzung informieren.

Die Behörden in Tiraspol sprachen von einem „technischen Zwischenfall“. Auch in Wien zeigte man sich besorgt; das Außenministerium rief zur Zurückhaltung auf.

(red, APA, 26.2.2026)

Weiterlesen: Moldau und die EU – ein schwieriger Weg · Transnistrien: Gas, Geld und Moskau
Posten | Teilen | Drucken
'''))

A(dict(file='39_trend-iran-airspace-urgent.txt', headline='Iran closes western airspace until further notice',
alert=True, topics=['iran'], notTopics=['azerbaijan'], location='western Iran',
keys=[('from 02:00 Tehran time (22:30 GMT on Saturday)', '2026-06-21T02:00', 'Asia/Tehran', None, None),
      ('resume at 14:00 local time', '2026-06-21T14:00', 'Asia/Tehran', None, None)],
excluded="'21 June 2026 10:41 (UTC+04:00)' Baku publication stamp; '22:30 GMT on Saturday' is the same moment as 02:00 Tehran time Sunday (listed once); 'Baku, Azerbaijan' dateline only; NOTAM number A1187/26; flight count 40; 'until further notice' open end",
text='''
TREND News Agency
21 June 2026 10:41 (UTC+04:00)

URGENT

Iran closes western airspace until further notice

Baku, Azerbaijan, June 21. By Trend:

Iran's Civil Aviation Organization has closed the airspace over western Iran from 02:00 Tehran time (22:30 GMT on Saturday) until further notice, Trend reports citing the organization.

According to the notice (NOTAM A1187/26), the restriction covers the Tehran flight information region west of the 50th meridian. Flights at Imam Khomeini International Airport were halted, and about 40 flights were cancelled, the Persian-language statement said.

"Flights from Imam Khomeini airport to eastern destinations are expected to resume at 14:00 local time," the spokesperson of the organization said, according to the translation.

The decision was taken "due to special security conditions", the statement added, without elaborating.

Follow the latest news on Trend's Telegram channel.
'''))

A(dict(file='40_nordic-security-conference-cfp.xml', headline='Call for Papers: 9th Nordic Conference on Security Studies (Tromsø, 14–16 April 2027)',
alert=False, topics=[], notTopics=[], location=None, keys=[],
excluded="non-article (academic call for papers): deadlines '23:59 AoE', conference dates and panel themes on drone incursions and hybrid threats are not news events",
text='''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Nordic Security Studies Network - Announcements</title>
<link>https://nssn.example/announcements</link>
<description>News and calls from the Nordic Security Studies Network</description>
<lastBuildDate>Mon, 30 Nov 2026 09:00:00 +0100</lastBuildDate>
<item>
<title>Call for Papers: 9th Nordic Conference on Security Studies (Tromsø, 14–16 April 2027)</title>
<link>https://nssn.example/announcements/cfp-2027</link>
<guid>https://nssn.example/announcements/cfp-2027</guid>
<pubDate>Mon, 30 Nov 2026 09:00:00 +0100</pubDate>
<description><![CDATA[<p>The Nordic Security Studies Network invites paper and panel proposals for its 9th conference, hosted by UiT The Arctic University of Norway in Tromsø from 14 to 16 April 2027.</p>
<p>We particularly welcome contributions on: drone incursions and airspace defence in the Baltic Sea region; sabotage of undersea infrastructure; hybrid threats and border closures; civil preparedness and evacuation planning; the Arctic after 2030.</p>
<p><strong>Key dates</strong></p>
<ul>
<li>Abstract submission deadline: 15 January 2027, 23:59 AoE</li>
<li>Notification of acceptance: 15 February 2027</li>
<li>Full papers due: 1 April 2027 at 12:00 CET</li>
<li>Registration closes: 7 April 2027</li>
</ul>
<p>The opening keynote will take place on 14 April 2027 at 09:30 in the Aula. A PhD workshop will be held the day before. Abstracts (max. 300 words) should be submitted via the conference portal. Enquiries: +47 77 64 40 00.</p>]]></description>
</item>
</channel>
</rss>
'''))
