ITEMS = []
A = ITEMS.append

A(dict(file='11_theeastafrican-elegu-border.txt', headline='Uganda shuts Elegu border post as fighting flares in South Sudan’s Nimule',
alert=True, topics=['uganda', 'south-sudan'], notTopics=['kenya'], location='Nimule',
keys=[('at 5am South Sudan time', '2026-04-21T05:00', 'Africa/Juba', None, None),
      ('at noon on Tuesday', '2026-04-21T12:00', 'Africa/Kampala', 'Tuesday', None),
      ('reopen on Thursday', '2026-04-23', 'Africa/Kampala', 'Thursday', None)],
excluded="'Wednesday April 22 2026' publication date; 'one hour behind Kampala since February 2021' background on South Sudan's switch to CAT; 195km distance; 1,500 refugees count; A104 highway number; 'for a week' duration",
text='''
THE EAST AFRICAN
News | East Africa | Rest of Africa | Business | Magazine

Uganda shuts Elegu border post as fighting flares in South Sudan’s Nimule

By JULIUS BARIGABA and NYAGOAH TUT PUR
Wednesday April 22 2026

Uganda closed the Elegu border crossing on Tuesday after heavy fighting broke out across the frontier in the South Sudanese town of Nimule, trapping hundreds of trucks on the Northern Corridor.

Residents of Nimule said gunfire erupted at 5am South Sudan time between the South Sudan People's Defence Forces and a breakaway militia that had seized a police post overnight. South Sudan has kept its clocks one hour behind Kampala since February 2021, when it moved to Central Africa Time.

The Uganda Revenue Authority said the border post was shut at noon on Tuesday on the advice of security agencies. "We cannot risk traders and truck drivers being caught in crossfire," Amuru Resident District Commissioner Geoffrey Okello said.

More than 1,500 refugees had crossed into Uganda by nightfall, the UNHCR said. Kenyan truckers make up a large part of the traffic on the route, which connects Mombasa to Juba via the A104.

The UPDF said the crossing could reopen on Thursday if calm holds, though officials warned the closure might last for a week. Nimule lies about 195km south of Juba.

Share this story: Facebook | X | LinkedIn | WhatsApp
Related: South Sudan extends transitional period again · Northern Corridor cargo volumes fall 12 percent
'''))

A(dict(file='12_cna-bamenda-attack.xml', headline='Gunmen attack gendarmerie post in Bamenda, motorbike ban ordered',
alert=True, topics=['cameroon'], notTopics=['nigeria'], location='Bamenda',
keys=[('at around 8 pm on Wednesday', '2026-11-18T20:00', 'Africa/Douala', 'Wednesday', None),
      ('from 6 am on Friday', '2026-11-20T06:00', 'Africa/Douala', 'Friday', None)],
excluded="Atom <updated>/<published> stamps; 'every Monday' ghost-town lockdowns are a recurring schedule; 'since 2017' background; 'for two weeks' duration; '+237' phone number",
text='''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Cameroon News Agency</title>
  <subtitle>Cameroon's leading multimedia news outlet</subtitle>
  <link href="https://cameroonnewsagency.example/" rel="alternate"/>
  <link href="https://cameroonnewsagency.example/feed/atom" rel="self"/>
  <id>tag:cameroonnewsagency.example,2026:feed</id>
  <updated>2026-11-19T07:30:00+01:00</updated>
  <entry>
    <title>Gunmen attack gendarmerie post in Bamenda, motorbike ban ordered</title>
    <link href="https://cameroonnewsagency.example/2026/11/19/gunmen-attack-gendarmerie-post-bamenda/"/>
    <id>tag:cameroonnewsagency.example,2026-11-19:/?p=88412</id>
    <published>2026-11-19T07:25:00+01:00</published>
    <updated>2026-11-19T07:30:00+01:00</updated>
    <author><name>Nformi Ngum</name></author>
    <category term="Anglophone Crisis"/>
    <category term="North West"/>
    <content type="html"><![CDATA[
<p><strong>Bamenda, North West Region</strong> – Suspected separatist fighters attacked a gendarmerie post at Ntarinkon in Bamenda at around 8 pm on Wednesday, killing one gendarme and wounding two civilians, sources told CNA.</p>
<p>Witnesses said the attackers arrived on motorbikes and fired for close to thirty minutes before withdrawing towards Mankon.</p>
<p>In a release signed on Thursday morning, the Governor of the North West Region, Emmanuel Ndifor, banned the circulation of motorbikes in Bamenda I, II and III from 6 am on Friday for two weeks.</p>
<p>Separatist groups have enforced "ghost town" lockdowns every Monday in the region since 2017, and residents fear the new ban will further paralyse business.</p>
<p>Some displaced families have crossed into neighbouring Nigeria in recent weeks, according to local NGOs. Information: +237 6 77 00 00 00.</p>
<p>Share: Facebook · WhatsApp · X</p>
]]></content>
  </entry>
</feed>
'''))

A(dict(file='13_burkina24-djibo-attaque.txt', headline='Djibo : une attaque contre un détachement militaire repoussée, selon l’état-major',
alert=True, topics=['burkina-faso'], notTopics=['mali', 'niger'], location='Djibo',
keys=[('vers 5h30', '2026-01-24T05:30', 'Africa/Ouagadougou', None, None),
      ('aux environs de 7 heures', '2026-01-24T07:00', 'Africa/Ouagadougou', None, None),
      ('reprendront lundi', '2026-01-26', 'Africa/Ouagadougou', 'Monday', None)],
excluded="'Publié le dimanche 25 janvier 2026 à 09h12' stamp; 'à 20h' communiqué time (saying); RN22 road number; 'depuis 2015' background; 'pendant près de deux heures' duration; casualty counts",
text='''
Burkina 24 – L'info en continu
Accueil | Actualités | Politique | Sécurité | Économie | Sport

Djibo : une attaque contre un détachement militaire repoussée, selon l’état-major

Publié le dimanche 25 janvier 2026 à 09h12
Par la Rédaction

Un détachement des Forces de défense et de sécurité (FDS) a été attaqué samedi 24 janvier 2026 à Djibo, chef-lieu de la province du Soum, dans la région du Sahel. Selon l’état-major général des armées, l’assaut a été lancé vers 5h30 par plusieurs centaines d’individus armés venus à moto.

Les combats ont duré pendant près de deux heures. Des vecteurs aériens sont intervenus aux environs de 7 heures et ont permis de « neutraliser plusieurs dizaines de terroristes », indique le communiqué lu à 20h à la télévision nationale. Quatre soldats et deux Volontaires pour la défense de la patrie (VDP) ont perdu la vie.

Des habitants joints par téléphone affirment que la ville, sous blocus depuis plusieurs mois, est restée calme dans l’après-midi. La route nationale RN22 qui relie Djibo à Kongoussi reste impraticable.

Les autorités de la province ont annoncé que les cours, suspendus samedi dans les établissements scolaires de la commune, reprendront lundi.

Le Burkina Faso, comme ses voisins le Mali et le Niger, fait face depuis 2015 à des attaques de groupes armés.

Partager : Facebook | WhatsApp | X
À lire aussi : Kaya : remise de vivres aux personnes déplacées internes · Fada N’Gourma : le marché central rouvre
'''))

A(dict(file='14_libyaobserver-mitiga-closure.json', headline='Mitiga airport suspends flights as clashes erupt in Tripoli’s Souq al-Juma',
alert=True, topics=['libya'], notTopics=['turkey'], location='Souq al-Juma',
keys=[('at midnight between Saturday and Sunday', '2026-08-30T00:00', 'Africa/Tripoli', None, None),
      ('at 3:20 am', '2026-08-30T03:20', 'Africa/Tripoli', None, '+02:00'),
      ('at 8 am on Monday', '2026-08-31T08:00', 'Africa/Tripoli', 'Monday', None)],
excluded="'2026-08-30 14:10 GMT+2' publication stamp (the 'GMT+2' offset stated there is also used for 03:20); 'a 72-hour truce' duration; 'said at 11 am' statement time; flight TK 643 number; 2022 clashes background; 'Tripoli time (GMT+2)' offset confirms Africa/Tripoli",
text='''{
  "site": "The Libya Observer",
  "section": "Security",
  "headline_en": "Mitiga airport suspends flights as clashes erupt in Tripoli’s Souq al-Juma",
  "published_at": "2026-08-30 14:10 GMT+2",
  "byline": {"name": "Abdullah Ben Ibrahim", "city": "Tripoli"},
  "content": {
    "summary": "Armed clashes broke out in eastern Tripoli overnight, forcing the capital's only functioning airport to halt traffic.",
    "paragraphs": [
      "Heavy clashes erupted at midnight between Saturday and Sunday in the Souq al-Juma district of Tripoli between two armed groups nominally affiliated with the Presidential Council, residents said.",
      "Mitiga International Airport announced that all flights were suspended at 3:20 am Tripoli time (GMT+2) after stray rounds hit the apron. Inbound flights, including Turkish Airlines flight TK 643 from Istanbul, were diverted to Misrata.",
      "The Ministry of Health said at 11 am that four civilians had been killed and at least 19 wounded.",
      "The Government of National Unity announced a 72-hour truce brokered by local elders. The airport said it would resume operations at 8 am on Monday if the truce holds.",
      "Tripoli last saw fighting of this scale in August 2022."
    ]
  },
  "tags": ["Tripoli", "Mitiga", "clashes"],
  "share": ["facebook", "x", "telegram"]
}
'''))

A(dict(file='15_somaliguardian-mogadishu-mortar.txt', headline='Mortar shells hit Aden Adde airport perimeter in Mogadishu, flights suspended',
alert=True, topics=['somalia'], notTopics=['kenya'], location='Mogadishu',
keys=[('late on Thursday night, at around 11:45 p.m.', '2026-03-12T23:45', 'Africa/Mogadishu', 'Thursday', None),
      ('resumed at 0900 on Friday', '2026-03-13T09:00', 'Africa/Mogadishu', 'Friday', None)],
excluded="'Friday March 13, 2026' date line; flight numbers D3 101 and KQ 412; six shells / casualty counts; 'during Ramadan' period; 'since 2007' background; 'for about nine hours' duration",
text='''
SOMALI GUARDIAN
Somalia's independent news source

Home / News / Security

Mortar shells hit Aden Adde airport perimeter in Mogadishu, flights suspended

Friday March 13, 2026
By Guardian Staff | Mogadishu

MOGADISHU (Somali Guardian) — At least six mortar shells landed inside and near the perimeter of Aden Adde International Airport late on Thursday night, at around 11:45 p.m., witnesses and security officials said.

Two of the shells struck near the base housing African Union troops, while others hit houses in the nearby Hodan district, wounding three civilians, according to the Aamin Ambulance service.

Al-Shabaab claimed responsibility for the attack in a statement on its Andalus radio.

The Somali Civil Aviation Authority halted all traffic for about nine hours. Flights resumed at 0900 on Friday, an airport official told Somali Guardian, adding that the Daallo flight D3 101 from Dubai and Kenya Airways KQ 412 from Nairobi had been delayed.

The militants have carried out similar attacks during Ramadan in previous years. Al-Shabaab has been fighting the Somali government since 2007.

Tags: Al-Shabaab, Mogadishu, Aden Adde
Share: Facebook | X | WhatsApp
'''))

A(dict(file='16_monusco-bunia-briefing.md', headline='MONUSCO condemns attack on displacement site near Bunia; joint patrols to start Monday',
alert=True, topics=['drc'], notTopics=['uganda'], location='Bunia',
keys=[('at 03:00 local time on Tuesday 22 September', '2026-09-22T03:00', 'Africa/Lubumbashi', 'Tuesday', None),
      ('arrived at 4:15 a.m.', '2026-09-22T04:15', 'Africa/Lubumbashi', None, None),
      ('will begin on Monday 28 September', '2026-09-28', 'Africa/Lubumbashi', 'Monday', None)],
excluded="briefing 'at 11:00 Kinshasa time' on 23 September (time of saying; Kinshasa is UTC+1 while Ituri is UTC+2); 'weekly briefing every Wednesday' recurring; casualty counts; 2003 Artemis background; 7 km distance",
text='''
# United Nations Organization Stabilization Mission in the DR Congo (MONUSCO)

## Weekly press briefing — Kinshasa, Wednesday 23 September 2026

**MONUSCO condemns attack on displacement site near Bunia; joint patrols to start Monday**

*Transcript summary. The weekly briefing, held every Wednesday, began at 11:00 Kinshasa time.*

**Spokesperson:** Good morning. I will start with Ituri province.

1. **Attack on Lala displacement site.** MONUSCO strongly condemns the attack carried out by suspected CODECO militiamen against the Lala displacement site, about 7 km north of Bunia, at 03:00 local time on Tuesday 22 September. According to preliminary figures, 11 civilians, including four children, were killed and 23 were injured.

2. **Response.** A MONUSCO quick reaction force from the Bangladeshi battalion arrived at 4:15 a.m. and repelled the attackers. The wounded were evacuated to Bunia General Hospital.

3. **Next steps.** Joint patrols by MONUSCO and the Armed Forces of the DRC (FARDC) around displacement sites in Djugu territory will begin on Monday 28 September, the Force Commander announced.

Please note that Ituri, like the rest of the eastern DRC, is one hour ahead of Kinshasa.

**Question (Radio station, Bunia):** Were any of the attackers coming from across the border with Uganda?
**Spokesperson:** We have no information to that effect.

The mission recalls that Ituri has suffered waves of violence since the 2003 Operation Artemis.

*MONUSCO Public Information Division · monusco.unmissions.example · @MONUSCO*
'''))

A(dict(file='17_stbrigids-school-calendar.txt', headline='School Calendar 2026/27',
alert=False, topics=[], notTopics=[], location=None, keys=[],
excluded="non-article (school term calendar): term dates, closing times and recurring daily hours are schedules, not news events; Eircode and phone number",
text='''
St. Brigid's National School
Ballincollig, Co. Cork · Roll No. 19876X · Tel. 021 487 1234

School Calendar 2026/27
(Approved by the Board of Management, June 2026)

School hours: 8:50 a.m. – 2:30 p.m. (Junior and Senior Infants finish at 1:30 p.m.)

TERM 1
School reopens: Wednesday 26 August 2026 at 8:50 a.m.
Mid-term break: Monday 26 October – Friday 30 October 2026 (inclusive)
Christmas holidays: school closes Tuesday 22 December 2026 at 12 noon

TERM 2
School reopens: Wednesday 6 January 2027
Mid-term break: Monday 15 February – Friday 19 February 2027
St Patrick's Day: Wednesday 17 March 2027 – school closed
Easter holidays: Monday 22 March – Friday 2 April 2027

TERM 3
School reopens: Monday 5 April 2027
May bank holiday: Monday 3 May 2027
June bank holiday: Monday 7 June 2027
Summer holidays: school closes Friday 25 June 2027 at 12 noon

Parent-teacher meetings take place in November; dates will be confirmed on the Aladdin app.
The school may close on additional days for staff training or in the event of severe weather warnings; parents will be notified by text message.

Eircode P31 XY99 · office@stbrigidsbns.example
'''))

A(dict(file='18_primicias-guayaquil-coche-bomba.html', headline='Explosión de coche bomba frente a un UPC en el sur de Guayaquil deja dos policías heridos',
alert=True, topics=['ecuador'], notTopics=['colombia'], location='Guayaquil',
keys=[('a las 21:40 del sábado 9 de mayo', '2026-05-09T21:40', 'America/Guayaquil', 'Saturday', None),
      ('desde las 23:00 de este domingo 10 de mayo', '2026-05-10T23:00', 'America/Guayaquil', 'Sunday', None)],
excluded="'10 de mayo de 2026 - 08:15' and 'Actualizado 10:02' stamps; 'de 22:00 a 05:00' nightly curfew recurring; ECU 911 number; 'a las 07:00' rueda de prensa (time of saying); 'durante 60 días' duration; 2024 conflicto armado interno background; vía a la Costa km 12 road marker",
text='''<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Explosión de coche bomba frente a un UPC en el sur de Guayaquil deja dos policías heridos | Primicias</title></head>
<body>
<header class="cabecera"><a class="logo" href="/">PRIMICIAS</a>
<nav><a href="/politica/">Política</a> <a href="/economia/">Economía</a> <a href="/seguridad/">Seguridad</a> <a href="/sociedad/">Sociedad</a> <a href="/guayaquil/">Guayaquil</a></nav></header>
<main>
<div class="seccion">Seguridad</div>
<h1>Explosión de coche bomba frente a un UPC en el sur de Guayaquil deja dos policías heridos</h1>
<p class="bajada">El Gobierno ordenó el cierre del puente de la Unidad Nacional durante la noche del domingo. La Policía busca a los responsables.</p>
<div class="autor">Redacción Primicias &middot; <time>10 de mayo de 2026 - 08:15</time> &middot; Actualizado 10:02</div>
<div class="cuerpo">
<p>Un coche bomba explotó a las 21:40 del sábado 9 de mayo de 2026 frente a la Unidad de Policía Comunitaria (UPC) del Guasmo Sur, en Guayaquil. Dos agentes resultaron heridos y al menos seis viviendas sufrieron daños, según el ECU 911.</p>
<p>El comandante de la Zona 8, general Marcelo Villacís, dijo en una rueda de prensa a las 07:00 que el vehículo había sido robado en la vía a la Costa, km 12, dos días antes.</p>
<p>El Ministerio del Interior anunció el cierre del puente de la Unidad Nacional, que une Guayaquil con Samborondón y Durán, desde las 23:00 de este domingo 10 de mayo, para realizar operativos de control.</p>
<p>En Guayaquil ya rige un toque de queda nocturno de 22:00 a 05:00, vigente durante 60 días en 12 cantones de Guayas, Los Ríos y El Oro.</p>
<p>Ecuador vive bajo un "conflicto armado interno" declarado en enero de 2024. Parte de los explosivos usados por las bandas proviene de Colombia, según la Policía.</p>
</div>
<div class="compartir">Compartir: <a>WhatsApp</a> <a>Facebook</a> <a>X</a></div>
<aside><h3>Lo más leído</h3><ol><li><a href="#">Noboa firma decreto de estado de excepción</a></li><li><a href="#">Apagones: horarios de cortes para el lunes</a></li></ol></aside>
</main>
<footer>&copy; 2026 Primicias. Todos los derechos reservados. Usamos cookies para mejorar su experiencia.</footer>
</body></html>
'''))

A(dict(file='19_larepublica-lima-transport-attack.txt', headline='Gunmen torch bus in San Juan de Lurigancho; transport unions call strike for Wednesday',
alert=True, topics=['peru'], notTopics=['venezuela'], location='San Juan de Lurigancho',
keys=[('at 6:15 a.m. on Monday', '2026-11-16T06:15', 'America/Lima', 'Monday', None),
      ('from 00:00 on Wednesday', '2026-11-18T00:00', 'America/Lima', 'Wednesday', None)],
excluded="'Lima, 16/11/2026 — 14:30 h.' dateline stamp; decree published in El Peruano on Sunday night (publication of a decree, the state of emergency was already in force); 'for 30 days' duration; bus route 8501; Panamericana Sur km 20; 2024 strikes background",
text='''
LA REPÚBLICA — English edition (translated from Spanish)
Sociedad | Policiales

Gunmen torch bus in San Juan de Lurigancho; transport unions call strike for Wednesday

Lima, 16/11/2026 — 14:30 h.
Redacción LR

Two hooded men on a motorcycle set fire to a bus of the company Nueva Estrella at 6:15 a.m. on Monday in San Juan de Lurigancho, after the driver refused to pay an extortion "quota", the National Police (PNP) reported. Passengers managed to get off before the vehicle, which covered route 8501, was engulfed in flames.

The attack took place despite the state of emergency in Metropolitan Lima and Callao, extended for 30 days by a supreme decree published in the official gazette El Peruano on Sunday night.

In response, transport unions announced an indefinite strike from 00:00 on Wednesday. "We are being killed and nobody does anything," said union leader Héctor Aranda.

Police said the suspects were members of a gang with links to a Venezuelan criminal organization. A similar attack occurred on the Panamericana Sur, km 20, last month.

Transport strikes in October 2024 paralysed the capital for days.

Share on: WhatsApp · Facebook · X
Related: Congress questions Interior Minister over extortion wave
'''))

A(dict(file='20_elheraldo-tamara-riot.json', headline='Military Police take control of Támara prison after dawn riot',
alert=True, topics=['honduras'], notTopics=['el-salvador'], location='Támara',
keys=[('at 2:40 a.m. (CST)', '2026-06-18T02:40', 'America/Tegucigalpa', None, None),
      ('entered the facility at 5:10 a.m.', '2026-06-18T05:10', 'America/Tegucigalpa', None, None),
      ('visits will resume on Sunday', '2026-06-21', 'America/Tegucigalpa', 'Sunday', None)],
excluded="'18.06.2026 | 13:05 CST' publication stamp (CST here is Central Standard Time UTC-6, not China); 911 emergency line; 'at 11:00' press conference (saying); 2024 prison emergency background; 'for 72 hours' suspension duration; casualty counts",
text='''{
  "medio": "EL HERALDO",
  "seccion": "Sucesos",
  "titular": "Military Police take control of Támara prison after dawn riot",
  "fecha": "18.06.2026 | 13:05 CST",
  "autor": {"nombre": "Unidad de Investigación", "ciudad": "Tegucigalpa"},
  "cuerpo": [
    "TEGUCIGALPA, HONDURAS. A riot broke out at 2:40 a.m. (CST) this Thursday in the maximum-security wing of the National Penitentiary in Támara, about 25 kilometres north of the capital, the National Penitentiary Institute (INP) reported.",
    "Members of the Military Police of Public Order (PMOP) entered the facility at 5:10 a.m. and regained control of the wing after about two hours. Three inmates died and five guards were injured, according to preliminary reports.",
    "At a press conference at 11:00, the INP spokesperson said family visits had been suspended for 72 hours across the prison system. The INP added that visits will resume on Sunday at Támara only if the inspection is completed.",
    "Honduras declared a prison emergency in 2024 and handed prison security to the Military Police, copying measures adopted in El Salvador.",
    "Relatives gathered outside the prison gates seeking information. The INP asked the public to report incidents to 911."
  ],
  "etiquetas": ["Támara", "motín", "PMOP"],
  "relacionadas": [{"titulo": "INP transfers 200 inmates to El Pozo", "url": "/sucesos/inp-traslado"}]
}
'''))
