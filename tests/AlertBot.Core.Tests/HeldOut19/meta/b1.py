ITEMS = []
A = ITEMS.append

A(dict(f="01_cambridge-bay-runway-closed.txt", h="Cambridge Bay runway closed after military intercept of unidentified aircraft", alert=True,
 topics=["canada"], nt=["us"], loc="Cambridge Bay",
 kt=[("4:40 p.m. local time on Tuesday","2026-02-17T16:40","America/Cambridge_Bay","Tuesday",None),
     ("reopen at 8 a.m. Wednesday","2026-02-18T08:00","America/Cambridge_Bay","Wednesday",None),
     ("community meeting at the Luke Novoligak Community Hall on Thursday","2026-02-19","America/Cambridge_Bay","Thursday",None)],
 ex="'Published: Tuesday, February 17, 2026 at 9:05 p.m. EST' (publication stamp, Eastern time not local Mountain time); 'in a statement at 6 p.m.' (time of saying); 'in January 2023' (background); 'flight 5T 445' (flight number); '1,200 kilometres' (distance); 'for roughly 40 minutes' (duration)",
 man="plain-text copy of Nunatsiaq News · Cambridge Bay, Nunavut · America/Cambridge_Bay (MST, UTC-7) · pub stamp in EST while events in Mountain time; Canada has several zones; date-only community meeting",
 body="""
NUNATSIAQ NEWS
News | Nunavut | Kitikmeot

Cambridge Bay runway closed after military intercept of unidentified aircraft

NORAD says small plane failed to respond to air traffic control

By Marie-Ève Kilabuk
Published: Tuesday, February 17, 2026 at 9:05 p.m. EST

Cambridge Bay's airport runway was closed to all traffic Tuesday after a Canadian CF-18 fighter jet intercepted a small unidentified aircraft that circled the community for roughly 40 minutes without answering radio calls.

The aircraft was first spotted by airport staff at 4:40 p.m. local time on Tuesday, according to the hamlet's senior administrative officer, Rhoda Ekpakohak. Residents living near the airstrip were asked to stay indoors and away from windows.

In a statement at 6 p.m., the North American Aerospace Defense Command said the fighter had escorted the aircraft out of the area and that "there was no threat to the public." NORAD did not say where the plane came from or where it went.

Transport Canada issued a notice to airmen closing the runway while RCMP and military investigators examine debris found near the end of the gravel strip. The runway is expected to reopen at 8 a.m. Wednesday, the hamlet said.

Canadian North flight 5T 445 from Yellowknife was turned back, and a medevac was rerouted to Kugluktuk, about 1,200 kilometres of flying in total.

RCMP will hold a community meeting at the Luke Novoligak Community Hall on Thursday to answer residents' questions.

The incident recalls the shooting down of an unidentified object over the Yukon in January 2023, though officials cautioned against drawing comparisons.

Related:
- Iqaluit council approves new emergency siren contract
- Kitikmeot Inuit Association calls for more Arctic surveillance

Comments (4)
"""))

A(dict(f="02_benin-attaque-karimama.html", h="Bénin : au moins quinze soldats tués dans une attaque jihadiste près de Karimama", alert=True,
 topics=["benin"], nt=["niger","burkina-faso"], loc="Karimama",
 kt=[("vers 3 h 30 (heure locale, 2 h 30 GMT)","2026-04-12T03:30","Africa/Porto-Novo","Sunday","+01:00"),
     ("lundi à 20 heures","2026-04-13T20:00","Africa/Porto-Novo","Monday",None),
     ("mercredi à Cotonou","2026-04-15","Africa/Porto-Novo","Wednesday",None)],
 ex="'Publié le 12 avril 2026 à 15 h 10, modifié à 17 h 42' (stamps, Paris time); 'une attaque similaire en 2025' (background); 'couvre-feu de 19 heures à 6 heures chaque nuit' (recurring schedule); 'dans un communiqué diffusé à 11 heures' (time of saying); '15 soldats', '40 km' (counts, distance)",
 man="HTML, Le Monde Afrique in French · Karimama, Alibori, Benin · Africa/Porto-Novo (WAT) · 'nuit de samedi à dimanche' + clock given in local and GMT (one key); pub stamp in Paris time; nightly curfew distractor",
 body="""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Bénin : au moins quinze soldats tués dans une attaque jihadiste près de Karimama</title>
<meta property="og:site_name" content="Le Monde.fr">
<meta property="article:section" content="Afrique">
</head>
<body>
<header class="Header">
 <a class="Header__logo" href="/">Le Monde</a>
 <nav><ul><li><a href="/international/">International</a></li><li><a href="/afrique/">Afrique</a></li><li><a href="/politique/">Politique</a></li><li><a href="/economie/">Économie</a></li></ul></nav>
 <a class="Header__subscribe" href="/abonnement/">S'abonner</a>
</header>
<main>
<article class="article">
 <p class="article__kicker">Afrique</p>
 <h1 class="article__title">Bénin : au moins quinze soldats tués dans une attaque jihadiste près de Karimama</h1>
 <p class="article__desc">Un poste de l'armée béninoise situé à la lisière du parc W a été pris d'assaut dans la nuit de samedi à dimanche.</p>
 <p class="meta__publisher">Le Monde avec AFP</p>
 <p class="meta__date">Publié le 12 avril 2026 à 15 h 10, modifié à 17 h 42</p>
 <div class="meta__reading-time">Lecture 2 min.</div>
 <section class="article__content">
  <p class="article__paragraph">Au moins quinze militaires béninois ont été tués lors d'une attaque contre un poste avancé de l'armée près de Karimama, dans le nord du pays, à une quarantaine de kilomètres de la frontière avec le Niger. Les assaillants, arrivés à moto, ont ouvert le feu vers 3 h 30 (heure locale, 2 h 30 GMT), selon une source sécuritaire.</p>
  <p class="article__paragraph">Dans un communiqué diffusé à 11 heures, l'état-major a évoqué « une attaque terroriste d'une rare violence » et affirmé que des renforts avaient repris le contrôle du poste en fin de matinée.</p>
  <p class="article__paragraph">Le chef de l'Etat s'adressera à la nation lundi à 20 heures. Les honneurs militaires seront rendus aux soldats tombés mercredi à Cotonou, a précisé la présidence.</p>
  <p class="article__paragraph">Les autorités de l'Alibori maintiennent un couvre-feu de 19 heures à 6 heures chaque nuit dans les communes riveraines du parc. Une attaque similaire en 2025 avait déjà coûté la vie à plusieurs dizaines de militaires, un bilan qui avait conduit Cotonou à renforcer l'opération Mirador.</p>
  <p class="article__paragraph">Le nord du Bénin subit depuis plusieurs années la pression de groupes liés à Al-Qaida venus du Burkina Faso et du Niger voisins.</p>
 </section>
 <div class="article__share"><button>Partager sur Facebook</button><button>Partager sur X</button><button>Envoyer par e-mail</button></div>
 <aside class="services"><h3>Lire aussi</h3><ul><li><a href="#">Au Bénin, l'armée face à la menace jihadiste dans le parc W</a></li><li><a href="#">Sahel : la contagion vers les pays côtiers</a></li></ul></aside>
</article>
</main>
<footer class="Footer"><p>© Le Monde 2026 - Reproduction interdite</p><p>Nous utilisons des cookies pour mesurer l'audience. <a href="#">Paramétrer les cookies</a></p></footer>
</body>
</html>
"""))

A(dict(f="03_yonaguni-drone-scramble.json", h="ASDF scrambles jets as Chinese drone flies between Yonaguni and Taiwan", alert=True,
 topics=["japan","china"], nt=["taiwan"], loc="Yonaguni",
 kt=[("At around 2:15 p.m. on July 9","2026-07-09T14:15","Asia/Tokyo","Thursday",None),
     ("at about 4:50 p.m.","2026-07-09T16:50","Asia/Tokyo",None,None),
     ("visit Yonaguni on Saturday","2026-07-11","Asia/Tokyo","Saturday",None)],
 ex="published_at/updated_at fields (stamps); 'the 14th such flight this year' (count); 'since 2013' (background); '110 kilometers' (distance)",
 man="JSON API response, Mainichi English, article under data.attributes with paragraphs array · Yonaguni, Okinawa · Asia/Tokyo (JST) · date only in 'on July 9' + published_at; second time shares date; date-only ministerial visit",
 body="""{
  "data": {
    "type": "articles",
    "id": "20260709p2a00m0na041000c",
    "attributes": {
      "section": "National",
      "headline": "ASDF scrambles jets as Chinese drone flies between Yonaguni and Taiwan",
      "subheadline": "Defense Ministry says unmanned aircraft did not violate Japanese airspace",
      "byline": "The Mainichi, Naha Bureau",
      "published_at": "2026-07-09T19:32:00+09:00",
      "updated_at": "2026-07-09T21:05:00+09:00",
      "body": [
        "TOKYO -- The Air Self-Defense Force scrambled fighter jets after a Chinese military drone flew through the gap between Yonaguni Island in Okinawa Prefecture and Taiwan, the Defense Ministry said.",
        "At around 2:15 p.m. on July 9, the unmanned aircraft, believed to be a TB-001 type, was detected about 110 kilometers west of Yonaguni heading northeast. It left Japan's air defense identification zone at about 4:50 p.m. after circling toward the Pacific, according to the ministry's Joint Staff Office.",
        "It was the 14th such flight this year. Drones of this type have been observed near the Nansei island chain since 2013.",
        "Defense Minister Kenji Hamasaki will visit Yonaguni on Saturday to inspect the Ground Self-Defense Force's coastal surveillance unit, the ministry said."
      ],
      "tags": ["defense", "China", "Okinawa"]
    },
    "relationships": {
      "author": {"data": {"type": "bureaus", "id": "naha"}},
      "related": {"data": [{"type": "articles", "id": "20260702p2a00m0na022000c"}]}
    }
  },
  "meta": {"api_version": "3.1", "served_at": "2026-07-10T03:11:08Z", "copyright": "The Mainichi Newspapers"}
}
"""))

A(dict(f="04_guam-missile-shelter-sms.txt", h="MISSILE LAUNCH DETECTED - SHELTER IN PLACE", alert=True,
 topics=["us"], nt=[], loc="Guam",
 kt=[("detected in the region at 0528 ChST","2026-03-09T05:28","Pacific/Guam",None,None),
     ("entered the sea at 0546 ChST","2026-03-09T05:46","Pacific/Guam",None,None),
     ("WILL BE LIFTED AT 0700 ChST","2026-03-09T07:00","Pacific/Guam",None,None)],
 ex="phone lock-screen stamps 'Mon, Mar 9, 2026 5:41 AM' and '6:22 AM' (message receipt times); '671-475-9600' (phone); '300 nm' (distance); 'Alert ID 2026-0309-0041' (number)",
 man="SMS/Wireless Emergency Alert copied as text · Guam · Pacific/Guam (ChST, UTC+10) · military-style clocks with ChST abbreviation (not China Standard); date only from message headers; UTC date is previous day",
 body="""
Emergency alerts

Mon, Mar 9, 2026  5:41 AM
Extreme alert
MISSILE LAUNCH DETECTED - SHELTER IN PLACE
GUAM HOMELAND SECURITY/OFFICE OF CIVIL DEFENSE: A missile launch was detected in the region at 0528 ChST. Guam is NOT confirmed as a target. SEEK SHELTER INDOORS IMMEDIATELY. Stay away from windows. Monitor local radio and TV. This is NOT a drill.

Mon, Mar 9, 2026  6:22 AM
Extreme alert
UPDATE - MISSILE LAUNCH
GUAM HS/OCD: Military authorities report the object entered the sea at 0546 ChST approx. 300 nm northwest of Guam. No impact on land. SHELTER-IN-PLACE ORDER WILL BE LIFTED AT 0700 ChST. Schools open on normal schedule. Info line: 671-475-9600. Alert ID 2026-0309-0041.
"""))

A(dict(f="05_kilis-border-gate-mortar.xml", h="Mortar rounds from Syria hit Kilis, border gate closed", alert=True,
 topics=["turkey","syria"], nt=[], loc="Kilis",
 kt=[("at around 10.45 p.m. on Thursday","2026-05-14T22:45","Europe/Istanbul","Thursday",None),
     ("reopen at 9 a.m. on Saturday","2026-05-16T09:00","Europe/Istanbul","Saturday",None)],
 ex="pubDate 'Fri, 15 May 2026 06:30:00 +0000' and lastBuildDate (stamps); 'told reporters at 1 a.m.' (time of saying); 'In 2016' (background); '911-kilometer' (distance); 'for more than a day' (duration)",
 man="RSS 2.0, Hürriyet Daily News, article only in content:encoded (description is a teaser) · Kilis, Turkey · Europe/Istanbul (TRT, UTC+3) · pubDate in +0000; 'Thursday' relative to Friday pub; future reopening",
 body="""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Hürriyet Daily News - Türkiye</title>
<link>https://www.hurriyetdailynews.com/turkey/</link>
<atom:link href="https://www.hurriyetdailynews.com/rss/turkey" rel="self" type="application/rss+xml"/>
<description>Latest news from Türkiye</description>
<language>en</language>
<lastBuildDate>Fri, 15 May 2026 07:02:11 +0000</lastBuildDate>
<item>
<title>Mortar rounds from Syria hit Kilis, border gate closed</title>
<link>https://www.hurriyetdailynews.com/mortar-rounds-from-syria-hit-kilis-border-gate-closed-214501</link>
<guid isPermaLink="false">hdn-214501</guid>
<dc:creator>Ayşe Karataş - KİLİS</dc:creator>
<pubDate>Fri, 15 May 2026 06:30:00 +0000</pubDate>
<description>Read the full story on Hürriyet Daily News.</description>
<content:encoded><![CDATA[<p>Three mortar rounds fired from the Syrian side of the border landed in the southern province of Kilis at around 10.45 p.m. on Thursday, wounding two people and damaging a warehouse, the governor's office said.</p>
<p>The shells struck an empty lot and a storage depot on the outskirts of the city center, close to the Öncüpınar border gate. Turkish artillery units returned fire at the positions from which the rounds were launched, security sources said.</p>
<p>Governor Serdar Aktaş told reporters at 1 a.m. that the gate had been shut to passenger traffic as a precaution. "The Öncüpınar gate will reopen at 9 a.m. on Saturday if the security assessment allows," he said, meaning the crossing will be shut for more than a day.</p>
<p>In 2016 Kilis was repeatedly hit by rockets fired by ISIL militants. Türkiye shares a 911-kilometer border with Syria.</p>]]></content:encoded>
<category>Türkiye</category>
</item>
</channel>
</rss>
"""))

A(dict(f="06_berd-shelling-timeline.md", h="Shelling on Tavush border: what we know", alert=True,
 topics=["armenia","azerbaijan"], nt=["russia"], loc="Berd",
 kt=[("| 02:10 |","2026-08-19T02:10","Asia/Yerevan","Wednesday","+04:00"),
     ("| 02:35 |","2026-08-19T02:35","Asia/Yerevan","Wednesday","+04:00"),
     ("due to meet on Friday","2026-08-21","Asia/Yerevan","Friday",None)],
 ex="'09:30' Defense Ministry statement (time of saying); 'Updated 19.08.2026, 14:20' (stamp); 'since the 2023 offensive' (background); 'for about an hour and a half' (duration); '2 km' (distance)",
 man="Markdown with a timeline table, Azatutyun (RFE/RL Armenian Service) English · Berd, Tavush, Armenia · Asia/Yerevan (UTC+4) · table times in GMT+4 header, UTC date is previous day; one table row is a statement (excluded); date-only commission meeting",
 body="""
# Shelling on Tavush border: what we know

*Azatutyun · Armenia Service of RFE/RL · Updated 19.08.2026, 14:20*

By **Artak Hambardzumian**

Armenian villages near Berd came under fire overnight in the most serious border incident in months. Nobody was killed, but a farmer was injured and two houses were damaged, according to local authorities. Firing stopped before dawn, after about an hour and a half.

## Timeline (Wednesday, August 19; times in Yerevan time, GMT+4)

| Time | What happened |
|------|---------------|
| 02:10 | Azerbaijani positions open fire with small arms at the outskirts of Chinari village |
| 02:35 | A mortar round lands on a farm about 2 km from Berd; one man wounded |
| 09:30 | Defense Ministry in Yerevan issues statement blaming Baku |

## Reactions

Baku denied opening fire and accused Armenian units of "provocation". Russia's Foreign Ministry called for restraint.

The government delimitation commissions of the two countries are due to meet on Friday, the deputy prime minister's office said; the meeting had been planned before the incident.

The border has been largely quiet since the 2023 offensive in Karabakh.

---
*Share: Facebook · Telegram · X* | Related: [Tavush villagers demand security guarantees](#)
"""))

A(dict(f="07_roraima-ataque-garimpeiros.txt", h="Garimpeiros atacam base de proteção na Terra Yanomami e ferem dois agentes", alert=True,
 topics=["brazil"], nt=["venezuela"], loc="Palimiú",
 kt=[("4h20 no horário local","2026-06-20T04:20","America/Boa_Vista","Saturday",None),
     ("às 7h40 (hora local)","2026-06-20T07:40","America/Boa_Vista",None,None),
     ("segunda-feira (22)","2026-06-22","America/Boa_Vista","Monday",None)],
 ex="'5h20 (horário de Brasília)' is the same moment as 4h20 local (listed once); 'Publicado em 20/06/2026 às 18h05' (stamp); 'desde janeiro de 2023' (background); '280 km' (distance); 'durou cerca de 40 minutos' (duration); 'BR-174' (road number)",
 man="plain text, Amazônia Real in Portuguese · Palimiú, Roraima, Brazil · America/Boa_Vista (UTC-4) vs Brasília time (UTC-3) · time given twice in two Brazilian zones; date from '(20)' style day numbers; date-only arrival",
 body="""
AMAZÔNIA REAL
Jornalismo independente e investigativo

POVOS INDÍGENAS

Garimpeiros atacam base de proteção na Terra Yanomami e ferem dois agentes

Por Valéria Tukano, de Boa Vista (RR)
Publicado em 20/06/2026 às 18h05

Um grupo armado de garimpeiros atacou neste sábado (20) a Base de Proteção Etnoambiental de Palimiú, no rio Uraricoera, na Terra Indígena Yanomami, em Roraima. Dois agentes da Força Nacional ficaram feridos.

Segundo a Funai, os disparos começaram por volta das 5h20 (horário de Brasília), 4h20 no horário local, quando três barcos tentaram furar o bloqueio instalado no rio. O tiroteio durou cerca de 40 minutos.

Os feridos foram levados de helicóptero e chegaram ao Hospital Geral de Roraima, em Boa Vista, às 7h40 (hora local). O estado de saúde dos dois é estável.

O Ministério da Justiça informou que um reforço de 60 homens da Força Nacional deve chegar à região na segunda-feira (22). A base fica a cerca de 280 km de Boa Vista, perto da fronteira com a Venezuela, e o acesso é apenas fluvial ou aéreo.

A região vive sob operação de desintrusão desde janeiro de 2023, quando foi declarada emergência sanitária no território. Lideranças da Hutukara Associação Yanomami denunciam o retorno de balsas pela BR-174 e por rotas fluviais.

Leia também:
> Yanomami: o retorno do garimpo no Uraricoera
> MPF pede investigação sobre voos clandestinos

Compartilhe: WhatsApp | Facebook | X
"""))

A(dict(f="08_sigonella-drone-spazio-aereo.html", h="Droni non identificati sopra Sigonella, spazio aereo chiuso nella notte del cambio d'ora", alert=True,
 topics=["italy"], nt=["libya","us"], loc="Sigonella",
 kt=[("alle 1.40 di domenica","2026-03-29T01:40","Europe/Rome","Sunday","+01:00"),
     ("alle 4.15, già con l'ora legale","2026-03-29T04:15","Europe/Rome","Sunday","+02:00"),
     ("martedì alle 15","2026-03-31T15:00","Europe/Rome","Tuesday",None)],
 ex="'29 marzo 2026 (modifica il 29 marzo 2026 | 10:21)' (stamps); 'per circa un'ora e mezza' (duration, clock jump); 'volo AZ1727' (flight number); 'nel novembre 2025' (background); '25 chilometri' (distance)",
 man="HTML, Corriere della Sera in Italian · Sigonella, Sicily · Europe/Rome on DST start night (CET +1 before 02:00, CEST +2 after) · two clocks either side of the spring-forward jump; future Senate briefing",
 body="""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Droni non identificati sopra Sigonella, spazio aereo chiuso nella notte del cambio d'ora - Corriere.it</title></head>
<body>
<div class="bck-header"><a href="/" class="logo">CORRIERE DELLA SERA</a>
<ul class="nav"><li><a href="/cronache/">Cronache</a></li><li><a href="/politica/">Politica</a></li><li><a href="/esteri/">Esteri</a></li><li><a href="/economia/">Economia</a></li></ul></div>
<div class="article-wrap">
<p class="occhiello">IL CASO</p>
<h1 class="title-art">Droni non identificati sopra Sigonella, spazio aereo chiuso nella notte del cambio d'ora</h1>
<h2 class="subtitle-art">Avvistati almeno tre velivoli sopra la base dell'Aeronautica. Dirottati i voli su Catania</h2>
<p class="author-art">di Rosaria Cavallaro</p>
<p class="date-art">29 marzo 2026 (modifica il 29 marzo 2026 | 10:21)</p>
<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>
<div class="content">
<p>Almeno tre droni non identificati sono stati avvistati sopra la base aerea di Sigonella, in provincia di Siracusa, alle 1.40 di domenica. L'Enac ha chiuso lo spazio aereo nel raggio di 25 chilometri e i voli diretti all'aeroporto di Catania, tra cui il volo AZ1727 da Roma, sono stati dirottati su Palermo.</p>
<p>Lo spazio aereo è stato riaperto alle 4.15, già con l'ora legale: la chiusura, a causa dello spostamento delle lancette, è durata per circa un'ora e mezza e non due ore e mezza come indicato in un primo momento.</p>
<p>La base ospita anche un contingente della Marina statunitense. Gli inquirenti non escludono che i droni siano partiti da un'imbarcazione nel Canale di Sicilia, sulla rotta verso la Libia. Episodi simili erano stati segnalati nel novembre 2025.</p>
<p>Il ministro della Difesa riferirà in Senato martedì alle 15.</p>
</div>
<div class="related"><h3>LEGGI ANCHE</h3><ul><li><a href="#">Droni sulle basi europee, cosa sappiamo</a></li><li><a href="#">Catania, voli in ritardo per il maltempo</a></li></ul></div>
</div>
<footer><p>Copyright 2026 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati</p><p>Questo sito utilizza cookie tecnici e di profilazione. <a href="#">Informativa cookie</a></p></footer>
</body></html>
"""))

A(dict(f="09_novokuybyshevsk-refinery-drones.txt", h="Drones attacked a refinery in Novokuybyshevsk; Kurumoch airport restricted flights", alert=True,
 topics=["russia","ukraine"], nt=[], loc="Novokuybyshevsk",
 kt=[("at 04:10 local time (03:10 Moscow time)","2026-09-12T04:10","Europe/Samara","Saturday",None),
     ("were introduced at 03:25 Moscow time","2026-09-12T03:25","Europe/Moscow","Saturday",None)],
 ex="'Original published 12.09.2026, 11:47' (stamp, Moscow-based site time); 'in his Telegram channel at 07:30' (time of saying); 'already attacked in 2024' (background); 'for almost five hours' (duration); '41 drones' (count); 'SU 1217' (flight number)",
 man="plain text translated from Russian (Novaya Gazeta Europe), translation-style phrasing · Novokuybyshevsk, Samara region, Russia · Europe/Samara (UTC+4) and Europe/Moscow (UTC+3) in same story · local vs Moscow time; two different clocks of different events in different zones",
 body="""
NOVAYA GAZETA EUROPE
[Translated from Russian by the editorial team]

Drones attacked a refinery in Novokuybyshevsk; Kurumoch airport restricted flights

Original published 12.09.2026, 11:47

On the night to Saturday, 12 September, unmanned aerial vehicles attacked the Novokuybyshevsk oil refinery in the Samara region. As reported by the governor of the region in his Telegram channel at 07:30, the fall of debris caused a fire on the territory of the enterprise; there are no victims.

According to residents, the first explosions were heard at 04:10 local time (03:10 Moscow time). Videos published by local publics show a large column of smoke above the primary processing unit.

At the Kurumoch airport of Samara, temporary restrictions on the reception and release of aircraft were introduced at 03:25 Moscow time, Rosaviatsia reported. The restrictions remained in force for almost five hours; flight SU 1217 from Moscow was sent to the alternate airfield in Kazan.

The Ministry of Defense of Russia claimed that air defense forces "intercepted and destroyed" 41 Ukrainian drones over several regions during the night. The General Staff of the Armed Forces of Ukraine has not commented.

Let us remind that the Novokuybyshevsk refinery was already attacked in 2024.

Support Novaya Gazeta Europe | Subscribe to our newsletter
"""))

A(dict(f="10_abu-ghraib-rockets.json", h="Katyusha rockets fall near Abu Ghraib, curfew imposed", alert=True,
 topics=["iraq"], nt=["us","iran"], loc="Abu Ghraib",
 kt=[("at half past nine in the evening of Tuesday","2026-11-10T21:30","Asia/Baghdad","Tuesday",None),
     ("from six o'clock tomorrow morning, Wednesday","2026-11-11T06:00","Asia/Baghdad","Wednesday",None)],
 ex="'التاريخ': '2026-11-10 23:14' (publication stamp); 'for 24 hours' (duration); 'in January 2020' (background); 'three rockets' (count)",
 man="JSON with Arabic keys, Shafaq News translated from Arabic (English body and headline under Arabic keys) · Abu Ghraib, Baghdad, Iraq · Asia/Baghdad (UTC+3) · spelled-out clock 'half past nine in the evening'; 'tomorrow morning, Wednesday' relative to pub date; duration distractor",
 body="""{
  "المصدر": "شفق نيوز",
  "القسم": "أمن",
  "العنوان": "Katyusha rockets fall near Abu Ghraib, curfew imposed",
  "التاريخ": "2026-11-10 23:14",
  "الترجمة": "Translated from Arabic by Shafaq News English desk",
  "النص": [
    "Shafaq News/ A security source informed Shafaq News Agency on Tuesday that three Katyusha rockets fell at half past nine in the evening of Tuesday in the vicinity of a military base west of the capital Baghdad, in the Abu Ghraib district, without causing human losses.",
    "The source added that the security forces found the launch pad in an orchard near the Al-Zaidan area, and that it contained two other rockets that had not been launched.",
    "For its part, the Joint Operations Command announced the imposition of a curfew on vehicles in the Abu Ghraib district for 24 hours, starting from six o'clock tomorrow morning, Wednesday, in order to pursue the perpetrators.",
    "It is noteworthy that the base hosts advisers of the international coalition led by the United States, and it was targeted repeatedly after January 2020, in attacks attributed to factions close to Iran."
  ],
  "الكلمات_المفتاحية": ["بغداد", "أبو غريب", "كاتيوشا"]
}
"""))
