using System.Collections.Frozen;

namespace AlertBot.Core.Understand;

/// <summary>
/// Countries, regions and actors AlertBot tags articles with, and the places whose clocks it knows.
/// The data is a table in code so Core stays free of I/O; names are matched case-sensitively as proper nouns.
/// </summary>
public static class Gazetteer
{
    // kind|tag|display name|aliases (comma-separated, matched as written; "~" marks a people's adjective, "Malian")|regions|IANA zone
    // city lines: city|country tag|aliases|IANA zone  (a city names its country and says what "local time" means there)
    private const string Data = """
        region|africa|Africa|Africa,African||
        region|west-africa|West Africa|West Africa,West African|africa|
        region|east-africa|East Africa|East Africa,East African|africa|
        region|north-africa|North Africa|North Africa,North African,Maghreb|africa|
        region|central-africa|Central Africa|Central Africa,Central African|africa|
        region|southern-africa|Southern Africa|Southern Africa|africa|
        region|sahel|Sahel|Sahel,Sahelian|africa|
        region|horn-of-africa|Horn of Africa|Horn of Africa|africa,east-africa|
        region|middle-east|Middle East|Middle East,Middle Eastern,Mideast|
        region|gulf|Gulf|Persian Gulf,Gulf states,Arabian Gulf|middle-east|
        region|levant|Levant|Levant|middle-east|
        region|europe|Europe|Europe,European||
        region|eastern-europe|Eastern Europe|Eastern Europe,Eastern European|europe|
        region|western-europe|Western Europe|Western Europe|europe|
        region|balkans|Balkans|Balkans,Balkan,Western Balkans|europe|
        region|baltics|Baltics|Baltics,Baltic states|europe|
        region|caucasus|Caucasus|Caucasus,South Caucasus,North Caucasus||
        region|asia|Asia|Asia,Asian||
        region|east-asia|East Asia|East Asia,East Asian|asia|
        region|south-asia|South Asia|South Asia,South Asian|asia|
        region|southeast-asia|Southeast Asia|Southeast Asia,South-East Asia|asia|
        region|central-asia|Central Asia|Central Asia,Central Asian|asia|
        region|indo-pacific|Indo-Pacific|Indo-Pacific|asia|
        region|americas|Americas|Americas||
        region|north-america|North America|North America,North American|americas|
        region|latin-america|Latin America|Latin America,Latin American,South America,Central America|americas|
        region|caribbean|Caribbean|Caribbean|americas|
        region|arctic|Arctic|Arctic||
        region|oceania|Oceania|Oceania,Pacific Islands||
        country|mali|Mali|Mali,~Malian,~Malians|africa,west-africa,sahel|Africa/Bamako
        country|burkina-faso|Burkina Faso|Burkina Faso,~Burkinabe,~Burkinabè|africa,west-africa,sahel|Africa/Ouagadougou
        country|niger|Niger|Niger,~Nigerien,~Nigeriens|africa,west-africa,sahel|Africa/Niamey
        country|chad|Chad|Chad,~Chadian|africa,central-africa,sahel|Africa/Ndjamena
        country|mauritania|Mauritania|Mauritania,~Mauritanian|africa,west-africa,sahel|Africa/Nouakchott
        country|senegal|Senegal|Senegal,~Senegalese|africa,west-africa|Africa/Dakar
        country|nigeria|Nigeria|Nigeria,~Nigerian,~Nigerians|africa,west-africa|Africa/Lagos
        country|ghana|Ghana|Ghana,~Ghanaian|africa,west-africa|Africa/Accra
        country|ivory-coast|Ivory Coast|Ivory Coast,Côte d'Ivoire,Cote d'Ivoire,~Ivorian|africa,west-africa|Africa/Abidjan
        country|guinea|Guinea|Guinea,~Guinean|africa,west-africa|Africa/Conakry
        country|guinea-bissau|Guinea-Bissau|Guinea-Bissau|africa,west-africa|Africa/Bissau
        country|sierra-leone|Sierra Leone|Sierra Leone|africa,west-africa|Africa/Freetown
        country|liberia|Liberia|Liberia,~Liberian|africa,west-africa|Africa/Monrovia
        country|benin|Benin|Benin,~Beninese|africa,west-africa|Africa/Porto-Novo
        country|togo|Togo|Togo,~Togolese|africa,west-africa|Africa/Lome
        country|cameroon|Cameroon|Cameroon,~Cameroonian|africa,central-africa|Africa/Douala
        country|central-african-republic|Central African Republic|Central African Republic,CAR|africa,central-africa|Africa/Bangui
        country|drc|DR Congo|Democratic Republic of the Congo,DR Congo,DRC,~Congolese,Congo|africa,central-africa|Africa/Kinshasa
        country|sudan|Sudan|Sudan,~Sudanese|africa,north-africa,east-africa|Africa/Khartoum
        country|south-sudan|South Sudan|South Sudan,~South Sudanese|africa,east-africa|Africa/Juba
        country|ethiopia|Ethiopia|Ethiopia,~Ethiopian|africa,east-africa,horn-of-africa|Africa/Addis_Ababa
        country|eritrea|Eritrea|Eritrea,~Eritrean|africa,east-africa,horn-of-africa|Africa/Asmara
        country|somalia|Somalia|Somalia,~Somali,~Somalis|africa,east-africa,horn-of-africa|Africa/Mogadishu
        country|djibouti|Djibouti|Djibouti|africa,east-africa,horn-of-africa|Africa/Djibouti
        country|kenya|Kenya|Kenya,~Kenyan|africa,east-africa|Africa/Nairobi
        country|uganda|Uganda|Uganda,~Ugandan|africa,east-africa|Africa/Kampala
        country|rwanda|Rwanda|Rwanda,~Rwandan|africa,east-africa|Africa/Kigali
        country|mozambique|Mozambique|Mozambique,~Mozambican|africa,southern-africa|Africa/Maputo
        country|south-africa|South Africa|South Africa,~South African|africa,southern-africa|Africa/Johannesburg
        country|libya|Libya|Libya,~Libyan|africa,north-africa,sahel|Africa/Tripoli
        country|egypt|Egypt|Egypt,~Egyptian|africa,north-africa,middle-east|Africa/Cairo
        country|algeria|Algeria|Algeria,~Algerian|africa,north-africa,sahel|Africa/Algiers
        country|morocco|Morocco|Morocco,~Moroccan|africa,north-africa|Africa/Casablanca
        country|tunisia|Tunisia|Tunisia,~Tunisian|africa,north-africa|Africa/Tunis
        country|ukraine|Ukraine|Ukraine,~Ukrainian,~Ukrainians|europe,eastern-europe|Europe/Kyiv
        country|russia|Russia|Russia,~Russian,~Russians,Russian Federation,Kremlin|europe,eastern-europe|Europe/Moscow
        country|belarus|Belarus|Belarus,~Belarusian|europe,eastern-europe|Europe/Minsk
        country|moldova|Moldova|Moldova,~Moldovan|europe,eastern-europe|Europe/Chisinau
        country|poland|Poland|Poland,~Polish|europe,eastern-europe|Europe/Warsaw
        country|romania|Romania|Romania,~Romanian|europe,eastern-europe|Europe/Bucharest
        country|hungary|Hungary|Hungary,~Hungarian|europe,eastern-europe|Europe/Budapest
        country|slovakia|Slovakia|Slovakia,~Slovak|europe,eastern-europe|Europe/Bratislava
        country|czechia|Czechia|Czechia,Czech Republic,~Czech|europe,eastern-europe|Europe/Prague
        country|bulgaria|Bulgaria|Bulgaria,~Bulgarian|europe,eastern-europe,balkans|Europe/Sofia
        country|estonia|Estonia|Estonia,~Estonian|europe,baltics|Europe/Tallinn
        country|latvia|Latvia|Latvia,~Latvian|europe,baltics|Europe/Riga
        country|lithuania|Lithuania|Lithuania,~Lithuanian|europe,baltics|Europe/Vilnius
        country|finland|Finland|Finland,~Finnish|europe|Europe/Helsinki
        country|sweden|Sweden|Sweden,~Swedish|europe|Europe/Stockholm
        country|norway|Norway|Norway,~Norwegian|europe|Europe/Oslo
        country|germany|Germany|Germany,~German|europe,western-europe|Europe/Berlin
        country|france|France|France,~French|europe,western-europe|Europe/Paris
        country|united-kingdom|United Kingdom|United Kingdom,U.K.,UK,Britain,~British|europe,western-europe|Europe/London
        country|italy|Italy|Italy,~Italian|europe|Europe/Rome
        country|spain|Spain|Spain,~Spanish|europe,western-europe|Europe/Madrid
        country|netherlands|Netherlands|Netherlands,~Dutch|europe,western-europe|Europe/Amsterdam
        country|belgium|Belgium|Belgium,~Belgian|europe,western-europe|Europe/Brussels
        country|greece|Greece|Greece,~Greek|europe,balkans|Europe/Athens
        country|serbia|Serbia|Serbia,~Serbian,~Serbs|europe,balkans|Europe/Belgrade
        country|kosovo|Kosovo|Kosovo,~Kosovar|europe,balkans|Europe/Belgrade
        country|bosnia|Bosnia and Herzegovina|Bosnia and Herzegovina,Bosnia,~Bosnian,Republika Srpska|europe,balkans|Europe/Sarajevo
        country|turkey|Turkey|Turkey,Türkiye,~Turkish|europe,middle-east|Europe/Istanbul
        country|georgia|Georgia|Georgia,~Georgian|caucasus|Asia/Tbilisi
        country|armenia|Armenia|Armenia,~Armenian|caucasus|Asia/Yerevan
        country|azerbaijan|Azerbaijan|Azerbaijan,~Azerbaijani,~Azeri|caucasus|Asia/Baku
        country|israel|Israel|Israel,~Israeli,~Israelis|middle-east,levant|Asia/Jerusalem
        country|palestine|Palestine|Palestine,~Palestinian,~Palestinians,Gaza Strip,Gaza,West Bank|middle-east,levant|Asia/Gaza
        country|lebanon|Lebanon|Lebanon,~Lebanese|middle-east,levant|Asia/Beirut
        country|syria|Syria|Syria,~Syrian|middle-east,levant|Asia/Damascus
        country|jordan|Jordan|Jordan,~Jordanian|middle-east,levant|Asia/Amman
        country|iraq|Iraq|Iraq,~Iraqi|middle-east|Asia/Baghdad
        country|iran|Iran|Iran,~Iranian,Tehran|middle-east|Asia/Tehran
        country|saudi-arabia|Saudi Arabia|Saudi Arabia,~Saudi|middle-east,gulf|Asia/Riyadh
        country|yemen|Yemen|Yemen,~Yemeni|middle-east,gulf|Asia/Aden
        country|oman|Oman|Oman,~Omani|middle-east,gulf|Asia/Muscat
        country|uae|United Arab Emirates|United Arab Emirates,UAE,~Emirati|middle-east,gulf|Asia/Dubai
        country|qatar|Qatar|Qatar,~Qatari|middle-east,gulf|Asia/Qatar
        country|kuwait|Kuwait|Kuwait,~Kuwaiti|middle-east,gulf|Asia/Kuwait
        country|bahrain|Bahrain|Bahrain,~Bahraini|middle-east,gulf|Asia/Bahrain
        country|afghanistan|Afghanistan|Afghanistan,~Afghan|south-asia,central-asia|Asia/Kabul
        country|pakistan|Pakistan|Pakistan,~Pakistani|south-asia|Asia/Karachi
        country|india|India|India,~Indian|south-asia|Asia/Kolkata
        country|bangladesh|Bangladesh|Bangladesh,~Bangladeshi|south-asia|Asia/Dhaka
        country|myanmar|Myanmar|Myanmar,Burma,~Burmese|southeast-asia|Asia/Yangon
        country|thailand|Thailand|Thailand,~Thai|southeast-asia|Asia/Bangkok
        country|philippines|Philippines|Philippines,~Philippine,~Filipino|southeast-asia,indo-pacific|Asia/Manila
        country|vietnam|Vietnam|Vietnam,~Vietnamese|southeast-asia|Asia/Ho_Chi_Minh
        country|indonesia|Indonesia|Indonesia,~Indonesian|southeast-asia,indo-pacific|Asia/Jakarta
        country|china|China|China,~Chinese,Beijing|east-asia,indo-pacific|Asia/Shanghai
        country|taiwan|Taiwan|Taiwan,~Taiwanese,Taipei|east-asia,indo-pacific|Asia/Taipei
        country|japan|Japan|Japan,~Japanese|east-asia,indo-pacific|Asia/Tokyo
        country|north-korea|North Korea|North Korea,~North Korean,DPRK,Pyongyang|east-asia|Asia/Pyongyang
        country|south-korea|South Korea|South Korea,~South Korean,Seoul|east-asia|Asia/Seoul
        country|kazakhstan|Kazakhstan|Kazakhstan,~Kazakh|central-asia|Asia/Almaty
        country|united-states|United States|United States,U.S.,US,USA,~Americans,Pentagon|north-america,americas|America/New_York
        country|canada|Canada|Canada,~Canadian|north-america,americas|America/Toronto
        country|mexico|Mexico|Mexico,~Mexican|north-america,latin-america,americas|America/Mexico_City
        country|venezuela|Venezuela|Venezuela,~Venezuelan|latin-america,americas|America/Caracas
        country|colombia|Colombia|Colombia,~Colombian|latin-america,americas|America/Bogota
        country|haiti|Haiti|Haiti,~Haitian|caribbean,latin-america,americas|America/Port-au-Prince
        country|cuba|Cuba|Cuba,~Cuban|caribbean,latin-america,americas|America/Havana
        country|brazil|Brazil|Brazil,~Brazilian|latin-america,americas|America/Sao_Paulo
        country|australia|Australia|Australia,~Australian|oceania,indo-pacific|Australia/Sydney
        country|guyana|Guyana|Guyana,~Guyanese|latin-america,americas|America/Guyana
        country|suriname|Suriname|Suriname,~Surinamese|latin-america,americas|America/Paramaribo
        country|ecuador|Ecuador|Ecuador,~Ecuadorian,~Ecuadorean|latin-america,americas|America/Guayaquil
        country|peru|Peru|Peru,~Peruvian|latin-america,americas|America/Lima
        country|bolivia|Bolivia|Bolivia,~Bolivian|latin-america,americas|America/La_Paz
        country|chile|Chile|Chile,~Chilean|latin-america,americas|America/Santiago
        country|argentina|Argentina|Argentina,~Argentine,~Argentinian|latin-america,americas|America/Argentina/Buenos_Aires
        country|paraguay|Paraguay|Paraguay,~Paraguayan|latin-america,americas|America/Asuncion
        country|uruguay|Uruguay|Uruguay,~Uruguayan|latin-america,americas|America/Montevideo
        country|panama|Panama|Panama,~Panamanian|latin-america,americas|America/Panama
        country|nicaragua|Nicaragua|Nicaragua,~Nicaraguan|latin-america,americas|America/Managua
        country|honduras|Honduras|Honduras,~Honduran|latin-america,americas|America/Tegucigalpa
        country|guatemala|Guatemala|Guatemala,~Guatemalan|latin-america,americas|America/Guatemala
        country|el-salvador|El Salvador|El Salvador,~Salvadoran|latin-america,americas|America/El_Salvador
        country|costa-rica|Costa Rica|Costa Rica,~Costa Rican|latin-america,americas|America/Costa_Rica
        country|dominican-republic|Dominican Republic|Dominican Republic|caribbean,latin-america,americas|America/Santo_Domingo
        country|jamaica|Jamaica|Jamaica,~Jamaican|caribbean,americas|America/Jamaica
        country|nepal|Nepal|Nepal,~Nepali,~Nepalese|south-asia|Asia/Kathmandu
        country|sri-lanka|Sri Lanka|Sri Lanka,~Sri Lankan|south-asia|Asia/Colombo
        country|cambodia|Cambodia|Cambodia,~Cambodian|southeast-asia|Asia/Phnom_Penh
        country|laos|Laos|Laos,~Laotian|southeast-asia|Asia/Vientiane
        country|malaysia|Malaysia|Malaysia,~Malaysian|southeast-asia|Asia/Kuala_Lumpur
        country|singapore|Singapore|Singapore,~Singaporean|southeast-asia,indo-pacific|Asia/Singapore
        country|mongolia|Mongolia|Mongolia,~Mongolian|east-asia|Asia/Ulaanbaatar
        country|kyrgyzstan|Kyrgyzstan|Kyrgyzstan,~Kyrgyz|central-asia|Asia/Bishkek
        country|tajikistan|Tajikistan|Tajikistan,~Tajik|central-asia|Asia/Dushanbe
        country|uzbekistan|Uzbekistan|Uzbekistan,~Uzbek|central-asia|Asia/Tashkent
        country|turkmenistan|Turkmenistan|Turkmenistan,~Turkmen|central-asia|Asia/Ashgabat
        country|denmark|Denmark|Denmark,~Danish|europe,western-europe|Europe/Copenhagen
        country|austria|Austria|Austria,~Austrian|europe,western-europe|Europe/Vienna
        country|switzerland|Switzerland|Switzerland,~Swiss|europe,western-europe|Europe/Zurich
        country|portugal|Portugal|Portugal,~Portuguese|europe,western-europe|Europe/Lisbon
        country|croatia|Croatia|Croatia,~Croatian|europe,balkans|Europe/Zagreb
        country|montenegro|Montenegro|Montenegro,~Montenegrin|europe,balkans|Europe/Podgorica
        country|albania|Albania|Albania,~Albanian|europe,balkans|Europe/Tirane
        country|north-macedonia|North Macedonia|North Macedonia,~Macedonian|europe,balkans|Europe/Skopje
        country|cyprus|Cyprus|Cyprus,~Cypriot|europe,middle-east|Asia/Nicosia
        country|tanzania|Tanzania|Tanzania,~Tanzanian|africa,east-africa|Africa/Dar_es_Salaam
        country|zambia|Zambia|Zambia,~Zambian|africa,southern-africa|Africa/Lusaka
        country|zimbabwe|Zimbabwe|Zimbabwe,~Zimbabwean|africa,southern-africa|Africa/Harare
        country|angola|Angola|Angola,~Angolan|africa,southern-africa|Africa/Luanda
        country|namibia|Namibia|Namibia,~Namibian|africa,southern-africa|Africa/Windhoek
        country|madagascar|Madagascar|Madagascar,~Malagasy|africa,southern-africa|Indian/Antananarivo
        country|malawi|Malawi|Malawi,~Malawian|africa,southern-africa|Africa/Blantyre
        country|burundi|Burundi|Burundi,~Burundian|africa,east-africa,central-africa|Africa/Bujumbura
        country|gabon|Gabon|Gabon,~Gabonese|africa,central-africa|Africa/Libreville
        country|new-zealand|New Zealand|New Zealand|oceania,indo-pacific|Pacific/Auckland
        country|andorra|Andorra|Andorra,~Andorran|europe,western-europe|Europe/Andorra
        country|antigua-and-barbuda|Antigua and Barbuda|Antigua and Barbuda|caribbean,americas|America/Antigua
        country|bahamas|Bahamas|Bahamas,The Bahamas,~Bahamian|caribbean,americas|America/Nassau
        country|barbados|Barbados|Barbados,~Barbadian|caribbean,americas|America/Barbados
        country|belize|Belize|Belize,~Belizean|latin-america,americas|America/Belize
        country|bhutan|Bhutan|Bhutan,~Bhutanese|south-asia|Asia/Thimphu
        country|botswana|Botswana|Botswana|africa,southern-africa|Africa/Gaborone
        country|brunei|Brunei|Brunei,Brunei Darussalam|southeast-asia|Asia/Brunei
        country|cabo-verde|Cabo Verde|Cabo Verde,Cape Verde,~Cape Verdean|africa,west-africa|Atlantic/Cape_Verde
        country|comoros|Comoros|Comoros,~Comorian|africa,east-africa|Indian/Comoro
        country|dominica|Dominica|Dominica|caribbean,americas|America/Dominica
        country|east-timor|East Timor|East Timor,Timor-Leste,~Timorese|southeast-asia|Asia/Dili
        country|equatorial-guinea|Equatorial Guinea|Equatorial Guinea,~Equatoguinean|africa,central-africa|Africa/Malabo
        country|eswatini|Eswatini|Eswatini,Swaziland|africa,southern-africa|Africa/Mbabane
        country|fiji|Fiji|Fiji,~Fijian|oceania|Pacific/Fiji
        country|gambia|Gambia|Gambia,The Gambia,~Gambian|africa,west-africa|Africa/Banjul
        country|grenada|Grenada|Grenada|caribbean,americas|America/Grenada
        country|iceland|Iceland|Iceland,~Icelandic|europe|Atlantic/Reykjavik
        country|ireland|Ireland|Ireland,Republic of Ireland,~Irish|europe,western-europe|Europe/Dublin
        country|kiribati|Kiribati|Kiribati|oceania|Pacific/Tarawa
        country|lesotho|Lesotho|Lesotho|africa,southern-africa|Africa/Maseru
        country|liechtenstein|Liechtenstein|Liechtenstein|europe,western-europe|Europe/Vaduz
        country|luxembourg|Luxembourg|Luxembourg|europe,western-europe|Europe/Luxembourg
        country|maldives|Maldives|Maldives,~Maldivian|south-asia|Indian/Maldives
        country|malta|Malta|Malta,~Maltese|europe|Europe/Malta
        country|marshall-islands|Marshall Islands|Marshall Islands|oceania|Pacific/Majuro
        country|mauritius|Mauritius|Mauritius,~Mauritian|africa,east-africa|Indian/Mauritius
        country|micronesia|Micronesia|Micronesia,Federated States of Micronesia|oceania|Pacific/Pohnpei
        country|monaco|Monaco|Monaco|europe,western-europe|Europe/Monaco
        country|nauru|Nauru|Nauru|oceania|Pacific/Nauru
        country|palau|Palau|Palau|oceania|Pacific/Palau
        country|papua-new-guinea|Papua New Guinea|Papua New Guinea,PNG|oceania,indo-pacific|Pacific/Port_Moresby
        country|republic-of-the-congo|Republic of the Congo|Republic of the Congo,Republic of Congo,Congo-Brazzaville|africa,central-africa|Africa/Brazzaville
        country|saint-kitts-and-nevis|Saint Kitts and Nevis|Saint Kitts and Nevis,St Kitts and Nevis|caribbean,americas|America/St_Kitts
        country|saint-lucia|Saint Lucia|Saint Lucia,St Lucia|caribbean,americas|America/St_Lucia
        country|saint-vincent-and-the-grenadines|Saint Vincent and the Grenadines|Saint Vincent and the Grenadines,St Vincent and the Grenadines|caribbean,americas|America/St_Vincent
        country|samoa|Samoa|Samoa,~Samoan|oceania|Pacific/Apia
        country|san-marino|San Marino|San Marino|europe|Europe/San_Marino
        country|sao-tome-and-principe|Sao Tome and Principe|Sao Tome and Principe,São Tomé and Príncipe|africa,central-africa|Africa/Sao_Tome
        country|seychelles|Seychelles|Seychelles|africa,east-africa|Indian/Mahe
        country|slovenia|Slovenia|Slovenia,~Slovenian|europe,balkans|Europe/Ljubljana
        country|solomon-islands|Solomon Islands|Solomon Islands,~Solomon Islander|oceania|Pacific/Guadalcanal
        country|tonga|Tonga|Tonga,~Tongan|oceania|Pacific/Tongatapu
        country|trinidad-and-tobago|Trinidad and Tobago|Trinidad and Tobago,~Trinidadian|caribbean,americas|America/Port_of_Spain
        country|tuvalu|Tuvalu|Tuvalu|oceania|Pacific/Funafuti
        country|vanuatu|Vanuatu|Vanuatu|oceania|Pacific/Efate
        country|vatican-city|Vatican City|Vatican City,Holy See,Vatican|europe|Europe/Vatican
        country|western-sahara|Western Sahara|Western Sahara,~Sahrawi|africa,north-africa|Africa/El_Aaiun
        country|greenland|Greenland|Greenland,~Greenlandic|arctic,north-america|America/Nuuk
        country|hong-kong|Hong Kong|Hong Kong|east-asia|Asia/Hong_Kong
        country|puerto-rico|Puerto Rico|Puerto Rico,~Puerto Rican|caribbean,americas|America/Puerto_Rico
        country|new-caledonia|New Caledonia|New Caledonia|oceania|Pacific/Noumea
        country|french-polynesia|French Polynesia|French Polynesia,Tahiti|oceania|Pacific/Tahiti
        actor|wagner|Wagner Group|Wagner Group,Wagner,Africa Corps||
        actor|nato|NATO|NATO,North Atlantic Treaty Organization||
        actor|un|United Nations|United Nations,UN,U.N.,MINUSMA,UNIFIL,Security Council||
        actor|eu|European Union|European Union,EU,E.U.||
        actor|african-union|African Union|African Union,AU||
        actor|ecowas|ECOWAS|ECOWAS,Economic Community of West African States||
        actor|hamas|Hamas|Hamas,Qassam Brigades,al-Qassam Brigades||
        actor|hezbollah|Hezbollah|Hezbollah,Hizbollah||
        actor|houthis|Houthis|Houthis,Houthi,Ansar Allah||
        actor|isis|Islamic State|Islamic State,ISIS,ISIL,Daesh,IS-Sahel,ISWAP||
        actor|al-qaeda|al-Qaeda|al-Qaeda,Al-Qaeda,al Qaeda,Al Qaeda,AQIM||
        actor|jnim|JNIM|JNIM,Jama'at Nusrat al-Islam wal-Muslimin||
        actor|al-shabaab|al-Shabaab|al-Shabaab,Al-Shabaab,al Shabaab,Al Shabaab||
        actor|boko-haram|Boko Haram|Boko Haram||
        actor|rsf|Rapid Support Forces|Rapid Support Forces,RSF||
        actor|taliban|Taliban|Taliban||
        actor|pkk|PKK|PKK,Kurdistan Workers' Party||
        actor|m23|M23|M23||
        actor|tuareg-rebels|Tuareg rebels|MNLA,CSP,CMA,Permanent Strategic Framework,Coordination of Azawad Movements,Azawad||
        actor|idf|Israel Defense Forces|Israel Defense Forces,IDF||
        city|ukraine|Kyiv,Kiev,Kharkiv,Odesa,Odessa,Lviv,Dnipro,Zaporizhzhia,Kherson,Donetsk,Luhansk,Bakhmut,Avdiivka,Crimea|Europe/Kyiv
        city|russia|Moscow,Belgorod,Kursk,Kremlin,St. Petersburg,Sevastopol|Europe/Moscow
        city|mali|Bamako,Kidal,Gao,Timbuktu,Mopti,Menaka,Ber|Africa/Bamako
        city|burkina-faso|Ouagadougou,Djibo|Africa/Ouagadougou
        city|niger|Niamey|Africa/Niamey
        city|sudan|Khartoum,Omdurman,El Fasher,Darfur,Port Sudan|Africa/Khartoum
        city|israel|Tel Aviv,Jerusalem,Haifa|Asia/Jerusalem
        city|palestine|Rafah,Khan Younis,Jenin|Asia/Gaza
        city|lebanon|Beirut|Asia/Beirut
        city|syria|Damascus,Aleppo,Idlib|Asia/Damascus
        city|iraq|Baghdad,Erbil,Mosul|Asia/Baghdad
        city|yemen|Sanaa,Aden,Hodeidah|Asia/Aden
        city|somalia|Mogadishu|Africa/Mogadishu
        city|ethiopia|Addis Ababa|Africa/Addis_Ababa
        city|drc|Goma,Kinshasa|Africa/Lubumbashi
        city|nigeria|Abuja,Lagos,Maiduguri|Africa/Lagos
        city|libya|Tripoli,Benghazi|Africa/Tripoli
        city|united-kingdom|London|Europe/London
        city|france|Paris|Europe/Paris
        city|germany|Berlin|Europe/Berlin
        city|belgium|Brussels|Europe/Brussels
        city|poland|Warsaw|Europe/Warsaw
        city|belarus|Minsk|Europe/Minsk
        city|turkey|Ankara,Istanbul|Europe/Istanbul
        city|afghanistan|Kabul|Asia/Kabul
        city|pakistan|Islamabad,Karachi|Asia/Karachi
        city|india|New Delhi,Delhi,Mumbai|Asia/Kolkata
        city|japan|Tokyo|Asia/Tokyo
        city|united-states|Washington,New York|America/New_York
        city|united-states|Chicago|America/Chicago
        city|united-states|Los Angeles,San Diego|America/Los_Angeles
        city|united-states|Hawaii,Honolulu,Pearl Harbor|Pacific/Honolulu
        city|united-states|Guam|Pacific/Guam
        city|united-states|Anchorage,Alaska,Fairbanks|America/Anchorage
        city|united-states|Denver|America/Denver
        city|united-states|Phoenix|America/Phoenix
        city|united-states|Seattle,San Francisco|America/Los_Angeles
        city|canada|Vancouver|America/Vancouver
        city|russia|Kaliningrad|Europe/Kaliningrad
        city|russia|Vladivostok|Asia/Vladivostok
        city|russia|Novosibirsk|Asia/Novosibirsk
        city|russia|Yekaterinburg|Asia/Yekaterinburg
        city|australia|Perth|Australia/Perth
        city|australia|Darwin|Australia/Darwin
        city|haiti|Port-au-Prince|America/Port-au-Prince
        """;

    private static readonly FrozenDictionary<string, GazetteerEntry> Entries;
    private static readonly FrozenDictionary<string, Alias[]> AliasesByFirstWord;
    private static readonly FrozenDictionary<string, Alias[]>.AlternateLookup<ReadOnlySpan<char>> AliasLookup;

    /// <summary>A written name and what it points at: a tag and, for places, the clock used there.</summary>
    /// <param name="IsDemonym">A people's adjective or plural ("Chinese", "Malians"): it names who acts, not where, so it
    /// says what "local time" means only in a story that names no place.</param>
    internal sealed record Alias(string Text, string Tag, string? TimeZoneId, bool IsPlace, bool IsCity = false, bool IsDemonym = false);

#pragma warning disable CA1810 // the table is parsed once; a static constructor keeps the three lookups consistent
    static Gazetteer()
#pragma warning restore CA1810
    {
        var entries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var aliases = new List<Alias>();
        foreach (var raw in Data.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var f = line.Split('|');
            if (f[0] == "city")
            {
                foreach (var a in f[2].Split(',')) aliases.Add(new Alias(a, f[1], f[3], IsPlace: true, IsCity: true));
                continue;
            }
            var kind = f[0] switch { "region" => TagKind.Region, "country" => TagKind.Country, _ => TagKind.Actor };
            var zone = f.Length > 5 && f[5].Length > 0 ? f[5] : null;
            var regions = f.Length < 5 || f[4].Length == 0 ? [] : f[4].Split(',');
            entries[f[1]] = new GazetteerEntry(f[1], kind, f[2], regions, zone);
            foreach (var a in f[3].Split(','))
            {
                var demonym = a.StartsWith('~');
                aliases.Add(new Alias(demonym ? a[1..] : a, f[1], zone, IsPlace: kind == TagKind.Country, IsDemonym: demonym));
            }
        }
        Entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        AliasesByFirstWord = aliases
            .GroupBy(a => FirstWord(a.Text), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Text.Length).ToArray(), StringComparer.Ordinal);
        AliasLookup = AliasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        TopicTags = Entries.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every tag, lower-case and hyphenated, sorted.</summary>
    public static IReadOnlyCollection<string> TopicTags { get; }

    /// <summary>All entries, for listing topics.</summary>
    public static IEnumerable<GazetteerEntry> All => TopicTags.Select(t => Entries[t]);

    public static bool IsKnownTag(string tag) => Entries.ContainsKey(tag);

    public static bool TryGet(string tag, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GazetteerEntry? entry) =>
        Entries.TryGetValue(tag, out entry);

    public static TagKind KindOf(string tag) => Entries[tag].Kind;

    public static string DisplayNameOf(string tag) => Entries[tag].DisplayName;

    /// <summary>The tag a written name points at ("DR Congo" → "drc", "Ivory Coast" → "ivory-coast"), or null.</summary>
    public static string? TagOfName(ReadOnlySpan<char> name) =>
        FindAlias(name, StringComparison.OrdinalIgnoreCase, a => Entries.TryGetValue(a.Tag, out var e) && e.Kind == TagKind.Country)?.Tag;

    /// <summary>The tag a name written as a country's, a region's or an actor's points at ("Venezuela", "Sahel", "Wagner", "Taipei"), or null.</summary>
    internal static string? TagOfTagName(ReadOnlySpan<char> name) =>
        FindAlias(name, StringComparison.Ordinal, a => !a.IsCity)?.Tag;

    /// <summary>The IANA zone for a written place name ("Kyiv", "Khartoum", "Mali"), or null.</summary>
    public static string? TimeZoneOfPlace(ReadOnlySpan<char> name)
    {
        if (FirstWord(name).Length == 0) return null;
        // Any town, region or sea of the data (the most populous of that name); a city's own clock before its country's
        // first zone ("18:00 Kinshasa time": DR Congo keeps two).
        var found = Places.TryNamed(name, out var places) && places.Length > 0 ? places[0] : null;
        if (FindAlias(name, StringComparison.Ordinal, a => a.IsPlace) is not { } alias) return found?.Zone;
        return found is { Kind: PlaceKind.City, CountryCode: { } code } && Places.CountryCodeOfTag(alias.Tag) == code ? found.Zone : alias.TimeZoneId;
    }

    /// <summary>The first alias written exactly <paramref name="name"/> (as <paramref name="comparison"/> compares) that <paramref name="accept"/> takes.</summary>
    private static Alias? FindAlias(ReadOnlySpan<char> name, StringComparison comparison, Func<Alias, bool> accept)
    {
        var first = FirstWord(name);
        if (first.Length == 0 || !AliasLookup.TryGetValue(first, out var candidates)) return null;
        foreach (var a in candidates)
            if (name.Equals(a.Text, comparison) && accept(a)) return a;
        return null;
    }

    /// <summary>Walks the proper nouns of <paramref name="text"/> and reports each gazetteer name found.</summary>
    internal static void Scan<TState>(ReadOnlySpan<char> text, ref TState state, ScanHit<TState> onHit)
    {
        var i = 0;
        var lastHitEnd = -1;
        while (i < text.Length)
        {
            // Names start with a capital (or "al-"): jump straight to the next one.
            var skip = text[i..].IndexOfAny(NameStarts);
            if (skip < 0) return;
            i += skip;
            var c = text[i];
            // A name right after a hyphen is part of a longer word, unless a name ends at the hyphen: "China-Pakistan
            // Economic Corridor", "Russia-Ukraine talks" name both.
            if (!char.IsLetter(c) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-' && i > 1 && char.IsLetter(text[i - 2]) && lastHitEnd != i - 1)))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (char.IsUpper(c) || (c == 'a' && end - i == 2))
            {
                if (AliasLookup.TryGetValue(text[i..end], out var candidates))
                {
                    foreach (var a in candidates)
                    {
                        var after = i + a.Text.Length;
                        if (text[i..].StartsWith(a.Text, StringComparison.Ordinal) && (after >= text.Length || !char.IsLetterOrDigit(text[after])))
                        {
                            onHit(ref state, a, i);
                            end = lastHitEnd = after;
                            break;
                        }
                    }
                }
            }
            i = end;
        }
    }

    private static readonly System.Buffers.SearchValues<char> NameStarts =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZaÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ");

    internal delegate void ScanHit<TState>(ref TState state, Alias alias, int position);

    private static string FirstWord(string s) => FirstWord(s.AsSpan()).ToString();

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        var end = 0;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return s[..end];
    }
}
