using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Pages a site serves instead of a story are no alert; a short story that reports is one, whatever it says about a website.</summary>
public sealed class ServicePageTests
{
    [Theory]
    [InlineData("Subscribe to The Daily Courier\n\nGet unlimited digital access for £1 a month for the first three months. Cancel anytime.\n\nAlready a subscriber? Sign in to continue reading this article.")]
    [InlineData("Scheduled maintenance – we'll be back shortly\n\nOur website is undergoing scheduled maintenance between 02:00 and 04:00 UTC on Saturday. Thank you for your patience.\n\nError code: 503 Service Unavailable")]
    [InlineData("404 - Page not found\n\nSorry, the page you were looking for doesn't exist, has been moved, or is temporarily unavailable. Try the search box or return to the homepage.")]
    [InlineData("Sign up for the Morning Brief\n\nThe day's top stories in your inbox at 7am. Enter your email address to sign up for our free newsletter.")]
    [InlineData("The Global Ledger\n\nHome\n\nWorld\n\nUkraine war\n\nSudan crisis\n\nBusiness\n\nToday's paper\n\nCrosswords\n\nContact us")]
    [InlineData("Odesa weather: 3-day forecast\n\nIssued 02.12.2026 06:00. Wed 09:00 -1 C, wind NW 4 m/s, snow 2 mm; Thu 09:00 -3 C, wind N 3 m/s; Fri 09:00 +2 C, rain 4 mm.\n\nSunrise 07:30, sunset 15:50. Fog warning in force until 10:00 on Thursday on coastal roads; drivers are advised to slow down.")]
    [InlineData("Upcoming events\n\nAll times are shown in Central European Time. Registration closes 24 hours before each event.\n\nWebinar: Black Sea security after the grain corridor\n\nSpeakers from three countries discuss naval drones and shipping insurance.\n\nRegister")]
    [InlineData("Vacancy: Field Security Officer - ref. FSO-118\n\nLocation: Goma, with travel to Bukavu\n\nYou will monitor armed-group activity and write weekly security reports for country teams.\n\nHow to apply\n\nSend a CV and cover letter by 23:59 GMT on 15 January 2027. Shortlisted candidates will be interviewed in the week of 25 January.")]
    [InlineData("Upcoming events\n\nMaritime security in the Gulf of Aden — panel discussion\n\nWhen: Thursday 21 January 2027, 14:00 EAT\n\nPanellists will discuss piracy off Somalia and attacks on shipping in the Red Sea.")]
    [InlineData("Results: weekend round-up\n\nSaturday 28 November\n\nArsenal 2-1 Chelsea (12:30 GMT)\n\nLiverpool 3-0 Brentford (15:00)\n\nSunday 29 November\n\nCity 4-2 Spurs (14:00)")]
    [InlineData("Corrections and clarifications\n\nAn article on 12 October about the strike in Split said the walkout began at 3 p.m. on Sunday. It began at 5 p.m.\n\nA report on 9 October about fighting near Pokrovsk misstated the number of drones launched. It was 112, not 121, officials said.")]
    [InlineData("The Frontline Briefing - all episodes\n\nA weekly podcast on conflict and security.\n\nEp. 214 - Sudan after El Fasher (52 min) - 26 Nov 2026\n\nOur correspondent on the pause that began at 1700 on 4 March.")]
    [InlineData("Review: Sand and Steel, a history of the Sahel wars\n\nThe book opens in the early hours of 22 March 2012, when soldiers marched on the palace in Bamako shortly after 3 a.m. The army's officers said little.\n\nThe author will sign copies at 7pm on Thursday.")]
    [InlineData("Obituary: General Levan Kartvelishvili, 1941-2026\n\nThe general, who commanded troops in Abkhazia in 1993, died at 4.10 a.m. on Saturday in Tbilisi, officials said. Soldiers and ministers attended the funeral.")]
    [InlineData("Press releases\n\nShowing 21-30 of 412 results.\n\n12.06.2026 14:30 Statement on the situation in the Sahel\n\n10.06.2026 09:00 Minister to visit Nouakchott on 15 June")]
    [InlineData("Your privacy choices\n\nWe and our partners store information on your device to measure audiences and improve our alerts for Tbilisi.\n\nYour choice will be stored for 13 months. Data is aggregated every 24 hours.")]
    [InlineData("Lagman for six (hand-pulled noodles)\n\nPosted 4 May 2026 by Dilnoza. Prep time 40 min.\n\nINGREDIENTS\n\n- 1 kg beef\n\nSimmer the meat for an hour, then add the noodles. If you start at 4 p.m., dinner is on the table by 7. 650 kcal per serving.")]
    [InlineData("VACANCY ANNOUNCEMENT — Ref. LOG/2026/12\n\nDuty station: Mopti, with travel to Gao. The post holder briefs staff on curfews and checkpoints.\n\nApplications close at 17:00 GMT on 20 March 2026. Interviews are expected in the week of 6 April.")]
    [InlineData("Pacific Cup 2026 — Pool A fixtures and kick-off times\n\nAll times local, UTC in brackets.\n\nSat 17 Oct: Fiji v Tonga, Suva, 15:00 (03:00 UTC)\n\nTickets from FJ$15; gates open two hours before kick-off. Highlights nightly at 21:00.")]
    // A programme named as such in its headline; a shop's page.
    [InlineData("Sahel Security Forum 2027 — Programme\n\nVenue: Conference Centre, Hall A. Dates: 8–10 March 2027.\n\n09:00–09:45 | Opening address by the minister of defence | Hall A\n\n10:00–11:30 | Panel: drones and the changing front line | Room 2")]
    [InlineData("Field radio FR-20, hand-crank and solar\n\nIn stock and ships within 24 hours. Free returns for 30 days; delivery in 3–5 business days.\n\nCustomer reviews: the alarm went off at 4:12 a.m. during the storm warning, very loud.")]
    // A page of listed entries with their own dates or clocks: a parish calendar, a cinema programme, a site's search
    // results; a market report; a page of questions and answers, a timetable, a departures board named in the headline.
    [InlineData("ST MARK'S CHURCH — CHRISTMAS SERVICES 2026\n\nSunday 6 December, 10:00 — Family Eucharist\n\nWednesday 9 December, 19:30 — Carol practice for the choir\n\nSaturday 12 December, 11:00–15:00 — Winter fair in the hall\n\nThursday 24 December, 23:30 — Midnight Mass\n\nThe parish office is open on weekday mornings.")]
    [InlineData("RIVERSIDE CINEMA — THIS WEEK\n\nTHE LAST CONVOY (2026, 16+, 121 min) — war drama\n\nFri–Sun: 14:10, 17:05, 20:00\n\nMon–Thu: 18:40, 21:20\n\nFRONTLINE (2025, 12+, 98 min) — documentary\n\nDaily: 12:00, 16:30\n\nAll screenings are in the original language with subtitles.")]
    [InlineData("Search results for \"shelling\" | The Border Gazette\n\nShowing 1–5 of 220 results, sorted by date\n\nShelling resumes near the river crossing 4 Dec 2026, 21:15\n\nVillagers return after week of calm 1 Dec 2026, 08:40\n\nExplainer: why the ceasefire keeps failing 28 Nov 2026, 12:00\n\nShelling hits market, two killed 20 Nov 2026, 14:10")]
    [InlineData("MARKETS WRAP — EUROPE CLOSE\n\nFriday, 4 December 2026, 17:40 CET\n\nEuropean shares end higher as defence stocks rally\n\nThe benchmark index closed up 0.9% at 612.40 at the end of trading at 17:30. Turnover was above average.\n\nDefence names gained 3.2% and banks added 1.1%. The euro traded at 1.08 dollars at 17:00.")]
    [InlineData("FERRY STRIKE: YOUR QUESTIONS ANSWERED\n\nQ: Which crossings are affected?\n\nA: Crossings on Monday 7 December will run from 08:00 to 17:00 only.\n\nQ: Can I change my ticket?\n\nA: Yes, tickets for 7 December are valid on the day before and the day after.")]
    [InlineData("Port A – Port B – Port C: Ferry Timetable, Winter 2026\n\nValid 1 November 2026 – 31 March 2027\n\nDaily 06:30 09:00 14:30\n\nFri, Sun additional departure 21:15\n\nCheck-in closes 30 minutes before departure.")]
    [InlineData("Departures — Central Airport (CTA)\n\nFriday 4 December 2026 · Last updated 14:32 (local time)\n\n14:35 XA 784 Tel Aviv Cancelled\n\n14:50 XB 1182 Amman Boarding\n\n15:05 XA 826 Beirut Delayed 16:40\n\nArrive at least 3 hours before international departures.")]
    // A timetable whose rows are a third of its lines, under notes that are prose.
    [InlineData("SEMESTER II EXAMINATION TIMETABLE 2026\n\nExaminations will be held from Monday 4th May 2026 to Friday 22nd May 2026 in the main hall.\n\nCandidates must be seated thirty minutes before the start of each paper in the hall.\n\nDATE TIME COURSE VENUE\n\nMon 04/05/2026 9:00 a.m. CIV 2201 Main Hall\n\nMon 04/05/2026 2:00 p.m. ELE 2105 Room 4\n\nWed 06/05/2026 9:00 a.m. MEC 2203 Tent\n\nThu 07/05/2026 2:00 p.m. CIV 2207 Main Hall\n\nTue 12/05/2026 9:00 a.m. ELE 2210 CTF 1\n\nFri 15/05/2026 2:00 p.m. MEC 2208 Studio\n\nNOTES\n\n1. Students with retakes must register by 24th April 2026.\n\n2. Mobile phones are not allowed in examination rooms.\n\nIssued: 10th April 2026\n\nACADEMIC REGISTRAR")]
    // A library's holiday hours, a bus operator's diversion notice, a conference's call for papers.
    [InlineData("Opening hours over Christmas and New Year\n\nThe main library and all branches have reduced opening hours during the holidays. Staffed hours are shown below.\n\nWednesday 23 December 10:00–16:00\n\nThursday 24 December Closed\n\nNormal opening hours resume on Saturday 2 January 2027 at 10:00.")]
    [InlineData("Service 22 diversion: High Street resurfacing\n\nDue to resurfacing works by the council, High Street will be closed northbound.\n\nFrom 05:00 on Monday 12 October 2026, service 22 will be diverted via Easter Road. Temporary stops will be in place on Easter Road.")]
    [InlineData("Call for Papers: 9th Conference on Security Studies (Tromsø, 14–16 April 2027)\n\nThe network invites paper and panel proposals for its 9th conference, hosted in Tromsø from 14 to 16 April 2027.\n\nAbstract submission deadline: 15 January 2027, 23:59 AoE. The opening keynote will take place on 14 April 2027 at 09:30.")]
    public void ServicePage_IsNoAlert(string text)
    {
        var u = Understand(text);

        Assert.False(u.IsAlert);
        Assert.Contains(u.Warnings, w => w.EndsWith("not an article", StringComparison.Ordinal));
    }

    [Theory]
    // A thread of posts, each with its stamp, is a story; a story about shares that reports is one.
    [InlineData("Army spokesman @army_north · Northern Command\n\n1/3 Rebels attacked an army post near Kidal at dawn, the army said.\n\n*6:10 AM · Dec 4, 2026*\n\n2/3 At 0715H, drones struck rebel positions east of the town, and soldiers retook the checkpoint on the road to Gao.\n\n*7:30 AM · Dec 4, 2026*\n\n3/3 Two soldiers were wounded in the fighting and were flown to Gao for treatment, officials said.\n\n*8:05 AM · Dec 4, 2026*\n\nMore updates to follow.\n\n*8:06 AM · Dec 4, 2026*")]
    [InlineData("Flights diverted after drone attack on airport\n\nFlights to the capital were diverted to Misrata after drones struck the apron at 3:20 am, officials said. Two workers were killed.")]
    [InlineData("Defence shares jump after missile strike on refinery\n\nShares in the refinery's owner fell 12% after a missile struck the plant at 0400 GMT, killing two workers, officials said. Troops sealed off the area.")]
    [InlineData("Hackers take down ministry website\n\nThe defence ministry's website was unavailable for six hours after a cyberattack, officials said on Monday.")]
    [InlineData("Drone strike hits port\n\nA drone struck the port of Odesa at 0415 GMT, killing two workers, the governor said.")]
    [InlineData("Army closes border crossing\n\nThe army closed the main crossing at noon local time and troops were deployed along the road.")]
    [InlineData("Shipyard files for bond sale\n\nThe shipyard announced the effectiveness of its registration statement for $125 million of convertible debentures.")]
    [InlineData("Storm delays evacuation from coastal villages\n\nA forecast of heavy rain and poor air quality forced the army to delay the evacuation until after sunrise on Tuesday, officials said. Soldiers were moving families to higher ground.")]
    [InlineData("Events in Kidal: army retakes the town\n\nMalian troops entered Kidal at 0900 GMT on Tuesday, the army said. Residents said drones struck rebel positions overnight. The governor said the airport would reopen.")]
    [InlineData("Army corrects casualty figures after strike on Kharkiv\n\nThe army said on Monday that 12 soldiers were killed in the strike at 0415 GMT, not 21, and that drones hit two depots.")]
    [InlineData("Pentagon reviews strike that killed 12 in Kandahar\n\nThe Pentagon said on Monday it was reviewing a drone strike at 0415 GMT that killed 12 people, officials said.")]
    [InlineData("Hackers leak personal data of 2 million voters\n\nHackers published the personal data of two million voters on Tuesday, the election commission said. Police opened an investigation.")]
    [InlineData("Rocket lands near stadium before kick-off\n\nA rocket struck a car park near the stadium at 1830 GMT, an hour before kick-off, police said. Nobody was hurt.")]
    [InlineData("Army takes control of the programme office\n\nSoldiers seized the state broadcaster's programme office at 0600 GMT on Tuesday, staff said. Police sealed the building.")]
    [InlineData("Aid convoy in stock of fuel runs dry\n\nThe aid convoy ran out of fuel near Goma at 0900 GMT, officials said. Rebels attacked trucks waiting at the border.")]
    public void ShortReport_IsAnAlert(string text)
    {
        Assert.True(Understand(text).IsAlert);
    }

    [Fact]
    public void MostReadList_AsAPage_IsNoAlert()
    {
        const string html = "<html><head><title>Most read | Horizon News</title></head><body><main><h1>Most read</h1><p>Updated every 15 minutes.</p><ol>"
                            + "<li><a href='/a'>Drone strike hits fuel depot in Sevastopol, says governor</a> 07:42 GMT</li>"
                            + "<li><a href='/b'>Curfew imposed in Goma as fighting nears airport</a> 06:15 GMT</li>"
                            + "<li><a href='/c'>Houthis claim missile attack on tanker in Gulf of Aden</a> Yesterday 22:30</li></ol></main></body></html>";
        var u = new ArticleUnderstander().Understand(new SourceDocument("most-read.html", Encoding.UTF8.GetBytes(html)));
        Assert.False(u.IsAlert);
        Assert.Empty(u.KeyTimes);
    }

    private static Understanding Understand(string text) =>
        new ArticleUnderstander().Understand(new SourceDocument("page.txt", Encoding.UTF8.GetBytes(text)));
}
