#!/usr/bin/env python3
"""Generates generated.jsonl: flash-news articles with key times computed by python zoneinfo.

The articles are composed from grammar parts (events, clock forms, zone forms, date forms, datelines,
connectors, fillers, distractors); the expected UTC strings are computed from the real calendar date with
zoneinfo (or a fixed numeric offset the text states), never from AlertBot's extractor.

Deterministic: fixed seed, fixed category order. Run from anywhere:
    python3 tests/AlertBot.Core.Tests/Generated/generate.py
"""
import json
import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

SEED = 20241113
PER_CATEGORY = 43
YEARS = (2023, 2024, 2025)
UTC = timezone.utc

# ---------------------------------------------------------------- places

# name -> (IANA zone, dateline spelling, optional descriptor used in the body)
CITIES = {
    "Kyiv": ("Europe/Kyiv", "KYIV", "the Ukrainian capital"),
    "Moscow": ("Europe/Moscow", "MOSCOW", "the Russian capital"),
    "Tehran": ("Asia/Tehran", "TEHRAN", "the Iranian capital"),
    "Baghdad": ("Asia/Baghdad", "BAGHDAD", "the Iraqi capital"),
    "Beirut": ("Asia/Beirut", "BEIRUT", "the Lebanese capital"),
    "Jerusalem": ("Asia/Jerusalem", "JERUSALEM", None),
    "Khartoum": ("Africa/Khartoum", "KHARTOUM", "the Sudanese capital"),
    "Nairobi": ("Africa/Nairobi", "NAIROBI", "the Kenyan capital"),
    "Lagos": ("Africa/Lagos", "LAGOS", "Nigeria's largest city"),
    "Kinshasa": ("Africa/Kinshasa", "KINSHASA", "the Congolese capital"),
    "Goma": ("Africa/Lubumbashi", "GOMA", None),
    "Bamako": ("Africa/Bamako", "BAMAKO", "the Malian capital"),
    "Karachi": ("Asia/Karachi", "KARACHI", "Pakistan's largest city"),
    "Kabul": ("Asia/Kabul", "KABUL", "the Afghan capital"),
    "Delhi": ("Asia/Kolkata", "NEW DELHI", "the Indian capital"),
    "Dhaka": ("Asia/Dhaka", "DHAKA", "the Bangladeshi capital"),
    "Yangon": ("Asia/Yangon", "YANGON", "Myanmar's largest city"),
    "Taipei": ("Asia/Taipei", "TAIPEI", None),
    "Tokyo": ("Asia/Tokyo", "TOKYO", "the Japanese capital"),
    "Seoul": ("Asia/Seoul", "SEOUL", "the South Korean capital"),
    "Sydney": ("Australia/Sydney", "SYDNEY", "Australia's largest city"),
    "Auckland": ("Pacific/Auckland", "AUCKLAND", "New Zealand's largest city"),
    "London": ("Europe/London", "LONDON", "the British capital"),
    "Paris": ("Europe/Paris", "PARIS", "the French capital"),
    "Berlin": ("Europe/Berlin", "BERLIN", "the German capital"),
    "Warsaw": ("Europe/Warsaw", "WARSAW", "the Polish capital"),
    "New York": ("America/New_York", "NEW YORK", None),
    "Washington": ("America/New_York", "WASHINGTON", "the U.S. capital"),
    "Chicago": ("America/Chicago", "CHICAGO", None),
    "Denver": ("America/Denver", "DENVER", None),
    "Los Angeles": ("America/Los_Angeles", "LOS ANGELES", None),
    "Anchorage": ("America/Anchorage", "ANCHORAGE", None),
    "Honolulu": ("Pacific/Honolulu", "HONOLULU", None),
    "Mexico City": ("America/Mexico_City", "MEXICO CITY", "the Mexican capital"),
    "Caracas": ("America/Caracas", "CARACAS", "the Venezuelan capital"),
    "Sao Paulo": ("America/Sao_Paulo", "SAO PAULO", "Brazil's largest city"),
}

# Abbreviations a reader reads one way only, by city, as python's tzname() spells them. A city's abbreviation
# is used only on dates when zoneinfo gives that name (EST in winter, EDT in summer; BST only in summer).
ABBREV_WORLD = {
    "London": {"BST"},
    "Paris": {"CET", "CEST"}, "Berlin": {"CET", "CEST"}, "Warsaw": {"CET", "CEST"},
    "Kyiv": {"EET", "EEST"}, "Moscow": {"MSK"}, "Delhi": {"IST"}, "Karachi": {"PKT"},
    "Tokyo": {"JST"}, "Seoul": {"KST"}, "Sydney": {"AEST", "AEDT"}, "Auckland": {"NZST", "NZDT"},
    "Nairobi": {"EAT"}, "Khartoum": {"CAT"}, "Goma": {"CAT"}, "Lagos": {"WAT"}, "Kinshasa": {"WAT"},
}
ABBREV_US = {
    "New York": {"EST", "EDT"}, "Washington": {"EST", "EDT"}, "Chicago": {"CST", "CDT"},
    "Denver": {"MST", "MDT"}, "Los Angeles": {"PST", "PDT"},
}
US_WORDS = {"New York": "Eastern time", "Washington": "Eastern time", "Chicago": "Central time",
            "Denver": "Mountain time", "Los Angeles": "Pacific time"}
DST_REGIONS = {
    "US": ["New York", "Washington", "Chicago", "Denver", "Los Angeles", "Anchorage"],
    "EU": ["London", "Paris", "Berlin", "Warsaw", "Kyiv"],
    "Israel": ["Jerusalem"],
    "AU": ["Sydney"],
    "NZ": ["Auckland"],
}

# "14h30" is how French-language (and francophone African) reports write a clock; used only there.
FRENCH_CLOCK_CITIES = {"Paris", "Kinshasa", "Goma", "Bamako", "Beirut"}

SEAS = ["the Red Sea", "the Gulf of Aden", "the Black Sea", "the South China Sea", "the Strait of Hormuz",
        "the Baltic Sea", "the eastern Mediterranean"]

# ---------------------------------------------------------------- vocabulary

EVENTS = [
    ("explosions were heard across {c}", "Explosions Heard Across {c}"),
    ("air-raid sirens sounded in {c}", "Air-Raid Sirens Sound In {c}"),
    ("a drone struck a power substation on the outskirts of {c}", "Drone Strikes Power Substation Near {c}"),
    ("gunmen opened fire on a police checkpoint in {c}", "Gunmen Attack Police Checkpoint In {c}"),
    ("a fire broke out at a fuel depot in {c}", "Fire Breaks Out At Fuel Depot In {c}"),
    ("a car bomb exploded near a busy market in {c}", "Car Bomb Explodes Near Market In {c}"),
    ("the airport in {c} suspended all flights", "{c} Airport Suspends All Flights"),
    ("power went out across large parts of {c}", "Power Cut Hits Large Parts Of {c}"),
    ("security forces sealed off the government district in {c}", "Security Forces Seal Off Government District In {c}"),
    ("a strong earthquake shook {c}", "Strong Earthquake Shakes {c}"),
    ("protesters stormed a ministry building in {c}", "Protesters Storm Ministry Building In {c}"),
    ("a passenger train derailed just outside {c}", "Passenger Train Derails Outside {c}"),
]
SEA_EVENTS = [
    ("a merchant vessel reported an explosion close to its hull in {s}", "Merchant Vessel Reports Explosion In {S}"),
    ("a coalition warship shot down two drones over {s}", "Warship Downs Two Drones Over {S}"),
    ("a product tanker was hit by a missile in {s}", "Tanker Hit By Missile In {S}"),
    ("armed men boarded a bulk carrier in {s}", "Armed Men Board Bulk Carrier In {S}"),
    ("a cargo ship lost power and began drifting in {s}", "Cargo Ship Adrift In {S}"),
]
FOLLOW = [
    "a second explosion was reported", "rescue teams reached the site", "the all-clear was given",
    "flights resumed", "officials said the fire had been contained", "a second wave of drones was detected",
    "police reopened the main roads", "emergency services reported the first casualties",
    "power was restored to most districts", "the army said the area had been secured",
]
SEA_FOLLOW = [
    "the crew reported a fire on deck", "a frigate arrived on scene", "the vessel resumed its voyage",
    "all crew members were reported safe", "a second drone was intercepted", "a tug took the ship under tow",
]
SOURCES = ["officials said", "police said", "the regional governor said", "the interior ministry said",
           "witnesses said", "local media reported", "the emergency services said"]
SEA_SOURCES = ["the UK Maritime Trade Operations centre said", "the coalition's naval headquarters said",
               "the ship's operator said", "maritime security firm Ambrey said"]
FILLERS = [
    "There was no immediate claim of responsibility.",
    "Casualty figures were not immediately available.",
    "Officials urged residents to stay indoors and away from windows.",
    "Witnesses described thick black smoke rising over the area.",
    "The government has promised a full investigation.",
    "Hospitals were placed on high alert.",
    "Video posted on social media showed damaged buildings and burning cars.",
    "Authorities did not say what caused the incident.",
]
SEA_FILLERS = [
    "Shipping companies have been rerouting vessels away from the area.",
    "The ship's flag state was informed, the operator said.",
    "Insurers have raised war-risk premiums for the route.",
]
QUOTES = [
    "\"We heard a loud bang and the windows shook,\" one resident said.",
    "\"The situation is under control,\" a government spokesman told reporters.",
    "\"Everyone ran to the shelters,\" a shopkeeper said.",
    "\"We are still counting the damage,\" a local official said.",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Date forms; the ones without a year need a dateline in the same year.
DATE_FORMS_YEAR = ["long_ord", "long", "ap", "brit", "brit_short", "iso", "wd_long"]
DATE_FORMS_NOYEAR = ["wd_ap", "wd_brit", "md"]

# ---------------------------------------------------------------- formatting


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(d, form):
    m, wd = d.month - 1, WEEKDAYS[d.weekday()]
    return {
        "long_ord": f"{MONTHS[m]} {ordinal(d.day)}, {d.year}",
        "long": f"{MONTHS[m]} {d.day}, {d.year}",
        "ap": f"{AP[m]} {d.day}, {d.year}",
        "brit": f"{d.day} {MONTHS[m]} {d.year}",
        "brit_short": f"{d.day} {SHORT[m]} {d.year}",
        "iso": d.isoformat(),
        "wd_long": f"{wd}, {MONTHS[m]} {d.day}, {d.year}",
        "wd_ap": f"{wd}, {AP[m]} {d.day}",
        "wd_brit": f"{wd} {d.day} {MONTHS[m]}",
        "md": f"{MONTHS[m]} {d.day}",
    }[form]


def fmt_clock(h, m, kind):
    """kind: 24 | colon | ampm | ampm_compact | ampm_caps | french | hrs. 12-hour kinds need 1 <= h%12."""
    h12 = h % 12
    mer = "p.m." if h >= 12 else "a.m."
    if kind == "24":
        return f"{h:02d}{m:02d}"
    if kind == "colon":
        return f"{h:02d}:{m:02d}"
    if kind == "ampm":
        return f"{h12} {mer}" if m == 0 else f"{h12}:{m:02d} {mer}"
    if kind == "ampm_compact":
        return f"{h12}{mer.replace('.', '')}" if m == 0 else f"{h12}.{m:02d}{mer.replace('.', '')}"
    if kind == "ampm_caps":
        return f"{h12}:{m:02d} {mer.replace('.', '').upper()}"
    if kind == "french":
        return f"{h}h{m:02d}"
    if kind == "hrs":
        return f"{h:02d}{m:02d} hrs"
    raise ValueError(kind)


TWELVE = {"ampm", "ampm_compact", "ampm_caps"}


def fmt_offset(td, style):
    total = int(td.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    hh, mm = divmod(abs(total), 60)
    num = f"{hh}" if mm == 0 else f"{hh}:{mm:02d}"
    return {"utc": f"UTC{sign}{num}", "gmt": f"GMT{sign}{num}", "putc": f"(UTC{sign}{num})",
            "pgmt": f"(GMT{sign}{num})"}[style]


def utc_text(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def cap(s):
    return s[0].upper() + s[1:]


def headline_sea(s):
    return s.replace("the ", "").title()


# ---------------------------------------------------------------- time helpers


def tz_of(city):
    return ZoneInfo(CITIES[city][0])


def doubtful(city, d):
    """Lebanon announced, then reversed, a DST postponement in March 2023: a reader cannot be sure."""
    return city == "Beirut" and date(2023, 3, 15) <= d <= date(2023, 4, 30)


def unambiguous(naive, tz):
    """True when the local wall time exists exactly once (not in a DST gap or fold)."""
    a, b = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    return a.utcoffset() == b.utcoffset()


def rand_date(rng):
    # Jan 10 .. Dec 15, so a no-year date and its dateline share the year.
    y = rng.choice(YEARS)
    start = date(y, 1, 10)
    return start + timedelta(days=rng.randrange((date(y, 12, 15) - start).days))


def rand_minute(rng):
    return rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, rng.randrange(60)])


def rand_hm(rng, lo=0, hi=23, twelve=False):
    while True:
        h = rng.randint(lo, hi)
        if twelve and h % 12 == 0:
            continue
        return h, rand_minute(rng)


def transitions(tz, year):
    """DST changes in a year as (utc instant just after, offset before, offset after)."""
    out = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    prev = t.astimezone(tz).utcoffset()
    while t.year == year:
        t2 = t + timedelta(hours=1)
        off = t2.astimezone(tz).utcoffset()
        if off != prev:
            out.append((t2, prev, off))
        prev, t = off, t2
    return out


def no_dst_near(tz, d, days=1):
    lo = datetime(d.year, d.month, d.day, tzinfo=tz) - timedelta(days=days)
    hi = lo + timedelta(days=2 * days + 1)
    return lo.utcoffset() == hi.utcoffset() == (lo + timedelta(days=days)).utcoffset()


# ---------------------------------------------------------------- story assembly


class Story:
    def __init__(self, rng, category):
        self.rng, self.category = rng, category
        self.expected, self.why = [], []
        self.paras = []
        self.dateline = None  # (kind, text)
        self.needs_dateline = False

    def expect(self, value, why):
        if value not in self.expected:
            self.expected.append(value)
        self.why.append(why)

    def text(self, headline):
        head = headline + "\n\n"
        paras = list(self.paras)
        if self.dateline is not None:
            kind, dl = self.dateline
            if kind == "prefix":
                paras[0] = dl + " " + paras[0]
            else:
                head += dl + "\n\n"
        return head + "\n\n".join(paras) + "\n"


def make_dateline(rng, story, city, pub_local_date, pub_utc=None, force_line=False):
    """Sets a dateline saying the publication day. pub_utc (aware) for the 'Published: ... GMT' forms."""
    kinds = ["line_gmt", "line_utc"] if (city is None or force_line) else ["line_gmt", "line_utc", "prefix", "own"]
    kind = rng.choice(kinds)
    d = pub_local_date
    if kind in ("prefix", "own"):
        dl = f"{CITIES[city][1]}, {rng.choice([AP, SHORT])[d.month - 1]} {d.day}, {d.year} \u2014"
        story.dateline = ("prefix" if kind == "prefix" else "line", dl)
        return
    assert pub_utc is not None
    u = pub_utc.astimezone(UTC)
    if kind == "line_gmt":
        dl = f"Published: {u.day} {MONTHS[u.month - 1]} {u.year} {u:%H:%M} GMT"
    else:
        dl = f"Posted: {AP[u.month - 1]} {u.day}, {u.year} {u:%H:%M} UTC"
    story.dateline = ("line", dl)


def pub_after(rng, story, city, last_utc, tz=None, force_line=False):
    """A dateline 20 min..22 h after the last event, whose UTC date equals the story's local date."""
    tz = tz or (tz_of(city) if city else UTC)
    for _ in range(300):
        pub = last_utc + timedelta(minutes=rng.randint(20, 22 * 60))
        if pub.astimezone(tz).date() == pub.astimezone(UTC).date():
            make_dateline(rng, story, city, pub.astimezone(tz).date(), pub, force_line)
            return pub
    raise RuntimeError("no dateline")


def fresh(rng, story, pool):
    """A sentence from pool that the story does not already contain."""
    used = " ".join(story.paras)
    return rng.choice([x for x in pool if x not in used] or pool)


def maybe_distractor(rng, story, city, year, p=0.35):
    if rng.random() < p:
        story.paras.append(distractor(rng, city, year) + " " + fresh(rng, story, FILLERS))


def distractor(rng, city, year, avoid=()):
    y = rng.randint(2012, year - 1)
    m = rng.randrange(12)
    where = city if city else "the area"
    pool = [
        f"{where} has been a frequent target since {y}.",
        f"A ceasefire agreed in {MONTHS[m]} {y} has largely collapsed.",
        "Mediators are pushing for a 72-hour ceasefire.",
        "The governor ordered schools closed for 48 hours.",
        "Defenders were outnumbered 3:1, a military source said.",
        "A curfew from 2100 to 0600 daily remains in force.",
        "Lawmakers voted 5:2 to extend the state of emergency.",
        "Residents were given 24 hours to leave the area.",
        f"Attacks of this kind have been reported regularly since {y}.",
        f"Officials said the {y} agreement was no longer being respected.",
    ]
    i = rng.choice([k for k in range(len(pool)) if k not in avoid])
    return (pool[i], i) if avoid != () else pool[i]


def event_sentence(rng, clause, when, source, style=None):
    """when: the time/date phrase without preposition context, e.g. 'at 1530 GMT on Nov. 13, 2024'."""
    style = style if style is not None else rng.randrange(4)
    if style == 0:
        return f"{cap(clause)} {when}, {source}."
    if style == 1:
        return f"{cap(when)}, {clause}, {source}."
    if style == 2:
        return f"{cap(clause)} {when}, according to {source.rsplit(' ', 1)[0]}."
    return f"{cap(source.rsplit(' ', 1)[0])} said {clause} {when}."


def at(rng):
    return rng.choice(["at", "at", "at", "shortly after", "around", "just before"])


def city_story_parts(rng, city):
    clause, head = rng.choice(EVENTS)
    c = city
    desc = CITIES[city][2]
    if desc and not clause.endswith("{c}") and rng.random() < 0.5:
        clause = clause.replace("{c}", "{c}, " + desc + ",")
    return clause.format(c=c), head.format(c=c)


def tail_paragraphs(rng, story, city, year, sea=False):
    fill = SEA_FILLERS if sea else FILLERS
    maybe_distractor(rng, story, city, year)
    if len(story.paras) < 2 or rng.random() < 0.5:
        first = fresh(rng, story, fill)
        story.paras.append(first + " " + fresh(rng, story, [x for x in (fill if sea else QUOTES) if x != first]))
    story.paras = story.paras[:4]


# ---------------------------------------------------------------- categories


def when_phrase(rng, clock, date_text):
    return rng.choice([f"{at(rng)} {clock} on {date_text}", f"{at(rng)} {clock} on {date_text}", f"on {date_text}, {at(rng)} {clock}"])


def place(rng):
    """A city story or a sea story."""
    if rng.random() < 0.3:
        s = rng.choice(SEAS)
        clause, head = rng.choice(SEA_EVENTS)
        return None, clause.format(s=s), head.format(S=headline_sea(s)), True
    city = rng.choice(list(CITIES))
    clause, head = city_story_parts(rng, city)
    return city, clause, head, False


def cat_utc_forms(rng):
    st = Story(rng, "utc_forms")
    city, clause, head, sea = place(rng)
    year_forms = DATE_FORMS_YEAR

    def clock_utc(h, m):
        form = rng.choice(["gmt24", "z", "utc_colon", "zulu", "utc24", "gmt_colon", "gmt_ampm", "utc_ampm"])
        if form in ("gmt_ampm", "utc_ampm") and h % 12 == 0:
            form = "gmt24"
        return form, {
            "gmt24": f"{fmt_clock(h, m, '24')} GMT", "z": f"{fmt_clock(h, m, '24')}Z",
            "utc_colon": f"{fmt_clock(h, m, 'colon')} UTC", "zulu": f"{fmt_clock(h, m, '24')} Zulu",
            "utc24": f"{fmt_clock(h, m, '24')} UTC", "gmt_colon": f"{fmt_clock(h, m, 'colon')} GMT",
            "gmt_ampm": f"{fmt_clock(h, m, 'ampm')} GMT", "utc_ampm": f"{fmt_clock(h, m, 'ampm')} UTC",
        }[form]

    d = rand_date(rng)
    h, m = rand_hm(rng)
    form, ck = clock_utc(h, m)
    dt = datetime.combine(d, time(h, m), UTC)
    source = rng.choice(SEA_SOURCES if sea else SOURCES)
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(year_forms))), source))
    st.expect(utc_text(dt), f"{ck} on {d} is UTC")
    last = dt
    if rng.random() < 0.6:
        d2 = d + timedelta(days=rng.choice([0, 0, 1, 2]))
        h2, m2 = rand_hm(rng)
        dt2 = datetime.combine(d2, time(h2, m2), UTC)
        if dt2 > dt:
            _, ck2 = clock_utc(h2, m2)
            follow = rng.choice(SEA_FOLLOW if sea else FOLLOW)
            st.paras.append(f"{cap(follow)} {at(rng)} {ck2} on {fmt_date(d2, rng.choice(year_forms))}. " + rng.choice(SEA_FILLERS if sea else FILLERS))
            st.expect(utc_text(dt2), f"{ck2} on {d2} is UTC")
            last = dt2
    tail_paragraphs(rng, st, city, d.year, sea)
    if rng.random() < 0.5:
        pub_after(rng, st, city, last, tz=UTC if city is None else None)
    return st, head


def pick_city_date(rng, cities, ok):
    for _ in range(500):
        city = rng.choice(cities)
        d = rand_date(rng)
        h, m = rand_hm(rng, twelve=True)
        tz = tz_of(city)
        naive = datetime.combine(d, time(h, m))
        if not unambiguous(naive, tz) or not no_dst_near(tz, d) or doubtful(city, d):
            continue
        loc = naive.replace(tzinfo=tz)
        if ok(city, loc):
            return city, d, h, m, loc
    raise RuntimeError("no city/date")


def cat_us_ampm(rng):
    st = Story(rng, "us_ampm")

    def ok(city, loc):
        return loc.tzname() in ABBREV_US[city]

    city, d, h, m, loc = pick_city_date(rng, list(ABBREV_US), ok)
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["ampm", "ampm", "ampm_compact", "ampm_caps"])
    zone = loc.tzname() if rng.random() < 0.75 else rng.choice([US_WORDS[city], "ET" if US_WORDS[city] == "Eastern time" else US_WORDS[city]])
    ck = f"{fmt_clock(h, m, kind)} {zone}"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
    st.expect(utc_text(loc), f"{ck} = {loc.isoformat()} ({loc.tzname()})")
    last = loc
    if rng.random() < 0.5:
        h2, m2 = rand_hm(rng, twelve=True)
        d2 = d + timedelta(days=rng.choice([0, 1]))
        n2 = datetime.combine(d2, time(h2, m2))
        if unambiguous(n2, loc.tzinfo):
            loc2 = n2.replace(tzinfo=loc.tzinfo)
            if loc2 > loc and loc2.tzname() in ABBREV_US[city]:
                z2 = loc2.tzname() if zone not in US_WORDS.values() and zone != "ET" else zone
                ck2 = f"{fmt_clock(h2, m2, rng.choice(['ampm', 'ampm_compact']))} {z2}"
                st.paras.append(f"{cap(rng.choice(FOLLOW))} {at(rng)} {ck2} on {fmt_date(d2, rng.choice(DATE_FORMS_YEAR))}.")
                st.expect(utc_text(loc2), f"{ck2} = {loc2.isoformat()}")
                last = loc2
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.5:
        pub_after(rng, st, city, last.astimezone(UTC))
    return st, head


def cat_world_abbrev(rng):
    st = Story(rng, "world_abbrev")

    def ok(city, loc):
        return loc.tzname() in ABBREV_WORLD[city]

    city, d, h, m, loc = pick_city_date(rng, list(ABBREV_WORLD), ok)
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["24", "24", "colon", "ampm", "hrs"])
    ck = f"{fmt_clock(h, m, kind)} {loc.tzname()}"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
    st.expect(utc_text(loc), f"{ck} = {loc.isoformat()}")
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.5:
        pub_after(rng, st, city, loc.astimezone(UTC))
    return st, head


def cat_numeric_offset(rng):
    st = Story(rng, "numeric_offset")

    def ok(city, loc):
        return loc.utcoffset() != timedelta(0)

    city, d, h, m, loc = pick_city_date(rng, list(CITIES), ok)
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["24", "colon", "colon", "ampm"])
    off = fmt_offset(loc.utcoffset(), rng.choice(["utc", "gmt", "putc", "pgmt"]))
    ck = f"{fmt_clock(h, m, kind)} {off}"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
    fixed = datetime.combine(d, time(h, m), timezone(loc.utcoffset()))
    st.expect(utc_text(fixed), f"{ck}: fixed offset {loc.utcoffset()}")
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.5:
        pub_after(rng, st, city, fixed.astimezone(UTC))
    return st, head


def cat_city_time(rng):
    st = Story(rng, "city_time")
    city, d, h, m, loc = pick_city_date(rng, list(CITIES), lambda c, l: True)
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["24", "24", "colon", "ampm", "french", "hrs"])
    if kind == "french" and city not in FRENCH_CLOCK_CITIES:
        kind = "24"
    if city in FRENCH_CLOCK_CITIES and rng.random() < 0.4:
        kind = "french"
    ck = f"{fmt_clock(h, m, kind)} {city} time"
    if rng.random() < 0.2:
        u = loc.astimezone(UTC)
        ck = rng.choice([f"{ck} ({u:%H%M} GMT)", f"{u:%H%M} GMT ({fmt_clock(h, m, '24')} {city} time)"])
        if u.date() != d:
            ck = f"{fmt_clock(h, m, kind)} {city} time"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
    st.expect(utc_text(loc), f"{ck} = {loc.isoformat()} ({CITIES[city][0]})")
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.5:
        pub_after(rng, st, city, loc.astimezone(UTC))
    return st, head


def cat_local_time(rng):
    st = Story(rng, "local_time")
    city, d, h, m, loc = pick_city_date(rng, list(CITIES), lambda c, l: True)
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["24", "colon", "ampm", "ampm_compact", "french", "hrs", "hrs"])
    if kind == "french" and city not in FRENCH_CLOCK_CITIES:
        kind = "hrs"
    if city in FRENCH_CLOCK_CITIES and rng.random() < 0.4:
        kind = "french"
    zone = rng.choice(["local time", "local time", f"local time in {city}"])
    ck = f"{fmt_clock(h, m, kind)} {zone}"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
    st.expect(utc_text(loc), f"{ck} in a {city} story = {loc.isoformat()}")
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.5:
        pub_after(rng, st, city, loc.astimezone(UTC))
    return st, head


def cat_date_forms(rng):
    st = Story(rng, "date_forms")
    city, clause, head, sea = place(rng)
    d = rand_date(rng)
    form = rng.choice(DATE_FORMS_YEAR + DATE_FORMS_NOYEAR + DATE_FORMS_NOYEAR)
    h, m = rand_hm(rng)
    if city and not doubtful(city, d) and rng.random() < 0.5:
        tz = tz_of(city)
        naive = datetime.combine(d, time(h, m))
        if not unambiguous(naive, tz):
            naive += timedelta(hours=3)
            d = naive.date()
        dt = naive.replace(tzinfo=tz)
        ck = f"{fmt_clock(naive.hour, naive.minute, rng.choice(['24', 'colon']))} {city} time"
    else:
        dt = datetime.combine(d, time(h, m), UTC)
        ck = f"{fmt_clock(h, m, rng.choice(['24', 'colon']))} {rng.choice(['GMT', 'UTC'])}"
    source = rng.choice(SEA_SOURCES if sea else SOURCES)
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, form)), source))
    st.expect(utc_text(dt), f"{ck} on {fmt_date(d, form)} ({d})")
    tail_paragraphs(rng, st, city, d.year, sea)
    if form in DATE_FORMS_NOYEAR or rng.random() < 0.5:
        pub = pub_after(rng, st, city, dt.astimezone(UTC), tz=UTC if city is None else None)
        assert pub.year == d.year
    return st, head


def local_zone_words(rng, city, loc, kinds):
    """A zone phrase the story's own city reads as its local time."""
    options = ["local time", f"{city} time"]
    if loc.tzname() in ABBREV_WORLD.get(city, set()) | ABBREV_US.get(city, set()):
        options.append(loc.tzname())
    z = rng.choice(options)
    kind = rng.choice(kinds)
    return z, kind


def cat_relative_days(rng):
    st = Story(rng, "relative_days")
    rel = rng.choice(["weekday", "yesterday", "earlier_today", "this_morning", "last_night", "late_weekday"])
    for _ in range(500):
        city = rng.choice(list(CITIES))
        tz = tz_of(city)
        pub_d = rand_date(rng)
        if pub_d.month == 1 and pub_d.day < 20:
            continue
        pub_loc = datetime.combine(pub_d, time(rng.randint(7, 20), rand_minute(rng)))
        if not unambiguous(pub_loc, tz) or doubtful(city, pub_d):
            continue
        pub = pub_loc.replace(tzinfo=tz)
        if pub.astimezone(UTC).date() != pub_d:
            continue
        if rel == "weekday":
            k = rng.randint(1, 5)
            ed, h, m = pub_d - timedelta(days=k), *rand_hm(rng, 0, 23, True)
            word = f"on {WEEKDAYS[(pub_d - timedelta(days=k)).weekday()]}"
        elif rel == "yesterday":
            ed, (h, m), word = pub_d - timedelta(days=1), rand_hm(rng, 0, 23, True), "yesterday"
        elif rel == "earlier_today":
            ed, word = pub_d, "earlier today"
            h, m = rand_hm(rng, 0, max(0, pub_loc.hour - 1), True) if pub_loc.hour >= 2 else (None, None)
        elif rel == "this_morning":
            ed, word = pub_d, "this morning"
            h, m = rand_hm(rng, 5, min(10, pub_loc.hour - 1), True) if pub_loc.hour >= 7 else (None, None)
        elif rel == "last_night":
            ed, (h, m), word = pub_d - timedelta(days=1), rand_hm(rng, 20, 23), "last night"
        else:
            k = rng.randint(1, 5)
            ed, (h, m) = pub_d - timedelta(days=k), rand_hm(rng, 21, 23)
            word = f"late {WEEKDAYS[ed.weekday()]}"
        if h is None:
            continue
        naive = datetime.combine(ed, time(h, m))
        if not unambiguous(naive, tz) or naive.replace(tzinfo=tz) >= pub - timedelta(minutes=20):
            continue
        loc = naive.replace(tzinfo=tz)
        break
    else:
        raise RuntimeError("no relative")
    clause, head = city_story_parts(rng, city)
    source = rng.choice(SOURCES)
    date_only = rel in ("weekday", "yesterday", "late_weekday") and rng.random() < 0.25
    if date_only:
        st.paras.append(f"{cap(clause)} {word}, {source}.")
        st.expect(ed.isoformat(), f"'{word}' before {pub_d} ({WEEKDAYS[pub_d.weekday()]}) -> {ed}, no clock")
    else:
        z, kind = local_zone_words(rng, city, loc, ["24", "colon", "ampm", "hrs"])
        if kind in TWELVE and rel == "last_night":
            kind = "24"
        ck = f"{fmt_clock(h, m, kind)} {z}"
        when = rng.choice([f"{word}, {at(rng)} {ck}", f"{at(rng)} {ck} {word}"])
        st.paras.append(event_sentence(rng, clause, when, source, style=rng.choice([0, 2, 3])))
        st.expect(utc_text(loc), f"'{word}' from publication {pub_d} ({WEEKDAYS[pub_d.weekday()]}) -> {ed}; {ck} = {loc.isoformat()}")
    tail_paragraphs(rng, st, city, ed.year)
    # the dateline is the anchor: always present, with its local date
    kind = rng.choice(["line_gmt", "line_utc", "prefix", "own"])
    if kind in ("prefix", "own"):
        dl = f"{CITIES[city][1]}, {rng.choice([AP, SHORT])[pub_d.month - 1]} {pub_d.day}, {pub_d.year} \u2014"
        st.dateline = ("prefix" if kind == "prefix" else "line", dl)
    else:
        u = pub.astimezone(UTC)
        dl = (f"Published: {u.day} {MONTHS[u.month - 1]} {u.year} {u:%H:%M} GMT" if kind == "line_gmt"
              else f"Posted: {AP[u.month - 1]} {u.day}, {u.year} {u:%H:%M} UTC")
        st.dateline = ("line", dl)
    return st, head


CONNECT = ["Later, at {t}", "Shortly afterwards, at {t}", "At {t}", "By {t}"]
ROLL_CONNECT = ["Later that night, at {t}", "After midnight, at {t}", "In the early hours, at {t}", "Later, at {t}"]


def cat_inherit_rollover(rng):
    st = Story(rng, "inherit_rollover")
    for _ in range(500):
        city = rng.choice(list(CITIES))
        if rng.random() < 0.35:
            tz, zone = UTC, rng.choice(["GMT", "UTC"])
        else:
            tz = tz_of(city)
            zone = rng.choice(["local time", f"{city} time"])
        d = rand_date(rng)
        roll = rng.random() < 0.5
        h = rng.randint(21, 23) if roll else rng.randint(5, 15)
        t1 = datetime.combine(d, time(h, rand_minute(rng)))
        n = rng.choice([2, 2, 3])
        times = [t1]
        for _ in range(n - 1):
            times.append(times[-1] + timedelta(minutes=rng.choice([35, 50, 70, 95, 120, 150])))
        if not doubtful(city, d) and all(unambiguous(t, tz) for t in times) and (roll == (times[-1].date() != d)) and times[-1].date() <= d + timedelta(days=1):
            break
    else:
        raise RuntimeError("no inherit")
    clause, head = city_story_parts(rng, city)
    kind = rng.choice(["24", "colon"])
    ck1 = f"{fmt_clock(t1.hour, t1.minute, kind)} {zone}"
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck1, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES), style=rng.choice([0, 1])))
    st.expect(utc_text(t1.replace(tzinfo=tz)), f"{ck1} on {d} = {t1.replace(tzinfo=tz).isoformat()}")
    follows = rng.sample(FOLLOW, n - 1)
    for t, follow in zip(times[1:], follows):
        ck = f"{fmt_clock(t.hour, t.minute, kind)} {zone}"
        conn = rng.choice(ROLL_CONNECT if t.date() != d else CONNECT).format(t=ck)
        st.paras.append(f"{conn}, {follow}.")
        aware = t.replace(tzinfo=tz)
        st.expect(utc_text(aware), f"date-less {ck} inherits {d}{' and rolls over to ' + str(t.date()) if t.date() != d else ''} = {aware.isoformat()}")
    # keep 2-4 paragraphs: merge the follow-ups into one paragraph when there are three clocks
    if len(st.paras) > 2:
        st.paras = [st.paras[0], " ".join(st.paras[1:])]
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.4:
        pub_after(rng, st, city, times[-1].replace(tzinfo=tz).astimezone(UTC))
    return st, head


def dtg(dt, spaced):
    mon = SHORT[dt.month - 1].upper()
    return f"{dt:%d%H%M}Z {mon} {dt:%y}" if spaced else f"{dt:%d%H%M}Z{mon}{dt:%y}"


def cat_dtg(rng):
    st = Story(rng, "dtg")
    s = rng.choice(SEAS)
    clause, head = rng.choice(SEA_EVENTS)
    head = head.format(S=headline_sea(s))
    d = rand_date(rng)
    t = datetime.combine(d, time(*rand_hm(rng)), UTC)
    spaced = rng.random() < 0.3
    if rng.random() < 0.5:
        n = rng.randint(2, 4)
        lines, times = [], [t]
        for _ in range(n - 1):
            times.append(times[-1] + timedelta(minutes=rng.choice([12, 25, 40, 75, 180, 300, 420])))
        events = [cap(clause.format(s=s))] + [cap(f) for f in rng.sample(SEA_FOLLOW, n - 1)]
        for tt, ev in zip(times, events):
            lines.append(f"{dtg(tt, spaced)} \u2013 {ev}.")
            st.expect(utc_text(tt), f"DTG {dtg(tt, spaced)} = {tt:%Y-%m-%d %H:%M} UTC")
        st.paras.append(f"{cap(rng.choice(SEA_SOURCES).rsplit(' ', 1)[0])} released the following timeline of the incident.")
        st.paras.append("\n".join(lines))
        last = times[-1]
    else:
        st.paras.append(f"{cap(clause.format(s=s))} at {dtg(t, spaced)}, {rng.choice(SEA_SOURCES)}.")
        st.expect(utc_text(t), f"DTG {dtg(t, spaced)}")
        last = t
        if rng.random() < 0.5:
            t2 = t + timedelta(minutes=rng.choice([30, 90, 240]))
            st.paras.append(f"{cap(rng.choice(SEA_FOLLOW))} at {dtg(t2, spaced)}. {fresh(rng, st, SEA_FILLERS)}")
            st.expect(utc_text(t2), f"DTG {dtg(t2, spaced)}")
            last = t2
    maybe_distractor(rng, st, None, d.year, p=0.5)
    if len(st.paras) < 3:
        st.paras.append(fresh(rng, st, SEA_FILLERS))
    if rng.random() < 0.3:
        pub_after(rng, st, None, last, tz=UTC)
    return st, head


def cat_dst_boundary(rng):
    st = Story(rng, "dst_boundary")
    # the US and EU changes weigh most; the others are single cities
    region = rng.choices(["US", "EU", "Israel", "AU", "NZ"], weights=[3, 3, 1, 1.5, 1.5])[0]
    city = rng.choice(DST_REGIONS[region])
    tz = tz_of(city)
    year = rng.choice(YEARS)
    inst, before, after = rng.choice(transitions(tz, year))
    tday = inst.astimezone(tz).date()
    clause, head = city_story_parts(rng, city)
    abbrevs = ABBREV_WORLD.get(city, set()) | ABBREV_US.get(city, set())
    if city == "London":
        abbrevs = {"BST", "GMT"}

    def zone_for(aware):
        opts = ["local time", f"{city} time"]
        if aware.tzname() in abbrevs:
            opts += [aware.tzname()] * 2
        return rng.choice(opts)

    shape = rng.choice(["single", "single", "pair"])
    if shape == "pair":
        # two clocks on the change day, one before and one after the change; the second inherits the date
        for _ in range(200):
            a = datetime.combine(tday, time(*rand_hm(rng, 0, 23)))
            b = datetime.combine(tday, time(*rand_hm(rng, 0, 23)))
            if not (unambiguous(a, tz) and unambiguous(b, tz)):
                continue
            A, B = a.replace(tzinfo=tz), b.replace(tzinfo=tz)
            if A < inst - timedelta(minutes=30) and B > inst + timedelta(minutes=30) and a < b and A.utcoffset() != B.utcoffset():
                break
        else:
            raise RuntimeError("no pair")
        za = zone_for(A)
        zb = za if za in ("local time", f"{city} time") else B.tzname()
        if zb not in abbrevs and zb not in ("local time", f"{city} time"):
            zb = "local time"
        cka = f"{fmt_clock(a.hour, a.minute, '24')} {za}"
        ckb = f"{fmt_clock(b.hour, b.minute, '24')} {zb}"
        st.paras.append(event_sentence(rng, clause, when_phrase(rng, cka, fmt_date(tday, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES), style=rng.choice([0, 1])))
        st.paras.append(f"Later that day, at {ckb}, {rng.choice(FOLLOW)}. The clocks changed overnight.")
        st.expect(utc_text(A), f"{cka} on {tday} before the change: offset {A.utcoffset()}")
        st.expect(utc_text(B), f"{ckb} same day after the change: offset {B.utcoffset()}")
        last = B
        d = tday
    else:
        fold_abbrev = None
        repeated = before - after
        if repeated > timedelta(0) and rng.random() < 0.3:
            # a clock in the repeated hour after a fall-back, named by the abbreviation that makes it one instant
            start = inst.astimezone(tz).replace(tzinfo=None, fold=0)
            cand = start + timedelta(minutes=rng.randrange(int(repeated.total_seconds() // 60)))
            f0, f1 = cand.replace(tzinfo=tz, fold=0), cand.replace(tzinfo=tz, fold=1)
            if f0.tzname() in abbrevs and f1.tzname() in abbrevs and f0.tzname() != f1.tzname():
                loc = rng.choice([f0, f1])
                fold_abbrev, d, h, m = loc.tzname(), cand.date(), cand.hour, cand.minute
        for _ in range(0 if fold_abbrev else 200):
            d = tday + timedelta(days=rng.choice([-1, 0, 0, 0, 1]))
            h, m = rand_hm(rng, 0, 23, twelve=False)
            naive = datetime.combine(d, time(h, m))
            if not unambiguous(naive, tz):
                # in the repeated hour an abbreviation still names one instant; a gap time never existed
                f0, f1 = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
                if f0.utcoffset() > f1.utcoffset() and f0.tzname() in abbrevs and f1.tzname() in abbrevs and rng.random() < 0.5:
                    loc = rng.choice([f0, f1])
                    fold_abbrev = loc.tzname()
                    break
                continue
            loc = naive.replace(tzinfo=tz)
            break
        else:
            if not fold_abbrev:
                raise RuntimeError("no dst single")
        z = fold_abbrev or zone_for(loc)
        kind = rng.choice(["24", "colon", "ampm"]) if h % 12 else rng.choice(["24", "colon"])
        ck = f"{fmt_clock(h, m, kind)} {z}"
        st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)))
        st.expect(utc_text(loc), f"{ck} on {d} (change {tday}): offset {loc.utcoffset()} ({loc.tzname()})")
        last = loc
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.4:
        pub_after(rng, st, city, last.astimezone(UTC))
    return st, head


def cat_noon_midnight(rng):
    st = Story(rng, "noon_midnight")
    city, d, h, m, loc = pick_city_date(rng, list(CITIES), lambda c, l: True)
    tz = tz_of(city)
    clause, head = city_story_parts(rng, city)
    shape = rng.choice(["noon", "noon", "midnight_after", "noon_after"])
    zkind = rng.choice(["utc", "local", "city"])
    zone, ztz = {"utc": (rng.choice(["GMT", "UTC"]), UTC), "local": ("local time", tz), "city": (f"{city} time", tz)}[zkind]
    df = rng.choice(DATE_FORMS_YEAR)
    if shape == "noon":
        word = rng.choice(["noon", "noon", "12 noon", "midday"])
        aware = datetime.combine(d, time(12, 0), ztz)
        st.paras.append(event_sentence(rng, clause, f"at {word} {zone} on {fmt_date(d, df)}", rng.choice(SOURCES)))
        st.expect(utc_text(aware), f"{word} {zone} on {d} = {aware.isoformat()}")
        last = aware
    elif shape == "noon_after":
        t1 = datetime.combine(d, time(rng.randint(6, 10), rand_minute(rng)), ztz)
        ck1 = f"{fmt_clock(t1.hour, t1.minute, '24')} {zone}"
        st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck1, fmt_date(d, df)), rng.choice(SOURCES), style=rng.choice([0, 1])))
        noon = datetime.combine(d, time(12, 0), ztz)
        st.paras.append(f"By noon {zone}, {rng.choice(FOLLOW)}. {fresh(rng, st, FILLERS)}")
        st.expect(utc_text(t1), f"{ck1} on {d}")
        st.expect(utc_text(noon), f"date-less noon {zone} inherits {d}")
        last = noon
    else:
        t1 = datetime.combine(d, time(rng.randint(20, 22), rand_minute(rng)), ztz)
        ck1 = f"{fmt_clock(t1.hour, t1.minute, '24')} {zone}"
        st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck1, fmt_date(d, df)), rng.choice(SOURCES), style=rng.choice([0, 1])))
        mid = datetime.combine(d + timedelta(days=1), time(0, 0), ztz)
        st.paras.append(f"{rng.choice(['Later, at', 'At', 'Later that night, at'])} midnight {zone}, {rng.choice(FOLLOW)}.")
        st.expect(utc_text(t1), f"{ck1} on {d}")
        st.expect(utc_text(mid), f"midnight {zone} after the evening of {d} = start of {d + timedelta(days=1)}")
        last = mid
    tail_paragraphs(rng, st, city, d.year)
    if rng.random() < 0.4:
        pub_after(rng, st, city, last.astimezone(UTC))
    return st, head


DATE_ONLY_EVENTS = [
    ("the junta dissolved the electoral commission", "Junta Dissolves Electoral Commission"),
    ("parliament approved a state of emergency", "Parliament Approves State Of Emergency"),
    ("the government expelled the ambassador", "Government Expels Ambassador"),
    ("rebels seized the main border crossing", "Rebels Seize Main Border Crossing"),
    ("the central bank froze the accounts of three ministers", "Central Bank Freezes Ministers' Accounts"),
    ("the president signed a decree suspending the constitution", "President Suspends Constitution By Decree"),
    ("troops withdrew from the disputed town", "Troops Withdraw From Disputed Town"),
]
DATE_ONLY_FOLLOW = ["the decree took effect", "the first arrests were made", "the border was reopened",
                    "the opposition called a general strike", "the ambassador left the country"]


def cat_date_only(rng):
    st = Story(rng, "date_only")
    city = rng.choice(list(CITIES))
    clause, head = rng.choice(DATE_ONLY_EVENTS)
    head = f"{city}: {head}" if rng.random() < 0.5 else head
    d = rand_date(rng)
    form = rng.choice(DATE_FORMS_YEAR + DATE_FORMS_NOYEAR)
    where = f" in {city}" if rng.random() < 0.6 else ""
    st.paras.append(f"{cap(clause)}{where} on {fmt_date(d, form)}, {rng.choice(SOURCES)}.")
    st.expect(d.isoformat(), f"'{fmt_date(d, form)}' with no clock")
    last = d
    if rng.random() < 0.6:
        d2 = d + timedelta(days=rng.randint(1, 9))
        if d2.year == d.year and d2.month <= 12 and d2 <= date(d.year, 12, 15):
            form2 = rng.choice(DATE_FORMS_YEAR if form in DATE_FORMS_YEAR else DATE_FORMS_YEAR + DATE_FORMS_NOYEAR)
            st.paras.append(f"{cap(rng.choice(DATE_ONLY_FOLLOW))} on {fmt_date(d2, form2)}. {fresh(rng, st, FILLERS)}")
            st.expect(d2.isoformat(), f"'{fmt_date(d2, form2)}' with no clock")
            last = d2
    y = rng.randint(2012, d.year - 1)
    st.paras.append(rng.choice([
        f"A ceasefire agreed in {MONTHS[rng.randrange(12)]} {y} has largely collapsed.",
        f"The country has been under military rule since {y}.",
        f"Elections were last held in {MONTHS[rng.randrange(12)]} {y}.",
    ]) + " " + fresh(rng, st, FILLERS))
    if form in DATE_FORMS_NOYEAR or rng.random() < 0.5:
        # a dateline a day or more later, in the same year
        pub_d = last + timedelta(days=rng.randint(1, 3))
        if pub_d.year != d.year:
            pub_d = last
        pub = datetime.combine(pub_d, time(rng.randint(8, 18), rand_minute(rng)), UTC)
        tz = tz_of(city)
        if pub.astimezone(tz).date() != pub_d:
            pub = datetime.combine(pub_d, time(12, 0), UTC)
        make_dateline(rng, st, city, pub_d, pub, force_line=pub.astimezone(tz).date() != pub_d)
    return st, head


def cat_distractors(rng):
    st = Story(rng, "distractors")
    city, d, h, m, loc = pick_city_date(rng, list(CITIES), lambda c, l: True)
    clause, head = city_story_parts(rng, city)
    zform = rng.choice(["gmt", "local", "city"])
    if zform == "gmt":
        aware = datetime.combine(d, time(h, m), UTC)
        ck = f"{fmt_clock(h, m, '24')} GMT"
    else:
        aware = loc
        ck = f"{fmt_clock(h, m, rng.choice(['24', 'colon']))} {'local time' if zform == 'local' else city + ' time'}"
    ds, used = [], [-1]
    for _ in range(rng.randint(3, 4)):
        x, i = distractor(rng, city, d.year, avoid=used)
        ds.append(x)
        used.append(i)
    st.paras.append(event_sentence(rng, clause, when_phrase(rng, ck, fmt_date(d, rng.choice(DATE_FORMS_YEAR))), rng.choice(SOURCES)) + " " + ds[0])
    st.expect(utc_text(aware), f"{ck} on {d}; distractors: {' | '.join(ds)}")
    st.paras.append(" ".join(ds[1:3]))
    if len(ds) > 3:
        st.paras.append(ds[3] + " " + fresh(rng, st, QUOTES))
    if rng.random() < 0.5:
        pub_after(rng, st, city, aware.astimezone(UTC))
    return st, head


CATEGORIES = [
    ("utc_forms", cat_utc_forms),
    ("us_ampm", cat_us_ampm),
    ("world_abbrev", cat_world_abbrev),
    ("numeric_offset", cat_numeric_offset),
    ("city_time", cat_city_time),
    ("local_time", cat_local_time),
    ("date_forms", cat_date_forms),
    ("relative_days", cat_relative_days),
    ("inherit_rollover", cat_inherit_rollover),
    ("dtg", cat_dtg),
    ("dst_boundary", cat_dst_boundary),
    ("noon_midnight", cat_noon_midnight),
    ("date_only", cat_date_only),
    ("distractors", cat_distractors),
]


def main():
    rng = random.Random(SEED)
    out, seen = [], set()
    for name, fn in CATEGORIES:
        n = 0
        while n < PER_CATEGORY:
            st, head = fn(rng)
            text = st.text(head)
            if text in seen:
                continue
            assert 2 <= len(st.paras) <= 4, (name, st.paras)
            seen.add(text)
            n += 1
            out.append({"id": f"g{len(out) + 1:04d}_{name}", "category": name, "text": text,
                        "expected": st.expected, "why": st.why})
    path = Path(__file__).with_name("generated.jsonl")
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles to {path}")


if __name__ == "__main__":
    main()
