using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Page furniture never reaches the headline, body, summary, key times or topics.</summary>
public sealed class NoiseTests
{
    private const string Story = "Rebel fighters attacked an army base near Kidal in northern Mali, officials said.\n\nAt 0600 GMT on March 2, 2024, the army said it had repelled the attack after several hours of fighting.";

    private static Understanding Understand(string text, string name = "a.txt") =>
        new ArticleUnderstander().Understand(new SourceDocument(name, Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("BREAKING\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("FLASH UPDATE | AFRICA\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("BREAKING: Army Repels Attack Near Kidal\n\n")]
    [InlineData("Breaking News — Army Repels Attack Near Kidal\n\n")]
    [InlineData("DEVELOPING STORY\nWORLD | AFRICA\nPosted 3 hours ago\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Home > World > Africa\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Army Repels Attack Near Kidal\n\nBy Jane Doe\n\n")]
    [InlineData("Army Repels Attack Near Kidal\nBy Jane Doe and John Smith | Flash Desk\nNovember 14, 2023 | 5 min read\n\n")]
    [InlineData("Editor's note: This story was updated at 1200 GMT.\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("# Army Repels Attack Near Kidal\n\n*By Jane Doe*\n\n")]
    [InlineData("**FLASH**\n\n## Army Repels Attack Near Kidal\n\n")]
    // Wire services' version slugs and the note under the headline that says what changed.
    [InlineData("UPDATE 2-Army Repels Attack Near Kidal\n\n")]
    [InlineData("REFILE-Army Repels Attack Near Kidal\n\n(Refiles to fix typo in headline)\n\n")]
    [InlineData("CORRECTED-Army Repels Attack Near Kidal\n\n(Corrects time of attack in paragraph 2)\n\n")]
    [InlineData("REFILE-UPDATE 3-Army Repels Attack Near Kidal\n\n")]
    [InlineData("(LEAD) Army Repels Attack Near Kidal\n\n")]
    [InlineData("(2nd LD) Army Repels Attack Near Kidal\n\n")]
    [InlineData("EXCLUSIVE-Army Repels Attack Near Kidal\n\n(Adds army statement in paragraph 4)\n\n")]
    // Furniture above a headline: a note in brackets, a forwarded post's header, a line of parts with a date, a lone
    // dateline, a wire slug with its stamp.
    [InlineData("[Translated from Spanish - Noroeste Digital, 14 de agosto de 2026]\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Forwarded from Sahel Watch\n[21.07.2026 16:02]\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("ANALYST BRIEF | Sahel Security Monitor | 9 September 2026\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("**BAMAKO, 10 February 2026 (Sahel Wire)**\n\n# Army Repels Attack Near Kidal\n\n")]
    [InlineData("BC-Mali-Attack/Kidal 2026-03-03 08:41 GMT\n\nArmy Repels Attack Near Kidal\n\n")]
    // An issuer's banner in capitals above a mixed-case headline; a mixed-case dateline on its own; a Markdown heading
    // under a bold brief line; a dateline run into the headline line.
    [InlineData("MINISTRY OF DEFENCE — PRESS OFFICE\nRelease No. 26-014 | Bamako | March 11, 2026\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("PIB / REGIONAL ADMINISTRATION\nKidal, 03/02/2026 (Tuesday, 3 February)\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("**SAHEL BRIEF — Thursday 22 October 2026, 7.30am (Bamako time)**\n\n# Army Repels Attack Near Kidal\n\n")]
    [InlineData("BAMAKO, 12 September 2026 (ANP) — Army Repels Attack Near Kidal\n\n")]
    // A document's serial, a channel's name and audience, an issuer and its stamp across a dash, a gazetteer place and
    // its date in words; a live page's tail and a notice's reference before its title.
    [InlineData("FLASH UPDATE No. 3\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("PRESS STATEMENT No. 112/2026\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Sahel Watch · 48.2K subscribers\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Kidal News Desk (Telegram)\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("SAHEL WIRE SERVICE - 02/03/2024 08:00 GMT\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("02/03/2024 — SECURITY ALERT\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Gao, 2 March 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    // A mixed-case issuer's letterhead; a serial with a code, a "No:" or the order's date; a channel's name after a dash;
    // a note on the translation; a gazetteer place and its date across a dash; a revision stamp.
    [InlineData("Office of the Governor\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Republic of Mali — Ministry of Defence and Veterans Affairs\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Defence Press Office\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Press Release No: PR-118-26\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Executive Order No. 12/2026/KN of 14 June 2026\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("HYDROLANT WARNING 1187/26\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Kidal Regional Council — official Telegram channel\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("(Unofficial English translation of the French original)\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Gao — Saturday, 2 March 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Last revised: 2 March 2024, 11:00 GMT\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Modified 2 March 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Sahel Armed Forces Command / Commandement des Forces Armées du Sahel — Telegram channel (English translation)\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("U.S. Africa Command\nIMMEDIATE RELEASE\nRelease No: NR-0210-26\nMarch 2, 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("🔴 URGENT: Army Repels Attack Near Kidal\n\n")]
    [InlineData("⚡️ BREAKING — Army Repels Attack Near Kidal\n\n")]
    [InlineData("Army Repels Attack Near Kidal – live updates\n\n")]
    [InlineData("Army Repels Attack Near Kidal (live)\n\n")]
    [InlineData("Army Repels Attack Near Kidal: as it happened\n\n")]
    // A site's masthead: its name, tagline or section, then its stamps and notes, then the headline (a byline under it).
    [InlineData("Sahel Courier\nFriday 1 Mar 2024 - 14:02\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("SAHEL COURIER\nIndependent news from the Sahel\nLast updated: 2 March 2024, 13:40 (Paris)\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("THE SAHEL POST\nKidal Region\nPublished at : March 2, 2024\nUpdated at : March 2, 2024 08:40\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Sahel Courier — Mali English News\nSecurity | 03/02/2024 10:42 AM\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Sahel Courier — Nord / Kidal\n2 March 2024 at 14:25 (updated 15:02)\n[English edition]\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Press Release\nDefence Staff Office, Ministry of Defence\n2 March 2024 (released 07:30)\n\n(2nd report)\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("MALIAN ARMED FORCES\nPublic Affairs Office — Gao, Mali.\nRelease No. 24-112 | Mar. 2, 2024, 8:30 a.m. GMT\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("FORCES ARMÉES DU MALI / MALIAN ARMED FORCES\nPress note | 02.03.2024, 11:45\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("SahelLibre - 02/03/2024 08:17:42\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Sahel Courier\nSat Mar 2, 2024 12:00 AM   Last update on: Sat Mar 2, 2024 09:30 AM\n\nArmy Repels Attack Near Kidal\n\nOur Correspondent, Gao\n\n")]
    [InlineData("Amadou Traoré @amadou_fama · Army spokesman for the northern region\n\n1/4 Army Repels Attack Near Kidal\n\n")]
    // A site's name and its section or trail above the headline, its stamp, byline and credits under it.
    [InlineData("Sahel Courier\nHome > News > Mali\n\nArmy Repels Attack Near Kidal\n\nSahel Courier\n02.03.2024 07:30 • Updated 02.03.2024 09:14\n\n")]
    [InlineData("SAHEL COURIER\nMali's leading online newspaper\n\nHome / News / Headlines\n\nArmy Repels Attack Near Kidal\n\nBy Amina Diallo\nMarch 2, 2024 8:14 am\n\n")]
    [InlineData("24.ml news agency\nSociety / Incidents\n\nArmy Repels Attack Near Kidal\n\n02/03/2024 19:52\nGao — 24.ml, Amina Diallo\n\n")]
    [InlineData("Radio Sahel\n\nSahel News\n\nArmy Repels Attack Near Kidal\n\n6:05 pm on 2 March 2024\nAmina Diallo, Radio Sahel Editor\n\n")]
    [InlineData("SAHEL ONLINE | Mali\nNews\n\nArmy Repels Attack Near Kidal\n\nSaturday, 2 March 2024, 12:30 GMT\nBy Amina Diallo\n\n")]
    [InlineData("Courrier du Sahel — région de Kidal\n[Translated from French]\n\nArmy Repels Attack Near Kidal\n\n02.03.2024, 09:31 (Bamako time)\nText: Amina Diallo\n\n")]
    [InlineData("NATIONAL GUARD OF MALI\nMedia Unit — Incident Log (public version)\n\nSubject: Army Repels Attack Near Kidal\n\n")]
    // A site's menu above the headline, a name with a figure and its tagline, a standfirst under the headline, a notice's
    // "Title:" field, a Markdown heading that names the site.
    [InlineData("THE SAHEL TIMES\nMali | Africa | World | Opinion | Business | Sport\n\nARMY\n\nArmy Repels Attack Near Kidal\n\nTroops held the base after hours of fighting\n\nAmina Diallo\nCorrespondent\n\nPUBLISHED MAR 2, 2024, 06:47 PM GMT\n\n")]
    [InlineData("Sahel 24 – L'info en continu\nAccueil | Actualités | Sécurité\n\nArmy Repels Attack Near Kidal\n\nPublié le samedi 2 mars 2024 à 09h12\nPar la Rédaction\n\n")]
    [InlineData("sahel.ml › International › Afrika › Mali\n\nArmy Repels Attack Near Kidal\n\nDie Ursache des Angriffs ist unklar\n\nRedaktion, APA\n2. März 2024, 12:07\n\n")]
    [InlineData("UKMTO WARNING 041/2024 — INCIDENT\nDTG: 021015Z MAR 24\n\nTitle: Army Repels Attack Near Kidal\n\n")]
    [InlineData("# Sahel Courier — in English\n\n## Army Repels Attack Near Kidal\n\n")]
    [InlineData("# United Nations Mission in Mali (MINUSMA)\n\n## Weekly briefing — Bamako, Saturday 2 March 2024\n\n**Army Repels Attack Near Kidal**\n\n")]
    [InlineData("Sahel News Agency\nMali News Agency (SNA)\n\nLocal News\n\n[02/March/2024]\n\nArmy Repels Attack Near Kidal\n\n")]
    // A release names itself above its headline: the issuer's letterhead, address, reference and date around the label
    // are furniture, and a headline broken over two lines (text from a PDF) is joined again.
    [InlineData("PRESS RELEASE\n\nSahel Rail Company\nGroup Communications\nNo. 027/2024\n\nGao, 2 March 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("MALI POLICE SERVICE\nMedia Release\nSaturday, 2 March 2024 1:10 PM\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("SAHEL AIRPORTS AUTHORITY\nHeadquarters, Bamako International Airport, Bamako\n\nNo. SAA/PR/2024/047\nDated: 02-03-2024\n\nPRESS RELEASE\n\nArmy Repels Attack\nNear Kidal\n\n")]
    [InlineData("GAO COUNTY SHERIFF'S OFFICE\nSheriff A. Diallo\n711 Main Rd, Gao\n\nPRESS RELEASE #24-0311\nFOR IMMEDIATE RELEASE\nMarch 2, 2024 10:30 a.m.\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("COMMUNIQUÉ DE PRESSE\nMinistère de la Défense\n\nArmy Repels Attack Near Kidal\n\nBy Amina Diallo\n\n")]
    // A site's name written as its address, one word in lower case, over a menu or a two-part trail from the home page.
    [InlineData("sahelcourier\nHome / Mali News\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("sahel-courier.com\nNEWS | MALI | WORLD | OPINION\n\nArmy Repels Attack Near Kidal\n\n")]
    // A masthead of its own block: an issuer's banner or a short name with its parts, over the headline's block.
    [InlineData("SAHEL SCANNER DESK — INCIDENT SUMMARY\nGao, Mali | Summary #2024-0214 | Compiled from radio traffic\nPosted: Mar 2, 2024 5:58 AM GMT\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("GAO REGION OFFICE OF EMERGENCY MANAGEMENT\nPUBLIC NOTICE — GAO ROAD / RN 16\n\nIssued: Saturday, March 2, 2024, 10:15 a.m. GMT\nNotice No. 24-117\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("Hansard — Mali Parliament\nNational Assembly\nVolume 786: debated on Saturday 2 March 2024\n\nArmy Repels Attack Near Kidal\n\n")]
    [InlineData("SRM | Nouvelles / News in English\n\nArmy Repels Attack Near Kidal\n\n2 March 2024 09:12\nBy Amina Diallo\n\n")]
    // A kicker after a place and a dash, French spacing before its colon; a thread's counter.
    [InlineData("Mali - FLASH : Army Repels Attack Near Kidal\n\n")]
    [InlineData("2/5 Army Repels Attack Near Kidal\n\n")]
    public void KickersAndBylines_AreNotTheHeadline(string lead)
    {
        var u = Understand(lead + Story);
        Assert.Equal("Army Repels Attack Near Kidal", u.Headline);
        Assert.DoesNotContain("Jane Doe", u.Body, StringComparison.Ordinal);
        Assert.StartsWith("Rebel fighters attacked", u.Body, StringComparison.Ordinal);
    }

    [Theory]
    // A headline in capitals stays the headline: under it comes its lede, a field line or a dated line, not a headline.
    [InlineData("ARMY REPELS ATTACK NEAR KIDAL\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "ARMY REPELS ATTACK NEAR KIDAL")]
    [InlineData("UKMTO WARNING 031/2025 – INCIDENT NEAR KIDAL\nDate issued: 07 Jul 2025 0115 UTC\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "UKMTO WARNING 031/2025 – INCIDENT NEAR KIDAL")]
    // What a kicker or a reference would leave must still be a headline (three words or more); a tail that is most of
    // the line is the headline.
    [InlineData("UKMTO WARNING 049/2024 – Vessel reports attack near Kidal\nDate issued: 07 Jul 2024 0115 UTC\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "UKMTO WARNING 049/2024 – Vessel reports attack near Kidal")]
    [InlineData("NATO 2026: Summit Opens\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "NATO 2026: Summit Opens")]
    [InlineData("Mali Live: Army Repels Attack Near Kidal\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "Mali Live: Army Repels Attack Near Kidal")]
    // Not a masthead: a headline of a few words in title case with its stamp and standfirst; a headline that carries its
    // day, with its authors under it; a "Label:" headline in capitals over a page of questions.
    [InlineData("Army Repels Attack Near Kidal\n2 March 2024 10:00 GMT\nTroops held the base after hours of fighting\n\nRebel fighters attacked an army post near Kidal on Monday, officials said, and the army sent reinforcements from Gao.", "Army Repels Attack Near Kidal")]
    [InlineData("Sahel Security Assessment, March 2, 2024\n\nAmina Diallo, Jean Moreau, and Ali Touré\n\nRebel fighters attacked an army post near Kidal on Monday, officials said, and the army sent reinforcements from Gao.", "Sahel Security Assessment, March 2, 2024")]
    [InlineData("ROAD CLOSURES: YOUR QUESTIONS ANSWERED\nTraveller information page — last reviewed 2 March 2024, 09:00\n\nQ: Which roads are closed?\nA: The road from Gao to Kidal is closed from 07:30 to 18:30 on Monday, the ministry said, and convoys will run at noon.", "ROAD CLOSURES: YOUR QUESTIONS ANSWERED")]
    public void HeadlineInCapitals_IsNoBanner(string text, string expected)
    {
        Assert.Equal(expected, Understand(text).Headline);
    }

    [Theory]
    // A headline in title case that names an institution goes on past its noun: it is the headline, not a letterhead,
    // even with a standfirst under it.
    [InlineData("Ministry Of Defence Confirms Attack Near Kidal\nTroops held the base after hours of fighting\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "Ministry Of Defence Confirms Attack Near Kidal")]
    [InlineData("Security Council Condemns Attack Near Kidal\nMembers call for an inquiry\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "Security Council Condemns Attack Near Kidal")]
    // A Markdown page's top heading is its title, whatever its words (footer links such as "Privacy Policy" are not
    // headlines elsewhere).
    // A speaker and what it says, under a letterhead and a translation note.
    [InlineData("Republic of Mali — Ministry of Defence\nStatement (unofficial English translation)\n\nMinistry of Defence: army repels attack near Kidal\n\nRebel fighters attacked an army post near Kidal on Monday, officials said.", "Ministry of Defence: army repels attack near Kidal")]
    // A short name in capitals over a longer headline is a masthead.
    [InlineData("Sahel Tribune\n\nArmy repels attack near Kidal after a night of fighting\n\nRebel fighters attacked an army post near Kidal on Monday, officials said, and the army sent reinforcements.", "Army repels attack near Kidal after a night of fighting")]
    // A Markdown page's top heading that is a title, not a site's name, stays the headline over its sections.
    [InlineData("# Parish events calendar — St Mark, Kidal\n\n*Updated Saturday, 2 March 2024 · Parish office open Mon–Fri 09:00–12:00*\n\n## Holy Week 2024\n\nRebel fighters attacked an army post near Kidal on Monday, officials said, and the army sent reinforcements.", "Parish events calendar — St Mark, Kidal", "a.md")]
    [InlineData("# Privacy Policy\n\nWe changed how we store your data on 2 March 2024. Nothing else changed.", "Privacy Policy", "a.md")]
    [InlineData("# Terms of Use\n\nThese terms apply from 2 March 2024 to every reader of the site.", "Terms of Use", "a.md")]
    public void TitleCaseHeadlines_AndTopHeadings_AreTheHeadline(string text, string expected, string name = "a.txt")
    {
        Assert.Equal(expected, Understand(text, name).Headline);
    }

    [Theory]
    [InlineData("Photo: Soldiers patrol a street in Kidal on March 1, 2024.")]
    [InlineData("(Image credit: Malian Armed Forces)")]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter for daily flash updates from Niger and Chad.")]
    [InlineData("We use cookies to improve your experience. Accept all")]
    [InlineData("Editor's note: An earlier version of this article misstated the date as June 5, 2024.")]
    [InlineData("Follow us on Telegram")]
    [InlineData("Advertisement")]
    [InlineData("Read also: Niger junta expels French envoy after June 5 protests")]
    [InlineData("READ ALSO: Niger junta expels French envoy after June 5 protests")]
    [InlineData("See also: Niger junta expels French envoy after June 5 protests")]
    [InlineData("Also read: Niger junta expels French envoy after June 5 protests")]
    [InlineData("Related: Niger junta expels French envoy after June 5 protests")]
    [InlineData("Related story: Niger junta expels French envoy after June 5 protests")]
    [InlineData("MORE: Niger junta expels French envoy after June 5 protests")]
    [InlineData("Watch: Niger junta expels French envoy after June 5 protests")]
    public void NoiseParagraphs_InsideTheBody_AreDropped(string noise)
    {
        var u = Understand("Army Repels Attack Near Kidal\n\n" + Story.Replace("\n\nAt", "\n\n" + noise + "\n\nAt", StringComparison.Ordinal));
        Assert.DoesNotContain(noise, u.Body, StringComparison.Ordinal);
        Assert.Equal(["2024-03-02T06:00Z"], u.KeyTimes.Select(k => k.UtcText));
        Assert.DoesNotContain("niger", u.Topics);
    }

    [Theory]
    [InlineData("© Sahel Presse - 07/03/2024 09:12 (Paris)")]
    [InlineData("(c) 2024 Sahel Wire, 4 March 2024 10:00 GMT")]
    [InlineData("Victor Diallo covers flash military, intelligence, and geo-political updates.\n\nNiger Junta Expels French Envoy\n\nOn June 5, 2024, the junta in Niamey ordered...")]
    [InlineData("United States Military Academy and American Military University Alumni. Jane covers the Sahel.\n\nChad Closes Border\n\nAt 1200 GMT on June 5, 2024, Chad closed...")]
    [InlineData("Related Articles\n\nNiger Junta Expels French Envoy\n\nChad Closes Border")]
    [InlineData("Niger Junta Expels French Envoy\n\nOn June 5, 2024, the junta in Niamey ordered the French envoy to leave, reigniting tensions in...")]
    [InlineData("Read more\nNiger Junta Expels French Envoy On June 5")]
    [InlineData("Jane Doe is a senior correspondent covering West Africa. Follow her on X.")]
    public void TeasersAndBios_AfterTheStory_NeverLeak(string tail)
    {
        var u = Understand("Army Repels Attack Near Kidal\n\n" + Story + "\n\n" + tail);
        Assert.Equal(["2024-03-02T06:00Z"], u.KeyTimes.Select(k => k.UtcText));
        Assert.DoesNotContain("niger", u.Topics);
        Assert.DoesNotContain("chad", u.Topics);
        Assert.DoesNotContain("Niger", u.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Niger", u.Summary, StringComparison.Ordinal);
        Assert.Contains("mali", u.Topics);
        Assert.Contains("sahel", u.Topics);
    }

    [Theory]
    [InlineData("# **BREAKING:** <script>alert('x')</script> Rebels Seize Base", "a.md", "<script>alert('x')</script> Rebels Seize Base")]
    [InlineData("# Rebels Seize [Goma Airport](javascript:alert(1))", "a.md", "Rebels Seize Goma Airport")]
    [InlineData("Rebels *Seize* __Goma__ Airport", "a.txt", "Rebels Seize Goma Airport")]
    [InlineData("Rebels Seize <b onmouseover=\"alert(1)\">Goma</b> Airport", "a.txt", "Rebels Seize <b onmouseover=\"alert(1)\">Goma</b> Airport")]
    [InlineData("<html><body><article><h1>&lt;img src=x onerror=alert(1)&gt; Rebels Seize Base</h1></article></body></html>", "a.html", "<img src=x onerror=alert(1)> Rebels Seize Base")]
    [InlineData("<html><body><article><h1>Rebels <em>Seize</em> Base<script>alert(1)</script></h1></article></body></html>", "a.html", "Rebels Seize Base")]
    [InlineData("{\"title\":\"<script>alert(1)</script> Rebels Seize Base\",\"body\":\"x\"}", "a.json", "<script>alert(1)</script> Rebels Seize Base")]
    public void HostileMarkupInHeadline_IsKeptAsPlainText_NeverExecuted(string head, string name, string expected)
    {
        var text = name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal) ? head : head + "\n\n" + Story;
        Assert.Equal(expected, Understand(text, name).Headline);
    }

    [Fact]
    public void Summary_PrefersTheNewsLede_OverBackground()
    {
        var u = Understand("Army Repels Attack Near Kidal\n\nAs this publication reported last month, fighting in the north has intensified since the UN withdrawal.\n\n" + Story);
        Assert.StartsWith("At 0600 GMT on March 2, 2024, the army said it had repelled the attack", u.Summary, StringComparison.Ordinal);
        Assert.True(u.Summary.Length <= 300);
    }

    [Fact]
    public void Summary_IsAtMostThreeHundredCharacters()
    {
        var longSentence = "At 0600 GMT on March 2, 2024, the army said " + string.Join(", ", Enumerable.Repeat("it had repelled another wave of attackers near the northern town", 10)) + ".";
        var u = Understand("Army Repels Attack Near Kidal\n\n" + longSentence);
        Assert.InRange(u.Summary.Length, 100, 300);
        Assert.EndsWith("…", u.Summary, StringComparison.Ordinal);
    }
}
