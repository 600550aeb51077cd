from items_a import add

add(name="37_corrections_notice", ext="txt", style="corrections notice (non-article)", wrap=True,
headline=None,
text="""Corrections and clarifications

Posted 14 October 2026

An article published on 12 October about the ferry workers' strike in Split said the walkout began at 3 p.m. on Sunday. It began at 5 p.m. We also misspelled the name of the union's spokeswoman, Ivana Perić.

A report on 9 October about fighting near Pokrovsk misstated the number of drones launched overnight. It was 112, not 121.

A headline on 7 October said airspace over Vilnius airport would reopen at 06:00. The reopening was at 08:00 local time.

To report an error, email corrections@dailynews.example or call 020 7000 0000 between 10:00 and 17:00, Monday to Friday. Our corrections policy has been in place since 2011.
""",
alert=False, topics=[], notTopics=[], location=None, kt=[],
excluded="not a news alert: correction notes restate past reporting (Split strike 3 p.m./5 p.m., Pokrovsk drones, Vilnius 06:00/08:00); posting date; office hours 10:00-17:00 (recurring); 2011")

add(name="38_podcast_episode_list", ext="md", style="podcast episode listing (non-article)", wrap=False,
headline=None,
text="""---
title: "The Frontline Briefing - all episodes"
date: 2026-11-30
layout: podcast-index
---

# The Frontline Briefing

A weekly podcast on conflict and security. New episodes every Thursday at 06:00 GMT.

## Episodes

- **Ep. 214 - Sudan after El Fasher** (52 min) - 26 Nov 2026
  Our Horn of Africa correspondent on the humanitarian pause that began at 1700 on 4 March, and what came after.
- **Ep. 213 - Drones over the Baltic** (47 min) - 19 Nov 2026
  Why cable incidents keep happening, from New Year's Eve to today.
- **Ep. 212 - The Red Sea one year on** (38 min) - 12 Nov 2026
- **Ep. 211 - Inside Haiti's gang war** (55 min) - 5 Nov 2026

[Subscribe on your podcast app](#) | [RSS feed](#) | [Transcripts](#)
""",
alert=False, topics=[], notTopics=[], location=None, kt=[],
excluded="not a news alert: episode list with air dates and durations; recurring release schedule 'every Thursday at 06:00 GMT'; episode blurbs mentioning past events")

add(name="39_cookie_consent", ext="html", style="cookie / consent page (non-article)", wrap=False,
headline=None,
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Your privacy choices | World Security Monitor</title>
</head>
<body>
<div class="consent-wall">
<h1>We value your privacy</h1>
<p>World Security Monitor and our 214 partners use cookies and similar technologies to store and access information on your device, to measure audience and to show personalised content and ads.</p>
<p>You can accept all cookies, reject non-essential ones, or manage your preferences. Your choice will be stored for 13 months. You can change it at any time via "Privacy settings" at the bottom of every page.</p>
<ul>
<li>Strictly necessary cookies (always active)</li>
<li>Audience measurement</li>
<li>Personalised advertising</li>
</ul>
<button>Accept all</button> <button>Reject all</button> <button>Manage preferences</button>
<p class="small">Last updated: 1 September 2026. Data Protection Officer: dpo@wsm.example, available 09:00-17:00 CET on working days.</p>
</div>
<noscript>Breaking: Explosions reported in Kharkiv - enable JavaScript to read the live coverage.</noscript>
</body>
</html>
""",
alert=False, topics=[], notTopics=[], location=None, kt=[],
excluded="not a news alert: consent wall; '13 months' (duration); last updated date; DPO hours 09:00-17:00 CET (recurring); noscript teaser line is not an article")

add(name="40_weather_forecast_odesa", ext="json", style="weather forecast page (non-article)", wrap=False,
headline=None,
json=dict(id="wx-odesa-20261202", title="Odesa weather: 5-day forecast", source="Black Sea Weather",
  url="https://blackseaweather.example/ua/odesa/5-day", published="2026-12-02T06:00:00+02:00"),
text="""Odesa, Ukraine - 5-day forecast, issued 06:00 local time

Wednesday: Overcast, light rain from 14:00. High 6C, low 2C. Wind NE 25 km/h, gusts to 50 km/h.
Thursday: Rain turning to sleet after midnight. High 4C, low 0C.
Friday: Cloudy, dry. High 3C. Sunrise 07:41, sunset 16:03.
Saturday: Sunny spells. High 5C.
Sunday: Showers. High 7C.

A yellow wind warning is in force for the Odesa coast until 21:00 on Wednesday. Sea state: 3-4 m waves at Chornomorsk. Forecasts are updated every 6 hours.
""",
alert=False, topics=[], notTopics=[], location=None, kt=[],
excluded="not a news alert: weather forecast; rain 'from 14:00', wind warning 'until 21:00', sunrise/sunset, 'every 6 hours' are weather schedule items, not security events")
