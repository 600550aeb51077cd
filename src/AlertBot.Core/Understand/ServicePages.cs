using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>
/// Pages a site serves instead of a story: a paywall, a newsletter sign-up, "page not found", a maintenance notice,
/// a list of section links, a weather forecast. They have a headline and text, so size alone does not tell them from a short flash;
/// what does is that no sentence of them reports anything. A page is a service page when either
/// <list type="bullet">
/// <item>its story has no sentence of news length (eight words or more) — a list of links, a stub; or</item>
/// <item>its headline or most of its sentences speak the site's own language (subscribe, sign in, maintenance, the
/// page you were looking for…) and at most one sentence speaks a report's (said, killed, troops, ministry…); or</item>
/// <item>some sentence speaks the site's language and none a report's.</item>
/// </list>
/// A story that reports, whatever it says about a website, stays a story. Both patterns are alternations of words
/// with no nested repetition, so the backtracking engine is linear on them (and faster than the non-backtracking one).
/// </summary>
internal static partial class ServicePages
{
    private const int NewsSentenceWords = 8;
    private const int MaxSentences = 80;
    private const int MaxSentenceChars = 600;

    [GeneratedRegex(@"\b(?:subscri(?:be|bed|ber|bers|ption|ptions)|sign(?:ing)?[\s-]?(?:up|in)|log[\s-]?in|newsletters?|inbox|your\s+(?:account|email|password|browser|device)|cookies?|privacy\s+(?:policy|settings)|terms\s+of\s+(?:use|service)|(?:scheduled\s+)?maintenance|temporarily\s+unavailable|outage|(?:thank\s+you\s+for\s+your|for\s+your)\s+patience|error\s+code|request\s+id|server\s+time|status\s+page|(?:page|article)\s+(?:you\s+(?:were|are)\s+looking\s+for|not\s+found|cannot\s+be\s+found|has\s+(?:been\s+)?(?:moved|removed))|not\s+found|homepage|search\s+box|paywall|free\s+trial|per\s+month|cancel\s+any\s?time|already\s+a\s+(?:subscriber|member)|customer\s+service|subscriptions?\s+team|back\s+(?:online|shortly|soon)|unlimited\s+(?:access|digital)|unsubscribe|no\s+spam|(?:every|each)\s+weekday|weekend\s+edition|delivered\s+to\s+your|register\s+(?:now|here|today)|^\s*register\s*$|registration\s+(?:closes|opens|is\s+(?:free|required|open))|webinars?|upcoming\s+events|events\s+calendar|rsvp|book\s+(?:now|your\s+(?:place|seat|ticket))|tickets?\s+(?:are\s+)?(?:available|on\s+sale)|forecasts?|precipitation|humidity|sunrise|sunset|air\s+quality|hPa" +
        // a shop's page
        @"|in\s+stock|out\s+of\s+stock|add\s+to\s+(?:cart|basket|bag)|ships\s+within|free\s+(?:shipping|returns)|next-day\s+delivery|business\s+days|customer\s+reviews" +
        // a consent or privacy page
        @"|privacy|consent|personal\s+data|data\s+protection)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex SiteLanguage();

    // The language of a page that is not news though its subject may be in it: a recipe, a job advert, a fixtures list.
    // Counted in the page's sentences like the site's own language, but not in a headline ("Rocket lands before kick-off").
    [GeneratedRegex(@"\b(?:ingredients|recipes?|prep(?:aration)?\s+time|servings?|kcal|tbsp|tsp|preheat" +
        @"|how\s+to\s+apply|applications?\s+(?:close|deadline)|cover\s+letter|salary|equal[\s-]opportunit(?:y|ies)\s+employer|shortlisted|duty\s+station" +
        @"|kick-?offs?|fixtures?|tickets\s+from|gates\s+open|highlights" +
        // opening hours, a call for papers, a transport operator's service change
        @"|opening\s+(?:hours|times)|reduced\s+hours|call\s+for\s+(?:papers|proposals|abstracts)|abstracts?\s+(?:submission|due|deadline)|paper\s+and\s+panel\s+proposals|keynote|notification\s+of\s+acceptance" +
        @"|diversions?|diverted\s+via|resurfacing|road\s?works|stops?\s+(?:will\s+not\s+be\s+served|closed|moved)|temporary\s+stops" +
        // a market report, a cinema's or a parish's programme, a page of questions and answers
        @"|stock\s+exchange|equity\s+market|turnover|blue-chips?|benchmark\s+index|(?:index|shares|stocks)\s+(?:rose|fell|closed|ended|gained|slipped)|closed\s+(?:up|down|higher|lower)|(?:rose|fell|gained|slipped|added)\s+\d[\d.,]*\s*(?:%|per\s?cent|points)|trading\s+(?:session|day)|screenings?|showtimes?|box\s+office|subtitles|premiere|eucharist|mass|carols|choir|parish|worship|vespers|services?\s+(?:at|on)|frequently\s+asked|your\s+questions)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex PageTopicLanguage();

    [GeneratedRegex(@"\b(?:said|says|told|reported|reports|according|killed|killing|wounded|injured|dead|attack(?:ed|s)?|struck|strikes?|shell(?:ed|ing)|fired|launched|seized|captured|clash(?:ed|es)|fighting|troops|soldiers|forces|army|military|militants?|rebels?|police|government|ministry|minister|officials?|spokes(?:man|woman|person)|president|residents|witnesses|drones?|missiles?|explosions?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex ReportLanguage();

    // A headline that names the page's kind: a job advert, an events listing, a "most read" list, results and fixtures,
    // a podcast's episodes, a corrections column, a review, an obituary, an archive or a programme guide.
    [GeneratedRegex(@"^\s*(?:vacanc(?:y|ies)(?:\s+(?:announcement|notice|advert(?:isement)?))?|jobs?(?:\s+(?:opening|offer|advert))?|careers?|we(?:'re|\s+are)\s+hiring|(?:upcoming\s+)?events?(?:\s+calendar)?|what's\s+on|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|(?:live\s+)?(?:results|fixtures|scores|standings)|league\s+table|podcasts?|episode\s+\d+|(?:all\s+)?episodes|corrections?(?:\s+and\s+clarifications)?|clarifications?|(?:book\s+|film\s+)?reviews?|obituar(?:y|ies)|in\s+memoriam|press\s+releases?(?:\s+archive)?|archive|search\s+results|departures|arrivals|opening\s+(?:hours|times)|call\s+for\s+(?:papers|proposals)|service\s+updates?|(?:daily\s+)?market(?:s)?\s+(?:close|wrap|report)|tv\s+(?:guide|schedule)|programme\s+guide|press\s+(?:room|contacts?)|contact(?:\s+us)?|about\s+us)\b\s*(?:[:|—–-]|$)" +
        // … or what a search found: "Search results for "curfew" | Daily Courier", "Results for …".
        @"|^\s*(?:search\s+)?results\s+for\s" +
        // … or ends with it: "The Frontline Briefing - all episodes", "Daily News | Corrections".
        @"|[:|—–-]\s*(?:all\s+episodes|episodes|podcasts?|corrections?(?:\s+and\s+clarifications)?|programme|program|agenda|timetable|line-?up)\s*$" +
        // … or has it after a separator with at most a qualifier: "Split – Hvar: Ferry Timetable, Summer 2026", "RAIL STRIKE:
        // YOUR QUESTIONS ANSWERED".
        @"|[:|—–-]\s*(?:[\p{L}-]+\s+){0,2}(?:timetables?|schedules?|(?:your\s+)?questions\s+answered|faqs?|frequently\s+asked\s+questions)\b(?:\s*[,(]?\s*(?:\p{L}+\s+)?\d{4}\)?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex PageKindHeadline();

    [GeneratedRegex(@"\b(?:corrections?|clarifications?|(?:book\s+|film\s+)?reviews?|obituar(?:y|ies)|in\s+memoriam)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex NothingNewHeadline();

    /// <summary>Why the page is not a story, or null when it is one.</summary>
    public static string? Reason(string headline, IReadOnlyList<string> paragraphs, IReadOnlyList<List<(int Start, int End)>> sentences)
    {
        // "Vacancy: Security Analyst", "Upcoming events", "Most read", "Results: Premier League": a page that says what kind
        // of page it is, and reports little, is that page; a story would need three sentences that report.
        // A page of listed entries, each a short line with its own date or clock (a programme, a calendar, a list of search
        // results), reads like one that names its kind: only its full sentences can report.
        var pageKind = headline.Length <= 200 && PageKindHeadline().IsMatch(headline) || IsListing(paragraphs);
        // A corrections column retells past articles' facts ("… said the walkout began at 3 p.m."), a review or an
        // obituary a book's or a life's: they report, but nothing new happened.
        if (pageKind && headline.Length <= 80 && NothingNewHeadline().IsMatch(headline))
            return "the headline names a corrections column, a review or an obituary; not an article";
        var total = 0;
        var site = 0;
        var reports = 0;
        var newsLength = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var (start, end) in sentences[p])
            {
                // A service page is short: its first sentences, each read up to a length, decide (a 2 MiB run-on
                // sentence costs no more than a short one).
                if (total == MaxSentences)
                    return null;
                var sentence = paragraphs[p].AsSpan(start, Math.Min(end - start, MaxSentenceChars));
                total++;
                newsLength |= Words(sentence) >= NewsSentenceWords;
                // On a page that names its kind, a line with no full stop is a listed item (a headline, a fixture), not prose.
                if ((!pageKind || sentence.TrimEnd().EndsWith('.')) && ReportLanguage().IsMatch(sentence)) reports++;
                // Two sentences that report, one of news length: a story, whatever else the page says (the common case,
                // decided in the first sentences).
                if (reports >= (pageKind ? 3 : 2) && newsLength)
                    return null;
            }
        }

        if (pageKind)
            return "the headline names a listing, an advert or a results page, and the page reports nothing; not an article";
        if (!newsLength)
            return "no sentence in the story reports anything; not an article";
        // Here every sentence was read and at most one reports. The site's own language is read only now, for a page that
        // reports that little: a story has left above, without the cost of two long word patterns over each sentence.
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var (start, end) in sentences[p])
            {
                var sentence = paragraphs[p].AsSpan(start, Math.Min(end - start, MaxSentenceChars));
                if (SiteLanguage().IsMatch(sentence) || PageTopicLanguage().IsMatch(sentence)) site++;
            }
        }
        if (SiteLanguage().IsMatch(headline) || site * 2 > total || reports == 0 && site > 0)
            return "the page speaks of the site (subscriptions, sign-up, maintenance, a missing page), not of news; not an article";
        return null;
    }

    private static bool IsListing(IReadOnlyList<string> paragraphs)
    {
        var entries = 0;
        var prose = 0;
        var lines = Math.Min(paragraphs.Count, MaxSentences);
        // Most stories are prose: count the short lines that are no sentence first, and read dates only if they could be enough.
        var listed = 0;
        for (var p = 0; p < lines; p++)
        {
            if (IsUnfinishedShortLine(paragraphs[p])) listed++;
        }
        if (listed < 4 || listed * 3 < lines) return false;
        for (var p = 0; p < lines; p++)
        {
            var line = paragraphs[p];
            if (line.Length == 0) continue;
            if (IsUnfinishedShortLine(line) && (Noise.HasClock(line) || Noise.HasDate(line))) entries++;
            else if (line[^1] is '.' or '"' or '”' && Words(line) >= 12) prose++;
        }
        // A thread or a live page has a stamp over each entry of prose; a listing has its items and little prose.
        return entries >= 4 && entries * 3 >= lines && prose * 2 < entries;
    }

    /// <summary>A line of 200 characters at most that ends no sentence: a listed item.</summary>
    private static bool IsUnfinishedShortLine(string line) => line.Length is > 0 and <= 200 && line[^1] is not ('.' or '!' or '?' or '"' or '”');

    private static int Words(ReadOnlySpan<char> s)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }

        return words;
    }
}
