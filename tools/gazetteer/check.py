#!/usr/bin/env python3
"""Spot-check the built gazetteer: zones of known cities and whether the names
flash news uses are found (as a name or an alternate).

    python3 tools/gazetteer/check.py [path/to/places.tsv.gz]

Exits non-zero if a zone spot check fails or a listed name is missing.
"""

import collections
import datetime as dt
import gzip
import os
import sys
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "src", "AlertBot.Core", "Understand", "Data", "places.tsv.gz")

# (name as a reporter writes it, country, expected zone[, first-level region when the country has several of the name])
ZONE_CHECKS = [
    ("Goma", "CD", "Africa/Lubumbashi"),
    ("Bukavu", "CD", "Africa/Lubumbashi"),
    ("Kinshasa", "CD", "Africa/Kinshasa"),
    ("Kharkiv", "UA", "Europe/Kyiv"),
    ("Kyiv", "UA", "Europe/Kyiv"),
    ("Simferopol", "UA", "Europe/Simferopol"),
    ("El Paso", "US", "America/Denver"),
    ("Anchorage", "US", "America/Anchorage"),
    ("Honolulu", "US", "Pacific/Honolulu"),
    ("Chicago", "US", "America/Chicago"),
    ("Perth", "AU", "Australia/Perth"),
    ("Adelaide", "AU", "Australia/Adelaide"),
    ("Vladivostok", "RU", "Asia/Vladivostok"),
    ("Kaliningrad", "RU", "Europe/Kaliningrad"),
    ("Belgorod", "RU", "Europe/Moscow"),
    ("Novosibirsk", "RU", "Asia/Novosibirsk"),
    ("Gaza", "PS", "Asia/Gaza"),
    ("Hebron", "PS", "Asia/Hebron"),
    ("Urumqi", "CN", "Asia/Urumqi"),
    ("Manaus", "BR", "America/Manaus"),
    ("Tijuana", "MX", "America/Tijuana"),
    ("Almaty", "KZ", "Asia/Almaty"),
    ("Jayapura", "ID", "Asia/Jayapura"),
    # places in countries with several zones that nearest-city got wrong before tzdata's zone.tab points were used
    ("Hanga Roa", "CL", "Pacific/Easter"),
    ("Easter Island", "CL", "Pacific/Easter"),
    ("Santiago", "CL", "America/Santiago"),
    ("Punta Arenas", "CL", "America/Punta_Arenas"),
    ("Ponta Delgada", "PT", "Atlantic/Azores"),
    ("Velas", "PT", "Atlantic/Azores"),
    ("Horta", "PT", "Atlantic/Azores"),
    ("Lisbon", "PT", "Europe/Lisbon"),
    ("Funchal", "PT", "Atlantic/Madeira"),
    ("Adak", "US", "America/Adak"),
    ("Nome", "US", "America/Nome"),
    ("Utqiagvik", "US", "America/Anchorage"),
    ("Tuba City", "US", "America/Denver"),
    ("Window Rock", "US", "America/Denver"),
    ("Kayenta", "US", "America/Denver"),
    ("Phoenix", "US", "America/Phoenix"),
    ("Flagstaff", "US", "America/Phoenix"),
    ("Pituffik", "GL", "America/Thule"),
    ("Nuuk", "GL", "America/Nuuk"),
    ("Ciudad Juarez", "MX", "America/Ciudad_Juarez"),
    ("Chihuahua", "MX", "America/Chihuahua"),
    ("Kalemie", "CD", "Africa/Lubumbashi"),
    ("Darwin", "AU", "Australia/Darwin"),
    ("Katherine", "AU", "Australia/Darwin"),
    ("Broken Hill", "AU", "Australia/Broken_Hill"),
    ("Sydney", "AU", "Australia/Sydney"),
    ("Lord Howe Island", "AU", "Australia/Lord_Howe"),
    ("Klyuchi", "RU", "Asia/Kamchatka"),
    ("Gharm", "TJ", "Asia/Dushanbe"),
    ("Kok-Tash", "KG", "Asia/Bishkek"),
    # county and state borders (zone-areas.tsv's state and county rows; before them nearest-city gave the other clock)
    ("Princeton", "US", "America/Chicago", "Indiana"),
    ("Evansville", "US", "America/Chicago"),
    ("Gary", "US", "America/Chicago"),
    ("Rensselaer", "US", "America/Chicago", "Indiana"),
    ("La Porte", "US", "America/Chicago", "Indiana"),
    ("Plymouth", "US", "America/Indiana/Indianapolis", "Indiana"),
    ("Indianapolis", "US", "America/Indiana/Indianapolis"),
    ("Jasper", "US", "America/Indiana/Vincennes", "Indiana"),
    ("Tell City", "US", "America/Indiana/Tell_City"),
    ("Paducah", "US", "America/Chicago"),
    ("Bowling Green", "US", "America/Chicago", "Kentucky"),
    ("Russell Springs", "US", "America/Chicago"),
    ("Lexington", "US", "America/New_York", "Kentucky"),
    ("Louisville", "US", "America/Kentucky/Louisville", "Kentucky"),
    ("Crossville", "US", "America/Chicago", "Tennessee"),
    ("Jamestown", "US", "America/Chicago", "Tennessee"),
    ("Knoxville", "US", "America/New_York", "Tennessee"),
    ("Chattanooga", "US", "America/New_York"),
    ("Pensacola", "US", "America/Chicago"),
    ("Panama City", "US", "America/Chicago", "Florida"),
    ("Tallahassee", "US", "America/New_York"),
    ("Wewahitchka", "US", "America/Chicago"),
    ("Port Saint Joe", "US", "America/New_York"),
    ("Iron Mountain", "US", "America/Menominee"),
    ("Marquette", "US", "America/Detroit", "Michigan"),
    ("Mandan", "US", "America/North_Dakota/New_Salem"),
    ("Dickinson", "US", "America/Denver", "North Dakota"),
    ("Rapid City", "US", "America/Denver"),
    ("Pierre", "US", "America/Chicago"),
    ("North Platte", "US", "America/Chicago"),
    ("Ogallala", "US", "America/Denver"),
    ("Scottsbluff", "US", "America/Denver"),
    ("Goodland", "US", "America/Denver", "Kansas"),
    ("Colby", "US", "America/Chicago", "Kansas"),
    ("Van Horn", "US", "America/Chicago"),
    ("Muleshoe", "US", "America/Chicago"),
    ("Ontario", "US", "America/Boise", "Oregon"),
    ("Boise", "US", "America/Boise"),
    ("Coeur d'Alene", "US", "America/Los_Angeles"),
    ("Lewiston", "US", "America/Los_Angeles", "Idaho"),
    ("Charleston", "US", "America/Chicago", "Illinois"),
    ("Thompson Falls", "US", "America/Denver"),
    ("Blythe", "US", "America/Los_Angeles"),
    ("Laughlin", "US", "America/Los_Angeles"),
    ("Eufaula", "US", "America/Chicago", "Alabama"),
    ("Phenix City", "US", "America/New_York"),
    ("Lloydminster", "CA", "America/Edmonton"),
    ("Cold Lake", "CA", "America/Edmonton"),
    ("Fort Frances", "CA", "America/Winnipeg"),
    ("Kenora", "CA", "America/Winnipeg"),
    ("Atikokan", "CA", "America/Atikokan"),
    ("Creston", "CA", "America/Creston"),
    ("Cranbrook", "CA", "America/Edmonton"),
    ("Carleton-sur-Mer", "CA", "America/Toronto"),
    ("Xpujil", "MX", "America/Merida"),
    ("Tihosuco", "MX", "America/Cancun"),
    ("La Penita de Jaltemba", "MX", "America/Mazatlan"),
    ("Bucerias", "MX", "America/Bahia_Banderas"),
]

# Names that appear in conflict/flash news; each must be found in the given country.
NEWS_NAMES = [
    ("Kramatorsk", "UA"), ("Pokrovsk", "UA"), ("Avdiivka", "UA"), ("Bakhmut", "UA"), ("Chasiv Yar", "UA"),
    ("Vuhledar", "UA"), ("Toretsk", "UA"), ("Kurakhove", "UA"), ("Sloviansk", "UA"), ("Kostiantynivka", "UA"),
    ("Kupiansk", "UA"), ("Vovchansk", "UA"), ("Huliaipole", "UA"), ("Enerhodar", "UA"), ("Izium", "UA"),
    ("Lysychansk", "UA"), ("Sievierodonetsk", "UA"), ("Melitopol", "UA"), ("Berdiansk", "UA"), ("Nova Kakhovka", "UA"),
    ("Kherson", "UA"), ("Mariupol", "UA"), ("Zaporizhzhia", "UA"), ("Sumy", "UA"), ("Odesa", "UA"), ("Mykolaiv", "UA"),
    ("Kiev", "UA"), ("Robotyne", "UA"), ("Myrnohrad", "UA"), ("Siversk", "UA"),
    ("Belgorod", "RU"), ("Kursk", "RU"), ("Sudzha", "RU"), ("Shebekino", "RU"), ("Bryansk", "RU"),
    ("Kaohsiung", "TW"), ("Mogadishu", "SO"), ("Beledweyne", "SO"), ("Kismayo", "SO"), ("Baidoa", "SO"),
    ("Hargeisa", "SO"), ("Garowe", "SO"), ("Timbuktu", "ML"), ("Kidal", "ML"), ("Gao", "ML"), ("Menaka", "ML"),
    ("Djibo", "BF"), ("Maiduguri", "NG"), ("Port Sudan", "SD"), ("Omdurman", "SD"), ("Wad Madani", "SD"),
    ("El Fasher", "SD"), ("Nyala", "SD"), ("Geneina", "SD"), ("Kadugli", "SD"), ("El Obeid", "SD"), ("Babanusa", "SD"),
    ("Goma", "CD"), ("Bunia", "CD"), ("Beni", "CD"), ("Bukavu", "CD"), ("Uvira", "CD"),
    ("Hodeidah", "YE"), ("Marib", "YE"), ("Taiz", "YE"), ("Aden", "YE"), ("Sanaa", "YE"),
    ("Rafah", "PS"), ("Khan Younis", "PS"), ("Khan Yunis", "PS"), ("Jenin", "PS"), ("Tulkarm", "PS"), ("Nablus", "PS"), ("Gaza", "PS"),
    ("Tyre", "LB"), ("Sidon", "LB"), ("Nabatieh", "LB"), ("Baalbek", "LB"),
    ("Idlib", "SY"), ("Aleppo", "SY"), ("Raqqa", "SY"), ("Deir ez-Zor", "SY"), ("Homs", "SY"),
    ("Tal Afar", "IQ"), ("Mosul", "IQ"), ("Kirkuk", "IQ"), ("Erbil", "IQ"), ("Sinjar", "IQ"), ("Fallujah", "IQ"),
    ("Kandahar", "AF"), ("Herat", "AF"), ("Quetta", "PK"), ("Peshawar", "PK"),
    ("Sittwe", "MM"), ("Lashio", "MM"), ("Myitkyina", "MM"),
    ("Palma", "MZ"), ("Mocimboa da Praia", "MZ"), ("Bangui", "CF"), ("Bamenda", "CM"), ("Agadez", "NE"), ("Diffa", "NE"),
    ("Juba", "SS"), ("Malakal", "SS"), ("Bentiu", "SS"), ("Mekelle", "ET"), ("Gondar", "ET"), ("Bahir Dar", "ET"),
    ("Misrata", "LY"), ("Benghazi", "LY"), ("Derna", "LY"), ("Sirte", "LY"),
    ("Stepanakert", "AZ"), ("Khankendi", "AZ"), ("Shusha", "AZ"), ("Sukhumi", "GE"), ("Tskhinvali", "GE"),
    ("Port-au-Prince", "HT"),
    # named by blind test sets and missing or resolved to a region or another city before
    ("Gharm", "TJ"), ("Utqiagvik", "US"), ("Nome", "US"), ("Kok-Tash", "KG"), ("Velas", "PT"), ("Banibangou", "NE"),
    ("Sotk", "AM"), ("Torkham", "AF"), ("Torkham", "PK"), ("Storskog", "NO"), ("Apra Harbor", "GU"), ("Hanga Roa", "CL"),
    ("Kani", "MM"), ("Klyuchi", "RU"), ("Derbent", "RU"), ("Kalemie", "CD"), ("Nishtun", "YE"), ("Minya", "EG"),
    ("Shiveluch", "RU"), ("Fua'amotu", "TO"), ("Pituffik", "GL"), ("Mallawi", "EG"),
    ("Kuwait City", "KW"), ("Guatemala City", "GT"), ("Panama City", "PA"), ("Mexico City", "MX"), ("Kuwait", "KW"),
]


def load(path):
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            rows.append(dict(zip(header, cols)))
    return rows


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    rows = load(path)
    index = collections.defaultdict(list)
    for r in rows:
        for n in [r["name"]] + [a for a in r["alt_names"].split(",") if a]:
            index[(n.casefold(), r["country"])].append(r)

    def find(name, country):
        hits = index.get((name.casefold(), country), [])
        return sorted(hits, key=lambda r: ({"city": 0}.get(r["kind"], 1), -int(r["population"])))

    failures = 0
    print("zone spot checks (UTC offset on 2025-01-15 / 2025-07-15):")
    for name, country, want, *admin1 in ZONE_CHECKS:
        hits = [h for h in find(name, country) if h["kind"] == "city"] or find(name, country)
        if admin1:
            hits = [h for h in hits if h["admin1"] == admin1[0]]
            name = f"{name}, {admin1[0]}"
        got = hits[0]["zone"] if hits else None
        ok = got == want
        failures += not ok
        offs = ""
        if got:
            z = zoneinfo.ZoneInfo(got)
            offs = " / ".join(
                dt.datetime(2025, m, 15, 12, tzinfo=z).strftime("%z") for m in (1, 7))
        print(f"  {'ok ' if ok else 'BAD'} {name} ({country}) -> {got} {offs}" + ("" if ok else f"  (want {want})"))

    print("news names:")
    found, missing = [], []
    for name, country in NEWS_NAMES:
        hits = find(name, country)
        if hits:
            h = hits[0]
            found.append(name)
            how = "name" if h["name"].casefold() == name.casefold() else f"alt of {h['name']}"
            print(f"  ok  {name} ({country}): {h['kind']}, {how}, pop {h['population']}, {h['zone']}")
        else:
            missing.append(f"{name} ({country})")
            print(f"  MISSING {name} ({country})")
    print(f"{len(found)} of {len(NEWS_NAMES)} news names found; missing: {', '.join(missing) or 'none'}")
    print(f"{len(ZONE_CHECKS) - failures + len(found)} passed, {failures + len(missing)} failed")
    return 1 if failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
